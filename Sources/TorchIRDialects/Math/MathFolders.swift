// Folders of the math ops (MLIR's MathOps.cpp `fold` methods) for scalar
// constants and for dense vector/tensor constants, element by element (a
// dense constant folds only when every element does, as MLIR's
// constFoldUnaryOp/BinaryOp). Ops computed with libm (and round, trunc,
// rsqrt) fold only f32 (in single precision) and f64, as MLIR does; abs,
// copysign, floor, ceil and roundeven fold any float of at most 64 bits;
// integer ops fold integers of at most 64 bits; isnormal folds any float.
// fma does not fold (LLVM 24 has no folder for it). Which op folds which
// width was checked with `iree-opt --canonicalize` (iree-base-compiler
// 3.13.0, LLVM 24.0.0git): see Inputs/math_canonicalize.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TorchIRCore

private typealias Folder = (Operation, [Attribute?]) -> [OpFoldResult]?

/// Folds scalar constant operands to a scalar of the given (element) type.
private typealias ScalarFold = ([Attribute], Type) -> Attribute?

/// Applies `f` to scalar constants, or element by element to dense
/// constants of the result's shape (with `splatOnly`, only to splats: MLIR
/// folds the classification ops, whose result element type is i1, on
/// scalars and splats only).
private func elementwise(splatOnly: Bool = false, _ f: @escaping ScalarFold) -> Folder {
  { op, consts in
    guard op.numResults == 1, !consts.isEmpty else { return nil }
    var operands: [Attribute] = []
    for c in consts {
      guard let c else { return nil }
      operands.append(c)
    }
    let type = op.result(0).type
    let folded: Attribute?
    if case .denseElements(let d) = operands[0].kind {
      if splatOnly && !d.isSplat { return nil }
      folded = foldDense(operands, type, f)
    } else {
      folded = f(operands, type)
    }
    return folded.map { [.attribute($0)] }
  }
}

private func foldDense(_ operands: [Attribute], _ type: Type, _ f: ScalarFold) -> Attribute? {
  guard let element = type.elementType, let count = type.staticElementCount, count > 0 else { return nil }
  var dense: [DenseElements] = []
  for a in operands {
    guard case .denseElements(let d) = a.kind, d.type.staticElementCount == count else { return nil }
    dense.append(d)
  }
  let width = denseElementByteWidth(element)
  guard width > 0, width <= 8 else { return nil }
  let n = dense.allSatisfy(\.isSplat) ? 1 : count
  var raw: [UInt8] = []
  raw.reserveCapacity(n * width)
  for i in 0..<n {
    var scalars: [Attribute] = []
    for d in dense {
      guard let s = denseScalar(d, at: d.isSplat ? 0 : i) else { return nil }
      scalars.append(s)
    }
    guard let r = f(scalars, element), let bits = scalarBits(r) else { return nil }
    for k in 0..<width { raw.append(UInt8(truncatingIfNeeded: bits >> UInt64(8 * k))) }
  }
  return type.context.denseElementsAttr(type, rawData: raw)
}

/// Element `i` of a dense integer or float constant as a scalar attribute.
private func denseScalar(_ d: DenseElements, at i: Int) -> Attribute? {
  let e = d.elementType
  let width = denseElementByteWidth(e)
  guard width > 0, width <= 8, (i + 1) * width <= d.rawData.count else { return nil }
  var u: UInt64 = 0
  for k in 0..<width { u |= UInt64(d.rawData[i * width + k]) << UInt64(8 * k) }
  switch e.kind {
  case .integer(let w, _): return e.context.integerAttr(APInt(width: w, value: u & widthMask(w)), e)
  case .index: return e.context.integerAttr(APInt(width: 64, value: u), e)
  case .float(let k): return e.context.attribute(.float(APInt(width: k.bitWidth, value: u), e))
  default: return nil
  }
}

private func scalarBits(_ a: Attribute) -> UInt64? {
  switch a.kind {
  case .integer(let v, _): return v.asUInt64
  case .bool(let b): return b ? 1 : 0
  case .float(let bits, _): return bits.asUInt64
  default: return nil
  }
}

