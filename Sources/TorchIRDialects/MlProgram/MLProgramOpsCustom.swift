// The hand-written parts of the ml_program ops (MLIR's MLProgramOps.cpp):
// the custom forms of global, the graph load/store ops, token, func and
// subgraph; the symbol-use checks of the load/store ops; the terminators'
// checks against the enclosing function's signature.

import TorchIRCore

func installMLProgramHooks(_ hooks: inout DialectHooks) {
  hooks.parsers["ml_program.global"] = parseGlobalOp
  hooks.printers["ml_program.global"] = printGlobalOp
  hooks.verifiers["ml_program.global"] = { op in
    if op.attr("is_mutable") == nil && op.attr("value") == nil {
      throw OpVerifyError("immutable global must have an initial value")
    }
  }
  for name in ["func", "subgraph"] {
    hooks.parsers["ml_program.\(name)"] = parseFuncOp
    hooks.printers["ml_program.\(name)"] = printFuncOp
    hooks.verifiers["ml_program.\(name)"] = verifyFuncOp
  }
  hooks.verifiers["ml_program.global_load"] = { op in try verifyGlobalLoad(op, constant: false) }
  hooks.verifiers["ml_program.global_load_const"] = { op in try verifyGlobalLoad(op, constant: true) }
  hooks.verifiers["ml_program.global_store"] = verifyGlobalStore
  hooks.resultNames["ml_program.global_load"] = nameAfterGlobal
  hooks.resultNames["ml_program.global_load_const"] = nameAfterGlobal

  hooks.parsers["ml_program.global_load_graph"] = parseGlobalLoadGraphOp
  hooks.printers["ml_program.global_load_graph"] = printGlobalLoadGraphOp
  hooks.verifiers["ml_program.global_load_graph"] = { op in
    try verifyTokens(op, operandsFrom: 0, results: [1])
    try verifyGlobalLoad(op, constant: false)
  }
  hooks.resultNames["ml_program.global_load_graph"] = { op, setName in
    if op.numResults == 2 {
      setName(op.result(0), "result")
      setName(op.result(1), "produceToken")
    }
  }
  hooks.parsers["ml_program.global_store_graph"] = parseGlobalStoreGraphOp
  hooks.printers["ml_program.global_store_graph"] = printGlobalStoreGraphOp
  hooks.verifiers["ml_program.global_store_graph"] = { op in
    try verifyTokens(op, operandsFrom: 1, results: [0])
    try verifyGlobalStore(op)
  }

  hooks.parsers["ml_program.token"] = { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [mlProgramTokenType(p.context)]
  }
  hooks.printers["ml_program.token"] = { op, p in
    p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  }
  hooks.verifiers["ml_program.token"] = { op in try verifyTokens(op, operandsFrom: 0, results: [0]) }

  hooks.verifiers["ml_program.output"] = { op in
    try verifyTerminator(op, parent: "ml_program.subgraph", noun: "output", verb: "outputs")
  }
  hooks.verifiers["ml_program.return"] = { op in
    try verifyTerminator(op, parent: "ml_program.func", noun: "return", verb: "returns")
  }
}

// MARK: ml_program.global

/// `ml_program.global VISIBILITY (mutable)? @name ((INIT))? : TYPE attr-dict`.
/// The visibility keyword is required (MLIR's parseSymbolVisibility).
private func parseGlobalOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  let loc = p.currentLocation
  guard let visibility = p.parseOptionalKeyword(oneOf: ["public", "private", "nested"]) else {
    throw p.error(at: loc, "expected 'public', 'private', or 'nested'")
  }
  state.addAttribute("sym_visibility", ctx.stringAttr(visibility))
  if p.parseOptionalKeyword("mutable") { state.addAttribute("is_mutable", ctx.unitAttr) }
  state.addAttribute("sym_name", ctx.stringAttr(try p.parseSymbolName()))
  if p.parseOptionalPunctuation("(") {
    state.addAttribute("value", try p.parseAttribute(type: nil))
    try p.parsePunctuation(")")
  }
  state.addAttribute("type", ctx.typeAttr(try p.parseColonType()))
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printGlobalOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  p.write(op.attr("sym_visibility")?.stringValue ?? "public")
  if op.attr("is_mutable") != nil { p.write(" mutable") }
  p.write(" ")
  p.printSymbolName(op.attr("sym_name")?.stringValue ?? "")
  if let value = op.attr("value") {
    p.write("(")
    p.printAttribute(value)
    p.write(")")
  }
  p.write(" : ")
  if let t = op.attr("type") { p.printAttribute(t) }
  p.printOptionalAttrDict(allAttributes(op), elided: ["sym_visibility", "is_mutable", "sym_name", "type", "value"])
}

// MARK: Symbol uses

/// The global an op's `global` attribute names (nil when there is none),
/// after checking that the attribute is a symbol reference.
private func referencedGlobal(_ op: Operation) throws -> (ref: Attribute, global: Operation) {
  guard let ref = op.attr("global") else { throw OpVerifyError("requires attribute 'global'") }
  guard case .symbolRef = ref.kind else {
    throw OpVerifyError("attribute 'global' failed to satisfy constraint: symbol reference attribute")
  }
  guard let global = SymbolTable.lookupNearest(ref, from: op), global.name.name == "ml_program.global" else {
    throw OpVerifyError("undefined global: \(ref)")
  }
  return (ref, global)
}

private func globalType(_ global: Operation) -> Type? { global.attr("type")?.typeValue }

private func verifyGlobalLoad(_ op: Operation, constant: Bool) throws {
  let (ref, global) = try referencedGlobal(op)
  if constant && global.attr("is_mutable") != nil {
    throw OpVerifyError("cannot load as const from mutable global \(ref)")
  }
  if let t = globalType(global), op.numResults > 0, t != op.result(0).type {
    throw OpVerifyError("cannot load from global typed '\(t)' as '\(op.result(0).type)'")
  }
}

