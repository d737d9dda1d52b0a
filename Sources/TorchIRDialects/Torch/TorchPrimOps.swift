// torch.prim.*: TorchScript's interpreter builtins (TorchOps.td) and the
// prim:: ops of GeneratedTorchOps.td that Torch-MLIR gives folders or
// canonicalizations (TupleIndex, TupleUnpack, device, dtype,
// NumToTensor.Scalar, RaiseException, Uninitialized, unchecked_cast).

import TorchIRCore

func torchPrimOpDefs() -> [TorchOpDef] {
  var defs: [TorchOpDef] = []
  let C = TorchConstraints.self

  // MARK: Lists, tuples, dicts

  var listUnpack = TorchOpDef("torch.prim.ListUnpack")
  listUnpack.operands = [TorchValueDef("operand", C.anyTorch)]
  listUnpack.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  listUnpack.parse = parseOperandColonTypeArrowTypes
  listUnpack.print = printOperandColonTypeArrowTypes
  listUnpack.patterns = [ClosurePattern("torch.prim.ListUnpack", name: "ListUnpackOfListConstruct") { op, rewriter in
    guard op.numOperands == 1, !isListPotentiallyMutated(op.operand(0)),
      let construct = op.operand(0).definingOp, construct.name.name == "torch.prim.ListConstruct",
      construct.numOperands == op.numResults
    else { return false }
    rewriter.setInsertionPoint(before: op)
    var unpacked: [Value] = []
    for i in 0..<op.numResults {
      var element = construct.operand(i)
      let want = op.result(i).type
      if element.type != want {
        element = rewriter.create(staticInfoCastState(element, to: want, op.location)).result(0)
      }
      unpacked.append(element)
    }
    rewriter.replaceOp(op, with: unpacked)
    return true
  }]
  defs.append(listUnpack)

  var tupleConstruct = TorchOpDef("torch.prim.TupleConstruct", traits: [.pure])
  tupleConstruct.operands = [TorchValueDef("elements", C.anyTorch, .variadic)]
  tupleConstruct.results = [TorchValueDef("result", C.tuple)]
  tupleConstruct.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.none)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let types = operands.isEmpty ? [] : try p.parseTypeList()
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  tupleConstruct.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  tupleConstruct.verify = { op in
    guard op.numResults == 1 else { return }
    let tuple = TorchTupleLikeType(.tuple, of: op.operandTypes).type(in: op.context)
    if !isValidTorchSubtype(tuple, op.result(0).type) {
      throw OpVerifyError("failed to verify that contained types correspond to operand types")
    }
  }
  defs.append(tupleConstruct)

  var listConstruct = TorchOpDef("torch.prim.ListConstruct", traits: [.pure])
  listConstruct.operands = [TorchValueDef("elements", C.anyTorch, .variadic)]
  listConstruct.results = [TorchValueDef("result", C.anyList)]
  listConstruct.parse = parseOperandsColonFunctionalType
  listConstruct.print = printOperandsColonFunctionalType
  listConstruct.verify = { op in
    guard op.numResults == 1, let list = TorchContainerType(op.result(0).type) else { return }
    if !op.operandTypes.allSatisfy({ isValidTorchSubtype($0, list.containedType) }) {
      throw opEmitError(op, "operand types should have the same type as the list contained type")
    }
  }
  defs.append(listConstruct)

  var dictConstruct = TorchOpDef("torch.prim.DictConstruct")
  dictConstruct.operands = [TorchValueDef("operands", C.anyTorch, .variadic)]
  dictConstruct.results = [TorchValueDef("result", C.dict)]
  dictConstruct.parse = { p, state in
    try p.parseKeyword("keys")
    let (keys, keyTypes) = try parseParenthesizedOperandsWithTypes(p)
    try p.parseKeyword("values")
    let (values, valueTypes) = try parseParenthesizedOperandsWithTypes(p)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
    state.operands = try p.resolveOperands(keys, keyTypes, at: p.currentLocation)
      + (try p.resolveOperands(values, valueTypes, at: p.currentLocation))
  }
  dictConstruct.print = { op, p in
    let n = op.numOperands / 2
    let values = op.operandValues
    p.write(" keys(")
    printOperandsWithColonTypes(Array(values[..<n]), p)
    p.write(") values(")
    printOperandsWithColonTypes(Array(values[n...]), p)
    p.write(")")
    p.printAttrDict(op)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  dictConstruct.verify = { op in
    guard op.numOperands % 2 == 0 else {
      throw OpVerifyError("operand group sizes must be equal (SameVariadicOperandSize)")
    }
    let n = op.numOperands / 2
    let values = op.operandValues
    for (i, v) in values.enumerated() where i < n && !C.dictKey.accepts(v.type) {
      throw OpVerifyError("operand #\(i) must be \(C.dictKey.summary), but got '\(v.type)'")
    }
    guard op.numResults == 1, let dict = TorchDictType(op.result(0).type) else { return }
    if !values[..<n].allSatisfy({ isValidTorchSubtype($0.type, dict.keyType) }) {
      throw opEmitError(op, "keys should be of Dict key type")
    }
    if !values[n...].allSatisfy({ isValidTorchSubtype($0.type, dict.valueType) }) {
      throw opEmitError(op, "values  should be of Dict value type")
    }
  }
  defs.append(dictConstruct)

  var tupleIndex = defaultFormatOp("torch.prim.TupleIndex", [("tup", C.anyTorch), ("i", C.int)], [C.anyTorch])
  tupleIndex.patterns = [ClosurePattern("torch.prim.TupleIndex", name: "TupleIndexOfTupleConstruct") { op, rewriter in
    guard op.numOperands == 2, op.numResults == 1,
      let construct = op.operand(0).definingOp, construct.name.name == "torch.prim.TupleConstruct",
      let i = torchConstantInt(op.operand(1)), i >= 0, i < Int64(construct.numOperands)
    else { return false }
    var replacement = construct.operand(Int(i))
    let want = op.result(0).type
    if replacement.type != want {
      guard want.isTorchTensor else { return false }
      rewriter.setInsertionPoint(before: op)
      replacement = rewriter.create(staticInfoCastState(replacement, to: want, op.location)).result(0)
    }
    rewriter.replaceOp(op, with: [replacement])
    return true
  }]
  defs.append(tupleIndex)

  var tupleUnpack = TorchOpDef("torch.prim.TupleUnpack")
  tupleUnpack.operands = [TorchValueDef("tup", C.anyTorch)]
  tupleUnpack.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  tupleUnpack.parse = parseOperandColonTypeArrowTypes
  tupleUnpack.print = printOperandColonTypeArrowTypes
  tupleUnpack.patterns = [ClosurePattern("torch.prim.TupleUnpack", name: "TupleUnpackOfTupleConstruct") { op, rewriter in
    guard op.numOperands == 1, let construct = op.operand(0).definingOp,
      construct.name.name == "torch.prim.TupleConstruct"
    else { return false }
    rewriter.setInsertionPoint(before: op)
    var values: [Value] = []
    // zip: as many results as both sides have.
    for (type, element) in zip(op.resultTypes, construct.operandValues) {
      if element.type == type {
        values.append(element)  // An identity derefine folds away.
      } else {
        var state = OperationState(context: op.context, name: "torch.derefine", location: op.location)
        state.operands = [element]
        state.resultTypes = [type]
        values.append(rewriter.create(state).result(0))
      }
    }
    guard values.count == op.numResults else { return false }
    rewriter.replaceOp(op, with: values)
    return true
  }]
  defs.append(tupleUnpack)

  // MARK: Objects

  var createObject = TorchOpDef("torch.prim.CreateObject", traits: [.pure])
  createObject.results = [TorchValueDef("result", C.nnModule)]
  createObject.parse = { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [try p.parseType()]
  }
  createObject.print = { op, p in
    p.printAttrDict(op)
    p.write(" ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(createObject)

  var getAttr = TorchOpDef("torch.prim.GetAttr")
  getAttr.attributes = [TorchAttrDef("name", .string)]
  getAttr.operands = [TorchValueDef("receiver", C.nnModule)]
  getAttr.results = [TorchValueDef("result", C.anyTorch)]
  getAttr.parse = { p, state in
    let receiver = try p.parseOperand()
    try parseBracketedName(p, &state)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let receiverType = try p.parseType()
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
    state.operands = [try p.resolveOperand(receiver, receiverType)]
  }
  getAttr.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    printBracketedName(op, p)
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printTypeList(op.operandTypes)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(getAttr)

  var setAttr = TorchOpDef("torch.prim.SetAttr")
  setAttr.attributes = [TorchAttrDef("name", .string)]
  setAttr.operands = [TorchValueDef("receiver", C.nnModule), TorchValueDef("value", C.anyTorch)]
  setAttr.parse = { p, state in
    let receiver = try p.parseOperand()
    try parseBracketedName(p, &state)
    try p.parsePunctuation("=")
    let value = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let receiverType = try p.parseType()
    try p.parsePunctuation(",")
    let valueType = try p.parseType()
    state.operands = [try p.resolveOperand(receiver, receiverType), try p.resolveOperand(value, valueType)]
  }
  setAttr.print = { op, p in
    guard op.numOperands == 2 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    printBracketedName(op, p)
    p.write(" = ")
    p.printOperand(op.operand(1))
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(setAttr)

  var callMethod = TorchOpDef("torch.prim.CallMethod")
  callMethod.attributes = [TorchAttrDef("name", .string)]
  callMethod.operands = [TorchValueDef("receiver", C.nnModule), TorchValueDef("methodOperands", C.anyTorch, .variadic)]
  callMethod.results = [TorchValueDef("result", C.anyTorch)]
  callMethod.parse = { p, state in
    let receiver = try p.parseOperand()
    try parseBracketedName(p, &state)
    let loc = p.currentLocation
    let args = try p.parseOperandList(.paren)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let receiverType = try p.parseType()
    try p.parsePunctuation(",")
    let (inputs, results) = try p.parseFunctionalTypes()
    state.resultTypes = results
    state.operands = [try p.resolveOperand(receiver, receiverType)] + (try p.resolveOperands(args, inputs, at: loc))
  }
  callMethod.print = { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    printBracketedName(op, p)
    p.write(" (")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write(")")
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(", ")
    p.printFunctionalTypes(Array(op.operandTypes.dropFirst()), op.resultTypes)
  }
  defs.append(callMethod)

  // MARK: Control flow

  defs.append(contentsOf: torchPrimControlFlowOpDefs())

  // MARK: Generated-schema prim ops with folders or patterns

  var numToTensor = defaultFormatOp("torch.prim.NumToTensor.Scalar", [("a", C.scalar)], [C.optionalTensor])
  numToTensor.fold = foldNumToTensor
  defs.append(numToTensor)

  var device = defaultFormatOp("torch.prim.device", [("a", C.anyTensor)], [C.device])
  device.patterns = [ClosurePattern("torch.prim.device", name: "DeviceToCpu") { op, rewriter in
    var state = OperationState(context: op.context, name: "torch.constant.device", location: op.location)
    state.resultTypes = [TorchSimpleType.device.type(in: op.context)]
    state.addAttribute("value", op.context.stringAttr("cpu"))
    rewriter.replaceOp(op, withNew: state)
    return true
  }]
  defs.append(device)

  var dtype = defaultFormatOp("torch.prim.dtype", [("a", C.anyTensor)], [C.int])
  dtype.fold = { op, _ in
    guard op.numOperands == 1, let t = TorchTensorType(op.operand(0).type), let d = t.dtype,
      let code = torchScalarTypeCode(d)
    else { return nil }
    return [.attribute(op.context.integerAttr(code, op.context.integerType(64)))]
  }
  defs.append(dtype)

  defs.append(defaultFormatOp("torch.prim.RaiseException", [("msg", C.str), ("cls", C.optionalStr)], []))

  var uninitialized = defaultFormatOp("torch.prim.Uninitialized", [], [C.anyTorch], traits: [.pure])
  uninitialized.patterns = [ClosurePattern("torch.prim.Uninitialized", name: "EraseUnusedUninitialized") { op, rewriter in
    guard op.results.allSatisfy({ $0.useEmpty }) else { return false }
    rewriter.eraseOp(op)
    return true
  }]
  defs.append(uninitialized)

  var uncheckedCast = defaultFormatOp("torch.prim.unchecked_cast", [("x", C.anyTorch)], [C.anyTorch])
  uncheckedCast.fold = { op, operands in
    if let same = foldIdentityCast(op, operands) { return same }
    guard op.numOperands == 1, op.numResults == 1, let d = op.operand(0).definingOp,
      d.name.name == "torch.derefine", d.numOperands == 1, d.operand(0).type == op.result(0).type
    else { return nil }
    return [.value(d.operand(0))]
  }
  uncheckedCast.verify = { op in
    guard op.numOperands == 1, op.numResults == 1 else { return }
    if !isValidTorchSubtype(op.result(0).type, op.operand(0).type) {
      throw OpVerifyError(
        "operand type '\(op.operand(0).type)' and result type '\(op.result(0).type)' are cast incompatible")
    }
  }
  defs.append(uncheckedCast)

  // The other prim:: ops of the schema registry that Torch-MLIR declares.
  defs.append(defaultFormatOp("torch.prim.layout", [("a", C.anyTensor)], [C.int]))
  var minSelf = defaultFormatOp("torch.prim.min.self_int", [("self", C.listOfInt)], [C.int])
  minSelf.fold = { op, _ in
    // The least of a list of constant ints (not of an empty list).
    guard op.numOperands == 1, let list = op.operand(0).definingOp, list.name.name == "torch.prim.ListConstruct",
      list.numOperands > 0
    else { return nil }
    var values: [Int64] = []
    for v in list.operandValues {
      guard let c = torchConstantInt(v) else { return nil }
      values.append(c)
    }
    guard let least = values.min() else { return nil }
    return [.attribute(op.context.integerAttr(least, op.context.integerType(64)))]
  }
  defs.append(minSelf)
  defs.append(defaultFormatOp("torch.prim.max.self_int", [("self", C.listOfInt)], [C.int]))
  for (name, pick) in [("torch.prim.min.int", { (a: Int64, b: Int64) in min(a, b) }),
                       ("torch.prim.max.int", { (a: Int64, b: Int64) in max(a, b) })] {
    var def = defaultFormatOp(name, [("a", C.int), ("b", C.int)], [C.int])
    def.fold = { op, operands in
      guard op.numOperands == 2 else { return nil }
      if op.operand(0) === op.operand(1) { return [.value(op.operand(0))] }
      guard operands.count == 2, case .integer(let a, let t)? = operands[0]?.kind,
        case .integer(let b, _)? = operands[1]?.kind
      else { return nil }
      return [.attribute(op.context.integerAttr(pick(a.asInt64, b.asInt64), t))]
    }
    defs.append(def)
  }
  defs.append(defaultFormatOp("torch.prim.abs.Scalar", [("a", C.scalar)], [C.scalar]))
  var tolist = TorchOpDef("torch.prim.tolist")
  tolist.operands = [TorchValueDef("operands", C.anyTorch, .variadic)]
  tolist.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  tolist.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.paren)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let types = operands.isEmpty ? [] : try p.parseTypeList()
    try p.parsePunctuation("->")
    state.resultTypes = try p.parseTypeList()
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  tolist.print = { op, p in
    p.write("(")
    p.printOperands(op.operandValues)
    p.write(")")
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(tolist)

  // MARK: Python object graph nodes

  var print = TorchOpDef("torch.prim.Print")
  print.operands = [TorchValueDef("operands", C.anyTorch, .variadic)]
  print.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.paren)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let types = operands.isEmpty ? [] : try p.parseTypeList()
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  print.print = { op, p in
    p.write("(")
    p.printOperands(op.operandValues)
    p.write(")")
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(print)

  var store = TorchOpDef("torch.prim.Store")
  store.attributes = [TorchAttrDef("name", .string)]
  store.operands = [TorchValueDef("value", C.anyTorch)]
  store.parse = { p, state in
    state.addAttribute("name", try parseStringAttr(p))
    try p.parsePunctuation(",")
    let value = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(value, try p.parseColonType())]
  }
  store.print = { op, p in
    p.write(" ")
    if let n = op.attr("name") { p.printAttributeWithoutType(n) }
    p.write(",")
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(store)

  var load = TorchOpDef("torch.prim.Load")
  load.attributes = [TorchAttrDef("name", .string)]
  load.results = [TorchValueDef("result", C.anyTorch)]
  load.parse = { p, state in
    state.addAttribute("name", try parseStringAttr(p))
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [try p.parseColonType()]
  }
  load.print = { op, p in
    p.write(" ")
    if let n = op.attr("name") { p.printAttributeWithoutType(n) }
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(load)

  var enter = TorchOpDef("torch.prim.Enter")
  enter.operands = [TorchValueDef("inp", C.anyTorch)]
  enter.results = [TorchValueDef("result", C.none)]
  enter.parse = { p, state in
    let inp = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(inp, try p.parseColonType())]
    state.resultTypes = [TorchSimpleType.none.type(in: p.context)]
  }
  enter.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(enter)

  var exit = TorchOpDef("torch.prim.Exit")
  exit.operands = [TorchValueDef("inp", C.anyTorch)]
  exit.results = [TorchValueDef("result", C.anyTensor)]
  exit.parse = parseOperandColonTypeArrowTypes
  exit.print = printOperandColonTypeArrowTypes
  defs.append(exit)

  return defs
}

// MARK: Helpers

/// `(%a, %b : ta, tb)` or `()`.
private func parseParenthesizedOperandsWithTypes(_ p: any OpAsmParser) throws -> ([UnresolvedOperand], [Type]) {
  try p.parsePunctuation("(")
  let operands = try p.parseOperandList(.none)
  var types: [Type] = []
  if !operands.isEmpty {
    try p.parsePunctuation(":")
    types = try p.parseTypeList()
  }
  try p.parsePunctuation(")")
  return (operands, types)
}

private func printOperandsWithColonTypes(_ values: [Value], _ p: any OpAsmPrinter) {
  guard !values.isEmpty else { return }
  p.printOperands(values)
  p.write(" : ")
  p.printTypeList(values.map { $0.type })
}

/// `[ "name" ]` into the `name` attribute.
private func parseBracketedName(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parsePunctuation("[")
  state.addAttribute("name", try parseStringAttr(p))
  try p.parsePunctuation("]")
}

private func printBracketedName(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write("[")
  if let n = op.attr("name") { p.printAttributeWithoutType(n) }
  p.write("]")
}

/// A torch.tensor_static_info_cast of `value` to `type`.
func staticInfoCastState(_ value: Value, to type: Type, _ loc: Location) -> OperationState {
  var state = OperationState(context: type.context, name: "torch.tensor_static_info_cast", location: loc)
  state.operands = [value]
  state.resultTypes = [type]
  return state
}

/// Torch-MLIR's isListPotentiallyMutated: some user of the list may change
/// it. Users that are ReadOnly (TorchDialect.readOnlyOps) or have no memory
/// effects (registered Pure ops) do not; any other op, registered or not, is
/// assumed to.
func isListPotentiallyMutated(_ list: Value) -> Bool {
  let readOnly = (list.type.context.dialect(torchDialectNamespace) as? TorchDialect)?.readOnlyOps ?? []
  return list.users.contains { user in
    if user.hasTrait(.readOnly) || readOnly.contains(user.name.name) { return false }
    return !(user.isRegistered && user.hasTrait(.pure))
  }
}

/// The hand-written ops with Torch-MLIR's ReadOnly trait (registered into
/// TorchDialect.readOnlyOps).
let torchReadOnlyOps: Set<String> = [
  "torch.prim.ListUnpack", "torch.prim.TupleUnpack", "torch.prim.TupleIndex", "torch.prim.device",
  "torch.prim.dtype", "torch.prim.NumToTensor.Scalar", "torch.prim.RaiseException",
  "torch.prim.Uninitialized", "torch.prim.unchecked_cast", "torch.prim.Print", "torch.copy.to_vtensor",
  "torch.promote_dtypes", "torch.runtime.assert", "torch.shape.calculate.yield.shapes",
  "torch.dtype.calculate.yield.dtypes", "torch.prim.layout", "torch.prim.min.self_int", "torch.prim.min.int",
  "torch.prim.max.self_int", "torch.prim.max.int", "torch.prim.abs.Scalar", "torch.prim.tolist",
  "torch.valsem.aten.bernoulli.float", "torch.onnx.rotary_embedding",
  "torch.hop_flex_attention", "torch.quantized_decomposed.quantize_per_tensor",
  "torch.quantized_decomposed.dequantize_per_tensor", "torch.quantized_decomposed.quantize_per_channel",
  "torch.quantized_decomposed.dequantize_per_channel",
  "torch.quantized_decomposed.quantize_per_channel_group", "torch.quantized_decomposed.dequantize_per_channel_group",
]

/// PrimNumToTensorScalarOp::fold: a constant scalar becomes a splat of the
/// result's dtype and sizes.
private func foldNumToTensor(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numResults == 1, operands.count == 1, let a = operands[0],
    let t = TorchTensorType(op.result(0).type), t.hasValueSemantics,
    let dtype = t.dtype, let sizes = t.sizes
  else { return nil }
  let ctx = op.context
  let element: [UInt8]
  switch (a.kind, dtype.kind) {
  case (.integer(let v, _), .integer(let w, _)):
    let value = APInt(width: Int(w), signedValue: v.asInt64)
    element = denseBytes(of: value)
  case (.float(let bits, let ft), .float(let k)):
    guard case .float(let fk) = ft.kind else { return nil }
    element = denseBytes(of: doubleToFloatBits(floatBitsToDouble(bits, kind: fk), kind: k))
  default:
    return nil
  }
  guard !sizes.contains(where: { $0 < 0 }) else { return nil }
  let tensor = ctx.tensorType(sizes, dtype)
  // A splat (SplatElementsAttr): one element's bytes, however large the
  // shape, and kept as a splat even for an empty shape.
  return [.attribute(ctx.attribute(.denseElements(DenseElements(type: tensor, isSplat: true, rawData: element))))]
}

/// The little-endian storage bytes of a dense element (one byte for i1).
private func denseBytes(of v: APInt) -> [UInt8] {
  let n = max(1, (v.bitWidth + 7) / 8)
  var out: [UInt8] = []
  let words = v.words
  for i in 0..<n {
    let w = words[i / 8 < words.count ? i / 8 : words.count - 1]
    out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt64(i % 8))))
  }
  return out
}

