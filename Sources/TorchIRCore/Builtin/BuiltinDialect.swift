// The builtin dialect: `builtin.module` and `builtin.unrealized_conversion_cast`.
// Builtin types and attributes are part of the core (Type.swift, Attribute.swift).

public final class BuiltinDialect: Dialect {
  public init() { super.init(namespace: "builtin") }

  public override func initialize(in context: MLIRContext) {
    let module = OpInfo(
      traits: [.isolatedFromAbove, .noTerminator, .symbolTable, .singleBlock,
        .affineScope, .graphRegions],
      inherentAttributes: ["sym_name", "sym_visibility"])
    module.verify = verifyModule
    module.parse = parseModule
    module.print = printModule
    module.defaultDialect = "builtin"
    context.registerOperation("builtin.module", module)

    let cast = OpInfo(traits: [.pure])
    cast.parse = parseUnrealizedConversionCast
    cast.print = printUnrealizedConversionCast
    cast.verify = { op in
      if op.numResults == 0 { throw OpVerifyError("expected at least one result for cast operation") }
    }
    context.registerOperation("builtin.unrealized_conversion_cast", cast)
  }
}

/// A `builtin.module` with one empty block, as `ModuleOp::create` makes it.
public func createModuleOp(_ context: MLIRContext, location: Location, name: String? = nil)
  -> Operation
{
  var state = OperationState(context: context, name: "builtin.module", location: location)
  if let n = name { state.addAttribute("sym_name", context.stringAttr(n)) }
  let r = state.addRegion()
  r.append(Block())
  return Operation(state)
}

private func verifyModule(_ op: Operation) throws {
  // Only dialect-prefixed discardable attributes are allowed on a module.
  for a in op.attributes.dictionaryEntries ?? [] where !a.name.contains(".") {
    throw OpVerifyError(
      "can only contain attributes with dialect-prefixed names, found: '\(a.name)'")
  }
  if let b = op.region(0).entryBlock, b.arguments.count != 0 {
    throw OpVerifyError("expects region #0 to have 0 arguments")
  }
}

private func parseModule(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  if let name = try p.parseOptionalSymbolName() {
    state.addAttribute("sym_name", p.context.stringAttr(name))
  }
  try p.parseOptionalAttrDictWithKeyword(into: &state.attributes)
  let body = state.addRegion()
  try p.parseRegion(body, arguments: [], enableNameShadowing: false)
  if body.isEmpty { body.append(Block()) }
}

private func printModule(_ op: Operation, _ p: any OpAsmPrinter) {
  if let name = op.attr("sym_name")?.stringValue {
    p.write(" ")
    p.printSymbolName(name)
  }
  // `attr-dict-with-keyword` shows every attribute the format does not
  // mention: discardable ones and inherent ones such as sym_visibility,
  // merged in name order as MLIR's getAttrs() returns them.
  let all = (op.properties?.dictionaryEntries ?? []) + (op.attributes.dictionaryEntries ?? [])
  p.printOptionalAttrDictWithKeyword(
    op.context.dictionaryAttr(all).dictionaryEntries ?? [], elided: ["sym_name"])
  p.write(" ")
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: false,
    printEmptyBlock: false)
}

// `builtin.unrealized_conversion_cast %a, %b : t1, t2 to t3 attr-dict`
private func parseUnrealizedConversionCast(_ p: any OpAsmParser, _ state: inout OperationState)
  throws
{
  let loc = p.currentLocation
  var operands: [UnresolvedOperand] = []
  if let first = try p.parseOptionalOperand() {
    operands.append(first)
    while p.parseOptionalPunctuation(",") { operands.append(try p.parseOperand()) }
  }
  var types: [Type] = []
  if !operands.isEmpty {
    try p.parsePunctuation(":")
    types.append(try p.parseType())
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  }
  try p.parseKeyword("to")
  var results = [try p.parseType()]
  while p.parseOptionalPunctuation(",") { results.append(try p.parseType()) }
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = try p.resolveOperands(operands, types, at: loc)
  state.resultTypes = results
}

private func printUnrealizedConversionCast(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printOperandsWithTypes(op.operandValues)
  p.write(" to ")
  p.printTypeList(op.resultTypes)
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
}
