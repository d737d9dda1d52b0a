// The registry of dialects and operations. A registered op carries an `OpInfo`:
// its traits, inherent attribute names, verifier and custom assembly hooks.
// Dialect code fills these in; the core never learns a dialect's name.

/// Traits MLIR attaches to op definitions that the core itself checks or uses.
public struct OpTraits: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }
  @inlinable public static var isTerminator: OpTraits { OpTraits(rawValue: 1 << 0) }
  @inlinable public static var isolatedFromAbove: OpTraits { OpTraits(rawValue: 1 << 1) }
  @inlinable public static var noTerminator: OpTraits { OpTraits(rawValue: 1 << 2) }
  @inlinable public static var symbolTable: OpTraits { OpTraits(rawValue: 1 << 3) }
  @inlinable public static var symbol: OpTraits { OpTraits(rawValue: 1 << 4) }
  @inlinable public static var singleBlock: OpTraits { OpTraits(rawValue: 1 << 5) }
  @inlinable public static var pure: OpTraits { OpTraits(rawValue: 1 << 6) }
  @inlinable public static var commutative: OpTraits { OpTraits(rawValue: 1 << 7) }
  @inlinable public static var sameOperandsAndResultType: OpTraits { OpTraits(rawValue: 1 << 8) }
  @inlinable public static var affineScope: OpTraits { OpTraits(rawValue: 1 << 9) }
  @inlinable public static var returnLike: OpTraits { OpTraits(rawValue: 1 << 10) }
  @inlinable public static var zeroRegions: OpTraits { OpTraits(rawValue: 1 << 11) }
  /// Regions are graph regions (RegionKindInterface returning Graph).
  @inlinable public static var graphRegions: OpTraits { OpTraits(rawValue: 1 << 12) }
  @inlinable public static var constantLike: OpTraits { OpTraits(rawValue: 1 << 13) }
  @inlinable public static var hasParent: OpTraits { OpTraits(rawValue: 1 << 14) }
  @inlinable public static var callableOp: OpTraits { OpTraits(rawValue: 1 << 15) }
  @inlinable public static var functionOpInterface: OpTraits { OpTraits(rawValue: 1 << 16) }
  // Torch-MLIR's op traits (TorchTraits.h).
  /// The op's tensor results may be given more precise types than declared.
  @inlinable public static var allowsTypeRefinement: OpTraits { OpTraits(rawValue: 1 << 17) }
  /// Operands and results are values: no aliasing, no mutation.
  @inlinable public static var hasValueSemantics: OpTraits { OpTraits(rawValue: 1 << 18) }
  /// The op reads but never writes its operands.
  @inlinable public static var readOnly: OpTraits { OpTraits(rawValue: 1 << 19) }
  /// `aten.foo_`: the in-place variant of `aten.foo`.
  @inlinable public static var isTrailingUnderscoreInplaceVariant: OpTraits { OpTraits(rawValue: 1 << 20) }
  /// MLIR's RecursiveMemoryEffects: the op's effects are those of the ops
  /// nested in its regions (scf.for, scf.if).
  @inlinable public static var recursiveMemoryEffects: OpTraits { OpTraits(rawValue: 1 << 21) }
  /// MLIR's LoopLikeOpInterface: the op is a loop whose regions run
  /// repeatedly (scf.for, scf.while, scf.forall, scf.parallel); passes such
  /// as loop-invariant code motion look for it.
  @inlinable public static var loopLike: OpTraits { OpTraits(rawValue: 1 << 22) }
}

public struct OpVerifyError: Error {
  public let message: String
  public init(_ message: String) { self.message = message }
}

