// Dense elements (`dense<...>`) and `dense_resource<...>` (MLIR's
// TensorLiteralParser in AttributeParser.cpp).

import TorchIRCore

/// One parsed scalar of a tensor literal: its token and a leading minus.
struct LiteralElement {
  var negative: Bool
  var token: Token
}

/// A parsed tensor literal, before its type is known (MLIR's TensorLiteralParser).
struct TensorLiteral {
  var hexToken: Token? = nil
  fileprivate var elements: [LiteralElement] = []
  /// The nesting shape of `[...]` lists; empty for a single element (a splat).
  var shape: [Int64] = []
  var isEmpty: Bool { hexToken == nil && elements.isEmpty }
}

extension Parser {
  func parseDenseElementsAttr(type: Type?) throws -> Attribute {
    let attrStart = tok.start
    consume()
    try expect(.less, "expected '<' after 'dense'")
    var literal = TensorLiteral()
    if !consumeIf(.greater) {
      literal = try parseTensorLiteral(allowHex: true)
      try expect(.greater, "expected '>'")
    }
    let typeOffset = type != nil ? attrStart : tok.start
    let shapedType = try parseElementsLiteralType(type)
    return try buildDenseAttr(literal, shapedType, at: typeOffset)
  }

  /// The `: type` of an elements literal (unless given): a statically shaped type.
  func parseElementsLiteralType(_ type: Type?) throws -> Type {
    var ty = type
    if ty == nil {
      try expect(.colon, "expected ':'")
      ty = try parseType()
    }
    guard let shapedType = ty, shapedType.isShaped, shapedType.elementType != nil else {
      throw error("elements literal must be a shaped type")
    }
    guard shapedType.staticElementCount != nil else {
      throw error("elements literal type must have static shape")
    }
    return shapedType
  }

  func parseTensorLiteral(allowHex: Bool) throws -> TensorLiteral {
    var literal = TensorLiteral()
    if allowHex && tok.kind == .string {
      literal.hexToken = tok
      consume()
    } else if tok.kind == .lSquare {
      literal.shape = try parseLiteralList(&literal.elements)
    } else {
      try parseLiteralElement(&literal.elements)
    }
    return literal
  }

  /// The dense elements attribute of `literal` for `shapedType`.
  func buildDenseAttr(_ literal: TensorLiteral, _ shapedType: Type, at typeOffset: Int) throws
    -> Attribute
  {
    guard let count = shapedType.staticElementCount, let typeShape = shapedType.shape else {
      throw error(at: typeOffset, "elements literal type must have static shape")
    }
    let elementType = shapedType.elementType ?? shapedType
    var scalar = elementType
    if case .complex(let e) = elementType.kind { scalar = e }
    if let hex = literal.hexToken, scalar.isIntOrIndexOrFloat {
      return try denseFromHex(hex, shapedType, count: count, at: typeOffset)
    }
    let shape = literal.shape
    var elements = literal.elements
    if !shape.isEmpty && shape != typeShape {
      throw error(at: typeOffset,
        "inferred shape of elements literal ([\(shape.map(String.init).joined(separator: ", "))]) "
          + "does not match type ([\(typeShape.map(String.init).joined(separator: ", "))])")
    }
    if literal.isEmpty && count != 0 {
      throw error(at: typeOffset, "parsed zero elements, but type ('\(shapedType)') expected at least 1")
    }
    let isComplexType: Bool
    if case .complex = elementType.kind { isComplexType = true } else { isComplexType = false }
    if (scalar.isIntOrIndex || scalar.isFloat) && !literal.isEmpty {
      let expected = (shape.isEmpty ? 1 : count) * (isComplexType ? 2 : 1)
      if elements.count != expected {
        throw error(at: typeOffset,
          "parsed \(elements.count) elements, but type ('\(shapedType)') expected \(expected) elements")
      }
    }
    if scalar.isIntOrIndex || scalar.isFloat {
      var data: [UInt8] = []
      let width = denseElementByteWidth(scalar)
      data.reserveCapacity(elements.count * width)
      for e in elements {
        let v: APInt
        if let fk = scalar.floatKind {
          v = try floatElementValue(e, kind: fk)
        } else {
          v = try intElementValue(e, type: scalar)
        }
        appendLittleEndian(v, byteWidth: width, to: &data)
      }
      return context.denseElementsAttr(shapedType, rawData: data)
    }
    // Anything else is a string element type.
    if let hex = literal.hexToken {
      elements = [LiteralElement(negative: false, token: hex)]
    }
    var strings: [[UInt8]] = []
    for e in elements {
      guard e.token.kind == .string else {
        throw error(at: e.token.start, "expected string token, got \(spelling(e.token))")
      }
      strings.append(Lexer.stringBytes(bytes, e.token.start, e.token.end))
    }
    let isSplat = shape.isEmpty && strings.count == 1 && count != 1
    if !isSplat, strings.count > 1, strings.allSatisfy({ $0 == strings[0] }) {
      return context.attribute(.denseStrings(type: shapedType, values: [strings[0]], isSplat: true))
    }
    return context.attribute(.denseStrings(type: shapedType, values: strings, isSplat: isSplat))
  }

