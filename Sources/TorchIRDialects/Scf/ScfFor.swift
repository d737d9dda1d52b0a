// scf.for and scf.while: custom forms (SCF.cpp ForOp/WhileOp::parse and
// print) and verifiers, with MLIR's messages.
//
//   %r = scf.for unsigned %i = %lb to %ub step %s iter_args(%a = %init) -> (f32) : i32 {
//   %r = scf.while (%a = %init) : (f32) -> f32 { ... } do { ^bb0(...): ... }

import TorchIRCore

func installScfLoopHooks(_ hooks: inout DialectHooks) {
  hooks.parsers["scf.for"] = parseForOp
  hooks.printers["scf.for"] = printForOp
  hooks.verifiers["scf.for"] = verifyForOp
  hooks.parsers["scf.while"] = parseWhileOp
  hooks.printers["scf.while"] = printWhileOp
  hooks.verifiers["scf.while"] = verifyWhileOp
}

func installScfLoopRegionVerifiers(_ context: MLIRContext) {
  setRegionVerifier(context, "scf.for", verifyForRegions)
  setRegionVerifier(context, "scf.while", verifyWhileRegions)
}

// MARK: scf.for

/// The body block of a for loop (nil when the region is malformed).
func forBody(_ op: Operation) -> Block? {
  guard op.regions.count == 1, op.region(0).blocks.count == 1 else { return nil }
  return op.region(0).entryBlock
}

/// The init args of a for loop (operands after lb, ub, step).
func forInitArgs(_ op: Operation) -> [Value] { Array(op.operandValues.dropFirst(3)) }

private func parseForOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  if p.parseOptionalKeyword("unsigned") { state.addAttribute("unsignedCmp", ctx.unitAttr) }
  var iv = try p.parseArgument(allowType: false, allowAttributes: false)
  try p.parsePunctuation("=")
  let lb = try p.parseOperand()
  try p.parseKeyword("to")
  let ub = try p.parseOperand()
  try p.parseKeyword("step")
  let step = try p.parseOperand()

  var iterArgs: [OpAsmArgument] = []
  var inits: [UnresolvedOperand] = []
  var resultTypes: [Type] = []
  let hasIterArgs = p.parseOptionalKeyword("iter_args")
  if hasIterArgs {
    (iterArgs, inits) = try parseAssignmentList(p)
    try p.parsePunctuation("->")
    resultTypes = try parseArrowResultTypes(p)
  }
  if iterArgs.count != resultTypes.count {
    throw p.error(at: state.location, "mismatch in number of loop-carried values and defined values")
  }
  let type = p.parseOptionalPunctuation(":") ? try p.parseType() : ctx.indexType
  iv.type = type
  for i in iterArgs.indices { iterArgs[i].type = resultTypes[i] }

  let body = state.addRegion()
  try p.parseRegion(body, arguments: [iv] + iterArgs, enableNameShadowing: false)
  ensureImplicitTerminator(body, "scf.yield", ctx, state.location)

  // Operands are resolved after the region, as MLIR does, so that values
  // defined inside the region are not found.
  state.operands = [
    try p.resolveOperand(lb, type), try p.resolveOperand(ub, type), try p.resolveOperand(step, type),
  ]
  for (o, t) in zip(inits, resultTypes) { state.operands.append(try p.resolveOperand(o, t)) }
  state.resultTypes = resultTypes
  try p.parseOptionalAttrDict(into: &state.attributes)
}

/// The types after `->`: `t` or `(t1, t2)` (MLIR's parseArrowTypeList).
func parseArrowResultTypes(_ p: any OpAsmParser) throws -> [Type] {
  guard p.parseOptionalPunctuation("(") else { return [try p.parseType()] }
  if p.parseOptionalPunctuation(")") { return [] }
  var types = [try p.parseType()]
  while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  try p.parsePunctuation(")")
  return types
}

private func printForOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands >= 3, let body = forBody(op), let iv = body.arguments.first else {
    return
  }
  if op.attr("unsignedCmp") != nil { p.write(" unsigned") }
  p.write(" ")
  p.printOperand(iv)
  p.write(" = ")
  p.printOperand(op.operand(0))
  p.write(" to ")
  p.printOperand(op.operand(1))
  p.write(" step ")
  p.printOperand(op.operand(2))
  let inits = forInitArgs(op)
  printAssignmentList(p, " iter_args", Array(body.arguments.dropFirst()), inits)
  if !inits.isEmpty {
    p.write(" -> (")
    p.printTypeList(inits.map(\.type))
    p.write(")")
  }
  p.write(" ")
  if !iv.type.isIndex {
    p.write(" : ")
    p.printType(iv.type)
    p.write(" ")
  }
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: !inits.isEmpty,
    printEmptyBlock: false)
  p.printOptionalAttrDict(allAttributes(op), elided: ["unsignedCmp"])
}

private func verifyForOp(_ op: Operation) throws {
  try verifyRegionCount(op, 1)
  try verifySizedRegion(op, 0, "region")
  if forInitArgs(op).count != op.numResults {
    throw OpVerifyError("mismatch in number of loop-carried values and defined values")
  }
}

