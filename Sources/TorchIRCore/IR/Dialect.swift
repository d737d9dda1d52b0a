// The registry of dialects and operations. A registered op carries an `OpInfo`:
// its traits, inherent attribute names, verifier and custom assembly hooks.
// Dialect code fills these in; the core never learns a dialect's name.

/// Traits MLIR attaches to op definitions that the core itself checks or uses.
public struct OpTraits: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  public static let isTerminator = OpTraits(rawValue: 1 << 0)
  public static let isolatedFromAbove = OpTraits(rawValue: 1 << 1)
  public static let noTerminator = OpTraits(rawValue: 1 << 2)
  public static let symbolTable = OpTraits(rawValue: 1 << 3)
  public static let symbol = OpTraits(rawValue: 1 << 4)
  public static let singleBlock = OpTraits(rawValue: 1 << 5)
  public static let pure = OpTraits(rawValue: 1 << 6)
  public static let commutative = OpTraits(rawValue: 1 << 7)
  public static let sameOperandsAndResultType = OpTraits(rawValue: 1 << 8)
  public static let affineScope = OpTraits(rawValue: 1 << 9)
  public static let returnLike = OpTraits(rawValue: 1 << 10)
  public static let zeroRegions = OpTraits(rawValue: 1 << 11)
  /// Regions are graph regions (RegionKindInterface returning Graph).
  public static let graphRegions = OpTraits(rawValue: 1 << 12)
  public static let constantLike = OpTraits(rawValue: 1 << 13)
  public static let hasParent = OpTraits(rawValue: 1 << 14)
  public static let callableOp = OpTraits(rawValue: 1 << 15)
  public static let functionOpInterface = OpTraits(rawValue: 1 << 16)
  // Torch-MLIR's op traits (TorchTraits.h).
  /// The op's tensor results may be given more precise types than declared.
  public static let allowsTypeRefinement = OpTraits(rawValue: 1 << 17)
  /// Operands and results are values: no aliasing, no mutation.
  public static let hasValueSemantics = OpTraits(rawValue: 1 << 18)
  /// The op reads but never writes its operands.
  public static let readOnly = OpTraits(rawValue: 1 << 19)
  /// `aten.foo_`: the in-place variant of `aten.foo`.
  public static let isTrailingUnderscoreInplaceVariant = OpTraits(rawValue: 1 << 20)
  /// MLIR's RecursiveMemoryEffects: the op's effects are those of the ops
  /// nested in its regions (scf.for, scf.if).
  public static let recursiveMemoryEffects = OpTraits(rawValue: 1 << 21)
  /// MLIR's LoopLikeOpInterface: the op is a loop whose regions run
  /// repeatedly (scf.for, scf.while, scf.forall, scf.parallel); passes such
  /// as loop-invariant code motion look for it.
  public static let loopLike = OpTraits(rawValue: 1 << 22)
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
  public var verify: ((Operation) throws -> Void)?
  /// Checks that need the op's regions to be verified first.
  public var verifyRegions: ((Operation) throws -> Void)?
  /// Custom assembly form; nil means the generic form is used.
  public var parse: ((any OpAsmParser, inout OperationState) throws -> Void)?
  public var print: ((Operation, any OpAsmPrinter) -> Void)?
  /// OpAsmOpInterface: names for results (`%cst`, `%c0`) and block arguments.
  public var asmResultNames: ((Operation, (Value, String) -> Void) -> Void)?
  public var asmBlockArgumentNames: ((Operation, Region, (Value, String) -> Void) -> Void)?
  /// OpAsmOpInterface::getDefaultDialect: ops of this dialect print without
  /// their prefix inside this op's regions.
  public var defaultDialect: String?
  /// Folds the op given the constant values of its operands (nil where an
  /// operand is not a constant). Returns nil when nothing folds, an empty
  /// array when the op was updated in place, else one result per op result.
  public var fold: ((Operation, [Attribute?]) -> [OpFoldResult]?)?
  /// MemoryEffectOpInterface for ops whose effects depend on the op (linalg
  /// ops touch memory only through memref operands): true when this op,
  /// regions included, has none. Nil leaves it to the `pure` trait.
  public var isMemoryEffectFree: ((Operation) -> Bool)?
  /// Patterns the canonicalizer applies to this op.
  public var canonicalizationPatterns: [any RewritePattern] = []
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
  public var loopLike: LoopLikeInterface?
  /// BranchOpInterface: set for terminators that forward operands to their
  /// successors (see BranchOpInterface.swift).
  public var branch: BranchOpInterface?
  /// CallOpInterface / CallableOpInterface (see CallInterfaces.swift).
  public var callInterface: CallOpInterface?
  public var callable: CallableOpInterface?

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
  @exclusivity(unchecked) public internal(set) var info: OpInfo?

  init(name: String, info: OpInfo?) {
    self.name = name
    if let dot = name.firstIndex(of: ".") {
      dialectNamespace = String(name[..<dot])
    } else {
      dialectNamespace = ""
    }
    self.info = info
  }

  public var isRegistered: Bool { info != nil }
  public var traits: OpTraits { info?.traits ?? [] }
  public func hasTrait(_ t: OpTraits) -> Bool { info?.traits.contains(t) ?? false }
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
