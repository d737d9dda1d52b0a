// linalg.map, linalg.reduce, linalg.transpose and linalg.broadcast:
// destination-style ops without operand segments whose custom forms name
// their attribute (`dimensions = [1]`, `permutation = [1, 0]`) and, for map
// and reduce, either show the body or abbreviate it to its single payload op
// (`linalg.map { arith.addf } ins(...) outs(...)`).

import TorchIRCore

func registerMapReduceOps(_ context: MLIRContext) {
  let map = OpInfo()
  map.parse = parseMapOp
  map.print = printMapOp
  map.verify = verifyMapOp
  map.asmResultNames = { op, setName in if op.numResults > 0 { setName(op.result(0), "mapped") } }
  map.asmBlockArgumentNames = { op, region, setName in
    nameBlockArguments(op, region, inputName: "in", outputName: "init", setName)
  }
  context.registerOperation("linalg.map", map)

  let reduce = OpInfo(inherentAttributes: ["dimensions"])
  reduce.parse = parseReduceOp
  reduce.print = printReduceOp
  reduce.verify = verifyReduceOp
  reduce.asmResultNames = { op, setName in if op.numResults > 0 { setName(op.result(0), "reduced") } }
  reduce.asmBlockArgumentNames = { op, region, setName in
    nameBlockArguments(op, region, inputName: "in", outputName: "init", setName)
  }
  context.registerOperation("linalg.reduce", reduce)

  let transpose = OpInfo(inherentAttributes: ["permutation"])
  transpose.parse = { p, state in try parseIdentityBodyOp(p, &state, attributeName: "permutation") }
  transpose.print = { op, p in printIdentityBodyOp(op, p, attributeName: "permutation") }
  transpose.verify = verifyTransposeOp
  transpose.asmResultNames = { op, setName in if op.numResults > 0 { setName(op.result(0), "transposed") } }
  context.registerOperation("linalg.transpose", transpose)

  let broadcast = OpInfo(inherentAttributes: ["dimensions"])
  broadcast.parse = { p, state in try parseIdentityBodyOp(p, &state, attributeName: "dimensions") }
  broadcast.print = { op, p in printIdentityBodyOp(op, p, attributeName: "dimensions") }
  broadcast.verify = verifyBroadcastOp
  broadcast.asmResultNames = { op, setName in if op.numResults > 0 { setName(op.result(0), "broadcasted") } }
  context.registerOperation("linalg.broadcast", broadcast)
}

// MARK: Shared syntax

/// `ins(...) outs(...) [NAME = [i, ...]] {attrs}`; results are the ranked
/// tensor outputs (MLIR's parseDstStyleOp).
private func parseDstStyleOp(
  _ p: any OpAsmParser, _ state: inout OperationState, attributeName: String?
) throws -> ParsedStructuredOperands {
  let parsed = try parseCommonStructuredOpParts(p, &state, addOperandSegmentSizes: false)
  state.resultTypes = parsed.outputTypes.filter(isRankedTensor)
  if let name = attributeName {
    try p.parseKeyword(name)
    try p.parsePunctuation("=")
    var values: [Int64] = []
    try p.parseCommaSeparatedList(.square) {
      let negative = p.parseOptionalPunctuation("-")
      let v = try p.parseInteger()
      values.append(negative ? -v : v)
    }
    state.addAttribute(name, linalgDenseI64Array(p.context, values))
  }
  try p.parseOptionalAttrDict(into: &state.attributes)
  return parsed
}

/// ` NAME = [1, 0] ` (MLIR leaves the trailing space).
private func printDenseI64ArrayAttr(_ p: any OpAsmPrinter, _ name: String, _ values: [Int64]) {
  p.write(" \(name) = [" + values.map(String.init).joined(separator: ", ") + "] ")
}

/// `{ payload.op {attrs} }` before the operands.
private func parsePayloadOpName(_ p: any OpAsmParser) throws -> (name: String, attrs: [NamedAttribute])? {
  guard p.parseOptionalPunctuation("{") else { return nil }
  let loc = p.currentLocation
  guard var name = p.parseOptionalKeyword() else {
    // Reported without the custom-op prefix, as MLIR's parseCustomOperationName.
    throw Diagnostic(.error, loc, "expected bare identifier or keyword")
  }
  // A name without a dialect gets the (empty) default dialect's prefix.
  if !name.contains(".") { name = "." + name }
  var attrs: [NamedAttribute] = []
  try p.parseOptionalAttrDict(into: &attrs)
  try p.parsePunctuation("}")
  return (name, attrs)
}

