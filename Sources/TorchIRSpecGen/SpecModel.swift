// The parsed form of a spec file: what the generator checks and emits. Field
// values stay close to the spec text; the runtime engine in TorchIRDialects
// decodes the emitted strings once per context.

/// A place in a spec file, for error messages in the `file:line:col` form.
public struct SpecLocation: Sendable, Equatable {
  public var file: String
  public var line: Int
  public var column: Int
}

public struct SpecError: Error, CustomStringConvertible, Sendable {
  public var location: SpecLocation
  public var message: String
  public var description: String {
    "\(location.file):\(location.line):\(location.column): error: \(message)"
  }
}

public struct SpecConstraint: Sendable {
  public var name: String
  public var summary: String
  /// `|`-separated terms such as `int`, `vector<int|index>`.
  public var terms: [String]
}

public struct SpecEnum: Sendable {
  public var name: String
  /// True for a bit enum (a dialect attribute of flags).
  public var isBitEnum: Bool
  /// Storage type of a plain enum (`i32`, `i64`); the mnemonic of a bit enum.
  public var storageOrMnemonic: String
  /// Separator between flags when a bit enum is printed.
  public var separator: String
  /// What verifier messages call a bit enum ("Integer overflow arith flags").
  public var summary: String
  public var cases: [(name: String, value: Int64)]
}

public enum SpecArity: String, Sendable { case single = "", optional = "?", variadic = "*" }

public struct SpecValueDecl: Sendable {
  public var name: String
  public var constraint: String
  public var arity: SpecArity
}

public struct SpecAttrDecl: Sendable {
  public var name: String
  /// An enum name, or a builtin kind: `TypedAttr`, `Unit`, `I64`, `String`, `Any`.
  public var kind: String
  public var defaultValue: String?
  public var isOptional: Bool
}

public struct SpecOp: Sendable {
  public var mnemonic: String
  public var location: SpecLocation
  public var summary = ""
  public var traits: [String] = []
  public var operands: [SpecValueDecl] = []
  public var attributes: [SpecAttrDecl] = []
  public var results: [SpecValueDecl] = []
  public var regions: [String] = []
  public var successors: [String] = []
  /// Groups of operand/result names whose types are equal (AllTypesMatch).
  public var matches: [[String]] = []
  /// (target, source): target's type is i1 with the shape of source's type.
  public var boolLike: [(String, String)] = []
  /// The assembly format text; nil when the op has only the generic form,
  /// "custom" when its parser and printer are hand-written.
  public var format: String?
  public var formatLocation: SpecLocation?
  public var hooks: [String] = []
}

public struct SpecDialect: Sendable {
  public var name = ""
  /// The Swift name of the generated file and value when a dialect's ops
  /// are split over several specs (`dialect torch TorchGenerated`); the
  /// dialect's own name otherwise.
  public var swiftName: String?
  public var file: String
  public var constraints: [SpecConstraint] = []
  public var enums: [SpecEnum] = []
  public var ops: [SpecOp] = []
}

/// Traits the runtime engine understands (mirrors OpTraits plus the type
/// relations it verifies and uses for inference).
public let knownTraits: Set<String> = [
  "Pure", "Commutative", "SameOperandsAndResultType", "SameOperandsAndResultShape",
  "SameTypeOperands", "ConstantLike", "Terminator", "IsolatedFromAbove", "NoTerminator",
  "SymbolTable", "Symbol", "SingleBlock", "AffineScope", "ReturnLike", "ZeroRegions",
  "GraphRegions", "HasParent",
  // Torch-MLIR's op traits (TorchTraits.h).
  "AllowsTypeRefinement", "HasValueSemantics", "ReadOnly", "IsTrailingUnderscoreInplaceVariant",
  "RecursiveMemoryEffects", "LoopLike",
]

public let builtinAttrKinds: Set<String> = ["TypedAttr", "Unit", "I64", "I32", "String", "Any", "Type", "Array"]
