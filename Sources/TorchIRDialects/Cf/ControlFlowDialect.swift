// The cf dialect: ops come from Specs/ControlFlow.spec (Generated/CfOps.swift);
// this file adds what is not data — the hand-written custom forms (successors
// with their operand lists), the successor operand verifiers
// (BranchOpInterface) and the canonicalizations of cond_br and assert.

import TorchIRCore

public final class ControlFlowDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "cf")
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    hooks.parsers["cf.assert"] = parseAssertOp
    hooks.printers["cf.assert"] = printAssertOp
    hooks.parsers["cf.br"] = parseBranchOp
    hooks.printers["cf.br"] = printBranchOp
    hooks.verifiers["cf.br"] = { op in try verifySuccessorOperands(op, [op.operandValues]) }
    hooks.parsers["cf.cond_br"] = parseCondBranchOp
    hooks.printers["cf.cond_br"] = printCondBranchOp
    hooks.verifiers["cf.cond_br"] = verifyCondBranchOp
    hooks.parsers["cf.switch"] = parseSwitchOp
    hooks.printers["cf.switch"] = printSwitchOp
    hooks.verifiers["cf.switch"] = verifySwitchOp
    runtime = SpecRuntime(cfDialectSpec, context: context, hooks: hooks)
    installControlFlowPatterns(context)
    installControlFlowInterfaces(context)
  }
}

// MARK: Helpers

/// `array<i32: ...>` (MLIR's DenseI32ArrayAttr).
func denseI32Array(_ context: MLIRContext, _ values: [Int]) -> Attribute {
  var bytes: [UInt8] = []
  for v in values {
    let u = UInt32(truncatingIfNeeded: v)
    for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt32(k)))) }
  }
  return context.attribute(.denseArray(context.integerType(32), bytes))
}

func denseI32ArrayValues(_ attr: Attribute?) -> [Int]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: 32) else { return nil }
  var out: [Int] = []
  var i = 0
  while i + 4 <= bytes.count {
    var u: UInt32 = 0
    for k in 0..<4 { u |= UInt32(bytes[i + k]) << (8 * UInt32(k)) }
    out.append(Int(Int32(bitPattern: u)))
    i += 4
  }
  return out
}

/// Splits `values` by `sizes`; nil when the sizes do not add up.
private func split(_ values: [Value], _ sizes: [Int]) -> [[Value]]? {
  guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == values.count else { return nil }
  var out: [[Value]] = []
  var at = 0
  for n in sizes {
    out.append(Array(values[at..<at + n]))
    at += n
  }
  return out
}

/// The integer width of a flag type (integers only).
func integerWidth(_ t: Type) -> Int? {
  if case .integer(let w, _) = t.kind { return Int(w) }
  return nil
}

/// The case values of a switch as signed integers.
func caseValues(_ op: Operation) -> [APInt]? {
  guard let attr = op.attr("case_values"), case .denseElements(let d) = attr.kind,
    let elt = d.type.elementType, let w = integerWidth(elt)
  else { return nil }
  let count = Int(d.type.staticElementCount ?? 0)
  let bw = denseElementByteWidth(elt)
  guard bw > 0 else { return nil }
  var out: [APInt] = []
  for i in 0..<count {
    let at = d.isSplat ? 0 : i * bw
    guard at + bw <= d.rawData.count else { return nil }
    var u: UInt64 = 0
    for k in 0..<min(bw, 8) { u |= UInt64(d.rawData[at + k]) << (8 * UInt64(k)) }
    out.append(APInt(width: w, value: u))
  }
  return out
}

// MARK: Successor operand lists

/// `^bb(%a, %b : t1, t2)` or `^bb`.
private func parseSuccessorAndUseList(_ p: any OpAsmParser) throws -> (Block, [Value]) {
  let dest = try p.parseSuccessor()
  guard p.parseOptionalPunctuation("(") else { return (dest, []) }
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  try p.parsePunctuation(":")
  var types: [Type] = [try p.parseType()]
  while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  try p.parsePunctuation(")")
  return (dest, try p.resolveOperands(operands, types, at: loc))
}