/// A body of one payload op over the block arguments, yielding its result.
/// `initFirst` (reduce) puts the init argument first among its operands;
/// map's payload takes the inputs only.
private func buildPayloadBody(
  _ region: Region, payload: (name: String, attrs: [NamedAttribute]), operands: [Value], initFirst: Bool,
  inputsOnly: Bool, location: Location, context: MLIRContext
) {
  let block = Block()
  for v in operands { block.addArgument(elementTypeOrSelf(v.type), .unknown) }
  region.append(block)
  let args = Array(block.arguments).map { $0 as Value }
  var payloadOperands: [Value]
  if initFirst, let last = args.last {
    payloadOperands = [last] + args.dropLast()
  } else if inputsOnly {
    payloadOperands = Array(args.dropLast())
  } else {
    payloadOperands = args
  }
  var s = OperationState(context: context, name: payload.name, location: location)
  s.operands = payloadOperands
  if let last = operands.last { s.resultTypes = [elementTypeOrSelf(last.type)] }
  s.attributes = payload.attrs
  let op = Operation(s)
  block.append(op)
  var y = OperationState(context: context, name: "linalg.yield", location: location)
  y.operands = op.results.map { $0 as Value }
  block.append(Operation(y))
}

/// The payload op of a body that only applies it to the block arguments
/// and yields its result (MLIR's findPayloadOp).
private func findPayloadOp(_ block: Block, initFirst: Bool, inputsOnly: Bool) -> Operation? {
  let ops = block.operations
  guard ops.count == 2, ops[1].name.name == "linalg.yield" else { return nil }
  let payload = ops[0]
  let args = Array(block.arguments).map { $0 as Value }
  let expected: [Value]
  if initFirst {
    guard let last = args.last else { return nil }
    expected = [last] + args.dropLast()
  } else if inputsOnly {
    expected = Array(args.dropLast())
  } else {
    expected = args
  }
  guard payload.numOperands > 0, payload.numOperands == expected.count else { return nil }
  for (a, b) in zip(payload.operandValues, expected) where a !== b { return nil }
  // The yield must return the payload's results.
  guard ops[1].operandValues.count == payload.numResults,
    zip(ops[1].operandValues, payload.results).allSatisfy({ $0.0 === $0.1 })
  else { return nil }
  return payload
}

/// ` { name {attrs} }`, eliding a fastmath attribute that is `none`.
private func printShortForm(_ p: any OpAsmPrinter, _ payload: Operation) {
  p.write(" { " + payload.name.name)
  let attrs = linalgAllAttributes(payload)
  var elided: [String] = []
  if let none = attrs.first(where: { a in
    if case .dialect(let d) = a.value.kind, d.dialect == "arith", d.mnemonic == "fastmath",
      d.parameters == [.int(0)]
    {
      return true
    }
    return false
  }) {
    elided.append(none.name)
  }
  p.printOptionalAttrDict(attrs, elided: elided)
  p.write(" }")
}

/// `(%a: t, ...) { body }` on a new, further indented line.
private func printLongFormBody(_ op: Operation, _ p: any OpAsmPrinter) {
  guard let region = op.regions.first, let block = region.entryBlock else { return }
  p.increaseIndent()
  p.printNewline()
  p.write("(")
  for (i, arg) in block.arguments.enumerated() {
    if i > 0 { p.write(", ") }
    p.printRegionArgument(arg, attributes: [], omitType: false)
  }
  p.write(") ")
  p.printRegion(region, printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
  p.decreaseIndent()
}

/// `(%a: t, ...) { body }` after the operands.
private func parseLongFormBody(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let args = try p.parseArgumentList(.paren, allowType: true, allowAttributes: true)
  let region = state.addRegion()
  try p.parseRegion(region, arguments: args, enableNameShadowing: false)
}

// MARK: linalg.map

private func parseMapOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let payload = try parsePayloadOpName(p)
  _ = try parseDstStyleOp(p, &state, attributeName: nil)
  if let payload {
    let region = state.addRegion()
    if !state.operands.isEmpty {
      buildPayloadBody(
        region, payload: payload, operands: state.operands, initFirst: false, inputsOnly: true,
        location: state.location, context: p.context)
    }
  } else {
    try parseLongFormBody(p, &state)
  }
}

private func printMapOp(_ op: Operation, _ p: any OpAsmPrinter) {
  let block = op.regions.first?.entryBlock
  let payload = block.flatMap { findPayloadOp($0, initFirst: false, inputsOnly: true) }
  if let payload { printShortForm(p, payload) }
  let io = structuredInputsAndOutputs(op) ?? ([], [])
  printCommonStructuredOpParts(p, inputs: io.inputs, outputs: io.outputs)
  p.printOptionalAttrDict(linalgAllAttributes(op), elided: [])
  if payload == nil { printLongFormBody(op, p) }
}

