// The parser as dialect code sees it: `OpAsmParser` for custom op forms and
// `DialectAsmParser` for dialect types and attributes. Both forward to the
// file's `Parser`.

import TorchIRCore

/// Shared forwarding of the `AsmParserBase` methods.
class AsmParserForwarder {
  let parser: Parser
  init(parser: Parser) { self.parser = parser }

  var context: MLIRContext { parser.context }
  var currentLocation: Location { parser.currentLocation }

  func error(_ message: String) -> Diagnostic { parser.error(message) }
  func error(at location: Location, _ message: String) -> Diagnostic {
    Diagnostic(.error, location, message)
  }

  func parseOptionalPunctuation(_ p: String) -> Bool {
    guard let k = TokenKind.punctuation(p) else { return false }
    return parser.consumeIf(k)
  }
  func parsePunctuation(_ p: String) throws {
    guard let k = TokenKind.punctuation(p) else { throw parser.error("expected '\(p)'") }
    try parser.expect(k, "expected '\(p)'")
  }
  func parseOptionalKeyword(_ keyword: String) -> Bool {
    guard parser.tok.kind == .bareIdentifier, parser.spelling == keyword else { return false }
    parser.consume()
    return true
  }
  func parseKeyword(_ keyword: String) throws {
    if !parseOptionalKeyword(keyword) { throw keywordError("expected '\(keyword)'") }
  }
  func keywordError(_ message: String) -> Diagnostic { parser.wrongTokenError(message) }
  func parseOptionalKeyword() -> String? {
    guard parser.tok.kind == .bareIdentifier else { return nil }
    let s = parser.spelling
    parser.consume()
    return s
  }
  func parseOptionalKeyword(oneOf: [String]) -> String? {
    guard parser.tok.kind == .bareIdentifier else { return nil }
    let s = parser.spelling
    guard oneOf.contains(s) else { return nil }
    parser.consume()
    return s
  }
  func parseOptionalString() throws -> String? {
    guard parser.tok.kind == .string else { return nil }
    let s = parser.stringTokenValue()
    parser.consume()
    return s
  }
  func parseString() throws -> String {
    guard let s = try parseOptionalString() else { throw parser.error("expected string") }
    return s
  }
  func parseOptionalInteger() throws -> Int64? {
    // An out-of-range value is reported where the integer starts, as in MLIR.
    let start = parser.tok.start
    guard let v = try parser.parseOptionalAPInt() else { return nil }
    guard v.minSignedBits <= 64 else { throw parser.error(at: start, "integer value too large") }
    return Int64(bitPattern: v.sext(to: max(v.bitWidth, 64)).asUInt64)
  }
  func parseInteger() throws -> Int64 {
    // Reported through the custom op, as MLIR's AsmParser::parseInteger does.
    guard let v = try parseOptionalInteger() else { throw error("expected integer value") }
    return v
  }
  func parseType() throws -> Type { try parser.parseType() }
  func parseOptionalType() throws -> Type? { try parser.parseOptionalType() }
  func parseColonType() throws -> Type {
    try parser.expect(.colon, "expected ':'")
    return try parser.parseType()
  }
  func parseColonTypeList() throws -> [Type] {
    try parser.expect(.colon, "expected ':'")
    return try parser.parseTypeListNoParens()
  }
  func parseOptionalColonTypeList() throws -> [Type] {
    guard parser.consumeIf(.colon) else { return [] }
    return try parser.parseTypeListNoParens()
  }
  func parseOptionalArrowTypeList() throws -> [Type] {
    guard parser.consumeIf(.arrow) else { return [] }
    return try parser.parseFunctionResultTypes()
  }
  func parseAttribute(type: Type?) throws -> Attribute { try parser.parseAttribute(type: type) }
  func parseOptionalAttribute(type: Type?) throws -> Attribute? {
    try parser.parseOptionalAttribute(type: type)
  }
  func parseOptionalAttrDict(into attrs: inout [NamedAttribute]) throws {
    if parser.tok.kind == .lBrace { try parser.parseAttributeDict(into: &attrs) }
  }
  func parseOptionalAttrDictWithKeyword(into attrs: inout [NamedAttribute]) throws {
    if parser.consumeKeyword("attributes") { try parser.parseAttributeDict(into: &attrs) }
  }
  func parseOptionalSymbolName() throws -> String? {
    guard parser.tok.kind == .atIdentifier else { return nil }
    let s = parser.symbolReferenceName(parser.tok)
    parser.consume()
    return s
  }
  func parseSymbolName() throws -> String {
    guard let s = try parseOptionalSymbolName() else {
      throw parser.error("expected valid '@'-identifier for symbol name")
    }
    return s
  }
  func parseOptionalLocationSpecifier() throws -> Location? {
    guard parser.consumeKeyword("loc") else { return nil }
    try parser.expect(.lParen, "expected '(' in location")
    let l = try parser.parseLocationInstance()
    try parser.expect(.rParen, "expected ')' in location")
    return l
  }
  func parseCommaSeparatedList(_ delimiter: AsmDelimiter, _ element: () throws -> Void) throws {
    try parser.parseCommaSeparatedList(delimiter, element)
  }
}

