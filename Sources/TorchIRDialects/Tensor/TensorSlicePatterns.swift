// Canonicalizations of tensor.extract_slice / insert_slice / extract
// (TensorOps.cpp): constant index operands become static entries
// (SliceCanonicalizer, InsertSliceOpConstantArgumentFolder), and casts that
// only erase static information fold into the slice ops and extract
// (ExtractSliceOpCastFolder, InsertSliceOpCastFolder, ExtractFromTensorCast).

import TorchIRCore

func installTensorSlicePatterns(_ context: MLIRContext) {
  func add(_ op: String, _ patterns: [ClosurePattern]) {
    context.registeredOperation(op)?.info?.canonicalizationPatterns += patterns
  }
  add("tensor.extract_slice", [
    ClosurePattern("tensor.extract_slice", name: "SliceCanonicalizer", foldExtractSliceConstants),
    ClosurePattern("tensor.extract_slice", name: "ExtractSliceOpCastFolder", foldCastIntoExtractSlice),
  ])
  add("tensor.insert_slice", [
    ClosurePattern("tensor.insert_slice", name: "InsertSliceOpConstantArgumentFolder", foldInsertSliceConstants),
    ClosurePattern("tensor.insert_slice", name: "InsertSliceOpCastFolder", foldCastsIntoInsertSlice),
  ])
  add("tensor.extract", [ClosurePattern("tensor.extract", name: "ExtractFromTensorCast", foldCastIntoExtract)])
}

/// The offsets, sizes and strides of a slice op as mixed lists.
private func mixedLists(_ op: Operation, leading: Int) -> [[MixedIndex]]? {
  guard let lists = sliceLists(op, leading: leading),
    let o = denseI64ArrayValues(op.attr("static_offsets")).flatMap({ mixedIndices($0, lists.offsets) }),
    let s = denseI64ArrayValues(op.attr("static_sizes")).flatMap({ mixedIndices($0, lists.sizes) }),
    let st = denseI64ArrayValues(op.attr("static_strides")).flatMap({ mixedIndices($0, lists.strides) })
  else { return nil }
  return [o, s, st]
}

/// Replaces values defined by constants with their integers (MLIR's
/// foldDynamicIndexList); true when something changed.
private func foldConstants(_ list: inout [MixedIndex], onlyNonNegative: Bool) -> Bool {
  var changed = false
  for (i, m) in list.enumerated() {
    guard case .value(let v) = m, let c = shapedConstantIndex(of: v), c != kDynamic, !onlyNonNegative || c >= 0 else { continue }
    list[i] = .constant(c)
    changed = true
  }
  return changed
}

private func statics(_ list: [MixedIndex]) -> [Int64] { decomposeMixedIndices(list).statics }

/// ExtractSliceOp::inferCanonicalRankReducedResultType: the sizes, with
/// the first unit dims dropped until the rank is `rank`.
private func canonicalSliceType(_ source: Type, sizes: [Int64], rank: Int) -> Type? {
  guard case .rankedTensor(_, let element, let encoding) = source.kind else { return nil }
  var drop = sizes.count - rank
  if drop <= 0 { return source.context.tensorType(sizes, element, encoding: encoding) }
  var shape: [Int64] = []
  for s in sizes {
    if drop > 0 && s == 1 {
      drop -= 1
    } else {
      shape.append(s)
    }
  }
  return source.context.tensorType(shape, element)
}

/// Builds a slice-like op state with `operands` before the mixed lists.
private func sliceState(
  _ name: String, _ op: Operation, leading: [Value], _ lists: [[MixedIndex]], resultTypes: [Type]
) -> OperationState {
  var state = OperationState(context: op.context, name: name, location: op.location)
  let parts = lists.map(decomposeMixedIndices)
  state.operands = leading + parts.flatMap(\.values)
  state.resultTypes = resultTypes
  state.attributes = shapedOpAttributes(op).filter {
    !["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"].contains($0.name)
  }
  state.addAttribute("static_offsets", denseI64ArrayAttr(op.context, parts[0].statics))
  state.addAttribute("static_sizes", denseI64ArrayAttr(op.context, parts[1].statics))
  state.addAttribute("static_strides", denseI64ArrayAttr(op.context, parts[2].statics))
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(op.context, Array(repeating: 1, count: leading.count) + parts.map(\.values.count)))
  return state
}

/// Whether a static slice fits (verifySliceInBounds without a message).
private func inBounds(_ shape: [Int64], _ lists: [[MixedIndex]]) -> Bool {
  let (o, s, st) = (statics(lists[0]), statics(lists[1]), statics(lists[2]))
  for i in 0..<min(shape.count, o.count, s.count, st.count) {
    let (d, off, size, str) = (shape[i], o[i], s[i], st[i])
    if d == kDynamic || off == kDynamic { continue }
    if off >= d { return false }
    if size == kDynamic || str == kDynamic { continue }
    if off &+ (size &- 1) &* str >= d { return false }
  }
  return true
}

