// Canonicalizations of the cf dialect (the patterns of MLIR's
// ControlFlowOps.cpp, same names and order): branches to a block with one
// predecessor merge it, branches through a block holding only a `cf.br`
// skip it, a cond_br on a constant condition, with identical successors or
// on the condition its only predecessor already tested becomes a br, the
// condition is known inside a successor reached only through one edge, and
// an assert of constant true is erased.

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

/// The block of the only predecessor edge of `block` (MLIR's getSinglePredecessor).
func singlePredecessor(_ block: Block) -> Block? {
  let preds = block.predecessors
  return preds.count == 1 ? preds[0].block : nil
}

/// The block all predecessor edges of `block` come from (getUniquePredecessor).
private func uniquePredecessor(_ block: Block) -> Block? {
  let preds = block.predecessors
  guard let first = preds.first?.block, preds.allSatisfy({ $0.block === first }) else { return nil }
  return first
}

/// A cond_br's condition and the operands of each successor.
private func condBranchParts(_ op: Operation) -> (Value, [Value], [Value])? {
  guard op.successors.count == 2, let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")),
    sizes.count == 3, sizes[0] == 1, sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == op.numOperands
  else { return nil }
  let vs = op.operandValues
  return (vs[0], Array(vs[1..<(1 + sizes[1])]), Array(vs[(1 + sizes[1])...]))
}

func branchState(_ op: Operation, _ dest: Block, _ operands: [Value]) -> OperationState {
  var state = OperationState(context: op.context, name: "cf.br", location: op.location)
  state.operands = operands
  state.successors = [dest]
  return state
}

private func condBranchState(
  _ op: Operation, _ cond: Value, _ t: Block, _ tOps: [Value], _ f: Block, _ fOps: [Value]
) -> OperationState {
  var state = OperationState(context: op.context, name: "cf.cond_br", location: op.location)
  state.operands = [cond] + tOps + fOps
  state.successors = [t, f]
  state.addAttribute("operandSegmentSizes", denseI32Array(op.context, [1, tOps.count, fOps.count]))
  return state
}

/// When `successor` holds only a `cf.br` whose block arguments feed nothing
/// but that branch, the destination and operands to branch to instead.
func collapseBranch(_ successor: Block, _ operands: [Value]) -> (Block, [Value])? {
  guard let br = successor.first, br.nextInBlock == nil, br.name.name == "cf.br",
    br.successors.count == 1
  else { return nil }
  for a in successor.arguments where a.users.contains(where: { $0 !== br }) { return nil }
  let dest = br.successor(0)
  if dest === successor { return nil }
  if successor.arguments.isEmpty { return (dest, br.operandValues) }
  let remapped = br.operandValues.map { v -> Value in
    if let a = v as? BlockArgument, a.owner === successor, a.index < operands.count { return operands[a.index] }
    return v
  }
  return (dest, remapped)
}

/// An `arith.constant` of an i1 value before the rewriter's insertion point.
private func makeBool(_ rewriter: PatternRewriter, _ value: Bool, _ loc: Location) -> Value {
  let ctx = rewriter.context
  let i1 = ctx.i1Type
  var state = OperationState(context: ctx, name: "arith.constant", location: loc)
  state.addAttribute("value", ctx.boolAttr(value))
  state.resultTypes = [i1]
  return rewriter.create(state).result(0)
}

/// Replaces the uses of each argument of a successor of `op` that every
/// incoming edge sets to one same value by that value (upstream MLIR's
/// canonicalization of block arguments with uniform incoming values; as
/// torch-mlir-opt does, only for successors with several incoming edges —
/// one edge is the block-merging patterns' business). Region simplification
/// then drops the unused argument.
func replaceUniformBlockArguments(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  var changed = false
  var seen = Set<ObjectIdentifier>()
  for s in op.successors where seen.insert(ObjectIdentifier(s.block)).inserted {
    let dest = s.block
    if dest.arguments.isEmpty || dest.predecessors.count < 2 { continue }
    var edges: [(Operation, Int)] = []
    var ok = true
    var preds = Set<ObjectIdentifier>()
    for pred in dest.predecessors where preds.insert(ObjectIdentifier(pred)).inserted {
      guard pred.branchInterface != nil else {
        ok = false
        break
      }
      for (i, e) in pred.successors.enumerated() where e.block === dest { edges.append((pred, i)) }
    }
    if !ok || edges.isEmpty { continue }
    for (i, arg) in dest.arguments.enumerated() where !arg.useEmpty {
      var common: Value?
      var same = true
      for (pred, index) in edges {
        guard let forwarded = pred.forwardedOperands(index), i < forwarded.count else {
          same = false
          break
        }
        if let c = common, c !== forwarded[i] {
          same = false
          break
        }
        common = forwarded[i]
      }
      if same, let c = common, c !== arg {
        rewriter.replaceAllUsesWith(arg, c)
        changed = true
      }
    }
  }
  return changed
}

