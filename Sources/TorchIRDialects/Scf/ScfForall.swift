// scf.forall and scf.forall.in_parallel: custom forms (SCF.cpp
// ForallOp/InParallelOp::parse and print) and verifiers, with MLIR's
// messages.
//
//   %r = scf.forall (%i, %j) in (%n, 8) shared_outs(%o = %t) -> (tensor<8xf32>) {
//   scf.forall (%i) = (0) to (%n) step (2) {
//     ...
//     scf.forall.in_parallel { tensor.parallel_insert_slice ... }
//
// Bounds are mixed static/dynamic lists (MLIR's custom<DynamicIndexList>):
// `staticLowerBound` etc. are `array<i64: ...>` holding the integers, with
// ShapedType::kDynamic (Int64.min) where an SSA operand takes the place.
// The list parsing and printing here is private to scf.forall so that it can
// be swapped for the shared DynamicIndexList support at merge time.

import TorchIRCore

func installScfForallHooks(_ hooks: inout DialectHooks) {
  hooks.parsers["scf.forall"] = parseForallOp
  hooks.printers["scf.forall"] = printForallOp
  hooks.verifiers["scf.forall"] = verifyForallOp
  hooks.parsers["scf.forall.in_parallel"] = parseInParallelOp
  hooks.printers["scf.forall.in_parallel"] = printInParallelOp
  hooks.verifiers["scf.forall.in_parallel"] = verifyInParallelOp
}

func installScfForallRegionVerifiers(_ context: MLIRContext) {
  setRegionVerifier(context, "scf.forall", verifyForallRegions)
}

/// ShapedType::kDynamic.
let dynamicSentinel = Int64.min

/// Ops allowed in scf.forall.in_parallel (MLIR's ParallelCombiningOpInterface
/// implementations the dialects here know), with the operand number of the
/// destination they update.
let parallelCombiningOps: [String: Int] = ["tensor.parallel_insert_slice": 1]

// MARK: Dynamic index lists

/// `(%a, 4, %b)`: the SSA operands and the static values, kDynamic where an
/// operand stands.
private func parseDynamicIndexList(_ p: any OpAsmParser) throws -> (values: [UnresolvedOperand], statics: [Int64]) {
  var values: [UnresolvedOperand] = []
  var statics: [Int64] = []
  try p.parseCommaSeparatedList(.paren) {
    // `[...]` marks a scalable entry, which scf.forall accepts and drops.
    let scalable = p.parseOptionalPunctuation("[")
    if let operand = try p.parseOptionalOperand() {
      values.append(operand)
      statics.append(dynamicSentinel)
    } else {
      guard let v = try parseOptionalInt64(p) else { throw p.error("expected SSA value or integer") }
      statics.append(v)
    }
    if scalable && !p.parseOptionalPunctuation("]") {
      throw p.error("requires an opening `[` to match the closing `]`")
    }
  }
  return (values, statics)
}

/// Prints `(` static values with the dynamic operands in place `)`.
private func printDynamicIndexList(_ p: any OpAsmPrinter, _ values: [Value], _ statics: [Int64]) {
  p.write("(")
  var next = 0
  for (i, s) in statics.enumerated() {
    if i > 0 { p.write(", ") }
    if s == dynamicSentinel {
      if next < values.count { p.printOperand(values[next]) }
      next += 1
    } else {
      p.write(String(s))
    }
  }
  p.write(")")
}

/// verifyListOfOperandsOrIntegers: `count` entries, one operand per kDynamic.
/// These are plain errors at the op (MLIR uses emitError, not emitOpError).
private func verifyListOfOperandsOrIntegers(
  _ op: Operation, _ name: String, _ count: Int, _ statics: [Int64], _ values: [Value]
) throws {
  if statics.count != count {
    throw opEmitError(op, "expected \(count) \(name) values, got \(statics.count)")
  }
  let dynamic = statics.filter { $0 == dynamicSentinel }.count
  if values.count != dynamic {
    throw opEmitError(op, "expected \(dynamic) dynamic \(name) values")
  }
}

// MARK: scf.forall

/// The parts of a forall op (nil when its attributes are malformed).
struct ForallParts {
  var lowerBounds, upperBounds, steps, outputs: [Value]
  var staticLowerBounds, staticUpperBounds, staticSteps: [Int64]
  var rank: Int { staticLowerBounds.count }
}

func forallParts(_ op: Operation) -> ForallParts? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 4,
    let groups = splitSegments(op.operandValues, sizes),
    let lbs = denseI64ArrayValues(op.attr("staticLowerBound")),
    let ubs = denseI64ArrayValues(op.attr("staticUpperBound")),
    let steps = denseI64ArrayValues(op.attr("staticStep"))
  else { return nil }
  return ForallParts(
    lowerBounds: groups[0], upperBounds: groups[1], steps: groups[2], outputs: groups[3],
    staticLowerBounds: lbs, staticUpperBounds: ubs, staticSteps: steps)
}

