// The printer's state for one printing, and the OpAsmPrinter /
// DialectAsmPrinter methods that custom op and dialect printers call (MLIR's
// AsmPrinter::Impl and OperationPrinter). What to print for each kind of IR
// lives in the extensions: TypePrinter, AttributePrinter,
// DenseElementsPrinter, AffinePrinter, LocationPrinter, OperationPrinter and
// ResourcePrinter. Names and aliases are decided before printing starts
// (SSANameState, AliasCollector) and only looked up here.

import TorchIRCore

final class AsmPrinter: OpAsmPrinter, DialectAsmPrinter {
  let context: MLIRContext
  /// Where text goes (a capture redirects it while a dialect prints the body
  /// of one of its types or attributes).
  let out: OutputSink
  let options: AsmPrinterOptions
  /// SSA names, when printing operations.
  let names: SSANameState?
  let aliases: AliasTable

  /// `distinct[N]` numbers, given in order of first print.
  @exclusivity(unchecked) var distinctIDs: [Attribute: Int] = [:]
  /// `dense_resource` handles in order of first print: the resource section
  /// lists exactly these.
  @exclusivity(unchecked) var referencedResources: [String] = []
  @exclusivity(unchecked) var referencedResourceSet: Set<String> = []

  /// The dialect whose prefix ops may omit, per enclosing region; "builtin"
  /// at the top so that the top-level `builtin.module` prints as `module`.
  @exclusivity(unchecked) var defaultDialects: [String] = ["builtin"]
  @exclusivity(unchecked) var indent = 0

  /// Printed forms of dialect types and attributes (`!torch.vtensor<...>`),
  /// which repeat a lot and each need a scratch buffer to print.
  @exclusivity(unchecked) var dialectTypeCache: [Type: [UInt8]] = [:]
  /// The printed form of every type printed so far.
  let printedTypes = PrintedBytesCache()
  @exclusivity(unchecked) var dialectAttributeCache: [Attribute: [UInt8]] = [:]

  init(
    context: MLIRContext, out: OutputSink, options: AsmPrinterOptions,
    names: SSANameState? = nil, aliases: AliasTable = AliasTable()
  ) {
    self.context = context
    self.out = out
    self.options = options
    self.names = names
    self.aliases = aliases
  }

  /// Runs `body` with output going to a scratch buffer and returns what it
  /// wrote.
  func capture(_ body: () -> Void) -> [UInt8] {
    out.beginCapture()
    body()
    return out.endCapture()
  }

  // MARK: AsmPrinterBase

  func write(_ text: String) {
    // Custom printers write single characters (` `, `,`, `:`) most of all:
    // one byte costs less than reaching a String's storage.
    let u = text.utf8
    if u.count == 1, let byte = u.first {
      out.write(byte)
      return
    }
    out.write(text)
  }

  func printType(_ type: Type) { printTypeOrAlias(type) }

  func printAttribute(_ attr: Attribute) { printAttributeOrAlias(attr, elision: .never) }

  func printAttributeWithoutType(_ attr: Attribute) { printAttributeOrAlias(attr, elision: .must) }

  func printString(_ s: String) { out.writeQuoted(s) }

  func printSymbolName(_ name: String) { out.writeSymbolReference(name) }

  func printKeywordOrString(_ s: String) { out.writeKeywordOrString(s) }

  // MARK: OpAsmPrinter

  func printOperand(_ value: Value) { writeValueID(value, printResultNumber: true) }

  func printOperands(_ values: [Value]) {
    for (i, v) in values.enumerated() {
      if i > 0 { out.write(", ") }
      writeValueID(v, printResultNumber: true)
    }
  }

  func printNewline() {
    out.write(UInt8(ascii: "\n"))
    out.writeSpaces(indent)
  }

  func increaseIndent() { indent += 2 }
  func decreaseIndent() { indent -= 2 }

  func printOptionalAttrDict(_ attrs: [NamedAttribute], elided: [String]) {
    printOptionalAttrDict(attrs, elided: elided, withKeyword: false)
  }

  func printOptionalAttrDictWithKeyword(_ attrs: [NamedAttribute], elided: [String]) {
    printOptionalAttrDict(attrs, elided: elided, withKeyword: true)
  }

  func printRegion(
    _ region: Region, printEntryBlockArgs: Bool, printBlockTerminators: Bool,
    printEmptyBlock: Bool
  ) {
    printRegionBody(
      region, printEntryBlockArgs: printEntryBlockArgs,
      printBlockTerminators: printBlockTerminators, printEmptyBlock: printEmptyBlock)
  }

  func printSuccessor(_ block: Block) { writeBlockName(block) }

  /// `%arg0: type {attrs} loc(...)`; the location never uses an alias (as in
  /// MLIR, where block argument locations cannot be deferred).
  func printRegionArgument(_ argument: BlockArgument, attributes: [NamedAttribute], omitType: Bool) {
    printOperand(argument)
    if !omitType {
      out.write(": ")
      printType(argument.type)
    }
    printOptionalAttrDict(attributes, elided: [])
    printTrailingLocation(argument.loc, allowAlias: false)
  }

  func printOptionalLocationSpecifier(_ location: Location) {
    printTrailingLocation(location, allowAlias: true)
  }

  /// ` -> type` or ` -> (type, ...)`: parenthesized unless there is exactly
  /// one type and it is not a function type.
  func printArrowTypeList(_ types: [Type]) {
    out.write(" -> ")
    let wrapped = types.count != 1 || isFunctionType(types[0])
    if wrapped { out.write(UInt8(ascii: "(")) }
    printTypeList(types)
    if wrapped { out.write(UInt8(ascii: ")")) }
  }

  /// `(operand types) -> result types`, the generic form's signature.
  func printFunctionalType(_ op: Operation) {
    out.write(UInt8(ascii: "("))
    let operands = op.operands
    for i in operands.indices {
      if i > 0 { out.write(", ") }
      printType(operands[i].value.type)
    }
    out.write(") -> ")
    let results = op.results
    let wrapped = results.count != 1 || isFunctionType(results[0].type)
    if wrapped { out.write(UInt8(ascii: "(")) }
    for i in results.indices {
      if i > 0 { out.write(", ") }
      printType(results[i].type)
    }
    if wrapped { out.write(UInt8(ascii: ")")) }
  }

  // MARK: Shared pieces

  func printTypeList(_ types: [Type]) {
    for (i, t) in types.enumerated() {
      if i > 0 { out.write(", ") }
      printType(t)
    }
  }

  func writeValueID(_ value: Value, printResultNumber: Bool) {
    guard let names else {
      out.write("<<UNKNOWN SSA VALUE>>")
      return
    }
    names.writeValueID(value, printResultNumber: printResultNumber, to: out)
  }

  func writeBlockName(_ block: Block) {
    guard let names else {
      out.write("INVALIDBLOCK")
      return
    }
    names.writeBlockName(block, to: out)
  }
}

@inline(__always) func isFunctionType(_ t: Type) -> Bool {
  if case .function = t.kind { return true }
  return false
}