  /// `sparse<indices, values> : type` or `sparse<> : type`.
  func parseSparseElementsAttr(type: Type?) throws -> Attribute {
    let start = tok.start
    consume()
    try expect(.less, "Expected '<' after 'sparse'")
    let i64 = context.i64Type
    if consumeIf(.greater) {
      let t = try parseElementsLiteralType(type)
      let rank = Int64(t.shape?.count ?? 0)
      let indices = context.denseElementsAttr(context.tensorType([0, rank], i64), rawData: [])
      let values = context.denseElementsAttr(context.tensorType([0], t.elementType ?? t), rawData: [])
      return context.attribute(.sparseElements(type: t, indices: indices, values: values))
    }
    let indicesOffset = tok.start
    let indicesLiteral = try parseTensorLiteral(allowHex: false)
    try expect(.comma, "expected ','")
    let valuesOffset = tok.start
    let valuesLiteral = try parseTensorLiteral(allowHex: true)
    try expect(.greater, "expected '>'")
    let t = try parseElementsLiteralType(type)
    let rank = Int64(t.shape?.count ?? 0)
    let indicesType = indicesLiteral.shape.isEmpty
      ? context.tensorType([1, rank], i64) : context.tensorType(indicesLiteral.shape, i64)
    let indices = try buildDenseAttr(indicesLiteral, indicesType, at: indicesOffset)
    let elementType = t.elementType ?? t
    let numIndices = indicesType.shape?.first ?? 0
    let valuesType = valuesLiteral.shape.isEmpty
      ? context.tensorType([numIndices], elementType) : context.tensorType(valuesLiteral.shape, elementType)
    let values = try buildDenseAttr(valuesLiteral, valuesType, at: valuesOffset)
    // SparseElementsAttr's verifier.
    let indexShape = indicesType.shape ?? []
    let valueShape = valuesType.shape ?? []
    func dims(_ s: [Int64]) -> String { s.map(String.init).joined(separator: ", ") }
    if valueShape.count != 1 {
      throw error(at: start, "expected 1-d tensor for sparse element values")
    }
    let shapeError = error(at: start,
      "expected shape ([\(dims(t.shape ?? []))]); inferred shape of indices literal ([\(dims(indexShape))]); inferred shape of values literal ([\(dims(valueShape))])")
    if indexShape.count == 2 {
      if indexShape[1] != rank { throw shapeError }
    } else if indexShape.count != 1 || rank != 1 {
      throw shapeError
    }
    if indexShape[0] != valueShape[0] { throw shapeError }
    // Every index must be inside the shape.
    if case .denseElements(let d) = indices.kind, let typeShape = t.shape, !typeShape.isEmpty {
      let n = Int(indexShape[0])
      let r = typeShape.count
      for i in 0..<n {
        var index: [Int64] = []
        for j in 0..<r {
          let k = d.isSplat ? 0 : i * r + j
          guard (k + 1) * 8 <= d.rawData.count else { break }
          var v: UInt64 = 0
          for byte in 0..<8 { v |= UInt64(d.rawData[k * 8 + byte]) << UInt64(byte * 8) }
          index.append(Int64(bitPattern: v))
        }
        if index.count == r, zip(index, typeShape).contains(where: { $0 < 0 || $0 >= $1 }) {
          throw error(at: start,
            "sparse index #\(i) is not contained within the value shape, with index=[\(dims(index))], and type='\(t)'")
        }
      }
    }
    return context.attribute(.sparseElements(type: t, indices: indices, values: values))
  }

  /// `[` (list | element) (`,` ...)* `]`; returns the literal's shape.
  private func parseLiteralList(_ elements: inout [LiteralElement]) throws -> [Int64] {
    var first = true
    var innerDims: [Int64] = []
    var size: Int64 = 0
    try enterNested()
    defer { exitNested() }
    try parseCommaSeparatedList(.square) {
      var dims: [Int64] = []
      if tok.kind == .lSquare {
        dims = try parseLiteralList(&elements)
      } else {
        try parseLiteralElement(&elements)
      }
      size += 1
      if first {
        innerDims = dims
        first = false
      } else if dims != innerDims {
        throw error("tensor literal is invalid; ranks are not consistent between elements")
      }
    }
    return [size] + innerDims
  }

