// The func dialect: func.func, func.return, func.call, func.call_indirect and
// func.constant, with MLIR's custom forms and verifiers.

import TorchIRCore

public final class FuncDialect: Dialect {
  public init() {
    super.init(namespace: "func")
    isLegalToInline = true
  }

  /// A call or function marked `no_inline` is never inlined.
  public override func isLegalToInline(call: Operation, callable: Operation) -> Bool {
    call.attr("no_inline") == nil && callable.attr("no_inline") == nil
  }

  /// func.return hands its operands back to the caller.
  public override func inlinedTerminatorResults(_ op: Operation) -> [Value]? {
    op.name.name == "func.return" ? op.operandValues : nil
  }

  public override func initialize(in context: MLIRContext) {
    let fn = OpInfo(
      traits: [.isolatedFromAbove, .symbol, .affineScope, .callableOp, .functionOpInterface],
      inherentAttributes: ["sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs", "no_inline"])
    fn.parse = parseFuncOp
    fn.print = printFuncOp
    fn.verify = verifyFuncOp
    fn.defaultDialect = "func"
    fn.callable = CallableOpInterface(
      callableRegion: { $0.regions.first }, resultTypes: { functionType(of: $0)?.results ?? [] })
    context.registerOperation("func.func", fn)

    let ret = OpInfo(traits: [.isTerminator, .returnLike, .pure, .hasParent])
    ret.parse = parseReturnOp
    ret.print = printReturnOp
    ret.verify = verifyReturnOp
    context.registerOperation("func.return", ret)

    let call = OpInfo(inherentAttributes: ["callee", "arg_attrs", "res_attrs", "no_inline"])
    call.parse = parseCallOp
    call.print = printCallOp
    call.verify = verifyCallOp
    call.callInterface = CallOpInterface(callee: { $0.attr("callee") })
    context.registerOperation("func.call", call)

    let callIndirect = OpInfo(inherentAttributes: ["arg_attrs", "res_attrs"])
    callIndirect.parse = parseCallIndirectOp
    callIndirect.print = printCallIndirectOp
    callIndirect.verify = verifyCallIndirectOp
    context.registerOperation("func.call_indirect", callIndirect)

    let constant = OpInfo(traits: [.pure, .constantLike], inherentAttributes: ["value"])
    constant.parse = parseConstantOp
    constant.print = printConstantOp
    constant.verify = verifyConstantOp
    constant.asmResultNames = { op, setName in setName(op.result(0), "f") }
    context.registerOperation("func.constant", constant)
  }
}

// MARK: func.func

/// The function type of a func.func (nil when the attribute is malformed).
public func functionType(of op: Operation) -> (inputs: [Type], results: [Type])? {
  guard let t = op.attr("function_type")?.typeValue, case .function(let i, let r) = t.kind else {
    return nil
  }
  return (i, r)
}

func parseFuncOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  if let vis = p.parseOptionalKeyword(oneOf: ["public", "private", "nested"]) {
    state.addAttribute("sym_visibility", ctx.stringAttr(vis))
  }
  state.addAttribute("sym_name", ctx.stringAttr(try p.parseSymbolName()))

  var arguments: [OpAsmArgument] = []
  try p.parseCommaSeparatedList(.paren) {
    if let arg = try p.parseOptionalArgument(allowType: true, allowAttributes: true) {
      if let last = arguments.last, last.ssaName.name.isEmpty {
        throw p.error(at: arg.ssaName.location, "expected type instead of SSA identifier")
      }
      arguments.append(arg)
    } else {
      let loc = p.currentLocation
      if let last = arguments.last, !last.ssaName.name.isEmpty {
        throw p.error(at: loc, "expected SSA identifier")
      }
      let type = try p.parseType()
      var attrs: [NamedAttribute] = []
      try p.parseOptionalAttrDict(into: &attrs)
      let srcLoc = try p.parseOptionalLocationSpecifier()
      arguments.append(OpAsmArgument(
        ssaName: UnresolvedOperand(name: "", number: 0, location: loc), type: type,
        attributes: ctx.dictionaryAttr(attrs), location: srcLoc))
    }
  }
  var resultTypes: [Type] = []
  var resultAttrs: [Attribute] = []
  if p.parseOptionalPunctuation("->") {
    if p.parseOptionalPunctuation("(") {
      if !p.parseOptionalPunctuation(")") {
        repeat {
          resultTypes.append(try p.parseType())
          var attrs: [NamedAttribute] = []
          try p.parseOptionalAttrDict(into: &attrs)
          resultAttrs.append(ctx.dictionaryAttr(attrs))
        } while p.parseOptionalPunctuation(",")
        try p.parsePunctuation(")")
      }
    } else {
      resultTypes.append(try p.parseType())
      resultAttrs.append(ctx.emptyDictionary)
    }
  }
  let argTypes = arguments.compactMap { $0.type }
  state.addAttribute("function_type", ctx.typeAttr(ctx.functionType(argTypes, resultTypes)))

  let attrLoc = p.currentLocation
  var parsed: [NamedAttribute] = []
  try p.parseOptionalAttrDictWithKeyword(into: &parsed)
  for disallowed in ["sym_visibility", "sym_name", "function_type"]
  where parsed.contains(where: { $0.name == disallowed }) {
    throw p.error(at: attrLoc,
      "'\(disallowed)' is an inferred attribute and should not be specified in the explicit attribute dictionary")
  }
  state.attributes.append(contentsOf: parsed)

  let argAttrs = arguments.map { $0.attributes ?? ctx.emptyDictionary }
  if argAttrs.contains(where: { !($0.dictionaryEntries ?? []).isEmpty }) {
    state.addAttribute("arg_attrs", ctx.arrayAttr(argAttrs))
  }
  if resultAttrs.contains(where: { !($0.dictionaryEntries ?? []).isEmpty }) {
    state.addAttribute("res_attrs", ctx.arrayAttr(resultAttrs))
  }

  let body = state.addRegion()
  let bodyLoc = p.currentLocation
  let namedArgs = arguments.first.map { !$0.ssaName.name.isEmpty } ?? false
  if try p.parseOptionalRegion(body, arguments: namedArgs ? arguments : []) {
    if body.isEmpty { throw p.error(at: bodyLoc, "expected non-empty function body") }
  }
}

func printFuncOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let vis = op.attr("sym_visibility")?.stringValue {
    p.write(vis)
    p.write(" ")
  }
  p.printSymbolName(op.attr("sym_name")?.stringValue ?? "")
  let (inputs, results) = functionType(of: op) ?? ([], [])
  let body = op.region(0)
  let argAttrs = op.attr("arg_attrs")?.arrayValue
  p.write("(")
  for (i, t) in inputs.enumerated() {
    if i > 0 { p.write(", ") }
    let attrs = (argAttrs.flatMap { i < $0.count ? $0[i] : nil })?.dictionaryEntries ?? []
    if let entry = body.entryBlock, i < entry.arguments.count {
      p.printRegionArgument(entry.arguments[i], attributes: attrs, omitType: false)
    } else {
      p.printType(t)
      p.printOptionalAttrDict(attrs, elided: [])
    }
  }
  p.write(")")
  if !results.isEmpty {
    p.write(" -> ")
    let resAttrs = op.attr("res_attrs")?.arrayValue
    let firstHasAttrs = !((resAttrs?.first?.dictionaryEntries ?? []).isEmpty)
    var needsParens = results.count > 1 || firstHasAttrs
    if case .function = results[0].kind { needsParens = true }
    if needsParens { p.write("(") }
    for (i, t) in results.enumerated() {
      if i > 0 { p.write(", ") }
      p.printType(t)
      if let ra = resAttrs, i < ra.count { p.printOptionalAttrDict(ra[i].dictionaryEntries ?? [], elided: []) }
    }
    if needsParens { p.write(")") }
  }
  var all = op.properties?.dictionaryEntries ?? []
  all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
  all.sort { utf8Less($0.name, $1.name) }
  p.printOptionalAttrDictWithKeyword(all,
    elided: ["sym_name", "sym_visibility", "function_type", "arg_attrs", "res_attrs"])
  if !body.isEmpty {
    p.write(" ")
    p.printRegion(body, printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  }
}

func verifyFuncOp(_ op: Operation) throws {
  guard let (inputs, results) = functionType(of: op) else {
    throw OpVerifyError("requires attribute 'function_type'")
  }
  if let argAttrs = op.attr("arg_attrs")?.arrayValue, argAttrs.count != inputs.count {
    throw OpVerifyError(
      "expects argument attribute array to have the same number of elements as the number of function arguments, got \(argAttrs.count), but expected \(inputs.count)")
  }
  if let resAttrs = op.attr("res_attrs")?.arrayValue, resAttrs.count != results.count {
    throw OpVerifyError(
      "expects result attribute array to have the same number of elements as the number of function results, got \(resAttrs.count), but expected \(results.count)")
  }
  guard let entry = op.region(0).entryBlock else { return }
  if entry.arguments.count != inputs.count {
    throw OpVerifyError(
      "entry block must have \(inputs.count) arguments to match function signature")
  }
  for (i, a) in entry.arguments.enumerated() where a.type != inputs[i] {
    throw OpVerifyError(
      "type of entry block argument #\(i)(\(a.type)) must match the type of the corresponding argument in function signature(\(inputs[i]))")
  }
}

// MARK: func.return

private func parseReturnOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parseOptionalAttrDict(into: &state.attributes)
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  if !operands.isEmpty {
    let types = try p.parseColonTypeList()
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
}

private func printReturnOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  p.printOperandsWithTypes(op.operandValues)
}

