// The lexer: bytes to tokens, following MLIR's Lexer.cpp grammar. It works on a
// range of a buffer (one `// -----` chunk) but counts lines from the start of
// the buffer, so locations match the file the user wrote.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public struct Lexer {
  public let buffer: SourceBuffer
  let bytes: [UInt8]
  let end: Int
  /// Where this lexer's range starts in the buffer.
  public let bufferStart: Int
  var pos: Int
  var line: Int
  var lineStart: Int
  /// The message of the last `.error` token.
  public private(set) var errorMessage = ""

  public init(buffer: SourceBuffer, range: Range<Int>? = nil) {
    self.buffer = buffer
    self.bytes = buffer.bytes
    let r = range ?? 0..<buffer.bytes.count
    self.end = r.upperBound
    self.bufferStart = r.lowerBound
    self.pos = r.lowerBound
    let lc = buffer.lineAndColumn(of: r.lowerBound)
    self.line = lc.line
    self.lineStart = r.lowerBound - (lc.column - 1)
  }

  /// Moves the lexer so that the next token starts at `offset` (used to split
  /// `4x8xf32` dimension lists and to skip dialect symbol bodies), keeping the
  /// line count right.
  public mutating func reset(to offset: Int) {
    if offset > pos {
      var i = pos
      while i < offset {
        if bytes[i] == 10 {
          line += 1
          lineStart = i + 1
        }
        i += 1
      }
    } else if offset < pos {
      var i = offset
      while i < pos {
        if bytes[i] == 10 { line -= 1 }
        i += 1
      }
      var s = offset
      while s > 0 && bytes[s - 1] != 10 { s -= 1 }
      lineStart = s
    }
    pos = offset
  }

  @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
    let i = pos + k
    return i < end ? bytes[i] : 0
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
  @inline(__always) static func isAlpha(_ c: UInt8) -> Bool {
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  }
  @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
  }
  /// `[a-zA-Z0-9_$.]`
  @inline(__always) static func isIdentifierChar(_ c: UInt8) -> Bool {
    isAlpha(c) || isDigit(c) || c == 95 || c == 36 || c == 46
  }
  /// `[a-zA-Z0-9$._-]`, the characters of a suffix id.
  @inline(__always) static func isSuffixChar(_ c: UInt8) -> Bool {
    isAlpha(c) || isDigit(c) || c == 36 || c == 46 || c == 95 || c == 45
  }

  private func token(_ k: TokenKind, _ start: Int) -> Token {
    Token(kind: k, start: start, end: pos, line: line, lineStart: lineStart)
  }

  private mutating func error(_ start: Int, _ message: String) -> Token {
    errorMessage = message
    return Token(kind: .error, start: start, end: max(pos, start + 1), line: line, lineStart: lineStart)
  }

  public mutating func lex() -> Token {
    while true {
      let start = pos
      if pos >= end { return Token(kind: .eof, start: end, end: end, line: line, lineStart: lineStart) }
      let c = bytes[pos]
      pos += 1
      switch c {
      case 32, 9, 13:  // ' ', '\t', '\r'
        continue
      case 10:
        line += 1
        lineStart = pos
        continue
      case 47:  // '/'
        if peek() == 47 {
          while pos < end && bytes[pos] != 10 { pos += 1 }
          continue
        }
        return error(start, "unexpected character")
      case 58: return token(.colon, start)
      case 44: return token(.comma, start)
      case 40: return token(.lParen, start)
      case 41: return token(.rParen, start)
      case 91: return token(.lSquare, start)
      case 93: return token(.rSquare, start)
      case 125: return token(.rBrace, start)
      case 60: return token(.less, start)
      case 62: return token(.greater, start)
      case 61: return token(.equal, start)
      case 43: return token(.plus, start)
      case 42: return token(.star, start)
      case 63: return token(.question, start)
      case 124: return token(.verticalBar, start)
      case 123:  // '{'
        if peek() == 45 && peek(1) == 35 {
          pos += 2
          return token(.fileMetadataBegin, start)
        }
        return token(.lBrace, start)
      case 45:  // '-'
        if peek() == 62 {
          pos += 1
          return token(.arrow, start)
        }
        return token(.minus, start)
      case 46:  // '.'
        if peek() == 46 && peek(1) == 46 {
          pos += 2
          return token(.ellipsis, start)
        }
        return error(start, "expected three consecutive dots for an ellipsis")
      case 34:  // '"'
        return lexString(start)
      case 64:  // '@'
        return lexAtIdentifier(start)
      case 35:  // '#'
        if peek() == 45 && peek(1) == 125 {
          pos += 2
          return token(.fileMetadataEnd, start)
        }
        return lexPrefixed(start, .hashIdentifier, "invalid attribute name")
      case 37: return lexPrefixed(start, .percentIdentifier, "invalid SSA name")
      case 94: return lexPrefixed(start, .caretIdentifier, "invalid block name")
      case 33: return lexPrefixed(start, .exclamationIdentifier, "invalid type identifier")
      default:
        if Lexer.isDigit(c) { return lexNumber(start) }
        if Lexer.isAlpha(c) || c == 95 {
          while pos < end && Lexer.isIdentifierChar(bytes[pos]) { pos += 1 }
          return token(.bareIdentifier, start)
        }
        return error(start, "unexpected character")
      }
    }
  }

  private mutating func lexAtIdentifier(_ start: Int) -> Token {
    let c = peek()
    if c == 34 {
      pos += 1
      let t = lexString(start + 1)
      if t.kind == .error { return t }
      return token(.atIdentifier, start)
    }
    guard Lexer.isAlpha(c) || c == 95 else {
      return error(start, "@ identifier expected to start with letter or '_'")
    }
    while pos < end && Lexer.isIdentifierChar(bytes[pos]) { pos += 1 }
    return token(.atIdentifier, start)
  }

  private mutating func lexPrefixed(_ start: Int, _ kind: TokenKind, _ message: String) -> Token {
    let c = peek()
    if Lexer.isDigit(c) {
      while pos < end && Lexer.isDigit(bytes[pos]) { pos += 1 }
    } else if Lexer.isAlpha(c) || c == 36 || c == 46 || c == 95 || c == 45 {
      while pos < end && Lexer.isSuffixChar(bytes[pos]) { pos += 1 }
    } else {
      return error(start, message)
    }
    return token(kind, start)
  }

  private mutating func lexNumber(_ start: Int) -> Token {
    if bytes[start] == 48 && peek() == 120 {  // 0x
      if !Lexer.isHexDigit(peek(1)) { return token(.integer, start) }
      pos += 2
      while pos < end && Lexer.isHexDigit(bytes[pos]) { pos += 1 }
      return token(.integer, start)
    }
    while pos < end && Lexer.isDigit(bytes[pos]) { pos += 1 }
    if peek() != 46 { return token(.integer, start) }
    pos += 1
    while pos < end && Lexer.isDigit(bytes[pos]) { pos += 1 }
    if peek() == 101 || peek() == 69 {
      if Lexer.isDigit(peek(1)) || ((peek(1) == 45 || peek(1) == 43) && Lexer.isDigit(peek(2))) {
        pos += 2
        while pos < end && Lexer.isDigit(bytes[pos]) { pos += 1 }
      }
    }
    return token(.floatLiteral, start)
  }

  /// Lexes a string whose opening quote is at `start`; `pos` is after it.
  private mutating func lexString(_ start: Int) -> Token {
    // Skip plain bytes quickly (long strings are resource blobs); stop at
    // the bytes that need attention: `"`, `\\`, `\n`, `\v`, `\f`.
    pos = bytes.withUnsafeBufferPointer { p -> Int in
      guard let base = p.baseAddress, pos < end else { return pos }
      // memchr (vectorized in libc) finds the closing quote; the bytes before
      // it are plain unless they hold a backslash or a line break.
      let from = base + pos
      let n = end - pos
      guard let q = memchr(from, 34, n) else { return pos }
      let len = UnsafeRawPointer(q) - UnsafeRawPointer(from)
      for special: Int32 in [92, 10, 11, 12] where memchr(from, special, len) != nil {
        return pos
      }
      return pos + len
    }
    while true {
      // Errors point where the string should have ended, as MLIR's do.
      guard pos < end else { return error(end, "expected '\"' in string literal") }
      let c = bytes[pos]
      pos += 1
      switch c {
      case 34: return token(.string, start)
      case 10, 11, 12:
        pos -= 1
        return error(pos, "expected '\"' in string literal")
      case 92:  // backslash
        let n = peek()
        if n == 34 || n == 92 || n == 110 || n == 116 {
          pos += 1
        } else if Lexer.isHexDigit(n) && Lexer.isHexDigit(peek(1)) {
          pos += 2
        } else {
          return error(pos - 1, "unknown escape in string literal")
        }
      default:
        continue
      }
    }
  }
}

extension Lexer {
  /// The bytes a string token denotes (quotes removed, escapes decoded).
  public static func stringBytes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(max(end - start - 2, 0))
    var i = start + 1
    let stop = end - 1
    while i < stop {
      let c = bytes[i]
      if c != 92 {
        out.append(c)
        i += 1
        continue
      }
      let n = bytes[i + 1]
      switch n {
      case 34, 92: out.append(n); i += 2
      case 110: out.append(10); i += 2
      case 116: out.append(9); i += 2
      default:
        out.append(hexValue(n) << 4 | hexValue(bytes[i + 2]))
        i += 3
      }
    }
    return out
  }

  static func hexValue(_ c: UInt8) -> UInt8 {
    if c >= 48 && c <= 57 { return c - 48 }
    if c >= 97 && c <= 102 { return c - 87 }
    return c - 55
  }
}