func installControlFlowPatterns(_ context: MLIRContext) {
  // The uniform-argument rewrite comes first: torch-mlir-opt applies it to a
  // switch before dropping the cases that make an argument uniform.
  context.registeredOperation("cf.br")?.info?.canonicalizationPatterns = [
    ClosurePattern("cf.br", name: "UniformBlockArguments", replaceUniformBlockArguments),
    ClosurePattern("cf.br", name: "SimplifyBrToBlockWithSinglePred") { op, rewriter in
      guard op.successors.count == 1, let block = op.block else { return false }
      let succ = op.successor(0)
      guard succ !== block, singlePredecessor(succ) != nil, succ.arguments.count == op.numOperands
      else { return false }
      let operands = op.operandValues
      rewriter.eraseOp(op)
      rewriter.mergeBlocks(succ, into: block, arguments: operands)
      return true
    },
    ClosurePattern("cf.br", name: "SimplifyPassThroughBr") { op, rewriter in
      guard op.successors.count == 1, op.successor(0) !== op.block,
        let (dest, operands) = collapseBranch(op.successor(0), op.operandValues)
      else { return false }
      rewriter.replaceOp(op, withNew: branchState(op, dest, operands))
      return true
    },
  ]
  context.registeredOperation("cf.cond_br")?.info?.canonicalizationPatterns = [
    ClosurePattern("cf.cond_br", name: "UniformBlockArguments", replaceUniformBlockArguments),
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
    },
    ClosurePattern("cf.cond_br", name: "SimplifyPassThroughCondBranch") { op, rewriter in
      guard let (cond, tOps, fOps) = condBranchParts(op) else { return false }
      let t = collapseBranch(op.successor(0), tOps)
      let f = collapseBranch(op.successor(1), fOps)
      if t == nil && f == nil { return false }
      rewriter.replaceOp(op, withNew: condBranchState(
        op, cond, t?.0 ?? op.successor(0), t?.1 ?? tOps, f?.0 ?? op.successor(1), f?.1 ?? fOps))
      return true
    },
    ClosurePattern("cf.cond_br", name: "SimplifyCondBranchIdenticalSuccessors") { op, rewriter in
      guard let (cond, tOps, fOps) = condBranchParts(op), op.successor(0) === op.successor(1),
        tOps.count == fOps.count
      else { return false }
      let dest = op.successor(0)
      if zip(tOps, fOps).allSatisfy({ $0 === $1 }) {
        rewriter.replaceOp(op, withNew: branchState(op, dest, tOps))
        return true
      }
      guard let block = op.block, uniquePredecessor(dest) === block else { return false }
      rewriter.setInsertionPoint(before: op)
      var merged: [Value] = []
      for (a, b) in zip(tOps, fOps) {
        if a === b {
          merged.append(a)
          continue
        }
        var select = OperationState(context: op.context, name: "arith.select", location: op.location)
        select.operands = [cond, a, b]
        select.resultTypes = [a.type]
        merged.append(rewriter.create(select).result(0))
      }
      rewriter.replaceOp(op, withNew: branchState(op, dest, merged))
      return true
    },
    ClosurePattern("cf.cond_br", name: "SimplifyCondBranchFromCondBranchOnSameCondition") { op, rewriter in
      guard let block = op.block, let (cond, tOps, fOps) = condBranchParts(op),
        let pred = singlePredecessor(block), let predBr = pred.last, predBr.name.name == "cf.cond_br",
        let (predCond, _, _) = condBranchParts(predBr), predCond === cond
      else { return false }
      let onTrue = predBr.successor(0) === block
      rewriter.replaceOp(op, withNew: branchState(
        op, op.successor(onTrue ? 0 : 1), onTrue ? tOps : fOps))
      return true
    },
    ClosurePattern("cf.cond_br", name: "CondBranchTruthPropagation") { op, rewriter in
      guard let (cond, _, _) = condBranchParts(op) else { return false }
      var replaced = false
      for (dest, value) in [(op.successor(0), true), (op.successor(1), false)]
      where singlePredecessor(dest) != nil {
        var constant: Value?
        for use in Array(cond.uses) where use.owner.block === dest {
          replaced = true
          if constant == nil {
            rewriter.setInsertionPoint(before: op)
            constant = makeBool(rewriter, value, op.location)
          }
          if let c = constant { rewriter.modifyOpInPlace(use.owner) { use.set(c) } }
        }
      }
      return replaced
    },
  ]
  context.registeredOperation("cf.switch")?.info?.canonicalizationPatterns = switchPatterns()
  context.registeredOperation("cf.assert")?.info?.canonicalizationPatterns = [
    ClosurePattern("cf.assert", name: "EraseRedundantAssertions") { op, rewriter in
      guard op.numOperands == 1, constantCondition(op.operand(0)) == true else { return false }
      rewriter.eraseOp(op)
      return true
    }
  ]
}
