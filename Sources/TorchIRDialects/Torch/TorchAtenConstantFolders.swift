// Folders of the generated aten ops that make tensor constants: splats of
// ones/zeros/full/tensor.int, views of dense literals in a new shape, splats
// broadcast or squeezed, and scalars read back out of literals, after
// Torch-MLIR's TorchOps.cpp. The dense attributes keep the tensor's dtype
// (`dense<2> : tensor<2x4xsi64>`), as Torch-MLIR's toBuiltinTensor does.

import TorchIRCore

func installAtenConstantFolders(_ h: inout DialectHooks) {
  // Constant folds come first; the identity folds installed before stay as
  // the fallback.
  func prepend(_ name: String, _ f: @escaping (Operation, [Attribute?]) -> [OpFoldResult]?) {
    let old = h.folders[name]
    h.folders[name] = { op, operands in f(op, operands) ?? old?(op, operands) }
  }
  for name in ["torch.aten.view", "torch.aten.flatten.using_ints", "torch.aten.unflatten.int"] {
    prepend(name) { op, operands in viewLikeFold(op, operands.first ?? nil) }
  }
  // unsqueeze, squeeze and select keep the literal's element type (a
  // signless literal stays signless); the others take the result's dtype.
  for name in ["torch.aten.unsqueeze", "torch.aten.squeeze", "torch.aten.select.int"] {
    prepend(name) { op, operands in splatToResult(op, operands.first ?? nil, keepElementType: true) }
  }
  for name in ["torch.aten.broadcast_to", "torch.aten.slice.Tensor", "torch.aten.transpose.int"] {
    prepend(name) { op, operands in splatToResult(op, operands.first ?? nil) }
  }
  let whereIdentity = h.folders["torch.aten.where.self"]
  h.folders["torch.aten.where.self"] = { op, operands in
    if let done = whereIdentity?(op, operands) { return done }
    // A constant condition picks an operand whose splat spreads over the result.
    guard operands.count == 3, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
      case .denseElements(let cond)? = operands[0]?.kind, cond.isSplat || cond.elementCount == 1
    else { return nil }
    let chosen = cond.rawData.allSatisfy({ $0 == 0 }) ? operands[2] : operands[1]
    return broadcastedAttr(op, chosen, r)
  }
  prepend("torch.aten.squeeze.dim") { op, operands in
    // Only between fully static value tensors (the identity case comes first).
    guard let a = TorchTensorType(op.operand(0).type), a.hasValueSemantics, a.dtype != nil,
      a.sizes?.allSatisfy({ $0 >= 0 }) == true, op.operand(0).type != op.result(0).type
    else { return nil }
    return viewLikeFold(op, operands.first ?? nil)
  }
  h.folders["torch.aten.ones"] = { op, _ in filledFold(op, .int(1), .float(1)) }
  h.folders["torch.aten.zeros"] = { op, _ in filledFold(op, .int(0), .float(0)) }
  h.folders["torch.aten.full"] = { op, _ in
    guard op.numOperands >= 2 else { return nil }
    let fill = op.operand(1)
    let int = torchConstantInt(fill).map { ScalarValue.int($0) }
    var float: ScalarValue?
    if let d = fill.definingOp, d.name.name == "torch.constant.float", let f = foldFloat(d.attr("value")) {
      float = .float(f)
    }
    return filledFold(op, int, float, sizesFromResult: true)
  }
  h.folders["torch.aten.tensor.int"] = { op, _ in
    guard op.numOperands >= 1, let v = torchConstantInt(op.operand(0)) else { return nil }
    return scalarTensor(op, .int(v), intOnly: true)
  }
  h.folders["torch.aten.tensor.float"] = { op, _ in
    guard op.numOperands >= 1, let d = op.operand(0).definingOp, d.name.name == "torch.constant.float",
      let f = foldFloat(d.attr("value"))
    else { return nil }
    return scalarTensor(op, .float(f), floatOnly: true)
  }
  h.folders["torch.aten.tensor"] = { op, _ in
    guard op.numOperands >= 1, let list = op.operand(0).definingOp, list.name.name == "torch.prim.ListConstruct",
      list.numOperands == 1, let v = torchConstantInt(list.operand(0))
    else { return nil }
    return scalarTensor(op, .int(v), intOnly: true)
  }
  h.folders["torch.aten.item"] = { op, operands in
    guard op.numOperands == 1, op.numResults == 1 else { return nil }
    if case .denseElements(let d)? = operands.first??.kind {
      guard d.isSplat || d.elementCount == 1 else { return nil }
      switch elementValue(d, 0) {
      case .int(let i)?: return i64Result(op, i)
      case .float(let f)?: return f64Result(op, f)
      case nil: return nil
      }
    }
    guard let d = op.operand(0).definingOp, d.numOperands >= 1 else { return nil }
    let source: Value
    switch d.name.name {
    case "torch.aten.full": guard d.numOperands >= 2 else { return nil }; source = d.operand(1)
    case "torch.prim.NumToTensor.Scalar": source = d.operand(0)
    default: return nil
    }
    return source.type == op.result(0).type ? [.value(source)] : nil
  }
  h.folders["torch.aten._shape_as_tensor"] = { op, _ in
    guard op.numOperands == 1, let sizes = TorchTensorType(op.operand(0).type)?.sizes,
      sizes.allSatisfy({ $0 >= 0 }), let r = TorchTensorType(op.result(0).type), let dtype = r.dtype,
      let rs = r.sizes, case .integer = dtype.kind
    else { return nil }
    var bytes: [UInt8] = []
    for s in sizes {
      guard let b = elementBytes(.int(s), dtype) else { return nil }
      bytes += b
    }
    guard rs.count == 1, rs[0] == Int64(sizes.count) else { return nil }
    let dense = DenseElements(type: op.context.tensorType(rs, dtype), isSplat: false, rawData: bytes)
    return [.attribute(op.context.attribute(.denseElements(dense)))]
  }
  for name in ["torch.aten.where.Scalar", "torch.aten.where.ScalarOther", "torch.aten.where.ScalarSelf"] {
    h.folders[name] = { op, operands in
      guard operands.count == 3, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
        case .denseElements(let cond)? = operands[0]?.kind, cond.isSplat || cond.elementCount == 1
      else { return nil }
      let chosen = cond.rawData.allSatisfy({ $0 == 0 }) ? operands[2] : operands[1]
      return broadcastedAttr(op, chosen, r)
    }
  }
}