/// A libm op: `f64` for double, `f32` for float; `accept` may refuse inputs
/// (MLIR does not fold the logarithm of a negative number).
private func libmUnary(
  _ f64: @escaping (Double) -> Double, _ f32: @escaping (Float) -> Float,
  accept: @escaping (Double) -> Bool = { _ in true }
) -> Folder {
  elementwise { c, type in
    guard c.count == 1, let (a, _) = floatConst(c[0]), accept(a) else { return nil }
    switch type.intOrFloatBitWidth {
    case 64: return floatAttr(f64(a), type)
    case 32: return floatAttr(Double(f32(Float(a))), type)
    default: return nil
    }
  }
}

private func libmBinary(
  _ f64: @escaping (Double, Double) -> Double, _ f32: @escaping (Float, Float) -> Float
) -> Folder {
  elementwise { c, type in
    guard c.count == 2, let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1]) else { return nil }
    switch type.intOrFloatBitWidth {
    case 64: return floatAttr(f64(a, b), type)
    case 32: return floatAttr(Double(f32(Float(a), Float(b))), type)
    default: return nil
    }
  }
}

/// Exact ops (APFloat in MLIR): computed in double, exact for narrower floats.
private func exactUnary(_ f: @escaping (Double) -> Double) -> Folder {
  elementwise { c, type in
    guard c.count == 1, let (a, _) = floatConst(c[0]) else { return nil }
    return floatAttr(f(a), type)
  }
}

private func intUnary(_ f: @escaping (IntConst) -> UInt64) -> Folder {
  elementwise { c, type in
    guard c.count == 1, let a = intConst(c[0]) else { return nil }
    return intAttr(f(a), type)
  }
}

/// isnan, isinf, isfinite, isnormal: a float (of any width, classified in
/// its own format) to i1.
private func classification(_ test: @escaping (Double, FloatKind) -> Bool) -> Folder {
  elementwise(splatOnly: true) { c, type in
    guard c.count == 1, let (a, k) = floatConst(c[0]) else { return nil }
    return intAttr(test(a, k) ? 1 : 0, type)
  }
}

private func countLeadingZeros(_ a: IntConst) -> UInt64 {
  a.bits == 0 ? UInt64(a.width) : UInt64(a.bits.leadingZeroBitCount - (64 - a.width))
}

private func countTrailingZeros(_ a: IntConst) -> UInt64 {
  a.bits == 0 ? UInt64(a.width) : UInt64(a.bits.trailingZeroBitCount)
}

/// IPowIOp::fold: base**exp with wrapping; negative exponents fold only for
/// bases 1 and -1, and zero to a negative power does not fold.
private func ipowi(_ base: IntConst, _ exp: IntConst) -> UInt64? {
  let mask = widthMask(base.width)
  let e = exp.signed
  if e < 0 {
    if base.bits == 1 { return 1 }
    if base.bits == mask { return (e & 1) == 0 ? 1 : mask }
    return nil
  }
  var result: UInt64 = 1
  var b = base.bits
  var n = UInt64(e)
  while n > 0 {
    if n & 1 == 1 { result = (result &* b) & mask }
    b = (b &* b) & mask
    n >>= 1
  }
  return result
}

