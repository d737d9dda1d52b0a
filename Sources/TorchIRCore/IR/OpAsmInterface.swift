// The interface between custom assembly forms (written by dialects) and the
// parser and printer (in TorchIRAsm). Dialects see only these protocols, as in
// MLIR's OpImplementation.h.

/// A `%name` or `%name#3` reference that is resolved to a value once its type
/// is known.
public struct UnresolvedOperand: Hashable, Sendable {
  public var name: String
  public var number: Int
  public var location: Location
  /// Byte offset of the reference in the parsed buffer (-1 when unknown).
  public var offset: Int
  public init(name: String, number: Int, location: Location, offset: Int = -1) {
    self.name = name
    self.number = number
    self.location = location
    self.offset = offset
  }
}

/// A region argument being defined: `%arg0: i32 {attrs} loc(...)`.
public struct OpAsmArgument {
  public var ssaName: UnresolvedOperand
  public var type: Type?
  public var attributes: Attribute?
  public var location: Location?
  public init(ssaName: UnresolvedOperand, type: Type?, attributes: Attribute?, location: Location?) {
    self.ssaName = ssaName
    self.type = type
    self.attributes = attributes
    self.location = location
  }
}

public enum AsmDelimiter: Sendable {
  case none, paren, square, lessGreater, braces
  case optionalParen, optionalSquare, optionalLessGreater, optionalBraces
}

/// Parsing shared by ops, types and attributes.
public protocol AsmParserBase: AnyObject {
  var context: MLIRContext { get }
  /// The location of the current token.
  var currentLocation: Location { get }
  /// An error diagnostic at the current token.
  func error(_ message: String) -> Diagnostic
  func error(at location: Location, _ message: String) -> Diagnostic

  func parseOptionalPunctuation(_ p: String) -> Bool
  func parsePunctuation(_ p: String) throws
  func parseOptionalKeyword(_ keyword: String) -> Bool
  func parseKeyword(_ keyword: String) throws
  /// Any bare identifier or keyword.
  func parseOptionalKeyword() -> String?
  func parseOptionalKeyword(oneOf: [String]) -> String?
  func parseOptionalString() throws -> String?
  func parseString() throws -> String
  func parseOptionalInteger() throws -> Int64?
  func parseInteger() throws -> Int64
  func parseType() throws -> Type
  func parseOptionalType() throws -> Type?
  func parseColonType() throws -> Type
  func parseColonTypeList() throws -> [Type]
  func parseOptionalColonTypeList() throws -> [Type]
  /// `-> type` or `-> (type, ...)`; empty when no arrow.
  func parseOptionalArrowTypeList() throws -> [Type]
  func parseAttribute(type: Type?) throws -> Attribute
  func parseOptionalAttribute(type: Type?) throws -> Attribute?
  func parseOptionalAttrDict(into attrs: inout [NamedAttribute]) throws
  func parseOptionalAttrDictWithKeyword(into attrs: inout [NamedAttribute]) throws
  func parseOptionalSymbolName() throws -> String?
  func parseSymbolName() throws -> String
  func parseOptionalLocationSpecifier() throws -> Location?
  func parseCommaSeparatedList(_ delimiter: AsmDelimiter, _ element: () throws -> Void) throws
}

/// What a dialect's type or attribute parser sees.
public protocol DialectAsmParser: AsmParserBase {
  /// The full text of the body between the dialect prefix and the end
  /// (`<...>` included when present).
  var fullSymbolSpec: String { get }
}

public protocol OpAsmParser: AsmParserBase {
  func parseOperand() throws -> UnresolvedOperand
  func parseOptionalOperand() throws -> UnresolvedOperand?
  func parseOperandList(_ delimiter: AsmDelimiter) throws -> [UnresolvedOperand]
  func resolveOperand(_ operand: UnresolvedOperand, _ type: Type) throws -> Value
  func resolveOperands(_ operands: [UnresolvedOperand], _ types: [Type], at location: Location)
    throws -> [Value]
  func parseArgument(allowType: Bool, allowAttributes: Bool) throws -> OpAsmArgument
  func parseOptionalArgument(allowType: Bool, allowAttributes: Bool) throws -> OpAsmArgument?
  func parseArgumentList(_ delimiter: AsmDelimiter, allowType: Bool, allowAttributes: Bool)
    throws -> [OpAsmArgument]
  /// Parses `{ ... }` into `region`; `arguments` are the entry block's
  /// arguments when the region's arguments are given before it (func.func).
  func parseRegion(_ region: Region, arguments: [OpAsmArgument], enableNameShadowing: Bool) throws
  func parseOptionalRegion(_ region: Region, arguments: [OpAsmArgument]) throws -> Bool
  func parseSuccessor() throws -> Block
  func parseOptionalSuccessor() throws -> Block?
  /// Number of results the op is defined with (`%0:2 = ...` gives 2).
  var numResults: Int { get }
}

public protocol AsmPrinterBase: AnyObject {
  var context: MLIRContext { get }
  func write(_ text: String)
  func printType(_ type: Type)
  func printAttribute(_ attr: Attribute)
  /// Prints an attribute without its `: type` suffix where MLIR elides it.
  func printAttributeWithoutType(_ attr: Attribute)
  func printString(_ s: String)
  func printSymbolName(_ name: String)
  func printKeywordOrString(_ s: String)
}

public protocol DialectAsmPrinter: AsmPrinterBase {}

public protocol OpAsmPrinter: AsmPrinterBase {
  func printOperand(_ value: Value)
  func printOperands(_ values: [Value])
  func printNewline()
  /// Indents what `printNewline` starts by two more spaces, or two fewer
  /// (MLIR's increaseIndent / decreaseIndent).
  func increaseIndent()
  func decreaseIndent()
  /// `{a = 1}` for the attributes not in `elided`, nothing when none remain.
  func printOptionalAttrDict(_ attrs: [NamedAttribute], elided: [String])
  func printOptionalAttrDictWithKeyword(_ attrs: [NamedAttribute], elided: [String])
  func printRegion(
    _ region: Region, printEntryBlockArgs: Bool, printBlockTerminators: Bool,
    printEmptyBlock: Bool)
  func printSuccessor(_ block: Block)
  /// `%arg0: type {attrs} loc(...)` for a region argument being defined.
  func printRegionArgument(_ argument: BlockArgument, attributes: [NamedAttribute], omitType: Bool)
  func printOptionalLocationSpecifier(_ location: Location)
  func printArrowTypeList(_ types: [Type])
  func printFunctionalType(_ op: Operation)
}

extension AsmPrinterBase {
  /// `t1, t2, t3`
  public func printTypeList(_ types: [Type]) {
    for (i, t) in types.enumerated() {
      if i > 0 { write(", ") }
      printType(t)
    }
  }
}

extension OpAsmPrinter {
  /// ` %a, %b : t1, t2` — an operand list with its types, or nothing.
  public func printOperandsWithTypes(_ values: [Value]) {
    guard !values.isEmpty else { return }
    write(" ")
    printOperands(values)
    write(" : ")
    printTypeList(values.map { $0.type })
  }
}
