// Canonicalizations that move static information through tensor.cast
// (TensorOps.cpp): a cast to a more static type folds into the
// extract_slice or tensor.empty producing its source (TensorCastExtractSlice,
// FoldEmptyTensorWithCastOp), and tensor.concat refines its operand and
// result types from each other (InferConcatOperandTypes,
// InferConcatResultType) or becomes a cast when it has one input
// (SingleInputConcatOp).

import TorchIRCore

func installTensorCastPatterns(_ context: MLIRContext) {
  func add(_ op: String, _ patterns: [ClosurePattern]) {
    context.registeredOperation(op)?.info?.canonicalizationPatterns += patterns
  }
  add("tensor.cast", [
    ClosurePattern("tensor.cast", name: "TensorCastExtractSlice", castOfExtractSlice),
    ClosurePattern("tensor.cast", name: "FoldEmptyTensorWithCastOp", castOfEmpty),
  ])
  add("tensor.concat", [
    ClosurePattern("tensor.concat", name: "SingleInputConcatOp", singleInputConcat),
    ClosurePattern("tensor.concat", name: "InferConcatOperandTypes", inferConcatOperandTypes),
    ClosurePattern("tensor.concat", name: "InferConcatResultType", inferConcatResultType),
  ])
}

/// preservesStaticInformation: both ranked with the same element type,
/// rank and encoding, and every static size of `source` is in `target`.
func preservesStaticInformation(_ source: Type, _ target: Type) -> Bool {
  guard case .rankedTensor(let s, let se, let senc) = source.kind,
    case .rankedTensor(let t, let te, let tenc) = target.kind,
    se == te, s.count == t.count, senc == tenc
  else { return false }
  return !zip(s, t).contains { $0.0 != kDynamic && $0.0 != $0.1 }
}

private func castOfExtractSlice(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, let slice = op.operand(0).definingOp, slice.name.name == "tensor.extract_slice",
    case .rankedTensor(let resultShape, _, _) = op.result(0).type.kind,
    preservesStaticInformation(op.operand(0).type, op.result(0).type),
    resultShape != op.operand(0).type.shape,
    let lists = sliceLists(slice, leading: 1),
    var sizes = denseI64ArrayValues(slice.attr("static_sizes")).flatMap({ mixedIndices($0, lists.sizes) }),
    let offsets = denseI64ArrayValues(slice.attr("static_offsets")).flatMap({ mixedIndices($0, lists.offsets) }),
    let strides = denseI64ArrayValues(slice.attr("static_strides")).flatMap({ mixedIndices($0, lists.strides) }),
    let sliceShape = slice.result(0).type.shape
  else { return false }
  // The dims a rank reduction dropped (computeRankReductionMask on the
  // static sizes) keep their sizes; the others take the cast's static sizes.
  let staticSizes = decomposeMixedIndices(sizes).statics
  var dropped = Set<Int>()
  var j = 0
  for (i, s) in staticSizes.enumerated() {
    if j < sliceShape.count && s == sliceShape[j] {
      j += 1
    } else if s == 1 {
      dropped.insert(i)
    } else {
      // No mask: MLIR then treats every dim as kept.
      dropped = []
      break
    }
  }
  var k = 0
  for i in sizes.indices where !dropped.contains(i) {
    guard k < resultShape.count else { return false }
    if resultShape[k] != kDynamic { sizes[i] = .constant(resultShape[k]) }
    k += 1
  }
  var state = OperationState(context: op.context, name: "tensor.extract_slice", location: op.location)
  let parts = [offsets, sizes, strides].map(decomposeMixedIndices)
  state.operands = [slice.operand(0)] + parts.flatMap(\.values)
  state.resultTypes = op.resultTypes
  state.addAttribute("static_offsets", denseI64ArrayAttr(op.context, parts[0].statics))
  state.addAttribute("static_sizes", denseI64ArrayAttr(op.context, parts[1].statics))
  state.addAttribute("static_strides", denseI64ArrayAttr(op.context, parts[2].statics))
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(op.context, [1] + parts.map(\.values.count)))
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

private func castOfEmpty(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, let empty = op.operand(0).definingOp, empty.name.name == "tensor.empty",
    preservesStaticInformation(op.operand(0).type, op.result(0).type),
    case .rankedTensor(let resultShape, let element, _) = op.result(0).type.kind,
    let emptyShape = empty.result(0).type.shape, emptyShape.count == resultShape.count,
    dynamicCount(emptyShape) == empty.numOperands
  else { return false }
  var sizes: [Value] = []
  var k = 0
  for (d, r) in zip(emptyShape, resultShape) where d == kDynamic {
    if r == kDynamic { sizes.append(empty.operand(k)) }
    k += 1
  }
  // MLIR drops the encoding here too.
  var state = OperationState(context: op.context, name: "tensor.empty", location: op.location)
  state.operands = sizes
  state.resultTypes = [op.context.tensorType(resultShape, element)]
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

private func singleInputConcat(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, op.numResults == 1 else { return false }
  var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
  cast.operands = [op.operand(0)]
  cast.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}

/// ConcatOp::inferResultType: each non-concatenated size is the static one
/// of any input; the concatenated size is the sum (dynamic if any is).
private func inferConcatShape(_ op: Operation) -> (dim: Int, shape: [Int64], element: Type)? {
  guard op.numOperands > 0, case .integer(let v, _)? = op.attr("dim")?.kind,
    case .rankedTensor(let first, let element, _) = op.operand(0).type.kind
  else { return nil }
  let dim = Int(v.asInt64)
  guard dim >= 0, dim < first.count else { return nil }
  var shapes: [[Int64]] = []
  for o in op.operands {
    guard let s = o.value.type.shape, s.count == first.count else { return nil }
    shapes.append(s)
  }
  var sizes: [Int64] = []
  for i in first.indices {
    if i == dim {
      sizes.append(shapes.reduce(Int64(0)) { acc, s in acc == kDynamic || s[i] == kDynamic ? kDynamic : acc &+ s[i] })
    } else {
      sizes.append(shapes.first(where: { $0[i] != kDynamic })?[i] ?? kDynamic)
    }
  }
  return (dim, sizes, element)
}

private func inferConcatOperandTypes(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let (dim, inferred, element) = inferConcatShape(op) else { return false }
  var changed = false
  for i in 0..<op.numOperands {
    let type = op.operand(i).type
    guard let s = type.shape else { continue }
    var shape = inferred
    shape[dim] = s[dim]
    let refined = op.context.tensorType(shape, element)
    if !preservesStaticInformation(refined, type) {
      var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
      cast.operands = [op.operand(i)]
      cast.resultTypes = [refined]
      rewriter.setInsertionPoint(before: op)
      let c = rewriter.create(cast)
      rewriter.modifyOpInPlace(op) { op.setOperand(i, c.result(0)) }
      changed = true
    }
  }
  return changed
}

private func inferConcatResultType(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, let (_, inferred, element) = inferConcatShape(op) else { return false }
  let inferredType = op.context.tensorType(inferred, element)
  if preservesStaticInformation(inferredType, op.result(0).type) { return false }
  var state = OperationState(context: op.context, name: "tensor.concat", location: op.location)
  state.operands = op.operandValues
  state.resultTypes = [inferredType]
  state.attributes = shapedOpAttributes(op)
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
  cast.operands = [newOp.result(0)]
  cast.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}
