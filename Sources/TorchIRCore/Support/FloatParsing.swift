// Decimal float literals to bit patterns. Two conversions exist because MLIR
// uses two:
//  - a float literal in the IR (`1.5 : f16`, `dense<0.1>`, `array<f16: ...>`)
//    is read as a double (StringRef::getAsDouble, i.e. APFloat in IEEE double)
//    and then converted to the element type, nearest-even. For types narrower
//    than f64 this rounds twice (`1.000488281250000001 : f16` is 1.0, not the
//    next f16 up); for f80 and f128 it keeps only double's 53 bits.
//    -> parseDecimalFloat
//  - APFloat(semantics, text), used by the printer's round-trip check, rounds
//    once, directly in the target format.
//    -> parseDecimalFloatExact
// Both are exact: big-integer arithmetic decides every rounding.

/// A decimal literal `[-+]?[0-9]+.[0-9]*([eE][-+]?[0-9]+)?` (MLIR's float
/// token, with an optional sign) as digits * 10^exponent.
struct DecimalLiteral {
  var negative: Bool
  /// All significant digits as one integer (zero when the literal is zero).
  var digits: BigUInt
  var digitCount: Int
  var exponent: Int

  init?(_ text: Substring) {
    let s = Array(text.utf8)
    var i = 0
    negative = false
    if i < s.count && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+")) {
      negative = s[i] == UInt8(ascii: "-")
      i += 1
    }
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    let intStart = i
    while i < s.count && isDigit(s[i]) { i += 1 }
    let intEnd = i
    guard intEnd > intStart, i < s.count, s[i] == UInt8(ascii: ".") else { return nil }
    i += 1
    let fracStart = i
    while i < s.count && isDigit(s[i]) { i += 1 }
    let fracEnd = i
    var explicitExponent = 0
    if i < s.count {
      guard s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") else { return nil }
      i += 1
      var expNegative = false
      if i < s.count && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+")) {
        expNegative = s[i] == UInt8(ascii: "-")
        i += 1
      }
      guard i < s.count else { return nil }
      // APFloat's readExponent stops counting at 24000; mimic it so that
      // absurd literals round the same way.
      var magnitude = 0
      var capped = false
      while i < s.count {
        guard isDigit(s[i]) else { return nil }
        if !capped {
          magnitude = magnitude * 10 + Int(s[i] - 48)
          if magnitude >= 24000 {
            magnitude = 24000
            capped = true
          }
        }
        i += 1
      }
      explicitExponent = expNegative ? -magnitude : magnitude
    }

    // Significant digits: skip leading zeros, drop trailing zeros.
    var all: [UInt8] = []
    all.reserveCapacity(intEnd - intStart + fracEnd - fracStart)
    all.append(contentsOf: s[intStart..<intEnd])
    all.append(contentsOf: s[fracStart..<fracEnd])
    var exp = explicitExponent - (fracEnd - fracStart)
    var last = all.count
    while last > 0 && all[last - 1] == UInt8(ascii: "0") { last -= 1 }
    exp += all.count - last
    var first = 0
    while first < last && all[first] == UInt8(ascii: "0") { first += 1 }
    // No midpoint between two f128 (or f80) numbers has more than ~11600
    // significant digits, so digits past 12000 only matter as "non-zero":
    // keep 12000 and stand a final 1 in for the rest (it was trimmed of
    // trailing zeros, so the rest is non-zero).
    let maxDigits = 12000
    var kept = all[first..<last]
    if kept.count > maxDigits {
      exp += kept.count - maxDigits - 1
      kept = kept.prefix(maxDigits) + [UInt8(ascii: "1")]
    }
    digitCount = kept.count
    digits = BigUInt(decimalDigits: kept)
    exponent = digitCount == 0 ? 0 : exp
  }

  /// The literal rounded once to `sem`, as IEEEFloat::convertFromDecimalString
  /// does with nearest-even.
  func round(to sem: FloatSemantics) -> UnpackedFloat {
    if digitCount == 0 { return sem.zeroResult(negative) }
    // APFloat's quick range checks: value < 10^(e+1) certainly rounds to zero
    // below, value >= 10^e certainly overflows above (e = exponent of the
    // leading digit). They also keep the big integers bounded.
    let leading = exponent + digitCount - 1
    if (leading + 1) * 28738 <= 8651 * (sem.minExponent - sem.precision) {
      return sem.zeroResult(negative)
    }
    if (leading - 1) * 42039 >= 12655 * sem.maxExponent { return sem.overflowResult(negative) }

    if exponent >= 0 {
      var q = digits
      q.multiply(byPowerOf5: exponent)
      return sem.round(sign: negative, q, binExp: exponent, sticky: false)
    }
    // digits / 10^m = (digits * 2^s / 5^m) * 2^(-s-m); pick s so the quotient
    // keeps at least precision + 3 bits, the rest folding into `sticky`.
    let m = -exponent
    let pow5Bits = Int(Double(m) * 2.321928094887362) + 2
    let s = max(0, pow5Bits - digits.bitLength + sem.precision + 3)
    var q = digits << s
    let inexact = q.divide(byPowerOf5: m)
    return sem.round(sign: negative, q, binExp: -s - m, sticky: inexact)
  }
}

