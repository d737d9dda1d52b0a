// An unbounded unsigned integer used by the float formatter and parser, which
// need exact arithmetic on numbers far wider than any float (5^1074, 2^16383).
// Every operation they need multiplies or divides by a single 64-bit word, so
// this type has no big-by-big multiplication or division: powers of five and
// ten are applied one word-sized factor at a time.

/// Little-endian 64-bit words with no zero words at the top (zero is `[]`).
struct BigUInt: Equatable, Sendable {
  private(set) var words: [UInt64]

  static let zero = BigUInt(words: [])

  init(_ value: UInt64) {
    words = value == 0 ? [] : [value]
  }

  init(words: [UInt64]) {
    self.words = words
    normalize()
  }

  private mutating func normalize() {
    while let last = words.last, last == 0 { words.removeLast() }
  }

  var isZero: Bool { words.isEmpty }

  /// Number of bits needed to write the value (0 for zero).
  var bitLength: Int {
    guard let top = words.last else { return 0 }
    return words.count * 64 - top.leadingZeroBitCount
  }

  /// Number of zero bits below the lowest set bit (0 for zero).
  var trailingZeroBitCount: Int {
    for (i, w) in words.enumerated() where w != 0 {
      return i * 64 + w.trailingZeroBitCount
    }
    return 0
  }

  /// The low 64 bits.
  var low64: UInt64 { words.first ?? 0 }

  func bit(_ index: Int) -> Bool {
    let w = index >> 6
    guard index >= 0, w < words.count else { return false }
    return (words[w] >> UInt64(index & 63)) & 1 == 1
  }

  /// True when any of the bits below `count` is set.
  func hasBitsBelow(_ count: Int) -> Bool {
    guard count > 0 else { return false }
    let full = count >> 6
    for i in 0..<min(full, words.count) where words[i] != 0 { return true }
    let rest = count & 63
    if rest != 0, full < words.count {
      return words[full] & ((UInt64(1) << UInt64(rest)) - 1) != 0
    }
    return false
  }

  // MARK: Word-sized multiply / divide

  /// self = self * factor + addend.
  mutating func multiply(by factor: UInt64, adding addend: UInt64 = 0) {
    var carry = addend
    for i in 0..<words.count {
      let (hi, lo) = words[i].multipliedFullWidth(by: factor)
      let (sum, overflow) = lo.addingReportingOverflow(carry)
      words[i] = sum
      carry = hi &+ (overflow ? 1 : 0)
    }
    if carry != 0 { words.append(carry) }
    normalize()
  }

  /// self = self / divisor; returns the remainder.
  @discardableResult
  mutating func divide(by divisor: UInt64) -> UInt64 {
    precondition(divisor != 0, "division by zero")
    var rem: UInt64 = 0
    var i = words.count - 1
    while i >= 0 {
      let (q, r) = divisor.dividingFullWidth((high: rem, low: words[i]))
      words[i] = q
      rem = r
      i -= 1
    }
    normalize()
    return rem
  }

  // 5^27 and 10^19 are the largest powers of 5 and 10 that fit in a word.
  private static let pow5Word: UInt64 = 7_450_580_596_923_828_125
  private static let pow10Word: UInt64 = 10_000_000_000_000_000_000
  private static let smallPow5: [UInt64] = {
    var r: [UInt64] = [1]
    for _ in 1...27 { r.append(r[r.count - 1] * 5) }
    return r
  }()
  private static let smallPow10: [UInt64] = {
    var r: [UInt64] = [1]
    for _ in 1...19 { r.append(r[r.count - 1] * 10) }
    return r
  }()

  mutating func multiply(byPowerOf5 n: Int) {
    var n = n
    while n >= 27 { multiply(by: BigUInt.pow5Word); n -= 27 }
    if n > 0 { multiply(by: BigUInt.smallPow5[n]) }
  }

  /// Truncating division by 5^n; returns whether the remainder was non-zero.
  /// Chained floor divisions equal one floor division by the product, and the
  /// total remainder is zero exactly when every step's remainder is.
  @discardableResult
  mutating func divide(byPowerOf5 n: Int) -> Bool {
    var n = n
    var inexact = false
    while n >= 27 {
      if divide(by: BigUInt.pow5Word) != 0 { inexact = true }
      n -= 27
    }
    if n > 0, divide(by: BigUInt.smallPow5[n]) != 0 { inexact = true }
    return inexact
  }

