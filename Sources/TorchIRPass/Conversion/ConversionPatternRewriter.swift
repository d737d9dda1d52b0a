// The rewriter of dialect conversion (MLIR's ConversionPatternRewriter).
// Replacing or erasing an op is deferred: the op stays in place, its results
// are mapped to their replacements (so later patterns see converted operands
// through their adaptor), and uses are rewritten only when the whole
// conversion has succeeded. Every change is journaled, so a pattern whose
// results cannot be legalized, or a conversion that fails, is undone exactly.

import TorchIRCore

/// The operands of an op as a conversion pattern sees them: each original
/// operand's replacement values (one group per operand; 1:N conversions give
/// groups of other sizes).
public final class OpAdaptor {
  public let operandGroups: [[Value]]
  private let collapse: (Int) -> Value
  private var single: [Value]?

  init(operandGroups: [[Value]], collapse: @escaping (Int) -> Value) {
    self.operandGroups = operandGroups
    self.collapse = collapse
  }

  /// One value per original operand; a group of other than one value is
  /// bridged to the original type by a materialization.
  public var operands: [Value] {
    if let s = single { return s }
    let s = operandGroups.indices.map { i in
      operandGroups[i].count == 1 ? operandGroups[i][0] : collapse(i)
    }
    single = s
    return s
  }
  public func operand(_ i: Int) -> Value { operands[i] }
  /// All replacement values in order (for ops whose operands are variadic).
  public var flatOperands: [Value] { operandGroups.flatMap { $0 } }
}

public final class ConversionPatternRewriter: PatternRewriter {
  enum Change {
    case created(Operation)
    case mapped(Value)
    case erased(Operation)
    case modified(Operation, OpSnapshot)
    case movedBlock(Block, from: Region, index: Int)
    case convertedBlock(old: Block, new: Block, region: Region, index: Int, uses: [(Operation, Int)])
    case inlinedBlock(Block, [Operation])
  }

  struct OpSnapshot {
    let operands: [Value]
    let successors: [Block]
    let attributes: Attribute
    let properties: Attribute?
    let location: Location
    let resultTypes: [Type]
    init(_ op: Operation) {
      operands = op.operandValues
      successors = op.successors.map { $0.block }
      attributes = op.attributes
      properties = op.properties
      location = op.location
      resultTypes = op.resultTypes
    }
    func restore(_ op: Operation) {
      op.setOperands(operands)
      for (i, b) in successors.enumerated() where i < op.successors.count { op.setSuccessor(i, b) }
      op.attributes = attributes
      op.properties = properties
      op.location = location
      for (r, t) in zip(op.results, resultTypes) { r.setType(t) }
    }
  }

  /// Where a replaced value's remaining uses get a bridging value.
  struct Replacement {
    var values: [Value]
    var converter: TypeConverter?
    /// The op the value came from (materializations go before it) or the
    /// block whose start they go to.
    unowned(unsafe) var anchorOp: Operation?
    var anchorBlock: Block?
  }

  private(set) var journal: [Change] = []
  private var mapping: [ObjectIdentifier: Replacement] = [:]
  private var erased: Set<ObjectIdentifier> = []
  /// Casts the framework made (not legalized, erased when unused).
  private(set) var materializations: Set<ObjectIdentifier> = []
  /// Target materializations by original value, reused by later users.
  private var targetCache: [ObjectIdentifier: [[Value]]] = [:]
  /// The type converter of the pattern being applied.
  var currentConverter: TypeConverter?
  /// Set while a pattern runs; `created` entries after it are its ops.
  var suppressJournal = false

  public override init(_ context: MLIRContext) { super.init(context) }

  // MARK: Queries

  /// Whether `op` or an op it is nested in was erased or replaced.
  public func isErased(_ op: Operation) -> Bool {
    var cur: Operation? = op
    while let c = cur {
      if erased.contains(ObjectIdentifier(c)) { return true }
      cur = c.parentOp
    }
    return false
  }

