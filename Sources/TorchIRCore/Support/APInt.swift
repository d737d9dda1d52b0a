// A fixed-width two's complement integer of any width MLIR allows (i0 up to
// i16777215), modelled on llvm::APInt. Integer and float attributes store their
// value as an APInt, so the common case (width <= 64) keeps the value inline
// and allocates nothing.

public struct APInt: Hashable, Sendable {
  /// The widest integer MLIR's IntegerType accepts is (1 << 24) - 1; we allow
  /// one more so that callers may build scratch values of exactly 1 << 24 bits.
  public static let maxWidth = 1 << 24

  public let bitWidth: Int
  // Invariant: when bitWidth <= 64 the value is in `small` and `big` is nil;
  // otherwise `big` holds exactly `wordCount` words and `small` is 0. Bits
  // above bitWidth are always zero, so synthesized == and hash are exact.
  private var small: UInt64
  private var big: [UInt64]?

  private static func wordCount(_ width: Int) -> Int { max(1, (width + 63) >> 6) }

  /// Mask of the bits used in the top word of a `width`-bit value.
  private static func topMask(_ width: Int) -> UInt64 {
    let r = width & 63
    if width == 0 { return 0 }
    return r == 0 ? ~0 : (UInt64(1) << UInt64(r)) - 1
  }

  /// `value` truncated to `width` bits.
  public init(width: Int, value: UInt64) {
    precondition(width >= 0 && width <= APInt.maxWidth, "APInt width out of range")
    bitWidth = width
    if width <= 64 {
      small = value & APInt.topMask(width)
      big = nil
    } else {
      small = 0
      var w = [UInt64](repeating: 0, count: APInt.wordCount(width))
      w[0] = value
      big = w
    }
  }

  /// Little-endian `words`, zero-extended or truncated to `width` bits.
  public init(width: Int, words: [UInt64]) {
    precondition(width >= 0 && width <= APInt.maxWidth, "APInt width out of range")
    bitWidth = width
    if width <= 64 {
      small = (words.first ?? 0) & APInt.topMask(width)
      big = nil
    } else {
      small = 0
      let n = APInt.wordCount(width)
      var w = [UInt64](repeating: 0, count: n)
      for i in 0..<min(n, words.count) { w[i] = words[i] }
      w[n - 1] &= APInt.topMask(width)
      big = w
    }
  }

  /// `value` sign-extended (or truncated) to `width` bits.
  public init(width: Int, signedValue: Int64) {
    precondition(width >= 0 && width <= APInt.maxWidth, "APInt width out of range")
    if width <= 64 || signedValue >= 0 {
      self.init(width: width, value: UInt64(bitPattern: signedValue))
    } else {
      var w = [UInt64](repeating: ~0, count: APInt.wordCount(width))
      w[0] = UInt64(bitPattern: signedValue)
      self.init(width: width, words: w)
    }
  }

  public static func zero(width: Int) -> APInt { APInt(width: width, value: 0) }

  public static func allOnes(width: Int) -> APInt {
    APInt(width: width, words: [UInt64](repeating: ~0, count: wordCount(width)))
  }

  /// Little-endian words; always `max(1, ceil(bitWidth / 64))` of them.
  public var words: [UInt64] { big ?? [small] }

  /// The value's word `i` (zero beyond the top).
  private func word(_ i: Int) -> UInt64 {
    if let big { return i < big.count ? big[i] : 0 }
    return i == 0 ? small : 0
  }

  public var isZero: Bool {
    guard let big else { return small == 0 }
    return big.allSatisfy { $0 == 0 }
  }

  public var isAllOnes: Bool { self == APInt.allOnes(width: bitWidth) }

  /// The top (sign) bit; false for width 0.
  public var isNegative: Bool { bitWidth > 0 && getBit(bitWidth - 1) }

  public func getBit(_ index: Int) -> Bool {
    precondition(index >= 0 && index < bitWidth, "bit index out of range")
    return (word(index >> 6) >> UInt64(index & 63)) & 1 == 1
  }

