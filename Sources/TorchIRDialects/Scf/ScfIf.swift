// scf.if, scf.execute_region and scf.index_switch: custom forms (SCF.cpp,
// and IndexSwitchOp's declarative format with custom<SwitchCases>) and
// verifiers, with MLIR's messages.
//
//   %r = scf.if %c -> (f32) { ... } else { ... }
//   %r = scf.execute_region -> f32 no_inline { ... }
//   %r = scf.index_switch %i -> f32
//   case 2 { ... }
//   default { ... }

import TorchIRCore

func installScfIfHooks(_ hooks: inout DialectHooks) {
  hooks.parsers["scf.if"] = parseIfOp
  hooks.printers["scf.if"] = printIfOp
  hooks.verifiers["scf.if"] = verifyIfOp
  hooks.folders["scf.if"] = foldIfOp
  hooks.parsers["scf.execute_region"] = parseExecuteRegionOp
  hooks.printers["scf.execute_region"] = printExecuteRegionOp
  hooks.verifiers["scf.execute_region"] = verifyExecuteRegionOp
  hooks.parsers["scf.index_switch"] = parseIndexSwitchOp
  hooks.printers["scf.index_switch"] = printIndexSwitchOp
  hooks.verifiers["scf.index_switch"] = verifyIndexSwitchOp
}

func installScfIfRegionVerifiers(_ context: MLIRContext) {
  setRegionVerifier(context, "scf.if", verifyIfRegions)
  setRegionVerifier(context, "scf.execute_region", verifyExecuteRegionRegions)
}

/// Edges from every `scf.yield` ending a block of `region` back to the op's
/// results.
private func verifyYieldsToParent(_ op: Operation, _ region: Region) throws {
  for block in region.blocks {
    guard let yield = block.last, yield.name.name == "scf.yield" else { continue }
    try verifyRegionBranchEdge(op, from: .terminator(yield), to: parentSuccessorName(op),
      operands: yield.operandTypes, inputs: op.resultTypes)
  }
}

// MARK: scf.if

private func parseIfOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  let thenRegion = state.addRegion()
  let elseRegion = state.addRegion()
  let cond = try p.parseOperand()
  state.operands = [try p.resolveOperand(cond, ctx.i1Type)]
  state.resultTypes = try p.parseOptionalArrowTypeList()
  try p.parseRegion(thenRegion, arguments: [], enableNameShadowing: false)
  ensureImplicitTerminator(thenRegion, "scf.yield", ctx, state.location)
  if p.parseOptionalKeyword("else") {
    try p.parseRegion(elseRegion, arguments: [], enableNameShadowing: false)
    ensureImplicitTerminator(elseRegion, "scf.yield", ctx, state.location)
  }
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printIfOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands == 1, op.regions.count == 2 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  let printTerminators = op.numResults > 0
  if printTerminators {
    p.write(" -> (")
    p.printTypeList(op.resultTypes)
    p.write(")")
  }
  p.write(" ")
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: printTerminators,
    printEmptyBlock: false)
  if !op.region(1).isEmpty {
    p.write(" else ")
    p.printRegion(op.region(1), printEntryBlockArgs: false, printBlockTerminators: printTerminators,
      printEmptyBlock: false)
  }
  p.printOptionalAttrDict(allAttributes(op), elided: [])
}

private func verifyIfOp(_ op: Operation) throws {
  try verifyRegionCount(op, 2)
  try verifySizedRegion(op, 0, "thenRegion")
  try verifyMaxSizedRegion(op, 1, "elseRegion")
  if op.numResults != 0 && op.region(1).isEmpty {
    throw OpVerifyError("must have an else block if defining values")
  }
}

private func verifyIfRegions(_ op: Operation) throws {
  guard op.regions.count == 2 else { return }
  try verifyImplicitTerminator(op, "scf.yield")
  // Entry edges carry no values (the regions have no arguments; NoRegionArguments).
  for (i, r) in op.regions.enumerated() {
    if let entry = r.entryBlock, !entry.arguments.isEmpty {
      throw opError(op, "region #\(i) should have no arguments")
    }
  }
  if op.region(1).isEmpty {
    try verifyRegionBranchEdge(op, from: .parent, to: parentSuccessorName(op), operands: [],
      inputs: op.resultTypes)
  }
  try verifyYieldsToParent(op, op.region(0))
  try verifyYieldsToParent(op, op.region(1))
}

/// IfOp::fold: `scf.if (xori %c, true) {A} else {B}` becomes
/// `scf.if %c {B} else {A}`, in place.
private func foldIfOp(_ op: Operation, _ constants: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 1, op.regions.count == 2, !op.region(1).isEmpty,
    let xor = op.operand(0).definingOp, xor.name.name == "arith.xori", xor.numOperands == 2,
    constantBoolValue(xor.operand(1)) == true
  else { return nil }
  op.setOperand(0, xor.operand(0))
  let thenBlocks = op.region(0).blocks
  let elseBlocks = op.region(1).blocks
  for b in thenBlocks { op.region(0).remove(b) }
  for b in elseBlocks { op.region(1).remove(b) }
  for b in elseBlocks { op.region(0).append(b) }
  for b in thenBlocks { op.region(1).append(b) }
  return []
}