  /// The values `v` stands for now, following replacements of replacements.
  public func lookup(_ v: Value) -> [Value] {
    var out: [Value] = []
    var stack: [Value] = [v]
    var steps = 0
    while let x = stack.popLast() {
      steps += 1
      if let r = mapping[ObjectIdentifier(x)], steps < 100_000 {
        stack.append(contentsOf: r.values.reversed())
      } else {
        out.append(x)
      }
    }
    return out
  }

  func isMapped(_ v: Value) -> Bool { mapping[ObjectIdentifier(v)] != nil }

  // MARK: Journal

  var mark: Int { journal.count }

  /// Undoes every change after `mark`, newest first.
  func undo(to mark: Int) {
    while journal.count > mark, let c = journal.popLast() {
      switch c {
      case .created(let op):
        materializations.remove(ObjectIdentifier(op))
        op.dropAllReferences()
        op.remove()
      case .mapped(let v):
        mapping[ObjectIdentifier(v)] = nil
      case .erased(let op):
        erased.remove(ObjectIdentifier(op))
      case .modified(let op, let snap):
        snap.restore(op)
      case .movedBlock(let b, let from, let index):
        b.parent?.remove(b)
        from.insert(b, at: min(index, from.blocks.count))
      case .convertedBlock(let old, let new, let region, let index, let uses):
        while let op = new.first {
          op.remove()
          old.append(op)
        }
        region.remove(new)
        region.insert(old, at: min(index, region.blocks.count))
        for (owner, i) in uses where i < owner.successors.count { owner.setSuccessor(i, old) }
      case .inlinedBlock(let source, let ops):
        for o in ops {
          o.remove()
          source.append(o)
        }
      }
    }
  }

  private func map(_ v: Value, _ values: [Value], anchorOp: Operation?, anchorBlock: Block?) {
    mapping[ObjectIdentifier(v)] = Replacement(
      values: values, converter: currentConverter, anchorOp: anchorOp, anchorBlock: anchorBlock)
    journal.append(.mapped(v))
  }

  // MARK: PatternRewriter entry points

  public override func notifyOperationInserted(_ op: Operation) {
    journal.append(.created(op))
  }

  public override func replaceOp(_ op: Operation, with values: [Value]) {
    precondition(values.count == op.numResults, "replacement count must match result count")
    replaceOpWithMultiple(op, values.map { [$0] })
  }

  /// Replaces each result of `op` with a group of values (1:N).
  public func replaceOpWithMultiple(_ op: Operation, _ groups: [[Value]]) {
    precondition(groups.count == op.numResults, "replacement count must match result count")
    for (r, g) in zip(op.results, groups) { map(r, g, anchorOp: op, anchorBlock: nil) }
    eraseOp(op)
  }

  public override func eraseOp(_ op: Operation) {
    if erased.insert(ObjectIdentifier(op)).inserted { journal.append(.erased(op)) }
  }

  /// Maps `from` to `to`; its uses are rewritten when the conversion commits.
  public override func replaceAllUsesWith(_ from: Value, _ to: Value) {
    map(from, [to], anchorOp: from.definingOp, anchorBlock: from.definingOp == nil ? from.parentBlock : nil)
  }

  public override func modifyOpInPlace(_ op: Operation, _ body: () -> Void) {
    let snap = OpSnapshot(op)
    body()
    journal.append(.modified(op, snap))
  }

  /// Moves the ops of `source` before `op`, mapping its arguments to
  /// `arguments`; `source` is left empty.
  public override func inlineBlock(_ source: Block, before op: Operation, arguments: [Value]) {
    precondition(arguments.count == source.arguments.count, "argument count mismatch")
    for (a, v) in zip(source.arguments, arguments) {
      map(a, [v], anchorOp: nil, anchorBlock: op.block)
    }
    let ops = source.operations
    for o in ops {
      o.remove()
      op.block?.insert(o, before: op)
    }
    journal.append(.inlinedBlock(source, ops))
  }

