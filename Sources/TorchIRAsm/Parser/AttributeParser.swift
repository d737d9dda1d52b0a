// Attributes (MLIR's AttributeParser.cpp), except dense elements
// (DenseElementsParser.swift), affine maps (AffineParser.swift) and locations
// (LocationParser.swift).

import TorchIRCore

extension Parser {
  /// Parses an attribute; `type` is the type the context expects, when known
  /// (then no `: type` suffix is parsed).
  public func parseAttribute(type: Type? = nil) throws -> Attribute {
    guard let a = try parseOptionalAttribute(type: type) else {
      throw wrongTokenError("expected attribute value")
    }
    return a
  }

  func parseOptionalAttribute(type: Type?) throws -> Attribute? {
    try enterNested()
    defer { exitNested() }
    switch tok.kind {
    case .lSquare:
      consume()
      var elements: [Attribute] = []
      try parseCommaSeparatedListUntil(.rSquare) { elements.append(try parseAttribute()) }
      return context.arrayAttr(elements)
    case .lBrace:
      var entries: [NamedAttribute] = []
      try parseAttributeDict(into: &entries)
      return context.dictionaryAttr(entries)
    case .hashIdentifier:
      return try parseExtendedAttribute(type: type)
    case .floatLiteral:
      return try parseFloatAttr(type: type, negative: false)
    case .integer:
      return try parseDecOrHexAttr(type: type, negative: false)
    case .minus:
      consume()
      if tok.kind == .integer { return try parseDecOrHexAttr(type: type, negative: true) }
      if tok.kind == .floatLiteral { return try parseFloatAttr(type: type, negative: true) }
      throw wrongTokenError("expected constant integer or floating point value")
    case .string:
      let value = stringTokenValue()
      consume()
      var t = type
      if t == nil && consumeIf(.colon) { t = try parseType() }
      return context.stringAttr(value, type: t)
    case .atIdentifier:
      return try parseSymbolRefAttr()
    case .bareIdentifier:
      break
    default:
      if let t = try parseOptionalType() { return context.typeAttr(t) }
      return nil
    }
    switch spelling {
    case "affine_map":
      consume()
      try expect(.less, "expected '<' in affine map")
      let map = try parseAffineMapOrSet()
      try expect(.greater, "expected '>' in affine map")
      guard case .map(let m) = map else { throw error("expected AffineMap, but got IntegerSet") }
      return context.attribute(.affineMap(m))
    case "affine_set":
      consume()
      try expect(.less, "expected '<' in integer set")
      let set = try parseAffineMapOrSet()
      try expect(.greater, "expected '>' in integer set")
      guard case .set(let s) = set else { throw error("expected IntegerSet, but got AffineMap") }
      return context.attribute(.integerSet(s))
    case "true":
      consume()
      return context.boolAttr(true)
    case "false":
      consume()
      return context.boolAttr(false)
    case "dense": return try parseDenseElementsAttr(type: type)
    case "dense_resource": return try parseDenseResourceAttr(type: type)
    case "array": return try parseDenseArrayAttr()
    case "loc":
      consume()
      try expect(.lParen, "expected '(' in inline location")
      let loc = try parseLocationInstance()
      try expect(.rParen, "expected ')' in inline location")
      return context.attribute(.location(loc))
    case "strided": return try parseStridedLayoutAttr()
    case "distinct": return try parseDistinctAttr(type: type)
    case "unit":
      consume()
      return context.unitAttr
    case "sparse": return try parseSparseElementsAttr(type: type)
    default:
      if let t = try parseOptionalType() { return context.typeAttr(t) }
      return nil
    }
  }

