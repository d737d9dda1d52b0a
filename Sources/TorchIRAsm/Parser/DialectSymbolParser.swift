// Dialect types and attributes, and type/attribute aliases (MLIR's
// DialectSymbolParser.cpp):
//
//   dialect-type ::= `!` (alias-name | dialect-namespace `<` body `>` | pretty-dialect-item)
//   dialect-attr ::= `#` (alias-name | dialect-namespace `<` body `>` | pretty-dialect-item)

import TorchIRCore

extension Parser {
  /// The pieces of `!ns.body<...>` / `!ns<...>` / `!alias` after the token.
  private struct ExtendedSymbol {
    var isAlias: Bool
    var identifier: String  // without the sigil
    var dialect: String
    /// The file's bytes (shared, not copied): the body text is only needed
    /// for opaque symbols and messages, so it is decoded on demand.
    let source: [UInt8]
    var body: String { decodeBytesLosslessly(Array(source[bodyRange])) }  // MLIR's symbolData
    var bodyRange: Range<Int>  // where the body text is in the buffer
    var offset: Int  // the sigil token's start
    var end: Int  // just past the symbol's last byte
  }

  private func parseExtendedSymbol() throws -> ExtendedSymbol {
    let t = tok
    let identifier = String(decoding: bytes[(t.start + 1)..<t.end], as: UTF8.self)
    consume()
    let dot = identifier.firstIndex(of: ".")
    let dialect = dot.map { String(identifier[..<$0]) } ?? identifier
    let isPretty = dot != nil
    let hasTrailingData = tok.kind == .less && tok.start == t.end
    if !hasTrailingData && !isPretty {
      return ExtendedSymbol(isAlias: true, identifier: identifier, dialect: dialect, source: bytes,
        bodyRange: t.end..<t.end, offset: t.start, end: t.end)
    }
    var bodyStart = t.start + 1 + dialect.utf8.count
    var bodyEnd: Int
    var end: Int
    if !isPretty {
      bodyEnd = try skipDialectSymbolBody()
      end = bodyEnd
      // The verbose form's body excludes the angle brackets.
      bodyStart += 1
      bodyEnd -= 1
    } else {
      bodyStart += 1  // skip the '.'
      bodyEnd = t.end
      if hasTrailingData { bodyEnd = try skipDialectSymbolBody() }
      end = bodyEnd
    }
    // Bodies are kept byte for byte (they may hold raw non-UTF-8 bytes).
    return ExtendedSymbol(isAlias: false, identifier: identifier, dialect: dialect, source: bytes,
      bodyRange: bodyStart..<bodyEnd, offset: t.start, end: end)
  }

  /// Skips a balanced `<...>` starting at the current `<` token; returns the
  /// offset just past it and moves the lexer there.
  private func skipDialectSymbolBody() throws -> Int {
    var cur = tok.start
    // MLIR reports these errors at the current token: the opening `<`, or
    // the last string lexed inside the body.
    var errorOffset = tok.start
    var nested: [UInt8] = []
    let end = bytes.count
    repeat {
      if cur >= end || bytes[cur] == 0 {
        if let last = nested.last {
          throw error(at: errorOffset, "unbalanced '\(Character(Unicode.Scalar(last)))' character in pretty dialect name")
        }
        throw error(at: errorOffset, "unexpected nul or EOF in pretty dialect name")
      }
      let c = bytes[cur]
      cur += 1
      switch c {
      case 60, 91, 40, 123:  // < [ ( {
        nested.append(c)
        continue
      case 45:  // '-': `->` is one token
        if cur < end && bytes[cur] == 62 { cur += 1 }
        continue
      case 62, 93, 41, 125:  // > ] ) }
        let open: UInt8 = c == 62 ? 60 : c == 93 ? 91 : c == 41 ? 40 : 123
        guard let last = nested.last, last == open else {
          let which = nested.last.map { Character(Unicode.Scalar($0)) } ?? Character(Unicode.Scalar(c))
          throw error(at: errorOffset, "unbalanced '\(which)' character in pretty dialect name")
        }
        nested.removeLast()
      case 34:  // a string: let the lexer skip it
        lexer.reset(to: cur - 1)
        consume()
        if tok.kind != .string { throw error("expected string") }
        errorOffset = tok.start
        cur = tok.end
      default:
        continue
      }
    } while !nested.isEmpty
    lexer.reset(to: cur)
    consume()
    return cur
  }

