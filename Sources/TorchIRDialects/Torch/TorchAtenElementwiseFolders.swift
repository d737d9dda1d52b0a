// Element-wise folders of the generated aten arithmetic and comparison ops
// on constant tensors (splats, or at most 16 elements), after Torch-MLIR's
// naryFolderHelper and comparisonScaleFolder: float results are computed in
// double and rounded to the dtype, integer results wrap at the dtype's
// width. Where Torch-MLIR's C++ would mix APInt widths or read an element
// of the wrong kind (an assertion in its debug builds) we do not fold.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TorchIRCore

private func Foundation_log(_ x: Double) -> Double { log(x) }
private func Foundation_fmod(_ x: Double, _ y: Double) -> Double { fmod(x, y) }

private func signExtend(_ v: UInt64, _ width: Int) -> Int64 {
  guard width < 64, width > 0 else { return Int64(bitPattern: v) }
  if (v >> UInt64(width - 1)) & 1 == 1 { return Int64(bitPattern: v | ~((UInt64(1) << UInt64(width)) - 1)) }
  return Int64(bitPattern: v)
}

func installAtenElementwiseFolders(_ h: inout DialectHooks) {
  // (name, operand count, float op, integer op, integer operands past the
  // first are truncated to the result width (getLimitedValue) or must have it)
  let ops: [(String, ([Double]) -> Double, ([UInt64]) -> UInt64, Bool)] = [
    ("add.Tensor", { $0[0] + $0[1] * $0[2] }, { $0[0] &+ $0[1] &* $0[2] }, false),
    ("add.Scalar", { $0[0] + $0[1] * $0[2] }, { $0[0] &+ $0[1] &* $0[2] }, true),
    ("sub.Tensor", { $0[0] - $0[1] * $0[2] }, { $0[0] &- $0[1] &* $0[2] }, false),
    ("sub.Scalar", { $0[0] - $0[1] * $0[2] }, { $0[0] &- $0[1] &* $0[2] }, true),
    ("rsub.Scalar", { $0[1] - $0[0] * $0[2] }, { $0[1] &- $0[0] &* $0[2] }, false),
    ("mul.Tensor", { $0[0] * $0[1] }, { $0[0] &* $0[1] }, true),
    ("mul.Scalar", { $0[0] * $0[1] }, { $0[0] &* $0[1] }, false),
  ]
  for (name, fp, int, truncates) in ops {
    h.folders["torch.aten." + name] = { op, operands in
      naryFold(op, operands, fp, { int($0) }, truncateOthers: truncates)
    }
  }
  let compares: [(String, (Double, Double) -> Bool, (Int64, Int64) -> Bool, (UInt64, UInt64) -> Bool)] = [
    ("le", { $0 <= $1 }, { $0 <= $1 }, { $0 <= $1 }), ("lt", { $0 < $1 }, { $0 < $1 }, { $0 < $1 }),
    ("gt", { $0 > $1 }, { $0 > $1 }, { $0 > $1 }), ("ge", { $0 >= $1 }, { $0 >= $1 }, { $0 >= $1 }),
    ("eq", { $0 == $1 }, { $0 == $1 }, { $0 == $1 }), ("ne", { $0 != $1 }, { $0 != $1 }, { $0 != $1 }),
  ]
  h.folders["torch.aten.log"] = { op, operands in
    naryFold(op, operands, { Foundation_log($0[0]) }, nil, truncateOthers: false)
  }
  h.folders["torch.aten.remainder.Scalar"] = { op, operands in
    // fmod for floats; srem (urem for an unsigned dtype) for integers,
    // which Torch-MLIR would divide by zero with.
    var unsignedDtype = false
    if let t = TorchTensorType(op.result(0).type), case .integer(_, .unsigned)? = t.dtype?.kind {
      unsignedDtype = true
    }
    let width: Int
    if let t = TorchTensorType(op.result(0).type), case .integer(let w, _)? = t.dtype?.kind { width = Int(w) } else {
      width = 64
    }
    return naryFold(op, operands, { Foundation_fmod($0[0], $0[1]) }, { v in
      guard v.count == 2, v[1] != 0 else { return nil }
      if unsignedDtype { return v[0] % v[1] }
      let a = signExtend(v[0], width)
      let b = signExtend(v[1], width)
      guard !(a == .min && b == -1) else { return 0 }
      return UInt64(bitPattern: a % b)
    }, truncateOthers: false)
  }
  h.folders["torch.aten.eq.Tensor"] = { op, operands in eqTensorFold(op, operands) }
  h.folders["torch.aten.div.Tensor_mode"] = { op, operands in
    // self, other, rounding_mode: true division of floats, or floor/trunc
    // division. Torch-MLIR divides integers as uint64 and converts through
    // double, so only non-negative integers fold here (where that agrees
    // with Python's semantics), never by zero.
    guard op.numOperands == 3, operands.count == 3 else { return nil }
    // Like Torch-MLIR, anything but a constant string (None, or a mode
    // unknown until run time) means true division.
    let mode = operands[2]?.stringValue
    let fp: ([Double]) -> Double = { v in
      switch mode {
      case nil: return v[0] / v[1]
      case "floor"?: return (v[0] / v[1]).rounded(.down)
      default: return (v[0] / v[1]).rounded(.towardZero)
      }
    }
    var signedWidth = 64
    if let t = TorchTensorType(op.result(0).type), case .integer(let w, let s)? = t.dtype?.kind, s != .unsigned {
      signedWidth = Int(w)
    }
    let int: (([UInt64]) -> UInt64?)? = mode == nil ? nil : { v in
      guard v.count == 2, v[1] != 0, signExtend(v[0], signedWidth) >= 0, signExtend(v[1], signedWidth) >= 0 else {
        return nil
      }
      return v[0] / v[1]
    }
    return naryFold(op, Array(operands[0..<2]), fp, int, truncateOthers: false)
  }
  let toDtypeIdentity = h.folders["torch.aten.to.dtype"]
  h.folders["torch.aten.to.dtype"] = { op, operands in
    toDtypeIdentity?(op, operands) ?? foldToDtypeConstant(op, operands)
  }
  for (name, fp, signed, unsigned) in compares {
    h.folders["torch.aten.\(name).Scalar"] = { op, operands in
      compareScalarFold(op, operands, fp, signed, unsigned)
    }
  }
}

