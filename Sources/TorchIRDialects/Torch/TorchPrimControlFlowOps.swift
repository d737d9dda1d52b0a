// torch.prim.If / torch.prim.If.yield and torch.prim.Loop /
// torch.prim.Loop.condition: TorchScript's structured control flow, with
// PrimIfOp's hand-written form and canonicalizations.

import TorchIRCore

func torchPrimControlFlowOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self

  var ifOp = TorchOpDef("torch.prim.If")
  ifOp.operands = [TorchValueDef("condition", C.bool)]
  ifOp.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  ifOp.regionCount = 2
  ifOp.parse = { p, state in
    let cond = try p.parseOperand()
    state.operands = [try p.resolveOperand(cond, TorchSimpleType.bool.type(in: p.context))]
    try p.parsePunctuation("->")
    state.resultTypes = try parseFunctionResultTypes(p)
    let thenRegion = state.addRegion()
    let elseRegion = state.addRegion()
    try p.parseRegion(thenRegion, arguments: [], enableNameShadowing: false)
    try p.parseKeyword("else")
    try p.parseRegion(elseRegion, arguments: [], enableNameShadowing: false)
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  ifOp.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.write(" -> (")
    p.printTypeList(op.resultTypes)
    p.write(") ")
    guard op.regions.count == 2 else { return }
    p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
    p.write(" else ")
    p.printRegion(op.region(1), printEntryBlockArgs: false, printBlockTerminators: true, printEmptyBlock: false)
    p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  }
  ifOp.verify = { op in try verifySizedRegions(op, ["thenRegion", "elseRegion"]) }
  ifOp.verifyRegions = { op in try verifyRegionEdges(op, primIfRegionEdges(op)) }
  ifOp.patterns = primIfPatterns()

  var ifYield = TorchOpDef("torch.prim.If.yield", traits: [.isTerminator, .returnLike, .pure, .hasParent])
  ifYield.operands = [TorchValueDef("results", C.anyTorch, .variadic)]
  ifYield.parse = parseAttrDictThenOptionalOperands
  ifYield.print = printAttrDictThenOptionalOperands
  ifYield.verify = { op in try verifyParent(op, "torch.prim.If") }

  var loop = TorchOpDef("torch.prim.Loop")
  loop.operands = [
    TorchValueDef("maxTripCount", C.int), TorchValueDef("initialCondition", C.bool),
    TorchValueDef("iterArgsInit", C.anyTorch, .variadic),
  ]
  loop.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  loop.regionCount = 1
  loop.parse = { p, state in
    let loc = p.currentLocation
    let trip = try p.parseOperand()
    try p.parsePunctuation(",")
    let cond = try p.parseOperand()
    try p.parsePunctuation(",")
    try p.parseKeyword("init")
    let inits = try p.parseOperandList(.paren)
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let (inputs, results) = try p.parseFunctionalTypes()
    state.operands = try p.resolveOperands([trip, cond] + inits, inputs, at: loc)
    state.resultTypes = results
  }
  loop.print = { op, p in
    guard op.numOperands >= 2, op.regions.count == 1 else { return }
    let values = op.operandValues
    p.write(" ")
    p.printOperand(values[0])
    p.write(", ")
    p.printOperand(values[1])
    p.write(", init(")
    p.printOperands(Array(values[2...]))
    p.write(") ")
    p.printRegion(op.region(0), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    p.printAttrDict(op)
    p.write(" : ")
    p.printFunctionalTypes(op.operandTypes, op.resultTypes)
  }
  loop.verify = { op in try verifySizedRegions(op, ["region"]) }
  loop.verifyRegions = { op in try verifyRegionEdges(op, primLoopRegionEdges(op)) }

  var condition = TorchOpDef("torch.prim.Loop.condition", traits: [.isTerminator, .hasParent])
  condition.operands = [TorchValueDef("shouldContinue", C.bool), TorchValueDef("iterArgs", C.anyTorch, .variadic)]
  condition.parse = { p, state in
    let cond = try p.parseOperand()
    try p.parsePunctuation(",")
    try p.parseKeyword("iter")
    try p.parsePunctuation("(")
    let loc = p.currentLocation
    let args = try p.parseOperandList(.none)
    var types: [Type] = []
    if !args.isEmpty {
      try p.parsePunctuation(":")
      types = try p.parseTypeList()
    }
    try p.parsePunctuation(")")
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(cond, TorchSimpleType.bool.type(in: p.context))]
      + (try p.resolveOperands(args, types, at: loc))
  }
  condition.print = { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(", iter(")
    let args = Array(op.operandValues.dropFirst())
    if !args.isEmpty {
      p.printOperands(args)
      p.write(" : ")
      p.printTypeList(args.map { $0.type })
    }
    p.write(")")
    p.printAttrDict(op)
  }
  condition.verify = { op in try verifyParent(op, "torch.prim.Loop") }

  return [ifOp, ifYield, loop, condition]
}