private func verifyForRegions(_ op: Operation) throws {
  try verifyImplicitTerminator(op, "scf.yield")
  guard let body = forBody(op) else { return }
  let inits = forInitArgs(op)
  let iterArgs = Array(body.arguments.dropFirst())
  let yield = terminator(of: op.region(0), named: "scf.yield")
  try wrapOpError(op) {
    try verifyLoopLikeCounts(op, inits: inits.count, iterArgs: iterArgs.count,
      yielded: yield?.numOperands, results: op.numResults)
  }
  // RegionBranchOpInterface: torch-mlir-opt reports the yield's edges
  // (back into the body, out to the results) before the entry edge.
  let iterTypes = iterArgs.map(\.type)
  if let yield {
    let yielded = yield.operandTypes
    try verifyRegionBranchEdge(op, from: .terminator(yield), to: "Region #0", operands: yielded, inputs: iterTypes)
    try verifyRegionBranchEdge(op, from: .terminator(yield), to: parentSuccessorName(op),
      operands: yielded, inputs: op.resultTypes)
  }
  try verifyRegionBranchEdge(op, from: .parent, to: "Region #0", operands: inits.map(\.type), inputs: iterTypes)
  guard let iv = body.arguments.first, op.numOperands >= 3 else {
    throw opError(op, "expected induction variable to be same type as bounds and step")
  }
  if iv.type != op.operand(0).type {
    throw opError(op, "expected induction variable to be same type as bounds and step")
  }
}

/// Runs `body`, turning an OpVerifyError into the op's diagnostic.
func wrapOpError(_ op: Operation, _ body: () throws -> Void) throws {
  do {
    try body()
  } catch let e as OpVerifyError {
    throw opError(op, e.message)
  }
}

// MARK: scf.while

private func parseWhileOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  var args: [OpAsmArgument] = []
  var inits: [UnresolvedOperand] = []
  if let list = try parseOptionalAssignmentList(p) { (args, inits) = list }
  let typeLoc = p.currentLocation
  try p.parsePunctuation(":")
  let t = try p.parseType()
  guard case .function(let inputs, let results) = t.kind else {
    throw p.error(at: typeLoc, "invalid kind of type specified: expected builtin.function, but found '\(t)'")
  }
  state.resultTypes = results
  if inputs.count != inits.count {
    throw p.error(at: typeLoc, "expected as many input types as operands (expected \(inits.count) got \(inputs.count))")
  }
  state.operands = try p.resolveOperands(inits, inputs, at: p.currentLocation)
  for i in args.indices { args[i].type = inputs[i] }
  let before = state.addRegion()
  let after = state.addRegion()
  try p.parseRegion(before, arguments: args, enableNameShadowing: false)
  try p.parseKeyword("do")
  try p.parseRegion(after, arguments: [], enableNameShadowing: false)
  try p.parseOptionalAttrDictWithKeyword(into: &state.attributes)
}

private func printWhileOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.regions.count == 2 else { return }
  let beforeArgs = op.region(0).entryBlock.map { Array($0.arguments) as [Value] } ?? []
  printAssignmentList(p, " ", beforeArgs, op.operandValues)
  p.write(" : ")
  p.printType(op.context.functionType(op.operandTypes, op.resultTypes))
  p.write(" ")
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  p.write(" do ")
  p.printRegion(op.region(1), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
  p.printOptionalAttrDictWithKeyword(allAttributes(op), elided: [])
}

private func verifyWhileOp(_ op: Operation) throws {
  try verifyRegionCount(op, 2)
  try verifySizedRegion(op, 0, "before")
  try verifySizedRegion(op, 1, "after")
  try verifyTerminator(op, op.region(0), "scf.condition",
    "expects the 'before' region to terminate with 'scf.condition'")
  try verifyTerminator(op, op.region(1), "scf.yield", "expects the 'after' region to terminate with 'scf.yield'")
}

/// verifyAndGetTerminator: the first block ends with `name`, else an error
/// with a note at the terminator found.
func verifyTerminator(_ op: Operation, _ region: Region, _ name: String, _ message: String) throws {
  let last = region.entryBlock?.last
  if let last, last.name.name == name { return }
  var d = opError(op, message)
  if let last { d = d.attachingNote(last.location, "terminator here") }
  throw d
}

private func verifyWhileRegions(_ op: Operation) throws {
  guard op.regions.count == 2, let before = op.region(0).entryBlock, let after = op.region(1).entryBlock,
    let condition = before.last, condition.name.name == "scf.condition",
    let yield = after.last, yield.name.name == "scf.yield"
  else { return }
  let beforeTypes = before.argumentTypes
  let forwarded = Array(condition.operandTypes.dropFirst())
  try verifyRegionBranchEdge(op, from: .parent, to: "Region #0", operands: op.operandTypes, inputs: beforeTypes)
  try verifyRegionBranchEdge(op, from: .terminator(condition), to: "Region #1", operands: forwarded,
    inputs: after.argumentTypes)
  try verifyRegionBranchEdge(op, from: .terminator(condition), to: parentSuccessorName(op), operands: forwarded,
    inputs: op.resultTypes)
  try verifyRegionBranchEdge(op, from: .terminator(yield), to: "Region #0", operands: yield.operandTypes,
    inputs: beforeTypes)
  // WhileOp lists LoopLikeOpInterface after RegionBranchOpInterface, so its
  // counts are checked second.
  try wrapOpError(op) {
    try verifyLoopLikeCounts(op, inits: op.numOperands, iterArgs: beforeTypes.count,
      yielded: yield.numOperands, results: nil)
  }
}
