// Folders of the math ops (MLIR's MathOps.cpp `fold` methods) for scalar
// constants. Ops computed with libm fold only f32 (in single precision) and
// f64, as MLIR does; abs, copysign and the rounding ops fold any float of at
// most 64 bits; integer ops fold integers of at most 64 bits.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TorchIRCore

private typealias Folder = (Operation, [Attribute?]) -> [OpFoldResult]?

/// A libm op: `f64` for double, `f32` for float; `accept` may refuse inputs
/// (MLIR does not fold the logarithm of a negative number).
private func libmUnary(
  _ f64: @escaping (Double) -> Double, _ f32: @escaping (Float) -> Float,
  accept: @escaping (Double) -> Bool = { _ in true }
) -> Folder {
  { op, c in
    guard op.numResults == 1, c.count == 1, let (a, _) = floatConst(c[0]), accept(a) else { return nil }
    let type = op.result(0).type
    let r: Double
    switch type.intOrFloatBitWidth {
    case 64: r = f64(a)
    case 32: r = Double(f32(Float(a)))
    default: return nil
    }
    return floatAttr(r, type).map { [.attribute($0)] }
  }
}

private func libmBinary(
  _ f64: @escaping (Double, Double) -> Double, _ f32: @escaping (Float, Float) -> Float
) -> Folder {
  { op, c in
    guard op.numResults == 1, c.count == 2, let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1])
    else { return nil }
    let type = op.result(0).type
    let r: Double
    switch type.intOrFloatBitWidth {
    case 64: r = f64(a, b)
    case 32: r = Double(f32(Float(a), Float(b)))
    default: return nil
    }
    return floatAttr(r, type).map { [.attribute($0)] }
  }
}

/// Exact ops (APFloat in MLIR): computed in double, exact for narrower floats.
private func exactUnary(_ f: @escaping (Double) -> Double) -> Folder {
  { op, c in
    guard op.numResults == 1, c.count == 1, let (a, _) = floatConst(c[0]) else { return nil }
    return floatAttr(f(a), op.result(0).type).map { [.attribute($0)] }
  }
}

private func intUnary(_ f: @escaping (IntConst) -> UInt64) -> Folder {
  { op, c in
    guard op.numResults == 1, c.count == 1, let a = intConst(c[0]) else { return nil }
    return [.attribute(intAttr(f(a), op.result(0).type))]
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
  h.folders["math.round"] = exactUnary { $0.rounded(.toNearestOrAwayFromZero) }
  h.folders["math.roundeven"] = exactUnary { $0.rounded(.toNearestOrEven) }
  h.folders["math.trunc"] = exactUnary { $0.rounded(.towardZero) }
  h.folders["math.copysign"] = { op, c in
    guard op.numResults == 1, c.count == 2, let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1])
    else { return nil }
    return floatAttr(Double(sign: b.sign, exponentBitPattern: a.exponentBitPattern,
      significandBitPattern: a.significandBitPattern), op.result(0).type).map { [.attribute($0)] }
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
  h.folders["math.atan2"] = libmBinary(atan2, atan2f)
  h.folders["math.powf"] = libmBinary(pow, powf)
  h.folders["math.fma"] = { op, c in
    guard op.numResults == 1, c.count == 3, let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1]),
      let (d, _) = floatConst(c[2])
    else { return nil }
    let type = op.result(0).type
    let r: Double
    switch type.intOrFloatBitWidth {
    case 64: r = fma(a, b, d)
    case 32: r = Double(fmaf(Float(a), Float(b), Float(d)))
    default: return nil
    }
    return floatAttr(r, type).map { [.attribute($0)] }
  }

  h.folders["math.absi"] = intUnary { a in
    a.signed < 0 ? (0 &- a.bits) & widthMask(a.width) : a.bits
  }
  h.folders["math.ctlz"] = intUnary(countLeadingZeros)
  h.folders["math.cttz"] = intUnary(countTrailingZeros)
  h.folders["math.ctpop"] = intUnary { UInt64($0.bits.nonzeroBitCount) }
  h.folders["math.ipowi"] = { op, c in
    guard op.numResults == 1, c.count == 2, let a = intConst(c[0]), let b = intConst(c[1]),
      let r = ipowi(a, b)
    else { return nil }
    return [.attribute(intAttr(r, op.result(0).type))]
  }
}
