// Rounding to the narrow binary float formats (f16, bf16, f32) and their bit
// patterns, without a detour through another format: a value is rounded once,
// from the exact Double, as IEEE 754 (and APFloat::convert) define it. A float
// scalar is held as a Double whose value is exactly representable in its
// type, so every arith op is "compute in Double, round once to the type";
// for +, -, *, / and sqrt this is correctly rounded (Double has more than
// 2p + 2 bits for p = 24, 11 and 8), so no double-rounding error can occur.

import TorchIRCore

/// An IEEE-style binary format with `mantissaBits` stored significand bits
/// and `exponentBits` exponent bits.
struct BinaryFloatFormat: Sendable {
  let mantissaBits: Int
  let exponentBits: Int
  var bias: Int { (1 << (exponentBits - 1)) - 1 }
  var minExponent: Int { 1 - bias }
  var maxExponent: Int { bias }
  var maxFinite: Double {
    Double(sign: .plus, exponent: maxExponent - mantissaBits,
      significand: Double((UInt64(1) << UInt64(mantissaBits + 1)) - 1))
  }

  static let f16 = BinaryFloatFormat(mantissaBits: 10, exponentBits: 5)
  static let bf16 = BinaryFloatFormat(mantissaBits: 7, exponentBits: 8)
  static let f32 = BinaryFloatFormat(mantissaBits: 23, exponentBits: 8)

  static func of(_ kind: FloatKind) -> BinaryFloatFormat? {
    switch kind {
    case .f16: return .f16
    case .bf16: return .bf16
    case .f32: return .f32
    default: return nil
    }
  }

  /// `x` rounded to this format with `rule` (NaN, infinities and zeros pass
  /// through). Overflow gives infinity, or the largest finite number when
  /// the rule rounds toward zero from there.
  func round(_ x: Double, _ rule: FloatingPointRoundingRule = .toNearestOrEven) -> Double {
    if !x.isFinite || x == 0 { return x }
    let negative = x < 0
    let a = negative ? -x : x
    // The rule on the magnitude.
    var r = rule
    if negative {
      if rule == .down { r = .up } else if rule == .up { r = .down }
    } else if rule == .towardZero {
      r = .down
    }
    let e = Int(a.exponent)
    let q = max(e, minExponent) - mantissaBits
    let scaled = Double(sign: .plus, exponent: -q, significand: a)
    let n = scaled.rounded(r)
    var v = Double(sign: .plus, exponent: q, significand: n)
    if v > maxFinite {
      v = (r == .down || r == .towardZero) ? maxFinite : .infinity
    }
    return negative ? -v : v
  }

  /// The bit pattern of `v`, which must already be representable (round
  /// first). NaN keeps its sign and the top bits of its payload, quieted.
  func encode(_ v: Double) -> UInt64 {
    let signBit: UInt64 = v.sign == .minus ? UInt64(1) << UInt64(mantissaBits + exponentBits) : 0
    let expAllOnes = UInt64((1 << exponentBits) - 1) << UInt64(mantissaBits)
    let quiet = UInt64(1) << UInt64(mantissaBits - 1)
    if v.isNaN {
      let payload = (v.bitPattern & ((UInt64(1) << 52) - 1)) >> UInt64(52 - mantissaBits)
      return signBit | expAllOnes | quiet | payload
    }
    if v.isInfinite { return signBit | expAllOnes }
    let a = v.magnitude
    if a == 0 { return signBit }
    let e = Int(a.exponent)
    if e < minExponent {
      let m = Double(sign: .plus, exponent: mantissaBits - minExponent, significand: a)
      return signBit | UInt64(m)
    }
    let m = Double(sign: .plus, exponent: mantissaBits - e, significand: a)
    let field = UInt64(m) - (UInt64(1) << UInt64(mantissaBits))
    return signBit | (UInt64(e + bias) << UInt64(mantissaBits)) | field
  }

  /// The value of a bit pattern.
  func decode(_ bits: UInt64) -> Double {
    let mantMask = (UInt64(1) << UInt64(mantissaBits)) - 1
    let expField = Int((bits >> UInt64(mantissaBits)) & UInt64((1 << exponentBits) - 1))
    let negative = (bits >> UInt64(mantissaBits + exponentBits)) & 1 == 1
    let m = bits & mantMask
    var v: Double
    if expField == (1 << exponentBits) - 1 {
      if m == 0 {
        v = .infinity
      } else {
        // Keep the payload bits at the top of Double's significand.
        let payload = (m << UInt64(52 - mantissaBits)) | (UInt64(1) << 51)
        v = Double(bitPattern: (0x7FF << 52) | payload)
      }
    } else if expField == 0 {
      v = Double(sign: .plus, exponent: minExponent - mantissaBits, significand: Double(m))
    } else {
      v = Double(sign: .plus, exponent: expField - bias - mantissaBits,
        significand: Double(m | (UInt64(1) << UInt64(mantissaBits))))
    }
    return negative ? -v : v
  }
}

/// `x` rounded to `kind` (f64: unchanged).
@inline(__always) func roundToFloatKind(_ x: Double, _ kind: FloatKind) -> Double {
  switch kind {
  case .f32: return Double(Float(x))
  case .f16: return BinaryFloatFormat.f16.round(x)
  case .bf16: return BinaryFloatFormat.bf16.round(x)
  default: return x
  }
}

/// `x` rounded to `kind` with `rule`.
func roundToFloatKind(_ x: Double, _ kind: FloatKind, _ rule: FloatingPointRoundingRule) -> Double {
  if rule == .toNearestOrEven { return roundToFloatKind(x, kind) }
  guard let f = BinaryFloatFormat.of(kind) else { return x }
  return f.round(x, rule)
}

/// The value (rounded to nearest-even once) of an integer in `kind`.
func integerToFloat(_ magnitude: UInt64, negative: Bool, _ kind: FloatKind) -> Double {
  var d: Double
  if magnitude < (UInt64(1) << 53) || kind == .f64 {
    d = Double(magnitude)
  } else {
    // Round to odd at 53 bits (keep a sticky bit), so that the final
    // rounding to a format of at most 24 bits is the only one that counts.
    let shift = 64 - magnitude.leadingZeroBitCount - 53
    var m = magnitude >> UInt64(shift)
    if magnitude & ((UInt64(1) << UInt64(shift)) - 1) != 0 { m |= 1 }
    d = Double(sign: .plus, exponent: shift, significand: Double(m))
  }
  if negative { d = -d }
  return roundToFloatKind(d, kind)
}

/// The Double value of a float element's bit pattern.
@inline(__always) func floatFromBits(_ bits: UInt64, _ kind: FloatKind) -> Double {
  switch kind {
  case .f64: return Double(bitPattern: bits)
  case .f32: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
  case .f16: return BinaryFloatFormat.f16.decode(bits)
  case .bf16: return BinaryFloatFormat.bf16.decode(bits)
  default: return .nan
  }
}

/// The bit pattern of a representable value in `kind`.
@inline(__always) func floatToBits(_ v: Double, _ kind: FloatKind) -> UInt64 {
  switch kind {
  case .f64: return v.bitPattern
  case .f32: return UInt64(Float(v).bitPattern)
  case .f16: return BinaryFloatFormat.f16.encode(v)
  case .bf16: return BinaryFloatFormat.bf16.encode(v)
  default: return 0
  }
}
