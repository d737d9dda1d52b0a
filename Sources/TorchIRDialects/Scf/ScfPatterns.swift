// Canonicalizations of the scf dialect (SCF.cpp and the region branch
// patterns MLIR applies to it), checked against torch-mlir-opt
// --canonicalize (Tests/Fixtures/scf/canonicalize):
//
// - scf.if: a constant condition inlines the taken branch (or erases the op);
//   unused results are dropped; results whose yielded values come from
//   outside the regions become arith.select (or the value itself when both
//   branches yield it), i1 results yielding constants become the condition
//   or its negation; an else branch with only an empty yield is removed; an
//   if whose body is only another if (no results, no else) becomes one if on
//   arith.andi of both conditions; adjacent ifs on the same (or negated)
//   condition are merged; uses of the condition inside the branches become
//   constants.
// - scf.for: a constant trip count of 0 replaces the loop by its inits, of 1
//   inlines the body; iter_args that are yielded unchanged (or whose init
//   is yielded), or that are unused along with their result, are dropped; a
//   loop known to run at least once whose yield passes a value from outside
//   has that value as its result.
// - scf.while: a constant false condition runs the before region once, which
//   is inlined; a before-region argument that always gets its init back is
//   replaced by the init; a value from outside that scf.condition forwards
//   replaces its result and after-region argument; unused results (with
//   unused after-region arguments) and unused before-region arguments are
//   dropped.
// - scf.execute_region: a single-block region without no_inline is inlined;
//   otherwise unused results are dropped and results yielding a value from
//   outside are replaced by it.
// - scf.index_switch: a constant argument inlines the matching case, as does
//   having no cases at all; unused results are dropped, results every region
//   yields the same outside value for are that value.
// - scf.forall and scf.parallel: see ScfParallelPatterns.swift.
//
// Loops and ifs whose bodies have no side effects and whose results are
// unused are erased by the canonicalizer itself (RecursiveMemoryEffects).

import TorchIRCore

func installScfPatterns(_ context: MLIRContext) {
  func add(_ name: String, _ patterns: [any RewritePattern]) {
    context.registeredOperation(name)?.info?.canonicalizationPatterns = patterns
  }
  add("scf.if", [
    ClosurePattern("scf.if", name: "CombineIfs", combineIfs),
    ClosurePattern("scf.if", name: "CombineNestedIfs", combineNestedIfs),
    ClosurePattern("scf.if", name: "ConditionPropagation", propagateCondition),
    ClosurePattern("scf.if", name: "ReplaceIfYieldWithConditionOrValue", replaceIfYieldWithConditionOrValue),
    ClosurePattern("scf.if", name: "ConvertTrivialIfToSelect", convertTrivialIfToSelect),
    ClosurePattern("scf.if", name: "RemoveEmptyElseBranch", removeEmptyElseBranch),
    ClosurePattern("scf.if", name: "RemoveStaticCondition", removeStaticCondition),
    ClosurePattern("scf.if", name: "RemoveUnusedResults", removeUnusedIfResults),
  ])
  add("scf.for", [
    ClosurePattern("scf.for", name: "ForOpStaticTripCount", foldStaticTripCount),
    ClosurePattern("scf.for", name: "ForOpIterArgsFolder", removeForwardedIterArgs),
    ClosurePattern("scf.for", name: "ForOpInvariantResults", replaceInvariantForResults),
  ])
  add("scf.while", [
    ClosurePattern("scf.while", name: "WhileConditionFalse", inlineWhileWithFalseCondition),
    ClosurePattern("scf.while", name: "RemoveLoopInvariantArgsFromBeforeBlock", removeInvariantWhileArgs),
    ClosurePattern("scf.while", name: "RemoveLoopInvariantValueYielded", removeInvariantWhileResults),
    ClosurePattern("scf.while", name: "WhileUnusedResult", removeUnusedWhileResults),
    ClosurePattern("scf.while", name: "WhileRemoveUnusedArgs", removeUnusedWhileArgs),
  ])
  add("scf.execute_region", [
    ClosurePattern("scf.execute_region", name: "SingleBlockExecuteInliner", inlineExecuteRegion),
    ClosurePattern("scf.execute_region", name: "RemoveUnusedOrForwardedResults", simplifyExecuteRegionResults),
  ])
  add("scf.index_switch", [
    ClosurePattern("scf.index_switch", name: "FoldConstantCase", foldConstantCase),
    ClosurePattern("scf.index_switch", name: "InlineDefaultOnly", inlineDefaultOnlySwitch),
    ClosurePattern("scf.index_switch", name: "SameYieldedValue", replaceSameSwitchResults),
    ClosurePattern("scf.index_switch", name: "RemoveUnusedResults", removeUnusedSwitchResults),
  ])
  installScfParallelLoopPatterns(add)
}

