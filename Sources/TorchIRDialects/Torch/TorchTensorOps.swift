// Tensor-level hand-written ops: torch.operator (the ONNX importer's opaque
// op), tensor literals, static-info casts, copies between value and
// non-value tensors, torch.derefine, torch.promote_dtypes, packed params.

import TorchIRCore

func torchTensorOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self
  var defs: [TorchOpDef] = []

  // MARK: torch.operator

  var op = TorchOpDef("torch.operator")
  op.attributes = [TorchAttrDef("name", .string)]
  op.operands = [TorchValueDef("operands", C.anyTorch, .variadic)]
  op.results = [TorchValueDef("results", C.anyTorch, .variadic)]
  op.regionCount = nil
  op.parse = { p, state in
    state.addAttribute("name", try parseStringAttr(p))
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.paren)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let (inputs, results) = try p.parseFunctionalTypes()
    state.operands = try p.resolveOperands(operands, inputs, at: loc)
    state.resultTypes = results
    let first = Region()
    if try p.parseOptionalRegion(first, arguments: []) {
      state.regions.append(first)
      while p.parseOptionalPunctuation(",") {
        let r = state.addRegion()
        try p.parseRegion(r, arguments: [], enableNameShadowing: false)
      }
    }
  }
  op.print = { op, p in
    p.write(" ")
    if let n = op.attr("name") { p.printAttributeWithoutType(n) }
    p.write("(")
    p.printOperands(op.operandValues)
    p.write(")")
    p.printAttrDict(op, elided: ["name"])
    p.write(" : ")
    p.printFunctionalTypes(op.operandTypes, op.resultTypes)
    // ODS writes the space before the (possibly empty) region list.
    p.write(" ")
    for (i, r) in op.regions.enumerated() {
      if i > 0 { p.write(", ") }
      p.printRegion(r, printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    }
  }
  defs.append(op)

  var terminator = TorchOpDef("torch.operator_terminator", traits: [.isTerminator, .hasParent])
  terminator.operands = [TorchValueDef("operands", C.anyTorch, .variadic)]
  terminator.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.none)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let types = try p.parseOptionalTypeList()
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  terminator.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  terminator.verify = { op in try verifyParent(op, "torch.operator") }
  defs.append(terminator)

  // MARK: Literals

  var literal = TorchOpDef("torch.tensor.literal")
  literal.attributes = [TorchAttrDef("value", .elements)]
  literal.results = [TorchValueDef("result", C.nonValueTensor)]
  literal.parse = parseLiteral
  literal.print = printLiteral
  literal.verify = { op in
    guard op.numResults == 1, let value = op.attr("value"), let inferred = literalSizesAndDtype(value),
      let actual = TorchTensorType(op.result(0).type)
    else { return }
    if !areSizesAndDtypesCompatible(inferred, actual) {
      // Torch-MLIR reports this error, then "failed to infer returned types".
      throw OpVerifyError(
        "inferred type(s) '\(literalType(inferred, valueSemantics: false, op.context))' are incompatible with return type(s) of operation '\(op.result(0).type)'")
    }
  }
  defs.append(literal)

  var vliteral = TorchOpDef("torch.vtensor.literal", traits: [.pure, .constantLike])
  vliteral.attributes = [TorchAttrDef("value", .elements)]
  vliteral.results = [TorchValueDef("result", C.valueTensor)]
  vliteral.parse = parseLiteral
  vliteral.print = printLiteral
  vliteral.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  vliteral.verify = { op in
    guard op.numResults == 1, let value = op.attr("value"), let inferred = literalSizesAndDtype(value)
    else { return }
    let want = literalType(inferred, valueSemantics: true, op.context)
    if want != op.result(0).type {
      // Torch-MLIR reports this error, then "failed to infer returned types".
      throw OpVerifyError(
        "inferred type(s) '\(want)' are incompatible with return type(s) of operation '\(op.result(0).type)'")
    }
  }
  defs.append(vliteral)

  // MARK: Casts and copies

  var staticInfoCast = TorchOpDef("torch.tensor_static_info_cast", traits: [.pure])
  staticInfoCast.operands = [TorchValueDef("operand", C.anyTensor)]
  staticInfoCast.results = [TorchValueDef("result", C.anyTensor)]
  staticInfoCast.parse = parseOperandColonTypeToType
  staticInfoCast.print = printOperandColonTypeToType
  staticInfoCast.verify = { op in
    guard op.numOperands == 1, op.numResults == 1, let a = TorchTensorType(op.operand(0).type),
      let b = TorchTensorType(op.result(0).type)
    else { return }
    if !areSizesAndDtypesCompatible(a, b) {
      throw OpVerifyError(
        "operand type '\(op.operand(0).type)' and result type '\(op.result(0).type)' are cast incompatible")
    }
  }
  staticInfoCast.fold = foldIdentityCast
  staticInfoCast.patterns = [
    ClosurePattern("torch.tensor_static_info_cast", name: "FoldReverseStaticInfoCast") { op, rewriter in
      guard op.numOperands == 1, op.numResults == 1, let reverse = op.operand(0).definingOp,
        reverse.name.name == "torch.tensor_static_info_cast", reverse.numOperands == 1,
        reverse.operand(0).type == op.result(0).type
      else { return false }
      rewriter.replaceOp(op, with: [reverse.operand(0)])
      return true
    },
    ClosurePattern("torch.tensor_static_info_cast", name: "RefineStaticInfoCastUsers") { op, rewriter in
      guard op.numOperands == 1, op.numResults == 1,
        isValidTorchSubtype(op.operand(0).type, op.result(0).type)
      else { return false }
      let uses = op.result(0).uses.filter { allowsTypeRefinement($0.owner) }
      if uses.isEmpty { return false }
      for use in uses {
        let user = use.owner
        let index = use.index
        rewriter.modifyOpInPlace(user) { user.setOperand(index, op.operand(0)) }
      }
      return true
    },
  ]
  defs.append(staticInfoCast)

  var toTensor = TorchOpDef("torch.copy.to_tensor")
  toTensor.operands = [TorchValueDef("operand", C.valueTensor)]
  toTensor.results = [TorchValueDef("result", C.nonValueTensor)]
  toTensor.parse = { p, state in try parseCopy(p, &state, resultHasValueSemantics: false) }
  toTensor.print = printCopy
  toTensor.verify = { op in try verifyCopy(op, operandIsValue: true) }
  defs.append(toTensor)

  var toVtensor = TorchOpDef("torch.copy.to_vtensor")
  toVtensor.operands = [TorchValueDef("operand", C.nonValueTensor)]
  toVtensor.results = [TorchValueDef("result", C.valueTensor)]
  toVtensor.parse = { p, state in try parseCopy(p, &state, resultHasValueSemantics: true) }
  toVtensor.print = printCopy
  toVtensor.verify = { op in try verifyCopy(op, operandIsValue: false) }
  defs.append(toVtensor)

  var overwrite = TorchOpDef("torch.overwrite.tensor.contents")
  overwrite.operands = [TorchValueDef("value", C.valueTensor), TorchValueDef("overwritten", C.nonValueTensor)]
  overwrite.parse = { p, state in
    let value = try p.parseOperand()
    try p.parseKeyword("overwrites")
    let overwritten = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let valueType = try p.parseType()
    try p.parsePunctuation(",")
    let overwrittenType = try p.parseType()
    state.operands = [try p.resolveOperand(value, valueType), try p.resolveOperand(overwritten, overwrittenType)]
  }
  overwrite.print = { op, p in
    guard op.numOperands == 2 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" overwrites ")
    p.printOperand(op.operand(1))
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  overwrite.verify = { op in
    guard op.numOperands == 2, let v = TorchTensorType(op.operand(0).type) else { return }
    if v.withValueSemantics(false).type(in: op.context) != op.operand(1).type {
      throw OpVerifyError(
        "failed to verify that overwritten tensor type is corresponding !torch.tensor of value tensor type")
    }
  }
  defs.append(overwrite)

  var derefine = TorchOpDef("torch.derefine", traits: [.pure])
  derefine.operands = [TorchValueDef("operand", C.anyTorch)]
  derefine.results = [TorchValueDef("result", C.anyTorch)]
  derefine.parse = parseOperandColonTypeToType
  derefine.print = printOperandColonTypeToType
  derefine.verify = { op in
    guard op.numOperands == 1, op.numResults == 1 else { return }
    if !isValidTorchSubtype(op.operand(0).type, op.result(0).type) {
      throw OpVerifyError(
        "operand type '\(op.operand(0).type)' and result type '\(op.result(0).type)' are cast incompatible")
    }
  }
  derefine.fold = { op, operands in
    if let same = foldIdentityCast(op, operands) { return same }
    guard op.numOperands == 1, op.numResults == 1, let cast = op.operand(0).definingOp,
      cast.name.name == "torch.prim.unchecked_cast", cast.numOperands == 1,
      cast.operand(0).type == op.result(0).type
    else { return nil }
    return [.value(cast.operand(0))]
  }
  derefine.patterns = [ClosurePattern("torch.derefine", name: "RefineDerefineUsers") { op, rewriter in
    guard op.numOperands == 1, op.numResults == 1 else { return false }
    var changed = false
    for use in op.result(0).uses where allowsTypeRefinement(use.owner) {
      let user = use.owner
      let index = use.index
      rewriter.modifyOpInPlace(user) { user.setOperand(index, op.operand(0)) }
      changed = true
    }
    return changed
  }]
  defs.append(derefine)

  var promote = TorchOpDef("torch.promote_dtypes")
  promote.operands = [TorchValueDef("ranks", C.listOfOptionalInt), TorchValueDef("dtypes", C.listOfInt)]
  promote.results = [TorchValueDef("result", C.int)]
  promote.parse = parseOperandsColonFunctionalType
  promote.print = printOperandsColonFunctionalType
  defs.append(promote)

  // MARK: Packed and quantized parameters

  var linearParams = TorchOpDef("torch.linear_params.create")
  linearParams.operands = [TorchValueDef("weight", C.anyTensor), TorchValueDef("bias", C.anyTensor, .optional)]
  linearParams.results = [TorchValueDef("result", C.linearParams)]
  linearParams.parse = { p, state in
    let loc = p.currentLocation
    var operands = [try p.parseOperand()]
    if p.parseOptionalPunctuation(",") { operands.append(try p.parseOperand()) }
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    var types = [try p.parseType()]
    if p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
    state.operands = try p.resolveOperands(operands, types, at: loc)
    state.resultTypes = [TorchSimpleType.linearParams.type(in: p.context)]
  }
  linearParams.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(linearParams)

  var affine = TorchOpDef("torch.per_tensor_affine.create")
  affine.operands = [
    TorchValueDef("int_repr", C.anyTensor), TorchValueDef("scale", C.float), TorchValueDef("offset", C.int),
  ]
  affine.results = [TorchValueDef("result", C.anyTensor)]
  affine.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.none)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    let types = try p.parseTypeList()
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  affine.print = printOperandsColonTypesArrowTypes
  defs.append(affine)

  return defs
}