/// Torch-MLIR's getScalarTypeForType: c10's ScalarType number of a dtype.
func torchScalarTypeCode(_ dtype: Type) -> Int64? {
  switch dtype.kind {
  case .integer(let w, let s):
    switch (w, s) {
    case (1, .signless): return 11
    case (8, .unsigned): return 0
    case (8, .signed): return 1
    case (16, .signed): return 2
    case (32, .signed): return 3
    case (64, .signed): return 4
    default: return nil  // Torch-MLIR aborts on other integers; we do not fold.
    }
  case .float(let k):
    switch k {
    case .f16: return 5
    case .f32: return 6
    case .f64: return 7
    case .bf16: return 15
    case .f8E5M2: return 23
    case .f8E4M3FN: return 24
    case .f8E5M2FNUZ: return 25
    case .f8E4M3FNUZ: return 26
    case .f8E8M0FNU: return 28
    case .f4E2M1FN: return 29
    default: return nil
    }
  case .complex(let e):
    switch e.kind {
    case .float(.f16): return 8
    case .float(.f32): return 9
    case .float(.f64): return 10
    default: return nil
    }
  default:
    switch TorchSimpleType(dtype) {
    case .qint8?: return 12
    case .quint8?: return 13
    case .qint32?: return 14
    case .qint16?: return 27
    default: return nil
    }
  }
}