// MARK: Helpers

/// Moves the single block of `region` before `op` (its arguments replaced by
/// `arguments`), replaces `op`'s results with the terminator's operands and
/// erases the terminator (MLIR's replaceOpWithRegion).
func replaceOpWithRegion(
  _ rewriter: PatternRewriter, _ op: Operation, _ region: Region, arguments: [Value] = []
) -> Bool {
  guard region.blocks.count == 1, let block = region.entryBlock, let term = block.last,
    term.hasTrait(.isTerminator), term.numOperands == op.numResults,
    block.arguments.count == arguments.count
  else { return false }
  rewriter.inlineBlock(block, before: op, arguments: arguments)
  // Read the yielded values after inlining: a yielded block argument has
  // been replaced by its argument by now.
  rewriter.replaceOp(op, with: term.operandValues)
  rewriter.eraseOp(term)
  return true
}

/// Replaces each result that has a replacement, then erases `op` (results
/// without one must be unused).
func replaceOp(_ rewriter: PatternRewriter, _ op: Operation, with values: [Value?]) {
  for (r, v) in zip(op.results, values) {
    if let v { rewriter.replaceAllUsesWith(r, v) }
  }
  rewriter.eraseOp(op)
}

/// The discardable and inherent attributes of `op`, for a replacement op.
func copyAttributes(_ op: Operation, into state: inout OperationState) {
  state.properties = op.properties
  state.attributes = op.attributes.dictionaryEntries ?? []
}

// MARK: scf.if

/// Whether `v` is defined directly in `region` (MLIR's getParentRegion check).
private func isDefined(_ v: Value, in region: Region) -> Bool { v.parentRegion === region }

private func convertTrivialIfToSelect(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

private func removeEmptyElseBranch(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults == 0, op.regions.count == 2, let block = op.region(1).entryBlock,
    op.region(1).blocks.count == 1, let only = block.first, only === block.last,
    only.name.name == "scf.yield", only.numOperands == 0
  else { return false }
  rewriter.eraseOp(only)
  rewriter.modifyOpInPlace(op) { op.region(1).remove(block) }
  return true
}

private func removeStaticCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numOperands == 1, op.regions.count == 2, let c = constantBoolValue(op.operand(0)) else {
    return false
  }
  if c { return replaceOpWithRegion(rewriter, op, op.region(0)) }
  if !op.region(1).isEmpty { return replaceOpWithRegion(rewriter, op, op.region(1)) }
  guard op.numResults == 0 else { return false }
  rewriter.eraseOp(op)
  return true
}

private func removeUnusedIfResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

// MARK: scf.for

/// A loop bound: an SSA value (maybe defined by a constant) or a static
/// integer (scf.forall's static bounds).
enum LoopBound {
  case value(Value)
  case constant(Int64)
}