private func printSuccessorAndUseList(_ p: any OpAsmPrinter, _ dest: Block, _ values: [Value]) {
  p.printSuccessor(dest)
  guard !values.isEmpty else { return }
  p.write("(")
  p.printOperands(values)
  p.write(" : ")
  p.printTypeList(values.map { $0.type })
  p.write(")")
}

/// BranchOpInterface's check: each successor gets as many operands as it has
/// arguments, of the same types.
private func verifySuccessorOperands(_ op: Operation, _ groups: [[Value]]) throws {
  for (succNo, values) in groups.enumerated() where succNo < op.successors.count {
    let dest = op.successor(succNo)
    guard values.count == dest.arguments.count else {
      throw opEmitError(
        op,
        "branch has \(values.count) operands for successor #\(succNo), but target block has \(dest.arguments.count)")
    }
    for (i, v) in values.enumerated() where v.type != dest.arguments[i].type {
      throw opEmitError(op, "type mismatch for bb argument #\(i) of successor #\(succNo)")
    }
  }
}

// MARK: cf.assert

private func parseAssertOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let arg = try p.parseOperand()
  try p.parsePunctuation(",")
  let loc = p.currentLocation
  let msg = try p.parseAttribute(type: nil)
  guard case .string = msg.kind else { throw p.error(at: loc, "expected string attribute") }
  state.addAttribute("msg", msg)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = [try p.resolveOperand(arg, p.context.integerType(1))]
}

private func printAssertOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if op.numOperands > 0 { p.printOperand(op.operand(0)) }
  p.write(", ")
  if let msg = op.attr("msg") { p.printAttribute(msg) }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: ["msg"])
}

// MARK: cf.br

private func parseBranchOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let (dest, values) = try parseSuccessorAndUseList(p)
  state.successors = [dest]
  state.operands = values
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printBranchOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if op.successors.count > 0 { printSuccessorAndUseList(p, op.successor(0), op.operandValues) }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
}

// MARK: cf.cond_br

private func parseCondBranchOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let condition = try p.parseOperand()
  try p.parsePunctuation(",")
  let (trueDest, trueValues) = try parseSuccessorAndUseList(p)
  try p.parsePunctuation(",")
  let (falseDest, falseValues) = try parseSuccessorAndUseList(p)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = [try p.resolveOperand(condition, p.context.integerType(1))] + trueValues + falseValues
  state.successors = [trueDest, falseDest]
  state.addAttribute("operandSegmentSizes", denseI32Array(p.context, [1, trueValues.count, falseValues.count]))
}

/// The condition, true and false operands of a cond_br.
private func condBranchGroups(_ op: Operation) -> [[Value]]? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3 else { return nil }
  return split(op.operandValues, sizes)
}

private func printCondBranchOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard let g = condBranchGroups(op), g[0].count == 1, op.successors.count == 2 else { return }
  p.write(" ")
  p.printOperand(g[0][0])
  p.write(", ")
  printSuccessorAndUseList(p, op.successor(0), g[1])
  p.write(", ")
  printSuccessorAndUseList(p, op.successor(1), g[2])
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: ["operandSegmentSizes"])
}

private func verifyCondBranchOp(_ op: Operation) throws {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3 else {
    throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have 3 elements")
  }
  guard let g = split(op.operandValues, sizes) else {
    throw OpVerifyError("operand count (\(op.numOperands)) does not match with the total size (\(sizes.reduce(0, +))) specified in attribute 'operandSegmentSizes'")
  }
  try verifySuccessorOperands(op, [g[1], g[2]])
}

// MARK: cf.switch

