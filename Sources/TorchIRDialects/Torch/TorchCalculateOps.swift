// Shape and dtype calculation regions (torch.shape.calculate,
// torch.dtype.calculate and their terminators), torch.runtime.assert, and
// the symbolic shape ops of torch.export (torch.symbolic_int,
// torch.bind_symbolic_shape).

import TorchIRCore

func torchCalculateOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self
  var defs: [TorchOpDef] = []

  for (kind, keyword, yieldName, listConstraint, noun) in [
    ("shape", "shapes", "shapes", C.listOfInt, "shapes"),
    ("dtype", "dtypes", "dtypes", C.int, "dtypes"),
  ] {
    let opName = "torch.\(kind).calculate"
    var calc = TorchOpDef(opName)
    calc.results = [TorchValueDef("results", C.anyTorch, .variadic)]
    calc.regionCount = 2
    calc.parse = { p, state in
      let body = state.addRegion()
      try p.parseRegion(body, arguments: [], enableNameShadowing: false)
      try p.parseKeyword(keyword)
      let calculation = state.addRegion()
      try p.parseRegion(calculation, arguments: [], enableNameShadowing: false)
      try p.parseOptionalAttrDict(into: &state.attributes)
      try p.parsePunctuation(":")
      state.resultTypes = try p.parseTypeList()
    }
    calc.print = { op, p in
      guard op.regions.count == 2 else { return }
      p.write(" ")
      p.printRegion(op.region(0), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
      p.write(" \(keyword) ")
      p.printRegion(op.region(1), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
      p.printAttrDict(op)
      p.write(" : ")
      p.printTypeList(op.resultTypes)
    }
    calc.verify = { op in try verifySizedRegions(op, ["body", "calculation"]) }
    calc.verifyRegions = { op in try verifyRegionEdges(op, calculateRegionEdges(op, yield: "\(opName).yield")) }
    defs.append(calc)

    var yield = TorchOpDef("\(opName).yield", traits: [.isTerminator, .returnLike, .hasParent])
    yield.operands = [TorchValueDef("results", C.anyTorch, .variadic)]
    yield.parse = parseAttrDictThenOptionalOperands
    yield.print = printAttrDictThenOptionalOperands
    yield.verify = { op in try verifyParent(op, opName) }
    defs.append(yield)

    var yieldValues = TorchOpDef("\(opName).yield.\(yieldName)", traits: [.isTerminator, .hasParent])
    yieldValues.operands = [TorchValueDef("results", listConstraint, .variadic)]
    yieldValues.parse = parseAttrDictThenOptionalOperands
    yieldValues.print = printAttrDictThenOptionalOperands
    yieldValues.verify = { op in
      try verifyParent(op, opName)
      if let parent = op.parentOp, parent.numResults != op.numOperands {
        throw OpVerifyError("expected number of \(noun) to match number of results")
      }
    }
    defs.append(yieldValues)
  }

  var assert = TorchOpDef("torch.runtime.assert")
  assert.attributes = [TorchAttrDef("message", .string)]
  assert.operands = [TorchValueDef("condition", C.bool)]
  assert.parse = { p, state in
    let cond = try p.parseOperand()
    try p.parsePunctuation(",")
    state.addAttribute("message", try parseStringAttr(p))
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(cond, TorchSimpleType.bool.type(in: p.context))]
  }
  assert.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.write(", ")
    if let m = op.attr("message") { p.printAttributeWithoutType(m) }
    p.printAttrDict(op, elided: ["message"])
  }
  assert.patterns = [ClosurePattern("torch.runtime.assert", name: "EraseTrueRuntimeAssert") { op, rewriter in
    // A statically false assert is kept: it may never execute.
    guard op.numOperands == 1, torchConstantBool(op.operand(0)) == true else { return false }
    rewriter.eraseOp(op)
    return true
  }]
  defs.append(assert)

  var symbolicInt = TorchOpDef("torch.symbolic_int", traits: [.pure])
  symbolicInt.attributes = [
    TorchAttrDef("symbol_name", .string), TorchAttrDef("min_val", .i64), TorchAttrDef("max_val", .i64),
  ]
  symbolicInt.results = [TorchValueDef("result", C.int)]
  symbolicInt.parse = { p, state in
    let ctx = p.context
    state.addAttribute("symbol_name", try parseStringAttr(p))
    try p.parsePunctuation("{")
    try p.parseKeyword("min_val")
    try p.parsePunctuation("=")
    state.addAttribute("min_val", try parseI64Attr(p))
    try p.parsePunctuation(",")
    try p.parseKeyword("max_val")
    try p.parsePunctuation("=")
    state.addAttribute("max_val", try parseI64Attr(p))
    try p.parsePunctuation("}")
    try p.parseOptionalAttrDict(into: &state.attributes)
    let loc = p.currentLocation
    let t = try p.parseColonType()
    guard TorchSimpleType(t) == .int else {
      throw p.error(at: loc, "invalid kind of type specified: expected torch.int, but found '\(t)'")
    }
    state.resultTypes = [TorchSimpleType.int.type(in: ctx)]
  }
  symbolicInt.print = { op, p in
    p.write(" ")
    if let s = op.attr("symbol_name") { p.printAttributeWithoutType(s) }
    p.write(" {min_val = ")
    if let v = op.attr("min_val") { p.printAttributeWithoutType(v) }
    p.write(", max_val = ")
    if let v = op.attr("max_val") { p.printAttributeWithoutType(v) }
    p.write("}")
    p.printAttrDict(op, elided: ["symbol_name", "min_val", "max_val"])
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(symbolicInt)

  var bind = TorchOpDef("torch.bind_symbolic_shape")
  bind.attributes = [TorchAttrDef("shape_expressions", .affineMap)]
  bind.operands = [TorchValueDef("operand", C.valueTensor), TorchValueDef("shape_symbols", C.int, .variadic)]
  bind.parse = { p, state in
    let operand = try p.parseOperand()
    try p.parsePunctuation(",")
    let loc = p.currentLocation
    let symbols = try p.parseOperandList(.square)
    try p.parsePunctuation(",")
    let mapLoc = p.currentLocation
    let map = try p.parseAttribute(type: nil)
    guard case .affineMap = map.kind else { throw p.error(at: mapLoc, "invalid kind of attribute specified") }
    state.addAttribute("shape_expressions", map)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let type = try p.parseColonType()
    let int = TorchSimpleType.int.type(in: p.context)
    state.operands = [try p.resolveOperand(operand, type)]
      + (try p.resolveOperands(symbols, Array(repeating: int, count: symbols.count), at: loc))
  }
  bind.print = { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(", [")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write("], ")
    // Written in place, never through a `#map` alias.
    if let m = op.attr("shape_expressions") { p.write(m.description) }
    p.printAttrDict(op, elided: ["shape_expressions"])
    p.write(" : ")
    p.printType(op.operand(0).type)
  }
  bind.verify = { op in
    guard case .affineMap(let map)? = op.attr("shape_expressions")?.kind else { return }
    if op.numOperands - 1 != map.numSymbols {
      throw OpVerifyError(
        "requires equal number of shape symbol args and symbol args to the attached affine map, since they are 1:1 mapped")
    }
    for s in op.operandValues.dropFirst() where s.definingOp?.name.name != "torch.symbolic_int" {
      throw OpVerifyError("shape symbol must be produced by a SymbolicIntOp")
    }
  }
  defs.append(bind)

  return defs
}

/// An integer attribute of type i64 (`5`, `-3`, `5 : i64`).
func parseI64Attr(_ p: any OpAsmParser) throws -> Attribute {
  let loc = p.currentLocation
  let a = try p.parseAttribute(type: p.context.integerType(64))
  guard case .integer(_, let t) = a.kind, t.isSignlessInteger, t.isInteger(width: 64) else {
    throw p.error(at: loc, "invalid kind of attribute specified")
  }
  return a
}
