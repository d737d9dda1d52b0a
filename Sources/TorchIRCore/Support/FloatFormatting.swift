// Float printing exactly as MLIR does it. MLIR's printFloatValue (AsmPrinter)
// tries APFloat::toString with 6 digits in exponent form, keeps it when it
// parses back to the same value, else uses toString's default form when that
// has a '.', else prints the bit pattern in hex; infinities and NaNs always
// print in hex. FloatAttr values, dense elements and array<f..> all go through
// it. So we implement APFloat::toString's algorithm exactly: exact decimal
// expansion with big integers, truncation to a bound of digits, then decimal
// rounding half-up (not to nearest-even), then the notation choice.

/// What MLIR prints for a float attribute (or a dense / array element) with
/// bit pattern `bits` of type `kind`, e.g. `1.000000e-01`, `0.10000000149011612`,
/// `0x7FC00000`.
public func formatFloatForMLIR(bits: APInt, kind: FloatKind) -> String {
  let sem = kind.semantics
  let value = sem.decode(bits)
  if value.isFinite {
    let short = apFloatToString(value, sem, formatPrecision: 6, formatMaxPadding: 0, truncateZero: false)
    if reparsesExactly(short, value, kind) { return short }
    // APFloat's default form has enough digits to be exact; MLIR only needs
    // it to contain a '.' so that it lexes as a float.
    let long = apFloatToString(value, sem, formatPrecision: 0, formatMaxPadding: 3, truncateZero: true)
    if long.utf8.contains(UInt8(ascii: ".")) { return long }
  }
  return formatFloatAsHex(bits: bits, kind: kind)
}

/// The hex form MLIR prints for a float: `0x` and the upper-case bit pattern
/// of APFloat::bitcastToAPInt, without leading zeros. That is the input bits,
/// except that an x87 NaN always gets exponent 0x7FFF (an unnormal such as
/// 0x40004000000000000000 prints as 0x7FFF4000000000000000).
public func formatFloatAsHex(bits: APInt, kind: FloatKind) -> String {
  let sem = kind.semantics
  var pattern = bits
  if sem.hasExplicitIntegerBit {
    let value = sem.decode(bits)
    if value.category == .nan { pattern = sem.encode(value) }
  }
  return "0x" + pattern.toString(radix: 16, signed: false, uppercase: true)
}

/// APFloat::toString(Str, FormatPrecision, FormatMaxPadding, TruncateZero)
/// for the float with bit pattern `bits`. A precision of 0 means "enough
/// digits to round-trip" (2 + precision * 59 / 196); a max padding of 0 forces
/// exponent form. Infinities print as `+Inf` / `-Inf`, NaNs as `NaN`.
public func formatFloatAPFloatStyle(
  bits: APInt, kind: FloatKind, formatPrecision: Int = 0, formatMaxPadding: Int = 3, truncateZero: Bool = true
) -> String {
  let sem = kind.semantics
  return apFloatToString(
    sem.decode(bits), sem, formatPrecision: formatPrecision, formatMaxPadding: formatMaxPadding,
    truncateZero: truncateZero)
}

/// The round-trip test of printFloatValue: APFloat(semantics, text) must be
/// bitwise equal to the value. Swift's Float/Double parsers are correctly
/// rounded, like APFloat, so they answer for f32/f64 without big integers.
private func reparsesExactly(_ text: String, _ value: UnpackedFloat, _ kind: FloatKind) -> Bool {
  let sem = kind.semantics
  switch kind {
  case .f64:
    guard let d = Double(text) else { return false }
    return sem.decode(APInt(width: 64, value: d.bitPattern)).bitwiseEqual(value)
  case .f32:
    guard let f = Float(text) else { return false }
    return sem.decode(APInt(width: 32, value: UInt64(f.bitPattern))).bitwiseEqual(value)
  default:
    guard let scanned = DecimalLiteral(Substring(text)) else { return false }
    return scanned.round(to: sem).bitwiseEqual(value)
  }
}

/// IEEEFloat::toString on an unpacked value.
func apFloatToString(
  _ value: UnpackedFloat, _ sem: FloatSemantics, formatPrecision: Int, formatMaxPadding: Int,
  truncateZero: Bool
) -> String {
  var out: [UInt8] = []
  switch value.category {
  case .infinity: return value.sign ? "-Inf" : "+Inf"
  case .nan: return "NaN"
  case .zero:
    if value.sign { out.append(UInt8(ascii: "-")) }
    if formatMaxPadding == 0 {
      if truncateZero {
        out.append(contentsOf: Array("0.0E+0".utf8))
      } else {
        out.append(contentsOf: Array("0.0".utf8))
        if formatPrecision > 1 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: formatPrecision - 1)) }
        out.append(contentsOf: Array("e+00".utf8))
      }
    } else {
      out.append(UInt8(ascii: "0"))
    }
    return String(decoding: out, as: UTF8.self)
  case .normal:
    break
  }
  if value.sign { out.append(UInt8(ascii: "-")) }
  formatDigits(
    &out, significand: value.significand, exponent: value.exponent - (sem.precision - 1),
    semanticsPrecision: sem.precision, formatPrecision: formatPrecision, formatMaxPadding: formatMaxPadding,
    truncateZero: truncateZero)
  return String(decoding: out, as: UTF8.self)
}

