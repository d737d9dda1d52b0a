// Folders and canonicalization patterns of linalg ops (LinalgOps.cpp) that
// need no other dialect: identity transposes fold to their input, transposes
// and broadcasts of transposes and broadcasts combine, a copy onto itself
// goes away, and a generic (or broadcast) that only forwards its inputs is
// replaced by them.

import TorchIRCore

func installLinalgCanonicalization(_ context: MLIRContext) {
  // Structured ops, softmax, pack and unpack read and write memory only
  // through memref operands (getGenericEffectsImpl; their bodies do not
  // count), so on tensors they are free of effects. The Winograd transforms
  // declare no effects interface, so they are never dead.
  for name in context.registeredOperationNames where isStructuredOpName(name) || name == "linalg.softmax"
    || name == "linalg.pack" || name == "linalg.unpack"
  {
    context.registeredOperation(name)?.info?.isMemoryEffectFree = { op in
      op.operands.allSatisfy { if case .memref = $0.value.type.kind { return false } else { return true } }
    }
  }
  context.registeredOperation("linalg.transpose")?.info?.fold = foldTranspose
  context.registeredOperation("linalg.transpose")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.transpose", name: "FoldTransposeWithTranspose", foldTransposeWithTranspose)
  ]
  context.registeredOperation("linalg.broadcast")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.broadcast", name: "EraseIdentityLinalgOp", eraseIdentityLinalgOp),
    ClosurePattern("linalg.broadcast", name: "FoldBroadcasts", foldBroadcasts),
  ]
  context.registeredOperation("linalg.copy")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.copy", name: "EraseSelfCopy", eraseSelfCopy)
  ]
  context.registeredOperation("linalg.fill")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.copy", name: "FoldFillWithCopy", foldFillWithCopy)
  ]
  context.registeredOperation("linalg.pack")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.pack", name: "DropUnneededPaddingValue", dropUnneededPaddingValue)
  ]
  context.registeredOperation("linalg.generic")?.info?.canonicalizationPatterns = [
    ClosurePattern("linalg.generic", name: "EraseIdentityLinalgOp", eraseIdentityLinalgOp)
  ]
}

private func isTensor(_ t: Type) -> Bool { t.isTensor }

/// A transpose of a tensor by the identity (or empty) permutation is its input.
private func foldTranspose(_ op: Operation, _ constants: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 2, op.numResults == 1, isTensor(op.operand(0).type),
    let perm = linalgDenseArrayValues(op.attr("permutation"), width: 64),
    perm.enumerated().allSatisfy({ Int64($0.offset) == $0.element }),
    op.operand(0).type == op.result(0).type
  else { return nil }
  return [.value(op.operand(0))]
}

/// transpose(transpose(x, p1), p2) -> transpose(x, p1[p2[i]]).
private func foldTransposeWithTranspose(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 2, let def = op.operand(0).definingOp, def.name.name == "linalg.transpose",
    def.numOperands == 2,
    let inner = linalgDenseArrayValues(def.attr("permutation"), width: 64),
    let outer = linalgDenseArrayValues(op.attr("permutation"), width: 64),
    outer.allSatisfy({ $0 >= 0 && Int($0) < inner.count })
  else { return false }
  let folded = outer.map { inner[Int($0)] }
  rewriter.replaceOp(op, withNew: unaryStructuredState(
    op, name: "linalg.transpose", input: def.operand(0), attribute: ("permutation", folded)))
  return true
}

/// broadcast(broadcast(x, d1), d2) -> broadcast(x, d2 + d1 mapped to the outer dims).
private func foldBroadcasts(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 2, let def = op.operand(0).definingOp, def.name.name == "linalg.broadcast",
    def.numOperands == 2,
    let defDims = linalgDenseArrayValues(def.attr("dimensions"), width: 64),
    let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64),
    let initRank = op.operand(1).type.shape?.count
  else { return false }
  let dimMap = (0..<initRank).filter { !dims.contains(Int64($0)) }
  guard defDims.allSatisfy({ $0 >= 0 && Int($0) < dimMap.count }) else { return false }
  let folded = (dims + defDims.map { Int64(dimMap[Int($0)]) }).sorted()
  rewriter.replaceOp(op, withNew: unaryStructuredState(
    op, name: "linalg.broadcast", input: def.operand(0), attribute: ("dimensions", folded)))
  return true
}

/// A transpose or broadcast of `input` into `op`'s init, with its body.
private func unaryStructuredState(
  _ op: Operation, name: String, input: Value, attribute: (String, [Int64])
) -> OperationState {
  let ctx = op.context
  var state = OperationState(context: ctx, name: name, location: op.location)
  state.operands = [input, op.operand(1)]
  state.resultTypes = op.resultTypes
  state.addAttribute(attribute.0, linalgDenseI64Array(ctx, attribute.1))
  // Located as TransposeOp/BroadcastOp::build place them.
  let block = Block()
  block.addArgument(elementTypeOrSelf(input.type), input.location)
  block.addArgument(elementTypeOrSelf(op.operand(1).type), op.operand(1).location)
  state.addRegion().append(block)
  var yield = OperationState(context: ctx, name: "linalg.yield", location: op.location)
  yield.operands = [block.arguments[0]]
  block.append(Operation(yield))
  return state
}

