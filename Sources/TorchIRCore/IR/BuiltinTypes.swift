// Convenience constructors for builtin types and attributes.

extension MLIRContext {
  public func integerType(_ width: Int, _ signedness: Signedness = .signless) -> Type {
    type(.integer(width: width, signedness: signedness))
  }
  public func floatType(_ kind: FloatKind) -> Type { type(.float(kind)) }
  public var f32Type: Type { type(.float(.f32)) }
  public var f64Type: Type { type(.float(.f64)) }
  public func functionType(_ inputs: [Type], _ results: [Type]) -> Type {
    type(.function(inputs: inputs, results: results))
  }
  public func tensorType(_ shape: [Int64], _ element: Type, encoding: Attribute? = nil) -> Type {
    type(.rankedTensor(shape: shape, element: element, encoding: encoding))
  }
  public func tupleType(_ types: [Type]) -> Type { type(.tuple(types)) }

  public func integerAttr(_ value: Int64, _ type: Type) -> Attribute {
    let width = type.isIndex ? 64 : (type.intOrFloatBitWidth ?? 64)
    return attribute(.integer(APInt(width: width, signedValue: value), type))
  }
  public func boolAttr(_ v: Bool) -> Attribute { attribute(.bool(v)) }
  public func stringAttr(_ s: String, type: Type? = nil) -> Attribute {
    attribute(.string(s, type))
  }
  public func typeAttr(_ t: Type) -> Attribute { attribute(.type(t)) }
  public func arrayAttr(_ elements: [Attribute]) -> Attribute { attribute(.array(elements)) }
  public func symbolRefAttr(_ root: String, nested: [String] = []) -> Attribute {
    attribute(.symbolRef(root: root, nested: nested))
  }
  /// A dictionary attribute; entries are sorted by name (MLIR's order). When a
  /// name repeats, the last entry wins; use `hasDuplicateNames` to reject that.
  public func dictionaryAttr(_ entries: [NamedAttribute]) -> Attribute {
    if entries.isEmpty { return emptyDictionary }
    var sorted = entries
    if !isSortedUnique(sorted) {
      sorted.sort { utf8Less($0.name, $1.name) }
      var unique: [NamedAttribute] = []
      unique.reserveCapacity(sorted.count)
      for e in sorted {
        if let last = unique.last, last.name == e.name {
          unique[unique.count - 1] = e
        } else {
          unique.append(e)
        }
      }
      sorted = unique
    }
    return attribute(.dictionary(sorted))
  }
  private func isSortedUnique(_ e: [NamedAttribute]) -> Bool {
    var i = 1
    while i < e.count {
      if !utf8Less(e[i - 1].name, e[i].name) { return false }
      i += 1
    }
    return true
  }
}

/// The first name that appears twice, if any.
public func firstDuplicateName(_ entries: [NamedAttribute]) -> String? {
  if entries.count < 2 { return nil }
  if entries.count <= 8 {
    // Few entries (the usual case): compare pairwise, no set to build.
    for i in 1..<entries.count where entries[..<i].contains(where: { $0.name == entries[i].name }) {
      return entries[i].name
    }
    return nil
  }
  var seen = Set<String>()
  for e in entries where !seen.insert(e.name).inserted { return e.name }
  return nil
}

extension MLIRContext {
  /// An integer attribute; a signless `i1` is MLIR's BoolAttr (`true`/`false`).
  public func integerAttr(_ value: APInt, _ type: Type) -> Attribute {
    if case .integer(1, .signless) = type.kind { return attribute(.bool(!value.isZero)) }
    return attribute(.integer(value, type))
  }

  /// A dense elements attribute from raw element bytes (`elementCount`
  /// elements or one splat element). Equal elements collapse into a splat,
  /// as MLIR's `DenseElementsAttr::get` does.
  public func denseElementsAttr(_ type: Type, rawData: [UInt8]) -> Attribute {
    let count = type.staticElementCount ?? 0
    let width = denseElementByteWidth(type.elementType ?? type)
    if width > 0 && count > 1 && rawData.count == count * width {
      var splat = true
      rawData.withUnsafeBufferPointer { p in
        var i = width
        while i < p.count {
          if p[i] != p[i % width] {
            splat = false
            return
          }
          i += 1
        }
      }
      if splat {
        return attribute(.denseElements(DenseElements(type: type, isSplat: true,
          rawData: Array(rawData[0..<width]))))
      }
    }
    let isSplat = count != 1 && rawData.count == width && count != 0
    return attribute(.denseElements(DenseElements(type: type, isSplat: isSplat || count == 1,
      rawData: rawData)))
  }
}

/// Bytes per element in a dense elements buffer: whole bytes per value (i1
/// takes one byte), complex values twice their element's.
public func denseElementByteWidth(_ elementType: Type) -> Int {
  switch elementType.kind {
  case .integer(let w, _): return (w + 7) / 8
  case .index: return 8
  case .float(let k): return (k.bitWidth + 7) / 8
  case .complex(let e): return 2 * denseElementByteWidth(e)
  default: return 0
  }
}