/// One operand element: its raw bits (masked to `width`), its width, and
/// whether its type is signed (only `si` types are: i1 and signless
/// integers extend with zeros, as Torch-MLIR's comments say).
private struct IntElement {
  var bits: UInt64
  var width: Int
  var signed: Bool

  /// The value extended (or truncated) to `to` bits, masked.
  func resized(_ to: Int) -> UInt64 {
    var v = bits
    if signed && width < 64 && width > 0 && (v >> UInt64(width - 1)) & 1 == 1 {
      v |= ~((UInt64(1) << UInt64(width)) - 1)
    }
    return mask(v, to)
  }

  var asDouble: Double {
    if signed { return Double(Int64(bitPattern: resized(64))) }
    return Double(bits)
  }
}

private func mask(_ v: UInt64, _ width: Int) -> UInt64 {
  width >= 64 ? v : v & ((UInt64(1) << UInt64(width)) - 1)
}

private enum Element {
  case int(IntElement)
  case float(Double)
}

/// Element `i` of a dense attribute (its only element for a splat) or the
/// value of a scalar attribute.
private func element(_ a: Attribute, _ i: Int) -> Element? {
  switch a.kind {
  case .integer(let v, let t):
    guard case .integer(let w, let s) = t.kind, w <= 64 else { return nil }
    return .int(IntElement(bits: mask(v.words.first ?? 0, Int(w)), width: Int(w), signed: s == .signed))
  case .bool(let b):
    return .int(IntElement(bits: b ? 1 : 0, width: 1, signed: false))
  case .float:
    return foldFloat(a).map { .float($0) }
  case .denseElements(let d):
    let index = d.isSplat ? 0 : i
    switch d.elementType.kind {
    case .integer(let w, let s):
      let n = max(1, (Int(w) + 7) / 8)
      guard w <= 64, d.rawData.count >= (index + 1) * n else { return nil }
      var raw: UInt64 = 0
      for k in 0..<n { raw |= UInt64(d.rawData[index * n + k]) << (8 * UInt64(k)) }
      return .int(IntElement(bits: mask(raw, Int(w)), width: Int(w), signed: s == .signed))
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
  default:
    return nil
  }
}

private func isSplatLike(_ a: Attribute) -> Bool {
  if case .denseElements(let d) = a.kind { return d.isSplat }
  return true
}

/// The little-endian bytes of one element.
private func bytes(_ bits: UInt64, width: Int) -> [UInt8] {
  (0..<max(1, (width + 7) / 8)).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
}

private func naryFold(
  _ op: Operation, _ operands: [Attribute?], _ fp: ([Double]) -> Double, _ int: (([UInt64]) -> UInt64?)?,
  truncateOthers: Bool
) -> [OpFoldResult]? {
  guard op.numResults == 1, !operands.isEmpty, operands.count <= op.numOperands else { return nil }
  var attrs: [Attribute] = []
  for a in operands {
    guard let a else { return nil }
    attrs.append(a)
  }
  guard let r = TorchTensorType(op.result(0).type), r.hasValueSemantics, let dtype = r.dtype,
    let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 })
  else { return nil }
  let type = op.context.tensorType(sizes, dtype)
  guard let count = type.staticElementCount else { return nil }
  let allSplats = attrs.allSatisfy(isSplatLike)
  guard allSplats || count <= 16 else { return nil }
  if !allSplats {
    for a in attrs {
      if case .denseElements(let d) = a.kind, !d.isSplat, d.type.shape != type.shape { return nil }
    }
  }
  let n = allSplats ? 1 : count
  var data: [UInt8] = []
  switch dtype.kind {
  case .float(let k):
    let width = k.semantics.sizeInBits
    guard width <= 64 else { return nil }
    for i in 0..<n {
      var inputs: [Double] = []
      for a in attrs {
        switch element(a, i) {
        case .float(let f)?: inputs.append(f)
        case .int(let e)?: inputs.append(e.asDouble)
        case nil: return nil
        }
      }
      data += bytes(doubleToFloatBits(fp(inputs), kind: k).words.first ?? 0, width: width)
    }
  case .integer(let w, _):
    let width = Int(w)
    guard width <= 64, let int else { return nil }
    for i in 0..<n {
      var inputs: [UInt64] = []
      for (j, a) in attrs.enumerated() {
        guard case .int(let e)? = element(a, i) else { return nil }
        // Narrower values are extended to the result's width; a wider one
        // would meet APInts of another width in Torch-MLIR, unless it is
        // truncated (getLimitedValue) first.
        if e.width > width && !(truncateOthers && j > 0) { return nil }
        inputs.append(e.resized(width))
      }
      guard let value = int(inputs) else { return nil }
      data += bytes(mask(value, width), width: width)
    }
  default:
    return nil
  }
  let dense = DenseElements(type: type, isSplat: allSplats, rawData: data)
  return [.attribute(op.context.attribute(.denseElements(dense)))]
}

