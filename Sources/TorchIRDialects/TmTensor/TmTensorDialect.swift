// Torch-MLIR's tm_tensor dialect: ops from Specs/TMTensor.spec
// (Generated/TmTensorOps.swift); this file registers the hand-written custom
// forms, which follow the assembly formats of TMTensorOps.td:
//
//   %o, %acc = tm_tensor.scan dimension(0) inclusive(true)
//       ins(%in : tensor<8xf32>) outs(%out, %a : tensor<8xf32>, tensor<f32>) {
//   ^bb0(%x: f32, %y: f32): ... tm_tensor.yield %s : f32
//   } -> tensor<8xf32>, tensor<f32>
//   tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(...) outs(...) {...} -> ...
//   tm_tensor.sort dimension(0) outs(...) {...} -> ...
//   tm_tensor.topk dimension(1) ins(...) outs(...) {...} -> ...
//   tm_tensor.attention {scale = 5.0e-01 : f64} ins(...) outs(...) -> ...
//
// The `ins` and `outs` lists are one operand list split by
// `operandSegmentSizes`; a region's `tm_tensor.yield` without operands is
// implicit (SingleBlockImplicitTerminator). Verifiers are in
// TmTensorVerifiers.swift, canonicalizations in TmTensorPatterns.swift.

import TorchIRCore

public final class TMTensorDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "tm_tensor")
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    for name in ["scan", "scatter", "sort", "topk", "attention"] {
      let full = "tm_tensor." + name
      hooks.parsers[full] = { p, state in try parseTMTensorOp(name, p, &state) }
      hooks.printers[full] = { op, p in printTMTensorOp(name, op, p) }
    }
    installTMTensorVerifiers(&hooks)
    installTMTensorFolders(&hooks)
    runtime = SpecRuntime(tmTensorDialectSpec, context: context, hooks: hooks)
    installTMTensorRegionVerifiers(context)
    installTMTensorCanonicalizations(context)
    // unique_indices is a DefaultValuedAttr: an op created without it has it.
    context.registeredOperation("tm_tensor.scatter")?.info?.defaultProperties.append(
      NamedAttribute("unique_indices", context.boolAttr(true)))
  }
}

/// The `ins` and `outs` operand groups, nil when `operandSegmentSizes` is
/// missing or does not add up.
func tmTensorOperandGroups(_ op: Operation) -> (ins: [Value], outs: [Value])? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 2,
    let groups = splitSegments(op.operandValues, sizes)
  else { return nil }
  return (groups[0], groups[1])
}

// MARK: Parsing

/// The keywords and groups of each op's format, in order.
private func parseTMTensorOp(_ name: String, _ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  switch name {
  case "scan":
    try parseIntegerClause(p, "dimension", into: &state)
    try p.parseKeyword("inclusive")
    try p.parsePunctuation("(")
    state.addAttribute("inclusive", try parseBoolAttr(p))
    try p.parsePunctuation(")")
    try p.parseOptionalAttrDict(into: &state.attributes)
  case "scatter":
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parseKeyword("unique_indices")
    try p.parsePunctuation("(")
    state.addAttribute("unique_indices", try parseBoolAttr(p))
    try p.parsePunctuation(")")
  case "sort", "topk":
    try p.parseOptionalAttrDict(into: &state.attributes)
    try parseIntegerClause(p, "dimension", into: &state)
  default:
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  // `ins` is optional for scatter and sort only.
  var ins: [Value] = []
  if name == "scatter" || name == "sort" {
    if p.parseOptionalKeyword("ins") { ins = try parseOperandGroup(p) }
  } else {
    try p.parseKeyword("ins")
    ins = try parseOperandGroup(p)
  }
  try p.parseKeyword("outs")
  let outs = try parseOperandGroup(p)
  if name != "attention" {
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    ensureImplicitTerminator(region, "tm_tensor.yield", ctx, state.location)
  }
  if p.parseOptionalPunctuation("->") {
    var types = [try p.parseType()]
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
    state.resultTypes = types
  }
  state.operands = ins + outs
  state.addAttribute("operandSegmentSizes", denseI32Array(ctx, [ins.count, outs.count]))
}

/// `keyword ( integer )`, an I64Attr.
private func parseIntegerClause(_ p: any OpAsmParser, _ keyword: String, into state: inout OperationState) throws {
  try p.parseKeyword(keyword)
  try p.parsePunctuation("(")
  let loc = p.currentLocation
  let a = try p.parseAttribute(type: p.context.integerType(64))
  guard case .integer = a.kind else { throw p.error(at: loc, "invalid kind of attribute specified") }
  state.addAttribute(keyword, a)
  try p.parsePunctuation(")")
}

/// A BoolAttr: `true` / `false`, or an integer read as i1 (MLIR's BoolAttr
/// is an i1 IntegerAttr, so `inclusive(1)` is `inclusive(true)`).
private func parseBoolAttr(_ p: any OpAsmParser) throws -> Attribute {
  let loc = p.currentLocation
  let a = try p.parseAttribute(type: p.context.integerType(1))
  switch a.kind {
  case .bool: return a
  case .integer(let v, let t) where t.isInteger(width: 1): return p.context.boolAttr(!v.isZero)
  default: throw p.error(at: loc, "invalid kind of attribute specified")
  }
}

/// `( %a, %b : t1, t2 )`.
private func parseOperandGroup(_ p: any OpAsmParser) throws -> [Value] {
  try p.parsePunctuation("(")
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  try p.parsePunctuation(":")
  var types = [try p.parseType()]
  while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  try p.parsePunctuation(")")
  if operands.count != types.count {
    throw p.error(at: loc,
      "number of operands and types do not match: got \(operands.count) operands and \(types.count) types")
  }
  return try p.resolveOperands(operands, types, at: loc)
}

// MARK: Printing

private func printTMTensorOp(_ name: String, _ op: Operation, _ p: any OpAsmPrinter) {
  guard let (ins, outs) = tmTensorOperandGroups(op) else { return }
  let attrs = allAttributes(op)
  switch name {
  case "scan":
    printClause(p, "dimension", op.attr("dimension"))
    printClause(p, "inclusive", op.attr("inclusive"))
    p.printOptionalAttrDict(attrs, elided: ["dimension", "inclusive", "operandSegmentSizes"])
  case "scatter":
    p.printOptionalAttrDict(attrs, elided: ["unique_indices", "operandSegmentSizes"])
    printClause(p, "unique_indices", op.attr("unique_indices"))
  case "sort", "topk":
    p.printOptionalAttrDict(attrs, elided: ["dimension", "operandSegmentSizes"])
    printClause(p, "dimension", op.attr("dimension"))
  default:
    p.printOptionalAttrDict(attrs, elided: ["operandSegmentSizes"])
  }
  if !ins.isEmpty || !(name == "scatter" || name == "sort") { printGroup(p, "ins", ins) }
  printGroup(p, "outs", outs)
  if name != "attention", let region = op.regions.first {
    p.write(" ")
    p.printRegion(region, printEntryBlockArgs: true, printBlockTerminators: !isElidableTerminator(region),
      printEmptyBlock: false)
  }
  if op.numResults > 0 {
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
}

private func printClause(_ p: any OpAsmPrinter, _ keyword: String, _ value: Attribute?) {
  p.write(" \(keyword)(")
  if let value { p.printAttributeWithoutType(value) }
  p.write(")")
}

private func printGroup(_ p: any OpAsmPrinter, _ keyword: String, _ values: [Value]) {
  p.write(" \(keyword)(")
  p.printOperands(values)
  p.write(" : ")
  p.printTypeList(values.map(\.type))
  p.write(")")
}
