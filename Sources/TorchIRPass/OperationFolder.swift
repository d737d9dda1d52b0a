// Folding with constant uniquing (MLIR's OperationFolder). Folded attribute
// results become constant ops made by the op's dialect
// (`Dialect.materializeConstant`); constants are kept once per value and
// type at the start of the entry block of the nearest region isolated from
// above, so equal constants merge and hoist as the canonicalizer folds.

import TorchIRCore

final class OperationFolder {
  private struct Key: Hashable {
    let dialect: String
    let value: Attribute
    let type: Type
    // Attributes and types hash by identity; the dialect name (compared in
    // ==) rarely separates two constants of the same value and type.
    func hash(into h: inout Hasher) {
      h.combine(value)
      h.combine(type)
    }
  }
  /// Unique constants per insertion region.
  private var scopes: [ObjectIdentifier: [Key: Operation]] = [:]
  /// Constants this folder owns (made or adopted), by identity.
  private var owned: Set<ObjectIdentifier> = []
  // Unowned: the driver owns this folder and is its rewriter.
  private unowned let rewriter: PatternRewriter

  init(rewriter: PatternRewriter) { self.rewriter = rewriter }

  /// The region constants for an op in `block` go into: the closest one whose
  /// parent op is isolated from above (or has no parent).
  private func insertionRegion(_ block: Block) -> Region? {
    var region = block.parent
    while let r = region {
      guard let parent = r.parentOp else { return r }
      if parent.hasTrait(.isolatedFromAbove) || !parent.isRegistered { return r }
      region = parent.parentRegion
    }
    return nil
  }

  /// Forgets `op` (about to be erased).
  func notifyRemoval(_ op: Operation) {
    // Only constant-like ops are ever owned (made or adopted constants).
    guard op.hasTrait(.constantLike) else { return }
    let id = ObjectIdentifier(op)
    guard owned.remove(id) != nil, let value = constantValue(of: op) else { return }
    let key = Key(dialect: op.name.dialectNamespace, value: value, type: op.result(0).type)
    for scope in Array(scopes.keys) where scopes[scope]?[key] === op {
      // In place: copying the table out and back would copy it whole.
      scopes[scope]?[key] = nil
    }
  }

  /// Adopts an existing constant: merges it into an equal one (returns false
  /// after erasing it) or hoists it to the start of its insertion block.
  func insertKnownConstant(_ op: Operation, value: Attribute) -> Bool {
    guard let opBlock = op.block, let region = insertionRegion(opBlock),
      let insertBlock = region.entryBlock
    else { return true }
    if owned.contains(ObjectIdentifier(op)) {
      if opBlock !== insertBlock, let f = insertBlock.first { op.moveBefore(f) }
      return true
    }
    let key = Key(dialect: op.name.dialectNamespace, value: value, type: op.result(0).type)
    let rid = ObjectIdentifier(region)
    if let existing = scopes[rid]?[key] {
      rewriter.replaceOp(op, with: existing.results.map { $0 as Value })
      existing.location = .unknown
      return false
    }
    if opBlock !== insertBlock
      || (insertBlock.first !== op
        && !(op.prevInBlock.map { owned.contains(ObjectIdentifier($0)) } ?? false))
    {
      if let f = insertBlock.first { op.moveBefore(f) }
      op.location = .unknown
    }
    scopes[rid, default: [:]][key] = op
    owned.insert(ObjectIdentifier(op))
    return true
  }

  /// Tries to fold `op`: true when it was folded in place or replaced.
  func tryToFold(_ op: Operation) -> Bool {
    guard let fold = op.name.info?.fold else { return false }
    let operands = op.operands.map { constantValue(of: $0.value) }
    guard let results = fold(op, operands) else { return false }
    if results.isEmpty {
      rewriter.notifyOperationModified(op)
      return true
    }
    guard results.count == op.numResults else { return false }
    // Folding to its own result means nothing changed.
    for (i, r) in results.enumerated() {
      if case .value(let v) = r, v === op.result(i) { return false }
    }
    var replacements: [Value] = []
    var created: [Operation] = []
    for (i, r) in results.enumerated() {
      switch r {
      case .value(let v):
        replacements.append(v)
      case .attribute(let a):
        guard let c = constant(for: op, value: a, type: op.result(i).type) else {
          for c in created where c.results.allSatisfy({ $0.useEmpty }) { rewriter.eraseOp(c) }
          return false
        }
        if c.isNew { created.append(c.op) }
        replacements.append(c.op.result(0))
      }
    }
    rewriter.replaceOp(op, with: replacements)
    return true
  }

  /// The unique constant op for `value` in `op`'s insertion region, made by
  /// `op`'s dialect when there is none yet.
  private func constant(for op: Operation, value: Attribute, type: Type)
    -> (op: Operation, isNew: Bool)?
  {
    guard let block = op.block, let region = insertionRegion(block),
      let insertBlock = region.entryBlock,
      let dialect = op.context.dialect(op.name.dialectNamespace)
    else { return nil }
    let key = Key(dialect: op.name.dialectNamespace, value: value, type: type)
    let rid = ObjectIdentifier(region)
    if let existing = scopes[rid]?[key] { return (existing, false) }
    let saved = rewriter.builder.insertionPoint
    defer { rewriter.builder.insertionPoint = saved }
    rewriter.setInsertionPointToStart(insertBlock)
    guard let c = dialect.materializeConstant(
      rewriter.builder, value: value, type: type, location: op.location)
    else { return nil }
    // The dialect may have built the op detached or already inserted it.
    if c.block == nil { rewriter.insert(c) } else { rewriter.notifyOperationInserted(c) }
    guard c.numResults == 1 else { return nil }
    scopes[rid, default: [:]][key] = c
    owned.insert(ObjectIdentifier(c))
    return (c, true)
  }
}
