// The parser's core: token handling, error reporting and the shared helpers of
// the grammar. The grammar itself is split by what it parses, as in MLIR's
// lib/AsmParser: OperationParser.swift (ops, regions, blocks, SSA names),
// TypeParser.swift, AttributeParser.swift, DenseElementsParser.swift,
// AffineParser.swift, LocationParser.swift, TopLevelParser.swift.

import TorchIRCore

public struct ParserConfig {
  /// Verify the IR after parsing (mlir-opt does unless told not to).
  public var verifyAfterParse = true
  /// The deepest nesting of regions, types and attributes accepted. Deeper
  /// input is rejected with a diagnostic rather than risking the stack.
  public var maxNestingDepth = 1000
  public init() {}
}

struct FunctionTypeCacheEntry {
  var start: Int
  var length: Int
  var type: Type
}

/// Symbols shared by all parsers of one file: aliases and resource handles.
final class ParserSymbols {
  var typeAliases: [String: Type] = [:]
  var attributeAliases: [String: Attribute] = [:]
  /// Dialect types by the hash of their spelling (`!torch.vtensor<[2],f32>`),
  /// with where that spelling is, to confirm a hit (see parseExtendedType).
  var dialectTypes: [UInt64: (start: Int, length: Int, type: Type)] = [:]
}

public final class Parser {
  public let context: MLIRContext
  let config: ParserConfig
  let buffer: SourceBuffer
  let bytes: [UInt8]
  @exclusivity(unchecked) var lexer: Lexer
  @exclusivity(unchecked) var tok: Token
  @exclusivity(unchecked) var prevTokenEnd = 0
  let symbols: ParserSymbols
  @exclusivity(unchecked) var depth = 0
  /// Set on the parser of a dialect type or attribute body: its end of input
  /// is where the enclosing text continues, so errors there are reported at
  /// that offset (as MLIR's parser, which reads on past the body, does) rather
  /// than moved back onto the last character.
  var endIsInsideEnclosingText = false

  // Operation-parsing state (see OperationParser.swift).
  @exclusivity(unchecked) var isolatedScopes: [IsolatedNameScope] = []
  @exclusivity(unchecked) var blockScopes: [BlockNameScope] = []
  @exclusivity(unchecked) var forwardRefPlaceholders: [ObjectIdentifier: (value: Value, offset: Int)] = [:]
  @exclusivity(unchecked) var placeholderOps: [Operation] = []
  @exclusivity(unchecked) var deferredLocations: [DeferredLocation] = []
  @exclusivity(unchecked) var defaultDialectStack: [String] = ["builtin"]
  var placeholderName: OperationName
  /// Generic op names by the hash of their token bytes (see OperationParser).
  @exclusivity(unchecked) var operationNameCache: [UInt64: (start: Int, length: Int, name: OperationName)] = [:]
  /// Recently parsed function types by their source text (see TypeParser).
  @exclusivity(unchecked) var functionTypeCache: [FunctionTypeCacheEntry] = []
  /// Scalar types by their packed keyword spelling (see `packedKeyword`).
  @exclusivity(unchecked) var scalarTypeCache: [UInt64: Type] = [:]
  /// A direct-mapped front of `scalarTypeCache` (16 slots by packed key).
  @exclusivity(unchecked) var scalarTypeKeys = [UInt64](repeating: 0, count: 16)
  @exclusivity(unchecked) var scalarTypeValues = [Type?](repeating: nil, count: 16)
  /// Op name cache entries by the top bits of their hash (see
  /// `cachedOperationName`).
  @exclusivity(unchecked) var operationNameFront = [OperationNameFrontEntry](
    repeating: OperationNameFrontEntry(hash: 0, start: 0, length: -1, name: nil), count: 64)
  /// Scratch operand lists of generic ops, reused (see
  /// parseGenericOperationAfterName).
  @exclusivity(unchecked) var genericOperandPool: [[(UnresolvedOperand, Int)]] = []
  @exclusivity(unchecked) var genericValuePool: [[Value]] = []
  /// Result lists of ops, reused (see parseOperation).
  @exclusivity(unchecked) var resultRecordPool: [[ResultRecord]] = []
  /// Custom op parsers not in use (ops nest through regions), reused from op
  /// to op; they refer back to this parser, so parseSourceFile empties this.
  @exclusivity(unchecked) var customOpParserPool: [CustomOpAsmParser] = []
  /// Integer attributes of small decimal literals (see parseDecOrHexAttr).
  @exclusivity(unchecked) var integerAttrCache: [IntegerAttrKey: Attribute] = [:]
  /// `distinct[N]` ids seen in this file.
  @exclusivity(unchecked) var distinctAttributes: [Int64: Attribute] = [:]