/// comparisonScaleFolder: a constant tensor against a scalar, as i1.
private func compareScalarFold(
  _ op: Operation, _ operands: [Attribute?], _ fp: (Double, Double) -> Bool, _ signed: (Int64, Int64) -> Bool,
  _ unsigned: (UInt64, UInt64) -> Bool
) -> [OpFoldResult]? {
  guard op.numResults == 1, operands.count == 2, let lhs = operands[0], let rhs = operands[1],
    case .denseElements(let d) = lhs.kind, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
    let dtype = r.dtype, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 })
  else { return nil }
  let type = op.context.tensorType(sizes, dtype)
  guard let count = type.staticElementCount, d.isSplat || count <= 16 else { return nil }
  let n = d.isSplat ? 1 : d.elementCount
  guard n == (d.isSplat ? 1 : count) else { return nil }
  var data: [UInt8] = []
  for i in 0..<n {
    let result: Bool
    switch (element(lhs, i), element(rhs, 0)) {
    case (.int(let t)?, .int(let s)?):
      guard case .integer(_, let signedness) = d.elementType.kind else { return nil }
      // The element is extended to the scalar's 64 bits (with its sign
      // unless the type is unsigned) and compared that way.
      var e = t
      e.signed = signedness != .unsigned
      if signedness == .unsigned {
        result = unsigned(e.resized(64), s.resized(64))
      } else {
        result = signed(Int64(bitPattern: e.resized(64)), Int64(bitPattern: s.resized(64)))
      }
    case (.float(let t)?, .float(let s)?):
      result = fp(t, s)
    default:
      return nil
    }
    data.append(result ? 1 : 0)
  }
  guard case .integer(1, _) = dtype.kind else { return nil }
  let dense = DenseElements(type: type, isSplat: d.isSplat, rawData: data)
  return [.attribute(op.context.attribute(.denseElements(dense)))]
}

