// scf.parallel, scf.reduce and scf.reduce.return: custom forms (SCF.cpp
// ParallelOp::parse/print; ReduceOp's declarative format) and verifiers,
// with MLIR's messages.
//
//   %r = scf.parallel (%i) = (%lb) to (%ub) step (%s) init (%x) -> f32 {
//     scf.reduce(%v : f32) {
//     ^bb0(%a: f32, %b: f32):
//       scf.reduce.return %a : f32
//     }
//   }

import TorchIRCore

func installScfParallelHooks(_ hooks: inout DialectHooks) {
  hooks.parsers["scf.parallel"] = parseParallelOp
  hooks.printers["scf.parallel"] = printParallelOp
  hooks.verifiers["scf.parallel"] = verifyParallelOp
  hooks.parsers["scf.reduce"] = parseReduceOp
  hooks.printers["scf.reduce"] = printReduceOp
  hooks.verifiers["scf.reduce"] = { op in try verifyParent(op, oneOf: ["scf.parallel"]) }
  hooks.verifiers["scf.reduce.return"] = verifyReduceReturnOp
}

func installScfParallelRegionVerifiers(_ context: MLIRContext) {
  setRegionVerifier(context, "scf.reduce", verifyReduceRegions)
}

// MARK: scf.parallel

/// `(%a, %b)` with exactly `count` operands (MLIR's parseOperandList with a
/// required count).
private func parseOperandList(_ p: any OpAsmParser, count: Int) throws -> [UnresolvedOperand] {
  let loc = p.currentLocation
  let list = try p.parseOperandList(.paren)
  if list.count != count { throw p.error(at: loc, "expected \(count) operands") }
  return list
}

private func parseParallelOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  var ivs = try p.parseArgumentList(.paren, allowType: false, allowAttributes: false)
  try p.parsePunctuation("=")
  let index = ctx.indexType
  let lower = try parseOperandList(p, count: ivs.count)
  var operands = try p.resolveOperands(lower, Array(repeating: index, count: lower.count), at: p.currentLocation)
  try p.parseKeyword("to")
  let upper = try parseOperandList(p, count: ivs.count)
  operands += try p.resolveOperands(upper, Array(repeating: index, count: upper.count), at: p.currentLocation)
  try p.parseKeyword("step")
  let steps = try parseOperandList(p, count: ivs.count)
  operands += try p.resolveOperands(steps, Array(repeating: index, count: steps.count), at: p.currentLocation)
  var inits: [UnresolvedOperand] = []
  if p.parseOptionalKeyword("init") { inits = try p.parseOperandList(.paren) }
  state.resultTypes = try p.parseOptionalArrowTypeList()
  let body = state.addRegion()
  for i in ivs.indices { ivs[i].type = index }
  try p.parseRegion(body, arguments: ivs, enableNameShadowing: false)
  state.addAttribute("operandSegmentSizes", denseI32Array(ctx, [lower.count, upper.count, steps.count, inits.count]))
  try p.parseOptionalAttrDict(into: &state.attributes)
  operands += try p.resolveOperands(inits, state.resultTypes, at: state.location)
  state.operands = operands
  ensureImplicitTerminator(body, "scf.reduce", ctx, state.location)
}

private func printParallelOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.regions.count == 1, let body = op.region(0).entryBlock,
    let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 4,
    let groups = splitSegments(op.operandValues, sizes)
  else { return }
  p.write(" (")
  p.printOperands(Array(body.arguments))
  p.write(") = (")
  p.printOperands(groups[0])
  p.write(") to (")
  p.printOperands(groups[1])
  p.write(") step (")
  p.printOperands(groups[2])
  p.write(")")
  if !groups[3].isEmpty {
    p.write(" init (")
    p.printOperands(groups[3])
    p.write(")")
  }
  printOptionalArrowTypeList(p, op.resultTypes)
  p.write(" ")
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  p.printOptionalAttrDict(allAttributes(op), elided: ["operandSegmentSizes"])
}

