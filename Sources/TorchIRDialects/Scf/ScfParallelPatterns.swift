// Canonicalizations of scf.forall and scf.parallel (SCF.cpp), checked
// against torch-mlir-opt --canonicalize (Tests/Fixtures/scf/canonicalize):
//
// - scf.forall: constant dynamic bounds become static; shared_outs that no
//   scf.forall.in_parallel op updates, or whose results are unused, are
//   replaced by their operand; a dimension with a constant trip count of 0
//   erases the loop, dimensions of 1 iteration are dropped (the whole body is
//   inlined when all are and nothing is combined).
// - scf.parallel: the same for zero and single-iteration dimensions (with
//   the reductions of a fully inlined loop applied to the init values); a
//   loop whose body is only another parallel loop is merged with it.

import TorchIRCore

func installScfParallelLoopPatterns(_ add: (String, [any RewritePattern]) -> Void) {
  add("scf.forall", [
    ClosurePattern("scf.forall", name: "ForallOpControlOperandsFolder", foldForallConstantBounds),
    ClosurePattern("scf.forall", name: "ForallOpIterArgsFolder", removeUnmodifiedSharedOuts),
    ClosurePattern("scf.forall", name: "ForallOpSingleOrZeroIterationDimsFolder", foldForallTrivialDims),
  ])
  add("scf.parallel", [
    ClosurePattern("scf.parallel", name: "ParallelOpSingleOrZeroIterationDimsFolder", foldParallelTrivialDims),
    ClosurePattern("scf.parallel", name: "MergeNestedParallelLoops", mergeNestedParallelLoops),
  ])
}

/// `arith.constant <value> : index` before the rewriter's insertion point.
private func createIndexConstant(_ rewriter: PatternRewriter, _ value: Int64, _ location: Location) -> Value {
  let ctx = rewriter.context
  var state = OperationState(context: ctx, name: "arith.constant", location: location)
  state.resultTypes = [ctx.indexType]
  state.addAttribute("value", ctx.integerAttr(value, ctx.indexType))
  return rewriter.create(state).result(0)
}

// MARK: scf.forall

/// A mixed static/dynamic list as loop bounds.
private func mixedBounds(_ statics: [Int64], _ values: [Value]) -> [LoopBound] {
  var out: [LoopBound] = []
  var next = 0
  for s in statics {
    if s == dynamicSentinel, next < values.count {
      out.append(.value(values[next]))
      next += 1
    } else {
      out.append(.constant(s))
    }
  }
  return out
}

/// Splits loop bounds back into a static list and dynamic operands.
private func dispatchBounds(_ bounds: [LoopBound]) -> (statics: [Int64], values: [Value]) {
  var statics: [Int64] = []
  var values: [Value] = []
  for b in bounds {
    switch b {
    case .constant(let c): statics.append(c)
    case .value(let v):
      statics.append(dynamicSentinel)
      values.append(v)
    }
  }
  return (statics, values)
}

/// The body, in_parallel terminator and its combining ops per shared_out.
private func forallBody(_ op: Operation, _ parts: ForallParts) -> (body: Block, terminator: Operation)? {
  guard op.regions.count == 1, op.region(0).blocks.count == 1, let body = op.region(0).entryBlock,
    body.arguments.count == parts.rank + parts.outputs.count, op.numResults == parts.outputs.count,
    let term = body.last, term.name.name == "scf.forall.in_parallel", term.regions.count == 1
  else { return nil }
  return (body, term)
}

/// The ops of `terminator` that update `argument` (getCombiningOps).
private func combiningOps(_ terminator: Operation, _ argument: Value) -> [Operation] {
  guard let block = terminator.region(0).entryBlock else { return [] }
  return block.operations.filter { op in
    guard let dest = parallelCombiningOps[op.name.name], dest < op.numOperands else { return false }
    return op.operand(dest) === argument
  }
}

/// Creates a forall with the given bounds and outputs, moving `op`'s region
/// into it (MLIR's builder keeps only the mapping attribute).
private func rebuildForall(
  _ op: Operation, _ rewriter: PatternRewriter, lbs: [LoopBound], ubs: [LoopBound], steps: [LoopBound],
  outputs: [Value]
) -> Operation {
  let l = dispatchBounds(lbs)
  let u = dispatchBounds(ubs)
  let s = dispatchBounds(steps)
  let ctx = op.context
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: ctx, name: "scf.forall", location: op.location)
  state.operands = l.values + u.values + s.values + outputs
  state.resultTypes = outputs.map(\.type)
  state.addAttribute("staticLowerBound", denseI64Array(ctx, l.statics))
  state.addAttribute("staticUpperBound", denseI64Array(ctx, u.statics))
  state.addAttribute("staticStep", denseI64Array(ctx, s.statics))
  state.addAttribute("operandSegmentSizes",
    denseI32Array(ctx, [l.values.count, u.values.count, s.values.count, outputs.count]))
  if let mapping = op.attr("mapping") { state.addAttribute("mapping", mapping) }
  state.addRegion().takeBody(op.region(0))
  return rewriter.create(state)
}