/// AtenEqTensorOp::fold: the same operand twice is all true; two constant
/// tensors of one element type compare element by element (splats, or
/// equal types of at most 16 elements).
private func eqTensorFold(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 2, op.numResults == 1, let r = TorchTensorType(op.result(0).type), r.hasValueSemantics,
    let dtype = r.dtype, let sizes = r.sizes, sizes.allSatisfy({ $0 >= 0 }), case .integer(1, _) = dtype.kind
  else { return nil }
  let type = op.context.tensorType(sizes, dtype)
  func result(_ values: [Bool], splat: Bool) -> [OpFoldResult] {
    let dense = DenseElements(type: type, isSplat: splat, rawData: values.map { $0 ? 1 : 0 })
    return [.attribute(op.context.attribute(.denseElements(dense)))]
  }
  if op.operand(0) === op.operand(1) { return result([true], splat: true) }
  guard operands.count == 2, let a = operands[0], let b = operands[1], case .denseElements(let l) = a.kind,
    case .denseElements(let rr) = b.kind, l.elementType == rr.elementType, let count = type.staticElementCount
  else { return nil }
  func equal(_ i: Int) -> Bool? {
    switch (element(a, i), element(b, i)) {
    case (.int(let x)?, .int(let y)?): return x.bits == y.bits
    case (.float(let x)?, .float(let y)?): return x == y
    default: return nil
    }
  }
  if l.isSplat && rr.isSplat {
    guard let e = equal(0) else { return nil }
    return result([e], splat: true)
  }
  guard l.type == rr.type, count <= 16 else { return nil }
  var values: [Bool] = []
  for i in 0..<count {
    guard let e = equal(i) else { return nil }
    values.append(e)
  }
  return result(values, splat: false)
}

// MARK: aten.to.dtype of a constant

/// AtenToDtypeOp::fold on a literal: each element converted to the result
/// dtype (splats, or at most 16 elements), not folding where the value does
/// not fit (NaN, infinities, out of range), as Torch-MLIR keeps those for
/// run time.
func foldToDtypeConstant(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 5, op.numResults == 1, let attr = operands.first ?? nil,
    case .denseElements(let d) = attr.kind,
    torchConstantBool(op.operand(2)) == false, torchConstantBool(op.operand(3)) == false,
    TorchSimpleType(op.operand(4).type) == TorchSimpleType.none,
    let src = TorchTensorType(op.operand(0).type)?.dtype, src == d.elementType,
    let r = TorchTensorType(op.result(0).type), r.hasValueSemantics, let dst = r.dtype, let sizes = r.sizes,
    sizes.allSatisfy({ $0 >= 0 })
  else { return nil }
  guard d.isSplat || d.elementCount <= 16 else { return nil }
  let type = op.context.tensorType(sizes, dst)
  if !d.isSplat && type.staticElementCount != d.elementCount { return nil }
  var data: [UInt8] = []
  for i in 0..<(d.isSplat ? 1 : d.elementCount) {
    guard let e = element(attr, i),
      let converted = convertElement(e, to: dst)
    else { return nil }
    data += converted
  }
  let dense = DenseElements(type: type, isSplat: d.isSplat, rawData: data)
  return [.attribute(op.context.attribute(.denseElements(dense)))]
}

private func convertElement(_ e: Element, to dst: Type) -> [UInt8]? {
  switch dst.kind {
  case .integer(let w, let s):
    let width = Int(w)
    guard width <= 64 else { return nil }
    if width == 1 && s == .signless {
      switch e {
      case .float(let f): return [f != 0 ? 1 : 0]
      case .int(let i): return [i.bits != 0 ? 1 : 0]
      }
    }
    switch e {
    case .float(let f):
      // convertToInteger toward zero into an APSInt of the width.
      guard f.isFinite else { return nil }
      let t = f.rounded(.towardZero)
      if s == .unsigned {
        let limit = width == 64 ? 18446744073709551616.0 : Double(UInt64(1) << UInt64(width))
        guard t >= 0, t < limit else { return nil }
        return bytes(UInt64(t), width: width)
      }
      let limit = width == 64 ? 9223372036854775808.0 : Double(UInt64(1) << UInt64(width - 1))
      guard t >= -limit, t < limit else { return nil }
      return bytes(mask(UInt64(bitPattern: Int64(t)), width), width: width)
    case .int(let i):
      // zext for unsigned and signless sources, sext for signed ones.
      return bytes(i.resized(width), width: width)
    }
  case .float(let k):
    let width = k.semantics.sizeInBits
    guard width <= 64 else { return nil }
    let value: Double
    switch e {
    case .float(let f): value = f
    case .int(let i):
      let v = i.asDouble
      // Doubles hold these exactly, so converting once more rounds once.
      guard abs(v) <= 9007199254740992 else { return nil }
      value = v
    }
    let bits = doubleToFloatBits(value, kind: k)
    let back = floatBitsToDouble(bits, kind: k)
    // Overflow to infinity (or no infinity at all) keeps the op.
    if value.isFinite && !back.isFinite { return nil }
    if value.isFinite && back.isNaN { return nil }
    return bytes(bits.words.first ?? 0, width: width)
  default:
    return nil
  }
}