public final class OpInfo {
  public let traits: OpTraits
  /// Names of the attributes that define the op (stored as properties).
  public let inherentAttributes: [String]
  /// Checks the op itself (operands, attributes, results); throws a diagnostic.
  @usableFromInline @exclusivity(unchecked) var _verify: ((Operation) throws -> Void)?
  public var verify: ((Operation) throws -> Void)? {
    @inlinable get { _verify }
    @inlinable set { _verify = newValue }
  }
  /// Checks that need the op's regions to be verified first.
  @usableFromInline @exclusivity(unchecked) var _verifyRegions: ((Operation) throws -> Void)?
  public var verifyRegions: ((Operation) throws -> Void)? {
    @inlinable get { _verifyRegions }
    @inlinable set { _verifyRegions = newValue }
  }
  /// Custom assembly form; nil means the generic form is used.
  @usableFromInline @exclusivity(unchecked) var _parse: ((any OpAsmParser, inout OperationState) throws -> Void)?
  public var parse: ((any OpAsmParser, inout OperationState) throws -> Void)? {
    @inlinable get { _parse }
    @inlinable set { _parse = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _print: ((Operation, any OpAsmPrinter) -> Void)?
  public var print: ((Operation, any OpAsmPrinter) -> Void)? {
    @inlinable get { _print }
    @inlinable set { _print = newValue }
  }
  /// OpAsmOpInterface: names for results (`%cst`, `%c0`) and block arguments.
  @usableFromInline @exclusivity(unchecked) var _asmResultNames: ((Operation, (Value, String) -> Void) -> Void)?
  public var asmResultNames: ((Operation, (Value, String) -> Void) -> Void)? {
    @inlinable get { _asmResultNames }
    @inlinable set { _asmResultNames = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _asmBlockArgumentNames: ((Operation, Region, (Value, String) -> Void) -> Void)?
  public var asmBlockArgumentNames: ((Operation, Region, (Value, String) -> Void) -> Void)? {
    @inlinable get { _asmBlockArgumentNames }
    @inlinable set { _asmBlockArgumentNames = newValue }
  }
  /// OpAsmOpInterface::getDefaultDialect: ops of this dialect print without
  /// their prefix inside this op's regions.
  @usableFromInline @exclusivity(unchecked) var _defaultDialect: String?
  public var defaultDialect: String? {
    @inlinable get { _defaultDialect }
    @inlinable set { _defaultDialect = newValue }
  }
  /// Folds the op given the constant values of its operands (nil where an
  /// operand is not a constant). Returns nil when nothing folds, an empty
  /// array when the op was updated in place, else one result per op result.
  @usableFromInline @exclusivity(unchecked) var _fold: ((Operation, [Attribute?]) -> [OpFoldResult]?)?
  public var fold: ((Operation, [Attribute?]) -> [OpFoldResult]?)? {
    @inlinable get { _fold }
    @inlinable set { _fold = newValue }
  }
  /// MemoryEffectOpInterface for ops whose effects depend on the op (linalg
  /// ops touch memory only through memref operands): true when this op,
  /// regions included, has none. Nil leaves it to the `pure` trait.
  @usableFromInline @exclusivity(unchecked) var _isMemoryEffectFree: ((Operation) -> Bool)?
  public var isMemoryEffectFree: ((Operation) -> Bool)? {
    @inlinable get { _isMemoryEffectFree }
    @inlinable set { _isMemoryEffectFree = newValue }
  }
  /// Patterns the canonicalizer applies to this op.
  @usableFromInline @exclusivity(unchecked) var _canonicalizationPatterns: [any RewritePattern] = []
  public var canonicalizationPatterns: [any RewritePattern] {
    @inlinable get { _canonicalizationPatterns }
    @inlinable set { _canonicalizationPatterns = newValue }
  }
  /// Inherent attributes with a default value (ODS DefaultValuedAttr): an op
  /// created without them gets them, as MLIR's default-initialized
  /// properties do, so the generic form prints them.
  public var defaultProperties: [NamedAttribute] = [] {
    didSet { defaultPropertiesDictionary = nil }
  }
  /// `defaultProperties` as a dictionary attribute, made once (an op
  /// created without inherent attributes gets exactly this).
  var defaultPropertiesDictionary: Attribute?
  /// LoopLikeOpInterface: set for loop ops (see LoopLikeInterface.swift).
  @usableFromInline @exclusivity(unchecked) var _loopLike: LoopLikeInterface?
  public var loopLike: LoopLikeInterface? {
    @inlinable get { _loopLike }
    @inlinable set { _loopLike = newValue }
  }
  /// BranchOpInterface: set for terminators that forward operands to their
  /// successors (see BranchOpInterface.swift).
  @usableFromInline @exclusivity(unchecked) var _branch: BranchOpInterface?
  public var branch: BranchOpInterface? {
    @inlinable get { _branch }
    @inlinable set { _branch = newValue }
  }
  /// CallOpInterface / CallableOpInterface (see CallInterfaces.swift).
  @usableFromInline @exclusivity(unchecked) var _callInterface: CallOpInterface?
  public var callInterface: CallOpInterface? {
    @inlinable get { _callInterface }
    @inlinable set { _callInterface = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _callable: CallableOpInterface?
  public var callable: CallableOpInterface? {
    @inlinable get { _callable }
    @inlinable set { _callable = newValue }
  }

  public init(traits: OpTraits = [], inherentAttributes: [String] = []) {
    self.traits = traits
    self.inherentAttributes = inherentAttributes
  }
}

/// The uniqued name of an operation kind, registered or not.
public final class OperationName: Hashable, CustomStringConvertible {
  public let name: String
  public let dialectNamespace: String
  /// nil for an op that is not registered.
  @usableFromInline @exclusivity(unchecked) var _info: OpInfo?
  public internal(set) var info: OpInfo? {
    @inlinable get { _info }
    set { _info = newValue }
  }

  /// Dense per-context number (creation order), for tables indexed by op
  /// kind without hashing (e.g. patterns by root op).
  public let index: Int

  init(name: String, info: OpInfo?, index: Int) {
    self.name = name
    self.index = index
    if let dot = name.firstIndex(of: ".") {
      dialectNamespace = String(name[..<dot])
    } else {
      dialectNamespace = ""
    }
    self.info = info
  }

  @inlinable public var isRegistered: Bool { info != nil }
  @inlinable public var traits: OpTraits { info?.traits ?? [] }
  @inlinable public func hasTrait(_ t: OpTraits) -> Bool { info?.traits.contains(t) ?? false }
  public var description: String { name }
  public static func == (a: OperationName, b: OperationName) -> Bool { a === b }
  public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
}

/// A dialect: its namespace and the hooks for its types and attributes.
open class Dialect {
  public let namespace: String
  /// Whether ops of this dialect that are not registered are accepted (MLIR's
  /// `allowUnknownOperations`).
  open var allowsUnknownOperations: Bool { false }
  open var allowsUnknownTypes: Bool { false }

  public init(namespace: String) { self.namespace = namespace }

  /// Called once when the dialect is loaded into a context.
  open func initialize(in context: MLIRContext) {}

  /// Parses the body of `!ns.body` / `!ns<body>`; `nil` when the dialect
  /// defines no types (the parser then reports the error).
  open func parseType(_ parser: any DialectAsmParser) throws -> Type? { nil }
  open func printType(_ type: Type, _ printer: any DialectAsmPrinter) -> Bool { false }
  open func parseAttribute(_ parser: any DialectAsmParser, type: Type?) throws -> Attribute? { nil }
  open func printAttribute(_ attr: Attribute, _ printer: any DialectAsmPrinter) -> Bool { false }
  /// The type of a dialect attribute that is a TypedAttr (printed after it
  /// as ` : type` unless it is `none`), or nil.
  open func attributeType(_ attr: Attribute) -> Type? { nil }

  /// Creates the op that materializes the constant `value` of `type` (used by
  /// folding); nil when the dialect cannot.
  open func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? { nil }

  /// OpAsmDialectInterface::getAlias: a base name for printing `type` (or
  /// `attribute`) through an alias definition such as `!name = ...`, or nil.
  /// The printer asks every loaded dialect about every type and attribute it
  /// prints, and numbers repeated names itself.
  open func asmAlias(for type: Type) -> String? { nil }
  open func asmAlias(for attribute: Attribute) -> String? { nil }

  // MARK: Inlining (MLIR's DialectInlinerInterface)

  /// Whether calls, callables and ops of this dialect may be inlined; a
  /// dialect opts in by setting it (ops of other dialects never are).
  public var isLegalToInline = false

  /// Whether `call` (an op of this dialect) may have `callable` inlined
  /// into it; by default, `isLegalToInline`.
  open func isLegalToInline(call: Operation, callable: Operation) -> Bool { isLegalToInline }

  /// For a terminator of this dialect that returns from an inlined callable
  /// body (func.return), the values it returns to the caller; nil for any
  /// other op, whose region then cannot be inlined.
  open func inlinedTerminatorResults(_ op: Operation) -> [Value]? { nil }
}
