// The named structured ops: the OpDSL ops (Generated/LinalgNamedOps.swift)
// and the contractions (LinalgContractionOps.swift). Their custom form is
// `linalg.NAME {attrs} ins(...) outs(...) -> types` with the body left
// implicit: the parser builds it (LinalgRegionBuilder.swift), so the generic
// form prints the same body MLIR's parser builds.

import TorchIRCore

func registerNamedOps(_ context: MLIRContext) {
  for def in namedOpDefinitions.values {
    let info = OpInfo(
      inherentAttributes: ["operandSegmentSizes"] + def.indexAttrs.map(\.name) + def.fnAttrs.map(\.name))
    info.parse = { p, state in try parseNamedStructuredOp(p, &state, def) }
    info.print = { op, p in printNamedStructuredOp(op, p, elided: []) }
    info.verify = { op in try verifyNamedOp(op, def) }
    context.registerOperation(def.name, info)
  }
}

/// `{attrs} ins(...) outs(...) {attrs} -> types`, then the body.
func parseNamedStructuredOp(
  _ p: any OpAsmParser, _ state: inout OperationState, _ def: NamedOpDefinition
) throws {
  let loc = p.currentLocation
  let parsed = try parseCommonStructuredOpParts(p, &state)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.resultTypes = try p.parseOptionalArrowTypeList()
  let got = parsed.inputTypes.count + parsed.outputTypes.count
  if got != def.operands.count {
    throw p.error(
      "[parseNamedStructuredOpRegion] ods-gen generated region expects \(def.operands.count) args, got \(got)")
  }
  let region = state.addRegion()
  do {
    try buildNamedOpRegion(
      def, region: region, inputTypes: parsed.inputTypes, outputTypes: parsed.outputTypes,
      attributes: state.attributes, context: p.context)
  } catch let e as RegionBuildError {
    throw p.error(at: loc, e.message)
  }
}

/// `{attrs} ins(...) outs(...) -> types`; the body is not printed.
func printNamedStructuredOp(_ op: Operation, _ p: any OpAsmPrinter, elided: [String]) {
  p.printOptionalAttrDict(
    linalgAllAttributes(op), elided: ["operandSegmentSizes", "linalg.memoized_indexing_maps"] + elided)
  let io = segmentedInputsAndOutputs(op) ?? ([], [])
  printCommonStructuredOpParts(p, inputs: io.inputs, outputs: io.outputs)
  printStructuredOpResults(p, op.resultTypes)
}

private func verifyNamedOp(_ op: Operation, _ def: NamedOpDefinition) throws {
  try linalgVerifyRegionCount(op, 1)
  if let message = inherentAttributeError(def.name, op.attr) { throw OpVerifyError(message) }
  try verifyOperandSegments(op)
  try verifyStructuredResults(op)
  try verifyOpInterface(op, def.interface, afterShapes: false)
  // MLIR caches the maps of ops with symbols when it first asks for them,
  // which is while verifying.
  if def.memoizesIndexingMaps, op.discardableAttr("linalg.memoized_indexing_maps") == nil,
    let maps = def.computedIndexingMaps(of: op)
  {
    op.setAttr("linalg.memoized_indexing_maps", affineMapArrayAttr(op.context, maps))
  }
  try verifyStructuredOp(op)
  try verifyOpInterface(op, def.interface, afterShapes: true)
  if def.name == "linalg.fill", let io = segmentedInputsAndOutputs(op), let value = io.inputs.first,
    let output = io.outputs.first
  {
    let element = elementTypeOrSelf(output.type)
    if value.type != element {
      throw OpVerifyError("expected fill value type ('\(value.type)') to match output element type ('\(element)')")
    }
  }
}