final class CustomOpAsmParser: AsmParserForwarder, OpAsmParser {
  @exclusivity(unchecked) var opName: String
  @exclusivity(unchecked) var nameOffset: Int
  @exclusivity(unchecked) var results: [ResultRecord]

  init(parser: Parser, opName: String, nameOffset: Int, results: [ResultRecord]) {
    self.opName = opName
    self.nameOffset = nameOffset
    self.results = results
    super.init(parser: parser)
  }

  /// Errors raised by the op's own parser name the op, as MLIR's do.
  override func error(_ message: String) -> Diagnostic {
    parser.error("custom op '\(opName)' " + message)
  }
  override func error(at location: Location, _ message: String) -> Diagnostic {
    Diagnostic(.error, location, "custom op '\(opName)' " + message)
  }
  override func keywordError(_ message: String) -> Diagnostic {
    parser.error("custom op '\(opName)' " + message)
  }

  var numResults: Int { results.reduce(0) { $0 + $1.count } }

  func parseOperand() throws -> UnresolvedOperand { try parser.parseSSAUse() }
  func parseOptionalOperand() throws -> UnresolvedOperand? {
    guard parser.tok.kind == .percentIdentifier else { return nil }
    return try parser.parseSSAUse()
  }
  func parseOperandList(_ delimiter: AsmDelimiter) throws -> [UnresolvedOperand] {
    var out: [UnresolvedOperand] = []
    if delimiter == .none && parser.tok.kind != .percentIdentifier { return [] }
    try parser.parseCommaSeparatedList(delimiter) { out.append(try parser.parseSSAUse()) }
    return out
  }
  func resolveOperand(_ operand: UnresolvedOperand, _ type: Type) throws -> Value {
    try parser.resolveSSAUse(operand, type, useOffset: parser.offset(of: operand))
  }
  func resolveOperands(_ operands: [UnresolvedOperand], _ types: [Type], at location: Location)
    throws -> [Value]
  {
    if operands.count != types.count {
      throw Diagnostic(.error, location,
        "custom op '\(opName)' \(operands.count) operands present, but expected \(types.count)")
    }
    var out: [Value] = []
    out.reserveCapacity(operands.count)
    for (o, t) in zip(operands, types) { out.append(try resolveOperand(o, t)) }
    return out
  }

  func parseArgument(allowType: Bool, allowAttributes: Bool) throws -> OpAsmArgument {
    guard let a = try parseOptionalArgument(allowType: allowType, allowAttributes: allowAttributes)
    else { throw parser.wrongTokenError("expected SSA operand") }
    return a
  }
  func parseOptionalArgument(allowType: Bool, allowAttributes: Bool) throws -> OpAsmArgument? {
    guard parser.tok.kind == .percentIdentifier else { return nil }
    let name = try parser.parseSSAUse(allowResultNumber: false)
    var type: Type? = nil
    var attrs: Attribute? = nil
    if allowType {
      try parser.expect(.colon, "expected ':'")
      type = try parser.parseType()
    }
    if allowAttributes && parser.tok.kind == .lBrace {
      var entries: [NamedAttribute] = []
      try parser.parseAttributeDict(into: &entries)
      attrs = context.dictionaryAttr(entries)
    }
    let loc = try parseOptionalLocationSpecifier()
    return OpAsmArgument(ssaName: name, type: type, attributes: attrs, location: loc)
  }
  func parseArgumentList(_ delimiter: AsmDelimiter, allowType: Bool, allowAttributes: Bool)
    throws -> [OpAsmArgument]
  {
    var out: [OpAsmArgument] = []
    if delimiter == .none && parser.tok.kind != .percentIdentifier { return [] }
    try parser.parseCommaSeparatedList(delimiter, context: " in argument list") {
      out.append(try parseArgument(allowType: allowType, allowAttributes: allowAttributes))
    }
    return out
  }

  func parseRegion(_ region: Region, arguments: [OpAsmArgument], enableNameShadowing: Bool) throws {
    try parser.parseRegion(region, arguments: arguments, isolatedNameScope: enableNameShadowing)
  }
  func parseOptionalRegion(_ region: Region, arguments: [OpAsmArgument]) throws -> Bool {
    guard parser.tok.kind == .lBrace else { return false }
    try parser.parseRegion(region, arguments: arguments, isolatedNameScope: false)
    return true
  }
  func parseSuccessor() throws -> Block { try parser.parseSuccessor() }
  func parseOptionalSuccessor() throws -> Block? {
    guard parser.tok.kind == .caretIdentifier else { return nil }
    return try parser.parseSuccessor()
  }
}

/// Parses the body of a dialect type or attribute with a parser of its own
/// over that text (locations stay those of the file).
final class DialectSymbolParser: AsmParserForwarder, DialectAsmParser {
  let fullSymbolSpec: String

  init(parent: Parser, range: Range<Int>, fullSpec: String) {
    self.fullSymbolSpec = fullSpec
    let sub = Parser(context: parent.context, buffer: parent.buffer, range: range,
      config: parent.config, symbols: parent.symbols, depth: parent.depth)
    sub.endIsInsideEnclosingText = true
    super.init(parser: sub)
  }

  deinit { parser.customOpParserPool.removeAll() }

  func expectEnd() throws {
    if parser.tok.kind != .eof {
      throw parser.error("unexpected tokens at the end of the dialect symbol body")
    }
  }
}