private func foldExtractSliceConstants(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, var lists = mixedLists(op, leading: 1) else { return false }
  let a = foldConstants(&lists[0], onlyNonNegative: true)
  let b = foldConstants(&lists[1], onlyNonNegative: true)
  let c = foldConstants(&lists[2], onlyNonNegative: false)
  guard a || b || c else { return false }
  let source = op.operand(0)
  guard let shape = source.type.shape, inBounds(shape, lists),
    let resultType = canonicalSliceType(source.type, sizes: statics(lists[1]), rank: op.result(0).type.shape?.count ?? 0)
  else { return false }
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(sliceState("tensor.extract_slice", op, leading: [source], lists, resultTypes: [resultType]))
  if resultType == op.result(0).type {
    rewriter.replaceOp(op, with: [newOp.result(0)])
  } else {
    var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
    cast.operands = [newOp.result(0)]
    cast.resultTypes = [op.result(0).type]
    _ = rewriter.replaceOp(op, withNew: cast)
  }
  return true
}

private func foldInsertSliceConstants(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, op.numOperands >= 2, var lists = mixedLists(op, leading: 2) else { return false }
  let a = foldConstants(&lists[0], onlyNonNegative: true)
  let b = foldConstants(&lists[1], onlyNonNegative: true)
  let c = foldConstants(&lists[2], onlyNonNegative: false)
  guard a || b || c else { return false }
  let (source, dest) = (op.operand(0), op.operand(1))
  guard let shape = dest.type.shape, inBounds(shape, lists),
    let sourceType = canonicalSliceType(dest.type, sizes: statics(lists[1]), rank: source.type.shape?.count ?? 0)
  else { return false }
  rewriter.setInsertionPoint(before: op)
  var toInsert: Value = source
  if sourceType != source.type {
    var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
    cast.operands = [source]
    cast.resultTypes = [sourceType]
    toInsert = rewriter.create(cast).result(0)
  }
  _ = rewriter.replaceOp(op, withNew: sliceState("tensor.insert_slice", op, leading: [toInsert, dest], lists, resultTypes: [dest.type]))
  return true
}

/// The source of a tensor.cast that only drops static information
/// (canFoldIntoConsumerOp: the source is at least as static).
private func foldableCastSource(_ v: Value) -> Value? {
  guard let def = v.definingOp, def.name.name == "tensor.cast", def.numOperands == 1,
    case .rankedTensor(let from, let e1, let enc1) = def.operand(0).type.kind,
    case .rankedTensor(let to, let e2, let enc2) = def.result(0).type.kind,
    e1 == e2, enc1 == enc2, from.count == to.count
  else { return nil }
  for (f, t) in zip(from, to) where t != kDynamic && f != t { return nil }
  return def.operand(0)
}

private func foldCastIntoExtractSlice(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, op.numResults == 1 else { return false }
  // Constant operands go first through SliceCanonicalizer.
  if op.operandValues.dropFirst().contains(where: { shapedConstantIndex(of: $0) != nil }) { return false }
  guard let source = foldableCastSource(op.operand(0)), let lists = mixedLists(op, leading: 1),
    let shape = source.type.shape, inBounds(shape, lists)
  else { return false }
  _ = rewriter.replaceOp(op, withNew: sliceState(
    "tensor.extract_slice", op, leading: [source], lists, resultTypes: [op.result(0).type]))
  return true
}

/// InsertSliceOpCastFolder: casts on the source or destination fold away;
/// sizes take the source's static sizes, and a cast restores the result type.
private func foldCastsIntoInsertSlice(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 2, op.numResults == 1, var lists = mixedLists(op, leading: 2) else { return false }
  let srcCast = foldableCastSource(op.operand(0))
  let dstCast = foldableCastSource(op.operand(1))
  guard srcCast != nil || dstCast != nil else { return false }
  let src = srcCast ?? op.operand(0)
  let dst = dstCast ?? op.operand(1)
  guard let srcShape = src.type.shape, let dstShape = dst.type.shape else { return false }
  let sizes = statics(lists[1])
  // Which sizes the source keeps (computeRankReductionMask, dynamic sizes
  // matching anything).
  var kept: [Int] = []
  var j = 0
  for (i, s) in sizes.enumerated() {
    if j < srcShape.count && (s == kDynamic || srcShape[j] == kDynamic || s == srcShape[j]) {
      kept.append(i)
      j += 1
    } else if s != 1 {
      return false
    }
  }
  guard j == srcShape.count else { return false }
  for (k, i) in kept.enumerated() where srcShape[k] != kDynamic { lists[1][i] = .constant(srcShape[k]) }
  // The new op must verify: the source is the rank-reduced slice type.
  let newSizes = statics(lists[1])
  if sliceRankReduction(original: newSizes, originalElement: dst.type.elementType, reduced: srcShape,
    reducedElement: src.type.elementType) != .success || !inBounds(dstShape, lists)
  {
    return false
  }
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(sliceState("tensor.insert_slice", op, leading: [src, dst], lists, resultTypes: [dst.type]))
  if dst.type == op.result(0).type {
    rewriter.replaceOp(op, with: [newOp.result(0)])
  } else {
    var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
    cast.operands = [newOp.result(0)]
    cast.resultTypes = [op.result(0).type]
    _ = rewriter.replaceOp(op, withNew: cast)
  }
  return true
}

private func foldCastIntoExtract(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 1, let def = op.operand(0).definingOp, def.name.name == "tensor.cast",
    def.numOperands == 1, case .rankedTensor = def.operand(0).type.kind
  else { return false }
  var state = OperationState(context: op.context, name: "tensor.extract", location: op.location)
  state.operands = [def.operand(0)] + Array(op.operandValues.dropFirst())
  state.resultTypes = op.resultTypes
  state.attributes = shapedOpAttributes(op)
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}