func installMathFolders(_ h: inout DialectHooks) {
  h.folders["math.absf"] = exactUnary { Swift.abs($0) }
  h.folders["math.ceil"] = exactUnary { $0.rounded(.up) }
  h.folders["math.floor"] = exactUnary { $0.rounded(.down) }
  h.folders["math.roundeven"] = exactUnary { $0.rounded(.toNearestOrEven) }
  h.folders["math.round"] = libmUnary(
    { $0.rounded(.toNearestOrAwayFromZero) }, { $0.rounded(.toNearestOrAwayFromZero) })
  h.folders["math.trunc"] = libmUnary({ $0.rounded(.towardZero) }, { $0.rounded(.towardZero) })
  h.folders["math.copysign"] = elementwise { c, type in
    guard c.count == 2, let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1]) else { return nil }
    return floatAttr(Double(sign: b.sign, exponentBitPattern: a.exponentBitPattern,
      significandBitPattern: a.significandBitPattern), type)
  }
  h.folders["math.isnormal"] = classification { a, k in
    // Normal in the operand's own format, not in double.
    a.isFinite && !a.isZero && Int(a.exponent) >= k.semantics.minExponent
  }
  h.folders["math.isnan"] = classification { a, _ in a.isNaN }
  h.folders["math.isinf"] = classification { a, _ in a.isInfinite }
  h.folders["math.isfinite"] = classification { a, _ in a.isFinite }
  h.folders["math.fpowi"] = elementwise { c, type in
    guard c.count == 2, let (a, _) = floatConst(c[0]), let e = intConst(c[1]) else { return nil }
    switch type.intOrFloatBitWidth {
    case 64: return floatAttr(pow(a, Double(e.signed)), type)
    case 32: return floatAttr(Double(powf(Float(a), Float(e.signed))), type)
    default: return nil
    }
  }

  h.folders["math.acos"] = libmUnary(acos, acosf)
  h.folders["math.acosh"] = libmUnary(acosh, acoshf)
  h.folders["math.asin"] = libmUnary(asin, asinf)
  h.folders["math.asinh"] = libmUnary(asinh, asinhf)
  h.folders["math.atan"] = libmUnary(atan, atanf)
  h.folders["math.atanh"] = libmUnary(atanh, atanhf)
  h.folders["math.cbrt"] = libmUnary(cbrt, cbrtf)
  h.folders["math.cos"] = libmUnary(cos, cosf)
  h.folders["math.cosh"] = libmUnary(cosh, coshf)
  h.folders["math.sin"] = libmUnary(sin, sinf)
  h.folders["math.sinh"] = libmUnary(sinh, sinhf)
  h.folders["math.tan"] = libmUnary(tan, tanf)
  h.folders["math.tanh"] = libmUnary(tanh, tanhf)
  h.folders["math.erf"] = libmUnary(erf, erff)
  h.folders["math.erfc"] = libmUnary(erfc, erfcf)
  h.folders["math.exp"] = libmUnary(exp, expf)
  h.folders["math.exp2"] = libmUnary(exp2, exp2f)
  h.folders["math.expm1"] = libmUnary(expm1, expm1f)
  h.folders["math.log"] = libmUnary(log, logf, accept: { $0.sign != .minus })
  h.folders["math.log2"] = libmUnary(log2, log2f, accept: { $0.sign != .minus })
  h.folders["math.log10"] = libmUnary(log10, log10f, accept: { $0.sign != .minus })
  h.folders["math.log1p"] = libmUnary(log1p, log1pf, accept: { ($0 + 1.0).sign != .minus })
  h.folders["math.sqrt"] = libmUnary(sqrt, sqrtf, accept: { $0.sign != .minus })
  h.folders["math.rsqrt"] = libmUnary({ 1.0 / sqrt($0) }, { 1.0 / sqrtf($0) }, accept: { $0.sign != .minus })
  h.folders["math.atan2"] = libmBinary(atan2, atan2f)
  h.folders["math.powf"] = libmBinary(pow, powf)

  h.folders["math.absi"] = intUnary { a in
    a.signed < 0 ? (0 &- a.bits) & widthMask(a.width) : a.bits
  }
  h.folders["math.ctlz"] = intUnary(countLeadingZeros)
  h.folders["math.cttz"] = intUnary(countTrailingZeros)
  h.folders["math.ctpop"] = intUnary { UInt64($0.bits.nonzeroBitCount) }
  h.folders["math.ipowi"] = elementwise { c, type in
    guard c.count == 2, let a = intConst(c[0]), let b = intConst(c[1]), let r = ipowi(a, b) else { return nil }
    return intAttr(r, type)
  }
}