private func foldForallConstantBounds(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let parts = forallParts(op) else { return false }
  let lists = [
    (parts.staticLowerBounds, parts.lowerBounds), (parts.staticUpperBounds, parts.upperBounds),
    (parts.staticSteps, parts.steps),
  ]
  var changed = false
  var folded: [[LoopBound]] = []
  for (statics, values) in lists {
    folded.append(mixedBounds(statics, values).map { b in
      if case .value(let v) = b, let c = constantIntValue(v) {
        changed = true
        return .constant(c.sext(to: 64).asInt64)
      }
      return b
    })
  }
  guard changed else { return false }
  let l = dispatchBounds(folded[0])
  let u = dispatchBounds(folded[1])
  let s = dispatchBounds(folded[2])
  let ctx = op.context
  rewriter.modifyOpInPlace(op) {
    op.setOperands(l.values + u.values + s.values + parts.outputs)
    op.setAttr("staticLowerBound", denseI64Array(ctx, l.statics))
    op.setAttr("staticUpperBound", denseI64Array(ctx, u.statics))
    op.setAttr("staticStep", denseI64Array(ctx, s.statics))
    op.setAttr("operandSegmentSizes",
      denseI32Array(ctx, [l.values.count, u.values.count, s.values.count, parts.outputs.count]))
  }
  return true
}

private func removeUnmodifiedSharedOuts(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let parts = forallParts(op), let (body, term) = forallBody(op, parts) else { return false }
  let outArgs = Array(body.arguments.dropFirst(parts.rank))
  let removed = parts.outputs.indices.filter {
    op.result($0).useEmpty || combiningOps(term, outArgs[$0]).isEmpty
  }
  guard !removed.isEmpty else { return false }
  let kept = parts.outputs.indices.filter { !removed.contains($0) }
  for k in removed {
    for c in combiningOps(term, outArgs[k]) { rewriter.eraseOp(c) }
    rewriter.replaceAllUsesWith(outArgs[k], parts.outputs[k])
  }
  for k in removed.reversed() { body.eraseArgument(parts.rank + k) }
  let replacement = rebuildForall(op, rewriter,
    lbs: mixedBounds(parts.staticLowerBounds, parts.lowerBounds),
    ubs: mixedBounds(parts.staticUpperBounds, parts.upperBounds),
    steps: mixedBounds(parts.staticSteps, parts.steps), outputs: kept.map { parts.outputs[$0] })
  var results: [Value?] = parts.outputs.map { Optional($0) }
  for (n, k) in kept.enumerated() { results[k] = replacement.result(n) }
  replaceOp(rewriter, op, with: results)
  return true
}

private func foldForallTrivialDims(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let parts = forallParts(op), let (body, term) = forallBody(op, parts) else { return false }
  if let mapping = op.attr("mapping")?.arrayValue, !mapping.isEmpty { return false }
  let lbs = mixedBounds(parts.staticLowerBounds, parts.lowerBounds)
  let ubs = mixedBounds(parts.staticUpperBounds, parts.upperBounds)
  let steps = mixedBounds(parts.staticSteps, parts.steps)
  guard lbs.count == parts.rank, ubs.count == parts.rank, steps.count == parts.rank else { return false }
  var single: [Int] = []
  for d in 0..<parts.rank {
    guard let n = constantTripCount(lbs[d], ubs[d], steps[d], width: 64, signed: true) else { continue }
    if n == 0 {
      rewriter.replaceOp(op, with: parts.outputs)
      return true
    }
    if n == 1 { single.append(d) }
  }
  guard !single.isEmpty else { return false }
  let all = single.count == parts.rank
  // Inlining the whole body needs the combining ops turned into
  // tensor.insert_slice, which the tensor dialect provides; keep the loop
  // when the terminator has any.
  if all, let block = term.region(0).entryBlock, !block.isEmpty { return false }
  rewriter.setInsertionPoint(before: op)
  var ivValues: [Int: Value] = [:]
  for d in single {
    switch lbs[d] {
    case .value(let v): ivValues[d] = v
    case .constant(let c): ivValues[d] = createIndexConstant(rewriter, c, op.location)
    }
  }
  if all {
    // As scf::promote does after the mapping above: every lower bound is
    // materialized again, the body (terminator included) moves before the
    // loop, then the terminator and the loop are erased. (The constants made
    // for the mapping stay unused, as in MLIR; the canonicalizer erases
    // them, and the order in which it meets them decides where the surviving
    // constants end up.)
    var arguments: [Value] = []
    for b in lbs {
      switch b {
      case .value(let v): arguments.append(v)
      case .constant(let c): arguments.append(createIndexConstant(rewriter, c, op.location))
      }
    }
    rewriter.inlineBlock(body, before: op, arguments: arguments + parts.outputs)
    for (r, o) in zip(op.results, parts.outputs) { rewriter.replaceAllUsesWith(r, o) }
    rewriter.eraseOp(term)
    rewriter.eraseOp(op)
    return true
  }
  for d in single {
    if let v = ivValues[d] { rewriter.replaceAllUsesWith(body.arguments[d], v) }
  }
  for d in single.reversed() { body.eraseArgument(d) }
  let keep = (0..<parts.rank).filter { !single.contains($0) }
  let replacement = rebuildForall(op, rewriter, lbs: keep.map { lbs[$0] }, ubs: keep.map { ubs[$0] },
    steps: keep.map { steps[$0] }, outputs: parts.outputs)
  replaceOp(rewriter, op, with: Array(replacement.results))
  return true
}

