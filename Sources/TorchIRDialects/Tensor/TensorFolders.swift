// Folders and canonicalizations of the tensor ops (TensorOps.cpp): dim of
// static sizes, of tensor.generate/empty/extract_slice and through casts;
// chains of casts; extract from constants and from_elements; constant
// from_elements and splat; tensor.empty with constant sizes; identity
// slices, pads, concats and reshapes; rank of ranked tensors.

import TorchIRCore

// MARK: Dense elements

/// Element `k` of a dense elements attribute as a scalar attribute.
func shapedDenseElement(_ d: DenseElements, _ k: Int) -> Attribute? {
  let e = d.elementType
  let w = denseElementByteWidth(e)
  guard w > 0, w <= 8 else { return nil }
  let at = d.isSplat ? 0 : k * w
  guard at >= 0, at + w <= d.rawData.count else { return nil }
  var u: UInt64 = 0
  for i in 0..<w { u |= UInt64(d.rawData[at + i]) << (8 * UInt64(i)) }
  let ctx = e.context
  switch e.kind {
  case .integer(let bits, _): return ctx.integerAttr(APInt(width: bits, value: u & widthMask(bits)), e)
  case .index: return ctx.integerAttr(APInt(width: 64, value: u), e)
  case .float(let k): return ctx.attribute(.float(APInt(width: k.bitWidth, value: u), e))
  default: return nil
  }
}

/// The little-endian bytes of a scalar integer/index/float attribute of `type`.
private func scalarBytes(_ a: Attribute, _ type: Type) -> [UInt8]? {
  let w = denseElementByteWidth(type)
  guard w > 0, w <= 8, a.type == type else { return nil }
  let bits: UInt64
  switch a.kind {
  case .bool(let b): bits = b ? 1 : 0
  case .integer(let v, _), .float(let v, _): bits = v.asUInt64
  default: return nil
  }
  return (0..<w).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
}

/// A dense elements attribute of `type` holding `elements` (one per
/// element, or one for a splat).
func shapedDenseElements(_ type: Type, _ elements: [Attribute]) -> Attribute? {
  guard let e = type.elementType else { return nil }
  var raw: [UInt8] = []
  for a in elements {
    guard let b = scalarBytes(a, e) else { return nil }
    raw += b
  }
  return type.context.denseElementsAttr(type, rawData: raw)
}

/// The integer value of a constant index attribute.
func shapedConstantIndex(_ a: Attribute?) -> Int64? {
  guard let a, case .integer(let v, let t) = a.kind, t.isIndex || t.isSignlessInteger else { return nil }
  return v.asInt64
}

/// The constant index value `v` is defined to have (arith.constant).
func shapedConstantIndex(of v: Value) -> Int64? {
  guard let d = v.definingOp, d.hasTrait(.constantLike), d.numResults == 1 else { return nil }
  return shapedConstantIndex(d.attr("value"))
}

// MARK: Folders

