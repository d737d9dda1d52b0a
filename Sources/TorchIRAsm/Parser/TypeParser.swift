// Types (MLIR's TypeParser.cpp).
//
//   type ::= type-alias | dialect-type | builtin-type
//   function-type ::= `(` type-list? `)` `->` (type | `(` type-list? `)`)

import TorchIRCore

/// Largest integer width MLIR accepts (`IntegerType::kMaxWidth`).
let maxIntegerWidth = (1 << 24) - 1

extension Parser {
  public func parseType() throws -> Type {
    if tok.kind == .lParen {
      if let cached = cachedFunctionType() { return cached }
      let start = tok.start
      let t = try parseFunctionType()
      rememberFunctionType(t, start: start, end: prevTokenEnd)
      return t
    }
    return try parseNonFunctionType()
  }

  /// Generic ops repeat the same function type text (`(i32, i32) -> i32`) on
  /// every line; a few recently parsed ones are reused when the source bytes
  /// at the current token are identical and end at a token boundary.
  private func cachedFunctionType() -> Type? {
    let start = tok.start
    for entry in functionTypeCache {
      let n = entry.length
      let end = start + n
      guard end <= lexer.end, bytes[start + n - 1] == bytes[entry.start + n - 1] else { continue }
      if end < lexer.end {
        let next = bytes[end]
        if Lexer.isIdentifierChar(next) || next == 60 || next == 40 || next == 91 || next == 45 { continue }
      }
      var same = true
      var i = 0
      while i < n {
        if bytes[start + i] != bytes[entry.start + i] {
          same = false
          break
        }
        i += 1
      }
      if same {
        lexer.reset(to: end)
        consume()
        return entry.type
      }
    }
    return nil
  }

  private func rememberFunctionType(_ t: Type, start: Int, end: Int) {
    let n = end - start
    guard n > 0, n <= 256 else { return }
    // Multi-line types would need line bookkeeping on a hit: skip them.
    var i = start
    while i < end {
      if bytes[i] == 10 { return }
      i += 1
    }
    if functionTypeCache.count >= 4 { functionTypeCache.removeFirst() }
    functionTypeCache.append(FunctionTypeCacheEntry(start: start, length: n, type: t))
  }

  func parseOptionalType() throws -> Type? {
    switch tok.kind {
    case .lParen, .exclamationIdentifier: return try parseType()
    case .bareIdentifier:
      if isTypeKeyword() { return try parseType() }
      return nil
    default: return nil
    }
  }

  /// Whether the current bare identifier starts a builtin type.
  func isTypeKeyword() -> Bool {
    guard tok.kind == .bareIdentifier else { return false }
    if intTypeWidth() != nil { return true }
    switch spelling {
    case "memref", "tensor", "complex", "tuple", "vector", "index", "none": return true
    default: return FloatKind(rawValue: spelling) != nil
    }
  }

  /// Width and signedness when the current token is `[su]?i[0-9]+`.
  func intTypeWidth() -> (String, Signedness)? {
    guard tok.kind == .bareIdentifier else { return nil }
    var i = tok.start
    var sign = Signedness.signless
    if bytes[i] == 115 {  // s
      sign = .signed
      i += 1
    } else if bytes[i] == 117 {  // u
      sign = .unsigned
      i += 1
    }
    guard i < tok.end, bytes[i] == 105 else { return nil }  // i
    i += 1
    guard i < tok.end else { return nil }
    var j = i
    while j < tok.end {
      if !Lexer.isDigit(bytes[j]) { return nil }
      j += 1
    }
    return (String(decoding: bytes[i..<tok.end], as: UTF8.self), sign)
  }

  func parseFunctionType() throws -> Type {
    let inputs = try parseTypeListParens()
    try expect(.arrow, "expected '->' in function type")
    let results = try parseFunctionResultTypes()
    return context.functionType(inputs, results)
  }

  /// `(` type-list? `)`
  func parseTypeListParens() throws -> [Type] {
    try expect(.lParen, "expected '('")
    if consumeIf(.rParen) { return [] }
    var types: [Type] = []
    try enterNested()
    defer { exitNested() }
    try parseCommaSeparatedList(.none) { types.append(try parseType()) }
    try expect(.rParen, "expected ')'")
    return types
  }

  /// A parenthesized list or a single non-function type.
  func parseFunctionResultTypes() throws -> [Type] {
    if tok.kind == .lParen { return try parseTypeListParens() }
    return [try parseNonFunctionType()]
  }

  /// type (`,` type)*
  func parseTypeListNoParens() throws -> [Type] {
    var types: [Type] = []
    try parseCommaSeparatedList(.none) { types.append(try parseType()) }
    return types
  }

