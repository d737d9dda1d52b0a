// Canonicalizations of the cf dialect (ControlFlowOps.cpp): a cond_br on a
// constant condition becomes a br, an assert of constant true is erased.

import TorchIRCore

/// The value of a constant i1 condition.
private func constantCondition(_ v: Value) -> Bool? {
  guard let def = v.definingOp, def.hasTrait(.constantLike),
    let value = def.attr("value")
  else { return nil }
  switch value.kind {
  case .bool(let b): return b
  case .integer(let i, let t) where t.isInteger(width: 1): return !i.isZero
  default: return nil
  }
}

func installControlFlowPatterns(_ context: MLIRContext) {
  context.registeredOperation("cf.cond_br")?.info?.canonicalizationPatterns = [
    ClosurePattern("cf.cond_br", name: "SimplifyConstCondBranchPred") { op, rewriter in
      guard op.numOperands > 0, op.successors.count == 2,
        let c = constantCondition(op.operand(0)),
        let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3,
        sizes.reduce(0, +) == op.numOperands
      else { return false }
      let values = op.operandValues
      let operands = c ? Array(values[1..<1 + sizes[1]]) : Array(values[(1 + sizes[1])...])
      var state = OperationState(context: op.context, name: "cf.br", location: op.location)
      state.operands = operands
      state.successors = [op.successor(c ? 0 : 1)]
      _ = rewriter.replaceOp(op, withNew: state)
      return true
    }
  ]
  context.registeredOperation("cf.assert")?.info?.canonicalizationPatterns = [
    ClosurePattern("cf.assert", name: "EraseRedundantAssertions") { op, rewriter in
      guard op.numOperands == 1, constantCondition(op.operand(0)) == true else { return false }
      rewriter.eraseOp(op)
      return true
    }
  ]
}