// MARK: Helpers

enum ScalarValue {
  case int(Int64)
  case float(Double)
}

/// The storage bytes of one element of `dtype` (little-endian, one byte
/// for i1), or nil when `value` does not suit the dtype.
private func elementBytes(_ value: ScalarValue, _ dtype: Type) -> [UInt8]? {
  switch (value, dtype.kind) {
  case (.int(let v), .integer(let w, _)):
    let n = max(1, (Int(w) + 7) / 8)
    guard n <= 8 else { return nil }
    let bits = w == 1 ? UInt64(v != 0 ? 1 : 0) : UInt64(bitPattern: v)
    return (0..<n).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
  case (.float(let f), .float(let k)):
    let width = k.semantics.sizeInBits
    guard width <= 64 else { return nil }
    let bits = doubleToFloatBits(f, kind: k).words.first ?? 0
    return (0..<max(1, (width + 7) / 8)).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
  default:
    return nil
  }
}

/// Element `i` of a dense attribute as an int (signed unless the type is
/// unsigned) or a double.
private func elementValue(_ d: DenseElements, _ i: Int) -> ScalarValue? {
  let index = d.isSplat ? 0 : i
  switch d.elementType.kind {
  case .integer(let w, let s):
    let n = max(1, (Int(w) + 7) / 8)
    guard n <= 8, d.rawData.count >= (index + 1) * n else { return nil }
    var raw: UInt64 = 0
    for k in 0..<n { raw |= UInt64(d.rawData[index * n + k]) << (8 * UInt64(k)) }
    if w < 64 { raw &= (UInt64(1) << UInt64(w)) - 1 }
    if s != .unsigned && w > 1 && w < 64 && (raw >> UInt64(w - 1)) & 1 == 1 {
      raw |= ~((UInt64(1) << UInt64(w)) - 1)
    }
    return .int(Int64(bitPattern: raw))
  case .float(let k):
    let width = k.semantics.sizeInBits
    let n = max(1, (width + 7) / 8)
    guard width <= 64, d.rawData.count >= (index + 1) * n else { return nil }
    var raw: UInt64 = 0
    for b in 0..<n { raw |= UInt64(d.rawData[index * n + b]) << (8 * UInt64(b)) }
    return .float(floatBitsToDouble(APInt(width: width, value: raw), kind: k))
  default:
    return nil
  }
}

