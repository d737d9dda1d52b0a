// The top level of a file: alias definitions, the `{-# ... #-}` metadata
// (resource blobs) and operations; then forward-reference checks, deferred
// location aliases and verification (MLIR's TopLevelOperationParser).

import TorchIRCore

extension Parser {
  /// Parses a whole buffer (or one `// -----` chunk of it) into a module: the
  /// file's single `builtin.module`, or an implicit one at `moduleLocation`
  /// holding the top-level ops. Throws the first error.
  public static func parseSourceFile(
    _ buffer: SourceBuffer, range: Range<Int>? = nil, context: MLIRContext,
    config: ParserConfig = ParserConfig(), moduleLocation: Location? = nil
  ) throws -> Operation {
    let p = Parser(context: context, buffer: buffer, range: range, config: config)
    // The pooled custom op parsers refer back to `p`: let go of them.
    defer { p.customOpParserPool.removeAll() }
    let topBlock = Block()
    try p.parseTopLevel(into: topBlock)
    let module: Operation
    if topBlock.count == 1, let only = topBlock.first, only.name.name == "builtin.module" {
      only.remove()
      module = only
    } else {
      module = createModuleOp(context, location: moduleLocation ?? .fileLineCol(file: buffer.name, line: 0, column: 0))
      let body = module.region(0).blocks[0]
      while let op = topBlock.first {
        op.remove()
        body.append(op)
      }
    }
    if config.verifyAfterParse { try Verifier().verify(module) }
    return module
  }

  func parseTopLevel(into block: Block) throws {
    pushNameScope(isolated: true)
    while true {
      switch tok.kind {
      case .eof:
        try finalize(block)
        return
      case .error:
        throw lexerError()
      case .hashIdentifier:
        try parseAttributeAliasDefinition()
      case .exclamationIdentifier:
        try parseTypeAliasDefinition()
      case .fileMetadataBegin:
        try parseFileMetadata()
      default:
        try parseOperation(into: block)
      }
    }
  }

  private func finalize(_ block: Block) throws {
    if let first = forwardRefPlaceholders.values.min(by: { $0.offset < $1.offset }) {
      throw error(at: first.offset, "use of undeclared SSA value name")
    }
    for d in deferredLocations {
      guard let a = symbols.attributeAliases[d.alias] else {
        throw error(at: d.offset, "operation location alias was never defined")
      }
      guard case .location(let loc) = a.kind else {
        throw error(at: d.offset, "expected location, but found '\(a)'")
      }
      switch d.target {
      case .op(let op): op.location = loc
      case .argument(let arg): arg.loc = loc
      }
    }
    try popNameScope()
    for p in placeholderOps { p.dropAllReferences() }
  }

  private func parseAttributeAliasDefinition() throws {
    let name = String(decoding: bytes[(tok.start + 1)..<tok.end], as: UTF8.self)
    if symbols.attributeAliases[name] != nil {
      throw error("redefinition of attribute alias id '\(name)'")
    }
    if name.contains(".") {
      throw error("attribute names with a '.' are reserved for dialect-defined names")
    }
    consume()
    try expect(.equal, "expected '=' in attribute alias definition")
    symbols.attributeAliases[name] = try parseAttribute()
  }

  private func parseTypeAliasDefinition() throws {
    let name = String(decoding: bytes[(tok.start + 1)..<tok.end], as: UTF8.self)
    if symbols.typeAliases[name] != nil {
      throw error("redefinition of type alias id '\(name)'")
    }
    if name.contains(".") {
      throw error("type names with a '.' are reserved for dialect-defined names")
    }
    consume()
    try expect(.equal, "expected '=' in type alias definition")
    symbols.typeAliases[name] = try parseType()
  }