  public override func mergeBlocks(_ source: Block, into dest: Block, arguments: [Value]) {
    precondition(arguments.count == source.arguments.count, "argument count mismatch")
    for (a, v) in zip(source.arguments, arguments) { map(a, [v], anchorOp: nil, anchorBlock: dest) }
    let ops = source.operations
    for o in ops {
      o.remove()
      dest.append(o)
    }
    journal.append(.inlinedBlock(source, ops))
    detach(source)
  }

  /// Erases the block's ops (deferred like any erasure) and takes it out of
  /// its region.
  public override func eraseBlock(_ block: Block) {
    for op in block { eraseOp(op) }
    detach(block)
  }

  private func detach(_ block: Block) {
    guard let region = block.parent, let index = region.index(of: block) else { return }
    region.remove(block)
    journal.append(.movedBlock(block, from: region, index: index))
  }

  /// Moves the blocks of `region` into `parent` before `before` (at the end
  /// when nil).
  public func inlineRegionBefore(_ region: Region, _ parent: Region, before: Block? = nil) {
    let blocks = region.blocks
    var index = before.flatMap { parent.index(of: $0) } ?? parent.blocks.count
    for (i, b) in blocks.enumerated() {
      region.remove(b)
      parent.insert(b, at: index)
      index += 1
      journal.append(.movedBlock(b, from: region, index: i))
    }
  }

  // MARK: Block signatures

  /// Replaces `block` with a new block whose arguments follow `conversion`;
  /// the old arguments map to the new ones. Returns the new block.
  @discardableResult
  public func applySignatureConversion(
    _ block: Block, _ conversion: SignatureConversion, converter: TypeConverter? = nil
  ) -> Block? {
    guard let region = block.parent, let index = region.index(of: block),
      conversion.inputs.count == block.arguments.count
    else { return nil }
    let new = Block()
    var locations = Array(repeating: Location.unknown, count: conversion.convertedTypes.count)
    for (i, m) in conversion.inputs.enumerated() {
      if case .arguments(let start, let count)? = m {
        for j in start..<(start + count) where j < locations.count { locations[j] = block.arguments[i].location }
      }
    }
    for (t, l) in zip(conversion.convertedTypes, locations) { new.addArgument(t, l) }
    var uses: [(Operation, Int)] = []
    for pred in block.predecessors {
      for (i, s) in pred.successors.enumerated() where s.block === block { uses.append((pred, i)) }
    }
    region.insert(new, at: index)
    while let op = block.first {
      op.remove()
      new.append(op)
    }
    region.remove(block)
    for (owner, i) in uses { owner.setSuccessor(i, new) }
    journal.append(.convertedBlock(old: block, new: new, region: region, index: index, uses: uses))
    let saved = currentConverter
    currentConverter = converter ?? saved
    defer { currentConverter = saved }
    for (i, m) in conversion.inputs.enumerated() {
      let old = block.arguments[i]
      switch m {
      case .arguments(let start, let count)?:
        map(old, Array(new.arguments[start..<(start + count)]), anchorOp: nil, anchorBlock: new)
      case .value(let v)?:
        map(old, [v], anchorOp: nil, anchorBlock: new)
      case nil:
        break
      }
    }
    return new
  }

  /// Converts the argument types of every block of `region`; the entry block
  /// follows `entryConversion` when given. Returns the new entry block, or
  /// nil (with nothing changed) when a type does not convert.
  @discardableResult
  public func convertRegionTypes(
    _ region: Region, _ converter: TypeConverter, entryConversion: SignatureConversion? = nil
  ) -> Block? {
    guard let entry = region.entryBlock else { return nil }
    let start = mark
    var newEntry: Block?
    for (i, b) in region.blocks.enumerated() {
      if i == 0, let ec = entryConversion {
        newEntry = applySignatureConversion(b, ec, converter: converter)
        continue
      }
      if converter.isLegal(b.argumentTypes) {
        if i == 0 { newEntry = entry }
        continue
      }
      guard let conv = converter.convertSignature(b.argumentTypes),
        let nb = applySignatureConversion(b, conv, converter: converter)
      else {
        undo(to: start)
        return nil
      }
      if i == 0 { newEntry = nb }
    }
    if newEntry == nil { undo(to: start) }
    return newEntry
  }