private func denseResult(_ op: Operation, _ d: DenseElements) -> [OpFoldResult] {
  [.attribute(op.context.attribute(.denseElements(d)))]
}

/// genericViewLikeFold: a dense literal in the result's static shape.
private func viewLikeFold(_ op: Operation, _ attr: Attribute?) -> [OpFoldResult]? {
  guard op.numResults == 1, case .denseElements(let d)? = attr?.kind, let r = TorchTensorType(op.result(0).type),
    r.hasValueSemantics, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 }), let dtype = r.dtype,
    dtype == d.elementType
  else { return nil }
  let type = op.context.tensorType(sizes, dtype)
  if !d.isSplat && type.staticElementCount != d.elementCount { return nil }
  return denseResult(op, DenseElements(type: type, isSplat: d.isSplat, rawData: d.rawData))
}

/// A splat literal operand becomes a splat of the result's static shape.
private func splatToResult(_ op: Operation, _ attr: Attribute?, keepElementType: Bool = false) -> [OpFoldResult]? {
  guard op.numResults == 1, case .denseElements(let d)? = attr?.kind, d.isSplat,
    let r = TorchTensorType(op.result(0).type), r.hasValueSemantics, let sizes = r.sizes,
    sizes.allSatisfy({ $0 >= 0 }), let dtype = r.dtype, keepElementType || dtype == d.elementType
  else { return nil }
  let type = op.context.tensorType(sizes, keepElementType ? d.elementType : dtype)
  return denseResult(op, DenseElements(type: type, isSplat: true, rawData: d.rawData))
}

/// ones / zeros / full: a splat of a constant of the dtype's kind, shaped
/// by the constant size list (full: by the result type).
private func filledFold(_ op: Operation, _ int: ScalarValue?, _ float: ScalarValue?, sizesFromResult: Bool = false)
  -> [OpFoldResult]?
{
  guard op.numOperands >= 1, op.numResults == 1, let list = op.operand(0).definingOp,
    list.name.name == "torch.prim.ListConstruct", let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
    let dtype = r.dtype, let resultSizes = r.sizes, resultSizes.allSatisfy({ $0 >= 0 })
  else { return nil }
  var sizes: [Int64] = []
  for v in list.operandValues {
    guard let s = torchConstantInt(v), s >= 0 else { return nil }
    sizes.append(s)
  }
  let value: ScalarValue?
  switch dtype.kind {
  case .integer: value = int
  case .float: value = float
  default: value = nil
  }
  guard let value, let bytes = elementBytes(value, dtype) else { return nil }
  let type = op.context.tensorType(sizesFromResult ? resultSizes : sizes, dtype)
  return denseResult(op, DenseElements(type: type, isSplat: true, rawData: bytes))
}

/// tensor.int / tensor.float / tensor: a splat of the result type.
private func scalarTensor(_ op: Operation, _ value: ScalarValue, intOnly: Bool = false, floatOnly: Bool = false)
  -> [OpFoldResult]?
{
  guard op.numResults == 1, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
    let dtype = r.dtype, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 })
  else { return nil }
  // IntegerAttr::get / FloatAttr::get of the dtype: only the matching kind.
  switch dtype.kind {
  case .integer: guard !floatOnly else { return nil }
  case .float: guard !intOnly else { return nil }
  default: return nil
  }
  guard let bytes = elementBytes(value, dtype) else { return nil }
  return denseResult(op, DenseElements(type: op.context.tensorType(sizes, dtype), isSplat: true, rawData: bytes))
}

/// getBroadcastedAttr: a splat literal, an int or a float spread over the
/// result type.
private func broadcastedAttr(_ op: Operation, _ attr: Attribute?, _ r: TorchTensorType) -> [OpFoldResult]? {
  guard let attr, let dtype = r.dtype, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 }) else { return nil }
  let type = op.context.tensorType(sizes, dtype)
  switch attr.kind {
  case .denseElements(let d):
    guard d.isSplat, d.elementType == dtype else { return nil }
    return denseResult(op, DenseElements(type: type, isSplat: true, rawData: d.rawData))
  case .integer(let v, _):
    guard case .integer = dtype.kind, let b = elementBytes(.int(v.asInt64), dtype) else { return nil }
    return denseResult(op, DenseElements(type: type, isSplat: true, rawData: b))
  case .float:
    guard case .float = dtype.kind, let f = foldFloat(attr), let b = elementBytes(.float(f), dtype) else { return nil }
    return denseResult(op, DenseElements(type: type, isSplat: true, rawData: b))
  default:
    return nil
  }
}

