// math ops through the C library's double-precision functions, rounded once
// to the operand type: f32/f16/bf16 results are within an ulp of the
// correctly rounded value (often closer than the single-precision libm
// entry points), f64 results are the C library's.
//
// fma is exact for f64 and f32 (the hardware fused operation); for f16 and
// bf16 it is the f32 fma rounded to the type. ipowi with a negative exponent
// follows MLIR's folder (1 -> 1, -1 -> +-1, other bases -> 0), and a zero base
// with a negative exponent is a division by zero, reported as a fault.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

func registerMathExecutors(_ r: ExecutorRegistry) {
  func unary(_ name: String, _ f: @escaping (Double) -> Double) {
    r.register("math." + name) { op, ctx in
      let k = try floatKind(op, ctx)
      if try isScalarOp(op, operands: 1) {
        _ = try resultElementTypes(op, ctx)
        let (x, r) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
        return { frame in
          frame.slots[r] = .float(roundToFloatKind(f(frame.slots[x].floatValue), k))
          return .next
        }
      }
      if let kernel = try typedFloatTensorKernel(op, ctx, arity: 1, { x, _ in f(x) }) { return kernel }
      return try elementwise1(op, ctx) { a in .float(roundToFloatKind(f(a.floatValue), k)) }
    }
  }
  unary("absf") { $0.magnitude }
  unary("acos") { acos($0) }
  unary("acosh") { acosh($0) }
  unary("asin") { asin($0) }
  unary("asinh") { asinh($0) }
  unary("atan") { atan($0) }
  unary("atanh") { atanh($0) }
  unary("cbrt") { cbrt($0) }
  unary("ceil") { $0.rounded(.up) }
  unary("cos") { cos($0) }
  unary("cosh") { cosh($0) }
  unary("erf") { erf($0) }
  unary("erfc") { erfc($0) }
  unary("exp") { exp($0) }
  unary("exp2") { exp2($0) }
  unary("expm1") { expm1($0) }
  unary("floor") { $0.rounded(.down) }
  unary("log") { log($0) }
  unary("log10") { log10($0) }
  unary("log1p") { log1p($0) }
  unary("log2") { log2($0) }
  unary("round") { $0.rounded(.toNearestOrAwayFromZero) }
  unary("roundeven") { $0.rounded(.toNearestOrEven) }
  unary("rsqrt") { 1 / sqrt($0) }
  unary("sin") { sin($0) }
  unary("sinh") { sinh($0) }
  unary("sqrt") { sqrt($0) }
  unary("tan") { tan($0) }
  unary("tanh") { tanh($0) }
  unary("trunc") { $0.rounded(.towardZero) }

  func binary(_ name: String, _ f: @escaping (Double, Double) -> Double) {
    r.register("math." + name) { op, ctx in
      let k = try floatKind(op, ctx)
      return try elementwise2(op, ctx) { a, b in .float(roundToFloatKind(f(a.floatValue, b.floatValue), k)) }
    }
  }
  binary("atan2") { atan2($0, $1) }
  binary("copysign") { copysign($0, $1) }
  binary("powf") { pow($0, $1) }

  r.register("math.fma") { op, ctx in
    let k = try floatKind(op, ctx)
    return try elementwise3(op, ctx) { a, b, c in
      let (x, y, z) = (a.floatValue, b.floatValue, c.floatValue)
      if k == .f64 { return .float(z.addingProduct(x, y)) }
      let f = Float(z).addingProduct(Float(x), Float(y))
      return .float(roundToFloatKind(Double(f), k))
    }
  }
  r.register("math.fpowi") { op, ctx in
    let k = try floatKind(op, ctx)
    let w = try integerWidth(op, ctx, operand: 1)
    return try elementwise2(op, ctx) { a, b in
      .float(roundToFloatKind(pow(a.floatValue, Double(signExtend(b.intBits, w))), k))
    }
  }
  r.register("math.sincos") { op, ctx in
    let k = try floatKind(op, ctx)
    return try elementwiseTwoResults(op, ctx) { v in
      let x = v[0].floatValue
      return (.float(roundToFloatKind(sin(x), k)), .float(roundToFloatKind(cos(x), k)))
    }
  }

  func classify(_ name: String, _ f: @escaping (Double) -> Bool) {
    r.register("math." + name) { op, ctx in
      let k = try floatKind(op, ctx)
      return try elementwise1(op, ctx) { a in
        let x = a.floatValue
        // Normal in the operand's own format, not in Double.
        if name == "isnormal" {
          let minNormal: Double
          switch k {
          case .f16: minNormal = 0x1p-14
          case .bf16, .f32: minNormal = 0x1p-126
          default: minNormal = Double.leastNormalMagnitude
          }
          return .int(x.isFinite && x.magnitude >= minNormal ? 1 : 0)
        }
        return .int(f(x) ? 1 : 0)
      }
    }
  }
  classify("isfinite") { $0.isFinite }
  classify("isinf") { $0.isInfinite }
  classify("isnan") { $0.isNaN }
  classify("isnormal") { $0.isNormal }

  func integerUnary(_ name: String, _ f: @escaping (UInt64, Int) -> UInt64) {
    r.register("math." + name) { op, ctx in
      let w = try integerWidth(op, ctx)
      let mask = lowBitsMask(w)
      return try elementwise1(op, ctx) { a in .int(f(a.intBits, w) & mask) }
    }
  }
  integerUnary("absi") { a, w in UInt64(bitPattern: signExtend(a, w)).magnitudeOfSigned }
  integerUnary("ctlz") { a, w in UInt64(a.leadingZeroBitCount - (64 - w)) }
  integerUnary("cttz") { a, w in a == 0 ? UInt64(w) : UInt64(a.trailingZeroBitCount) }
  integerUnary("ctpop") { a, _ in UInt64(a.nonzeroBitCount) }

  r.register("math.ipowi") { op, ctx in
    let w = try integerWidth(op, ctx)
    let mask = lowBitsMask(w)
    let loc = op.location
    return try elementwise2(op, ctx) { a, b in
      let base = a.intBits
      let e = signExtend(b.intBits, w)
      if e < 0 {
        let sb = signExtend(base, w)
        if sb == 0 { throw RuntimeFault.error(loc, "'math.ipowi' op: zero raised to a negative power") }
        if sb == 1 { return .int(1) }
        if sb == -1 { return .int((e & 1 == 0 ? 1 : UInt64.max) & mask) }
        return .int(0)
      }
      var result: UInt64 = 1
      var x = base
      var n = UInt64(e)
      while n > 0 {
        if n & 1 == 1 { result = result &* x }
        x = x &* x
        n >>= 1
      }
      return .int(result & mask)
    }
  }
}

extension UInt64 {
  /// |x| of a sign-extended 64-bit pattern, wrapping for the minimum.
  fileprivate var magnitudeOfSigned: UInt64 {
    Int64(bitPattern: self) < 0 ? 0 &- self : self
  }
}