  /// `{` (name (`=` attribute)?)* `}`; a name without a value is a unit attribute.
  func parseAttributeDict(into attributes: inout [NamedAttribute]) throws {
    var seen = Set<String>()
    try parseCommaSeparatedList(.braces, context: " in attribute dictionary") {
      let name: String
      switch tok.kind {
      case .string: name = stringTokenValue()
      case .bareIdentifier: name = spelling
      default: throw wrongTokenError("expected attribute name")
      }
      if name.isEmpty { throw error("expected valid attribute name") }
      if !seen.insert(name).inserted {
        throw error("duplicate key '\(name)' in dictionary attribute")
      }
      consume()
      if !consumeIf(.equal) {
        attributes.append(NamedAttribute(name, context.unitAttr))
        return
      }
      attributes.append(NamedAttribute(name, try parseAttribute()))
    }
  }

  /// `@a`, `@"a b"`, `@a::@b::@c`.
  func parseSymbolRefAttr() throws -> Attribute {
    let root = symbolReferenceName(tok)
    consume()
    var nested: [String] = []
    while tok.kind == .colon {
      let colonStart = tok.start
      consume()
      if !consumeIf(.colon) {
        // A single ':' belongs to the caller (e.g. `@sym : type`).
        if tok.kind != .eof && tok.kind != .error {
          lexer.reset(to: colonStart)
          consume()
        }
        break
      }
      guard tok.kind == .atIdentifier else {
        throw error("expected nested symbol reference identifier")
      }
      nested.append(symbolReferenceName(tok))
      consume()
    }
    return context.symbolRefAttr(root, nested: nested)
  }

  /// The name of an `@` token: the identifier, or the quoted string's value.
  func symbolReferenceName(_ t: Token) -> String {
    if t.end > t.start + 1 && bytes[t.start + 1] == 34 {
      return decodeBytesLosslessly(Lexer.stringBytes(bytes, t.start + 1, t.end))
    }
    return String(decoding: bytes[(t.start + 1)..<t.end], as: UTF8.self)
  }

  // MARK: Numbers

  func parseDecOrHexAttr(type: Type?, negative: Bool) throws -> Attribute {
    let t = tok
    consume()
    var ty = type
    if ty == nil {
      ty = consumeIf(.colon) ? try parseType() : context.i64Type
    }
    guard let type = ty else { throw error("expected type") }
    if let fk = type.floatKind {
      return context.attribute(.float(try floatFromIntegerLiteral(t, negative: negative, kind: fk), type))
    }
    guard type.isIntOrIndex else {
      throw error(at: t.start, "integer literal not valid for specified type")
    }
    if negative, case .integer(_, .unsigned) = type.kind {
      throw error(at: t.start, "negative integer literal not valid for unsigned integer type")
    }
    // Small decimal literals repeat (`arith.constant 0 : i32`): the attribute
    // depends only on the value, the sign and the type.
    var key: IntegerAttrKey? = nil
    if t.length <= 18 && bytes[t.start] != 48 || t.length == 1 {
      var m: UInt64 = 0
      var i = t.start
      while i < t.end, Lexer.isDigit(bytes[i]) {
        m = m &* 10 &+ UInt64(bytes[i] &- 48)
        i += 1
      }
      if i == t.end {
        let k = IntegerAttrKey(magnitude: m, negative: negative, type: type)
        if let a = integerAttrCache[k] { return a }
        key = k
      }
    }
    guard let v = buildAttributeAPInt(type: type, negative: negative, token: t) else {
      throw error(at: t.start, "integer constant out of range for attribute")
    }
    let a = context.integerAttr(v, type)
    if let key, integerAttrCache.count < 4096 { integerAttrCache[key] = a }
    return a
  }

