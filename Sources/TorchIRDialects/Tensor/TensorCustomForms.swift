// Hand-written custom forms of the tensor ops declared `format custom` in
// Specs/Tensor.spec. Each pair follows the op's assembly format in
// TensorOps.td; the printed spacing is what torch-mlir-opt prints (see the
// fixtures in Tests/Fixtures/tensor).

import TorchIRCore

typealias ShapedOpParser = (any OpAsmParser, inout OperationState) throws -> Void
typealias ShapedOpPrinter = (Operation, any OpAsmPrinter) -> Void

/// Parses `:` then a ranked tensor type (reported where it starts).
private func parseColonRankedTensor(_ p: any OpAsmParser) throws -> (Type, [Int64], Type) {
  try p.parsePunctuation(":")
  return try parseRankedTensor(p)
}

private func parseRankedTensor(_ p: any OpAsmParser) throws -> (Type, [Int64], Type) {
  let loc = p.currentLocation
  let t = try p.parseType()
  guard case .rankedTensor(let shape, let element, _) = t.kind else {
    throw p.error(at: loc, "invalid kind of type specified: expected builtin.tensor, but found '\(t)'")
  }
  return (t, shape, element)
}

/// Operands then optional attr-dict and `: functional-type`; the operand
/// types come from the function type.
private func parseFunctionalTail(
  _ p: any OpAsmParser, _ state: inout OperationState, _ operands: [UnresolvedOperand], _ loc: Location
) throws {
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let typeLoc = p.currentLocation
  let t = try p.parseType()
  guard case .function(let inputs, let results) = t.kind else {
    throw p.error(at: typeLoc, "invalid kind of type specified: expected builtin.function, but found '\(t)'")
  }
  state.operands += try p.resolveOperands(operands, inputs, at: loc)
  state.resultTypes = results
}

private func printFunctionalTail(_ op: Operation, _ p: any OpAsmPrinter, elided: [String]) {
  printShapedAttrDict(op, p, elided: elided)
  p.write(" : ")
  p.printType(op.context.functionType(op.operandTypes, op.resultTypes))
}

/// `[i, i]` of a DenseI64ArrayAttr (gather_dims, scatter_dims).
private func parseI64List(_ p: any OpAsmParser) throws -> Attribute {
  var values: [Int64] = []
  try p.parseCommaSeparatedList(.square) { values.append(try p.parseInteger()) }
  return denseI64ArrayAttr(p.context, values)
}

private func printI64List(_ p: any OpAsmPrinter, _ attr: Attribute?) {
  p.write("[" + (denseI64ArrayValues(attr) ?? []).map(String.init).joined(separator: ", ") + "]")
}

/// The three lists of an OffsetSizeAndStride op, parsed in order.
private func parseOffsetsSizesStrides(
  _ p: any OpAsmParser, _ state: inout OperationState
) throws -> [ParsedDynamicIndexList] {
  let lists = [try parseDynamicIndexList(p), try parseDynamicIndexList(p), try parseDynamicIndexList(p)]
  state.addAttribute("static_offsets", denseI64ArrayAttr(p.context, lists[0].statics))
  state.addAttribute("static_sizes", denseI64ArrayAttr(p.context, lists[1].statics))
  state.addAttribute("static_strides", denseI64ArrayAttr(p.context, lists[2].statics))
  return lists
}

/// Offsets, sizes and strides of a slice-like op whose index operands
/// follow `leading` single operands; nil when malformed.
func sliceLists(_ op: Operation, leading: Int) -> (offsets: [Value], sizes: [Value], strides: [Value])? {
  guard let g = operandSegments(op, count: leading + 3) else { return nil }
  return (g[leading], g[leading + 1], g[leading + 2])
}

private func printOffsetsSizesStrides(_ op: Operation, _ p: any OpAsmPrinter, leading: Int) {
  let lists = sliceLists(op, leading: leading) ?? ([], [], [])
  printDynamicIndexList(p, values: lists.offsets, statics: denseI64ArrayValues(op.attr("static_offsets")) ?? [])
  p.write(" ")
  printDynamicIndexList(p, values: lists.sizes, statics: denseI64ArrayValues(op.attr("static_sizes")) ?? [])
  p.write(" ")
  printDynamicIndexList(p, values: lists.strides, statics: denseI64ArrayValues(op.attr("static_strides")) ?? [])
}