  func parseNonFunctionType() throws -> Type {
    switch tok.kind {
    case .exclamationIdentifier:
      return try parseExtendedType()
    case .bareIdentifier:
      break
    default:
      throw wrongTokenError("expected non-function type")
    }
    // Scalar type keywords (`i32`, `f32`, `index`) repeat on every op: look
    // them up by their packed bytes instead of building Strings.
    let key = packedKeyword(tok)
    if key != 0 {
      let slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 60)
      if scalarTypeKeys[slot] == key, let cached = scalarTypeValues[slot] {
        consume()
        return cached
      }
      if let cached = scalarTypeCache[key] {
        scalarTypeKeys[slot] = key
        scalarTypeValues[slot] = cached
        consume()
        return cached
      }
    }
    let t = try parseNonFunctionTypeUncached()
    if key != 0, t.isIntOrIndexOrFloat || t.isNone { scalarTypeCache[key] = t }
    return t
  }

  /// The token's bytes packed into an integer (0 when longer than 7 bytes).
  @inline(__always) func packedKeyword(_ t: Token) -> UInt64 {
    let n = t.end - t.start
    guard n > 0 && n <= 7 else { return 0 }
    var k = UInt64(n)
    var i = t.start
    while i < t.end {
      k = k << 8 | UInt64(bytes[i])
      i += 1
    }
    return k
  }

  private func parseNonFunctionTypeUncached() throws -> Type {
    if let (widthText, sign) = intTypeWidth() {
      guard let width = Int(widthText), widthText.count < 12 else {
        throw error("invalid integer width")
      }
      if width > maxIntegerWidth {
        throw error("integer bitwidth is limited to \(maxIntegerWidth) bits")
      }
      consume()
      return context.integerType(width, sign)
    }
    let word = spelling
    if let fk = FloatKind(rawValue: word) {
      consume()
      return context.floatType(fk)
    }
    switch word {
    case "index":
      consume()
      return context.indexType
    case "none":
      consume()
      return context.noneType
    case "tensor": return try parseTensorType()
    case "memref": return try parseMemRefType()
    case "vector": return try parseVectorType()
    case "complex": return try parseComplexType()
    case "tuple": return try parseTupleType()
    default:
      throw wrongTokenError("expected non-function type")
    }
  }

  // MARK: Shaped types

  /// `0xf32` lexes as one hex integer: treat its `0` as the dimension.
  func parseIntegerInDimensionList() throws -> Int64 {
    guard tok.kind == .integer else { throw wrongTokenError("expected 'x' in dimension list") }
    if tok.length > 1 && bytes[tok.start + 1] == 120 {
      lexer.reset(to: tok.start + 1)
      consume()
      return 0
    }
    guard let v = integerTokenInt64(tok) else { throw error("invalid dimension") }
    consume()
    return v
  }

  /// Consumes an `x` that separates dimensions; `xf32` is split after the x.
  func parseXInDimensionList() throws {
    guard tok.kind == .bareIdentifier, bytes[tok.start] == 120 else {
      throw wrongTokenError("expected 'x' in dimension list")
    }
    if tok.length != 1 { lexer.reset(to: tok.start + 1) }
    consume()
  }

  /// `(dim x)*` where dim is an integer or `?`.
  func parseDimensionListRanked(allowDynamic: Bool = true) throws -> [Int64] {
    var dims: [Int64] = []
    while tok.kind == .integer || tok.kind == .question {
      if tok.kind == .question {
        if !allowDynamic { throw error("expected static shape") }
        consume()
        dims.append(kDynamic)
      } else {
        dims.append(try parseIntegerInDimensionList())
      }
      try parseXInDimensionList()
    }
    return dims
  }

  static func isValidTensorElementType(_ t: Type) -> Bool {
    switch t.kind {
    case .complex, .float, .integer, .opaque, .vector, .index, .dialect: return true
    default: return false
    }
  }

  /// `*x` (unranked) or `(dim x)*` at the start of a tensor or memref type.
  func parseShapePrefix() throws -> (unranked: Bool, dims: [Int64]) {
    if consumeIf(.star) {
      try parseXInDimensionList()
      return (true, [])
    }
    return (false, try parseDimensionListRanked())
  }

  func parseTensorType() throws -> Type {
    let loc = currentLocation
    consume()
    try expect(.less, "expected '<' in tensor type")
    try enterNested()
    defer { exitNested() }
    let (unranked, dims) = try parseShapePrefix()
    let elementLoc = tok.start
    let element = try parseType()
    var encoding: Attribute? = nil
    if consumeIf(.comma) {
      guard let e = try parseOptionalAttribute(type: nil) else {
        throw error("expected attribute value")
      }
      encoding = e
    }
    try expect(.greater, "expected '>' in tensor type")
    if !Parser.isValidTensorElementType(element) {
      throw error(at: elementLoc, "invalid tensor element type")
    }
    if unranked {
      if encoding != nil { throw error("cannot apply encoding to unranked tensor") }
      return context.type(.unrankedTensor(element: element))
    }
    for d in dims where d < 0 && d != kDynamic {
      throw Diagnostic(.error, loc, "invalid tensor dimension size")
    }
    return context.tensorType(dims, element, encoding: encoding)
  }

  static func isValidMemRefElementType(_ t: Type) -> Bool {
    switch t.kind {
    // Memrefs of memrefs are valid (MemRefElementTypeInterface); dialect types
    // would need that interface, which none declares yet.
    case .complex, .float, .integer, .vector, .index, .memref, .unrankedMemref: return true
    case .rankedTensor, .unrankedTensor, .tuple, .function, .none, .dialect, .opaque:
      return false
    }
  }

  func parseMemRefType() throws -> Type {
    let loc = currentLocation
    consume()
    try expect(.less, "expected '<' in memref type")
    try enterNested()
    defer { exitNested() }
    let (unranked, dims) = try parseShapePrefix()
    let elementLoc = tok.start
    let element = try parseType()
    if !Parser.isValidMemRefElementType(element) {
      throw error(at: elementLoc, "invalid memref element type")
    }
    var layout: Attribute? = nil
    var memorySpace: Attribute? = nil
    if !consumeIf(.greater) {
      try expect(.comma, "expected ',' or '>' in memref type")
      try parseCommaSeparatedListUntil(.greater, allowEmpty: false) {
        let attr = try parseAttribute()
        let isLayout: Bool
        switch attr.kind {
        case .affineMap, .stridedLayout: isLayout = true
        default: isLayout = false
        }
        if isLayout {
          if unranked { throw error("cannot have affine map for unranked memref type") }
          if memorySpace != nil { throw error("expected memory space to be last in memref type") }
          layout = attr
        } else if memorySpace != nil {
          throw error("multiple memory spaces specified in memref type")
        } else {
          memorySpace = attr
        }
      }
    }
    // Memory spaces are integer, string or dictionary attributes, or
    // attributes of a registered dialect (MLIR's isSupportedMemorySpace).
    if let ms = memorySpace {
      switch ms.kind {
      case .integer, .string, .dictionary, .dialect: break
      default: throw Diagnostic(.error, loc, "unsupported memory space Attribute")
      }
    }
    // MLIR drops a default (integer 0) memory space and an identity layout.
    if let ms = memorySpace, case .integer(let v, _) = ms.kind, v.isZero { memorySpace = nil }
    if unranked { return context.type(.unrankedMemref(element: element, memorySpace: memorySpace)) }
    for d in dims where d < 0 && d != kDynamic {
      throw Diagnostic(.error, loc, "invalid memref size")
    }
    if let l = layout, case .affineMap(let m) = l.kind {
      if m.numDims != dims.count {
        throw Diagnostic(.error, loc,
          "memref layout mismatch between rank and affine map: \(dims.count) != \(m.numDims)")
      }
      if m.isIdentity { layout = nil }
    }
    if let l = layout, case .stridedLayout(_, let strides) = l.kind, strides.count != dims.count {
      throw Diagnostic(.error, loc,
        "expected the number of strides to match the rank")
    }
    return context.type(.memref(shape: dims, element: element, layout: layout, memorySpace: memorySpace))
  }

  func parseVectorType() throws -> Type {
    let loc = currentLocation
    consume()
    try expect(.less, "expected '<' in vector type")
    try enterNested()
    defer { exitNested() }
    var dims: [Int64] = []
    var scalable: [Bool] = []
    while tok.kind == .integer || tok.kind == .lSquare {
      let isScalable = consumeIf(.lSquare)
      dims.append(try parseIntegerInDimensionList())
      if isScalable && !consumeIf(.rSquare) {
        throw wrongTokenError("missing ']' closing scalable dimension")
      }
      scalable.append(isScalable)
      try parseXInDimensionList()
    }
    let elementLoc = tok.start
    let element = try parseType()
    try expect(.greater, "expected '>' in vector type")
    switch element.kind {
    case .integer, .index, .float: break
    default:
      throw Diagnostic(.error, location(at: elementLoc),
        "failed to verify 'elementType': VectorElementTypeInterface instance")
    }
    for d in dims where d <= 0 {
      throw Diagnostic(.error, loc, "vector types must have positive constant sizes but got \(dims.map(String.init).joined(separator: ", "))")
    }
    return context.type(.vector(shape: dims, scalable: scalable, element: element))
  }

  func parseComplexType() throws -> Type {
    consume()
    try expect(.less, "expected '<' in complex type")
    try enterNested()
    defer { exitNested() }
    let elementLoc = tok.start
    let element = try parseType()
    try expect(.greater, "expected '>' in complex type")
    switch element.kind {
    case .integer, .float: break
    default: throw error(at: elementLoc, "invalid element type for complex")
    }
    return context.type(.complex(element))
  }

  func parseTupleType() throws -> Type {
    consume()
    try expect(.less, "expected '<' in tuple type")
    try enterNested()
    defer { exitNested() }
    if consumeIf(.greater) { return context.tupleType([]) }
    let types = try parseTypeListNoParens()
    try expect(.greater, "expected '>' in tuple type")
    return context.tupleType(types)
  }
}