  /// The value of an integer token for `type`, or nil when it does not fit
  /// (MLIR's buildAttributeAPInt, including its rejection of `-0`).
  func buildAttributeAPInt(type: Type, negative: Bool, token t: Token) -> APInt? {
    guard var v = integerTokenValue(t) else { return nil }
    let width: Int
    var signedOrIndex = false
    switch type.kind {
    case .index:
      width = 64
      signedOrIndex = true
    case .integer(let w, let s):
      width = w
      signedOrIndex = s == .signed
    default: return nil
    }
    if width > v.bitWidth {
      v = v.zext(to: width)
    } else if width < v.bitWidth {
      if v.activeBits > width { return nil }
      v = v.trunc(to: width)
    }
    if width == 0 { return negative ? nil : v }
    if negative {
      v = v.negated()
      if !v.isNegative { return nil }
    } else if signedOrIndex && v.isNegative {
      return nil
    }
    return v
  }

  func parseFloatAttr(type: Type?, negative: Bool) throws -> Attribute {
    let t = tok
    consume()
    var ty = type
    if ty == nil {
      ty = consumeIf(.colon) ? try parseType() : context.f64Type
    }
    guard let type = ty, let fk = type.floatKind else {
      throw error("floating point value not valid for specified type")
    }
    return context.attribute(.float(try decimalFloatBits(t, negative: negative, kind: fk), type))
  }

  /// The bits of a decimal float token in `kind`, converted as MLIR does
  /// (through a double, then rounded to the type).
  func decimalFloatBits(_ t: Token, negative: Bool, kind: FloatKind) throws -> APInt {
    var text = negative ? "-" : ""
    text += String(decoding: bytes[t.start..<t.end], as: UTF8.self)
    guard let bits = parseDecimalFloat(Substring(text), kind: kind) else {
      throw error(at: t.start, "floating point value too large for attribute")
    }
    return bits
  }

  /// `0x...` bits of a float; decimal integers are rejected as MLIR does.
  func floatFromIntegerLiteral(_ t: Token, negative: Bool, kind: FloatKind) throws -> APInt {
    let isHex = t.length > 1 && bytes[t.start + 1] == 120
    if !isHex {
      throw Diagnostic(.error, location(of: t),
        "unexpected decimal integer literal for a floating point value")
        .attachingNote(location(of: t), "add a trailing dot to make the literal a float")
    }
    if negative {
      throw Diagnostic(.error, location(of: t), "hexadecimal float literal should not have a leading minus")
    }
    guard let v = integerTokenValue(t), v.activeBits <= kind.bitWidth else {
      throw Diagnostic(.error, location(of: t), "hexadecimal float constant out of range for type")
    }
    return v.activeBits == 0 ? APInt(width: kind.bitWidth, value: 0)
      : (v.bitWidth >= kind.bitWidth ? v.trunc(to: kind.bitWidth) : v.zext(to: kind.bitWidth))
  }

  // MARK: Other builtin attributes

  /// `array<i32: 1, 2>`, `array<f32>`, `array<i1: true>`.
  func parseDenseArrayAttr() throws -> Attribute {
    consume()
    try expect(.less, "expected '<' after 'array'")
    let typeLoc = tok.start
    let eltType = try parseType()
    guard eltType.isInteger || eltType.isFloat, let bits = eltType.intOrFloatBitWidth else {
      throw error(at: typeLoc, "expected integer or float type, got: '\(eltType)'")
    }
    if !eltType.isInteger(width: 1) && bits % 8 != 0 {
      throw error(at: typeLoc, "element type bitwidth must be a multiple of 8")
    }
    if consumeIf(.greater) { return context.attribute(.denseArray(eltType, [])) }
    try expect(.colon, "expected ':' after dense array type")
    var data: [UInt8] = []
    let byteWidth = eltType.isInteger(width: 1) ? 1 : bits / 8
    try parseCommaSeparatedList(.none) {
      let v: APInt
      if let fk = eltType.floatKind {
        v = try parseFloatLiteralBits(kind: fk)
      } else if isKeyword("true") || isKeyword("false") {
        if !eltType.isInteger(width: 1) { throw error("expected i1 type for 'true' or 'false' values") }
        v = APInt(width: 1, value: isKeyword("true") ? 1 : 0)
        consume()
      } else if eltType.isInteger(width: 1) {
        throw error("expected 'true' or 'false' values for i1 type")
      } else {
        let negative = consumeIf(.minus)
        let t = tok
        guard consumeIf(.integer) else { throw error("expected integer literal") }
        guard let iv = buildAttributeAPInt(type: eltType, negative: negative, token: t) else {
          throw error("integer constant out of range")
        }
        v = iv
      }
      appendLittleEndian(v, byteWidth: byteWidth, to: &data)
    }
    try expect(.greater, "expected '>' to close an array attribute")
    return context.attribute(.denseArray(eltType, data))
  }