  init(
    context: MLIRContext, buffer: SourceBuffer, range: Range<Int>?, config: ParserConfig,
    symbols: ParserSymbols = ParserSymbols(), depth: Int = 0
  ) {
    self.context = context
    self.config = config
    self.buffer = buffer
    self.bytes = buffer.bytes
    self.lexer = Lexer(buffer: buffer, range: range)
    self.tok = Token(kind: .eof, start: 0, end: 0, line: 1, lineStart: 0)
    self.symbols = symbols
    self.depth = depth
    self.placeholderName = context.operationName("builtin.unrealized_conversion_cast")
    self.tok = lexer.lex()
  }

  // MARK: Tokens

  @inline(__always) func consume() {
    prevTokenEnd = tok.end
    tok = lexer.lex()
  }

  @inline(__always) func consumeIf(_ k: TokenKind) -> Bool {
    if tok.kind == k {
      consume()
      return true
    }
    return false
  }

  /// The spelling of the current token.
  var spelling: String { String(decoding: bytes[tok.start..<tok.end], as: UTF8.self) }
  func spelling(_ t: Token) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }

  /// Whether the current token is the bare identifier `kw`.
  @inline(__always) func isKeyword(_ kw: StaticString) -> Bool {
    guard tok.kind == .bareIdentifier, tok.length == kw.utf8CodeUnitCount else { return false }
    return kw.withUTF8Buffer { kwb in
      var i = 0
      while i < kwb.count {
        if bytes[tok.start + i] != kwb[i] { return false }
        i += 1
      }
      return true
    }
  }

  func consumeKeyword(_ kw: StaticString) -> Bool {
    if isKeyword(kw) {
      consume()
      return true
    }
    return false
  }

  /// The location of a byte offset in this buffer.
  func location(at offset: Int) -> Location {
    // Most offsets are at or after the current token's line start: compute
    // the column from there; otherwise scan.
    if offset >= tok.lineStart && offset <= tok.end {
      return .fileLineCol(file: buffer.name, line: tok.line, column: offset - tok.lineStart + 1)
    }
    let lc = buffer.lineAndColumn(of: offset)
    return .fileLineCol(file: buffer.name, line: lc.line, column: lc.column)
  }
  func location(of t: Token) -> Location {
    .fileLineCol(file: buffer.name, line: t.line, column: t.column)
  }
  var currentLocation: Location { location(of: tok) }

  // MARK: Errors

  /// An error at the current token (moved back one character at end of file).
  /// When the lexer failed, its error is the one reported.
  func error(_ message: String) -> Diagnostic {
    if tok.kind == .error { return lexerError() }
    if tok.kind == .eof && !endIsInsideEnclosingText { return error(at: max(tok.start - 1, 0), message) }
    return Diagnostic(.error, location(of: tok), message)
  }

  func error(at offset: Int, _ message: String) -> Diagnostic {
    if tok.kind == .error { return lexerError() }
    return Diagnostic(.error, location(at: offset), message)
  }

  func lexerError() -> Diagnostic {
    Diagnostic(.error, location(of: tok), lexer.errorMessage)
  }

  /// An error about a missing token: reported at the end of the previous
  /// line when the current token starts a line (after blank lines and `//`
  /// comments), where the missing token belongs. This follows MLIR's
  /// `emitWrongTokenError`.
  func wrongTokenError(_ message: String) -> Diagnostic {
    if tok.kind == .error { return lexerError() }
    var loc = tok.start
    if tok.kind == .eof && !endIsInsideEnclosingText { loc = max(loc - 1, 0) }
    let original = loc
    var end = loc  // exclusive end of the text we back up through
    let begin = lexer.bufferStart  // never back up into a previous chunk
    while true {
      while end > begin && (bytes[end - 1] == 32 || bytes[end - 1] == 9) { end -= 1 }
      if end <= begin { return error(at: original, message) }
      let c = bytes[end - 1]
      if c != 10 && c != 13 { return error(at: end, message) }
      end -= 1
      // Find the start of the previous line and a `//` on it.
      var lineStart = end
      while lineStart > begin && bytes[lineStart - 1] != 10 && bytes[lineStart - 1] != 13 {
        lineStart -= 1
      }
      var i = lineStart
      while i + 1 < end {
        if bytes[i] == 47 && bytes[i + 1] == 47 {
          end = i
          break
        }
        i += 1
      }
    }
  }

  func expect(_ k: TokenKind, _ message: @autoclosure () -> String) throws {
    if tok.kind == k {
      consume()
      return
    }
    throw wrongTokenError(message())
  }

  // MARK: Nesting

  func enterNested() throws {
    depth += 1
    if depth > config.maxNestingDepth {
      throw error("nesting too deep: more than \(config.maxNestingDepth) levels")
    }
  }
  func exitNested() { depth -= 1 }

  // MARK: Lists

  /// `delimiter? element (',' element)* delimiter?`; with a delimiter the
  /// list may be empty, as in MLIR's parseCommaSeparatedList.
  func parseCommaSeparatedList(
    _ delimiter: AsmDelimiter, context contextMessage: String = "",
    _ element: () throws -> Void
  ) throws {
    var close: TokenKind? = nil
    switch delimiter {
    case .none: break
    case .optionalParen, .paren:
      if delimiter == .optionalParen && tok.kind != .lParen { return }
      try expect(.lParen, "expected '('" + contextMessage)
      if consumeIf(.rParen) { return }
      close = .rParen
    case .optionalLessGreater, .lessGreater:
      if delimiter == .optionalLessGreater && tok.kind != .less { return }
      try expect(.less, "expected '<'" + contextMessage)
      if consumeIf(.greater) { return }
      close = .greater
    case .optionalSquare, .square:
      if delimiter == .optionalSquare && tok.kind != .lSquare { return }
      try expect(.lSquare, "expected '['" + contextMessage)
      if consumeIf(.rSquare) { return }
      close = .rSquare
    case .optionalBraces, .braces:
      if delimiter == .optionalBraces && tok.kind != .lBrace { return }
      try expect(.lBrace, "expected '{'" + contextMessage)
      if consumeIf(.rBrace) { return }
      close = .rBrace
    }
    try element()
    while consumeIf(.comma) { try element() }
    if let c = close { try expect(c, "expected '\(c.spelling)'" + contextMessage) }
  }

  /// `element (',' element)* right`, or just `right` when empty lists are allowed.
  func parseCommaSeparatedListUntil(
    _ right: TokenKind, allowEmpty: Bool = true, _ element: () throws -> Void
  ) throws {
    if tok.kind == right {
      if !allowEmpty { throw wrongTokenError("expected list element") }
      consume()
      return
    }
    try element()
    while consumeIf(.comma) { try element() }
    try expect(right, "expected ',' or '\(right.spelling)'")
  }

  // MARK: Literals

  /// The bytes of the current string token's value.
  func stringTokenBytes() -> [UInt8] { Lexer.stringBytes(bytes, tok.start, tok.end) }
  func stringTokenValue() -> String { decodeBytesLosslessly(stringTokenBytes()) }

  /// The current integer token's value as an unsigned magnitude (nil if too
  /// large for `APInt`'s limits, which never happens for sane input).
  func integerTokenValue(_ t: Token) -> APInt? {
    let s = bytes[t.start..<t.end]
    // Decimal conversion is quadratic in the digit count; no integer type
    // holds more than ~5 million digits, and none sensible holds 100,000.
    var firstSignificant = s.startIndex
    while firstSignificant < s.endIndex - 1 && s[firstSignificant] == 48 { firstSignificant += 1 }
    if s.endIndex - firstSignificant > 100_000 { return nil }
    if s.count > 2 && s[s.startIndex + 1] == 120 {
      return APInt.fromHexString(Substring(decoding: s.dropFirst(2), as: UTF8.self))
    }
    return APInt.fromDecimalString(Substring(decoding: s, as: UTF8.self))
  }

  /// The current integer token as an Int64 when it fits.
  func integerTokenInt64(_ t: Token) -> Int64? {
    guard let v = integerTokenValue(t), v.activeBits <= 63 else { return nil }
    return Int64(bitPattern: v.asUInt64)
  }

  /// Parses `-`? integer into a signed APInt wide enough for the value (the
  /// magnitude plus a sign bit), as MLIR's parseOptionalInteger. `true` and
  /// `false` parse as 1 and 0. Returns nil if no integer is present.
  func parseOptionalAPInt() throws -> APInt? {
    if consumeKeyword("true") { return APInt(width: 2, value: 1) }
    if consumeKeyword("false") { return APInt(width: 2, value: 0) }
    guard tok.kind == .integer || tok.kind == .minus else { return nil }
    let negative = consumeIf(.minus)
    let t = tok
    try expect(.integer, "expected integer value")
    guard let mag = integerTokenValue(t) else { throw error(at: t.start, "integer value too large") }
    let widened = mag.zext(to: mag.activeBits + 1)
    return negative ? widened.negated() : widened
  }
}

