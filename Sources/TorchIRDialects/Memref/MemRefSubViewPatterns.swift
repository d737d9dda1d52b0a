// Canonicalizations of memref.subview (MemRefOps.cpp): constant index
// operands become static entries with a more precise result type
// (SubViewOpConstantArgumentFolder), and a memref.cast that only erases
// static information folds into the subview (SubViewOpMemRefCastFolder);
// both cast the new subview back to the original result type.

import TorchIRCore

func installSubViewPatterns(_ context: MLIRContext) {
  context.registeredOperation("memref.subview")?.info?.canonicalizationPatterns += [
    ClosurePattern("memref.subview", name: "SubViewOpConstantArgumentFolder", foldSubViewConstants),
    ClosurePattern("memref.subview", name: "SubViewOpMemRefCastFolder", foldCastIntoSubView),
    ClosurePattern("memref.subview", name: "TrivialSubViewOpFolder", foldTrivialSubView),
  ]
}

/// SubViewOp::inferResultType: the sizes, with the offset and strides the
/// slice has in the source's strided layout.
private func inferSubViewType(_ source: Type, _ lists: [[Int64]]) -> Type? {
  guard case .memref(let shape, let element, _, let space) = source.kind,
    let (baseStrides, baseOffset) = memrefStridesAndOffset(source), baseStrides.count == shape.count,
    lists.allSatisfy({ $0.count == shape.count })
  else { return nil }
  func mul(_ a: Int64, _ b: Int64) -> Int64 {
    if a == kDynamic || b == kDynamic { return kDynamic }
    let (p, o) = a.multipliedReportingOverflow(by: b)
    return o ? kDynamic : p
  }
  func add(_ a: Int64, _ b: Int64) -> Int64 {
    if a == kDynamic || b == kDynamic { return kDynamic }
    let (s, o) = a.addingReportingOverflow(b)
    return o ? kDynamic : s
  }
  var offset = baseOffset
  var strides: [Int64] = []
  for i in shape.indices {
    offset = add(offset, mul(lists[0][i], baseStrides[i]))
    strides.append(mul(lists[2][i], baseStrides[i]))
  }
  let ctx = source.context
  return ctx.type(.memref(shape: lists[1], element: element,
    layout: ctx.attribute(.stridedLayout(offset: offset, strides: strides)), memorySpace: space))
}

/// The dims of `sizes` a rank-reducing subview with result `shape` drops:
/// static unit sizes the result does not keep, matched back to front
/// (getDroppedDims).
private func droppedDims(sizes: [Int64], resultShape: [Int64]) -> Set<Int>? {
  var dropped = Set<Int>()
  var pos = resultShape.count - 1
  for i in stride(from: sizes.count - 1, through: 0, by: -1) {
    let unit = sizes[i] == 1
    if pos < 0 {
      guard unit else { return nil }
      dropped.insert(i)
    } else if !unit || resultShape[pos] == 1 {
      pos -= 1
    } else {
      dropped.insert(i)
    }
  }
  return pos < 0 ? dropped : nil
}

/// The canonical result type: the inferred type without the dropped dims.
private func canonicalSubViewType(_ source: Type, _ lists: [[Int64]], dropped: Set<Int>) -> Type? {
  guard let full = inferSubViewType(source, lists) else { return nil }
  guard !dropped.isEmpty, case .memref(let shape, let element, let layout?, let space) = full.kind,
    case .stridedLayout(let offset, let strides) = layout.kind
  else { return full }
  var keptShape: [Int64] = []
  var keptStrides: [Int64] = []
  for i in shape.indices where !dropped.contains(i) {
    keptShape.append(shape[i])
    keptStrides.append(strides[i])
  }
  let ctx = source.context
  return ctx.type(.memref(shape: keptShape, element: element,
    layout: ctx.attribute(.stridedLayout(offset: offset, strides: keptStrides)), memorySpace: space))
}