func installTensorFolders(_ h: inout DialectHooks) {
  h.folders["tensor.dim"] = foldDim
  h.folders["tensor.rank"] = { op, _ in
    guard let s = op.operand(0).type.shape else { return nil }
    return [.attribute(op.context.integerAttr(Int64(s.count), op.context.indexType))]
  }
  h.folders["tensor.cast"] = { op, _ in
    // A cast to the same type is the source.
    op.operand(0).type == op.result(0).type ? [.value(op.operand(0))] : nil
  }
  h.folders["tensor.extract"] = foldExtract
  h.folders["tensor.from_elements"] = { op, operands in
    guard !operands.contains(where: { $0 == nil }), op.result(0).type.hasStaticShape,
      let a = shapedDenseElements(op.result(0).type, operands.compactMap { $0 })
    else { return nil }
    return [.attribute(a)]
  }
  h.folders["tensor.splat"] = { op, operands in
    guard op.numOperands == 1, let s = operands.first ?? nil, op.result(0).type.hasStaticShape,
      let a = shapedDenseElements(op.result(0).type, [s])
    else { return nil }
    return [.attribute(a)]
  }
  h.folders["tensor.extract_slice"] = { op, operands in
    if let splat = resizedSplat(operands.first ?? nil, op.result(0).type) { return [.attribute(splat)] }
    let (source, result) = (op.operand(0).type, op.result(0).type)
    if source == result, isIdentitySlice(op, leading: 1, shape: result.shape) { return [.value(op.operand(0))] }
    // foldExtractAfterInsertSlice: extracting the slice just inserted.
    if let insert = op.operand(0).definingOp, insert.name.name == "tensor.insert_slice", insert.numOperands >= 2,
      insert.operand(0).type == result, sameSlice(insert, leading: 2, op, leading: 1)
    {
      return [.value(insert.operand(0))]
    }
    return nil
  }
  h.folders["tensor.insert"] = { op, operands in
    // Inserting a splat's own value leaves it unchanged.
    guard operands.count >= 2, let scalar = operands[0], let dest = operands[1],
      case .denseElements(let d) = dest.kind, d.isSplat, shapedDenseElement(d, 0) == scalar
    else { return nil }
    return [.value(op.operand(1))]
  }
  h.folders["tensor.reshape"] = foldTensorReshape
  h.folders["tensor.gather"] = { op, operands in
    // Gathering from a splat constant gives the splat (GatherOp::fold).
    resizedSplat(operands.first ?? nil, op.result(0).type).map { [.attribute($0)] }
  }
  h.folders["tensor.bitcast"] = { op, _ in
    op.operand(0).type == op.result(0).type ? [.value(op.operand(0))] : nil
  }
  h.folders["tensor.insert_slice"] = { op, _ in
    let (source, dest) = (op.operand(0).type, op.operand(1).type)
    if source.hasStaticShape, source == dest, isIdentitySlice(op, leading: 2, shape: dest.shape) {
      return [.value(op.operand(0))]
    }
    // foldInsertAfterInsertSlice: a second insert of the same slice makes
    // the first one dead; insert into the first one's destination.
    if let prev = op.operand(1).definingOp, prev.name.name == "tensor.insert_slice", prev.numOperands >= 2,
      prev.operand(0).type == source, sameSlice(prev, leading: 2, op, leading: 2)
    {
      op.setOperand(1, prev.operand(1))
      return []
    }
    // foldInsertAfterExtractSlice: putting back the slice taken from dest.
    if let extract = op.operand(0).definingOp, extract.name.name == "tensor.extract_slice",
      extract.numOperands >= 1, extract.operand(0) === op.operand(1), sameSlice(extract, leading: 1, op, leading: 2)
    {
      return [.value(op.operand(1))]
    }
    // Inserting nothing (a zero size, static or constant) leaves dest.
    if let sizes = denseI64ArrayValues(op.attr("static_sizes")), let lists = sliceLists(op, leading: 2),
      sizes.contains(0) || lists.sizes.contains(where: { shapedConstantIndex(of: $0) == 0 })
    {
      return [.value(op.operand(1))]
    }
    return nil
  }
  h.folders["tensor.pad"] = { op, _ in
    let (source, result) = (op.operand(0).type, op.result(0).type)
    if result.hasStaticShape, result == source, op.attr("nofold") == nil { return [.value(op.operand(0))] }
    return nil
  }
  h.folders["tensor.concat"] = { op, _ in
    op.numOperands == 1 && op.operand(0).type == op.result(0).type ? [.value(op.operand(0))] : nil
  }
  h.folders["tensor.collapse_shape"] = { op, operands in foldReshape(op, operands, inverse: "tensor.expand_shape") }
  h.folders["tensor.expand_shape"] = { op, operands in foldReshape(op, operands, inverse: "tensor.collapse_shape") }
}

/// reshapeConstantSource: a splat constant takes any static shape.
private func resizedSplat(_ a: Attribute?, _ type: Type) -> Attribute? {
  guard let a, case .denseElements(let d) = a.kind, d.isSplat, type.hasStaticShape,
    type.elementType == d.elementType
  else { return nil }
  return type.context.attribute(.denseElements(DenseElements(type: type, isSplat: true, rawData: d.rawData)))
}

