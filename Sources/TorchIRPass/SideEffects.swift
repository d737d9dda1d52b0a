// What "no side effects" means for the generic transforms. The `pure` trait
// (MLIR's Pure: no memory effects, speculatable) makes an op side-effect free
// when every op nested in its regions is too; an op with MLIR's
// RecursiveMemoryEffects trait (scf.for, scf.if) has exactly the effects of
// the ops nested in it. An op whose effects depend on its operands answers
// through `OpInfo.isMemoryEffectFree` instead (MLIR's MemoryEffectOpInterface),
// for itself and its regions together. Unregistered ops may do anything.

import TorchIRCore

/// Whether `op` and everything nested in it have no side effects.
public func isMemoryEffectFree(_ op: Operation) -> Bool {
  // Stop at the first op with effects, so asking about every op of a deep
  // nest stays linear per op.
  var work: [Operation] = [op]
  while let next = work.popLast() {
    guard next.isRegistered else { return false }
    if let hook = next.name.info?.isMemoryEffectFree {
      if !hook(next) { return false }
      continue
    }
    guard next.hasTrait(.pure) || next.hasTrait(.recursiveMemoryEffects) else { return false }
    for r in next.regions {
      for b in r.blocks { for nested in b { work.append(nested) } }
    }
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
