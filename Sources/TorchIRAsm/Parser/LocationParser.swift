// Locations (MLIR's LocationParser.cpp):
//
//   location ::= `unknown` | string (`:` line (`:` col (`to` ...)?)?)? | string `(` location `)`
//              | `callsite` `(` location `at` location `)`
//              | `fused` (`<` attribute `>`)? `[` location (`,` location)* `]` | `#alias`

import TorchIRCore

extension Parser {
  func parseLocationInstance() throws -> Location {
    try enterNested()
    defer { exitNested() }
    if tok.kind == .hashIdentifier {
      let offset = tok.start
      let a = try parseExtendedAttribute(type: nil)
      guard case .location(let l) = a.kind else {
        throw error(at: offset, "expected location attribute, but got\(a)")
      }
      return l
    }
    if tok.kind == .string { return try parseNameOrFileLineCol() }
    guard tok.kind == .bareIdentifier else { throw wrongTokenError("expected location instance") }
    if isKeyword("callsite") {
      consume()
      try expect(.lParen, "expected '(' in callsite location")
      let callee = try parseLocationInstance()
      guard consumeKeyword("at") else { throw wrongTokenError("expected 'at' in callsite location") }
      let caller = try parseLocationInstance()
      try expect(.rParen, "expected ')' in callsite location")
      return .callSite(callee: callee, caller: caller)
    }
    if isKeyword("fused") {
      consume()
      var metadata: Attribute? = nil
      if consumeIf(.less) {
        metadata = try parseAttribute()
        try expect(.greater, "expected '>' after fused location metadata")
      }
      var locs: [Location] = []
      try parseCommaSeparatedList(.square, context: " in fused location") {
        locs.append(try parseLocationInstance())
      }
      return Parser.fusedLocation(locs, metadata: metadata)
    }
    if consumeKeyword("unknown") { return .unknown }
    throw wrongTokenError("expected location instance")
  }

  /// MLIR's FusedLoc::get: nested fused locations with the same metadata are
  /// flattened, unknown and duplicate locations dropped, and a single location
  /// without metadata stands for itself.
  static func fusedLocation(_ locs: [Location], metadata: Attribute?) -> Location {
    var out: [Location] = []
    var seen = Set<Location>()
    for l in locs {
      if case .fused(let inner, let m) = l, m == metadata {
        for x in inner where seen.insert(x).inserted { out.append(x) }
        continue
      }
      if case .unknown = l { continue }
      if seen.insert(l).inserted { out.append(l) }
    }
    if out.isEmpty {
      if metadata == nil { return .unknown }
      return .fused([.unknown], metadata: metadata)
    }
    if out.count == 1 && metadata == nil { return out[0] }
    return .fused(out, metadata: metadata)
  }

  private func parseUnsigned(_ what: String) throws -> Int {
    guard tok.kind == .integer, let v = integerTokenInt64(tok), v <= Int64(UInt32.max) else {
      throw wrongTokenError("expected integer \(what) number in FileLineColRange")
    }
    consume()
    return Int(v)
  }

  private func parseNameOrFileLineCol() throws -> Location {
    let str = stringTokenValue()
    consume()
    if consumeIf(.colon) {
      let line = try parseUnsigned("line")
      guard consumeIf(.colon) else {
        return .fileLineColRange(file: str, line: line, column: 0, endLine: line, endColumn: 0)
      }
      let column = try parseUnsigned("column")
      guard consumeKeyword("to") else { return .fileLineCol(file: str, line: line, column: column) }
      if tok.kind == .integer {
        let endLine = try parseUnsigned("line")
        guard consumeIf(.colon) else {
          throw wrongTokenError("expected either integer or `:` post `to` in FileLineColRange")
        }
        let endColumn = try parseUnsigned("column")
        return .fileLineColRange(file: str, line: line, column: column, endLine: endLine,
          endColumn: endColumn)
      }
      if consumeIf(.colon) {
        let endColumn = try parseUnsigned("column")
        return .fileLineColRange(file: str, line: line, column: column, endLine: line,
          endColumn: endColumn)
      }
      throw wrongTokenError("expected either integer or `:` post `to` in FileLineColRange")
    }
    if consumeIf(.lParen) {
      let child = try parseLocationInstance()
      try expect(.rParen, "expected ')' after child location of NameLoc")
      if case .unknown = child { return .name(str, child: nil) }
      return .name(str, child: child)
    }
    return .name(str, child: nil)
  }
}