// MARK: Picking elements out of small literals

/// The raw bytes of element `i` of a dense attribute (of a splat: its one).
private func elementRaw(_ d: DenseElements, _ i: Int) -> [UInt8]? {
  let n: Int
  switch d.elementType.kind {
  case .integer(let w, _): n = max(1, (Int(w) + 7) / 8)
  case .float(let k): n = max(1, (k.semantics.sizeInBits + 7) / 8)
  default: return nil
  }
  let index = d.isSplat ? 0 : i
  guard index >= 0, d.rawData.count >= (index + 1) * n else { return nil }
  return Array(d.rawData[(index * n)..<((index + 1) * n)])
}

func installAtenElementPickFolders(_ h: inout DialectHooks) {
  let selectSplat = h.folders["torch.aten.select.int"]
  h.folders["torch.aten.select.int"] = { op, operands in
    // A splat first; else a one-element result whose other dimensions are 1.
    if let splat = selectSplat?(op, operands) { return splat }
    guard op.numOperands == 3, operands.count == 3, case .denseElements(let d)? = operands[0]?.kind,
      let dim = foldInt(operands[1]), let index = foldInt(operands[2]), let r = TorchTensorType(op.result(0).type),
      r.hasValueSemantics, let dtype = r.dtype, dtype == d.elementType, let sizes = r.sizes,
      sizes.allSatisfy({ $0 >= 0 }), let selfSizes = d.type.shape
    else { return nil }
    let type = op.context.tensorType(sizes, dtype)
    guard type.staticElementCount == 1, dim >= 0, dim < Int64(selfSizes.count), index >= 0,
      index < selfSizes[Int(dim)]
    else { return nil }
    for (i, s) in selfSizes.enumerated() where Int64(i) != dim && s != 1 { return nil }
    guard let raw = elementRaw(d, Int(index)) else { return nil }
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: true, rawData: raw))))]
  }
  let transposeSplat = h.folders["torch.aten.transpose.int"]
  h.folders["torch.aten.transpose.int"] = { op, operands in
    if let done = transposeSplat?(op, operands) { return done }
    // A 2-d literal of at most 16 elements, transposed.
    guard op.numOperands == 3, operands.count == 3, case .denseElements(let d)? = operands[0]?.kind, !d.isSplat,
      let a = TorchTensorType(op.operand(0).type), let sizes = a.sizes, sizes.count == 2,
      sizes.allSatisfy({ $0 >= 0 }), let d0 = foldInt(operands[1]), let d1 = foldInt(operands[2]),
      (d0 == 0 || d0 == 1 || d0 == -1 || d0 == -2), (d1 == 0 || d1 == 1 || d1 == -1 || d1 == -2),
      let r = TorchTensorType(op.result(0).type), r.hasValueSemantics, let dtype = r.dtype, dtype == d.elementType,
      let rs = r.sizes, rs == [sizes[1], sizes[0]], d.elementCount <= 16, Int64(d.elementCount) == sizes[0] * sizes[1],
      (d0 + 2) % 2 != (d1 + 2) % 2
    else { return nil }
    var data: [UInt8] = []
    for i in 0..<d.elementCount {
      let s0 = Int(sizes[0])
      guard let raw = elementRaw(d, (i % s0) * Int(sizes[1]) + i / s0) else { return nil }
      data += raw
    }
    let type = op.context.tensorType(rs, dtype)
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: false, rawData: data))))]
  }
}