private func verifyMapOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 1)
  guard op.numOperands >= 1, let io = structuredInputsAndOutputs(op), let initValue = io.outputs.first else {
    throw OpVerifyError("expected 1 or more operands, but found \(op.numOperands)")
  }
  guard let block = op.regions.first?.entryBlock else {
    throw OpVerifyError("expects to have 1 region with 1 block")
  }
  if op.numOperands != block.arguments.count {
    throw OpVerifyError(
      "expects number of operands to match the arity of mapper, but got: \(op.numOperands) and \(block.arguments.count)")
  }
  for (arg, input) in zip(block.arguments, io.inputs) {
    let element = elementTypeOrSelf(input.type)
    if arg.type != element {
      throw OpVerifyError("expected element type of input '\(element)' to match bbArg type '\(arg.type)'")
    }
  }
  let outputShape = initValue.type.shape ?? []
  for input in io.inputs {
    let shape = input.type.shape ?? []
    if shape != outputShape {
      throw OpVerifyError(
        "expected shape of input (\(shapeText(shape))) to match shape of output (\(shapeText(outputShape)))")
    }
  }
  try verifyStructuredOp(op)
  try verifyStructuredResults(op)
}

/// A shape as MLIR streams an ArrayRef<int64_t>: `4, 8`.
private func shapeText(_ shape: [Int64]) -> String {
  shape.map(String.init).joined(separator: ", ")
}

// MARK: linalg.reduce

private func parseReduceOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let payload = try parsePayloadOpName(p)
  _ = try parseDstStyleOp(p, &state, attributeName: "dimensions")
  if let payload {
    buildPayloadBody(
      state.addRegion(), payload: payload, operands: state.operands, initFirst: true, inputsOnly: false,
      location: state.location, context: p.context)
  } else {
    try parseLongFormBody(p, &state)
  }
}

private func printReduceOp(_ op: Operation, _ p: any OpAsmPrinter) {
  let block = op.regions.first?.entryBlock
  let payload = block.flatMap { findPayloadOp($0, initFirst: true, inputsOnly: false) }
  if let payload { printShortForm(p, payload) }
  let io = structuredInputsAndOutputs(op) ?? ([], [])
  printCommonStructuredOpParts(p, inputs: io.inputs, outputs: io.outputs)
  printDenseI64ArrayAttr(p, "dimensions", linalgDenseArrayValues(op.attr("dimensions"), width: 64) ?? [])
  p.printOptionalAttrDict(linalgAllAttributes(op), elided: ["dimensions"])
  if payload == nil { printLongFormBody(op, p) }
}

private func verifyReduceOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 1)
  guard let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64) else {
    throw OpVerifyError("requires attribute 'dimensions'")
  }
  guard op.numOperands % 2 == 0, op.numOperands > 0, let io = structuredInputsAndOutputs(op) else {
    throw OpVerifyError("operand count must be a positive even number")
  }
  let inputShapes = io.inputs.map { $0.type.shape ?? [] }
  let initShapes = io.outputs.map { $0.type.shape ?? [] }
  for i in 1..<io.inputs.count where inputShapes[i] != inputShapes[0] {
    throw OpVerifyError(
      "expects all inputs to have the same shapes. Shape at input-index \(i) is not equal to the shape at input-index 0.")
  }
  for i in 1..<io.outputs.count where initShapes[i] != initShapes[0] {
    throw OpVerifyError(
      "expects all outputs to have the same shapes. Shape at output-index \(i) is not equal to the shape at output-index 0.")
  }
  let inputRank = inputShapes[0].count
  for d in dims where d < 0 || d >= Int64(inputRank) {
    throw OpVerifyError("dimensions for reduction should be in the range [0, \(inputRank - 1)].")
  }
  let reduced = inputShapes[0].enumerated().filter { !dims.contains(Int64($0.offset)) }.map(\.element)
  if reduced.count != initShapes[0].count {
    throw OpVerifyError(
      "number of dimensions after reduction \(reduced.count) doesn't match the init rank \(initShapes[0].count)")
  }
  if reduced != initShapes[0] {
    throw OpVerifyError(
      "init dimensions [\(shapeText(initShapes[0]))] doesn't match input dimensions after reduction [\(shapeText(reduced))]")
  }
  guard let block = op.regions.first?.entryBlock else {
    throw OpVerifyError("expects to have 1 region with 1 block")
  }
  if block.arguments.count != op.numOperands {
    throw OpVerifyError("mismatching number of operands and block arguments")
  }
  for (input, arg) in zip(io.inputs, block.arguments) where elementTypeOrSelf(input.type) != arg.type {
    throw OpVerifyError(
      "input element type '\(elementTypeOrSelf(input.type))' does not match corresponding block argument type '\(arg.type)'")
  }
  for (output, arg) in zip(io.outputs, block.arguments.suffix(io.outputs.count))
  where elementTypeOrSelf(output.type) != arg.type {
    throw OpVerifyError(
      "output element type '\(elementTypeOrSelf(output.type))' does not match corresponding block argument type '\(arg.type)'")
  }
  try verifyStructuredOp(op)
  try verifyStructuredResults(op)
}