private func verifyParallelOp(_ op: Operation) throws {
  try verifyDenseArrayProperty(op, "operandSegmentSizes", width: 32, count: 4)
  try verifyRegionCount(op, 1)
  let groups = try checkedOperandSegments(op, count: 4)
  try verifyIndexOperands(groups[0], first: 0)
  try verifyIndexOperands(groups[1], first: groups[0].count)
  try verifyIndexOperands(groups[2], first: groups[0].count + groups[1].count)
  try verifySizedRegion(op, 0, "region")
  let steps = groups[2]
  if steps.isEmpty {
    throw OpVerifyError("needs at least one tuple element for lowerBound, upperBound and step")
  }
  for s in steps {
    if let c = constantIntValue(s), c.isNegative || c.isZero {
      throw OpVerifyError("constant step operand must be positive")
    }
  }
  guard let body = op.region(0).entryBlock else { return }
  if body.arguments.count != steps.count {
    throw OpVerifyError(
      "expects the same number of induction variables: \(body.arguments.count) as bound and step values: \(steps.count)")
  }
  for a in body.arguments where !a.type.isIndex {
    throw OpVerifyError("expects arguments for the induction variable to be of index type")
  }
  try verifyTerminator(op, op.region(0), "scf.reduce", "expects body to terminate with 'scf.reduce'")
  guard let reduce = body.last else { return }
  let reductions = reduce.regions.count
  if op.numResults != reductions {
    throw OpVerifyError(
      "expects number of results: \(op.numResults) to be the same as number of reductions: \(reductions)")
  }
  if op.numResults != groups[3].count {
    throw OpVerifyError(
      "expects number of results: \(op.numResults) to be the same as number of initial values: \(groups[3].count)")
  }
  for i in 0..<reductions where i < reduce.numOperands {
    let resultType = op.result(i).type
    let operandType = reduce.operand(i).type
    if resultType != operandType {
      throw opError(reduce,
        "expects type of \(i)-th reduction operand: '\(operandType)' to be the same as the \(i)-th result type: '\(resultType)'")
    }
  }
}

// MARK: scf.reduce

private func parseReduceOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  if p.parseOptionalPunctuation("(") {
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.none)
    try p.parsePunctuation(":")
    var types = [try p.parseType()]
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
    try p.parsePunctuation(")")
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  let first = Region()
  if try p.parseOptionalRegion(first, arguments: []) {
    state.addRegion().takeBody(first)
    while p.parseOptionalPunctuation(",") {
      let next = state.addRegion()
      try p.parseRegion(next, arguments: [], enableNameShadowing: false)
    }
  }
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printReduceOp(_ op: Operation, _ p: any OpAsmPrinter) {
  if op.numOperands > 0 {
    p.write("(")
    p.printOperands(op.operandValues)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
    p.write(")")
  }
  p.write(" ")
  for (i, r) in op.regions.enumerated() {
    if i > 0 { p.write(", ") }
    p.printRegion(r, printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
  }
  p.printOptionalAttrDict(allAttributes(op), elided: [])
}

private func verifyReduceRegions(_ op: Operation) throws {
  for (i, region) in op.regions.enumerated() {
    guard i < op.numOperands else { break }
    let type = op.operand(i).type
    guard let block = region.entryBlock, !block.isEmpty else {
      throw opError(op, "\(i)-th reduction has an empty body")
    }
    if block.arguments.count != 2 || block.arguments.contains(where: { $0.type != type }) {
      throw opError(op, "expected two block arguments with type '\(type)' in the \(i)-th reduction region")
    }
    if block.last?.name.name != "scf.reduce.return" {
      throw opError(op, "reduction bodies must be terminated with an 'scf.reduce.return' op")
    }
  }
}

// MARK: scf.reduce.return

private func verifyReduceReturnOp(_ op: Operation) throws {
  try verifyParent(op, oneOf: ["scf.reduce"])
  guard let block = op.block, let first = block.arguments.first, op.numOperands == 1 else { return }
  if first.type != op.operand(0).type {
    throw OpVerifyError("must have type '\(first.type)' (the type of the reduction inputs)")
  }
}