  /// A float element: `-`? (decimal | 0x bits).
  func parseFloatLiteralBits(kind: FloatKind) throws -> APInt {
    let negative = consumeIf(.minus)
    let t = tok
    if t.kind == .floatLiteral {
      consume()
      return try decimalFloatBits(t, negative: negative, kind: kind)
    }
    if t.kind == .integer {
      consume()
      return try floatFromIntegerLiteral(t, negative: negative, kind: kind)
    }
    throw wrongTokenError("expected floating point literal")
  }

  /// `strided<[s0, s1], offset: o>`; `?` is dynamic.
  func parseStridedLayoutAttr() throws -> Attribute {
    consume()
    try expect(.less, "expected '<' after 'strided'")
    try expect(.lSquare, "expected '['")
    func parseStrideOrOffset() throws -> Int64 {
      if consumeIf(.question) { return kDynamic }
      let negative = consumeIf(.minus)
      let t = tok
      guard t.kind == .integer, let v = integerTokenInt64(t) else {
        throw error("expected a 64-bit signed integer or '?'")
      }
      consume()
      return negative ? -v : v
    }
    var strides: [Int64] = []
    try parseCommaSeparatedListUntil(.rSquare) { strides.append(try parseStrideOrOffset()) }
    var offset: Int64 = 0
    if consumeIf(.comma) {
      guard consumeKeyword("offset") else { throw wrongTokenError("expected 'offset' after comma") }
      try expect(.colon, "expected ':' after 'offset'")
      offset = try parseStrideOrOffset()
    }
    try expect(.greater, "expected '>'")
    return context.attribute(.stridedLayout(offset: offset, strides: strides))
  }

  /// `distinct[N]<attr>`: the same N within one file is the same attribute.
  func parseDistinctAttr(type: Type?) throws -> Attribute {
    consume()
    try expect(.lSquare, "expected '[' after 'distinct'")
    let t = tok
    guard t.kind == .integer, let id = integerTokenInt64(t) else {
      throw error("expected distinct ID")
    }
    consume()
    try expect(.rSquare, "expected ']' to close distinct ID")
    try expect(.less, "expected '<' after distinct ID")
    let referenced: Attribute
    if consumeIf(.greater) {
      referenced = context.unitAttr
    } else {
      referenced = try parseAttribute(type: type)
      try expect(.greater, "expected '>' to close distinct attribute")
    }
    if let existing = distinctAttributes[id] {
      if case .distinct(_, let r) = existing.kind, r != referenced {
        throw error(at: t.start, "referenced attribute does not match previous definition: \(r)")
      }
      return existing
    }
    let a = context.distinctAttribute(referenced)
    distinctAttributes[id] = a
    return a
  }
}

/// Appends the low `byteWidth` bytes of `v`, little-endian.
func appendLittleEndian(_ v: APInt, byteWidth: Int, to data: inout [UInt8]) {
  let words = v.words
  for i in 0..<byteWidth {
    let w = i / 8
    let word = w < words.count ? words[w] : 0
    data.append(UInt8(truncatingIfNeeded: word >> UInt64((i % 8) * 8)))
  }
}

/// A decimal integer literal of at most 18 digits and its attribute type.
struct IntegerAttrKey: Hashable {
  var magnitude: UInt64
  var negative: Bool
  var type: Type
}