// MARK: Shared pieces

/// `type` or `(type, ...)` after an arrow (parseFunctionResultTypes).
func parseFunctionResultTypes(_ p: any OpAsmParser) throws -> [Type] {
  if p.parseOptionalPunctuation("(") {
    if p.parseOptionalPunctuation(")") { return [] }
    let types = try p.parseTypeList()
    try p.parsePunctuation(")")
    return types
  }
  return [try p.parseType()]
}

/// `attr-dict ($values^ : type($values))?`, the yield-like terminators.
func parseAttrDictThenOptionalOperands(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parseOptionalAttrDict(into: &state.attributes)
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  guard !operands.isEmpty else { return }
  try p.parsePunctuation(":")
  let types = try p.parseTypeList()
  state.operands = try p.resolveOperands(operands, types, at: loc)
}

func printAttrDictThenOptionalOperands(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printAttrDict(op)
  p.printOperandsWithTypes(op.operandValues)
}

/// HasParent<...>: the op must be directly inside `parent`.
func verifyParent(_ op: Operation, _ parent: String) throws {
  guard let p = op.parentOp, p.name.name == parent else {
    throw OpVerifyError("expects parent op '\(parent)'")
  }
}

/// SizedRegion<1> for every named region (the count is checked before).
func verifySizedRegions(_ op: Operation, _ names: [String]) throws {
  for (i, name) in names.enumerated() where i < op.regions.count && op.region(i).blocks.count != 1 {
    throw OpVerifyError("region #\(i) ('\(name)') failed to verify constraint: region with 1 blocks")
  }
}

// MARK: prim.If canonicalization

private func primIfPatterns() -> [any RewritePattern] {
  [
    // A constant condition: the live branch replaces the op.
    ClosurePattern("torch.prim.If", name: "InlineConstantIf") { op, rewriter in
      guard op.numOperands == 1, op.regions.count == 2, let c = torchConstantBool(op.operand(0)),
        let block = singleBlock(op.region(c ? 0 : 1)), let terminator = block.last,
        terminator.numOperands == op.numResults
      else { return false }
      let results = terminator.operandValues
      rewriter.inlineBlock(block, before: op, arguments: [])
      rewriter.replaceOp(op, with: results)
      rewriter.eraseOp(terminator)
      return true
    },
    // Both branches yield the same value: use it directly.
    ClosurePattern("torch.prim.If", name: "ForwardCommonYields") { op, rewriter in
      guard op.regions.count == 2, let thenTerm = singleBlock(op.region(0))?.last,
        let elseTerm = singleBlock(op.region(1))?.last
      else { return false }
      var changed = false
      for (i, (t, e)) in zip(thenTerm.operandValues, elseTerm.operandValues).enumerated()
      where i < op.numResults && t === e {
        let result = op.result(i)
        if !result.useEmpty {
          changed = true
          rewriter.replaceAllUsesWith(result, t)
        }
      }
      return changed
    },
    // Unused results are dropped; an unused If with empty branches is erased.
    ClosurePattern("torch.prim.If", name: "EraseDeadIfResults") { op, rewriter in
      guard op.numOperands == 1, op.regions.count == 2, let thenBlock = singleBlock(op.region(0)),
        let elseBlock = singleBlock(op.region(1))
      else { return false }
      let dead = op.results.map { $0.useEmpty }
      if dead.allSatisfy({ $0 }) && thenBlock.count == 1 && elseBlock.count == 1 {
        rewriter.eraseOp(op)
        return true
      }
      guard dead.contains(true), let thenTerm = thenBlock.last, let elseTerm = elseBlock.last,
        thenTerm.numOperands == op.numResults, elseTerm.numOperands == op.numResults
      else { return false }
      var state = OperationState(context: op.context, name: "torch.prim.If", location: op.location)
      state.operands = [op.operand(0)]
      state.resultTypes = zip(op.resultTypes, dead).filter { !$0.1 }.map { $0.0 }
      state.attributes = op.attributes.dictionaryEntries ?? []
      state.addRegion().takeBody(op.region(0))
      state.addRegion().takeBody(op.region(1))
      rewriter.setInsertionPoint(before: op)
      let newIf = rewriter.create(state)
      for i in dead.indices.reversed() where dead[i] {
        rewriter.modifyOpInPlace(thenTerm) { thenTerm.eraseOperand(i) }
        rewriter.modifyOpInPlace(elseTerm) { elseTerm.eraseOperand(i) }
      }
      var replacements: [Value] = []
      var next = 0
      for isDead in dead {
        if isDead {
          replacements.append(op.operand(0))  // No uses to redirect.
        } else {
          replacements.append(newIf.result(next))
          next += 1
        }
      }
      rewriter.replaceOp(op, with: replacements)
      return true
    },
  ]
}