  func parseExtendedType() throws -> Type {
    let sym = try parseExtendedSymbol()
    if sym.isAlias {
      guard let t = symbols.typeAliases[sym.identifier] else {
        throw Diagnostic(.error, location(at: sym.offset), "undefined symbol alias id '\(sym.identifier)'")
      }
      return t
    }
    if let dialect = context.dialect(sym.dialect) {
      // The same dialect type is usually spelled many times in a file (every
      // `!torch.vtensor<...>` of an op signature): parse each spelling once.
      let key = sym.offset..<sym.end
      if let t = symbols.cachedDialectType(bytes, key) { return t }
      let sub = DialectSymbolParser(parent: self, range: sym.bodyRange, fullSpec: sym.identifier)
      let parsed = try withNested { try dialect.parseType(sub) }
      guard let t = parsed else {
        // Reported where the body starts, as MLIR's default hook does.
        throw Diagnostic(.error, location(at: sym.bodyRange.lowerBound),
          "dialect '\(sym.dialect)' provides no type parsing hook")
      }
      try sub.expectEnd()
      symbols.rememberDialectType(bytes, key, t)
      return t
    }
    if !context.allowUnregisteredDialects {
      throw Diagnostic(.error, location(at: sym.bodyRange.lowerBound),
        "`!\"\(sym.dialect)\"<\"\(sym.body)\">` type created with unregistered dialect. If this is "
          + "intended, please call allowUnregisteredDialects() on the MLIRContext, or use "
          + "-allow-unregistered-dialect with the MLIR opt tool used")
    }
    return context.type(.opaque(dialect: sym.dialect, body: sym.body))
  }

  /// `#alias`, `#ns<...>` or `#ns.body`; `type` is the type given after it
  /// with `:` if the caller parsed one (opaque attributes keep it).
  func parseExtendedAttribute(type: Type?) throws -> Attribute {
    let sym = try parseExtendedSymbol()
    if sym.isAlias {
      guard let a = symbols.attributeAliases[sym.identifier] else {
        throw Diagnostic(.error, location(at: sym.offset), "undefined symbol alias id '\(sym.identifier)'")
      }
      return a
    }
    var attrType = type
    if consumeIf(.colon) { attrType = try parseType() }
    if let dialect = context.dialect(sym.dialect) {
      let sub = DialectSymbolParser(parent: self, range: sym.bodyRange, fullSpec: sym.identifier)
      let parsed = try withNested { try dialect.parseAttribute(sub, type: attrType) }
      guard let a = parsed else {
        // Reported where the body starts, as MLIR's default hook does.
        throw Diagnostic(.error, location(at: sym.bodyRange.lowerBound),
          "dialect '\(sym.dialect)' provides no attribute parsing hook")
      }
      try sub.expectEnd()
      return a
    }
    if !context.allowUnregisteredDialects {
      throw Diagnostic(.error, location(at: sym.bodyRange.lowerBound),
        "#\"\(sym.dialect)\"<\"\(sym.body)\"> : '\(attrType ?? context.noneType)' attribute created with unregistered dialect. If this is "
          + "intended, please call allowUnregisteredDialects() on the MLIRContext, or use "
          + "-allow-unregistered-dialect with the MLIR opt tool used")
    }
    return context.attribute(.opaque(dialect: sym.dialect, body: sym.body, type: attrType))
  }

  func withNested<T>(_ body: () throws -> T) throws -> T {
    try enterNested()
    defer { exitNested() }
    return try body()
  }
}

extension ParserSymbols {
  /// The type parsed before from the same text as `bytes[range]`, if any.
  func cachedDialectType(_ bytes: [UInt8], _ range: Range<Int>) -> Type? {
    guard let entry = dialectTypes[spellingHash(bytes, range)], entry.length == range.count
    else { return nil }
    var i = 0
    while i < range.count {
      if bytes[range.lowerBound + i] != bytes[entry.start + i] { return nil }
      i += 1
    }
    return entry.type
  }

  func rememberDialectType(_ bytes: [UInt8], _ range: Range<Int>, _ type: Type) {
    // Bounded so that a file of many distinct types does not grow it forever.
    if dialectTypes.count < 4096 {
      dialectTypes[spellingHash(bytes, range)] = (range.lowerBound, range.count, type)
    }
  }

  private func spellingHash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
    fnv1a(bytes[range])
  }
}
