// Attributes are immutable compile-time data uniqued by their `MLIRContext`,
// like types: equality is identity. Large payloads (dense elements) keep their
// raw little-endian bytes, never arrays of boxed values.

/// A uniqued handle to an immutable attribute.
public struct Attribute: Hashable, @unchecked Sendable, CustomStringConvertible {
  @usableFromInline let storage: AttributeStorage

  @inlinable init(_ storage: AttributeStorage) { self.storage = storage }

  public var kind: AttributeKind { storage.kind }
  public var context: MLIRContext { storage.context }

  /// The uniqued storage's identity: equal exactly when the attributes are
  /// equal (for identity-keyed tables such as the printer's caches).
  @inlinable public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

  @inlinable public static func == (a: Attribute, b: Attribute) -> Bool {
    a.storage === b.storage
  }
  @inlinable public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(storage)) }

  public var description: String { context.printHooks.attribute(self) }
}

public final class AttributeStorage: @unchecked Sendable {
  public let kind: AttributeKind
  public unowned(unsafe) let context: MLIRContext
  init(kind: AttributeKind, context: MLIRContext) {
    self.kind = kind
    self.context = context
  }
}

/// A name/value pair of an attribute dictionary.
public struct NamedAttribute: Hashable, Sendable {
  public var name: String
  public var value: Attribute
  public init(_ name: String, _ value: Attribute) {
    self.name = name
    self.value = value
  }
}

public enum AttributeKind: Hashable, Sendable {
  case unit
  case bool(Bool)
  /// An integer of an integer or index type; the value has the type's width
  /// (64 for index).
  case integer(APInt, Type)
  /// A float's bit pattern in the float type's semantics.
  case float(APInt, Type)
  /// `"text"` with an optional type (`"text" : i32`).
  case string(String, Type?)
  case array([Attribute])
  /// `array<i64: 1, 2>`: element type plus raw little-endian element bytes
  /// (i1 stored one byte per element, as MLIR does).
  case denseArray(Type, [UInt8])
  /// Entries sorted by name, names unique.
  case dictionary([NamedAttribute])
  case type(Type)
  /// `@root::@nested...`
  case symbolRef(root: String, nested: [String])
  case affineMap(AffineMap)
  case integerSet(IntegerSet)
  case denseElements(DenseElements)
  /// `dense<["a", "b"]>`: strings are arbitrary bytes.
  case denseStrings(type: Type, values: [[UInt8]], isSplat: Bool)
  /// `sparse<indices, values> : type`: `indices` is a dense i64 tensor of
  /// shape [N, rank], `values` a dense tensor of N elements.
  case sparseElements(type: Type, indices: Attribute, values: Attribute)
  /// `dense_resource<handle> : type`; the bytes live in the context's resource table.
  case denseResource(handle: String, type: Type)
  case stridedLayout(offset: Int64, strides: [Int64])
  /// `#dialect<"body">` of a dialect that is not registered, with its type when
  /// one was given (`#foo<"x"> : i32`).
  case opaque(dialect: String, body: String, type: Type?)
  case location(Location)
  /// `distinct[N]<attr>`: unique per creation, never merged with another.
  case distinct(id: Int, referenced: Attribute)
  /// An attribute defined by a registered dialect.
  case dialect(DialectAttribute)
}

public struct DialectAttribute: Hashable, @unchecked Sendable {
  public let dialect: String
  public let mnemonic: String
  public let parameters: [DialectTypeParameter]
  public init(dialect: String, mnemonic: String, parameters: [DialectTypeParameter]) {
    self.dialect = dialect
    self.mnemonic = mnemonic
    self.parameters = parameters
  }
}

/// Raw storage of a `DenseElementsAttr`: MLIR's layout (row-major, little-endian,
/// i1 packed one byte per element, complex as two consecutive values). A splat
/// holds a single element.
public struct DenseElements: Hashable, @unchecked Sendable {
  public let type: Type
  public let isSplat: Bool
  public let rawData: [UInt8]
  public init(type: Type, isSplat: Bool, rawData: [UInt8]) {
    self.type = type
    self.isSplat = isSplat
    self.rawData = rawData
  }
  public var elementType: Type { type.elementType ?? type }
  public var elementCount: Int { type.staticElementCount ?? 0 }
}

extension Attribute {
  public var dictionaryEntries: [NamedAttribute]? {
    if case .dictionary(let d) = kind { return d } else { return nil }
  }
  public var stringValue: String? {
    if case .string(let s, _) = kind { return s } else { return nil }
  }
  public var typeValue: Type? {
    if case .type(let t) = kind { return t } else { return nil }
  }
  public var arrayValue: [Attribute]? {
    if case .array(let a) = kind { return a } else { return nil }
  }
  public var integerValue: APInt? {
    if case .integer(let v, _) = kind { return v } else { return nil }
  }
  public var isUnit: Bool { if case .unit = kind { return true } else { return false } }
  /// The type an attribute carries (MLIR's TypedAttr), if it has one.
  public var type: Type? {
    switch kind {
    case .integer(_, let t), .float(_, let t), .denseResource(_, let t): return t
    case .string(_, let t): return t
    case .denseElements(let d): return d.type
    case .denseStrings(let t, _, _): return t
    case .sparseElements(let t, _, _): return t
    case .opaque(_, _, let t): return t
    case .bool: return context.i1Type
    case .dialect(let d): return context.dialect(d.dialect)?.attributeType(self)
    default: return nil
    }
  }
  /// Looks up `name` in a dictionary attribute (binary search: entries are sorted).
  public func lookup(_ name: String) -> Attribute? {
    guard case .dictionary(let entries) = kind else { return nil }
    // Dictionaries are usually tiny: a linear scan with String's fast `==`
    // beats ordered comparisons.
    if entries.count <= 8 {
      for e in entries where e.name == name { return e.value }
      return nil
    }
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let n = entries[mid].name
      if n == name { return entries[mid].value }
      if utf8Less(n, name) { lo = mid + 1 } else { hi = mid }
    }
    return nil
  }
}

/// MLIR orders names by their bytes (StringRef comparison), not by Unicode
/// collation.
@inlinable public func utf8Less(_ a: String, _ b: String) -> Bool {
  var a = a
  var b = b
  return a.withUTF8 { pa in
    b.withUTF8 { pb in
      let n = min(pa.count, pb.count)
      var i = 0
      while i < n {
        if pa[i] != pb[i] { return pa[i] < pb[i] }
        i += 1
      }
      return pa.count < pb.count
    }
  }
}
