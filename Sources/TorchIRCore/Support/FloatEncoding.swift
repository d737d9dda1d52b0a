// Bit patterns <-> APFloat's view of a float (category, sign, exponent,
// significand), and the one rounding routine that every conversion uses. The
// rules (what is NaN, where overflow goes, what replaces zero in f8E8M0FNU) are
// those of llvm::detail::IEEEFloat: initFromIEEEAPInt, convertIEEEFloatToAPInt,
// normalize, handleOverflow and convert.

/// A float as APFloat holds it. For `.normal`, the value is
/// significand * 2^(exponent - (precision - 1)); the significand has
/// `precision` bits with the integer bit set, except for subnormals, whose
/// exponent is minExponent and integer bit is clear. For `.nan`, `significand`
/// holds the stored significand field (the payload).
struct UnpackedFloat: Sendable {
  enum Category: Sendable { case zero, normal, infinity, nan }
  var category: Category
  var sign: Bool
  var exponent: Int = 0
  var significand: BigUInt = .zero

  static func zero(_ sign: Bool) -> UnpackedFloat { UnpackedFloat(category: .zero, sign: sign) }
  static func infinity(_ sign: Bool) -> UnpackedFloat { UnpackedFloat(category: .infinity, sign: sign) }

  var isFinite: Bool { category == .zero || category == .normal }

  /// APFloat::bitwiseIsEqual: same category and sign, and for numbers the same
  /// exponent and significand, for NaNs the same payload.
  func bitwiseEqual(_ other: UnpackedFloat) -> Bool {
    guard category == other.category, sign == other.sign else { return false }
    switch category {
    case .zero, .infinity: return true
    case .nan: return significand == other.significand
    case .normal: return exponent == other.exponent && significand == other.significand
    }
  }
}

extension FloatSemantics {
  private var maxExponentField: Int { (1 << exponentBits) - 1 }

  private func allOnes(_ bits: Int) -> BigUInt {
    bits <= 0 ? .zero : (BigUInt(1) << bits).subtractingOne()
  }

  // MARK: Decoding

  func decode(_ bits: APInt) -> UnpackedFloat {
    precondition(bits.bitWidth == sizeInBits, "bit pattern width does not match the float type")
    let raw = BigUInt(words: bits.words)
    let field = raw.masked(toLow: storedSignificandBits)
    let expField = Int((raw >> storedSignificandBits).low64 & UInt64(maxExponentField))
    let sign = hasSignedRepresentation && bits.getBit(sizeInBits - 1)

    if hasExplicitIntegerBit {
      // x87: pseudo-infinities, pseudo-NaNs and unnormals are all NaN; a
      // pseudo-denormal (exponent 0, integer bit 1) is a number.
      let integerBit = field.bit(63)
      if expField == 0 && field.isZero { return .zero(sign) }
      if expField == maxExponentField && field == BigUInt(1) << 63 { return .infinity(sign) }
      if expField == maxExponentField || (expField != 0 && !integerBit) {
        return UnpackedFloat(category: .nan, sign: sign, significand: field)
      }
      return UnpackedFloat(
        category: .normal, sign: sign, exponent: expField == 0 ? minExponent : expField - exponentBias,
        significand: field)
    }

    if !hasZero {
      // f8E8M0FNU: only an exponent; 0xFF is NaN. APFloat keeps the implicit
      // significand bit as the significand.
      if expField == maxExponentField { return UnpackedFloat(category: .nan, sign: false, significand: BigUInt(1)) }
      return UnpackedFloat(category: .normal, sign: false, exponent: expField - exponentBias, significand: BigUInt(1))
    }

    let isZeroPattern = expField == 0 && field.isZero
    if nonFinite == .ieee754 && expField == maxExponentField && field.isZero { return .infinity(sign) }
    let isNaN: Bool
    switch (nonFinite, nanEncoding) {
    case (.finiteOnly, _): isNaN = false
    case (_, .ieee): isNaN = expField == maxExponentField && !field.isZero
    case (_, .allOnes): isNaN = expField == maxExponentField && field == allOnes(storedSignificandBits)
    case (_, .negativeZero): isNaN = isZeroPattern && sign
    }
    if isNaN { return UnpackedFloat(category: .nan, sign: sign, significand: field) }
    if isZeroPattern { return .zero(sign) }
    if expField == 0 {
      return UnpackedFloat(category: .normal, sign: sign, exponent: minExponent, significand: field)
    }
    var sig = field
    sig.setBit(precision - 1)
    return UnpackedFloat(category: .normal, sign: sign, exponent: expField - exponentBias, significand: sig)
  }

  // MARK: Encoding

