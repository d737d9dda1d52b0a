// Canonicalizations of scf.for and scf.while (see ScfPatterns.swift for the
// list): static trip counts, iter_args and results that do not change,
// unused values, constant conditions, an scf.if on the loop condition moved
// into the after region.

import TorchIRCore

func foldStaticTripCount(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let count = forStaticTripCount(op), count <= 1, let body = forBody(op) else { return false }
  let inits = forInitArgs(op)
  guard inits.count == op.numResults, body.arguments.count == inits.count + 1 else { return false }
  if count == 0 {
    rewriter.replaceOp(op, with: inits)
    return true
  }
  return replaceOpWithRegion(rewriter, op, op.region(0), arguments: [op.operand(0)] + inits)
}

func removeForwardedIterArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

func removeInvariantWhileArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

func removeInvariantWhileResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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
  func isAncestor(ofRegion region: Region) -> Bool {
    var r: Region? = region
    while let x = r {
      if x.parentOp === self { return true }
      r = x.parentOp?.parentRegion
    }
    return false
  }
}

func inlineWhileWithFalseCondition(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let (before, condition, _, _) = whileParts(op), constantBoolValue(condition.operand(0)) == false,
    condition.numOperands - 1 == op.numResults
  else { return false }
  rewriter.inlineBlock(before, before: op, arguments: op.operandValues)
  rewriter.replaceOp(op, with: Array(condition.operandValues.dropFirst()))
  rewriter.eraseOp(condition)
  return true
}

func removeUnusedWhileResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

func removeUnusedWhileArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

func replaceInvariantForResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
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

/// WhileMoveIfDown: an scf.if without results just before scf.condition, on
/// the same condition and with an empty else, runs exactly when the after
/// region does; its then-block moves to the start of the after region. Values
/// of the before region it uses are forwarded by scf.condition as new
/// results and after-region arguments.
func moveIfDownIntoAfterRegion(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.regions.count == 2, let before = op.region(0).entryBlock, let after = op.region(1).entryBlock,
    let condition = before.last, condition.name.name == "scf.condition", condition.numOperands >= 1,
    let ifOp = condition.prevInBlock, ifOp.name.name == "scf.if", ifOp.numResults == 0,
    ifOp.numOperands == 1, ifOp.operand(0) === condition.operand(0), ifOp.regions.count == 2,
    ifOp.region(0).blocks.count == 1, let thenBlock = ifOp.region(0).entryBlock,
    let thenYield = thenBlock.last, thenYield.name.name == "scf.yield",
    after.arguments.count == condition.numOperands - 1, op.numResults == after.arguments.count
  else { return false }
  if let elseBlock = ifOp.region(1).entryBlock {
    guard elseBlock.first === elseBlock.last, elseBlock.last?.name.name == "scf.yield" else { return false }
  }
  let moved = thenBlock.operations.filter { $0 !== thenYield }
  // Values of the before region (outside the if) that the moved ops use, in
  // order of first use.
  let thenRegion = ifOp.region(0)
  var extra: [Value] = []
  for o in moved {
    o.walk { nested in
      for operand in nested.operands {
        let v = operand.value
        guard let r = v.parentRegion, op.isAncestor(ofRegion: r), !thenRegion.isAncestor(ofRegionOrSelf: r),
          !extra.contains(where: { $0 === v })
        else { continue }
        extra.append(v)
      }
    }
  }
  var newArgs: [Value] = []
  for v in extra { newArgs.append(after.addArgument(v.type, v.location)) }
  for o in moved {
    o.walk { nested in
      for (k, operand) in nested.operands.enumerated() {
        if let n = extra.firstIndex(where: { $0 === operand.value }) { nested.setOperand(k, newArgs[n]) }
      }
    }
  }
  let anchor = after.first
  for o in moved {
    rewriter.modifyOpInPlace(o) {
      o.remove()
      if let anchor { after.insert(o, before: anchor) } else { after.append(o) }
    }
  }
  rewriter.eraseOp(ifOp)
  if extra.isEmpty {
    rewriter.modifyOpInPlace(op) {}
    return true
  }
  rewriter.modifyOpInPlace(condition) { condition.setOperands(condition.operandValues + extra) }
  let replacement = rebuildWhile(op, rewriter, inits: op.operandValues, resultTypes: op.resultTypes + extra.map(\.type))
  replaceOp(rewriter, op, with: Array(replacement.results.prefix(op.numResults)))
  return true
}

extension Region {
  /// Whether `region` is this region or nested in one of its ops.
  fileprivate func isAncestor(ofRegionOrSelf region: Region) -> Bool {
    var r: Region? = region
    while let x = r {
      if x === self { return true }
      r = x.parentOp?.parentRegion
    }
    return false
  }
}