  /// The low 64 bits, zero-extended when the width is below 64.
  public var asUInt64: UInt64 { word(0) }

  /// The value sign-extended from its width when the width is at most 64;
  /// for wider values, the low 64 bits reinterpreted as signed (truncation).
  public var asInt64: Int64 {
    if bitWidth == 0 { return 0 }
    if bitWidth >= 64 { return Int64(bitPattern: word(0)) }
    let shift = UInt64(64 - bitWidth)
    return Int64(bitPattern: word(0) << shift) >> Int64(shift)
  }

  // MARK: Width changes

  public func zext(to width: Int) -> APInt {
    precondition(width >= bitWidth, "zext to a narrower width")
    return APInt(width: width, words: words)
  }

  public func sext(to width: Int) -> APInt {
    precondition(width >= bitWidth, "sext to a narrower width")
    guard isNegative else { return zext(to: width) }
    var w = [UInt64](repeating: ~0, count: APInt.wordCount(width))
    let src = words
    for i in 0..<src.count { w[i] = src[i] }
    // Fill the unused top bits of the old top word with ones.
    let top = src.count - 1
    w[top] |= ~APInt.topMask(bitWidth)
    return APInt(width: width, words: w)
  }

  public func trunc(to width: Int) -> APInt {
    precondition(width <= bitWidth, "trunc to a wider width")
    return APInt(width: width, words: words)
  }

  // MARK: Bit counts

  public var countLeadingZeros: Int {
    let ws = words
    var i = ws.count - 1
    // Bits in the top word above bitWidth are always zero; discount them.
    let unused = ws.count * 64 - bitWidth
    while i >= 0 {
      if ws[i] != 0 { return (ws.count - 1 - i) * 64 + ws[i].leadingZeroBitCount - unused }
      i -= 1
    }
    return bitWidth
  }

  public var countLeadingOnes: Int { bitWidth == 0 ? 0 : (~self).countLeadingZeros }

  public var countTrailingZeros: Int {
    let ws = words
    for (i, w) in ws.enumerated() where w != 0 { return i * 64 + w.trailingZeroBitCount }
    return bitWidth
  }

  /// Bits needed to hold the value read as unsigned (0 for zero).
  public var activeBits: Int { bitWidth - countLeadingZeros }

  /// Bits needed to hold the value read as signed, sign bit included
  /// (llvm::APInt::getSignificantBits).
  public var minSignedBits: Int {
    let signBits = isNegative ? countLeadingOnes : countLeadingZeros
    return bitWidth - signBits + 1
  }

  /// Whether the value, read as unsigned, fits in `width` bits.
  public func fitsUnsigned(width: Int) -> Bool { activeBits <= width }

  /// Whether the value, read as signed at its own width, fits in a signed
  /// `width`-bit integer.
  public func fitsSigned(width: Int) -> Bool { minSignedBits <= width }

  // MARK: Arithmetic

  public static prefix func ~ (x: APInt) -> APInt {
    APInt(width: x.bitWidth, words: x.words.map { ~$0 })
  }

  /// Two's complement negation (wraps: -INT_MIN == INT_MIN).
  public func negated() -> APInt {
    var ws = (~self).words
    for i in 0..<ws.count {
      ws[i] &+= 1
      if ws[i] != 0 { break }
    }
    return APInt(width: bitWidth, words: ws)
  }

  // MARK: Parsing

  /// The magnitude of a run of decimal digits (no sign, no separators), at the
  /// narrowest width that holds it (at least 1 bit). Nil for empty text or a
  /// non-digit.
  public static func fromDecimalString(_ s: Substring) -> APInt? {
    let utf8 = s.utf8
    guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    return fromMagnitude(BigUInt(decimalDigits: utf8))
  }