  /// `{-# key: { ... }, ... #-}`
  private func parseFileMetadata() throws {
    consume()
    try parseCommaSeparatedListUntil(.fileMetadataEnd) {
      let keyOffset = tok.start
      guard tok.kind == .bareIdentifier else {
        throw error("expected identifier key in file metadata dictionary")
      }
      let key = spelling
      consume()
      try expect(.colon, "expected ':'")
      switch key {
      case "dialect_resources": try parseResourceSection(dialectResources: true)
      case "external_resources": try parseResourceSection(dialectResources: false)
      default: throw error(at: keyOffset, "unknown key '\(key)' in file metadata dictionary")
      }
    }
  }

  private func parseResourceSection(dialectResources: Bool) throws {
    try expect(.lBrace, "expected '{'")
    try parseCommaSeparatedListUntil(.rBrace) {
      let nameOffset = tok.start
      guard tok.kind == .bareIdentifier else {
        throw error("expected identifier key for 'resource' entry")
      }
      let owner = spelling
      consume()
      try expect(.colon, "expected ':'")
      try expect(.lBrace, "expected '{'")
      if dialectResources {
        if context.dialect(owner) == nil {
          throw error(at: nameOffset, "dialect '\(owner)' is unknown")
        }
        if owner != "builtin" {
          throw error("unexpected 'resource' section for dialect '\(owner)'")
        }
      } else {
        // Like mlir-opt, keep entries no tool claims and print them back.
        context.externalResources.append((owner, []))
      }
      try parseCommaSeparatedListUntil(.rBrace) {
        let key: String
        switch tok.kind {
        case .bareIdentifier: key = spelling
        case .string: key = stringTokenValue()
        default:
          throw error(dialectResources ? "expected identifier key for 'resource' entry"
            : "expected identifier key for 'external_resources' entry")
        }
        consume()
        try expect(.colon, "expected ':'")
        let value = tok
        consume()
        if dialectResources {
          context.resources[key] = try parseResourceBlob(value, key: key)
        } else {
          let v: ExternalResourceValue
          if value.kind == .bareIdentifier && (spelling(value) == "true" || spelling(value) == "false") {
            v = .bool(spelling(value) == "true")
          } else if value.kind == .string && value.length >= 4 && bytes[value.start + 1] == 48
            && bytes[value.start + 2] == 120
          {
            let blob = try parseResourceBlob(value, key: key)
            v = .blob(alignment: blob.alignment, bytes: blob.bytes)
          } else if value.kind == .string {
            v = .string(decodeBytesLosslessly(Lexer.stringBytes(bytes, value.start, value.end)))
          } else {
            throw error(at: value.start, "expected string value for key '\(key)'")
          }
          context.externalResources[context.externalResources.count - 1].entries.append((key, v))
        }
      }
    }
  }

  /// `"0x<alignment: 4 bytes LE><data>"`, decoded straight from the source
  /// bytes so that a large blob is never held twice as text.
  private func parseResourceBlob(_ t: Token, key: String) throws -> ResourceBlob {
    guard t.kind == .string, t.length >= 4, bytes[t.start + 1] == 48, bytes[t.start + 2] == 120,
      (t.end - 1 - (t.start + 3)) % 2 == 0
    else {
      throw error(at: t.start, "expected hex string blob for key '\(key)'")
    }
    let hexStart = t.start + 3
    let hexEnd = t.end - 1
    guard hexEnd - hexStart >= 8, let header = decodeHexBytes(bytes[hexStart..<(hexStart + 8)]),
      let data = decodeHexBytes(bytes[(hexStart + 8)..<hexEnd])
    else {
      if decodeHexBytes(bytes[hexStart..<hexEnd]) == nil {
        throw error(at: t.start, "expected hex string blob for key '\(key)'")
      }
      throw error(at: t.start, "expected hex string blob for key '\(key)' to encode alignment in first 4 bytes")
    }
    let align = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
    if align != 0 && (align & (align - 1)) != 0 {
      throw error(at: t.start,
        "expected hex string blob for key '\(key)' to encode alignment in first 4 bytes, but got non-power-of-2 value: \(align)")
    }
    return ResourceBlob(alignment: align, bytes: data)
  }
}