  /// The bit pattern of `value` (APFloat::bitcastToAPInt). As LLVM does, a
  /// negative f8E8M0FNU number (which APFloat can hold but the format cannot)
  /// gets its sign ORed into bit 7; a NaN's exponent field is the NaN
  /// exponent, so an x87 unnormal comes back with exponent 0x7FFF.
  func encode(_ value: UnpackedFloat) -> APInt {
    var expField: Int
    var field: BigUInt
    var sign = value.sign
    switch value.category {
    case .zero:
      precondition(hasZero, "zero in a format without zero")
      expField = 0
      field = .zero
    case .infinity:
      precondition(nonFinite == .ieee754, "infinity in a format without infinity")
      expField = maxExponentField
      field = hasExplicitIntegerBit ? BigUInt(1) << 63 : .zero
    case .nan:
      precondition(nonFinite != .finiteOnly, "NaN in a format without NaN")
      if nanEncoding == .negativeZero {
        expField = 0
        field = .zero
        sign = true
      } else {
        expField = maxExponentField
        field = value.significand.masked(toLow: storedSignificandBits)
      }
    case .normal:
      expField = value.exponent + exponentBias
      if hasZero && expField == 1 && !value.significand.bit(precision - 1) { expField = 0 }
      field = value.significand.masked(toLow: storedSignificandBits)
    }
    var pattern = field.or(BigUInt(UInt64(expField & maxExponentField)) << storedSignificandBits)
    if sign { pattern.setBit(sizeInBits - 1) }
    return APInt(width: sizeInBits, words: pattern.words)
  }

  // MARK: Special results

  /// Zero as normalize() canonicalizes it: no -0 when -0 is the NaN pattern,
  /// and the smallest number (2^-127) in a format without zero.
  func zeroResult(_ sign: Bool) -> UnpackedFloat {
    if !hasZero { return smallestNormalized() }
    return .zero(sign && nanEncoding != .negativeZero)
  }

  func smallestNormalized() -> UnpackedFloat {
    UnpackedFloat(category: .normal, sign: false, exponent: minExponent, significand: BigUInt(1) << (precision - 1))
  }

  func largest(_ sign: Bool) -> UnpackedFloat {
    var sig = allOnes(precision)
    // With NaN = all ones, the largest number ends in a zero bit.
    if nonFinite == .nanOnly && nanEncoding == .allOnes && precision > 1 { sig = sig.subtractingOne() }
    return UnpackedFloat(category: .normal, sign: sign, exponent: maxExponent, significand: sig)
  }

  /// APFloat::makeNaN(SNaN=false, Negative=sign) without a payload.
  func quietNaN(_ sign: Bool) -> UnpackedFloat {
    switch nonFinite {
    case .nanOnly:
      if nanEncoding == .negativeZero { return UnpackedFloat(category: .nan, sign: true) }
      return UnpackedFloat(category: .nan, sign: sign && hasSignedRepresentation, significand: allOnes(precision - 1))
    default:
      var payload = BigUInt(1) << (precision - 2)
      if hasExplicitIntegerBit { payload.setBit(precision - 1) }
      return UnpackedFloat(category: .nan, sign: sign, significand: payload)
    }
  }

  /// handleOverflow for round-to-nearest: infinity, else NaN, else (MX
  /// formats) the largest finite number, all keeping the sign.
  func overflowResult(_ sign: Bool) -> UnpackedFloat {
    switch nonFinite {
    case .ieee754: return .infinity(sign)
    case .nanOnly: return quietNaN(sign)
    case .finiteOnly: return largest(sign)
    }
  }

  // MARK: Rounding

  /// Rounds (q + f) * 2^binExp to this format, nearest with ties to even,
  /// where 0 <= f < 1 and `sticky` says whether f > 0. Callers that pass
  /// sticky = true must supply at least precision + 2 bits in q so that f lies
  /// entirely below the rounding position.
  func round(sign: Bool, _ q: BigUInt, binExp: Int, sticky: Bool) -> UnpackedFloat {
    if q.isZero { return zeroResult(sign) }
    let topExp = q.bitLength - 1 + binExp
    if topExp > maxExponent { return overflowResult(sign) }
    var lsbExp = max(topExp, minExponent) - (precision - 1)
    let shift = lsbExp - binExp
    var mant: BigUInt
    if shift <= 0 {
      mant = q << -shift
    } else {
      mant = q >> shift
      let roundBit = q.bit(shift - 1)
      if roundBit && (sticky || q.hasBitsBelow(shift - 1) || mant.bit(0)) {
        mant.addOne()
        if mant.bitLength > precision {
          mant = mant >> 1
          lsbExp += 1
        }
      }
    }
    if mant.isZero { return zeroResult(sign) }
    let exponent = mant.bitLength == precision ? lsbExp + precision - 1 : minExponent
    if exponent > maxExponent { return overflowResult(sign) }
    if nonFinite == .nanOnly && nanEncoding == .allOnes && precision > 1 && exponent == maxExponent
      && mant == allOnes(precision)
    {
      return overflowResult(sign)
    }
    return UnpackedFloat(category: .normal, sign: sign, exponent: exponent, significand: mant)
  }

  // MARK: Conversion