private let sliceAttributes = ["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"]

func installTensorCustomForms(_ h: inout DialectHooks) {
  func add(_ name: String, _ parse: @escaping ShapedOpParser, _ print: @escaping ShapedOpPrinter) {
    h.parsers["tensor." + name] = parse
    h.printers["tensor." + name] = print
  }

  // `dim(d) %a, %b attr-dict : (types) -> type`
  add("concat", { p, state in
    try p.parseKeyword("dim")
    try p.parsePunctuation("(")
    let dim = try p.parseInteger()
    try p.parsePunctuation(")")
    state.addAttribute("dim", p.context.integerAttr(dim, p.context.integerType(64)))
    let loc = p.currentLocation
    let inputs = try p.parseOperandList(.none)
    try parseFunctionalTail(p, &state, inputs, loc)
  }, { op, p in
    p.write(" dim(")
    if case .integer(let v, _)? = op.attr("dim")?.kind { p.write(String(v.asInt64)) }
    p.write(")")
    // Generated printers space before a variadic operand list even when empty.
    p.write(" ")
    p.printOperands(op.operandValues)
    printFunctionalTail(op, p, elided: ["dim"])
  })

  // `attr-dict $source, $index : type($source)`
  add("dim", { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    let source = try p.parseOperand()
    try p.parsePunctuation(",")
    let index = try p.parseOperand()
    let t = try p.parseColonType()
    let ctx = p.context
    state.operands = [try p.resolveOperand(source, t), try p.resolveOperand(index, ctx.type(.index))]
    state.resultTypes = [ctx.type(.index)]
  }, { op, p in
    printShapedAttrDict(op, p)
    p.write(" ")
    p.printOperands(op.operandValues)
    p.write(" : ")
    if op.numOperands > 0 { p.printType(op.operand(0).type) }
  })

  // `(` $dynamicSizes `)` attr-dict `:` type($result)
  add("empty", { p, state in
    let loc = p.currentLocation
    let sizes = try p.parseOperandList(.paren)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, _) = try parseColonRankedTensor(p)
    state.operands = try p.resolveOperands(sizes, Array(repeating: p.context.type(.index), count: sizes.count), at: loc)
    state.resultTypes = [t]
  }, { op, p in
    p.write("(")
    p.printOperands(op.operandValues)
    p.write(")")
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  })

  // $src $reassociation `output_shape` custom<DynamicIndexList> attr-dict `:` type($src) `into` type($result)
  add("expand_shape", { p, state in try parseExpandShape(p, &state, container: .tensor) }, printExpandShape)
  add("collapse_shape", { p, state in try parseCollapseShape(p, &state, container: .tensor) }, printCollapseShape)

  // $tensor `[` $indices `]` attr-dict `:` type($tensor)
  add("extract", { p, state in
    let tensor = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, element) = try parseColonRankedTensor(p)
    let index = p.context.type(.index)
    state.operands = [try p.resolveOperand(tensor, t)]
      + (try p.resolveOperands(indices, Array(repeating: index, count: indices.count), at: loc))
    state.resultTypes = [element]
  }, { op, p in
    guard op.numOperands > 0 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write("]")
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(0).type)
  })

  // $source `` offsets sizes strides attr-dict `:` type($source) `to` type($result)
  add("extract_slice", { p, state in
    let source = try p.parseOperand()
    let lists = try parseOffsetsSizesStrides(p, &state)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (st, _, _) = try parseColonRankedTensor(p)
    try p.parseKeyword("to")
    let (rt, _, _) = try parseRankedTensor(p)
    let index = p.context.type(.index)
    state.operands = [try p.resolveOperand(source, st)]
    for l in lists { state.operands += try l.resolve(p, type: index) }
    state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [1] + lists.map { $0.values.count }))
    state.resultTypes = [rt]
  }, { op, p in
    guard op.numOperands > 0, op.numResults == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    printOffsetsSizesStrides(op, p, leading: 1)
    printShapedAttrDict(op, p, elided: sliceAttributes)
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  })

  // $elements attr-dict `:` type($result)
  add("from_elements", { p, state in
    let loc = p.currentLocation
    let elements = try p.parseOperandList(.none)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, element) = try parseColonRankedTensor(p)
    // One operand per element (FromElementsOp's parser expands the types).
    let count = wrappingElementCount(t) ?? elements.count
    if count != elements.count || count < 0 {
      throw p.error(at: loc, "number of operands and types do not match: got \(elements.count) operands and \(count) types")
    }
    state.operands = try p.resolveOperands(elements, Array(repeating: element, count: count), at: loc)
    state.resultTypes = [t]
  }, { op, p in
    // Generated printers space before a variadic operand list even when empty.
    p.write(" ")
    p.printOperands(op.operandValues)
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  })

  // $source `[` $indices `]` `gather_dims` `(` $gather_dims `)` (`unique` $unique^)? attr-dict `:` functional-type
  add("gather", { p, state in
    let loc = p.currentLocation
    let source = try p.parseOperand()
    try p.parsePunctuation("[")
    let indices = try p.parseOperand()
    try p.parsePunctuation("]")
    try p.parseKeyword("gather_dims")
    try p.parsePunctuation("(")
    state.addAttribute("gather_dims", try parseI64List(p))
    try p.parsePunctuation(")")
    if p.parseOptionalKeyword("unique") { state.addAttribute("unique", p.context.unitAttr) }
    try parseFunctionalTail(p, &state, [source, indices], loc)
  }, { op, p in
    guard op.numOperands == 2 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperand(op.operand(1))
    p.write("] gather_dims(")
    printI64List(p, op.attr("gather_dims"))
    p.write(")")
    if op.attr("unique") != nil { p.write(" unique") }
    printFunctionalTail(op, p, elided: ["gather_dims", "unique"])
  })

  // $dynamicExtents $body attr-dict `:` type($result)
  add("generate", { p, state in
    let loc = p.currentLocation
    let extents = try p.parseOperandList(.none)
    let body = state.addRegion()
    try p.parseRegion(body, arguments: [], enableNameShadowing: false)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, _) = try parseColonRankedTensor(p)
    state.operands = try p.resolveOperands(extents, Array(repeating: p.context.type(.index), count: extents.count), at: loc)
    state.resultTypes = [t]
  }, { op, p in
    // Generated printers space before a variadic operand list even when empty.
    p.write(" ")
    p.printOperands(op.operandValues)
    if op.regions.count == 1 {
      p.write(" ")
      p.printRegion(op.region(0), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    }
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  })

  // $scalar `into` $dest `[` $indices `]` attr-dict `:` type($dest)
  add("insert", { p, state in
    let scalar = try p.parseOperand()
    try p.parseKeyword("into")
    let dest = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, element) = try parseColonRankedTensor(p)
    state.operands = [try p.resolveOperand(scalar, element), try p.resolveOperand(dest, t)]
      + (try p.resolveOperands(indices, Array(repeating: p.context.type(.index), count: indices.count), at: loc))
    state.resultTypes = [t]
  }, { op, p in
    guard op.numOperands >= 2 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" into ")
    p.printOperand(op.operand(1))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst(2)))
    p.write("]")
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(1).type)
  })

  add("insert_slice", { p, state in try parseInsertSlice(p, &state, hasResult: true) }, printInsertSlice)
  add("parallel_insert_slice", { p, state in try parseInsertSlice(p, &state, hasResult: false) }, printInsertSlice)

  // $source (`nofold` $nofold^)? `low` `` low `high` `` high $region attr-dict `:` type($source) `to` type($result)
  add("pad", { p, state in
    let source = try p.parseOperand()
    if p.parseOptionalKeyword("nofold") { state.addAttribute("nofold", p.context.unitAttr) }
    try p.parseKeyword("low")
    let low = try parseDynamicIndexList(p)
    try p.parseKeyword("high")
    let high = try parseDynamicIndexList(p)
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (st, _, _) = try parseColonRankedTensor(p)
    try p.parseKeyword("to")
    let (rt, _, _) = try parseRankedTensor(p)
    let index = p.context.type(.index)
    state.operands = [try p.resolveOperand(source, st)] + (try low.resolve(p, type: index)) + (try high.resolve(p, type: index))
    state.addAttribute("static_low", denseI64ArrayAttr(p.context, low.statics))
    state.addAttribute("static_high", denseI64ArrayAttr(p.context, high.statics))
    state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [1, low.values.count, high.values.count]))
    state.resultTypes = [rt]
  }, { op, p in
    guard op.numOperands > 0, op.numResults == 1 else { return }
    let g = operandSegments(op, count: 3) ?? [[], [], []]
    p.write(" ")
    p.printOperand(op.operand(0))
    if op.attr("nofold") != nil { p.write(" nofold") }
    p.write(" low")
    printDynamicIndexList(p, values: g[1], statics: denseI64ArrayValues(op.attr("static_low")) ?? [])
    p.write(" high")
    printDynamicIndexList(p, values: g[2], statics: denseI64ArrayValues(op.attr("static_high")) ?? [])
    if op.regions.count == 1 {
      p.write(" ")
      p.printRegion(op.region(0), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    }
    printShapedAttrDict(op, p, elided: ["nofold", "static_low", "static_high", "operandSegmentSizes"])
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  })

  // $tensor attr-dict `:` type($tensor)
  add("rank", { p, state in
    let t = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    let type = try p.parseColonType()
    state.operands = [try p.resolveOperand(t, type)]
    state.resultTypes = [p.context.type(.index)]
  }, { op, p in
    guard op.numOperands == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(0).type)
  })

  // $source `into` $dest `[` $indices `]` `scatter_dims` `(` $scatter_dims `)` (`unique` $unique^)? attr-dict `:` functional-type
  add("scatter", { p, state in
    let loc = p.currentLocation
    let source = try p.parseOperand()
    try p.parseKeyword("into")
    let dest = try p.parseOperand()
    try p.parsePunctuation("[")
    let indices = try p.parseOperand()
    try p.parsePunctuation("]")
    try p.parseKeyword("scatter_dims")
    try p.parsePunctuation("(")
    state.addAttribute("scatter_dims", try parseI64List(p))
    try p.parsePunctuation(")")
    if p.parseOptionalKeyword("unique") { state.addAttribute("unique", p.context.unitAttr) }
    try parseFunctionalTail(p, &state, [source, dest, indices], loc)
  }, { op, p in
    guard op.numOperands == 3 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" into ")
    p.printOperand(op.operand(1))
    p.write("[")
    p.printOperand(op.operand(2))
    p.write("] scatter_dims(")
    printI64List(p, op.attr("scatter_dims"))
    p.write(")")
    if op.attr("unique") != nil { p.write(" unique") }
    printFunctionalTail(op, p, elided: ["scatter_dims", "unique"])
  })

  // $input (`[` $dynamicSizes^ `]`)? attr-dict `:` type($aggregate)
  add("splat", { p, state in
    let input = try p.parseOperand()
    let loc = p.currentLocation
    var sizes: [UnresolvedOperand] = []
    if p.parseOptionalPunctuation("[") {
      sizes = try p.parseOperandList(.none)
      try p.parsePunctuation("]")
    }
    try p.parseOptionalAttrDict(into: &state.attributes)
    let (t, _, element) = try parseColonRankedTensor(p)
    state.operands = [try p.resolveOperand(input, element)]
      + (try p.resolveOperands(sizes, Array(repeating: p.context.type(.index), count: sizes.count), at: loc))
    state.resultTypes = [t]
  }, { op, p in
    guard op.numOperands > 0 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    if op.numOperands > 1 {
      p.write("[")
      p.printOperands(Array(op.operandValues.dropFirst()))
      p.write("]")
    }
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  })
}