/// The bit pattern MLIR gives a float literal of type `kind`: the literal is
/// parsed as a double (correctly rounded) and the double is rounded to `kind`
/// (nearest-even; overflow as for `doubleToFloatBits`). `text` is MLIR's float
/// token `[0-9]+.[0-9]*([eE][-+]?[0-9]+)?`, optionally with a leading `-`
/// (MLIR's separate minus token) or `+`. Nil if `text` is not of that form;
/// MLIR never rejects a well-formed float literal for its magnitude (1.0e400
/// is +inf, 1.0e-400 is 0).
public func parseDecimalFloat(_ text: Substring, kind: FloatKind) -> APInt? {
  guard let literal = DecimalLiteral(text) else { return nil }
  let f64 = FloatKind.f64.semantics
  let asDouble: UnpackedFloat
  if let d = fastDouble(text, literal) {
    asDouble = f64.decode(APInt(width: 64, value: d.bitPattern))
  } else {
    asDouble = literal.round(to: f64)
  }
  if kind == .f64 { return f64.encode(asDouble) }
  let sem = kind.semantics
  return sem.encode(f64.convert(asDouble, to: sem))
}

/// The bit pattern of APFloat(semantics, text): `text` (same grammar as
/// `parseDecimalFloat`) rounded once to `kind`, nearest-even. Overflow gives
/// infinity / NaN / the largest number as the format allows; underflow gives
/// zero (2^-127 for f8E8M0FNU); -0 becomes +0 in the FNUZ types.
public func parseDecimalFloatExact(_ text: Substring, kind: FloatKind) -> APInt? {
  guard let literal = DecimalLiteral(text) else { return nil }
  let sem = kind.semantics
  return sem.encode(literal.round(to: sem))
}

/// MLIR's reading of an integer token used as a float (`0x7C00 : f16`): the
/// token's value is the bit pattern. Nil when it needs more bits than the
/// type has ("hexadecimal float constant out of range for type"). MLIR
/// accepts only hex tokens here ("unexpected decimal integer literal for a
/// floating point value") and no leading minus ("hexadecimal float literal
/// should not have a leading minus").
public func floatBitsFromHexLiteral(_ value: APInt, kind: FloatKind) -> APInt? {
  guard value.activeBits <= kind.bitWidth else { return nil }
  return APInt(width: kind.bitWidth, words: value.words)
}

/// Swift's Double(String) is correctly rounded like APFloat's IEEE-double
/// parser. Use it when the exponent is small enough that APFloat's 24000 cap
/// cannot matter and the text is short (to stay off slow paths).
private func fastDouble(_ text: Substring, _ literal: DecimalLiteral) -> Double? {
  guard text.utf8.count <= 40, abs(literal.exponent) < 10000 else { return nil }
  return Double(text)
}
