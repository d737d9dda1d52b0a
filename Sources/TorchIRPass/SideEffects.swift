// What "no side effects" means for the generic transforms. The core has no
// memory-effect interfaces yet, so the `pure` trait (MLIR's Pure: no memory
// effects, speculatable) or, for ops whose effects depend on their operands
// (linalg), `OpInfo.isMemoryEffectFree` decide: an op is side-effect free when it
// is registered, pure, and every op nested in its regions is pure too. An op
// with MLIR's RecursiveMemoryEffects trait (scf.for, scf.if) has exactly the
// effects of the ops nested in it. Unregistered ops may do anything.

import TorchIRCore

/// Whether `op` and everything nested in it have no side effects.
public func isMemoryEffectFree(_ op: Operation) -> Bool {
  // Stop at the first impure op (the op itself is the common answer), so
  // asking about every op of a deep nest stays linear per op.
  if op.regions.isEmpty {
    // The common case, without a stack to allocate.
    return op.isRegistered && (op.hasTrait(.pure) || op.hasTrait(.recursiveMemoryEffects) || op.name.info?.isMemoryEffectFree?(op) == true)
  }
  var stack: [Operation] = [op]
  while let cur = stack.popLast() {
    if !(cur.isRegistered && (cur.hasTrait(.pure) || cur.hasTrait(.recursiveMemoryEffects) || cur.name.info?.isMemoryEffectFree?(cur) == true)) { return false }
    for r in cur.regions { for b in r.blocks { for c in b { stack.append(c) } } }
  }
  return true
}

/// Whether erasing `op` would change nothing but its results (MLIR's
/// `wouldOpBeTriviallyDead`): terminators and symbols are never dead.
public func wouldOpBeTriviallyDead(_ op: Operation) -> Bool {
  if op.hasTrait(.isTerminator) || op.hasTrait(.symbol) { return false }
  if !op.isRegistered { return false }
  return isMemoryEffectFree(op)
}

/// An unused op without side effects (MLIR's `isOpTriviallyDead`).
public func isOpTriviallyDead(_ op: Operation) -> Bool {
  op.results.allSatisfy { $0.useEmpty } && wouldOpBeTriviallyDead(op)
}

/// The constant value of a constant-like op (MLIR's `m_Constant`): what its
/// folder returns with no operands, else its `value` attribute.
public func constantValue(of op: Operation) -> Attribute? {
  guard op.hasTrait(.constantLike), op.numResults == 1 else { return nil }
  if let fold = op.name.info?.fold, let r = fold(op, []), r.count == 1,
    case .attribute(let a) = r[0]
  {
    return a
  }
  return op.attr("value")
}

/// The constant value `v` is defined to have, if its op is constant-like.
public func constantValue(of v: Value) -> Attribute? {
  v.definingOp.flatMap { constantValue(of: $0) }
}