/// MLIR's constantTripCount for one loop dimension of integers of `width`
/// bits: 0 when both bounds are the same value or constant and empty, else
/// the count for constant bounds and a positive constant step; nil when it
/// is not known.
func constantTripCount(_ lb: LoopBound, _ ub: LoopBound, _ step: LoopBound, width: Int, signed: Bool) -> UInt64? {
  if case .value(let a) = lb, case .value(let b) = ub, a === b { return 0 }
  guard width > 0, width <= 64 else { return nil }
  let mask: UInt64 = width == 64 ? ~0 : (UInt64(1) << UInt64(width)) - 1
  func constant(_ b: LoopBound) -> UInt64? {
    switch b {
    case .constant(let c): return UInt64(bitPattern: c) & mask
    case .value(let v): return constantIntValue(v).map { $0.asUInt64 & mask }
    }
  }
  func signedValue(_ u: UInt64) -> Int64 {
    width == 64 ? Int64(bitPattern: u) : Int64(bitPattern: u << UInt64(64 - width)) >> Int64(64 - width)
  }
  guard let l = constant(lb), let u = constant(ub) else { return nil }
  if signed ? signedValue(u) <= signedValue(l) : u <= l { return 0 }
  guard let s = constant(step), s != 0, signedValue(s) > 0 else { return nil }
  let diff = (u &- l) & mask
  return diff / s + (diff % s == 0 ? 0 : 1)
}

/// The constant trip count of a for loop (ForOp::getStaticTripCount).
func forStaticTripCount(_ op: Operation) -> UInt64? {
  guard op.numOperands >= 3 else { return nil }
  let type = op.operand(0).type
  let width: Int
  switch type.kind {
  case .index: width = 64
  case .integer(let w, _): width = Int(w)
  default: return nil
  }
  return constantTripCount(.value(op.operand(0)), .value(op.operand(1)), .value(op.operand(2)),
    width: width, signed: op.attr("unsignedCmp") == nil)
}

private func foldStaticTripCount(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let count = forStaticTripCount(op), count <= 1, let body = forBody(op) else { return false }
  let inits = forInitArgs(op)
  guard inits.count == op.numResults, body.arguments.count == inits.count + 1 else { return false }
  if count == 0 {
    rewriter.replaceOp(op, with: inits)
    return true
  }
  return replaceOpWithRegion(rewriter, op, op.region(0), arguments: [op.operand(0)] + inits)
}

private func removeForwardedIterArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let body = forBody(op), let yield = terminator(of: op.region(0), named: "scf.yield") else {
    return false
  }
  let inits = forInitArgs(op)
  let iterArgs = Array(body.arguments.dropFirst())
  guard inits.count == iterArgs.count, yield.numOperands == inits.count, op.numResults == inits.count else {
    return false
  }
  let yielded = yield.operandValues
  // An iter_arg whose yielded value is itself (or its init) keeps its init
  // on every iteration.
  let removed = inits.indices.filter {
    yielded[$0] === iterArgs[$0] || yielded[$0] === inits[$0]
      || (op.result($0).useEmpty && iterArgs[$0].useEmpty)
  }
  guard !removed.isEmpty else { return false }
  let kept = inits.indices.filter { !removed.contains($0) }
  for k in removed { rewriter.replaceAllUsesWith(iterArgs[k], inits[k]) }
  // Read the yielded values again: a kept one may have been a removed
  // iter_arg, replaced just now.
  let yieldedNow = yield.operandValues
  rewriter.modifyOpInPlace(yield) { yield.setOperands(kept.map { yieldedNow[$0] }) }
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.for", location: op.location)
  state.operands = Array(op.operandValues.prefix(3)) + kept.map { inits[$0] }
  state.resultTypes = kept.map { op.result($0).type }
  copyAttributes(op, into: &state)
  state.addRegion().takeBody(op.region(0))
  for k in removed.reversed() { body.eraseArgument(k + 1) }
  let replacement = rewriter.create(state)
  var results: [Value?] = inits.map { Optional($0) }
  for (n, k) in kept.enumerated() { results[k] = replacement.result(n) }
  replaceOp(rewriter, op, with: results)
  return true
}