  private func parseLiteralElement(_ elements: inout [LiteralElement]) throws {
    switch tok.kind {
    case .floatLiteral, .integer, .string:
      elements.append(LiteralElement(negative: false, token: tok))
      consume()
    case .bareIdentifier where isKeyword("true") || isKeyword("false"):
      elements.append(LiteralElement(negative: false, token: tok))
      consume()
    case .minus:
      consume()
      guard tok.kind == .floatLiteral || tok.kind == .integer else {
        throw error("expected integer or floating point literal")
      }
      elements.append(LiteralElement(negative: true, token: tok))
      consume()
    case .lParen:
      consume()
      try parseLiteralElement(&elements)
      try expect(.comma, "expected ',' between complex elements")
      try parseLiteralElement(&elements)
      try expect(.rParen, "expected ')' after complex elements")
    default:
      throw error("expected element literal of primitive type")
    }
  }

  private func intElementValue(_ e: LiteralElement, type: Type) throws -> APInt {
    let t = e.token
    if e.negative, case .integer(_, .unsigned) = type.kind {
      throw error(at: t.start, "expected unsigned integer elements, but parsed negative value")
    }
    if t.kind == .floatLiteral {
      throw error(at: t.start, "expected integer elements, but parsed floating-point")
    }
    if t.kind == .bareIdentifier {
      if !type.isInteger(width: 1) {
        throw error(at: t.start, "expected i1 type for 'true' or 'false' values")
      }
      return APInt(width: 1, value: bytes[t.start] == 116 ? 1 : 0)
    }
    if t.kind == .string {
      throw error(at: t.start, "integer constant out of range for type")
    }
    guard var v = buildAttributeAPInt(type: type, negative: e.negative, token: t) else {
      throw error(at: t.start, "integer constant out of range for type")
    }
    if type.isInteger(width: 1) { v = APInt(width: 1, value: v.isZero ? 0 : 1) }
    return v
  }

  private func floatElementValue(_ e: LiteralElement, kind: FloatKind) throws -> APInt {
    let t = e.token
    if t.kind == .integer {
      return try floatFromIntegerLiteral(t, negative: e.negative, kind: kind)
    }
    guard t.kind == .floatLiteral else {
      throw error("expected floating-point elements, but parsed integer")
    }
    return try decimalFloatBits(t, negative: e.negative, kind: kind)
  }

  /// `dense<"0x...">`: raw little-endian element bytes, or one splat element.
  private func denseFromHex(_ hex: Token, _ type: Type, count: Int, at offset: Int) throws -> Attribute {
    let raw = Lexer.stringBytes(bytes, hex.start, hex.end)
    guard raw.count >= 2, raw[0] == 48, raw[1] == 120, let data = decodeHexBytes(raw[2...]) else {
      throw error(at: hex.start, "expected string containing hex digits starting with `0x`")
    }
    let elementType = type.elementType ?? type
    let width = denseElementByteWidth(elementType)
    guard data.count == count * width || (data.count == width && width > 0) else {
      throw error(at: offset, "elements hex data size is invalid for provided type: '\(type)'")
    }
    var normalized = data
    if elementType.isInteger(width: 1) {
      for i in normalized.indices { normalized[i] = normalized[i] == 0 ? 0 : 1 }
    }
    if data.count == width && count != 1 {
      return context.attribute(.denseElements(DenseElements(type: type, isSplat: true, rawData: normalized)))
    }
    return context.denseElementsAttr(type, rawData: normalized)
  }

  /// `dense_resource<handle> : type`
  func parseDenseResourceAttr(type: Type?) throws -> Attribute {
    let start = tok.start
    consume()
    try expect(.less, "expected '<' after 'dense_resource'")
    let handle: String
    switch tok.kind {
    case .bareIdentifier: handle = spelling
    case .string: handle = stringTokenValue()
    default: throw error("expected identifier key for 'resource' entry")
    }
    consume()
    try expect(.greater, "expected '>'")
    var ty = type
    var typeOffset = start
    if ty == nil {
      typeOffset = tok.start
      try expect(.colon, "expected ':'")
      ty = try parseType()
    }
    guard let t = ty, t.isShaped else {
      throw error(at: typeOffset, "`dense_resource` expected a shaped type")
    }
    return context.attribute(.denseResource(handle: handle, type: t))
  }
}
