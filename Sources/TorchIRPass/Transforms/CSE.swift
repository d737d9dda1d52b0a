// `cse`: common subexpression elimination over side-effect-free ops (MLIR's
// CSE.cpp). Known ops live in a scoped table: a block sees the ops of the
// blocks that dominate it, a nested region sees its enclosing scopes, and an
// op isolated from above starts from nothing. Trivially dead ops are erased on
// the way; ops with multi-block regions and terminators are left alone.

import TorchIRCore

public final class CSEPass: Pass {
  public override var argument: String { "cse" }
  public override var name: String { "CSEPass" }
  public override var summary: String { "Eliminate common sub-expressions" }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    let driver = CSEDriver()
    for r in op.regions { driver.simplifyRegion(r, ScopedOpTable()) }
    for dead in driver.opsToErase { dead.erase() }
  }
}

/// Identity of an op for CSE: name, attributes, result types, operands and
/// (structurally) regions; locations are ignored. The hash is computed once.
struct EquivalentOp: Hashable {
  let op: Operation
  let hashValue_: Int

  init(op: Operation) {
    self.op = op
    var h = Hasher()
    h.combine(op.name)
    h.combine(op.properties)
    h.combine(op.attributes)
    for r in op.results { h.combine(r.type) }
    if op.hasTrait(.commutative) {
      // Commutative ops hash their operands in a canonical order.
      for v in canonicalOperands(op) { h.combine(ObjectIdentifier(v)) }
    } else {
      for o in op.operands { h.combine(ObjectIdentifier(o.value)) }
    }
    hashValue_ = h.finalize()
  }

  func hash(into h: inout Hasher) { h.combine(hashValue_) }

  static func == (a: EquivalentOp, b: EquivalentOp) -> Bool {
    if a.op === b.op { return true }
    if a.hashValue_ != b.hashValue_ { return false }
    if a.op.regions.isEmpty && b.op.regions.isEmpty { return simpleOpsEquivalent(a.op, b.op) }
    var map: [ObjectIdentifier: Value] = [:]
    return opsEquivalent(a.op, b.op, &map)
  }
}

/// `opsEquivalent` for two ops without regions, allocation-free in the
/// common (non-commutative) case.
private func simpleOpsEquivalent(_ a: Operation, _ b: Operation) -> Bool {
  guard a.name == b.name, b.regions.isEmpty, a.numOperands == b.numOperands,
    a.results.count == b.results.count, a.successors.count == b.successors.count,
    a.properties == b.properties, a.attributes == b.attributes
  else { return false }
  for i in 0..<a.results.count where a.results[i].type != b.results[i].type { return false }
  if a.hasTrait(.commutative) {
    let l = a.operands.map { ObjectIdentifier($0.value) }.sorted()
    let r = b.operands.map { ObjectIdentifier($0.value) }.sorted()
    if l != r { return false }
  } else {
    for i in 0..<a.operands.count where a.operands[i].value !== b.operands[i].value { return false }
  }
  for (x, y) in zip(a.successors, b.successors) where x.block !== y.block { return false }
  return true
}

/// The operands, sorted by identity for a commutative op.
private func canonicalOperands(_ op: Operation) -> [Value] {
  let values = op.operandValues
  guard op.hasTrait(.commutative) else { return values }
  return values.sorted { ObjectIdentifier($0) < ObjectIdentifier($1) }
}

/// Whether `a` and `b` compute the same thing; values defined inside the
/// compared regions are matched through `map` (a's value -> b's value).
private func opsEquivalent(_ a: Operation, _ b: Operation, _ map: inout [ObjectIdentifier: Value])
  -> Bool
{
  guard a.name == b.name, a.properties == b.properties, a.attributes == b.attributes,
    a.numOperands == b.numOperands, a.numResults == b.numResults,
    a.resultTypes == b.resultTypes, a.regions.count == b.regions.count,
    a.successors.count == b.successors.count
  else { return false }
  let lhs = a.operandValues.map { map[ObjectIdentifier($0)] ?? $0 }
  let rhs = b.operandValues
  if a.hasTrait(.commutative) {
    // Operand order does not matter: compare as sorted lists.
    let l = lhs.map(ObjectIdentifier.init).sorted()
    let r = rhs.map(ObjectIdentifier.init).sorted()
    if l != r { return false }
  } else {
    for (x, y) in zip(lhs, rhs) where x !== y { return false }
  }
  for (x, y) in zip(a.successors, b.successors) where x.block !== y.block { return false }
  for (ra, rb) in zip(a.regions, b.regions) {
    guard ra.blocks.count == rb.blocks.count else { return false }
    for (ba, bb) in zip(ra.blocks, rb.blocks) {
      guard ba.argumentTypes == bb.argumentTypes, ba.count == bb.count else { return false }
      for (x, y) in zip(ba.arguments, bb.arguments) { map[ObjectIdentifier(x)] = y }
    }
    for (ba, bb) in zip(ra.blocks, rb.blocks) {
      for (x, y) in zip(ba, bb) {
        if !opsEquivalent(x, y, &map) { return false }
        for (rx, ry) in zip(x.results, y.results) { map[ObjectIdentifier(rx)] = ry }
      }
    }
  }
  return true
}