/// ReshapeOp::fold: splat constants, reshapes of reshapes (in place), and
/// no-op reshapes (same type, rank at most 1 or a shape of the source's own
/// sizes).
private func foldTensorReshape(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 2, op.numResults == 1 else { return nil }
  if let splat = resizedSplat(operands[0], op.result(0).type) { return [.attribute(splat)] }
  if let inner = op.operand(0).definingOp, inner.name.name == "tensor.reshape", inner.numOperands == 2 {
    op.setOperand(0, inner.operand(0))
    return []
  }
  let source = op.operand(0)
  guard case .rankedTensor(let shape, _, _) = source.type.kind, source.type == op.result(0).type else { return nil }
  if shape.count <= 1 { return [.value(source)] }
  guard let fe = op.operand(1).definingOp, fe.name.name == "tensor.from_elements", fe.numOperands == shape.count
  else { return nil }
  for (i, e) in fe.operandValues.enumerated() {
    if let c = shapedConstantIndex(of: e) {
      if c != shape[i] { return nil }
      continue
    }
    guard let dim = e.definingOp, dim.name.name == "tensor.dim", dim.numOperands == 2, dim.operand(0) === source,
      shapedConstantIndex(of: dim.operand(1)) == Int64(i)
    else { return nil }
  }
  return [.value(source)]
}

/// DimOp::fold: a static size, a tensor.generate extent, a dynamic size of
/// a non-rank-reducing extract_slice, or the dim of a cast's source.
private func foldDim(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 2, let index = shapedConstantIndex(operands[1]),
    let shape = op.operand(0).type.shape, index >= 0, index < Int64(shape.count)
  else { return nil }
  let i = Int(index)
  if shape[i] != kDynamic { return [.attribute(op.context.integerAttr(shape[i], op.context.indexType))] }
  let def = op.operand(0).definingOp
  if let def, def.name.name == "tensor.generate" {
    let k = shape[..<i].filter { $0 == kDynamic }.count
    if k < def.numOperands { return [.value(def.operand(k))] }
  }
  if let def, def.name.name == "tensor.extract_slice", def.numResults == 1,
    def.result(0).type.shape?.count == def.operand(0).type.shape?.count,
    let sizes = denseI64ArrayValues(def.attr("static_sizes")), i < sizes.count, sizes[i] == kDynamic,
    let lists = sliceLists(def, leading: 1)
  {
    let k = sizes[..<i].filter { $0 == kDynamic }.count
    if k < lists.sizes.count { return [.value(lists.sizes[k])] }
  }
  if let def, def.name.name == "tensor.cast", def.numOperands == 1, def.operand(0).type.isTensor {
    op.setOperand(0, def.operand(0))
    return []
  }
  return nil
}

/// ExtractOp::fold: from a splat or dense constant at constant indices, or
/// from tensor.from_elements at constant indices.
private func foldExtract(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands >= 1 else { return nil }
  if let c = operands[0], case .denseElements(let d) = c.kind, d.isSplat {
    return shapedDenseElement(d, 0).map { [.attribute($0)] }
  }
  var indices: [Int64] = []
  for a in operands.dropFirst() {
    guard let i = shapedConstantIndex(a) else { return nil }
    indices.append(i)
  }
  guard let shape = op.operand(0).type.shape, shape.count == indices.count,
    !shape.contains(kDynamic)
  else { return nil }
  var linear: Int64 = 0
  for (i, s) in zip(indices, shape) {
    guard i >= 0, i < s else { return nil }
    let (m, o1) = linear.multipliedReportingOverflow(by: s)
    let (sum, o2) = m.addingReportingOverflow(i)
    guard !o1, !o2 else { return nil }
    linear = sum
  }
  if let c = operands[0], case .denseElements(let d) = c.kind {
    return shapedDenseElement(d, Int(linear)).map { [.attribute($0)] }
  }
  if let c = operands[0], case .sparseElements(let type, let idx, let vals) = c.kind {
    return sparseElement(type, idx, vals, at: indices).map { [.attribute($0)] }
  }
  if let def = op.operand(0).definingOp, def.name.name == "tensor.from_elements", Int(linear) < def.numOperands {
    return [.value(def.operand(Int(linear)))]
  }
  return nil
}

