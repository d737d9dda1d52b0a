// The context owns everything shared by the IR built in it: uniqued types and
// attributes, the dialect and op registry, resource blobs and diagnostics.
// It is not thread-safe: build and mutate IR from one thread at a time.

/// A resource blob (`dense_resource`): raw bytes plus their alignment, kept as
/// one contiguous buffer so that large weights are never converted to Swift
/// arrays of boxed values.
public final class ResourceBlob: @unchecked Sendable {
  public let alignment: Int
  public let bytes: [UInt8]
  public init(alignment: Int, bytes: [UInt8]) {
    self.alignment = alignment
    self.bytes = bytes
  }
}

/// The value of an `external_resources` entry.
public enum ExternalResourceValue: Hashable, Sendable {
  case bool(Bool)
  /// A string that is not a hex blob.
  case string(String)
  /// `"0x..."`: alignment and bytes.
  case blob(alignment: Int, bytes: [UInt8])
}

/// Hooks by which TorchIRAsm makes `description` of types and attributes print
/// MLIR syntax without the core depending on it.
public struct PrintHooks {
  public var type: (Type) -> String
  public var attribute: (Attribute) -> String
  public var operation: (Operation) -> String
  public init(
    type: @escaping (Type) -> String, attribute: @escaping (Attribute) -> String,
    operation: @escaping (Operation) -> String
  ) {
    self.type = type
    self.attribute = attribute
    self.operation = operation
  }
}

public final class MLIRContext {
  @exclusivity(unchecked) private var types: [TypeKind: TypeStorage] = [:]
  @exclusivity(unchecked) private var attributes: [AttributeKind: AttributeStorage] = [:]
  @exclusivity(unchecked) private var operationNames: [String: OperationName] = [:]
  @usableFromInline @exclusivity(unchecked) var _dialects: [String: Dialect] = [:]
  public private(set) var dialects: [String: Dialect] {
    @inlinable get { _dialects }
    set { _dialects = newValue }
  }
  private var nextDistinctID = 0

  /// Accept ops, types and attributes of dialects that are not registered.
  public var allowUnregisteredDialects = false
  public let diagnostics = DiagnosticEngine()
  /// `dialect_resources` blobs of the `builtin` dialect, by handle name.
  public var resources: [String: ResourceBlob] = [:]
  /// `external_resources` entries nobody handles, kept to be printed back
  /// verbatim as mlir-opt does, in the order they were read.
  public var externalResources: [(owner: String, entries: [(key: String, value: ExternalResourceValue)])] = []
  /// Counter of the printer's naming passes; each pass tags the slots it sets
  /// on values and blocks with a new number, so stale slots read as unset.
  @usableFromInline @exclusivity(unchecked) var _printerEpoch: UInt32 = 0
  public var printerEpoch: UInt32 {
    @inlinable get { _printerEpoch }
    @inlinable set { _printerEpoch = newValue }
  }
  public var printHooks = PrintHooks(
    type: { _ in "<type>" }, attribute: { _ in "<attribute>" }, operation: { $0.name.name })

  // Frequently used types, created on first use.
  public lazy var i1Type: Type = type(.integer(width: 1, signedness: .signless))
  public lazy var i64Type: Type = type(.integer(width: 64, signedness: .signless))
  public lazy var indexType: Type = type(.index)
  public lazy var noneType: Type = type(.none)
  public lazy var unitAttr: Attribute = attribute(.unit)
  public lazy var emptyDictionary: Attribute = attribute(.dictionary([]))

  public init() {
    loadDialect(BuiltinDialect())
  }

  // MARK: Uniquing

  /// The unique type of this structure. Callers check the structure's validity
  /// first (see `TypeBuilder` helpers, which do).
  public func type(_ kind: TypeKind) -> Type {
    if let s = types[kind] { return Type(s) }
    let s = TypeStorage(kind: kind, context: self)
    types[kind] = s
    return Type(s)
  }

  public func attribute(_ kind: AttributeKind) -> Attribute {
    if let s = attributes[kind] { return Attribute(s) }
    let s = AttributeStorage(kind: kind, context: self)
    attributes[kind] = s
    return Attribute(s)
  }

  /// A new `distinct[N]<referenced>` attribute, never equal to another.
  public func distinctAttribute(_ referenced: Attribute) -> Attribute {
    nextDistinctID += 1
    return attribute(.distinct(id: nextDistinctID, referenced: referenced))
  }

  // MARK: Registry

  public func loadDialect(_ dialect: Dialect) {
    guard dialects[dialect.namespace] == nil else { return }
    lazyDialects[dialect.namespace] = nil
    dialects[dialect.namespace] = dialect
    dialect.initialize(in: self)
  }

  public func dialect(_ namespace: String) -> Dialect? {
    if let d = dialects[namespace] { return d }
    if !lazyDialects.isEmpty && loadLazyDialect(namespace) { return dialects[namespace] }
    return nil
  }

  // MARK: Dialects loaded on first use

  /// Loaders of registered dialects that are not loaded yet (MLIR's
  /// DialectRegistry): the first lookup of the namespace (an op name, a
  /// type or attribute prefix, `dialect(_:)`) runs the loader, as MLIR's
  /// parser loads a registered dialect when it meets it.
  @exclusivity(unchecked) private var lazyDialects: [String: (MLIRContext) -> Void] = [:]

  /// Registers `namespace`, to be loaded by `load` on first use.
  public func registerLazyDialect(_ namespace: String, _ load: @escaping (MLIRContext) -> Void) {
    if dialects[namespace] == nil { lazyDialects[namespace] = load }
  }

  /// Loads `namespace` if it is registered but not loaded; true if it was.
  @discardableResult
  public func loadLazyDialect(_ namespace: String) -> Bool {
    guard let load = lazyDialects.removeValue(forKey: namespace) else { return false }
    load(self)
    return true
  }

  /// Namespaces of the loaded and the registered-but-unloaded dialects.
  public var availableDialectNamespaces: [String] {
    Set(dialects.keys).union(lazyDialects.keys).sorted()
  }

  /// Loads the dialect an op name belongs to, if it is registered lazily.
  private func loadLazyDialect(forOperation name: String) -> Bool {
    guard !lazyDialects.isEmpty, let dot = name.firstIndex(of: ".") else { return false }
    return loadLazyDialect(String(name[..<dot]))
  }

  /// Registers an op of a loaded dialect.
  public func registerOperation(_ name: String, _ info: OpInfo) {
    if let existing = operationNames[name] {
      existing.info = info
    } else {
      operationNames[name] = OperationName(name: name, info: info, index: operationNames.count)
    }
  }

  /// The uniqued name for `name`, registered or not.
  public func operationName(_ name: String) -> OperationName {
    if let n = operationNames[name] { return n }
    if loadLazyDialect(forOperation: name), let n = operationNames[name] { return n }
    let n = OperationName(name: name, info: nil, index: operationNames.count)
    operationNames[name] = n
    return n
  }

  /// The registered op `name`, or nil.
  public func registeredOperation(_ name: String) -> OperationName? {
    if let n = operationNames[name], n.isRegistered { return n }
    guard loadLazyDialect(forOperation: name), let n = operationNames[name], n.isRegistered else {
      return nil
    }
    return n
  }

  /// The ops of the loaded dialects.
  public var registeredOperationNames: [String] {
    operationNames.values.filter { $0.isRegistered }.map { $0.name }.sorted()
  }
}
