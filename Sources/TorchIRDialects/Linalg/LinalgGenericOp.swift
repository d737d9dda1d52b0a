// linalg.generic (indexing maps, iterator types and an explicit body),
// linalg.yield (the body's terminator) and linalg.index (a loop index inside
// a body), with MLIR's custom forms and verifiers.

import TorchIRCore

/// The attributes linalg.generic prints in its leading dictionary.
private let genericTraitAttributeNames = ["doc", "indexing_maps", "library_call", "iterator_types"]

func registerGenericOps(_ context: MLIRContext) {
  let generic = OpInfo(
    inherentAttributes: genericTraitAttributeNames + ["operandSegmentSizes"])
  generic.parse = parseGenericOp
  generic.print = printGenericOp
  generic.verify = { op in
    try linalgVerifyRegionCount(op, 1)
    try verifyGenericAttributes(op)
    try verifyOperandSegments(op)
    try verifyStructuredResults(op)
    try verifyStructuredOp(op)
  }
  generic.asmBlockArgumentNames = { op, region, setName in
    nameBlockArguments(op, region, inputName: "in", outputName: "out", setName)
  }
  context.registerOperation("linalg.generic", generic)

  let yield = OpInfo(traits: [.isTerminator, .returnLike, .pure, .hasParent])
  yield.parse = parseYieldOp
  yield.print = printYieldOp
  yield.verify = verifyYieldOp
  context.registerOperation("linalg.yield", yield)

  let index = OpInfo(traits: [.pure], inherentAttributes: ["dim"])
  index.parse = parseIndexOp
  index.print = printIndexOp
  index.verify = verifyIndexOp
  context.registerOperation("linalg.index", index)
}

/// Names the body's arguments `%in`, `%in_0`, ..., `%out` (or `%init`).
func nameBlockArguments(
  _ op: Operation, _ region: Region, inputName: String, outputName: String, _ setName: (Value, String) -> Void
) {
  guard let io = structuredInputsAndOutputs(op), let block = region.entryBlock else { return }
  for (i, arg) in block.arguments.enumerated() {
    setName(arg, i < io.inputs.count ? inputName : outputName)
  }
}

/// All attributes of an op, inherent ones included (MLIR's getAttrs()).
func linalgAllAttributes(_ op: Operation) -> [NamedAttribute] {
  let entries = (op.properties?.dictionaryEntries ?? []) + (op.attributes.dictionaryEntries ?? [])
  return op.context.dictionaryAttr(entries).dictionaryEntries ?? []
}

/// DestinationStyleOpInterface: one result per tensor output, of its type.
func verifyStructuredResults(_ op: Operation) throws {
  guard let io = structuredInputsAndOutputs(op) else { return }
  try verifyDestinationStyleResults(op, firstOutput: op.numOperands - io.outputs.count)
}

/// DestinationStyleOpInterface's check, for outputs from operand
/// `firstOutput` on: one result per tensor output, of the same type.
func verifyDestinationStyleResults(_ op: Operation, firstOutput: Int, outputCount: Int? = nil) throws {
  let end = outputCount.map { firstOutput + $0 } ?? op.numOperands
  guard firstOutput >= 0, firstOutput <= end, end <= op.numOperands else { return }
  let tensorOutputs = (firstOutput..<end).filter { isRankedTensor(op.operand($0).type) }
  if op.numResults != tensorOutputs.count {
    throw OpVerifyError(
      "expected the number of tensor results (\(op.numResults)) to be equal to the number of output tensors (\(tensorOutputs.count))")
  }
  for (i, index) in tensorOutputs.enumerated() where op.operand(index).type != op.result(i).type {
    throw OpVerifyError(
      "expected type of operand #\(index) ('\(op.operand(index).type)') to match type of corresponding result ('\(op.result(i).type)')")
  }
}

// MARK: linalg.generic

private func parseGenericOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let loc = p.currentLocation
  let dict = try p.parseAttribute(type: nil)
  guard let entries = dict.dictionaryEntries else { throw p.error(at: loc, "expected a dictionary attribute") }
  state.attributes = entries
  guard let iterators = state.attribute("iterator_types")?.arrayValue else {
    throw p.error(at: loc, "expected \"iterator_types\" array attribute")
  }
  var converted: [Attribute] = []
  for item in iterators {
    let name = item.stringValue ?? linalgEnumValue(item, "iterator_type") ?? ""
    guard IteratorType(rawValue: name) != nil else {
      throw p.error("unexpected iterator_type (\(name))")
    }
    converted.append(linalgEnumAttribute(p.context, "iterator_type", name))
  }
  state.attributes.removeAll { $0.name == "iterator_types" }
  state.addAttribute("iterator_types", p.context.arrayAttr(converted))
  _ = try parseCommonStructuredOpParts(p, &state)
  if p.parseOptionalKeyword("attrs") {
    try p.parsePunctuation("=")
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  let region = state.addRegion()
  try p.parseRegion(region, arguments: [], enableNameShadowing: false)
  state.resultTypes = try p.parseOptionalArrowTypeList()
}

