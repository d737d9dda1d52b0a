// Types are immutable and uniqued by their `MLIRContext`: two `Type` values are
// equal exactly when they are the same storage object, so comparison and hashing
// cost one pointer compare, as in MLIR.

/// A uniqued handle to an immutable type.
public struct Type: Hashable, @unchecked Sendable, CustomStringConvertible {
  @usableFromInline let storage: TypeStorage

  @inlinable init(_ storage: TypeStorage) { self.storage = storage }

  public var kind: TypeKind { storage.kind }
  public var context: MLIRContext { storage.context }

  /// The uniqued storage's identity: equal exactly when the types are equal
  /// (for identity-keyed tables such as the printer's caches).
  @inlinable public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

  @inlinable public static func == (a: Type, b: Type) -> Bool { a.storage === b.storage }
  @inlinable public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(storage)) }

  /// The type in MLIR's syntax; the printing itself lives in TorchIRAsm, which
  /// installs itself through `MLIRContext.printHooks`.
  public var description: String { context.printHooks.type(self) }
}

public final class TypeStorage: @unchecked Sendable {
  public let kind: TypeKind
  public unowned(unsafe) let context: MLIRContext
  init(kind: TypeKind, context: MLIRContext) {
    self.kind = kind
    self.context = context
  }
}

public enum Signedness: UInt8, Hashable, Sendable {
  case signless, signed, unsigned
}

/// `ShapedType`'s marker for a dynamic dimension, printed `?`.
public let kDynamic: Int64 = Int64.min

/// The structure of a type. Element and nested types are uniqued handles, so
/// hashing a kind is shallow.
public enum TypeKind: Hashable, Sendable {
  case integer(width: Int, signedness: Signedness)
  case index
  case float(FloatKind)
  case complex(Type)
  case none
  case tuple([Type])
  case function(inputs: [Type], results: [Type])
  case rankedTensor(shape: [Int64], element: Type, encoding: Attribute?)
  case unrankedTensor(element: Type)
  case memref(shape: [Int64], element: Type, layout: Attribute?, memorySpace: Attribute?)
  case unrankedMemref(element: Type, memorySpace: Attribute?)
  case vector(shape: [Int64], scalable: [Bool], element: Type)
  /// `!dialect<"body">` or `!dialect.body` of a dialect that is not registered
  /// (kept as text, as MLIR's OpaqueType does).
  case opaque(dialect: String, body: String)
  /// A type defined by a registered dialect.
  case dialect(DialectType)
}

/// A type defined by a dialect: its namespace plus structured parameters that
/// the dialect parses and prints. Parameters are compared structurally when the
/// type is uniqued.
public struct DialectType: Hashable, @unchecked Sendable {
  public let dialect: String
  /// The mnemonic, e.g. `vtensor` in `!torch.vtensor<...>`.
  public let mnemonic: String
  public let parameters: [DialectTypeParameter]
  public init(dialect: String, mnemonic: String, parameters: [DialectTypeParameter]) {
    self.dialect = dialect
    self.mnemonic = mnemonic
    self.parameters = parameters
  }
}

public enum DialectTypeParameter: Hashable, Sendable {
  case type(Type)
  case attribute(Attribute)
  case int(Int64)
  case ints([Int64])
  case string(String)
  case types([Type])
  case optionalType(Type?)
}

extension Type {
  public var isIndex: Bool { if case .index = kind { return true } else { return false } }
  public var isInteger: Bool { if case .integer = kind { return true } else { return false } }
  public var isIntOrIndex: Bool { isInteger || isIndex }
  public var isFloat: Bool { if case .float = kind { return true } else { return false } }
  public var isIntOrIndexOrFloat: Bool { isIntOrIndex || isFloat }
  public var isNone: Bool { if case .none = kind { return true } else { return false } }
  public var isSignlessInteger: Bool {
    if case .integer(_, .signless) = kind { return true } else { return false }
  }
  public func isInteger(width w: Int) -> Bool {
    if case .integer(let width, _) = kind { return width == w } else { return false }
  }
  /// Width of an integer or float type; 64 for index as MLIR's data layout
  /// default does (used only where MLIR itself uses `kInternalStorageBitWidth`).
  public var intOrFloatBitWidth: Int? {
    switch kind {
    case .integer(let w, _): return w
    case .float(let k): return k.bitWidth
    case .index: return 64
    default: return nil
    }
  }
  public var floatKind: FloatKind? { if case .float(let k) = kind { return k } else { return nil } }

  /// Shape of a ranked tensor, memref or vector; nil for unranked and
  /// non-shaped types.
  public var shape: [Int64]? {
    switch kind {
    case .rankedTensor(let s, _, _), .memref(let s, _, _, _), .vector(let s, _, _): return s
    default: return nil
    }
  }
  public var isShaped: Bool {
    switch kind {
    case .rankedTensor, .unrankedTensor, .memref, .unrankedMemref, .vector: return true
    default: return false
    }
  }
  public var isTensor: Bool {
    switch kind {
    case .rankedTensor, .unrankedTensor: return true
    default: return false
    }
  }
  public var elementType: Type? {
    switch kind {
    case .rankedTensor(_, let e, _), .unrankedTensor(let e), .memref(_, let e, _, _),
      .unrankedMemref(let e, _), .vector(_, _, let e), .complex(let e):
      return e
    default: return nil
    }
  }
  /// Number of elements of a statically shaped type, nil when any dim is dynamic
  /// or the count overflows.
  public var staticElementCount: Int? {
    guard let s = shape else { return nil }
    var n = 1
    for d in s {
      if d < 0 { return nil }
      let (p, o) = n.multipliedReportingOverflow(by: Int(d))
      if o { return nil }
      n = p
    }
    return n
  }
  public var hasStaticShape: Bool { staticElementCount != nil }
}
