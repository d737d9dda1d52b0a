// linalg.elementwise: one unary, binary or ternary function (its `kind`)
// applied elementwise, `linalg.elementwise kind=#linalg.elementwise_kind<add>
// [indexing_maps = [...]] ins(...) outs(...) -> type`. Without explicit maps
// every operand uses the identity map of the output's rank. The body applies
// the function to the block arguments, without casts.

import TorchIRCore

func registerElementwiseOp(_ context: MLIRContext) {
  let info = OpInfo(inherentAttributes: ["indexing_maps", "kind", "operandSegmentSizes"])
  info.parse = parseElementwiseOp
  info.print = printElementwiseOp
  info.verify = verifyElementwiseOp
  context.registerOperation("linalg.elementwise", info)
}

/// The number of inputs of an elementwise kind.
func elementwiseArity(_ kind: String) -> Int {
  if elementwiseUnaryKinds.contains(kind) { return 1 }
  if elementwiseBinaryKinds.contains(kind) { return 2 }
  return 3
}

private func defaultElementwiseMaps(_ count: Int, rank: Int) -> [AffineMap] {
  Array(repeating: AffineMap.identity(rank), count: count)
}

private func parseElementwiseOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parseKeyword("kind")
  try p.parsePunctuation("=")
  let loc = p.currentLocation
  let attr = try p.parseAttribute(type: nil)
  guard let kind = linalgEnumValue(attr, "elementwise_kind") else {
    throw p.error(at: loc, "expected ElementwiseKind attribute")
  }
  state.addAttribute("kind", attr)
  var maps: Attribute?
  if p.parseOptionalKeyword("indexing_maps") {
    try p.parsePunctuation("=")
    maps = try parseIndexingMapsList(p)
  }
  let parsed = try parseCommonStructuredOpParts(p, &state)
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.resultTypes = try p.parseOptionalArrowTypeList()
  let arity = elementwiseArity(kind)
  let got = parsed.inputTypes.count + parsed.outputTypes.count
  if got != arity + 1 {
    throw p.error(
      "[parseNamedStructuredOpRegion] ods-gen generated region expects \(arity + 1) args, got \(got)")
  }
  let region = state.addRegion()
  do {
    try buildElementwiseRegion(
      kind, region: region, types: parsed.inputTypes + parsed.outputTypes, context: p.context)
  } catch let e as RegionBuildError {
    throw p.error(at: loc, e.message)
  }
  if maps == nil {
    guard let out = parsed.outputTypes.last, let rank = out.shape?.count else {
      throw p.error("return type needs to be shaped type")
    }
    maps = affineMapArrayAttr(p.context, defaultElementwiseMaps(arity + 1, rank: rank))
  }
  if let maps { state.addAttribute("indexing_maps", maps) }
}

/// The body: the kind's function of the input elements, yielded.
func buildElementwiseRegion(_ kind: String, region: Region, types: [Type], context: MLIRContext) throws {
  let block = Block()
  for t in types { block.addArgument(elementTypeOrSelf(t), .unknown) }
  region.append(block)
  let b = ScalarBodyBuilder(context: context, block: block)
  let args = Array(block.arguments).map { $0 as Value }
  let arity = elementwiseArity(kind)
  guard args.count > arity else { throw RegionBuildError(message: "unsupported elementwise kind") }
  let result: Value
  switch arity {
  case 1: result = try b.unaryFn(kind, args[0])
  case 2: result = try b.binaryFn(kind, args[0], args[1])
  default: result = try b.ternaryFn(kind, args[0], args[1], args[2])
  }
  b.yield([result])
}

private func printElementwiseOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" kind=")
  if let kind = op.attr("kind") { p.printAttribute(kind) }
  let kind = linalgEnumValue(op.attr("kind"), "elementwise_kind") ?? ""
  let rank = op.numOperands > 0 ? operandRank(op.operand(op.numOperands - 1).type) : 0
  if let maps = affineMaps(op.attr("indexing_maps")),
    maps != defaultElementwiseMaps(elementwiseArity(kind) + 1, rank: rank)
  {
    p.write(" indexing_maps = [")
    for (i, m) in maps.enumerated() {
      if i > 0 { p.write(", ") }
      p.printAttribute(op.context.attribute(.affineMap(m)))
    }
    p.write("]")
  }
  printNamedStructuredOp(op, p, elided: ["kind", "indexing_maps"])
}

private func verifyElementwiseOp(_ op: Operation) throws {
  try linalgVerifyRegionCount(op, 1)
  guard op.attr("kind") != nil else { throw OpVerifyError("requires attribute 'kind'") }
  if let message = inherentAttributeError(op.name.name, op.attr) { throw OpVerifyError(message) }
  try verifyOperandSegments(op)
  try verifyStructuredResults(op)
  try verifyStructuredOp(op)
}