// MARK: scf.execute_region

private func parseExecuteRegionOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  state.resultTypes = try p.parseOptionalArrowTypeList()
  if p.parseOptionalKeyword("no_inline") { state.addAttribute("no_inline", p.context.unitAttr) }
  let body = state.addRegion()
  try p.parseRegion(body, arguments: [], enableNameShadowing: false)
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printExecuteRegionOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.regions.count == 1 else { return }
  printOptionalArrowTypeList(p, op.resultTypes)
  p.write(" ")
  if op.attr("no_inline") != nil { p.write("no_inline ") }
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  p.printOptionalAttrDict(allAttributes(op), elided: ["no_inline"])
}

private func verifyExecuteRegionOp(_ op: Operation) throws {
  try verifyRegionCount(op, 1)
  guard let entry = op.region(0).entryBlock else {
    throw OpVerifyError("region needs to have at least one block")
  }
  if !entry.arguments.isEmpty { throw OpVerifyError("region cannot have any arguments") }
}

private func verifyExecuteRegionRegions(_ op: Operation) throws {
  guard op.regions.count == 1 else { return }
  try verifyYieldsToParent(op, op.region(0))
}

// MARK: scf.index_switch

private func parseIndexSwitchOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  let arg = try p.parseOperand()
  try p.parseOptionalAttrDict(into: &state.attributes)
  if p.parseOptionalPunctuation("->") {
    var types = [try p.parseType()]
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
    state.resultTypes = types
  }
  // custom<SwitchCases>: `case N {...}` repeated; case regions get no
  // implicit terminator (the generated parser only adds one to `default`).
  var values: [Int64] = []
  var caseRegions: [Region] = []
  while p.parseOptionalKeyword("case") {
    // The sign is parsed with the digits, so -2^63 fits.
    guard let v = try parseOptionalInt64(p) else { throw p.error("expected integer value") }
    let region = Region()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    values.append(v)
    caseRegions.append(region)
  }
  try p.parseKeyword("default")
  let defaultRegion = state.addRegion()
  try p.parseRegion(defaultRegion, arguments: [], enableNameShadowing: false)
  ensureImplicitTerminator(defaultRegion, "scf.yield", ctx, state.location)
  for r in caseRegions { state.addRegion().takeBody(r) }
  state.operands = [try p.resolveOperand(arg, ctx.indexType)]
  state.addAttribute("cases", denseI64Array(ctx, values))
}

private func printIndexSwitchOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands == 1, op.regions.count >= 1 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  p.printOptionalAttrDict(allAttributes(op), elided: ["cases"])
  if op.numResults > 0 {
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  p.write(" ")
  let cases = denseI64ArrayValues(op.attr("cases")) ?? []
  for (value, region) in zip(cases, op.regions.dropFirst()) {
    p.printNewline()
    p.write("case \(value) ")
    p.printRegion(region, printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  }
  p.printNewline()
  p.write("default ")
  p.printRegion(op.region(0), printEntryBlockArgs: true,
    printBlockTerminators: !isElidableTerminator(op.region(0)), printEmptyBlock: false)
}

private func verifyIndexSwitchOp(_ op: Operation) throws {
  try verifyDenseArrayProperty(op, "cases", width: 64)
  if op.regions.isEmpty { throw OpVerifyError("expected 1 or more regions") }
  guard let cases = denseI64ArrayValues(op.attr("cases")) else {
    throw OpVerifyError("attribute 'cases' failed to satisfy constraint: i64 dense array attribute")
  }
  if op.regions.isEmpty { throw OpVerifyError("expected 1 or more regions") }
  for (i, r) in op.regions.enumerated() where r.blocks.count != 1 {
    let name = i == 0 ? "defaultRegion" : "caseRegions"
    throw OpVerifyError("region #\(i) ('\(name)') failed to verify constraint: region with 1 blocks")
  }
  let caseCount = op.regions.count - 1
  if cases.count != caseCount {
    throw OpVerifyError("has \(caseCount) case regions but \(cases.count) case values")
  }
  var seen = Set<Int64>()
  for v in cases where !seen.insert(v).inserted { throw OpVerifyError("has duplicate case value: \(v)") }
  func verifyRegion(_ region: Region, _ name: String) throws {
    guard let last = region.entryBlock?.last else { return }
    guard last.name.name == "scf.yield" else {
      throw OpVerifyError("expected region to end with scf.yield, but got \(last.name.name)")
    }
    if last.numOperands != op.numResults {
      throw opError(op,
        "expected each region to return \(op.numResults) values, but \(name) returns \(last.numOperands)")
        .attachingNote(last.location, "see yield operation here")
    }
    for (i, (r, o)) in zip(op.resultTypes, last.operandTypes).enumerated() where r != o {
      throw opError(op, "expected result #\(i) of each region to be '\(r)'")
        .attachingNote(last.location, "\(name) returns '\(o)' here")
    }
  }
  try verifyRegion(op.region(0), "default region")
  for (i, r) in op.regions.dropFirst().enumerated() { try verifyRegion(r, "case region #\(i)") }
}