// MARK: RegionBranchOpInterface verification

/// One control flow edge of a region-holding op: the values passed and the
/// values that receive them (MLIR's verifyTypesAlongControlFlowEdges).
struct RegionEdge {
  let from: String
  let to: String
  let operands: [Type]
  let inputs: [Type]
  /// Where the values come from: the terminator, or the op for its entry.
  let branchPoint: Operation
}

/// Checks each edge's operand count and types against its inputs, with
/// MLIR's messages.
func verifyRegionEdges(_ op: Operation, _ edges: [RegionEdge]) throws {
  for e in edges {
    let prefix = "'\(op.name.name)' op along control flow edge from \(e.from) to \(e.to): "
    var message: String?
    if e.operands.count != e.inputs.count {
      message = prefix
        + "region branch point has \(e.operands.count) operands, but region successor needs \(e.inputs.count) inputs"
    } else if let i = e.operands.indices.first(where: { e.operands[$0] != e.inputs[$0] }) {
      message = prefix
        + "successor operand type #\(i) '\(e.operands[i])' should match successor input type #\(i) '\(e.inputs[i])'"
    }
    if let message {
      throw opEmitError(op, message).attachingNote(e.branchPoint.location, "region branch point")
    }
  }
}

/// The terminator of a single-block region, with its name for messages.
private func terminatorOf(_ region: Region) -> Operation? { singleBlock(region)?.last }

/// prim.If: each branch's yield feeds the results.
func primIfRegionEdges(_ op: Operation) -> [RegionEdge] {
  var edges: [RegionEdge] = []
  for r in op.regions {
    guard let t = terminatorOf(r), t.name.name == "torch.prim.If.yield" else { continue }
    edges.append(RegionEdge(
      from: "Operation \(t.name.name)", to: "Operation \(op.name.name)", operands: t.operandTypes,
      inputs: op.resultTypes, branchPoint: t))
  }
  return edges
}

/// prim.Loop: the initial values and each condition's iteration values feed
/// the body's arguments after the induction variable; the latter also feed
/// the results.
func primLoopRegionEdges(_ op: Operation) -> [RegionEdge] {
  guard op.regions.count == 1, let entry = op.region(0).entryBlock else { return [] }
  let bodyInputs = Array(entry.argumentTypes.dropFirst())
  var edges = [RegionEdge(
    from: "parent", to: "Region #0", operands: Array(op.operandTypes.dropFirst(2)), inputs: bodyInputs,
    branchPoint: op)]
  if let t = terminatorOf(op.region(0)), t.name.name == "torch.prim.Loop.condition" {
    let iter = Array(t.operandTypes.dropFirst())
    let from = "Operation \(t.name.name)"
    edges.append(RegionEdge(from: from, to: "Region #0", operands: iter, inputs: bodyInputs, branchPoint: t))
    edges.append(RegionEdge(
      from: from, to: "Operation \(op.name.name)", operands: iter, inputs: op.resultTypes, branchPoint: t))
  }
  return edges
}

/// shape/dtype.calculate: the body's yield feeds the results (the
/// calculation region passes nothing on to the body).
func calculateRegionEdges(_ op: Operation, yield: String) -> [RegionEdge] {
  guard op.regions.count == 2, let t = terminatorOf(op.region(0)), t.name.name == yield else { return [] }
  return [RegionEdge(
    from: "Operation \(t.name.name)", to: "Operation \(op.name.name)", operands: t.operandTypes,
    inputs: op.resultTypes, branchPoint: t)]
}