/// Known ops by scope; lookups see every enclosing scope.
final class ScopedOpTable {
  private var scopes: [[EquivalentOp: Operation]] = [[:]]
  /// Ops recorded in any scope (for graph regions' visited check), kept once
  /// a graph region has been entered: only such regions' values can have
  /// users that were visited before their definition.
  private(set) var recorded = Set<ObjectIdentifier>()
  var trackVisits = false

  func push() { scopes.append([:]) }
  func pop() {
    if let s = scopes.popLast(), !recorded.isEmpty {
      for k in s.keys { recorded.remove(ObjectIdentifier(k.op)) }
    }
  }
  /// The recorded op equivalent to `key.op`, or nil after recording it.
  func lookupOrInsert(_ key: EquivalentOp) -> Operation? {
    for i in stride(from: scopes.count - 1, through: 0, by: -1) {
      if let e = scopes[i][key] { return e }
    }
    scopes[scopes.count - 1][key] = key.op
    if trackVisits { recorded.insert(ObjectIdentifier(key.op)) }
    return nil
  }
}

final class CSEDriver {
  private(set) var opsToErase: [Operation] = []
  private let dominance = DominanceInfo()

  func simplifyRegion(_ region: Region, _ known: ScopedOpTable) {
    guard let entry = region.entryBlock else { return }
    let ssa = DominanceInfo.hasSSADominance(region)
    if !ssa { known.trackVisits = true }
    if region.blocks.count == 1 {
      known.push()
      simplifyBlock(entry, known, ssa: ssa)
      known.pop()
      return
    }
    // Graph regions with several blocks have no dominance to rely on.
    if !ssa { return }
    // Walk the dominator tree depth first, one scope per block.
    let children = dominatorTreeChildren(region)
    var stack: [(Block, Bool)] = [(entry, false)]
    while let (block, done) = stack.popLast() {
      if done {
        known.pop()
        continue
      }
      known.push()
      simplifyBlock(block, known, ssa: true)
      stack.append((block, true))
      for c in (children[ObjectIdentifier(block)] ?? []).reversed() { stack.append((c, false)) }
    }
  }

  /// Immediate-dominator children of each reachable block. Quadratic in the
  /// number of blocks, which is small in the regions CSE meets.
  private func dominatorTreeChildren(_ region: Region) -> [ObjectIdentifier: [Block]] {
    var out: [ObjectIdentifier: [Block]] = [:]
    let reachable = region.blocks.filter { dominance.isReachableFromEntry($0) }
    for b in reachable where !b.isEntryBlock {
      let doms = reachable.filter { $0 !== b && dominance.dominates($0, b) }
      // The immediate dominator is the one every other dominator dominates.
      if let idom = doms.first(where: { d in doms.allSatisfy { dominance.dominates($0, d) } }) {
        out[ObjectIdentifier(idom), default: []].append(b)
      }
    }
    return out
  }

  private func simplifyBlock(_ block: Block, _ known: ScopedOpTable, ssa: Bool) {
    for op in block {
      if !op.regions.isEmpty {
        if op.hasTrait(.isolatedFromAbove) {
          let fresh = ScopedOpTable()
          for r in op.regions { simplifyRegion(r, fresh) }
        } else {
          for r in op.regions { simplifyRegion(r, known) }
        }
      }
      simplifyOperation(op, known, ssa: ssa)
    }
  }

  private func simplifyOperation(_ op: Operation, _ known: ScopedOpTable, ssa: Bool) {
    if op.hasTrait(.isTerminator) { return }
    if isOpTriviallyDead(op) {
      opsToErase.append(op)
      return
    }
    if op.regions.contains(where: { $0.blocks.count > 1 }) { return }
    if !isMemoryEffectFree(op) { return }
    guard let existing = known.lookupOrInsert(EquivalentOp(op: op)) else {
      return
    }
    if ssa {
      // No use of `op` has been visited yet: replace them all.
      for (r, e) in zip(op.results, existing.results) { r.replaceAllUsesWith(e) }
      opsToErase.append(op)
    } else {
      // In a graph region a user may come first; replace only uses in ops
      // not visited yet.
      for (r, e) in zip(op.results, existing.results) {
        r.replaceUsesWithIf(e) { !known.recorded.contains(ObjectIdentifier($0.owner)) }
      }
      if op.results.allSatisfy({ $0.useEmpty }) { opsToErase.append(op) }
    }
    if existing.location == .unknown && op.location != .unknown { existing.location = op.location }
  }
}
