// The textual pieces every structured op shares (LinalgOps.cpp's
// parseCommonStructuredOpParts / printCommonStructuredOpParts):
// `ins(%a, %b : ta, tb) outs(%c : tc)`, an optional `<{properties}>` and
// attribute dictionary before them, `-> result types` after.

import TorchIRCore

/// The input and output operands a structured op parsed.
struct ParsedStructuredOperands {
  var inputTypes: [Type] = []
  var outputTypes: [Type] = []
}

/// `[<{props}>] [{attrs}] [ins(...)] [outs(...)]`; adds the operands to
/// `state` and, unless told otherwise, their `operandSegmentSizes`.
func parseCommonStructuredOpParts(
  _ p: any OpAsmParser, _ state: inout OperationState, addOperandSegmentSizes: Bool = true
) throws -> ParsedStructuredOperands {
  var parsed = ParsedStructuredOperands()
  var hasProperties = false
  if p.parseOptionalPunctuation("<") {
    let props = try p.parseAttribute(type: nil)
    try p.parsePunctuation(">")
    guard let entries = props.dictionaryEntries else {
      throw p.error("expected a dictionary of properties")
    }
    state.attributes += entries
    hasProperties = true
  }
  let attrsLoc = p.currentLocation
  try p.parseOptionalAttrDict(into: &state.attributes)
  var inputs: [UnresolvedOperand] = []
  var outputs: [UnresolvedOperand] = []
  var inputsLoc = p.currentLocation
  var outputsLoc = p.currentLocation
  if p.parseOptionalKeyword("ins") {
    try p.parsePunctuation("(")
    inputsLoc = p.currentLocation
    inputs = try p.parseOperandList(.none)
    parsed.inputTypes = try p.parseColonTypeList()
    try p.parsePunctuation(")")
  }
  if p.parseOptionalKeyword("outs") {
    outputsLoc = p.currentLocation
    try p.parsePunctuation("(")
    outputs = try p.parseOperandList(.none)
    parsed.outputTypes = try p.parseColonTypeList()
    try p.parsePunctuation(")")
  }
  for (operands, types, loc) in [(inputs, parsed.inputTypes, inputsLoc), (outputs, parsed.outputTypes, outputsLoc)]
  where operands.count != types.count {
    throw p.error(
      at: loc, "number of operands and types do not match: got \(operands.count) operands and \(types.count) types")
  }
  state.operands += try p.resolveOperands(inputs, parsed.inputTypes, at: inputsLoc)
  state.operands += try p.resolveOperands(outputs, parsed.outputTypes, at: outputsLoc)
  if addOperandSegmentSizes {
    state.addAttribute("operandSegmentSizes", linalgDenseI32Array(p.context, [inputs.count, outputs.count]))
  }
  // As MLIR, the inherent attributes given in the dictionary are checked here.
  let attributes = state.attributes
  // The first of repeated names, as MLIR's NamedAttrList lookup; the repeat
  // itself is reported when the op is created.
  let firstNamed = { (name: String) in attributes.first(where: { $0.name == name })?.value }
  if !hasProperties, let message = inherentAttributeError(state.name.name, firstNamed) {
    throw p.error(at: attrsLoc, "'\(state.name.name)' op \(message)")
  }
  return parsed
}

/// The ODS constraint an inherent attribute of a structured op violates, as
/// MLIR words it (`attribute 'x' failed to satisfy constraint: ...`).
func inherentAttributeError(_ name: String, _ lookup: (String) -> Attribute?) -> String? {
  func enumError(_ attr: String, _ mnemonic: String, _ count: Int) -> String? {
    guard let value = lookup(attr), linalgEnumValue(value, mnemonic) == nil else { return nil }
    let cases = (0..<count).map(String.init).joined(separator: ", ")
    return "attribute '\(attr)' failed to satisfy constraint: allowed 32-bit signless integer cases: \(cases)"
  }
  func mapsError(_ attr: String) -> String? {
    guard let value = lookup(attr), affineMaps(value) == nil else { return nil }
    return "attribute '\(attr)' failed to satisfy constraint: AffineMap array attribute"
  }
  func stringError(_ attr: String) -> String? {
    guard let value = lookup(attr), value.stringValue == nil else { return nil }
    return "attribute '\(attr)' failed to satisfy constraint: string attribute"
  }
  let fnCaseCounts = ["type": 2, "unary": elementwiseUnaryKinds.count, "binary": elementwiseBinaryKinds.count, "ternary": 1]
  if let def = namedOpDefinitions[name] ?? contractionOpDefinitions[name] {
    for a in def.indexAttrs {
      guard let value = lookup(a.name) else { continue }
      if case .denseElements(let d) = value.kind, d.elementType.isInteger(width: 64),
        d.type.shape == [Int64(a.symbols.count)]
      {
        continue
      }
      return "attribute '\(a.name)' failed to satisfy constraint: 64-bit signless int elements attribute of shape [\(a.symbols.count)]"
    }
    if let e = mapsError("indexing_maps") { return e }
    for a in def.fnAttrs {
      if let e = enumError(a.name, a.kind + "_fn", fnCaseCounts[a.kind] ?? 0) { return e }
    }
    return nil
  }
  switch name {
  case "linalg.generic":
    return mapsError("indexing_maps") ?? stringError("doc") ?? stringError("library_call")
  case "linalg.contract":
    return mapsError("indexing_maps") ?? enumError("cast", "type_fn", 2)
  case "linalg.elementwise":
    return enumError("kind", "elementwise_kind", elementwiseUnaryKinds.count + elementwiseBinaryKinds.count + 1)
      ?? mapsError("indexing_maps")
  default:
    return nil
  }
}