private func verifyReturnOp(_ op: Operation) throws {
  guard let fn = op.parentOp, fn.name.name == "func.func" else {
    throw OpVerifyError("expects parent op 'func.func'")
  }
  let results = functionType(of: fn)?.results ?? []
  let name = fn.attr("sym_name")?.stringValue ?? ""
  if op.numOperands != results.count {
    throw OpVerifyError(
      "has \(op.numOperands) operands, but enclosing function (@\(name)) returns \(results.count)")
  }
  for (i, t) in results.enumerated() where op.operand(i).type != t {
    throw Diagnostic.error(op.location,
      "type of return operand \(i) ('\(op.operand(i).type)') doesn't match function result type ('\(t)') in function @\(name)")
  }
}

// MARK: func.call and func.call_indirect

private func parseCallOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let callee = try p.parseSymbolName()
  state.addAttribute("callee", p.context.symbolRefAttr(callee))
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.paren)
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let t = try p.parseType()
  guard case .function(let inputs, let results) = t.kind else {
    throw p.error("expected function type")
  }
  state.operands = try p.resolveOperands(operands, inputs, at: loc)
  state.resultTypes = results
}

private func printOperandTypesArrow(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printType(op.context.functionType(op.operandTypes, op.resultTypes))
}

private func printCallOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let c = op.attr("callee") { p.printAttribute(c) }
  p.write("(")
  p.printOperands(op.operandValues)
  p.write(")")
  var all = op.properties?.dictionaryEntries ?? []
  all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
  all.sort { utf8Less($0.name, $1.name) }
  p.printOptionalAttrDict(all, elided: ["callee"])
  p.write(" : ")
  printOperandTypesArrow(op, p)
}

private func verifyCallOp(_ op: Operation) throws {
  guard let callee = op.attr("callee"), case .symbolRef(let root, let nested) = callee.kind,
    nested.isEmpty
  else {
    throw OpVerifyError("requires attribute 'callee'")
  }
  guard let fn = SymbolTable.lookupNearest(callee, from: op), fn.name.name == "func.func" else {
    throw OpVerifyError("'\(root)' does not reference a valid function")
  }
  let (inputs, results) = functionType(of: fn) ?? ([], [])
  if inputs.count != op.numOperands { throw OpVerifyError("incorrect number of operands for callee") }
  for (i, t) in inputs.enumerated() where op.operand(i).type != t {
    throw OpVerifyError(
      "operand type mismatch: expected operand type '\(t)', but provided '\(op.operand(i).type)' for operand number \(i)")
  }
  if results.count != op.numResults { throw OpVerifyError("incorrect number of results for callee") }
  for (i, t) in results.enumerated() where op.result(i).type != t {
    throw Diagnostic.error(op.location, "'func.call' op result type mismatch at index \(i)")
      .attachingNote(op.location, "      op result types: \(op.resultTypes.map { "\($0)" }.joined(separator: ", "))")
  }
}

private func parseCallIndirectOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let callee = try p.parseOperand()
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.paren)
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let t = try p.parseType()
  guard case .function(let inputs, let results) = t.kind else {
    throw p.error("expected function type")
  }
  state.operands = [try p.resolveOperand(callee, t)] + (try p.resolveOperands(operands, inputs, at: loc))
  state.resultTypes = results
}

private func printCallIndirectOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands > 0 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  p.write("(")
  p.printOperands(Array(op.operandValues.dropFirst()))
  p.write(")")
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  p.write(" : ")
  p.printType(op.operand(0).type)
}

private func verifyCallIndirectOp(_ op: Operation) throws {
  guard op.numOperands >= 1, case .function(let inputs, let results) = op.operand(0).type.kind else {
    throw OpVerifyError("requires a callee of function type")
  }
  if inputs != Array(op.operandTypes.dropFirst()) || results != op.resultTypes {
    throw OpVerifyError("callee type does not match the operand and result types")
  }
}

// MARK: func.constant

private func parseConstantOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let name = try p.parseSymbolName()
  state.addAttribute("value", p.context.symbolRefAttr(name))
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.resultTypes = [try p.parseColonType()]
}

private func printConstantOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let v = op.attr("value") { p.printAttribute(v) }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: ["value"])
  p.write(" : ")
  if op.numResults > 0 { p.printType(op.result(0).type) }
}

private func verifyConstantOp(_ op: Operation) throws {
  guard let ref = op.attr("value"), case .symbolRef(let root, _) = ref.kind else {
    throw OpVerifyError("requires attribute 'value'")
  }
  guard let fn = SymbolTable.lookupNearest(ref, from: op), fn.name.name == "func.func" else {
    throw OpVerifyError("reference to undefined function '\(root)'")
  }
  if let (i, r) = functionType(of: fn), op.numResults == 1,
    op.result(0).type != op.context.functionType(i, r)
  {
    throw OpVerifyError("reference to function with mismatched type")
  }
}