/// linalg.copy from a value to itself: the input on tensors, nothing on buffers.
private func eraseSelfCopy(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let io = segmentedInputsAndOutputs(op), io.inputs.count == io.outputs.count,
    zip(io.inputs, io.outputs).allSatisfy({ $0 === $1 })
  else { return false }
  if op.numResults == 0 {
    rewriter.eraseOp(op)
    return true
  }
  guard op.numResults == io.inputs.count, zip(io.inputs, op.results).allSatisfy({ $0.type == $1.type }) else {
    return false
  }
  rewriter.replaceOp(op, with: io.inputs)
  return true
}

/// An op whose maps are all equal and whose body only yields input elements:
/// on tensors its results are those inputs; on buffers copying a buffer onto
/// itself, nothing. (MLIR inserts a tensor.cast when types differ; this
/// pattern then leaves the op alone.)
private func eraseIdentityLinalgOp(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let d = structuredOpDescription(op), let body = d.body, let first = d.indexingMaps.first,
    d.indexingMaps.allSatisfy({ $0 == first }), body.operations.count == 1,
    let yield = body.terminator, yield.name.name == "linalg.yield"
  else { return false }
  let operands = d.inputs + d.outputs
  let buffers = operands.allSatisfy { if case .memref = $0.type.kind { return true } else { return false } }
  if buffers {
    guard d.inputs.count == 1, d.outputs.count == 1, d.inputs[0] === d.outputs[0], op.numResults == 0,
      yield.numOperands == 1, yield.operand(0) === body.arguments[0]
    else { return false }
    rewriter.eraseOp(op)
    return true
  }
  guard operands.allSatisfy({ isTensor($0.type) }), yield.numOperands == op.numResults else { return false }
  var replacements: [Value] = []
  for (i, v) in yield.operandValues.enumerated() {
    guard let index = body.arguments.firstIndex(where: { $0 === v }), index < d.inputs.count else { return false }
    let input = d.inputs[index]
    guard input.type == op.result(i).type else { return false }
    replacements.append(input)
  }
  rewriter.replaceOp(op, with: replacements)
  return true
}

/// FoldFillWithCopy (a FillOp pattern rooted at the copy): a copy of a fill
/// is a fill of the copy's output; a copy into a fill's result copies into
/// the fill's output instead.
private func foldFillWithCopy(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let io = segmentedInputsAndOutputs(op), io.inputs.count == 1, io.outputs.count == 1 else { return false }
  if let fill = io.inputs[0].definingOp, fill.name.name == "linalg.fill",
    let fillIO = segmentedInputsAndOutputs(fill), fillIO.inputs.count == 1
  {
    rewriter.setInsertionPoint(before: op)
    guard let new = try? buildNamedStructuredOp(
      rewriter.builder, name: "linalg.fill", inputs: fillIO.inputs, outputs: io.outputs, location: op.location)
    else { return false }
    rewriter.notifyOperationInserted(new)
    rewriter.replaceOp(op, with: Array(new.results))
    return true
  }
  if let fill = io.outputs[0].definingOp, fill.name.name == "linalg.fill",
    let fillIO = segmentedInputsAndOutputs(fill), fillIO.outputs.count == 1
  {
    rewriter.setInsertionPoint(before: op)
    // As MLIR, the new copy is built without the old one's attributes.
    guard let new = try? buildNamedStructuredOp(
      rewriter.builder, name: "linalg.copy", inputs: io.inputs, outputs: fillIO.outputs, location: op.location)
    else { return false }
    rewriter.notifyOperationInserted(new)
    rewriter.replaceOp(op, with: Array(new.results))
    return true
  }
  return false
}

/// PackOp::canonicalize: a padding value no tile needs is dropped (static
/// source, static tiles dividing their dimensions, outer sizes exact).
private func dropUnneededPaddingValue(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard let o = relayoutOperands(op, isPack: true), o.paddingValue != nil,
    let source = o.source.type.shape, let dest = o.dest.type.shape,
    let innerDimsPos = linalgDenseArrayValues(op.attr("inner_dims_pos"), width: 64),
    let tiles = linalgDenseArrayValues(op.attr("static_inner_tiles"), width: 64),
    !source.contains(dynamicSize), innerDimsPos.count == tiles.count
  else { return false }
  for (d, t) in zip(innerDimsPos, tiles) {
    guard d >= 0, Int(d) < source.count, t > 0, t != dynamicSize, source[Int(d)] % t == 0 else { return false }
  }
  let perm = linalgDenseArrayValues(op.attr("outer_dims_perm"), width: 64) ?? []
  let expected = packedShapeOf(source, tiles: tiles, innerDimsPos: innerDimsPos, outerDimsPerm: perm)
  guard expected.count == dest.count, zip(expected, dest).allSatisfy({ $0 == $1 || $1 == dynamicSize }) else {
    return false
  }
  rewriter.modifyOpInPlace(op) {
    var operands = op.operandValues
    operands.remove(at: 2)
    op.setOperands(operands)
    op.setAttr("operandSegmentSizes", linalgDenseI32Array(op.context, [1, 1, 0, o.dynamicTiles.count]))
  }
  return true
}