  // MARK: Materializations

  /// Builds `types` from `inputs` before `op` (or at the start of `block`):
  /// the converter's callbacks of `kind`, else an unrealized cast. nil when
  /// the converter has callbacks of that kind and none of them succeeded.
  func materialize(
    _ kind: TypeConverter.MaterializationKind, _ types: [Type], _ inputs: [Value],
    before op: Operation?, atStartOf block: Block?, location: Location, converter: TypeConverter?
  ) -> [Value]? {
    let saved = builder.insertionPoint
    defer { builder.insertionPoint = saved }
    if let o = op {
      setInsertionPoint(before: o)
    } else if let b = block {
      // After the casts already made at the start of this block.
      var after: Operation? = nil
      for o in b {
        if materializations.contains(ObjectIdentifier(o)) { after = o } else { break }
      }
      if let a = after { setInsertionPoint(after: a) } else { setInsertionPointToStart(b) }
    } else {
      return nil
    }
    if let c = converter, c.hasMaterializations(kind) {
      let start = mark
      guard let vs = c.materialize(kind, builder, types, inputs, location) else { return nil }
      // Ops the callback built directly are not journaled by the builder;
      // record what is now in place so that an undo removes it.
      recordBuiltOps(from: vs, since: start)
      return vs
    }
    var state = OperationState(context: context, name: "builtin.unrealized_conversion_cast", location: location)
    state.operands = inputs
    state.resultTypes = types
    let cast = create(state)
    materializations.insert(ObjectIdentifier(cast))
    return Array(cast.results)
  }

  /// Journals the ops defining `values` that a callback inserted with a
  /// plain builder (so undo can remove them).
  private func recordBuiltOps(from values: [Value], since start: Int) {
    var known = Set<ObjectIdentifier>()
    for c in journal[start...] { if case .created(let o) = c { known.insert(ObjectIdentifier(o)) } }
    var stack = values.compactMap { $0.definingOp }
    while let o = stack.popLast() {
      if !known.insert(ObjectIdentifier(o)).inserted { continue }
      journal.append(.created(o))
      materializations.insert(ObjectIdentifier(o))
      for v in o.operandValues { if let d = v.definingOp, d.block === o.block, !isOlder(d) { stack.append(d) } }
    }
  }
  /// Whether `op` existed before the conversion touched anything (an op
  /// the journal does not know as created).
  private func isOlder(_ op: Operation) -> Bool {
    !journal.contains { if case .created(let o) = $0 { return o === op } else { return false } }
  }

  /// The adaptor for `op`: its operands' replacements, bridged to the types
  /// `converter` gives their original types. nil when a type does not convert.
  func adaptor(for op: Operation, converter: TypeConverter?) -> OpAdaptor? {
    var groups: [[Value]] = []
    for operand in op.operands {
      let original = operand.value
      var values = lookup(original)
      if let conv = converter {
        guard let desired = conv.convertType(original.type) else { return nil }
        if values.map(\.type) != desired {
          let key = ObjectIdentifier(original)
          // Reuse a bridge made for an earlier user when it is still there
          // and dominates this op (same block, earlier).
          if let hit = targetCache[key]?.first(where: { cached in
            cached.map(\.type) == desired && cached.allSatisfy { v in
              guard let d = v.definingOp, d.block != nil, !isErased(d) else { return false }
              return d.block === op.block && d.isBeforeInBlock(op)
            }
          }) {
            values = hit
          } else {
            guard let vs = materialize(.target, desired, values, before: op, atStartOf: nil,
              location: original.location, converter: conv)
            else { return nil }
            targetCache[key, default: []].append(vs)
            values = vs
          }
        }
      }
      groups.append(values)
    }
    return OpAdaptor(operandGroups: groups) { [unowned self] i in
      let original = op.operand(i)
      let type = converter?.convertType1(original.type) ?? original.type
      return self.materialize(.argument, [type], groups[i], before: op, atStartOf: nil,
        location: original.location, converter: converter)?.first ?? original
    }
  }

