// Hand-written custom forms of the memref ops declared `format custom` in
// Specs/MemRef.spec, following each op's assembly format in MemRefOps.td
// (spacing checked against torch-mlir-opt, see Tests/Fixtures/memref).

import TorchIRCore

/// Parses a memref type (ranked), reporting other types as MLIR's typed
/// parsers do.
private func parseMemRefType(_ p: any OpAsmParser) throws -> Type {
  let loc = p.currentLocation
  let t = try p.parseType()
  guard case .memref = t.kind else {
    throw p.error(at: loc, "invalid kind of type specified: expected builtin.memref, but found '\(t)'")
  }
  return t
}

/// `nontemporal = false` is the default and stays out of custom forms.
private func elidedDefaults(_ op: Operation) -> [String] {
  if case .bool(false)? = op.attr("nontemporal")?.kind { return ["nontemporal"] }
  return []
}

private func indexTypes(_ p: any OpAsmParser, _ n: Int) -> [Type] { Array(repeating: p.context.indexType, count: n) }

func installMemRefCustomForms(_ h: inout DialectHooks) {
  func add(_ name: String, _ parse: @escaping ShapedOpParser, _ print: @escaping ShapedOpPrinter) {
    h.parsers["memref." + name] = parse
    h.printers["memref." + name] = print
  }

  // `(` $dynamicSizes `)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)
  for name in ["alloc", "alloca"] {
    add(name, { p, state in
      let loc = p.currentLocation
      let sizes = try p.parseOperandList(.paren)
      let symbols = try p.parseOperandList(.optionalSquare)
      try p.parseOptionalAttrDict(into: &state.attributes)
      try p.parsePunctuation(":")
      let t = try parseMemRefType(p)
      state.operands = try p.resolveOperands(sizes + symbols, indexTypes(p, sizes.count + symbols.count), at: loc)
      state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [sizes.count, symbols.count]))
      state.resultTypes = [t]
    }, { op, p in
      let g = operandSegments(op, count: 2) ?? [op.operandValues, []]
      p.write("(")
      p.printOperands(g[0])
      p.write(")")
      if !g[1].isEmpty {
        p.write("[")
        p.printOperands(g[1])
        p.write("]")
      }
      printShapedAttrDict(op, p, elided: ["operandSegmentSizes"])
      p.write(" : ")
      p.printTypeList(op.resultTypes)
    })
  }

  // $memref `,` $alignment attr-dict `:` type($memref)
  add("assume_alignment", { p, state in
    let m = try p.parseOperand()
    try p.parsePunctuation(",")
    let a = try p.parseInteger()
    state.addAttribute("alignment", p.context.integerAttr(a, p.context.integerType(32)))
    try p.parseOptionalAttrDict(into: &state.attributes)
    let t = try p.parseColonType()
    state.operands = [try p.resolveOperand(m, t)]
    state.resultTypes = [t]
  }, { op, p in
    guard op.numOperands == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(", ")
    if case .integer(let v, _)? = op.attr("alignment")?.kind { p.write(String(v.asInt64)) }
    printShapedAttrDict(op, p, elided: ["alignment"])
    p.write(" : ")
    p.printType(op.operand(0).type)
  })

  add("collapse_shape", { p, state in try parseCollapseShape(p, &state, container: .memref) }, printCollapseShape)
  add("expand_shape", { p, state in try parseExpandShape(p, &state, container: .memref) }, printExpandShape)

  // attr-dict $source `,` $index `:` type($source)
  add("dim", { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    let source = try p.parseOperand()
    try p.parsePunctuation(",")
    let index = try p.parseOperand()
    let t = try p.parseColonType()
    state.operands = [try p.resolveOperand(source, t), try p.resolveOperand(index, p.context.indexType)]
    state.resultTypes = [p.context.indexType]
  }, { op, p in
    printShapedAttrDict(op, p)
    p.write(" ")
    p.printOperands(op.operandValues)
    p.write(" : ")
    if op.numOperands > 0 { p.printType(op.operand(0).type) }
  })

  // $source `:` type($source) `->` type(results) attr-dict
  add("extract_strided_metadata", { p, state in
    let source = try p.parseOperand()
    try p.parsePunctuation(":")
    let t = try parseMemRefType(p)
    try p.parsePunctuation("->")
    var results: [Type] = [try p.parseType()]
    while p.parseOptionalPunctuation(",") { results.append(try p.parseType()) }
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(source, t)]
    state.resultTypes = results
  }, { op, p in
    guard op.numOperands == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
    printShapedAttrDict(op, p)
  })

  // ($sym_visibility^)? (`constant` $constant^)? $sym_name `:`
  // custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict
  add("global", { p, state in
    if let vis = try p.parseOptionalString() { state.addAttribute("sym_visibility", p.context.stringAttr(vis)) }
    if p.parseOptionalKeyword("constant") { state.addAttribute("constant", p.context.unitAttr) }
    let name = try p.parseSymbolName()
    state.addAttribute("sym_name", p.context.stringAttr(name))
    try p.parsePunctuation(":")
    let typeLoc = p.currentLocation
    let t = try p.parseType()
    guard case .memref(let shape, let element, _, _) = t.kind, !shape.contains(kDynamic) else {
      throw p.error(at: typeLoc, "type should be static shaped memref, but got '\(t)'")
    }
    state.addAttribute("type", p.context.typeAttr(t))
    if p.parseOptionalPunctuation("=") {
      if p.parseOptionalKeyword("uninitialized") {
        state.addAttribute("initial_value", p.context.unitAttr)
      } else {
        let tensorType = p.context.tensorType(shape, element)
        let loc = p.currentLocation
        let value = try p.parseAttribute(type: tensorType)
        switch value.kind {
        case .denseElements, .denseResource, .denseStrings, .sparseElements: break
        default: throw p.error(at: loc, "initial value should be a unit or elements attribute")
        }
        state.addAttribute("initial_value", value)
      }
    }
    try p.parseOptionalAttrDict(into: &state.attributes)
  }, { op, p in
    if let vis = op.attr("sym_visibility")?.stringValue {
      p.write(" ")
      p.printString(vis)
    }
    if op.attr("constant") != nil { p.write(" constant") }
    p.write(" ")
    p.printSymbolName(op.attr("sym_name")?.stringValue ?? "")
    p.write(" : ")
    if let t = op.attr("type")?.typeValue { p.printType(t) }
    if let v = op.attr("initial_value") {
      p.write(" = ")
      if v.isUnit { p.write("uninitialized") } else { p.printAttributeWithoutType(v) }
    }
    printShapedAttrDict(op, p, elided: ["sym_visibility", "constant", "sym_name", "type", "initial_value"])
  })

  // $memref `[` $indices `]` attr-dict `:` type($memref)
  add("load", { p, state in
    let m = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let t = try parseMemRefType(p)
    state.operands = [try p.resolveOperand(m, t)] + (try p.resolveOperands(indices, indexTypes(p, indices.count), at: loc))
    state.resultTypes = [t.elementType ?? t]
  }, { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write("]")
    printShapedAttrDict(op, p, elided: elidedDefaults(op))
    p.write(" : ")
    p.printType(op.operand(0).type)
  })

  // $memref attr-dict `:` type($memref)
  add("rank", { p, state in
    let m = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    let t = try p.parseColonType()
    state.operands = [try p.resolveOperand(m, t)]
    state.resultTypes = [p.context.indexType]
  }, { op, p in
    guard op.numOperands == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(0).type)
  })

  // $source `to` `offset` `` `:` offsets `` `,` `sizes` `` `:` sizes `` `,`
  // `strides` `` `:` strides attr-dict `:` type($source) `to` type($result)
  add("reinterpret_cast", { p, state in
    let source = try p.parseOperand()
    try p.parseKeyword("to")
    try p.parseKeyword("offset")
    try p.parsePunctuation(":")
    let offsets = try parseDynamicIndexList(p)
    try p.parsePunctuation(",")
    try p.parseKeyword("sizes")
    try p.parsePunctuation(":")
    let sizes = try parseDynamicIndexList(p)
    try p.parsePunctuation(",")
    try p.parseKeyword("strides")
    try p.parsePunctuation(":")
    let strides = try parseDynamicIndexList(p)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let st = try p.parseColonType()
    try p.parseKeyword("to")
    let rt = try parseMemRefType(p)
    let lists = [offsets, sizes, strides]
    state.operands = [try p.resolveOperand(source, st)]
    for l in lists { state.operands += try l.resolve(p, type: p.context.indexType) }
    state.addAttribute("static_offsets", denseI64ArrayAttr(p.context, offsets.statics))
    state.addAttribute("static_sizes", denseI64ArrayAttr(p.context, sizes.statics))
    state.addAttribute("static_strides", denseI64ArrayAttr(p.context, strides.statics))
    state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [1] + lists.map { $0.values.count }))
    state.resultTypes = [rt]
  }, { op, p in
    guard op.numOperands >= 1, op.numResults == 1 else { return }
    let lists = sliceLists(op, leading: 1) ?? ([], [], [])
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" to offset: ")
    printDynamicIndexList(p, values: lists.offsets, statics: denseI64ArrayValues(op.attr("static_offsets")) ?? [])
    p.write(", sizes: ")
    printDynamicIndexList(p, values: lists.sizes, statics: denseI64ArrayValues(op.attr("static_sizes")) ?? [])
    p.write(", strides: ")
    printDynamicIndexList(p, values: lists.strides, statics: denseI64ArrayValues(op.attr("static_strides")) ?? [])
    printShapedAttrDict(op, p, elided: ["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"])
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  })

  // $value `,` $memref `[` $indices `]` attr-dict `:` type($memref)
  add("store", { p, state in
    let value = try p.parseOperand()
    try p.parsePunctuation(",")
    let m = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let t = try parseMemRefType(p)
    state.operands = [try p.resolveOperand(value, t.elementType ?? t), try p.resolveOperand(m, t)]
      + (try p.resolveOperands(indices, indexTypes(p, indices.count), at: loc))
  }, { op, p in
    guard op.numOperands >= 2 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(", ")
    p.printOperand(op.operand(1))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst(2)))
    p.write("]")
    printShapedAttrDict(op, p, elided: elidedDefaults(op))
    p.write(" : ")
    p.printType(op.operand(1).type)
  })

  // $source `` offsets sizes strides attr-dict `:` type($source) `to` type($result)
  add("subview", { p, state in
    let source = try p.parseOperand()
    let lists = [try parseDynamicIndexList(p), try parseDynamicIndexList(p), try parseDynamicIndexList(p)]
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let st = try parseMemRefType(p)
    try p.parseKeyword("to")
    let rt = try parseMemRefType(p)
    state.operands = [try p.resolveOperand(source, st)]
    for l in lists { state.operands += try l.resolve(p, type: p.context.indexType) }
    state.addAttribute("static_offsets", denseI64ArrayAttr(p.context, lists[0].statics))
    state.addAttribute("static_sizes", denseI64ArrayAttr(p.context, lists[1].statics))
    state.addAttribute("static_strides", denseI64ArrayAttr(p.context, lists[2].statics))
    state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(p.context, [1] + lists.map { $0.values.count }))
    state.resultTypes = [rt]
  }, { op, p in
    guard op.numOperands >= 1, op.numResults == 1 else { return }
    let lists = sliceLists(op, leading: 1) ?? ([], [], [])
    p.write(" ")
    p.printOperand(op.operand(0))
    printDynamicIndexList(p, values: lists.offsets, statics: denseI64ArrayValues(op.attr("static_offsets")) ?? [])
    p.write(" ")
    printDynamicIndexList(p, values: lists.sizes, statics: denseI64ArrayValues(op.attr("static_sizes")) ?? [])
    p.write(" ")
    printDynamicIndexList(p, values: lists.strides, statics: denseI64ArrayValues(op.attr("static_strides")) ?? [])
    printShapedAttrDict(op, p, elided: ["static_offsets", "static_sizes", "static_strides", "operandSegmentSizes"])
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  })

  // $source `[` $byte_shift `]` `` `[` $sizes `]` attr-dict `:` type($source) `to` type(results)
  add("view", { p, state in
    let source = try p.parseOperand()
    try p.parsePunctuation("[")
    let shift = try p.parseOperand()
    try p.parsePunctuation("]")
    let loc = p.currentLocation
    let sizes = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let st = try parseMemRefType(p)
    try p.parseKeyword("to")
    let rt = try parseMemRefType(p)
    state.operands = [try p.resolveOperand(source, st), try p.resolveOperand(shift, p.context.indexType)]
      + (try p.resolveOperands(sizes, indexTypes(p, sizes.count), at: loc))
    state.resultTypes = [rt]
  }, { op, p in
    guard op.numOperands >= 2, op.numResults == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperand(op.operand(1))
    p.write("][")
    p.printOperands(Array(op.operandValues.dropFirst(2)))
    p.write("]")
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  })
}
