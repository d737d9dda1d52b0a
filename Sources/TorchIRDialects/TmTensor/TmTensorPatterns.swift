// tm_tensor's canonicalizations (TMTensorOps.cpp): the dialect's
// FoldTensorCastOp (a tensor.cast that only loses static information folds
// into the op using it; an `outs` operand's cast changes the result type,
// and a tensor.cast back to the old type replaces the result), and
// ScanOp::fold, which folds memref.casts that memref.cast's
// canFoldIntoConsumerOp allows into the scan's operands. An op on tensors
// whose results are unused is erased: its only memory effects
// (getEffectsImpl) allocate its results, which makes it trivially dead to
// MLIR's canonicalizer; the core has no memory-effect interface yet, so a
// pattern does it here (on memrefs the op reads and writes its operands
// and stays).

import TorchIRCore

func installTMTensorFolders(_ hooks: inout DialectHooks) {
  hooks.folders["tm_tensor.scan"] = { op, _ in foldFoldableMemRefCasts(op) ? [] : nil }
}

func installTMTensorCanonicalizations(_ context: MLIRContext) {
  for name in ["scan", "scatter", "sort", "topk", "attention"] {
    let full = "tm_tensor." + name
    context.registeredOperation(full)?.info?.canonicalizationPatterns += [
      ClosurePattern(full, name: "EraseUnusedTensorOp", eraseUnusedTensorOp),
      ClosurePattern(full, name: "FoldTensorCastOp", foldTensorCastIntoTMTensorOp),
    ]
  }
}

private func eraseUnusedTensorOp(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults > 0, op.results.allSatisfy({ $0.useEmpty }) else { return false }
  rewriter.eraseOp(op)
  return true
}

private func foldFoldableMemRefCasts(_ op: Operation) -> Bool {
  var folded = false
  for i in 0..<op.numOperands {
    guard let cast = op.operand(i).definingOp, cast.name.name == "memref.cast", castFoldsIntoConsumer(cast)
    else { continue }
    op.setOperand(i, cast.operand(0))
    folded = true
  }
  return folded
}

/// tensor::canFoldIntoConsumerOp: the cast's source is at least as static
/// as its result.
private func foldableTensorCastSource(_ v: Value) -> Value? {
  guard let cast = v.definingOp, cast.name.name == "tensor.cast", cast.numOperands == 1, cast.numResults == 1,
    preservesStaticInformation(cast.result(0).type, cast.operand(0).type)
  else { return nil }
  return cast.operand(0)
}

private func foldTensorCastIntoTMTensorOp(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let (ins, outs) = tmTensorOperandGroups(op), op.numResults == 0 || op.numResults == outs.count,
    (ins + outs).contains(where: { foldableTensorCastSource($0) != nil })
  else { return false }
  let newIns = ins.map { foldableTensorCastSource($0) ?? $0 }
  let newOuts = outs.map { foldableTensorCastSource($0) ?? $0 }
  var state = OperationState(context: op.context, name: op.name.name, location: op.location)
  state.operands = newIns + newOuts
  // Like the pattern's clone: one result type per `outs` operand.
  state.resultTypes = op.numResults == 0 ? [] : newOuts.map(\.type)
  state.attributes = allAttributes(op)
  for r in op.regions { state.addRegion().takeBody(r) }
  rewriter.setInsertionPoint(before: op)
  let new = rewriter.create(state)
  var replacements: [Value] = []
  for (old, value) in zip(op.results, new.results) {
    if old.type == value.type {
      replacements.append(value)
      continue
    }
    var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
    cast.operands = [value]
    cast.resultTypes = [old.type]
    replacements.append(rewriter.create(cast).result(0))
  }
  rewriter.replaceOp(op, with: replacements)
  return true
}
