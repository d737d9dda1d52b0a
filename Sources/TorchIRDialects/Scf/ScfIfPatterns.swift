// Canonicalizations of scf.if (see ScfPatterns.swift for the list): static
// conditions, unused and trivial results, nested and adjacent ifs, condition
// propagation.

import TorchIRCore

/// Whether `v` is defined directly in `region` (MLIR's getParentRegion check).
private func isDefined(_ v: Value, in region: Region) -> Bool { v.parentRegion === region }

func convertTrivialIfToSelect(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 0, op.numOperands == 1, op.regions.count == 2,
    let thenYield = terminator(of: op.region(0), named: "scf.yield"),
    let elseYield = terminator(of: op.region(1), named: "scf.yield"),
    thenYield.numOperands == op.numResults, elseYield.numOperands == op.numResults
  else { return false }
  let thenValues = thenYield.operandValues
  let elseValues = elseYield.operandValues
  var kept: [Int] = []
  for i in 0..<op.numResults
  where isDefined(thenValues[i], in: op.region(0)) || isDefined(elseValues[i], in: op.region(1)) {
    kept.append(i)
  }
  if kept.count == op.numResults { return false }
  let cond = op.operand(0)
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.if", location: op.location)
  state.operands = [cond]
  state.resultTypes = kept.map { op.result($0).type }
  state.addRegion().takeBody(op.region(0))
  state.addRegion().takeBody(op.region(1))
  let replacement = rewriter.create(state)
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  var trueYields: [Value] = []
  var falseYields: [Value] = []
  for i in 0..<op.numResults {
    let t = thenValues[i]
    let f = elseValues[i]
    if kept.contains(i) {
      results[i] = replacement.result(trueYields.count)
      trueYields.append(t)
      falseYields.append(f)
    } else if t === f {
      results[i] = t
    } else {
      var select = OperationState(context: op.context, name: "arith.select", location: op.location)
      select.operands = [cond, t, f]
      select.resultTypes = [t.type]
      rewriter.setInsertionPoint(before: replacement)
      results[i] = rewriter.create(select).result(0)
    }
  }
  rewriter.modifyOpInPlace(thenYield) { thenYield.setOperands(trueYields) }
  rewriter.modifyOpInPlace(elseYield) { elseYield.setOperands(falseYields) }
  replaceOp(rewriter, op, with: results)
  return true
}

func removeEmptyElseBranch(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults == 0, op.regions.count == 2, let block = op.region(1).entryBlock,
    op.region(1).blocks.count == 1, let only = block.first, only === block.last,
    only.name.name == "scf.yield", only.numOperands == 0
  else { return false }
  rewriter.eraseOp(only)
  rewriter.modifyOpInPlace(op) { op.region(1).remove(block) }
  return true
}

func removeStaticCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numOperands == 1, op.regions.count == 2, let c = constantBoolValue(op.operand(0)) else {
    return false
  }
  if c { return replaceOpWithRegion(rewriter, op, op.region(0)) }
  if !op.region(1).isEmpty { return replaceOpWithRegion(rewriter, op, op.region(1)) }
  guard op.numResults == 0 else { return false }
  rewriter.eraseOp(op)
  return true
}

func removeUnusedIfResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  let used = op.results.indices.filter { !op.result($0).useEmpty }
  guard used.count != op.numResults, op.numOperands == 1, op.regions.count == 2,
    let thenYield = terminator(of: op.region(0), named: "scf.yield"),
    let elseYield = terminator(of: op.region(1), named: "scf.yield"),
    thenYield.numOperands == op.numResults, elseYield.numOperands == op.numResults
  else { return false }
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.if", location: op.location)
  state.operands = [op.operand(0)]
  state.resultTypes = used.map { op.result($0).type }
  copyAttributes(op, into: &state)
  state.addRegion().takeBody(op.region(0))
  state.addRegion().takeBody(op.region(1))
  let replacement = rewriter.create(state)
  for yield in [thenYield, elseYield] {
    let values = yield.operandValues
    rewriter.modifyOpInPlace(yield) { yield.setOperands(used.map { values[$0] }) }
  }
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  for (k, i) in used.enumerated() { results[i] = replacement.result(k) }
  replaceOp(rewriter, op, with: results)
  return true
}