  /// The magnitude of a run of hex digits (the part after `0x`), at the
  /// narrowest width that holds it (at least 1 bit).
  public static func fromHexString(_ s: Substring) -> APInt? {
    let utf8 = s.utf8
    guard !utf8.isEmpty else { return nil }
    var words = [UInt64](repeating: 0, count: (utf8.count + 15) / 16)
    var bit = 0
    for c in utf8.reversed() {
      let v: UInt64
      switch c {
      case 48...57: v = UInt64(c - 48)
      case 97...102: v = UInt64(c - 87)
      case 65...70: v = UInt64(c - 55)
      default: return nil
      }
      words[bit >> 6] |= v << UInt64(bit & 63)
      bit += 4
    }
    return fromMagnitude(BigUInt(words: words))
  }

  private static func fromMagnitude(_ m: BigUInt) -> APInt? {
    let width = max(1, m.bitLength)
    guard width <= maxWidth else { return nil }
    return APInt(width: width, words: m.words)
  }

  /// MLIR's rule for the value of an integer literal given to an integer or
  /// index attribute (AttributeParser's buildAttributeAPInt): `spelling` is the
  /// token (`123` or `0x7B`), the `-` is a separate token. Returns nil where MLIR
  /// reports "integer constant out of range for attribute": the magnitude needs
  /// more than `width` bits; a negative literal whose negation has a clear sign
  /// bit (so `-0` is rejected, while `-1 : i1` is true); a positive literal with
  /// the sign bit set for signed and index types; any negative literal for i0.
  /// MLIR rejects negative literals for unsigned types before this, with
  /// "negative integer literal not valid for unsigned integer type".
  public static func fromMLIRIntegerLiteral(
    _ spelling: Substring, negative: Bool, width: Int, signedOrIndex: Bool
  ) -> APInt? {
    let isHex = spelling.utf8.count > 1 && spelling.utf8.dropFirst().first == UInt8(ascii: "x")
    guard width >= 0, width <= maxWidth,
      let magnitude = isHex
        ? fromHexString(spelling.dropFirst(2)) : fromDecimalString(spelling),
      magnitude.activeBits <= width
    else { return nil }
    var result = APInt(width: width, words: magnitude.words)
    if width == 0 { return negative ? nil : result }
    if negative {
      result = result.negated()
      return result.isNegative ? result : nil
    }
    if signedOrIndex && result.isNegative { return nil }
    return result
  }

  // MARK: Printing

  /// Digits in `radix` (2...36) without any prefix, as llvm::APInt::toString
  /// prints them: `-` for negative values when `signed`, "0" for zero.
  /// MLIR prints integer attributes with radix 10, and float bit patterns with
  /// radix 16 upper case after a `0x` prefix.
  public func toString(radix: Int = 10, signed: Bool, uppercase: Bool = true) -> String {
    precondition(radix >= 2 && radix <= 36, "radix out of range")
    if isZero { return "0" }
    let negative = signed && isNegative
    let magnitude = negative ? negated() : self
    let digitChars: [UInt8] = Array(
      (uppercase ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz").utf8)
    var out: [UInt8] = []
    if magnitude.bitWidth <= 64 || (magnitude.big?.dropFirst().allSatisfy { $0 == 0 } ?? true) {
      var n = magnitude.word(0)
      let r = UInt64(radix)
      while n != 0 {
        out.append(digitChars[Int(n % r)])
        n /= r
      }
    } else {
      var m = BigUInt(words: magnitude.words)
      if radix == 10 {
        out = m.decimalDigitsLeastSignificantFirst().map { digitChars[Int($0)] }
      } else {
        while !m.isZero { out.append(digitChars[Int(m.divide(by: UInt64(radix)))]) }
      }
    }
    if negative { out.append(UInt8(ascii: "-")) }
    return String(decoding: out.reversed(), as: UTF8.self)
  }
}

extension APInt: CustomStringConvertible {
  /// `i<width> <signed decimal>`, for debugging.
  public var description: String { "i\(bitWidth) \(toString(radix: 10, signed: true))" }
}