// MARK: Forms shared with memref

enum ShapedContainer { case tensor, memref }

/// `$src $reassociation output_shape [..] attr-dict : type($src) into type($result)`
/// A ranked tensor or a memref type, as the reshape ops' type parsers want.
private func parseShapedType(_ p: any OpAsmParser, _ container: ShapedContainer) throws -> Type {
  let loc = p.currentLocation
  let t = try p.parseType()
  switch (container, t.kind) {
  case (.tensor, .rankedTensor), (.memref, .memref): return t
  case (.tensor, _):
    throw p.error(at: loc, "invalid kind of type specified: expected builtin.tensor, but found '\(t)'")
  case (.memref, _):
    throw p.error(at: loc, "invalid kind of type specified: expected builtin.memref, but found '\(t)'")
  }
}

/// `$src $reassociation attr-dict : type($src) into type($result)`
func parseCollapseShape(_ p: any OpAsmParser, _ state: inout OperationState, container: ShapedContainer) throws {
  let src = try p.parseOperand()
  state.addAttribute("reassociation", try parseReassociation(p))
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let st = try parseShapedType(p, container)
  try p.parseKeyword("into")
  let rt = try parseShapedType(p, container)
  state.operands = [try p.resolveOperand(src, st)]
  state.resultTypes = [rt]
}

