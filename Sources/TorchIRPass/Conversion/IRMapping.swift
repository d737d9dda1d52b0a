// Value and block maps (MLIR's IRMapping) and cloning of ops and regions
// through them. Cloning is iterative, so deeply nested IR cannot overflow the
// stack, and runs in two phases: first every op, block and argument is
// created (operands still point at the originals), then operands and
// successors are remapped, so uses that precede their definition in block
// order (graph regions, back edges) resolve too.

import TorchIRCore

public final class IRMapping {
  private var values: [ObjectIdentifier: Value] = [:]
  private var blocks: [ObjectIdentifier: Block] = [:]

  public init() {}

  public func map(_ from: Value, to: Value) { values[ObjectIdentifier(from)] = to }
  public func map(_ from: Block, to: Block) { blocks[ObjectIdentifier(from)] = to }
  public func lookup(_ v: Value) -> Value? { values[ObjectIdentifier(v)] }
  public func lookup(_ b: Block) -> Block? { blocks[ObjectIdentifier(b)] }
  public func lookupOrDefault(_ v: Value) -> Value { values[ObjectIdentifier(v)] ?? v }
  public func lookupOrDefault(_ b: Block) -> Block { blocks[ObjectIdentifier(b)] ?? b }
  public func contains(_ v: Value) -> Bool { values[ObjectIdentifier(v)] != nil }
}

/// A copy of `op` without its regions' contents (empty regions of the same
/// number); operands and successors are those of `op`, not yet remapped.
private func shallowCopy(_ op: Operation) -> Operation {
  Operation(
    name: op.name, location: op.location, operands: op.operandValues,
    resultTypes: op.resultTypes, properties: op.properties, attributes: op.attributes,
    successors: op.successors.map { $0.block }, regionCount: op.regions.count)
}

/// Clones the blocks of each (source, destination) pair into the
/// destination, before `before` (or at the end), recording every new value
/// and block in `mapping`; returns the cloned ops paired with their originals.
private func cloneBodies(
  _ pairs: [(Region, Region, Int?)], _ mapping: IRMapping, _ cloned: inout [(Operation, Operation)]
) {
  var work = pairs
  while let (src, dst, insertAt) = work.popLast() {
    var position = insertAt
    for b in src.blocks {
      let nb = Block()
      // Arguments already mapped (an inlined entry block's, to the call's
      // operands) are not cloned.
      for a in b.arguments where !mapping.contains(a) { mapping.map(a, to: nb.addArgument(a.type, a.location)) }
      mapping.map(b, to: nb)
      if let p = position {
        dst.insert(nb, at: p)
        position = p + 1
      } else {
        dst.append(nb)
      }
      for o in b {
        let c = shallowCopy(o)
        nb.append(c)
        for (r, cr) in zip(o.results, c.results) { mapping.map(r, to: cr) }
        cloned.append((o, c))
        for (r, cr) in zip(o.regions, c.regions) where !r.blocks.isEmpty { work.append((r, cr, nil)) }
      }
    }
  }
}

/// Points operands and successors of the clones at the mapped values.
private func remap(_ cloned: [(Operation, Operation)], _ mapping: IRMapping) {
  for (o, c) in cloned {
    c.setOperands(o.operandValues.map { mapping.lookupOrDefault($0) })
    for i in 0..<o.successors.count { c.setSuccessor(i, mapping.lookupOrDefault(o.successor(i))) }
  }
}

/// A detached deep copy of `op`. Values defined outside `op` stay shared
/// (unless `mapping` maps them); values and blocks inside are mapped.
public func cloneOperation(_ op: Operation, _ mapping: IRMapping = IRMapping()) -> Operation {
  let root = shallowCopy(op)
  for (r, cr) in zip(op.results, root.results) { mapping.map(r, to: cr) }
  var cloned: [(Operation, Operation)] = [(op, root)]
  cloneBodies(zip(op.regions, root.regions).map { ($0, $1, nil) }, mapping, &cloned)
  remap(cloned, mapping)
  return root
}

/// Clones the blocks of `source` into `destination` at block index `index`
/// (the end when nil), MLIR's `Region::cloneInto`.
public func cloneRegion(_ source: Region, into destination: Region, at index: Int? = nil, _ mapping: IRMapping) {
  var cloned: [(Operation, Operation)] = []
  cloneBodies([(source, destination, index)], mapping, &cloned)
  remap(cloned, mapping)
}