  /// APFloat::convert(to: target, rmNearestTiesToEven) for a value of this
  /// format. Where LLVM has no defined result (infinity or NaN into a format
  /// with neither) we saturate infinity to the largest number and turn NaN
  /// into +0.
  func convert(_ value: UnpackedFloat, to target: FloatSemantics) -> UnpackedFloat {
    switch value.category {
    case .normal:
      return target.round(
        sign: value.sign, value.significand, binExp: value.exponent - (precision - 1), sticky: false)
    case .zero:
      return target.zeroResult(value.sign)
    case .infinity:
      return target.nonFinite == .finiteOnly ? target.largest(value.sign) : target.overflowResult(value.sign)
    case .nan:
      switch target.nonFinite {
      case .finiteOnly: return .zero(false)
      case .nanOnly: return target.quietNaN(value.sign)
      case .ieee754: break
      }
      if nonFinite == .nanOnly && nanEncoding == .negativeZero { return target.quietNaN(false) }
      // The payload keeps its position relative to the top of the significand
      // (low bits are dropped when narrowing); a signalling NaN is quieted.
      let signalling = nonFinite == .ieee754 && !value.significand.bit(precision - 2)
      let shift = target.precision - precision
      var payload = (shift >= 0 ? value.significand << shift : value.significand >> -shift)
        .masked(toLow: target.storedSignificandBits)
      // x87 NaNs carry an explicit integer bit (the source is never x87 here).
      if target.hasExplicitIntegerBit { payload.setBit(63) }
      if signalling { payload.setBit(target.precision - 2) }
      // LLVM would encode a payload that lost every bit (only possible from
      // f8E8M0FNU's NaN) as infinity; keep it a NaN instead.
      if payload.masked(toLow: target.precision - 1).isZero { return target.quietNaN(value.sign) }
      return UnpackedFloat(category: .nan, sign: value.sign, significand: payload)
    }
  }
}

extension BigUInt {
  mutating func setBit(_ index: Int) {
    let w = index >> 6
    var ws = words
    while ws.count <= w { ws.append(0) }
    ws[w] |= UInt64(1) << UInt64(index & 63)
    self = BigUInt(words: ws)
  }

  func or(_ other: BigUInt) -> BigUInt {
    var ws = words
    let ow = other.words
    while ws.count < ow.count { ws.append(0) }
    for i in 0..<ow.count { ws[i] |= ow[i] }
    return BigUInt(words: ws)
  }

  /// self - 1 (self must be non-zero).
  func subtractingOne() -> BigUInt {
    var ws = words
    for i in 0..<ws.count {
      if ws[i] != 0 {
        ws[i] -= 1
        break
      }
      ws[i] = ~0
    }
    return BigUInt(words: ws)
  }
}

// MARK: - Public conversions

/// The value of a float bit pattern as a Double, rounded to nearest-even
/// where the format is wider (f80, f128). NaN stays NaN, keeping its sign.
public func floatBitsToDouble(_ bits: APInt, kind: FloatKind) -> Double {
  if kind == .f64 { return Double(bitPattern: bits.asUInt64) }
  let f64 = FloatKind.f64.semantics
  let sem = kind.semantics
  return Double(bitPattern: f64.encode(sem.convert(sem.decode(bits), to: f64)).asUInt64)
}

/// `d` rounded to `kind` (nearest, ties to even) as APFloat::convert does:
/// overflow gives infinity, NaN (formats without infinity), or the largest
/// number (formats without NaN); -0 becomes +0 where -0 is the NaN pattern;
/// zero and underflow give 2^-127 in f8E8M0FNU. Infinity into a format with
/// neither infinity nor NaN saturates, and NaN becomes +0 there (LLVM leaves
/// both undefined).
public func doubleToFloatBits(_ d: Double, kind: FloatKind) -> APInt {
  if kind == .f64 { return APInt(width: 64, value: d.bitPattern) }
  let f64 = FloatKind.f64.semantics
  let sem = kind.semantics
  return sem.encode(f64.convert(f64.decode(APInt(width: 64, value: d.bitPattern)), to: sem))
}

/// APFloat::convert between two float types, nearest with ties to even.
public func convertFloatBits(_ bits: APInt, from source: FloatKind, to target: FloatKind) -> APInt {
  if source == target { return bits }
  let s = source.semantics
  let t = target.semantics
  return t.encode(s.convert(s.decode(bits), to: t))
}

/// What a float bit pattern encodes.
public enum FloatClass: Sendable, Hashable {
  case zero, subnormal, normal, infinity, nan
}

public func classifyFloat(_ bits: APInt, kind: FloatKind) -> (FloatClass, negative: Bool) {
  let sem = kind.semantics
  let u = sem.decode(bits)
  switch u.category {
  case .zero: return (.zero, u.sign)
  case .infinity: return (.infinity, u.sign)
  case .nan: return (.nan, u.sign)
  case .normal:
    return (u.significand.bit(sem.precision - 1) ? .normal : .subnormal, u.sign)
  }
}
