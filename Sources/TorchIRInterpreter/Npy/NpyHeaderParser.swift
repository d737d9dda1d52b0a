// The header of a .npy file is a Python dict literal, e.g.
// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`. This parses
// exactly that subset (strings, True/False, tuples of non-negative ints),
// with the three keys numpy requires and no others.

struct NpyHeaderParser {
  private let text: [UInt8]
  private var i = 0

  init(_ text: [UInt8]) { self.text = text }

  mutating func parse() throws -> NpyHeader {
    var descr: String?
    var fortran: Bool?
    var shape: [Int]?
    skipSpace()
    try expect(UInt8(ascii: "{"))
    while true {
      skipSpace()
      if peek() == UInt8(ascii: "}") {
        i += 1
        break
      }
      let key = try parseString()
      skipSpace()
      try expect(UInt8(ascii: ":"))
      skipSpace()
      switch key {
      case "descr":
        guard descr == nil else { throw NpyError("bad header: 'descr' given twice") }
        if peek() == UInt8(ascii: "[") { throw NpyError("structured dtypes are not supported") }
        descr = try parseString()
      case "fortran_order":
        guard fortran == nil else { throw NpyError("bad header: 'fortran_order' given twice") }
        fortran = try parseBool()
      case "shape":
        guard shape == nil else { throw NpyError("bad header: 'shape' given twice") }
        shape = try parseTuple()
      default:
        throw NpyError("bad header: unexpected key '\(key)'")
      }
      skipSpace()
      if peek() == UInt8(ascii: ",") {
        i += 1
        continue
      }
      skipSpace()
      try expect(UInt8(ascii: "}"))
      break
    }
    skipSpace()
    guard i == text.count else { throw NpyError("bad header: unexpected text after the dictionary") }
    guard let d = descr, let f = fortran, let s = shape else {
      throw NpyError("bad header: it must have the keys 'descr', 'fortran_order' and 'shape'")
    }
    return NpyHeader(dtype: try NpyDType.parse(d), fortranOrder: f, shape: s)
  }

  private func peek() -> UInt8? { i < text.count ? text[i] : nil }

  private mutating func skipSpace() {
    while let c = peek(), c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { i += 1 }
  }

  private mutating func expect(_ c: UInt8) throws {
    guard peek() == c else {
      throw NpyError("bad header: expected '\(Character(Unicode.Scalar(c)))' at offset \(i)")
    }
    i += 1
  }

  private mutating func parseString() throws -> String {
    guard let q = peek(), q == UInt8(ascii: "'") || q == UInt8(ascii: "\"") else {
      throw NpyError("bad header: expected a string at offset \(i)")
    }
    i += 1
    let start = i
    while let c = peek(), c != q {
      if c == UInt8(ascii: "\\") { throw NpyError("bad header: escapes in strings are not supported") }
      i += 1
    }
    guard peek() == q else { throw NpyError("bad header: unterminated string") }
    let s = String(decoding: text[start..<i], as: UTF8.self)
    i += 1
    return s
  }

  private mutating func parseBool() throws -> Bool {
    if matchWord("True") { return true }
    if matchWord("False") { return false }
    throw NpyError("bad header: 'fortran_order' must be True or False")
  }

  private mutating func matchWord(_ w: String) -> Bool {
    let b = Array(w.utf8)
    guard i + b.count <= text.count, Array(text[i..<(i + b.count)]) == b else { return false }
    i += b.count
    return true
  }

  private mutating func parseTuple() throws -> [Int] {
    try expect(UInt8(ascii: "("))
    var dims: [Int] = []
    while true {
      skipSpace()
      if peek() == UInt8(ascii: ")") {
        i += 1
        return dims
      }
      let start = i
      while let c = peek(), c >= 0x30 && c <= 0x39 { i += 1 }
      guard i > start, i - start <= 19, let v = Int(String(decoding: text[start..<i], as: UTF8.self)) else {
        throw NpyError("bad header: shape must be a tuple of non-negative integers")
      }
      if peek() == UInt8(ascii: "L") { i += 1 }
      dims.append(v)
      guard dims.count <= 64 else { throw NpyError("bad header: more than 64 dimensions") }
      skipSpace()
      if peek() == UInt8(ascii: ",") {
        i += 1
      } else if peek() != UInt8(ascii: ")") {
        throw NpyError("bad header: shape must be a tuple of non-negative integers")
      }
    }
  }
}
