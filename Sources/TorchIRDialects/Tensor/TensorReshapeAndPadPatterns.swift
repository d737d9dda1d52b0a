// More canonicalizations of TensorOps.cpp: chains of expand/collapse_shape
// compose (ComposeReassociativeReshapeOps), reshapes of splats and
// from_elements become new splats / from_elements, tensor.generate with
// constant extents becomes static (StaticTensorGenerate), extract of a
// generate evaluates its body (ExtractFromTensorGenerate), and tensor.pad
// folds zero padding, constant padding and casts of its source.

import TorchIRCore

func installTensorReshapeAndPadPatterns(_ context: MLIRContext) {
  func add(_ op: String, _ patterns: [ClosurePattern]) {
    context.registeredOperation(op)?.info?.canonicalizationPatterns += patterns
  }
  for name in ["tensor.collapse_shape", "tensor.expand_shape"] {
    add(name, [
      ClosurePattern(name, name: "ComposeReassociativeReshapeOps") { op, rewriter in composeReshapes(op, rewriter) },
      ClosurePattern(name, name: "FoldReshapeWithSplat", reshapeOfSplat),
      ClosurePattern(name, name: "FoldReshapeWithFromElements", reshapeOfFromElements),
    ])
  }
  add("tensor.generate", [ClosurePattern("tensor.generate", name: "StaticTensorGenerate", staticGenerate)])
  add("tensor.extract", [ClosurePattern("tensor.extract", name: "ExtractFromTensorGenerate", extractFromGenerate)])
  add("tensor.pad", [
    ClosurePattern("tensor.pad", name: "FoldStaticZeroPadding", padZero),
    ClosurePattern("tensor.pad", name: "FoldSourceTensorCast", padOfCast),
    ClosurePattern("tensor.pad", name: "FoldStaticPadding", padStatic),
  ])
}

/// composeReassociationIndices: the groups of two reshapes in a row, the
/// one with more groups mapped through the other; nil when both have as
/// many groups (not a reshape in one direction).
private func composeGroups(_ producer: [[Int64]], _ consumer: [[Int64]]) -> [[Int64]]? {
  var (p, c) = (producer, consumer)
  if p.count == c.count { return nil }
  if p.count < c.count { swap(&p, &c) }
  if c.isEmpty { return [] }
  guard c.reduce(0, { $0 + $1.count }) == p.count else { return nil }
  var out: [[Int64]] = []
  for group in c {
    var merged: [Int64] = []
    for i in group {
      guard i >= 0, Int(i) < p.count else { return nil }
      merged += p[Int(i)]
    }
    out.append(merged)
  }
  return out
}

/// Whether the reshape pair may compose: tensors, or memrefs whose types
/// all have identity layouts (hasNonIdentityLayout).
func reshapeLayoutsAllowComposition(_ types: [Type]) -> Bool {
  types.allSatisfy { t in
    if case .memref(_, _, let layout, _) = t.kind { return hasIdentityLayout(layout) }
    return t.isTensor
  }
}

