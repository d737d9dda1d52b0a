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
//   dropped; an scf.if on the loop condition just before scf.condition moves
//   into the after region.
// - scf.execute_region: a single-block region without no_inline is inlined;
//   otherwise unused results are dropped and results yielding a value from
//   outside are replaced by it.
// - scf.index_switch: a constant argument inlines the matching case, as does
//   having no cases at all; unused results are dropped, results every region
//   yields the same outside value for are that value.
// - scf.forall and scf.parallel: see ScfParallelPatterns.swift.
// - duplicate results and loop-carried arguments are merged: see
//   ScfDuplicatePatterns.swift.
//
// This file registers the patterns and holds the helpers they share and the
// execute_region and index_switch patterns; the scf.if patterns are in
// ScfIfPatterns.swift, the scf.for and scf.while ones in ScfLoopPatterns.swift.
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
    ClosurePattern("scf.while", name: "WhileMoveIfDown", moveIfDownIntoAfterRegion),
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
  installScfDuplicatePatterns(add) { name in
    context.registeredOperation(name)?.info?.canonicalizationPatterns ?? []
  }
}

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

private func inlineDefaultOnlySwitch(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.regions.count == 1 else { return false }
  return replaceOpWithRegion(rewriter, op, op.region(0))
}

/// Whether `v` is defined outside `op` (not in any of its regions).
func isDefinedOutside(_ v: Value, _ op: Operation) -> Bool {
  guard let r = v.parentRegion else { return false }
  return !op.isAncestor(ofRegion: r)
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