/// The constant value of an i1 value defined by a constant op.
private func constantI1(_ v: Value) -> Bool? {
  guard v.type.isInteger(width: 1) else { return nil }
  return constantBoolValue(v)
}

func replaceIfYieldWithConditionOrValue(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 0, op.numOperands == 1, op.regions.count == 2,
    let thenYield = terminator(of: op.region(0), named: "scf.yield"),
    let elseYield = terminator(of: op.region(1), named: "scf.yield"),
    thenYield.numOperands == op.numResults, elseYield.numOperands == op.numResults
  else { return false }
  rewriter.setInsertionPoint(before: op)
  var changed = false
  for i in 0..<op.numResults {
    let t = thenYield.operand(i)
    let f = elseYield.operand(i)
    let result = op.result(i)
    if t === f {
      if !result.useEmpty {
        rewriter.replaceAllUsesWith(result, t)
        changed = true
      }
      continue
    }
    guard let tv = constantI1(t), let fv = constantI1(f), !result.useEmpty else { continue }
    if !tv && fv {
      var constant = OperationState(context: op.context, name: "arith.constant", location: op.location)
      constant.resultTypes = [t.type]
      constant.addAttribute("value", op.context.boolAttr(true))
      let one = rewriter.create(constant).result(0)
      var xor = OperationState(context: op.context, name: "arith.xori", location: op.location)
      xor.operands = [op.operand(0), one]
      xor.resultTypes = [t.type]
      rewriter.replaceAllUsesWith(result, rewriter.create(xor).result(0))
      changed = true
    } else if tv && !fv {
      rewriter.replaceAllUsesWith(result, op.operand(0))
      changed = true
    }
  }
  return changed
}

/// Whether `region` is empty or holds one block with only an operand-less
/// scf.yield.
private func isEmptyYieldRegion(_ region: Region) -> Bool {
  guard let block = region.entryBlock else { return true }
  guard region.blocks.count == 1, let only = block.first, only === block.last else { return false }
  return only.name.name == "scf.yield" && only.numOperands == 0
}

func combineNestedIfs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults == 0, op.numOperands == 1, op.regions.count == 2, isEmptyYieldRegion(op.region(1)),
    op.region(0).blocks.count == 1, let block = op.region(0).entryBlock,
    let nested = block.first, nested.name.name == "scf.if", nested.nextInBlock === block.last,
    let outerYield = block.last, outerYield.name.name == "scf.yield", outerYield.numOperands == 0,
    nested.numResults == 0, nested.numOperands == 1, nested.regions.count == 2,
    isEmptyYieldRegion(nested.region(1))
  else { return false }
  rewriter.setInsertionPoint(before: op)
  var and = OperationState(context: op.context, name: "arith.andi", location: op.location)
  and.operands = [op.operand(0), nested.operand(0)]
  and.resultTypes = [op.operand(0).type]
  let condition = rewriter.create(and).result(0)
  var state = OperationState(context: op.context, name: "scf.if", location: op.location)
  state.operands = [condition]
  state.addRegion().takeBody(nested.region(0))
  _ = state.addRegion()
  rewriter.create(state)
  rewriter.eraseOp(op)
  return true
}

/// `arith.constant <b> : i1` at the rewriter's insertion point.
private func createBoolConstant(_ rewriter: PatternRewriter, _ b: Bool, _ location: Location) -> Value {
  let ctx = rewriter.context
  var state = OperationState(context: ctx, name: "arith.constant", location: location)
  state.resultTypes = [ctx.i1Type]
  state.addAttribute("value", ctx.boolAttr(b))
  return rewriter.create(state).result(0)
}

/// The operand `v` negates with `arith.xori v, true`, if it is one.
private func negatedOperand(_ v: Value) -> Value? {
  guard let xor = v.definingOp, xor.name.name == "arith.xori", xor.numOperands == 2,
    constantBoolValue(xor.operand(1)) == true
  else { return nil }
  return xor.operand(0)
}

func propagateCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numOperands == 1, op.regions.count == 2 else { return false }
  let cond = op.operand(0)
  if let def = cond.definingOp, def.hasTrait(.constantLike) { return false }
  var trueValue: Value?
  var falseValue: Value?
  var changed = false
  rewriter.setInsertionPoint(before: op)
  for use in Array(cond.uses) {
    let owner = use.owner
    guard let region = owner.parentRegion else { continue }
    let inThen = region === op.region(0) || op.region(0).isAncestor(of: owner)
    let inElse = !inThen && (region === op.region(1) || op.region(1).isAncestor(of: owner))
    guard inThen || inElse else { continue }
    let replacement: Value
    if inThen {
      let t = trueValue ?? createBoolConstant(rewriter, true, op.location)
      trueValue = t
      replacement = t
    } else {
      let f = falseValue ?? createBoolConstant(rewriter, false, op.location)
      falseValue = f
      replacement = f
    }
    rewriter.modifyOpInPlace(owner) { use.set(replacement) }
    changed = true
  }
  return changed
}

/// Moves the ops of `block` (its terminator `yield2` included) to the end of
/// `into`, whose terminator is `yield1`, and ends `into` with one scf.yield
/// of both operand lists.
private func mergeYieldingBlock(
  _ rewriter: PatternRewriter, _ block: Block, into: Block, _ yield1: Operation, _ yield2: Operation
) {
  rewriter.inlineBlock(block, before: yield1, arguments: [])
  rewriter.setInsertionPointToEnd(into)
  var state = OperationState(context: yield2.context, name: "scf.yield", location: yield2.location)
  state.operands = yield1.operandValues + yield2.operandValues
  rewriter.create(state)
  rewriter.eraseOp(yield1)
  rewriter.eraseOp(yield2)
}

func combineIfs(_ next: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let prev = next.prevInBlock, prev.name.name == "scf.if", prev.numOperands == 1, prev.regions.count == 2,
    next.numOperands == 1, next.regions.count == 2,
    let prevThenYield = terminator(of: prev.region(0), named: "scf.yield"),
    terminator(of: next.region(0), named: "scf.yield") != nil
  else { return false }
  let prevElseYield = terminator(of: prev.region(1), named: "scf.yield")
  let nextElseYield = terminator(of: next.region(1), named: "scf.yield")
  if !prev.region(1).isEmpty && prevElseYield == nil { return false }
  if !next.region(1).isEmpty && nextElseYield == nil { return false }
  let thenBlock = next.region(0).entryBlock
  let elseBlock = next.region(1).entryBlock
  var nextThen: Block?
  var nextElse: Block?
  if next.operand(0) === prev.operand(0) {
    nextThen = thenBlock
    nextElse = elseBlock
  }
  if negatedOperand(next.operand(0)) === prev.operand(0) || negatedOperand(prev.operand(0)) === next.operand(0) {
    nextElse = thenBlock
    nextThen = elseBlock
  }
  guard nextThen != nil || nextElse != nil else { return false }
  // Inside the merged branches, prev's results are the values it yields there.
  let prevElseValues = prevElseYield?.operandValues ?? []
  for (i, r) in prev.results.enumerated() {
    for use in Array(r.uses) {
      let owner = use.owner
      if let b = nextThen, let region = b.parent, region === owner.parentRegion || region.isAncestor(of: owner) {
        rewriter.modifyOpInPlace(owner) { use.set(prevThenYield.operand(i)) }
      } else if let b = nextElse, let region = b.parent, i < prevElseValues.count,
        region === owner.parentRegion || region.isAncestor(of: owner)
      {
        rewriter.modifyOpInPlace(owner) { use.set(prevElseValues[i]) }
      }
    }
  }
  rewriter.setInsertionPoint(before: next)
  var state = OperationState(context: next.context, name: "scf.if", location: next.location)
  state.operands = [prev.operand(0)]
  state.resultTypes = prev.resultTypes + next.resultTypes
  state.addRegion().takeBody(prev.region(0))
  state.addRegion().takeBody(prev.region(1))
  let combined = rewriter.create(state)
  if let b = nextThen, let into = combined.region(0).entryBlock,
    let y1 = into.last, let y2 = b.last
  {
    mergeYieldingBlock(rewriter, b, into: into, y1, y2)
  }
  if let b = nextElse, let y2 = b.last {
    if combined.region(1).isEmpty, let region = b.parent {
      combined.region(1).takeBody(region)
    } else if let into = combined.region(1).entryBlock, let y1 = into.last {
      mergeYieldingBlock(rewriter, b, into: into, y1, y2)
    }
  }
  let results = Array(combined.results) as [Value]
  replaceOp(rewriter, prev, with: Array(results.prefix(prev.numResults)))
  replaceOp(rewriter, next, with: Array(results.dropFirst(prev.numResults)))
  return true
}