// MARK: scf.parallel

/// The lower bounds, upper bounds, steps and init values of a parallel loop.
private func parallelGroups(_ op: Operation) -> [[Value]]? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 4,
    let groups = splitSegments(op.operandValues, sizes),
    groups[0].count == groups[1].count, groups[1].count == groups[2].count,
    op.regions.count == 1, op.region(0).blocks.count == 1,
    let body = op.region(0).entryBlock, body.arguments.count == groups[0].count,
    let reduce = body.last, reduce.name.name == "scf.reduce",
    reduce.regions.count == groups[3].count, reduce.numOperands == groups[3].count,
    op.numResults == groups[3].count
  else { return nil }
  return groups
}

/// Creates an scf.parallel with the given operands, moving `region` into it.
private func createParallel(
  _ rewriter: PatternRewriter, _ op: Operation, _ groups: [[Value]], _ region: Region
) -> Operation {
  rewriter.setInsertionPoint(before: op)
  var state = OperationState(context: op.context, name: "scf.parallel", location: op.location)
  state.operands = groups.flatMap { $0 }
  state.resultTypes = groups[3].map(\.type)
  state.addAttribute("operandSegmentSizes", denseI32Array(op.context, groups.map(\.count)))
  state.addRegion().takeBody(region)
  return rewriter.create(state)
}

private func foldParallelTrivialDims(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let groups = parallelGroups(op), let body = op.region(0).entryBlock, let reduce = body.last else {
    return false
  }
  let rank = groups[0].count
  var single: [Int] = []
  for d in 0..<rank {
    guard let n = constantTripCount(.value(groups[0][d]), .value(groups[1][d]), .value(groups[2][d]),
      width: 64, signed: true)
    else { continue }
    if n == 0 {
      rewriter.replaceOp(op, with: groups[3])
      return true
    }
    if n == 1 { single.append(d) }
  }
  guard !single.isEmpty else { return false }
  if single.count == rank {
    // Inline the body, then each reduction applied to its init value.
    let inits = groups[3]
    rewriter.inlineBlock(body, before: op, arguments: groups[0])
    // Read the reduced values after inlining: an induction variable among
    // them has been replaced by its lower bound.
    let reduced = reduce.operandValues
    var results: [Value] = []
    for (i, region) in reduce.regions.enumerated() {
      guard let block = region.entryBlock, block.arguments.count == 2, let ret = block.last else { return false }
      rewriter.inlineBlock(block, before: op, arguments: [inits[i], reduced[i]])
      guard ret.numOperands == 1 else { return false }
      results.append(ret.operand(0))
      rewriter.eraseOp(ret)
    }
    rewriter.eraseOp(reduce)
    rewriter.replaceOp(op, with: results)
    return true
  }
  for d in single { rewriter.replaceAllUsesWith(body.arguments[d], groups[0][d]) }
  for d in single.reversed() { body.eraseArgument(d) }
  let keep = (0..<rank).filter { !single.contains($0) }
  let newGroups = [keep.map { groups[0][$0] }, keep.map { groups[1][$0] }, keep.map { groups[2][$0] }, groups[3]]
  let replacement = createParallel(rewriter, op, newGroups, op.region(0))
  replaceOp(rewriter, op, with: Array(replacement.results))
  return true
}

private func mergeNestedParallelLoops(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let outer = parallelGroups(op), outer[3].isEmpty, let outerBody = op.region(0).entryBlock,
    let inner = outerBody.first, inner.name.name == "scf.parallel", inner.nextInBlock === outerBody.last,
    let innerGroups = parallelGroups(inner), innerGroups[3].isEmpty, let innerBody = inner.region(0).entryBlock
  else { return false }
  let outerArgs = Array(outerBody.arguments)
  for v in innerGroups[0] + innerGroups[1] + innerGroups[2] where outerArgs.contains(where: { $0 === v }) {
    return false
  }
  for (i, a) in outerArgs.enumerated() {
    let new = innerBody.insertArgument(a.type, a.loc, at: i)
    rewriter.replaceAllUsesWith(a, new)
  }
  let groups = [outer[0] + innerGroups[0], outer[1] + innerGroups[1], outer[2] + innerGroups[2], []]
  let replacement = createParallel(rewriter, op, groups, inner.region(0))
  _ = replacement
  rewriter.eraseOp(op)
  return true
}