/// toStringImpl: prints significand * 2^exponent (significand > 0).
private func formatDigits(
  _ out: inout [UInt8], significand: BigUInt, exponent: Int, semanticsPrecision: Int, formatPrecision: Int,
  formatMaxPadding: Int, truncateZero: Bool
) {
  // Precision 0 asks for enough digits to round-trip (Steele & White).
  let precision = formatPrecision == 0 ? 2 + semanticsPrecision * 59 / 196 : formatPrecision

  // Make the value an integer times a power of ten: N * 2^-e == N * 5^e * 10^-e.
  let trailingZeros = significand.trailingZeroBitCount
  var exp = exponent + trailingZeros
  var sig = significand >> trailingZeros
  if exp > 0 {
    sig = sig << exp
    exp = 0
  } else if exp < 0 {
    sig.multiply(byPowerOf5: -exp)
  }

  // Drop decimal digits that cannot matter, by truncating division. The
  // bound (196/59 slightly overestimates lg 10) keeps more digits than
  // `precision`, so the half-up rounding below still sees the right digit.
  let bits = sig.bitLength
  let bitsRequired = (precision * 196 + 58) / 59
  if bits > bitsRequired {
    let tensRemovable = (bits - bitsRequired) * 59 / 196
    if tensRemovable > 0 {
      exp += tensRemovable
      sig.divide(byPowerOf10: tensRemovable)
    }
  }

  // Digits, least significant first, without the trailing zeros.
  var buffer = sig.decimalDigitsLeastSignificantFirst()
  let lowZeros = buffer.firstIndex(where: { $0 != 0 }) ?? buffer.count
  exp += lowZeros
  buffer.removeFirst(lowZeros)

  // Round to `precision` digits, half up on the first dropped digit.
  let n = buffer.count
  if n > precision {
    var first = n - precision
    if buffer[first - 1] < 5 {
      while first < n && buffer[first] == 0 { first += 1 }
      exp += first
      buffer.removeFirst(first)
    } else {
      var carried = true
      for i in first..<n {
        if buffer[i] == 9 {
          first += 1
        } else {
          buffer[i] += 1
          carried = false
          break
        }
      }
      exp += first
      if carried {
        buffer = [1]
      } else {
        buffer.removeFirst(first)
      }
    }
  }

  let digitCount = buffer.count
  let scientific: Bool
  if formatMaxPadding == 0 {
    scientific = true
  } else if exp >= 0 {
    // 765e3 -> 765000, unless that pads too much or looks more precise than it is.
    scientific = exp > formatMaxPadding || digitCount + exp > precision
  } else {
    let msd = exp + digitCount - 1
    scientific = msd < 0 && -msd > formatMaxPadding
  }

  func digit(_ i: Int) -> UInt8 { UInt8(ascii: "0") + buffer[i] }

  if scientific {
    exp += digitCount - 1
    out.append(digit(digitCount - 1))
    out.append(UInt8(ascii: "."))
    if digitCount == 1 && truncateZero {
      out.append(UInt8(ascii: "0"))
    } else {
      var i = digitCount - 2
      while i >= 0 {
        out.append(digit(i))
        i -= 1
      }
    }
    if !truncateZero && precision > digitCount - 1 {
      out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - digitCount + 1))
    }
    out.append(truncateZero ? UInt8(ascii: "E") : UInt8(ascii: "e"))
    out.append(exp >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
    var expDigits = Array(String(abs(exp)).utf8)
    // Without zero truncation the exponent has at least two digits.
    if !truncateZero && expDigits.count < 2 { expDigits.insert(UInt8(ascii: "0"), at: 0) }
    out.append(contentsOf: expDigits)
    return
  }

  if exp >= 0 {
    for i in stride(from: digitCount - 1, through: 0, by: -1) { out.append(digit(i)) }
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exp))
    return
  }

  let wholeDigits = exp + digitCount
  var i = digitCount - 1
  if wholeDigits > 0 {
    for _ in 0..<wholeDigits {
      out.append(digit(i))
      i -= 1
    }
    out.append(UInt8(ascii: "."))
  } else {
    out.append(UInt8(ascii: "0"))
    out.append(UInt8(ascii: "."))
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -wholeDigits))
  }
  while i >= 0 {
    out.append(digit(i))
    i -= 1
  }
}