/// The folder CastOpInterface gives every cast: a cast to the operand's
/// own type is the operand.
func foldIdentityCast(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 1, op.numResults == 1, op.operand(0).type == op.result(0).type else { return nil }
  return [.value(op.operand(0))]
}

// MARK: Formats

/// `$operand attr-dict : type($operand) to type($result)`.
func parseOperandColonTypeToType(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let operand = try p.parseOperand()
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let from = try p.parseType()
  try p.parseKeyword("to")
  state.resultTypes = [try p.parseType()]
  state.operands = [try p.resolveOperand(operand, from)]
}

func printOperandColonTypeToType(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printSpacedOperands(op.operandValues)
  p.printAttrDict(op)
  p.write(" : ")
  p.printTypeList(op.operandTypes)
  p.write(" to ")
  p.printTypeList(op.resultTypes)
}

/// `%a, %b attr-dict : ta, tb -> tr`.
func printOperandsColonTypesArrowTypes(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printSpacedOperands(op.operandValues)
  p.printAttrDict(op)
  p.write(" : ")
  p.printTypeList(op.operandTypes)
  p.write(" -> ")
  p.printTypeList(op.resultTypes)
}

/// `( $value ) attr-dict : type($result)`.
private func parseLiteral(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parsePunctuation("(")
  let loc = p.currentLocation
  let value = try p.parseAttribute(type: nil)
  guard TorchAttrKind.elements.accepts(value) else {
    throw p.error(at: loc, "invalid kind of attribute specified")
  }
  state.addAttribute("value", value)
  try p.parsePunctuation(")")
  try p.parseOptionalAttrDict(into: &state.attributes)
  state.resultTypes = [try p.parseColonType()]
}