func printCollapseShape(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands == 1, op.numResults == 1 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  p.write(" ")
  if let r = op.attr("reassociation") { p.printAttribute(r) }
  printShapedAttrDict(op, p, elided: ["reassociation"])
  p.write(" : ")
  p.printType(op.operand(0).type)
  p.write(" into ")
  p.printType(op.result(0).type)
}

func parseExpandShape(_ p: any OpAsmParser, _ state: inout OperationState, container: ShapedContainer) throws {
  let src = try p.parseOperand()
  state.addAttribute("reassociation", try parseReassociation(p))
  try p.parseKeyword("output_shape")
  let shape = try parseDynamicIndexList(p)
  state.addAttribute("static_output_shape", denseI64ArrayAttr(p.context, shape.statics))
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let st = try parseShapedType(p, container)
  try p.parseKeyword("into")
  let rt = try parseShapedType(p, container)
  state.operands = [try p.resolveOperand(src, st)] + (try shape.resolve(p, type: p.context.type(.index)))
  state.resultTypes = [rt]
}

func printExpandShape(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands > 0, op.numResults == 1 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  p.write(" ")
  if let r = op.attr("reassociation") { p.printAttribute(r) }
  p.write(" output_shape ")
  printDynamicIndexList(
    p, values: Array(op.operandValues.dropFirst()), statics: denseI64ArrayValues(op.attr("static_output_shape")) ?? [])
  printShapedAttrDict(op, p, elided: ["reassociation", "static_output_shape"])
  p.write(" : ")
  p.printType(op.operand(0).type)
  p.write(" into ")
  p.printType(op.result(0).type)
}