// MARK: scf.execute_region and scf.index_switch

private func inlineExecuteRegion(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.attr("no_inline") == nil, op.regions.count == 1, op.region(0).blocks.count == 1 else { return false }
  return replaceOpWithRegion(rewriter, op, op.region(0))
}

private func foldConstantCase(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numOperands == 1, let value = constantIntValue(op.operand(0)),
    let cases = denseI64ArrayValues(op.attr("cases")), cases.count + 1 == op.regions.count
  else { return false }
  let v = value.sext(to: 64).asInt64
  let region = cases.firstIndex(of: v).map { op.region($0 + 1) } ?? op.region(0)
  return replaceOpWithRegion(rewriter, op, region)
}

// MARK: More scf.if patterns

/// The constant value of an i1 value defined by a constant op.
private func constantI1(_ v: Value) -> Bool? {
  guard v.type.isInteger(width: 1) else { return nil }
  return constantBoolValue(v)
}

private func replaceIfYieldWithConditionOrValue(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

private func combineNestedIfs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

// MARK: More scf.execute_region patterns

private func simplifyExecuteRegionResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 0, op.regions.count == 1, op.region(0).blocks.count == 1,
    let yield = terminator(of: op.region(0), named: "scf.yield"), yield.numOperands == op.numResults
  else { return false }
  let region = op.region(0)
  let yielded = yield.operandValues
  // A yielded value from outside the op is the result itself.
  let forwarded = op.results.indices.filter { !region.isAncestor(ofValue: yielded[$0]) }
  let kept = op.results.indices.filter { !op.result($0).useEmpty && !forwarded.contains($0) }
  guard kept.count != op.numResults else { return false }
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.execute_region", location: op.location)
  state.resultTypes = kept.map { op.result($0).type }
  copyAttributes(op, into: &state)
  state.addRegion().takeBody(region)
  rewriter.modifyOpInPlace(yield) { yield.setOperands(kept.map { yielded[$0] }) }
  let replacement = rewriter.create(state)
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  for i in forwarded { results[i] = yielded[i] }
  for (n, i) in kept.enumerated() { results[i] = replacement.result(n) }
  replaceOp(rewriter, op, with: results)
  return true
}

extension Region {
  /// Whether `value` is defined inside this region (at any depth).
  fileprivate func isAncestor(ofValue value: Value) -> Bool {
    guard let r = value.parentRegion else { return false }
    if r === self { return true }
    return r.parentOp.map { isAncestor(of: $0) } ?? false
  }
}

// MARK: scf.while

/// The before block, condition, after block and yield of a while loop.
private func whileParts(_ op: Operation) -> (before: Block, condition: Operation, after: Block, yield: Operation)? {
  guard op.regions.count == 2, op.region(0).blocks.count == 1, op.region(1).blocks.count == 1,
    let before = op.region(0).entryBlock, let after = op.region(1).entryBlock,
    let condition = before.last, condition.name.name == "scf.condition", condition.numOperands >= 1,
    let yield = after.last, yield.name.name == "scf.yield",
    before.arguments.count == op.numOperands, yield.numOperands == op.numOperands,
    after.arguments.count == condition.numOperands - 1, op.numResults == after.arguments.count
  else { return nil }
  return (before, condition, after, yield)
}

/// Moves `op`'s regions into a new scf.while with `inits` and `resultTypes`.
private func rebuildWhile(
  _ op: Operation, _ rewriter: PatternRewriter, inits: [Value], resultTypes: [Type]
) -> Operation {
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.while", location: op.location)
  state.operands = inits
  state.resultTypes = resultTypes
  copyAttributes(op, into: &state)
  state.addRegion().takeBody(op.region(0))
  state.addRegion().takeBody(op.region(1))
  return rewriter.create(state)
}