private func printLiteral(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write("(")
  if let v = op.attr("value") { p.printAttribute(v) }
  p.write(")")
  p.printAttrDict(op, elided: ["value"])
  p.write(" : ")
  p.printTypeList(op.resultTypes)
}

/// `$operand attr-dict : type($result)`; the operand's type is the result's
/// with the other value semantics.
private func parseCopy(_ p: any OpAsmParser, _ state: inout OperationState, resultHasValueSemantics: Bool) throws {
  let operand = try p.parseOperand()
  try p.parseOptionalAttrDict(into: &state.attributes)
  let loc = p.currentLocation
  let result = try p.parseColonType()
  guard let t = TorchTensorType(result), t.hasValueSemantics == resultHasValueSemantics else {
    throw p.error(at: loc,
      "'result' must be Multi-dimensional array modeling Torch's Tensor type, but got '\(result)'")
  }
  state.resultTypes = [result]
  state.operands = [try p.resolveOperand(operand, t.withValueSemantics(!resultHasValueSemantics).type(in: p.context))]
}

private func printCopy(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printSpacedOperands(op.operandValues)
  p.printAttrDict(op)
  p.write(" : ")
  p.printTypeList(op.resultTypes)
}

private func verifyCopy(_ op: Operation, operandIsValue: Bool) throws {
  guard op.numOperands == 1, op.numResults == 1, let a = TorchTensorType(op.operand(0).type),
    let r = TorchTensorType(op.result(0).type)
  else { return }
  if r.withValueSemantics(operandIsValue) != a {
    // TypesMatchWith is checked before the op's own "same sizes and dtype"
    // check, which it implies.
    let what = operandIsValue ? "operand is corresponding !torch.vtensor" : "operand is corresponding !torch.tensor"
    throw OpVerifyError("failed to verify that \(what)")
  }
}