  /// Truncating division by 10^n.
  mutating func divide(byPowerOf10 n: Int) {
    var n = n
    while n >= 19 {
      divide(by: BigUInt.pow10Word)
      n -= 19
      if isZero { return }
    }
    if n > 0 { divide(by: BigUInt.smallPow10[n]) }
  }

  // MARK: Shifts, add, compare

  static func << (lhs: BigUInt, rhs: Int) -> BigUInt {
    guard rhs > 0, !lhs.isZero else { return rhs < 0 ? lhs >> -rhs : lhs }
    let wordShift = rhs >> 6
    let bitShift = UInt64(rhs & 63)
    var out = [UInt64](repeating: 0, count: lhs.words.count + wordShift + 1)
    for (i, w) in lhs.words.enumerated() {
      out[i + wordShift] |= w << bitShift
      if bitShift != 0 { out[i + wordShift + 1] |= w >> (64 - bitShift) }
    }
    return BigUInt(words: out)
  }

  static func >> (lhs: BigUInt, rhs: Int) -> BigUInt {
    guard rhs > 0 else { return rhs < 0 ? lhs << -rhs : lhs }
    let wordShift = rhs >> 6
    guard wordShift < lhs.words.count else { return .zero }
    let bitShift = UInt64(rhs & 63)
    var out = [UInt64](repeating: 0, count: lhs.words.count - wordShift)
    for i in 0..<out.count {
      var w = lhs.words[i + wordShift] >> bitShift
      if bitShift != 0, i + wordShift + 1 < lhs.words.count {
        w |= lhs.words[i + wordShift + 1] << (64 - bitShift)
      }
      out[i] = w
    }
    return BigUInt(words: out)
  }

  mutating func addOne() {
    for i in 0..<words.count {
      words[i] &+= 1
      if words[i] != 0 { return }
    }
    words.append(1)
  }

  static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
    if lhs.words.count != rhs.words.count { return lhs.words.count < rhs.words.count }
    var i = lhs.words.count - 1
    while i >= 0 {
      if lhs.words[i] != rhs.words[i] { return lhs.words[i] < rhs.words[i] }
      i -= 1
    }
    return false
  }

  /// The value with only its low `count` bits kept.
  func masked(toLow count: Int) -> BigUInt {
    guard count > 0 else { return .zero }
    let full = count >> 6
    if full >= words.count { return self }
    var out = Array(words[0..<full])
    let rest = count & 63
    if rest != 0 { out.append(words[full] & ((UInt64(1) << UInt64(rest)) - 1)) }
    return BigUInt(words: out)
  }

  // MARK: Decimal digits

  /// Decimal digits, least significant first ("digit values", not ASCII).
  /// Peels 19 digits at a time with one word division.
  func decimalDigitsLeastSignificantFirst() -> [UInt8] {
    var digits: [UInt8] = []
    var n = self
    while !n.isZero {
      var chunk = n.divide(by: BigUInt.pow10Word)
      if n.isZero {
        while chunk != 0 {
          digits.append(UInt8(chunk % 10))
          chunk /= 10
        }
      } else {
        for _ in 0..<19 {
          digits.append(UInt8(chunk % 10))
          chunk /= 10
        }
      }
    }
    return digits
  }

  /// Parses a run of ASCII decimal digits (the caller validated them).
  init<C: Collection>(decimalDigits digits: C) where C.Element == UInt8 {
    self = .zero
    var chunk: UInt64 = 0
    var chunkLen = 0
    for c in digits {
      chunk = chunk * 10 + UInt64(c &- 48)
      chunkLen += 1
      if chunkLen == 19 {
        multiply(by: BigUInt.pow10Word, adding: chunk)
        chunk = 0
        chunkLen = 0
      }
    }
    if chunkLen > 0 { multiply(by: BigUInt.smallPow10[chunkLen], adding: chunk) }
  }
}