private func parseSwitchOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let flag = try p.parseOperand()
  try p.parsePunctuation(":")
  let flagType = try p.parseType()
  try p.parsePunctuation(",")
  try p.parsePunctuation("[")
  try p.parseKeyword("default")
  try p.parsePunctuation(":")
  let (defaultDest, defaultValues) = try parseSuccessorAndUseList(p)
  var values: [Int64] = []
  var dests: [Block] = []
  var caseOperands: [Value] = []
  var segments: [Int] = []
  while p.parseOptionalPunctuation(",") {
    let negative = p.parseOptionalPunctuation("-")
    let v = try p.parseInteger()
    values.append(negative ? -v : v)
    try p.parsePunctuation(":")
    let (dest, operands) = try parseSuccessorAndUseList(p)
    dests.append(dest)
    caseOperands += operands
    segments.append(operands.count)
  }
  try p.parsePunctuation("]")
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = [try p.resolveOperand(flag, flagType)] + defaultValues + caseOperands
  state.successors = [defaultDest] + dests
  if !values.isEmpty, let w = integerWidth(flagType) {
    let ctx = p.context
    let type = ctx.type(.vector(shape: [Int64(values.count)], scalable: [false], element: flagType))
    let bw = denseElementByteWidth(flagType)
    var bytes: [UInt8] = []
    for v in values {
      var u = UInt64(bitPattern: v)
      if w < 64 { u &= (UInt64(1) << UInt64(w)) - 1 }
      for k in 0..<bw { bytes.append(k < 8 ? UInt8(truncatingIfNeeded: u >> (8 * UInt64(k))) : 0) }
    }
    state.addAttribute("case_values", ctx.denseElementsAttr(type, rawData: bytes))
  }
  state.addAttribute("case_operand_segments", denseI32Array(p.context, segments))
  state.addAttribute(
    "operandSegmentSizes", denseI32Array(p.context, [1, defaultValues.count, caseOperands.count]))
}

/// The flag, default operands and each case's operands.
func switchGroups(_ op: Operation) -> (flag: Value, defaults: [Value], cases: [[Value]])? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3,
    let g = split(op.operandValues, sizes), g[0].count == 1,
    let caseSizes = denseI32ArrayValues(op.attr("case_operand_segments")),
    let cases = split(g[2], caseSizes)
  else { return nil }
  return (g[0][0], g[1], cases)
}

private func printSwitchOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard let g = switchGroups(op), op.successors.count == g.cases.count + 1 else { return }
  let values = caseValues(op) ?? []
  p.write(" ")
  p.printOperand(g.flag)
  p.write(" : ")
  p.printType(g.flag.type)
  p.write(", [")
  p.printNewline()
  p.write("  default: ")
  printSuccessorAndUseList(p, op.successor(0), g.defaults)
  for (i, operands) in g.cases.enumerated() {
    p.write(",")
    p.printNewline()
    p.write("  ")
    p.write(i < values.count ? values[i].toString(radix: 10, signed: false) : "0")
    p.write(": ")
    printSuccessorAndUseList(p, op.successor(i + 1), operands)
  }
  if !g.cases.isEmpty { p.printNewline() }
  p.write("]")
  p.printOptionalAttrDict(
    op.attributes.dictionaryEntries ?? [],
    elided: ["case_values", "case_operand_segments", "operandSegmentSizes"])
}

private func verifySwitchOp(_ op: Operation) throws {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3 else {
    throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have 3 elements")
  }
  guard let groups = split(op.operandValues, sizes) else {
    throw OpVerifyError("operand count (\(op.numOperands)) does not match with the total size (\(sizes.reduce(0, +))) specified in attribute 'operandSegmentSizes'")
  }
  let caseSizes = denseI32ArrayValues(op.attr("case_operand_segments")) ?? []
  if caseSizes.reduce(0, +) != groups[2].count {
    throw OpVerifyError("caseOperands count (\(groups[2].count)) does not match with the total size (\(caseSizes.reduce(0, +))) specified in attribute 'case_operand_segments'")
  }
  guard let g = switchGroups(op) else { return }
  let caseCount = op.successors.count - 1
  if let attr = op.attr("case_values"), case .denseElements(let d) = attr.kind, let elt = d.type.elementType {
    let flagType = g.flag.type
    if elt != flagType {
      throw OpVerifyError("'flag' type ('\(flagType)') should match case value type ('\(elt)')")
    }
    let n = Int(d.type.staticElementCount ?? 0)
    if n != caseCount {
      throw OpVerifyError("number of case values (\(n)) should match number of case destinations (\(caseCount))")
    }
  } else if caseCount > 0 {
    throw OpVerifyError("number of case values (0) should match number of case destinations (\(caseCount))")
  }
  try verifySuccessorOperands(op, [g.defaults] + g.cases)
}