// MARK: linalg.transpose, linalg.broadcast

/// Transpose and broadcast: one input, one init, and a body that yields
/// the input element.
private func parseIdentityBodyOp(_ p: any OpAsmParser, _ state: inout OperationState, attributeName: String) throws {
  _ = try parseDstStyleOp(p, &state, attributeName: attributeName)
  // As MLIR's buildGenericRegion: arguments at their operands' locations,
  // the yield at the op's.
  let block = Block()
  for v in state.operands { block.addArgument(elementTypeOrSelf(v.type), v.location) }
  state.addRegion().append(block)
  if let first = block.arguments.first {
    var y = OperationState(context: p.context, name: "linalg.yield", location: state.location)
    y.operands = [first]
    block.append(Operation(y))
  }
}

private func printIdentityBodyOp(_ op: Operation, _ p: any OpAsmPrinter, attributeName: String) {
  let io = structuredInputsAndOutputs(op) ?? ([], [])
  printCommonStructuredOpParts(p, inputs: io.inputs, outputs: io.outputs)
  printDenseI64ArrayAttr(p, attributeName, linalgDenseArrayValues(op.attr(attributeName), width: 64) ?? [])
  p.printOptionalAttrDict(linalgAllAttributes(op), elided: [attributeName])
}

/// The input and init shapes of a transpose or broadcast.
private func unaryShapes(_ op: Operation) throws -> (input: [Int64], initShape: [Int64]) {
  guard op.numOperands == 2, let input = op.operand(0).type.shape, let initShape = op.operand(1).type.shape else {
    throw OpVerifyError("expected 2 operands of ranked shaped types")
  }
  return (input, initShape)
}

private func verifyTransposeOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 1)
  if op.numOperands != 2 { throw OpVerifyError("expected 2 operands, but found \(op.numOperands)") }
  guard let perm = linalgDenseArrayValues(op.attr("permutation"), width: 64) else {
    throw OpVerifyError("requires attribute 'permutation'")
  }
  if inversePermutation(perm.map { Int(clamping: $0) }) == nil {
    throw OpVerifyError("permutation is not valid")
  }
  let (input, initShape) = try unaryShapes(op)
  let rank = input.count
  if rank != initShape.count {
    throw OpVerifyError("input rank \(rank) does not match init rank \(initShape.count)")
  }
  if rank != perm.count {
    throw OpVerifyError("size of permutation \(perm.count) does not match the argument rank \(rank)")
  }
  for i in 0..<rank {
    let inputDim = input[Int(perm[i])]
    if inputDim != initShape[i] {
      throw OpVerifyError(
        "dim(result, \(i)) = \(initShape[i]) doesn't match dim(input, permutation[\(i)]) = \(inputDim)")
    }
  }
  try verifyStructuredOp(op)
  try verifyStructuredResults(op)
}

private func verifyBroadcastOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 1)
  if op.numOperands != 2 { throw OpVerifyError("expected 2 operands, but found \(op.numOperands)") }
  guard let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64) else {
    throw OpVerifyError("requires attribute 'dimensions'")
  }
  let (input, initShape) = try unaryShapes(op)
  if input.count + dims.count != initShape.count {
    throw OpVerifyError(
      "input rank plus added dimensions does not match init rank. input rank: \(input.count), dimensions size: \(dims.count), init rank: \(initShape.count)")
  }
  for (idx, d) in dims.enumerated() where d < 0 || d >= Int64(initShape.count) {
    throw OpVerifyError(
      "dimension \(idx) is out of range. expected range: [0, \(initShape.count - 1)], got: \(d)")
  }
  let dimMap = (0..<initShape.count).filter { !dims.contains(Int64($0)) }
  for (inputIdx, initIdx) in dimMap.enumerated() where input[inputIdx] != initShape[initIdx] {
    throw OpVerifyError(
      "input dim \(inputIdx) should match init dim \(initIdx). input: \(input[inputIdx]), init: \(initShape[initIdx])")
  }
  try verifyStructuredOp(op)
  try verifyStructuredResults(op)
}