/// `$source into $dest `` offsets sizes strides attr-dict : type($source) into type($dest)`
private func parseInsertSlice(_ p: any OpAsmParser, _ state: inout OperationState, hasResult: Bool) throws {
  let source = try p.parseOperand()
  try p.parseKeyword("into")
  let dest = try p.parseOperand()
  let lists = try parseOffsetsSizesStrides(p, &state)
  try p.parseOptionalAttrDict(into: &state.attributes)
  let (st, _, _) = try parseColonRankedTensor(p)
  try p.parseKeyword("into")
  let (dt, _, _) = try parseRankedTensor(p)
  let index = p.context.type(.index)
  state.operands = [try p.resolveOperand(source, st), try p.resolveOperand(dest, dt)]
  for l in lists { state.operands += try l.resolve(p, type: index) }
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [1, 1] + lists.map { $0.values.count }))
  if hasResult { state.resultTypes = [dt] }
}

private func printInsertSlice(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands >= 2 else { return }
  p.write(" ")
  p.printOperand(op.operand(0))
  p.write(" into ")
  p.printOperand(op.operand(1))
  printOffsetsSizesStrides(op, p, leading: 2)
  printShapedAttrDict(op, p, elided: sliceAttributes)
  p.write(" : ")
  p.printType(op.operand(0).type)
  p.write(" into ")
  p.printType(op.operand(1).type)
}