/// AtenSliceTensorOp::fold on a literal of at most 16 result elements:
/// the elements start, start + step, ... along `dim` (a negative step
/// walks backwards), every element of the other dimensions.
func installAtenSliceFolder(_ h: inout DialectHooks) {
  let identityOrSplat = h.folders["torch.aten.slice.Tensor"]
  h.folders["torch.aten.slice.Tensor"] = { op, operands in
    if let done = identityOrSplat?(op, operands) { return done }
    // self, dim, start, end, step
    guard op.numOperands == 5, operands.count == 5, case .denseElements(let d)? = operands[0]?.kind, !d.isSplat,
      let dimAttr = foldInt(operands[1]), let startAttr = foldInt(operands[2]), let endAttr = foldInt(operands[3]),
      let step = foldInt(operands[4]), step != 0,
      let a = TorchTensorType(op.operand(0).type), a.hasValueSemantics, let inSizes = a.sizes,
      inSizes.allSatisfy({ $0 >= 0 }), let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
      let dtype = r.dtype, dtype == a.dtype, dtype == d.elementType, let outSizes = r.sizes,
      outSizes.count == inSizes.count, outSizes.allSatisfy({ $0 >= 0 }), Int64(d.elementCount) == inSizes.reduce(Int64(1), { $0 &* $1 })
    else { return nil }
    let count = outSizes.reduce(Int64(1)) { $0 &* $1 }
    guard count > 0, count <= 16, let dim = Int(exactly: dimAttr < 0 ? dimAttr + Int64(inSizes.count) : dimAttr),
      dim >= 0, dim < inSizes.count
    else { return nil }
    let size = inSizes[dim]
    var begin = startAttr < 0 ? startAttr &+ size : startAttr
    begin = max(begin, 0)
    var limit = endAttr < 0 ? endAttr &+ size : endAttr
    limit = limit < 0 ? -1 : limit
    limit = min(limit, size)
    // Torch-MLIR asserts that the range is not empty.
    guard (step > 0 && begin < limit) || (step < 0 && begin > limit) else { return nil }
    var indices: [Int64] = []
    var i = begin
    while step > 0 ? i < limit : i > limit {
      guard i >= 0, i < size else { return nil }
      indices.append(i)
      i = i &+ step
    }
    guard Int64(indices.count) == outSizes[dim],
      (0..<inSizes.count).allSatisfy({ $0 == dim || outSizes[$0] == inSizes[$0] })
    else { return nil }
    // Row-major strides of the input.
    var strides = [Int64](repeating: 1, count: inSizes.count)
    for k in stride(from: inSizes.count - 2, through: 0, by: -1) { strides[k] = strides[k + 1] &* inSizes[k + 1] }
    var data: [UInt8] = []
    var position = [Int64](repeating: 0, count: inSizes.count)
    for _ in 0..<count {
      var offset: Int64 = 0
      for k in 0..<inSizes.count {
        offset = offset &+ strides[k] &* (k == dim ? indices[Int(position[k])] : position[k])
      }
      guard let raw = elementRaw(d, Int(offset)) else { return nil }
      data += raw
      // Next position, last dimension fastest.
      var k = inSizes.count - 1
      while k >= 0 {
        position[k] += 1
        if position[k] < outSizes[k] { break }
        position[k] = 0
        k -= 1
      }
    }
    let type = op.context.tensorType(outSizes, dtype)
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: false, rawData: data))))]
  }
}