  // MARK: Commit

  /// Rewrites the remaining uses of replaced values, erases replaced ops
  /// and emptied blocks. Throws (with nothing changed) when a value that is
  /// still used cannot be bridged to its users' type.
  func commit() throws {
    // Values still used by ops that stay: find or build their replacement
    // first, while everything can still be undone.
    var rewrites: [(Value, Value)] = []
    for change in journal {
      guard case .mapped(let v) = change, let r = mapping[ObjectIdentifier(v)] else { continue }
      let liveUsers = v.uses.map(\.owner).filter { !isErased($0) }
      if liveUsers.isEmpty { continue }
      let values = lookup(v)
      if values.count == 1 && values[0].type == v.type {
        rewrites.append((v, values[0]))
        continue
      }
      let kind: TypeConverter.MaterializationKind = v is BlockArgument ? .argument : .source
      let anchorOp = r.anchorOp.flatMap { $0.block != nil ? $0 : nil }
      guard let built = materialize(kind, [v.type], values, before: anchorOp,
        atStartOf: anchorOp == nil ? (r.anchorBlock ?? values.first?.parentBlock) : nil,
        location: v.location, converter: r.converter)
      else {
        let from = values.map { "'\($0.type)'" }.joined(separator: ", ")
        throw Diagnostic.error(v.location,
          "failed to legalize unresolved materialization from (\(from)) to ('\(v.type)') that remained live after conversion"
        ).attachingNote(liveUsers[0].location, "see existing live user here: \(liveUsers[0])")
      }
      rewrites.append((v, built[0]))
    }
    // Results of erased ops that are still used and were never mapped.
    for change in journal {
      guard case .erased(let op) = change else { continue }
      for r in op.results where !isMapped(r) {
        if let user = r.uses.map(\.owner).first(where: { !isErased($0) }) {
          throw Diagnostic.error(op.location,
            "failed to materialize conversion for result #\(r.index) of operation '\(op.name.name)' that remained live after conversion"
          ).attachingNote(user.location, "see existing live user here: \(user)")
        }
      }
    }
    for case .convertedBlock(let old, _, _, _, _) in journal {
      for a in old.arguments where !isMapped(a) {
        if let user = a.uses.map(\.owner).first(where: { !isErased($0) }) {
          throw Diagnostic.error(a.location,
            "failed to materialize conversion for block argument #\(a.index) that remained live after conversion"
          ).attachingNote(user.location, "see existing live user here: \(user)")
        }
      }
    }
    // Past this point nothing fails.
    var toErase: [Operation] = []
    for change in journal {
      if case .erased(let op) = change, op.block != nil, !(op.parentOp.map(isErased) ?? false) {
        toErase.append(op)
      }
    }
    for op in toErase { op.dropAllReferences() }
    for (v, r) in rewrites { v.replaceAllUsesWith(r) }
    for op in toErase { op.remove() }
    // Framework casts nobody uses any more.
    var changed = true
    while changed {
      changed = false
      for case .created(let op) in journal where materializations.contains(ObjectIdentifier(op)) {
        if op.block != nil && op.results.allSatisfy({ $0.useEmpty }) {
          op.dropAllReferences()
          op.remove()
          changed = true
        }
      }
    }
    journal.removeAll()
    mapping.removeAll()
    erased.removeAll()
    materializations.removeAll()
    targetCache.removeAll()
  }
}
