// Folders and canonicalizations around memref metadata (MemRefOps.cpp):
// extract_strided_metadata of static layouts gives constants,
// reinterpret_cast folds through casts and identity reinterpretations and
// takes constant operands as static entries, and collapse_shape folds a
// cast of its source (identity layouts).

import TorchIRCore

func installMemRefMetadataPatterns(_ context: MLIRContext) {
  func add(_ op: String, _ patterns: [ClosurePattern]) {
    context.registeredOperation(op)?.info?.canonicalizationPatterns += patterns
  }
  add("memref.extract_strided_metadata", [
    ClosurePattern("memref.extract_strided_metadata", name: "ExtractStridedMetadataOpFold", staticMetadata)
  ])
  add("memref.reinterpret_cast", [
    ClosurePattern("memref.reinterpret_cast", name: "ReinterpretCastOpConstantArgumentFolder", reinterpretCastConstants)
  ])
  add("memref.collapse_shape", [
    ClosurePattern("memref.collapse_shape", name: "CollapseShapeOpMemRefCastFolder", collapseOfCast)
  ])
}

/// ReinterpretCastOp::fold: the source through reinterpret_cast, cast and
/// zero-offset subview producers (in place), or the source itself when the
/// type is unchanged, static and at offset 0.
func foldReinterpretCast(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands >= 1, op.numResults == 1 else { return nil }
  let src = op.operand(0)
  if let prev = src.definingOp, prev.numOperands >= 1 {
    var through: Value?
    switch prev.name.name {
    case "memref.reinterpret_cast", "memref.cast": through = prev.operand(0)
    case "memref.subview":
      if let lists = subviewMixed(prev), lists[0].allSatisfy({ $0 == .constant(0) }) { through = prev.operand(0) }
    default: break
    }
    if let through {
      op.setOperand(0, through)
      return []
    }
  }
  let result = op.result(0).type
  if result.hasStaticShape, src.type == result, denseI64ArrayValues(op.attr("static_offsets"))?.first == 0 {
    return [.value(src)]
  }
  return nil
}

/// Static offset, sizes and strides of an extract_strided_metadata source
/// replace the uses of those results by index constants.
private func staticMetadata(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, let shape = op.operand(0).type.shape, op.numResults == 2 + 2 * shape.count,
    let (strides, offset) = memrefStridesAndOffset(op.operand(0).type), strides.count == shape.count
  else { return false }
  let values = [offset] + shape + strides
  var changed = false
  rewriter.setInsertionPoint(before: op)
  for (k, v) in values.enumerated() where v != kDynamic && !op.result(k + 1).useEmpty {
    var c = OperationState(context: op.context, name: "arith.constant", location: op.location)
    c.resultTypes = [op.context.indexType]
    c.addAttribute("value", op.context.integerAttr(v, op.context.indexType))
    let constant = rewriter.create(c)
    rewriter.replaceAllUsesWith(op.result(k + 1), constant.result(0))
    changed = true
  }
  return changed
}

private func reinterpretCastConstants(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, var lists = subviewMixed(op),
    case .memref(_, let element, _, let space) = op.result(0).type.kind
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
  let parts = lists.map(decomposeMixedIndices)
  guard let offset = parts[0].statics.first else { return false }
  let ctx = op.context
  let type = ctx.type(.memref(shape: parts[1].statics, element: element,
    layout: ctx.attribute(.stridedLayout(offset: offset, strides: parts[2].statics)), memorySpace: space))
  var state = OperationState(context: ctx, name: "memref.reinterpret_cast", location: op.location)
  state.operands = [op.operand(0)] + parts.flatMap(\.values)
  state.resultTypes = [type]
  state.attributes = shapedOpAttributes(op).filter {
    !["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"].contains($0.name)
  }
  state.addAttribute("static_offsets", denseI64ArrayAttr(ctx, parts[0].statics))
  state.addAttribute("static_sizes", denseI64ArrayAttr(ctx, parts[1].statics))
  state.addAttribute("static_strides", denseI64ArrayAttr(ctx, parts[2].statics))
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(ctx, [1] + parts.map(\.values.count)))
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  if type == op.result(0).type {
    rewriter.replaceOp(op, with: [newOp.result(0)])
  } else {
    var cast = OperationState(context: ctx, name: "memref.cast", location: op.location)
    cast.operands = [newOp.result(0)]
    cast.resultTypes = op.resultTypes
    _ = rewriter.replaceOp(op, withNew: cast)
  }
  return true
}

/// collapse_shape of a foldable memref.cast collapses the cast's source
/// (identity layouts: the collapsed type is the products of the groups).
private func collapseOfCast(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, op.numResults == 1, let cast = op.operand(0).definingOp,
    cast.name.name == "memref.cast", castFoldsIntoConsumer(cast),
    case .memref(let shape, let element, nil, let space) = cast.operand(0).type.kind,
    let groups = reassociationGroups(op.attr("reassociation"))
  else { return false }
  var collapsed: [Int64] = []
  for g in groups {
    var size: Int64 = 1
    for d in g {
      guard d >= 0, Int(d) < shape.count else { return false }
      if shape[Int(d)] == kDynamic || size == kDynamic {
        size = kDynamic
      } else {
        size = size &* shape[Int(d)]
      }
    }
    collapsed.append(size)
  }
  let type = op.context.type(.memref(shape: collapsed, element: element, layout: nil, memorySpace: space))
  if type == op.result(0).type {
    rewriter.modifyOpInPlace(op) { op.setOperand(0, cast.operand(0)) }
    return true
  }
  var state = OperationState(context: op.context, name: "memref.collapse_shape", location: op.location)
  state.operands = [cast.operand(0)]
  state.resultTypes = [type]
  state.attributes = shapedOpAttributes(op)
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  var back = OperationState(context: op.context, name: "memref.cast", location: op.location)
  back.operands = [newOp.result(0)]
  back.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: back)
  return true
}