func composeReshapes(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1, let inner = op.operand(0).definingOp,
    inner.name.name == op.name.name, inner.numOperands >= 1,
    reshapeLayoutsAllowComposition([inner.operand(0).type, op.operand(0).type, op.result(0).type]),
    let outerGroups = reassociationGroups(op.attr("reassociation")),
    let innerGroups = reassociationGroups(inner.attr("reassociation")),
    let groups = composeGroups(innerGroups, outerGroups)
  else { return false }
  var state = OperationState(context: op.context, name: op.name.name, location: op.location)
  state.operands = [inner.operand(0)] + Array(op.operandValues.dropFirst())
  state.resultTypes = op.resultTypes
  state.attributes = shapedOpAttributes(op).filter { $0.name != "reassociation" }
  state.addAttribute("reassociation", reassociationAttr(op.context, groups))
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

private func reshapeOfSplat(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1, let splat = op.operand(0).definingOp,
    splat.name.name == "tensor.splat", splat.numOperands >= 1, splat.result(0).type.hasStaticShape
  else { return false }
  var state = OperationState(context: op.context, name: "tensor.splat", location: op.location)
  state.operands = [splat.operand(0)]
  state.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

private func reshapeOfFromElements(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1, let fe = op.operand(0).definingOp,
    fe.name.name == "tensor.from_elements", op.result(0).type.hasStaticShape
  else { return false }
  var state = OperationState(context: op.context, name: "tensor.from_elements", location: op.location)
  state.operands = fe.operandValues
  state.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

/// Moves `old`'s single region into a new op built from `state` (inserted
/// before `old`) and replaces `old` by a cast of it to `old`'s type.
private func rebuildWithRegion(_ old: Operation, _ state: OperationState, _ rewriter: PatternRewriter) {
  var state = state
  _ = state.addRegion()
  rewriter.setInsertionPoint(before: old)
  let newOp = rewriter.create(state)
  if old.regions.count == 1 { newOp.region(0).takeBody(old.region(0)) }
  var cast = OperationState(context: old.context, name: "tensor.cast", location: old.location)
  cast.operands = [newOp.result(0)]
  cast.resultTypes = old.resultTypes
  _ = rewriter.replaceOp(old, withNew: cast)
}

private func staticGenerate(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, case .rankedTensor(let shape, let element, let encoding) = op.result(0).type.kind,
    dynamicCount(shape) == op.numOperands
  else { return false }
  var newShape = shape
  var extents: [Value] = []
  var k = 0
  for (i, d) in shape.enumerated() where d == kDynamic {
    let v = op.operand(k)
    k += 1
    if let c = shapedConstantIndex(of: v), c >= 0 { newShape[i] = c } else { extents.append(v) }
  }
  guard newShape != shape else { return false }
  var state = OperationState(context: op.context, name: "tensor.generate", location: op.location)
  state.operands = extents
  state.resultTypes = [op.context.tensorType(newShape, element, encoding: encoding)]
  state.attributes = shapedOpAttributes(op)
  rebuildWithRegion(op, state, rewriter)
  return true
}

/// The body of the generate evaluated at the extract's indices: its ops are
/// copied with the block arguments replaced. Bodies with nested regions
/// or successors are left alone.
private func extractFromGenerate(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1, let gen = op.operand(0).definingOp,
    gen.name.name == "tensor.generate", hasNoSideEffects(gen),
    gen.regions.count == 1, let body = gen.region(0).blocks.first,
    body.arguments.count == op.numOperands - 1, let yield = body.last, yield.name.name == "tensor.yield",
    yield.numOperands == 1
  else { return false }
  let ops = body.operations.dropLast()
  guard ops.allSatisfy({ $0.regions.isEmpty && $0.successors.isEmpty && $0.isRegistered && $0.hasTrait(.pure) })
  else { return false }
  var mapping: [ObjectIdentifier: Value] = [:]
  for (a, i) in zip(body.arguments, op.operandValues.dropFirst()) { mapping[ObjectIdentifier(a)] = i }
  func mapped(_ v: Value) -> Value { mapping[ObjectIdentifier(v)] ?? v }
  rewriter.setInsertionPoint(before: op)
  for inner in ops {
    var state = OperationState(context: op.context, name: inner.name, location: inner.location)
    state.operands = inner.operandValues.map(mapped)
    state.resultTypes = inner.resultTypes
    state.properties = inner.properties
    state.attributes = inner.attributes.dictionaryEntries ?? []
    let copy = rewriter.create(state)
    for (r, c) in zip(inner.results, copy.results) { mapping[ObjectIdentifier(r)] = c }
  }
  rewriter.replaceOp(op, with: [mapped(yield.operand(0))])
  return true
}

/// MLIR checks wouldOpBeTriviallyDead on the generate: no side effects in
/// it or its body (its uses do not matter).
private func hasNoSideEffects(_ op: Operation) -> Bool {
  var pure = true
  op.walk { nested in
    if !(nested.isRegistered && nested.hasTrait(.pure)) { pure = false }
  }
  return pure
}

/// The low and high lists of a pad as mixed lists.
private func padLists(_ op: Operation) -> (low: [MixedIndex], high: [MixedIndex])? {
  guard let g = operandSegments(op, count: 3),
    let low = denseI64ArrayValues(op.attr("static_low")).flatMap({ mixedIndices($0, g[1]) }),
    let high = denseI64ArrayValues(op.attr("static_high")).flatMap({ mixedIndices($0, g[2]) })
  else { return nil }
  return (low, high)
}

private func constantValue(_ m: MixedIndex) -> Int64? {
  switch m {
  case .constant(let c): return c
  case .value(let v): return shapedConstantIndex(of: v)
  }
}

private func padZero(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, op.attr("nofold") == nil, let (low, high) = padLists(op),
    (low + high).allSatisfy({ constantValue($0) == 0 })
  else { return false }
  var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
  cast.operands = [op.operand(0)]
  cast.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}

/// A pad state with `source`, the op's padding lists and `resultType`.
private func padState(_ op: Operation, source: Value, low: [MixedIndex], high: [MixedIndex], resultType: Type) -> OperationState {
  let (l, h) = (decomposeMixedIndices(low), decomposeMixedIndices(high))
  var state = OperationState(context: op.context, name: "tensor.pad", location: op.location)
  state.operands = [source] + l.values + h.values
  state.resultTypes = [resultType]
  state.attributes = shapedOpAttributes(op).filter {
    !["static_low", "static_high", "operandSegmentSizes"].contains($0.name)
  }
  state.addAttribute("static_low", denseI64ArrayAttr(op.context, l.statics))
  state.addAttribute("static_high", denseI64ArrayAttr(op.context, h.statics))
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(op.context, [1, l.values.count, h.values.count]))
  return state
}

/// PadOp::inferResultType: source + low + high where all are static, else
/// the size `resultShape` has.
private func inferPadShape(_ source: [Int64], _ low: [Int64], _ high: [Int64], _ resultShape: [Int64]) -> [Int64] {
  source.indices.map { i in
    if source[i] == kDynamic || low[i] == kDynamic || high[i] == kDynamic {
      return i < resultShape.count ? resultShape[i] : kDynamic
    }
    return source[i] &+ low[i] &+ high[i]
  }
}

private func padOfCast(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, op.numOperands >= 1, let cast = op.operand(0).definingOp,
    cast.name.name == "tensor.cast", cast.numOperands == 1,
    case .rankedTensor(let from, let element, let enc1) = cast.operand(0).type.kind,
    case .rankedTensor(let to, _, let enc2) = cast.result(0).type.kind,
    enc1 == enc2, from.count == to.count, !zip(from, to).contains(where: { $0.1 != kDynamic && $0.0 != $0.1 }),
    let (low, high) = padLists(op), let resultShape = op.result(0).type.shape
  else { return false }
  let lowStatics = decomposeMixedIndices(low).statics
  let highStatics = decomposeMixedIndices(high).statics
  guard lowStatics.count == from.count, highStatics.count == from.count else { return false }
  let newType = op.context.tensorType(inferPadShape(from, lowStatics, highStatics, resultShape), element)
  let state = padState(op, source: cast.operand(0), low: low, high: high, resultType: newType)
  if newType == op.result(0).type {
    rewriter.modifyOpInPlace(op) { op.setOperand(0, cast.operand(0)) }
    return true
  }
  rebuildWithRegion(op, state, rewriter)
  return true
}

private func padStatic(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, op.numOperands >= 1, let inputDims = op.operand(0).type.shape,
    let outputDims = op.result(0).type.shape, let element = op.result(0).type.elementType,
    var (low, high) = padLists(op), low.count == inputDims.count, high.count == inputDims.count,
    outputDims.count == inputDims.count
  else { return false }
  for i in low.indices {
    if case .value(let v) = low[i], let c = shapedConstantIndex(of: v) { low[i] = .constant(c) }
    if case .value(let v) = high[i], let c = shapedConstantIndex(of: v) { high[i] = .constant(c) }
  }
  let l = decomposeMixedIndices(low).statics
  let h = decomposeMixedIndices(high).statics
  var newDims: [Int64] = []
  for i in inputDims.indices {
    if outputDims[i] == kDynamic {
      let dynamic = l[i] == kDynamic || h[i] == kDynamic || inputDims[i] == kDynamic
      newDims.append(dynamic ? kDynamic : inputDims[i] &+ l[i] &+ h[i])
    } else {
      newDims.append(outputDims[i])
    }
  }
  if newDims == outputDims || newDims.allSatisfy({ $0 == kDynamic }) { return false }
  let state = padState(op, source: op.operand(0), low: low, high: high,
    resultType: op.context.tensorType(newDims, element))
  rebuildWithRegion(op, state, rewriter)
  return true
}

// MARK: Collapse of expand, expand of collapse

/// ComposeCollapseOfExpandOp / ComposeExpandOfCollapseOp for static shapes:
/// a collapse_shape of an expand_shape (or the reverse) becomes one reshape
/// of the original source when the groups line up. Dynamic shapes are left
/// alone.
/// Registered for `tensor` and `memref` (identity layouts only).
func installReshapeCompositionPatterns(_ context: MLIRContext, dialect: String) {
  context.registeredOperation(dialect + ".collapse_shape")?.info?.canonicalizationPatterns += [
    ClosurePattern(dialect + ".collapse_shape", name: "ComposeCollapseOfExpandOp") { op, rewriter in
      collapseOfExpand(op, rewriter, dialect: dialect)
    }
  ]
  context.registeredOperation(dialect + ".expand_shape")?.info?.canonicalizationPatterns += [
    ClosurePattern(dialect + ".expand_shape", name: "ComposeExpandOfCollapseOp") { op, rewriter in
      expandOfCollapse(op, rewriter, dialect: dialect)
    }
  ]
}

/// A reshape of `source` to `resultType` with `groups`: a collapse when the
/// rank shrinks, an expand (static output shape) when it grows.
private func reshapeState(_ op: Operation, source: Value, resultType: Type, groups: [[Int64]], dialect: String) -> OperationState? {
  guard let from = source.type.shape, let to = resultType.shape, from.count != to.count else { return nil }
  let expand = to.count > from.count
  var state = OperationState(
    context: op.context, name: dialect + (expand ? ".expand_shape" : ".collapse_shape"), location: op.location)
  state.operands = [source]
  state.resultTypes = [resultType]
  state.addAttribute("reassociation", reassociationAttr(op.context, groups))
  if expand { state.addAttribute("static_output_shape", denseI64ArrayAttr(op.context, to)) }
  return state
}

private func collapseOfExpand(_ op: Operation, _ rewriter: PatternRewriter, dialect: String) -> Bool {
  guard op.numOperands == 1, op.numResults == 1, let expand = op.operand(0).definingOp,
    expand.name.name == dialect + ".expand_shape", expand.numOperands >= 1,
    reshapeLayoutsAllowComposition([expand.operand(0).type, op.operand(0).type, op.result(0).type]),
    let srcShape = expand.operand(0).type.shape, let resultShape = op.result(0).type.shape,
    expand.operand(0).type.hasStaticShape, op.result(0).type.hasStaticShape,
    expand.operand(0).type != op.result(0).type,
    let expandGroups = reassociationGroups(expand.attr("reassociation")),
    let collapseGroups = reassociationGroups(op.attr("reassociation"))
  else { return false }
  let (higher, lower) = srcShape.count > resultShape.count ? (expandGroups, collapseGroups) : (collapseGroups, expandGroups)
  var k = 0
  var composed: [[Int64]] = []
  for l in lower {
    guard let last = l.last else { return false }
    var group: [Int64] = []
    while k < higher.count {
      guard let right = higher[k].last else { return false }
      if right > last { return false }
      group.append(Int64(k))
      k += 1
      if right == last { break }
    }
    composed.append(group)
  }
  if srcShape.count == resultShape.count {
    var cast = OperationState(context: op.context, name: dialect + ".cast", location: op.location)
    cast.operands = [expand.operand(0)]
    cast.resultTypes = op.resultTypes
    _ = rewriter.replaceOp(op, withNew: cast)
    return true
  }
  guard let state = reshapeState(op, source: expand.operand(0), resultType: op.result(0).type, groups: composed, dialect: dialect)
  else { return false }
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

/// getReassociationIndicesForCollapse for static shapes: consecutive
/// source dims whose product is each target dim, trailing 1s joining the
/// last group.
private func groupsForCollapse(_ source: [Int64], _ target: [Int64]) -> [[Int64]]? {
  guard source.count > target.count else { return nil }
  var groups: [[Int64]] = []
  var current: [Int64] = []
  var product: Int64 = 1
  var s = 0
  while s < source.count && groups.count < target.count {
    let t = target[groups.count]
    while s < source.count - 1 && product &* source[s] < t {
      product = product &* source[s]
      current.append(Int64(s))
      s += 1
    }
    if product &* source[s] != t { return nil }
    current.append(Int64(s))
    s += 1
    groups.append(current)
    current = []
    product = 1
  }
  guard groups.count == target.count else { return nil }
  while s < source.count {
    if source[s] != 1 { return nil }
    if !groups.isEmpty { groups[groups.count - 1].append(Int64(s)) }
    s += 1
  }
  return groups
}

/// findCollapsingReassociation of ComposeExpandOfCollapseOp.
private func collapsingGroups(_ srcGroups: [[Int64]], _ resultGroups: [[Int64]], _ src: [Int64], _ result: [Int64]) -> [[Int64]]? {
  if srcGroups.isEmpty { return groupsForCollapse(src, result) }
  guard srcGroups.count == resultGroups.count else { return nil }
  var composed: [[Int64]] = []
  for (sg, rg) in zip(srcGroups, resultGroups) {
    guard let s0 = sg.first, let r0 = rg.first, Int(s0) + sg.count <= src.count, Int(r0) + rg.count <= result.count
    else { return nil }
    let srcSub = Array(src[Int(s0)..<Int(s0) + sg.count])
    let resultSub = Array(result[Int(r0)..<Int(r0) + rg.count])
    if srcSub.count == resultSub.count {
      if srcSub != resultSub { return nil }
      for i in 0..<srcSub.count { composed.append([s0 + Int64(i)]) }
      continue
    }
    guard let sub = groupsForCollapse(srcSub, resultSub) else { return nil }
    for g in sub { composed.append(g.map { s0 + $0 }) }
  }
  return composed
}

private func expandOfCollapse(_ op: Operation, _ rewriter: PatternRewriter, dialect: String) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1, let collapse = op.operand(0).definingOp,
    collapse.name.name == dialect + ".collapse_shape", collapse.numOperands == 1,
    reshapeLayoutsAllowComposition([collapse.operand(0).type, op.operand(0).type, op.result(0).type]),
    let srcShape = collapse.operand(0).type.shape, let resultShape = op.result(0).type.shape,
    collapse.operand(0).type.hasStaticShape, op.result(0).type.hasStaticShape,
    srcShape.count != resultShape.count,
    let srcGroups = reassociationGroups(collapse.attr("reassociation")),
    let resultGroups = reassociationGroups(op.attr("reassociation"))
  else { return false }
  let composed = srcShape.count > resultShape.count
    ? collapsingGroups(srcGroups, resultGroups, srcShape, resultShape)
    : collapsingGroups(resultGroups, srcGroups, resultShape, srcShape)
  guard let composed,
    let state = reshapeState(op, source: collapse.operand(0), resultType: op.result(0).type, groups: composed, dialect: dialect)
  else { return false }
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}