/// ` ins(%a : t) outs(%b : t)`, each part only when it has operands.
func printCommonStructuredOpParts(_ p: any OpAsmPrinter, inputs: [Value], outputs: [Value]) {
  if !inputs.isEmpty {
    p.write(" ins(")
    p.printOperands(inputs)
    p.write(" : ")
    p.printTypeList(inputs.map(\.type))
    p.write(")")
  }
  if !outputs.isEmpty {
    p.write(" outs(")
    p.printOperands(outputs)
    p.write(" : ")
    p.printTypeList(outputs.map(\.type))
    p.write(")")
  }
}

/// ` -> types` when there are results.
func printStructuredOpResults(_ p: any OpAsmPrinter, _ types: [Type]) {
  if !types.isEmpty { p.printArrowTypeList(types) }
}

/// The inputs and outputs of an op with `operandSegmentSizes = array<i32: in, out>`
/// (an op without operands may leave the attribute out, as MLIR's
/// default-initialized property does).
func segmentedInputsAndOutputs(_ op: Operation) -> (inputs: [Value], outputs: [Value])? {
  guard let attr = op.attr("operandSegmentSizes") else {
    return op.numOperands == 0 ? ([], []) : nil
  }
  guard let sizes = linalgDenseArrayValues(attr, width: 32), sizes.count == 2,
    sizes[0] >= 0, sizes[1] >= 0, Int(sizes[0] + sizes[1]) == op.numOperands
  else { return nil }
  let values = op.operandValues
  let n = Int(sizes[0])
  return (Array(values[..<n]), Array(values[n...]))
}

/// The segment check MLIR's AttrSizedOperandSegments trait makes.
func verifyOperandSegments(_ op: Operation) throws {
  guard let attr = op.attr("operandSegmentSizes") else {
    if op.numOperands == 0 { return }
    throw OpVerifyError(
      "operand count (\(op.numOperands)) does not match with the total size (0) specified in attribute 'operandSegmentSizes'")
  }
  guard let sizes = linalgDenseArrayValues(attr, width: 32) else {
    throw OpVerifyError("requires dense i32 array attribute 'operandSegmentSizes'")
  }
  guard sizes.count == 2 else {
    throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have 2 elements, but got \(sizes.count)")
  }
  if sizes.contains(where: { $0 < 0 }) {
    throw OpVerifyError("'operandSegmentSizes' attribute cannot have negative elements")
  }
  let total = sizes.reduce(0, +)
  if total != Int64(op.numOperands) {
    throw OpVerifyError("operand count (\(op.numOperands)) does not match with the total size (\(total)) specified in attribute 'operandSegmentSizes'")
  }
}

/// The ODS count traits MLIR checks before anything else (OneRegion,
/// OneResult, ...), with their messages.
func linalgVerifyRegionCount(_ op: Operation, _ n: Int) throws {
  if op.regions.count != n {
    throw OpVerifyError(n == 0 ? "requires zero regions" : n == 1 ? "requires one region" : "requires \(n) regions")
  }
  // SingleBlockImplicitTerminator: one block that is not empty.
  if n == 1, let block = op.region(0).entryBlock {
    if op.region(0).blocks.count > 1 {
      throw OpVerifyError("expects region #0 to have 0 or 1 blocks")
    }
    if block.isEmpty { throw OpVerifyError("expects a non-empty block") }
  }
}

/// `[affine_map<...>, ...]` after `indexing_maps =`, element by element as
/// MLIR's elementwise parser reads it.
func parseIndexingMapsList(_ p: any OpAsmParser) throws -> Attribute {
  var maps: [Attribute] = []
  try p.parseCommaSeparatedList(.square) {
    let attr = try p.parseAttribute(type: nil)
    guard case .affineMap = attr.kind else { throw p.error("expected affine map attribute") }
    maps.append(attr)
  }
  return p.context.arrayAttr(maps)
}

/// `[affine_map<...>, ...]` after `indexing_maps =`, read as one array
/// attribute and then checked, as MLIR's matmul and contract parsers do.
func parseIndexingMapsArray(_ p: any OpAsmParser) throws -> Attribute {
  let attr = try p.parseAttribute(type: nil)
  guard let elements = attr.arrayValue else { throw p.error("expected 'indexing_maps' attribute") }
  for e in elements {
    guard case .affineMap = e.kind else { throw p.error("element of indexing_maps array is not an affine_map") }
  }
  return attr
}