/// Replaces `op` by a subview of `source` with `lists` and type `type`,
/// cast back to the old result type when it differs.
private func replaceSubView(_ op: Operation, source: Value, _ lists: [[MixedIndex]], type: Type, _ rewriter: PatternRewriter) {
  var state = OperationState(context: op.context, name: "memref.subview", location: op.location)
  let parts = lists.map(decomposeMixedIndices)
  state.operands = [source] + parts.flatMap(\.values)
  state.resultTypes = [type]
  state.attributes = shapedOpAttributes(op).filter {
    !["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"].contains($0.name)
  }
  state.addAttribute("static_offsets", denseI64ArrayAttr(op.context, parts[0].statics))
  state.addAttribute("static_sizes", denseI64ArrayAttr(op.context, parts[1].statics))
  state.addAttribute("static_strides", denseI64ArrayAttr(op.context, parts[2].statics))
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(op.context, [1] + parts.map(\.values.count)))
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  if type == op.result(0).type {
    rewriter.replaceOp(op, with: [newOp.result(0)])
    return
  }
  var cast = OperationState(context: op.context, name: "memref.cast", location: op.location)
  cast.operands = [newOp.result(0)]
  cast.resultTypes = [op.result(0).type]
  _ = rewriter.replaceOp(op, withNew: cast)
}

private func foldSubViewConstants(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, var lists = subviewMixed(op), let resultShape = op.result(0).type.shape,
    let oldSizes = denseI64ArrayValues(op.attr("static_sizes")),
    let dropped = droppedDims(sizes: oldSizes, resultShape: resultShape)
  else { return false }
  var changed = false
  for k in 0..<3 {
    for (i, m) in lists[k].enumerated() {
      guard case .value(let v) = m, let c = shapedConstantIndex(of: v), c != kDynamic, k == 2 || c >= 0 else { continue }
      lists[k][i] = .constant(c)
      changed = true
    }
  }
  guard changed else { return false }
  let statics = lists.map { decomposeMixedIndices($0).statics }
  let source = op.operand(0)
  guard let shape = source.type.shape, sliceFits(shape, statics),
    let type = canonicalSubViewType(source.type, statics, dropped: dropped)
  else { return false }
  replaceSubView(op, source: source, lists, type: type, rewriter)
  return true
}

private func foldCastIntoSubView(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1 else { return false }
  if op.operandValues.dropFirst().contains(where: { shapedConstantIndex(of: $0) != nil }) { return false }
  guard let cast = op.operand(0).definingOp, cast.name.name == "memref.cast", castFoldsIntoConsumer(cast),
    let lists = subviewMixed(op), let resultShape = op.result(0).type.shape,
    let oldSizes = denseI64ArrayValues(op.attr("static_sizes")),
    let dropped = droppedDims(sizes: oldSizes, resultShape: resultShape)
  else { return false }
  let source = cast.operand(0)
  let statics = lists.map { decomposeMixedIndices($0).statics }
  guard let type = canonicalSubViewType(source.type, statics, dropped: dropped) else { return false }
  replaceSubView(op, source: source, lists, type: type, rewriter)
  return true
}

/// verifySliceInBounds without a message.
private func sliceFits(_ shape: [Int64], _ lists: [[Int64]]) -> Bool {
  for i in 0..<min(shape.count, lists[0].count, lists[1].count, lists[2].count) {
    let (d, o, s, st) = (shape[i], lists[0][i], lists[1][i], lists[2][i])
    if d == kDynamic || o == kDynamic { continue }
    if o >= d { return false }
    if s == kDynamic || st == kDynamic { continue }
    if o &+ (s &- 1) &* st >= d { return false }
  }
  return true
}

/// A subview of the whole source (zero offsets, unit strides, the source's
/// static sizes, all possibly given by constants) is its source, or a cast
/// of it when the types differ (TrivialSubViewOpFolder).
private func foldTrivialSubView(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, let lists = subviewMixed(op), let shape = op.operand(0).type.shape,
    op.result(0).type.shape?.count == shape.count, lists[1].count == shape.count
  else { return false }
  func value(_ m: MixedIndex) -> Int64? {
    switch m {
    case .constant(let c): return c
    case .value(let v): return shapedConstantIndex(of: v)
    }
  }
  guard lists[0].allSatisfy({ value($0) == 0 }), lists[2].allSatisfy({ value($0) == 1 }),
    zip(lists[1], shape).allSatisfy({ value($0.0) == $0.1 && $0.1 != kDynamic })
  else { return false }
  if op.operand(0).type == op.result(0).type {
    rewriter.replaceOp(op, with: [op.operand(0)])
    return true
  }
  var cast = OperationState(context: op.context, name: "memref.cast", location: op.location)
  cast.operands = [op.operand(0)]
  cast.resultTypes = [op.result(0).type]
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}