/// Whether every bound of a mixed list is the constant `value` (static, or
/// an operand defined by a constant).
private func allEqual(_ statics: [Int64], _ values: [Value], _ value: Int64) -> Bool {
  var next = 0
  for s in statics {
    if s != dynamicSentinel {
      if s != value { return false }
      continue
    }
    guard next < values.count, let c = constantIntValue(values[next]), c.sext(to: 64).asInt64 == value else {
      return false
    }
    next += 1
  }
  return true
}

private func parseForallOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  let index = ctx.indexType
  var ivs = try p.parseArgumentList(.paren, allowType: false, allowAttributes: false)
  var lbs: (values: [UnresolvedOperand], statics: [Int64]) = ([], [])
  var ubs: (values: [UnresolvedOperand], statics: [Int64]) = ([], [])
  var steps: (values: [UnresolvedOperand], statics: [Int64]) = ([], [])
  var operands: [Value] = []
  func resolve(_ list: [UnresolvedOperand]) throws -> [Value] {
    try p.resolveOperands(list, Array(repeating: index, count: list.count), at: p.currentLocation)
  }
  if p.parseOptionalKeyword("in") {
    ubs = try parseDynamicIndexList(p)
    operands += try resolve(ubs.values)
    lbs.statics = Array(repeating: 0, count: ivs.count)
    steps.statics = Array(repeating: 1, count: ivs.count)
  } else {
    try p.parsePunctuation("=")
    lbs = try parseDynamicIndexList(p)
    operands += try resolve(lbs.values)
    try p.parseKeyword("to")
    ubs = try parseDynamicIndexList(p)
    operands += try resolve(ubs.values)
    try p.parseKeyword("step")
    steps = try parseDynamicIndexList(p)
    operands += try resolve(steps.values)
  }
  var outArgs: [OpAsmArgument] = []
  var outs: [UnresolvedOperand] = []
  let outsLoc = p.currentLocation
  if p.parseOptionalKeyword("shared_outs") {
    (outArgs, outs) = try parseAssignmentList(p)
    state.resultTypes = try p.parseOptionalArrowTypeList()
    operands += try p.resolveOperands(outs, state.resultTypes, at: outsLoc)
  }
  for i in ivs.indices { ivs[i].type = index }
  for i in outArgs.indices where i < state.resultTypes.count { outArgs[i].type = state.resultTypes[i] }
  let body = state.addRegion()
  try p.parseRegion(body, arguments: ivs + outArgs, enableNameShadowing: false)
  ensureImplicitTerminator(body, "scf.forall.in_parallel", ctx, state.location, withBodyBlock: true)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.operands = operands
  state.addAttribute("staticLowerBound", denseI64Array(ctx, lbs.statics))
  state.addAttribute("staticUpperBound", denseI64Array(ctx, ubs.statics))
  state.addAttribute("staticStep", denseI64Array(ctx, steps.statics))
  state.addAttribute("operandSegmentSizes", denseI32Array(ctx, [lbs.values.count, ubs.values.count,
    steps.values.count, outs.count]))
}

private func printForallOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard let parts = forallParts(op), op.regions.count == 1, let body = op.region(0).entryBlock,
    body.arguments.count >= parts.rank
  else { return }
  p.write(" (")
  p.printOperands(Array(body.arguments.prefix(parts.rank)))
  if allEqual(parts.staticLowerBounds, parts.lowerBounds, 0) && allEqual(parts.staticSteps, parts.steps, 1) {
    p.write(") in ")
    printDynamicIndexList(p, parts.upperBounds, parts.staticUpperBounds)
  } else {
    p.write(") = ")
    printDynamicIndexList(p, parts.lowerBounds, parts.staticLowerBounds)
    p.write(" to ")
    printDynamicIndexList(p, parts.upperBounds, parts.staticUpperBounds)
    p.write(" step ")
    printDynamicIndexList(p, parts.steps, parts.staticSteps)
  }
  let outArgs = Array(body.arguments.dropFirst(parts.rank)) as [Value]
  printAssignmentList(p, " shared_outs", outArgs, parts.outputs)
  p.write(" ")
  if !outArgs.isEmpty {
    p.write("-> (")
    p.printTypeList(op.resultTypes)
    p.write(") ")
  }
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: op.numResults > 0,
    printEmptyBlock: false)
  p.printOptionalAttrDict(allAttributes(op),
    elided: ["operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep"])
}