/// Whether two slice ops take the same offsets, sizes and strides (the same
/// static entries and the same values; isSameAs).
private func sameSlice(_ a: Operation, leading la: Int, _ b: Operation, leading lb: Int) -> Bool {
  guard let x = sliceLists(a, leading: la), let y = sliceLists(b, leading: lb) else { return false }
  for name in ["static_offsets", "static_sizes", "static_strides"] where a.attr(name) != b.attr(name) {
    return false
  }
  func same(_ p: [Value], _ q: [Value]) -> Bool { p.count == q.count && zip(p, q).allSatisfy { $0 === $1 } }
  return same(x.offsets, y.offsets) && same(x.sizes, y.sizes) && same(x.strides, y.strides)
}

/// The element of a `sparse<indices, values>` constant at `index`: the
/// value listed for it, else zero.
private func sparseElement(_ type: Type, _ indices: Attribute, _ values: Attribute, at index: [Int64]) -> Attribute? {
  guard let element = type.elementType, case .denseElements(let idx) = indices.kind,
    case .denseElements(let vals) = values.kind, let idxShape = idx.type.shape
  else { return nil }
  let rank = index.count
  // Indices are an N x rank tensor (N x 1 or N for rank <= 1).
  let count = idxShape.first.map(Int.init) ?? 1
  let stride = idxShape.count > 1 ? Int(idxShape[1]) : 1
  guard stride == max(rank, 1) || rank == 0 else { return nil }
  for n in 0..<count {
    var match = true
    for k in 0..<rank {
      guard let a = shapedDenseElement(idx, n * stride + k), let v = shapedConstantIndex(a) else { return nil }
      if v != index[k] {
        match = false
        break
      }
    }
    if match { return shapedDenseElement(vals, n) }
  }
  let ctx = element.context
  switch element.kind {
  case .float(let k): return ctx.attribute(.float(APInt(width: k.bitWidth, value: 0), element))
  case .integer(let w, _): return ctx.integerAttr(APInt(width: w, value: 0), element)
  case .index: return ctx.integerAttr(0, element)
  default: return nil
  }
}

/// All offsets static 0, sizes the static `shape`, strides static 1
/// (foldIdentityOffsetSizeAndStrideOpInterface).
private func isIdentitySlice(_ op: Operation, leading: Int, shape: [Int64]?) -> Bool {
  guard let shape, let o = denseI64ArrayValues(op.attr("static_offsets")),
    let s = denseI64ArrayValues(op.attr("static_sizes")), let st = denseI64ArrayValues(op.attr("static_strides")),
    o.count == shape.count, s.count == shape.count, st.count == shape.count
  else { return false }
  return o.allSatisfy { $0 == 0 } && st.allSatisfy { $0 == 1 } && zip(s, shape).allSatisfy { $0 == $1 && $0 != kDynamic }
}

/// foldReshapeOp: identity reshapes, a reshape of its inverse back to the
/// original type, and reshapes of constants.
private func foldReshape(_ op: Operation, _ operands: [Attribute?], inverse: String) -> [OpFoldResult]? {
  guard op.numOperands >= 1, op.numResults == 1 else { return nil }
  let result = op.result(0).type
  if op.operand(0).type == result { return [.value(op.operand(0))] }
  if let def = op.operand(0).definingOp, def.name.name == inverse, def.numOperands >= 1,
    def.operand(0).type == result
  {
    return [.value(def.operand(0))]
  }
  if let c = operands[0], case .denseElements(let d) = c.kind, result.hasStaticShape {
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: result, isSplat: d.isSplat, rawData: d.rawData))))]
  }
  return nil
}

// MARK: Canonicalization patterns