// MARK: Type relations

/// Sizes and dtype of a literal's elements attribute (its shaped type).
func literalSizesAndDtype(_ value: Attribute) -> (sizes: [Int64], dtype: Type)? {
  guard let t = value.type, case .rankedTensor(let shape, let element, _) = t.kind else { return nil }
  return (shape, element)
}

/// The type Torch-MLIR infers for a literal: !torch.vtensor converts
/// signless integers wider than 1 bit to signed; !torch.tensor keeps them.
func literalType(_ inferred: (sizes: [Int64], dtype: Type), valueSemantics: Bool, _ ctx: MLIRContext) -> Type {
  var dtype = inferred.dtype
  if valueSemantics, case .integer(let w, .signless) = dtype.kind, w > 1 {
    dtype = ctx.integerType(w, .signed)
  }
  return TorchTensorType(sizes: inferred.sizes, dtype: dtype, hasValueSemantics: valueSemantics).type(in: ctx)
}

private func areSizesAndDtypesCompatible(_ inferred: (sizes: [Int64], dtype: Type), _ actual: TorchTensorType) -> Bool {
  areSizesAndDtypesCompatible(
    TorchTensorType(sizes: inferred.sizes, dtype: inferred.dtype, hasValueSemantics: false), actual)
}

/// Torch-MLIR's areSizesAndDtypesCompatible: known sizes agree where both
/// are static (verifyCompatibleShape), known dtypes are equal.
func areSizesAndDtypesCompatible(_ a: TorchTensorType, _ b: TorchTensorType) -> Bool {
  if let x = a.sizes, let y = b.sizes {
    guard x.count == y.count else { return false }
    for (m, n) in zip(x, y) where m != torchUnknownSize && n != torchUnknownSize && m != n { return false }
  }
  if let x = a.dtype, let y = b.dtype, x != y { return false }
  return true
}

/// Torch-MLIR's AllowsTypeRefinement trait: users whose operand types may
/// be replaced by subtypes without changing meaning (the ops registered into
/// TorchDialect.typeRefinementOps).
func allowsTypeRefinement(_ op: Operation) -> Bool {
  if op.hasTrait(.allowsTypeRefinement) { return true }
  return (op.context.dialect(torchDialectNamespace) as? TorchDialect)?.typeRefinementOps.contains(op.name.name) ?? false
}

/// The hand-written ops with the AllowsTypeRefinement trait.
let torchTypeRefinementOps: Set<String> = [
  "torch.prim.ListUnpack", "torch.prim.ListConstruct", "torch.prim.DictConstruct",
  "torch.prim.CreateObject", "torch.operator", "torch.linear_params.create",
  "torch.per_tensor_affine.create", "torch.tensor.literal", "torch.tensor_static_info_cast",
  "torch.promote_dtypes", "torch.runtime.assert", "torch.prim.TupleIndex", "torch.prim.device",
  "torch.prim.dtype", "torch.prim.TupleUnpack", "torch.prim.NumToTensor.Scalar",
  "torch.prim.RaiseException", "torch.prim.Uninitialized", "torch.prim.unchecked_cast", "torch.prim.Print",
  "torch.prim.layout", "torch.prim.min.self_int", "torch.prim.min.int", "torch.prim.max.self_int",
  "torch.prim.max.int", "torch.prim.abs.Scalar", "torch.prim.tolist",
  "torch.valsem.aten.bernoulli.float", "torch.onnx.rotary_embedding", "torch.hop_flex_attention",
  "torch.quantized_decomposed.quantize_per_tensor", "torch.quantized_decomposed.dequantize_per_tensor",
  "torch.quantized_decomposed.quantize_per_channel", "torch.quantized_decomposed.dequantize_per_channel",
  "torch.quantized_decomposed.quantize_per_channel_group", "torch.quantized_decomposed.dequantize_per_channel_group",
]