private func verifyForallOp(_ op: Operation) throws {
  try verifyDenseArrayProperty(op, "operandSegmentSizes", width: 32, count: 4)
  for name in ["staticLowerBound", "staticUpperBound", "staticStep"] {
    try verifyDenseArrayProperty(op, name, width: 64)
  }
  try verifyRegionCount(op, 1)
  // DeviceMappingArrayAttr: an array of attributes implementing
  // DeviceMappingAttrInterface. Only the gpu dialect defines such
  // attributes, and neither TorchIR nor torch-mlir-opt registers it, so only
  // an empty array passes.
  if let mapping = op.attr("mapping"), (mapping.arrayValue ?? [mapping]).count > 0 {
    throw OpVerifyError("attribute 'mapping' failed to satisfy constraint: Device Mapping array attribute")
  }
  let groups = try checkedOperandSegments(op, count: 4)
  try verifyIndexOperands(groups[0], first: 0)
  try verifyIndexOperands(groups[1], first: groups[0].count)
  try verifyIndexOperands(groups[2], first: groups[0].count + groups[1].count)
  let firstOutput = groups[0].count + groups[1].count + groups[2].count
  for (i, v) in groups[3].enumerated() {
    guard case .rankedTensor = v.type.kind else {
      throw OpVerifyError(
        "operand #\(firstOutput + i) must be variadic of ranked tensor of any non-token type values, but got '\(v.type)'")
    }
  }
  for name in ["staticLowerBound", "staticUpperBound", "staticStep"] {
    guard let a = op.attr(name) else { throw OpVerifyError("requires attribute '\(name)'") }
    if denseI64ArrayValues(a) == nil {
      throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: i64 dense array attribute")
    }
  }
  try verifySizedRegion(op, 0, "region")
  guard let parts = forallParts(op), let body = op.region(0).entryBlock else { return }
  let rank = parts.rank
  if op.numResults != parts.outputs.count {
    throw OpVerifyError("produces \(op.numResults) results, but has only \(parts.outputs.count) outputs")
  }
  if body.arguments.count != rank + parts.outputs.count {
    throw OpVerifyError("region expects \(rank) arguments")
  }
  for i in 0..<rank where !body.arguments[i].type.isIndex {
    throw OpVerifyError("expects \(i)-th block argument to be an index")
  }
  for (i, o) in parts.outputs.enumerated() where body.arguments[rank + i].type != o.type {
    throw OpVerifyError("type mismatch between \(i)-th output and corresponding block argument")
  }
  if let mapping = op.attr("mapping")?.arrayValue, !mapping.isEmpty, mapping.count != rank {
    throw OpVerifyError("mapping attribute size must match op rank")
  }
  try verifyListOfOperandsOrIntegers(op, "lower bound", rank, parts.staticLowerBounds, parts.lowerBounds)
  try verifyListOfOperandsOrIntegers(op, "upper bound", rank, parts.staticUpperBounds, parts.upperBounds)
  try verifyListOfOperandsOrIntegers(op, "step", rank, parts.staticSteps, parts.steps)
}

private func verifyForallRegions(_ op: Operation) throws {
  try verifyImplicitTerminator(op, "scf.forall.in_parallel")
  guard op.regions.count == 1, let parts = forallParts(op), let body = op.region(0).entryBlock,
    body.arguments.count == parts.rank + parts.outputs.count
  else { return }
  try wrapOpError(op) {
    try verifyLoopLikeCounts(op, inits: parts.outputs.count, iterArgs: body.arguments.count - parts.rank,
      yielded: nil, results: nil)
  }
}

// MARK: scf.forall.in_parallel

private func parseInParallelOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let region = state.addRegion()
  try p.parseRegion(region, arguments: [], enableNameShadowing: false)
  if region.isEmpty { region.append(Block()) }
  try p.parseOptionalAttrDict(into: &state.attributes)
}

private func printInParallelOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.regions.count == 1 else { return }
  p.write(" ")
  p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: false, printEmptyBlock: false)
  p.printOptionalAttrDict(allAttributes(op), elided: [])
}

private func verifyInParallelOp(_ op: Operation) throws {
  try verifyParent(op, oneOf: ["scf.forall"])
  try verifyRegionCount(op, 1)
  try verifySizedRegion(op, 0, "region")
  guard let forall = op.parentOp, forall.regions.count == 1, let parts = forallParts(forall),
    let body = forall.region(0).entryBlock,
    let block = op.region(0).entryBlock
  else { return }
  let outArgs = Array(body.arguments.dropFirst(parts.rank))
  for nested in block {
    guard let dest = parallelCombiningOps[nested.name.name] else {
      throw OpVerifyError("expected only ParallelCombiningOpInterface ops")
    }
    if dest < nested.numOperands, !outArgs.contains(where: { $0 === nested.operand(dest) }) {
      throw opError(nested, "may only insert into an output block argument")
    }
  }
}