private func removeInvariantWhileArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (before, condition, after, yield) = whileParts(op) else { return false }
  let inits = op.operandValues
  let forwarded = Array(condition.operandValues.dropFirst())
  let yielded = yield.operandValues
  let invariant = inits.indices.filter { i in
    if yielded[i] === inits[i] { return true }
    guard let j = after.arguments.firstIndex(where: { $0 === yielded[i] }) else { return false }
    return forwarded[j] === before.arguments[i]
  }
  guard !invariant.isEmpty else { return false }
  let kept = inits.indices.filter { !invariant.contains($0) }
  for i in invariant { rewriter.replaceAllUsesWith(before.arguments[i], inits[i]) }
  rewriter.modifyOpInPlace(yield) { yield.setOperands(kept.map { yielded[$0] }) }
  for i in invariant.reversed() { before.eraseArgument(i) }
  let replacement = rebuildWhile(op, rewriter, inits: kept.map { inits[$0] }, resultTypes: op.resultTypes)
  replaceOp(rewriter, op, with: Array(replacement.results))
  return true
}

private func removeInvariantWhileResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (_, condition, after, _) = whileParts(op) else { return false }
  let forwarded = Array(condition.operandValues.dropFirst())
  let outside = forwarded.indices.filter { j in
    guard let r = forwarded[j].parentRegion else { return false }
    return !op.isAncestor(ofRegion: r)
  }
  guard !outside.isEmpty else { return false }
  let kept = forwarded.indices.filter { !outside.contains($0) }
  for j in outside { rewriter.replaceAllUsesWith(after.arguments[j], forwarded[j]) }
  rewriter.modifyOpInPlace(condition) {
    condition.setOperands([condition.operand(0)] + kept.map { forwarded[$0] })
  }
  for j in outside.reversed() { after.eraseArgument(j) }
  let replacement = rebuildWhile(op, rewriter, inits: op.operandValues, resultTypes: kept.map { op.result($0).type })
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  for j in outside { results[j] = forwarded[j] }
  for (n, j) in kept.enumerated() { results[j] = replacement.result(n) }
  replaceOp(rewriter, op, with: results)
  return true
}

extension Operation {
  /// Whether `region` is one of this op's regions or nested in one.
  fileprivate func isAncestor(ofRegion region: Region) -> Bool {
    var r: Region? = region
    while let x = r {
      if x.parentOp === self { return true }
      r = x.parentOp?.parentRegion
    }
    return false
  }
}

// MARK: More scf.index_switch patterns

private func removeUnusedSwitchResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  let used = op.results.indices.filter { !op.result($0).useEmpty }
  guard used.count != op.numResults, op.numOperands == 1, !op.regions.isEmpty else { return false }
  var yields: [Operation] = []
  for r in op.regions {
    guard let y = terminator(of: r, named: "scf.yield"), y.numOperands == op.numResults else { return false }
    yields.append(y)
  }
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.index_switch", location: op.location)
  state.operands = [op.operand(0)]
  state.resultTypes = used.map { op.result($0).type }
  copyAttributes(op, into: &state)
  for r in op.regions { state.addRegion().takeBody(r) }
  for y in yields {
    let values = y.operandValues
    rewriter.modifyOpInPlace(y) { y.setOperands(used.map { values[$0] }) }
  }
  let replacement = rewriter.create(state)
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  for (k, i) in used.enumerated() { results[i] = replacement.result(k) }
  replaceOp(rewriter, op, with: results)
  return true
}

private func inlineWhileWithFalseCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (before, condition, _, _) = whileParts(op), constantBoolValue(condition.operand(0)) == false,
    condition.numOperands - 1 == op.numResults
  else { return false }
  rewriter.inlineBlock(before, before: op, arguments: op.operandValues)
  rewriter.replaceOp(op, with: Array(condition.operandValues.dropFirst()))
  rewriter.eraseOp(condition)
  return true
}