/// Hex digits to bytes (`"0x..."` strings); nil when malformed. Table-driven
/// over raw pointers: resource blobs can be hundreds of MB.
func decodeHexBytes(_ hex: ArraySlice<UInt8>) -> [UInt8]? {
  guard hex.count % 2 == 0 else { return nil }
  let n = hex.count / 2
  var ok = true
  let out = [UInt8](unsafeUninitializedCapacity: n) { out, count in
    hex.withUnsafeBytes { src in
      hexPairValueTable.withUnsafeBufferPointer { table in
        guard let s = src.baseAddress, let o = out.baseAddress else { return }
        // One table lookup per output byte: the two digits read as a UInt16.
        var bad: UInt16 = 0
        var i = 0
        while i < n {
          let v = table[Int(s.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))]
          bad |= v
          o[i] = UInt8(truncatingIfNeeded: v)
          i += 1
        }
        ok = bad & 0xFF00 == 0
      }
    }
    count = n
  }
  return ok ? out : nil
}

/// The value of every two-character hex pair, indexed by the pair read as a
/// native UInt16; 0xFF00 marks pairs that are not two hex digits.
let hexPairValueTable: [UInt16] = (0..<65536).map { v -> UInt16 in
  let pair = UInt16(v)
  let bytesOfPair = withUnsafeBytes(of: pair) { Array($0) }
  let a = hexValueTable[Int(bytesOfPair[0])]
  let b = hexValueTable[Int(bytesOfPair[1])]
  if a == 0xFF || b == 0xFF { return 0xFF00 }
  return UInt16(a << 4 | b)
}

/// Hex digit values; 0xFF for bytes that are not hex digits.
let hexValueTable: [UInt8] = (0..<256).map { c -> UInt8 in
  switch c {
  case 48...57: return UInt8(c - 48)
  case 65...70: return UInt8(c - 55)
  case 97...102: return UInt8(c - 87)
  default: return 0xFF
  }
}

struct OperationNameFrontEntry {
  var hash: UInt64
  var start: Int
  var length: Int
  var name: OperationName?
}

/// FNV-1a over a spelling's bytes: the parser's caches key SSA names, op
/// names and dialect types by it, so a lookup hashes one integer.
@inline(__always)
func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
  return h
}
