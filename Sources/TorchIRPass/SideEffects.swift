// What "no side effects" means for the generic transforms. The `pure` trait
// (MLIR's Pure: no memory effects, speculatable) or, for ops whose effects
// depend on their operands, `OpInfo.isMemoryEffectFree` decide: an op is side-effect
// free when it is registered, effect free, and every op nested in its regions
// is too (MLIR's RecursiveMemoryEffects). Unregistered ops may do anything.

import TorchIRCore

/// Whether `op` and everything nested in it have no side effects.
public func isMemoryEffectFree(_ op: Operation) -> Bool {
  var free = true
  op.walk { nested in
    if free && !(nested.isRegistered && (nested.hasTrait(.pure) || nested.name.info?.isMemoryEffectFree?(nested) == true)) {
      free = false
    }
  }
  return free
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