private func printGenericOp(_ op: Operation, _ p: any OpAsmPrinter) {
  let ctx = op.context
  p.write(" ")
  let attrs = linalgAllAttributes(op)
  var traitAttrs: [NamedAttribute] = []
  for a in attrs where genericTraitAttributeNames.contains(a.name) {
    if a.name == "iterator_types", let items = a.value.arrayValue {
      // Printed as strings, the form tests and older files use.
      let names = items.map { ctx.stringAttr(linalgEnumValue($0, "iterator_type") ?? "") }
      traitAttrs.append(NamedAttribute(a.name, ctx.arrayAttr(names)))
    } else {
      traitAttrs.append(a)
    }
  }
  if !traitAttrs.isEmpty { p.printAttribute(ctx.dictionaryAttr(traitAttrs)) }
  let io = structuredInputsAndOutputs(op) ?? ([], [])
  printCommonStructuredOpParts(p, inputs: io.inputs, outputs: io.outputs)
  let elided = genericTraitAttributeNames + ["operandSegmentSizes"]
  if attrs.contains(where: { !elided.contains($0.name) }) {
    p.write(" attrs = ")
    p.printOptionalAttrDict(attrs, elided: elided)
  }
  if let region = op.regions.first, !region.isEmpty {
    p.write(" ")
    p.printRegion(region, printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
  }
  printStructuredOpResults(p, op.resultTypes)
}

/// The ODS constraints of linalg.generic's attributes.
private func verifyGenericAttributes(_ op: Operation) throws {
  guard let maps = op.attr("indexing_maps") else {
    throw OpVerifyError("requires attribute 'indexing_maps'")
  }
  _ = maps
  if let message = inherentAttributeError(op.name.name, op.attr) { throw OpVerifyError(message) }
  guard let iterators = op.attr("iterator_types") else {
    throw OpVerifyError("requires attribute 'iterator_types'")
  }
  if structuredIteratorTypes(op) == nil || iterators.arrayValue == nil {
    throw OpVerifyError(
      "attribute 'iterator_types' failed to satisfy constraint: Iterator type should be an enum.")
  }
}

// MARK: linalg.yield

private func parseYieldOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  try p.parseOptionalAttrDict(into: &state.attributes)
  if !operands.isEmpty {
    let types = try p.parseColonTypeList()
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
}

private func printYieldOp(_ op: Operation, _ p: any OpAsmPrinter) {
  if op.numOperands > 0 {
    p.write(" ")
    p.printOperands(op.operandValues)
  }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  if op.numOperands > 0 {
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
}

private func verifyYieldOp(_ op: Operation) throws {
  // The Terminator trait.
  if op.nextInBlock != nil { throw OpVerifyError("must be the last operation in the parent block") }
  guard let parent = op.parentOp else {
    throw OpVerifyError("expected parent op with LinalgOp interface")
  }
  guard parent.regions.count == 1, !parent.region(0).isEmpty else {
    throw OpVerifyError("expected single non-empty parent region")
  }
  guard isStructuredOpName(parent.name.name), let io = structuredInputsAndOutputs(parent) else {
    throw OpVerifyError("expected parent op with LinalgOp interface")
  }
  if op.numOperands != io.outputs.count {
    throw OpVerifyError(
      "expected number of yield values (\(op.numOperands)) to match the number of inits / outs operands of the enclosing LinalgOp (\(io.outputs.count))")
  }
  for (i, v) in op.operandValues.enumerated() {
    let element = elementTypeOrSelf(io.outputs[i].type)
    if v.type != element {
      throw OpVerifyError(
        "type of yield operand \(i + 1) ('\(v.type)') doesn't match the element type of the enclosing linalg.generic op ('\(element)')")
    }
  }
}

// MARK: linalg.index

private func parseIndexOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  // `$dim` is an I64Attr in the declarative format: an attribute typed i64.
  let loc = p.currentLocation
  let dim = try p.parseAttribute(type: p.context.i64Type)
  guard case .integer(_, let t) = dim.kind, t.isInteger(width: 64) else {
    throw p.error(at: loc, "invalid kind of attribute specified")
  }
  state.addAttribute("dim", dim)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.resultTypes = [try p.parseColonType()]
}

private func printIndexOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let dim = op.attr("dim") { p.printAttributeWithoutType(dim) }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: ["dim"])
  p.write(" : ")
  p.printTypeList(op.resultTypes)
}

private func verifyIndexOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 0)
  if op.numResults != 1 { throw OpVerifyError("requires one result") }
  guard let dimAttr = op.attr("dim") else { throw OpVerifyError("requires attribute 'dim'") }
  guard case .integer(let v, let t) = dimAttr.kind, t.isInteger(width: 64), v.signedInt64 >= 0 else {
    throw OpVerifyError(
      "attribute 'dim' failed to satisfy constraint: 64-bit signless integer attribute whose minimum value is 0")
  }
  if op.numResults != 1 || !op.result(0).type.isIndex {
    throw OpVerifyError("result #0 must be index, but got '\(op.resultTypes.first.map { "\($0)" } ?? "")'")
  }
  guard let parent = op.parentOp, isStructuredOpName(parent.name.name) else {
    throw OpVerifyError("expected parent op with LinalgOp interface")
  }
  let loops = structuredIteratorTypes(parent)?.count ?? 0
  let dim = v.signedInt64
  if Int64(loops) <= dim {
    throw OpVerifyError(
      "expected dim (\(dim)) to be lower than the number of loops (\(loops)) of the enclosing LinalgOp")
  }
}

/// Whether `name` is a linalg structured op (has the LinalgOp interface).
func isStructuredOpName(_ name: String) -> Bool {
  name == "linalg.generic" || name == "linalg.elementwise" || name == "linalg.contract"
    || namedOpDefinitions[name] != nil || contractionOpDefinitions[name] != nil
    || ["linalg.map", "linalg.reduce", "linalg.transpose", "linalg.broadcast"].contains(name)
}