private func verifyGlobalStore(_ op: Operation) throws {
  let (ref, global) = try referencedGlobal(op)
  if global.attr("is_mutable") == nil {
    throw OpVerifyError("cannot store to an immutable global \(ref)")
  }
  if let t = globalType(global), op.numOperands > 0, t != op.operand(0).type {
    throw OpVerifyError("cannot store to a global typed '\(t)' from '\(op.operand(0).type)'")
  }
}

/// Loads are named after the global they read (`%foo = ... @foo`).
private func nameAfterGlobal(_ op: Operation, _ setName: (Value, String) -> Void) {
  guard op.numResults == 1, let ref = op.attr("global"), case .symbolRef(let root, let nested) = ref.kind else {
    return
  }
  setName(op.result(0), nested.last ?? root)
}

// MARK: Tokens

private let tokenSummary = "Token for establishing execution ordering in a graph"

/// Operands from `operandsFrom` on and the listed results must be tokens
/// (the ODS type constraints the spec cannot express).
private func verifyTokens(_ op: Operation, operandsFrom: Int, results: [Int]) throws {
  for i in operandsFrom..<max(operandsFrom, op.numOperands) where !isMLProgramToken(op.operand(i).type) {
    throw OpVerifyError("operand #\(i) must be variadic of \(tokenSummary), but got '\(op.operand(i).type)'")
  }
  for i in results where i < op.numResults && !isMLProgramToken(op.result(i).type) {
    throw OpVerifyError("result #\(i) must be \(tokenSummary), but got '\(op.result(i).type)'")
  }
}

/// ` ordering(%a, %b -> !ml_program.token)` or ` ordering(() -> ...)`.
/// MLIR makes the clause optional, but an op without it has no type for its
/// produced token (and MLIR crashes verifying it), so it is required here.
private func parseTokenOrdering(_ p: any OpAsmParser) throws -> (tokens: [Value], produced: Type) {
  try p.parseKeyword("ordering")
  try p.parsePunctuation("(")
  var tokens: [UnresolvedOperand] = []
  let loc = p.currentLocation
  if p.parseOptionalPunctuation("(") {
    try p.parsePunctuation(")")
  } else {
    tokens = try p.parseOperandList(.none)
  }
  try p.parsePunctuation("->")
  let produced = try p.parseType()
  try p.parsePunctuation(")")
  // Consumed tokens have the token type (ODS: Variadic<MLProgram_TokenType>).
  let token = mlProgramTokenType(p.context)
  let values = try p.resolveOperands(tokens, Array(repeating: token, count: tokens.count), at: loc)
  return (values, produced)
}

private func printTokenOrdering(_ p: any OpAsmPrinter, _ tokens: [Value], _ produced: Type) {
  p.write(" ordering(")
  if tokens.isEmpty { p.write("()") } else { p.printOperands(tokens) }
  p.write(" -> ")
  p.printType(produced)
  p.write(")")
}

/// `@global ordering(...) : type attr-dict`.
private func parseGlobalLoadGraphOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  state.addAttribute("global", p.context.symbolRefAttr(try p.parseSymbolName()))
  let (tokens, produced) = try parseTokenOrdering(p)
  let result = try p.parseColonType()
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = tokens
  state.resultTypes = [result, produced]
}

private func printGlobalLoadGraphOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let g = op.attr("global") { p.printAttribute(g) }
  if op.numResults == 2 { printTokenOrdering(p, op.operandValues, op.result(1).type) }
  p.write(" : ")
  if op.numResults > 0 { p.printType(op.result(0).type) }
  p.printOptionalAttrDict(allAttributes(op), elided: ["global"])
}

/// `@global = %value ordering(...) : type attr-dict`.
private func parseGlobalStoreGraphOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  state.addAttribute("global", p.context.symbolRefAttr(try p.parseSymbolName()))
  try p.parsePunctuation("=")
  let valueLoc = p.currentLocation
  let value = try p.parseOperand()
  let (tokens, produced) = try parseTokenOrdering(p)
  let type = try p.parseColonType()
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = try p.resolveOperands([value], [type], at: valueLoc) + tokens
  state.resultTypes = [produced]
}

private func printGlobalStoreGraphOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let g = op.attr("global") { p.printAttribute(g) }
  p.write(" = ")
  guard op.numOperands > 0, op.numResults == 1 else { return }
  p.printOperand(op.operand(0))
  printTokenOrdering(p, Array(op.operandValues.dropFirst()), op.result(0).type)
  p.write(" : ")
  p.printType(op.operand(0).type)
  p.printOptionalAttrDict(allAttributes(op), elided: ["global"])
}

// MARK: Terminators

/// HasParent plus the signature check of MLIR's OutputOp/ReturnOp::verify
/// (the type mismatch is reported without the op prefix, as there).
private func verifyTerminator(_ op: Operation, parent: String, noun: String, verb: String) throws {
  guard let fn = op.parentOp, fn.name.name == parent else {
    throw OpVerifyError("expects parent op '\(parent)'")
  }
  let results = functionType(of: fn)?.results ?? []
  let name = fn.attr("sym_name")?.stringValue ?? ""
  if op.numOperands != results.count {
    throw OpVerifyError("has \(op.numOperands) operands, but enclosing function (@\(name)) \(verb) \(results.count)")
  }
  for (i, t) in results.enumerated() where op.operand(i).type != t {
    throw Diagnostic.error(op.location,
      "type of \(noun) operand \(i) ('\(op.operand(i).type)') doesn't match function result type ('\(t)') in function @\(name)")
  }
}