/// AtenIndexSelectOp::fold: selecting with one index along a dimension
/// that leaves every size as it was is the tensor itself; one element of a
/// literal whose other dimensions are 1 becomes a one-element literal.
func installAtenIndexSelectFolder(_ h: inout DialectHooks) {
  h.folders["torch.aten.index_select"] = { op, operands in
    // self, dim, index
    guard op.numOperands == 3, op.numResults == 1, let s = TorchTensorType(op.operand(0).type),
      let ix = TorchTensorType(op.operand(2).type), let r = TorchTensorType(op.result(0).type),
      s.hasValueSemantics, ix.hasValueSemantics, r.hasValueSemantics, let selfSizes = s.sizes,
      let indexSizes = ix.sizes, let resultSizes = r.sizes, let dtype = r.dtype, s.dtype == dtype, ix.dtype != nil,
      selfSizes.count == resultSizes.count, indexSizes.count == 1
    else { return nil }
    let full = zip(selfSizes, resultSizes).allSatisfy { $0 == $1 && $0 >= 0 }
    if full && indexSizes[0] == 1 {
      return op.operand(0).type == op.result(0).type ? [.value(op.operand(0))] : nil
    }
    guard operands.count == 3, case .denseElements(let selfAttr)? = operands[0]?.kind,
      let dimAttr = foldInt(operands[1]), case .denseElements(let indexAttr)? = operands[2]?.kind,
      indexAttr.isSplat || indexAttr.elementCount == 1
    else { return nil }
    let dim = dimAttr < 0 ? dimAttr + Int64(selfSizes.count) : dimAttr
    guard dim >= 0, dim < Int64(selfSizes.count) else { return nil }
    for i in 0..<selfSizes.count where (selfSizes[i] != 1 && Int64(i) != dim) || resultSizes[i] != 1 { return nil }
    guard case .integer(let w, let signedness) = indexAttr.elementType.kind, w <= 64, let raw = elementRaw(indexAttr, 0)
    else { return nil }
    var bits: UInt64 = 0
    for (k, b) in raw.enumerated() { bits |= UInt64(b) << (8 * UInt64(k)) }
    var index = Int64(bitPattern: bits)
    if w < 64 {
      bits &= (UInt64(1) << UInt64(w)) - 1
      index = Int64(bitPattern: bits)
      if signedness != .unsigned && (bits >> UInt64(w - 1)) & 1 == 1 {
        index = Int64(bitPattern: bits | ~((UInt64(1) << UInt64(w)) - 1))
      }
    }
    let size = selfSizes[Int(dim)]
    if index < 0 && size != 0 { index += size }
    guard index >= 0, selfAttr.isSplat || index < Int64(selfAttr.elementCount),
      let element = elementRaw(selfAttr, Int(index)), selfAttr.elementType.isSameKind(as: dtype)
    else { return nil }
    let type = op.context.tensorType(resultSizes, dtype)
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: true, rawData: element))))]
  }
}

extension Type {
  /// Both integers of one width or both floats of one kind (so an element's
  /// bytes mean the same value in either).
  fileprivate func isSameKind(as other: Type) -> Bool {
    switch (kind, other.kind) {
    case (.integer(let a, _), .integer(let b, _)): return a == b
    case (.float(let a), .float(let b)): return a == b
    default: return false
    }
  }
}

/// AtenCatOp::fold on literals: a result of at most 16 elements whose
/// dimensions other than `dim` are 1, made of the literals' elements.
func installAtenCatConstantFolder(_ h: inout DialectHooks) {
  let single = h.folders["torch.aten.cat"]
  h.folders["torch.aten.cat"] = { op, operands in
    if let done = single?(op, operands) { return done }
    guard op.numOperands == 2, op.numResults == 1, let list = op.operand(0).definingOp,
      list.name.name == "torch.prim.ListConstruct", let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
      let dtype = r.dtype, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 }), operands.count == 2,
      let dimAttr = foldInt(operands[1])
    else { return nil }
    let type = op.context.tensorType(sizes, dtype)
    guard let count = type.staticElementCount, count <= 16 else { return nil }
    let dim = dimAttr < 0 ? dimAttr + Int64(sizes.count) : dimAttr
    for (i, s) in sizes.enumerated() where Int64(i) != dim && s != 1 { return nil }
    var data: [UInt8] = []
    var taken = 0
    for v in list.operandValues {
      guard let lit = v.definingOp, lit.name.name == "torch.vtensor.literal",
        case .denseElements(let d)? = lit.attr("value")?.kind, d.elementType == dtype, let shape = d.type.shape,
        dim >= 0, dim < Int64(shape.count)
      else { return nil }
      let n = Int(shape[Int(dim)])
      for i in 0..<n {
        guard let raw = elementRaw(d, i) else { return nil }
        data += raw
      }
      taken += n
    }
    guard taken == count else { return nil }
    return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: false, rawData: data))))]
  }
}

/// triu_indices / tril_indices of a 0x0 matrix: an empty literal.
func installAtenTriangleIndicesFolders(_ h: inout DialectHooks) {
  for name in ["torch.aten.triu_indices", "torch.aten.tril_indices"] {
    h.folders[name] = { op, _ in
      guard op.numOperands >= 2, op.numResults == 1, torchConstantInt(op.operand(0)) == 0,
        torchConstantInt(op.operand(1)) == 0, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
        let dtype = r.dtype, let sizes = r.sizes
      else { return nil }
      let type = op.context.tensorType(sizes, dtype)
      guard type.staticElementCount == 0 else { return nil }
      return [.attribute(op.context.attribute(.denseElements(DenseElements(type: type, isSplat: false, rawData: []))))]
    }
  }
}