func installTensorPatterns(_ context: MLIRContext) {
  func add(_ op: String, _ patterns: [ClosurePattern]) {
    context.registeredOperation(op)?.info?.canonicalizationPatterns += patterns
  }
  add("tensor.cast", [ClosurePattern("tensor.cast", name: "ChainedTensorCast", chainedCast)])
  add("tensor.bitcast", [
    ClosurePattern("tensor.bitcast", name: "ChainedTensorBitcast") { op, rewriter in
      guard op.numOperands == 1, let inner = op.operand(0).definingOp, inner.name.name == "tensor.bitcast",
        inner.numOperands == 1
      else { return false }
      var state = OperationState(context: op.context, name: "tensor.bitcast", location: op.location)
      state.operands = [inner.operand(0)]
      state.resultTypes = op.resultTypes
      _ = rewriter.replaceOp(op, withNew: state)
      return true
    }
  ])
  add("tensor.dim", [ClosurePattern("tensor.dim", name: "FoldEmptyTensorWithDimOp", dimOfEmpty)])
  add("tensor.empty", [ClosurePattern("tensor.empty", name: "ReplaceEmptyTensorStaticShapeDims", emptyStaticDims)])
}

/// The most static shape both can be (MLIR's joinShapes); nil when they
/// conflict.
private func joinShapes(_ a: Type, _ b: Type) -> Type? {
  if a == b { return a }
  guard let sa = a.shape else { return b }
  guard let sb = b.shape else { return a }
  guard sa.count == sb.count else { return nil }
  var out: [Int64] = []
  for (x, y) in zip(sa, sb) {
    if x == kDynamic { out.append(y) } else if y == kDynamic || x == y { out.append(x) } else { return nil }
  }
  return a.context.tensorType(out, a.elementType ?? a)
}

/// cast(cast(x)) -> cast(x) when dropping the middle cast loses no check.
private func chainedCast(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 1, let inner = op.operand(0).definingOp, inner.name.name == "tensor.cast",
    inner.numOperands == 1
  else { return false }
  let (source, middle, result) = (inner.operand(0).type, inner.result(0).type, op.result(0).type)
  guard let first = joinShapes(source, middle).flatMap({ joinShapes($0, result) }),
    first == joinShapes(source, result)
  else { return false }
  var state = OperationState(context: op.context, name: "tensor.cast", location: op.location)
  state.operands = [inner.operand(0)]
  state.resultTypes = [result]
  _ = rewriter.replaceOp(op, withNew: state)
  return true
}

/// dim(tensor.empty(...), i) with a dynamic size i -> that size operand.
private func dimOfEmpty(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands == 2, let empty = op.operand(0).definingOp, empty.name.name == "tensor.empty",
    let index = shapedConstantIndex(of: op.operand(1)), let shape = empty.result(0).type.shape,
    index >= 0, index < Int64(shape.count), shape[Int(index)] == kDynamic
  else { return false }
  let k = shape[..<Int(index)].filter { $0 == kDynamic }.count
  guard k < empty.numOperands else { return false }
  rewriter.replaceOp(op, with: [empty.operand(k)])
  return true
}

/// tensor.empty with constant non-negative dynamic sizes -> a more static
/// tensor.empty and a tensor.cast back to the original type.
private func emptyStaticDims(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  let type = op.result(0).type
  guard let shape = type.shape, dynamicCount(shape) == op.numOperands else { return false }
  var newShape = shape
  var sizes: [Value] = []
  var k = 0
  for (i, d) in shape.enumerated() where d == kDynamic {
    let v = op.operand(k)
    k += 1
    if let c = shapedConstantIndex(of: v), c >= 0 { newShape[i] = c } else { sizes.append(v) }
  }
  guard newShape != shape else { return false }
  var encoding: Attribute?
  if case .rankedTensor(_, _, let e) = type.kind { encoding = e }
  let newType = op.context.tensorType(newShape, type.elementType ?? type, encoding: encoding)
  var empty = OperationState(context: op.context, name: "tensor.empty", location: op.location)
  empty.operands = sizes
  empty.resultTypes = [newType]
  rewriter.setInsertionPoint(before: op)
  let newEmpty = rewriter.create(empty)
  var cast = OperationState(context: op.context, name: "tensor.cast", location: op.location)
  cast.operands = [newEmpty.result(0)]
  cast.resultTypes = [type]
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}