// MARK: Adjacent ifs and condition propagation

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

private func propagateCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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
      if trueValue == nil { trueValue = createBoolConstant(rewriter, true, op.location) }
      replacement = trueValue!
    } else {
      if falseValue == nil { falseValue = createBoolConstant(rewriter, false, op.location) }
      replacement = falseValue!
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

private func combineIfs(_ next: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let prev = next.prevInBlock, prev.name.name == "scf.if", prev.numOperands == 1, prev.regions.count == 2,
    next.numOperands == 1, next.regions.count == 2,
    let prevThenYield = terminator(of: prev.region(0), named: "scf.yield"),
    let nextThenYield = terminator(of: next.region(0), named: "scf.yield")
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

private func removeUnusedWhileResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (_, condition, after, _) = whileParts(op) else { return false }
  let forwarded = Array(condition.operandValues.dropFirst())
  let removed = op.results.indices.filter { op.result($0).useEmpty && after.arguments[$0].useEmpty }
  guard !removed.isEmpty else { return false }
  let kept = op.results.indices.filter { !removed.contains($0) }
  rewriter.modifyOpInPlace(condition) {
    condition.setOperands([condition.operand(0)] + kept.map { forwarded[$0] })
  }
  for j in removed.reversed() { after.eraseArgument(j) }
  let replacement = rebuildWhile(op, rewriter, inits: op.operandValues, resultTypes: kept.map { op.result($0).type })
  var results: [Value?] = Array(repeating: nil, count: op.numResults)
  for (n, j) in kept.enumerated() { results[j] = replacement.result(n) }
  replaceOp(rewriter, op, with: results)
  return true
}

private func removeUnusedWhileArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (before, _, _, yield) = whileParts(op) else { return false }
  let removed = before.arguments.indices.filter { before.arguments[$0].useEmpty }
  guard !removed.isEmpty else { return false }
  let kept = before.arguments.indices.filter { !removed.contains($0) }
  let inits = op.operandValues
  let yielded = yield.operandValues
  rewriter.modifyOpInPlace(yield) { yield.setOperands(kept.map { yielded[$0] }) }
  for i in removed.reversed() { before.eraseArgument(i) }
  let replacement = rebuildWhile(op, rewriter, inits: kept.map { inits[$0] }, resultTypes: op.resultTypes)
  replaceOp(rewriter, op, with: Array(replacement.results))
  return true
}

private func inlineDefaultOnlySwitch(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.regions.count == 1 else { return false }
  return replaceOpWithRegion(rewriter, op, op.region(0))
}

// MARK: Results that are values from outside

/// Whether `v` is defined outside `op` (not in any of its regions).
private func isDefinedOutside(_ v: Value, _ op: Operation) -> Bool {
  guard let r = v.parentRegion else { return false }
  return !op.isAncestor(ofRegion: r)
}

private func replaceInvariantForResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let count = forStaticTripCount(op), count >= 1,
    let yield = terminator(of: op.region(0), named: "scf.yield"), yield.numOperands == op.numResults
  else { return false }
  var changed = false
  for (k, v) in yield.operandValues.enumerated() where !op.result(k).useEmpty && isDefinedOutside(v, op) {
    rewriter.replaceAllUsesWith(op.result(k), v)
    changed = true
  }
  return changed
}

private func replaceSameSwitchResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 0 else { return false }
  var yields: [Operation] = []
  for r in op.regions {
    guard let y = terminator(of: r, named: "scf.yield"), y.numOperands == op.numResults else { return false }
    yields.append(y)
  }
  var changed = false
  for k in 0..<op.numResults where !op.result(k).useEmpty {
    let v = yields[0].operand(k)
    guard isDefinedOutside(v, op), yields.allSatisfy({ $0.operand(k) === v }) else { continue }
    rewriter.replaceAllUsesWith(op.result(k), v)
    changed = true
  }
  return changed
}
