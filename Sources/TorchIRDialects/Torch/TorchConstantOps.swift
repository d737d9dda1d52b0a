// torch.constant.* (TorchOps.td "Ops corresponding to prim::Constant"):
// custom forms, result names (`%int3`, `%float1.000000e00`, `%true`,
// `%none`, `%str`, `%cpu`), folders, constant.number's canonicalization and
// the dialect's constant materialization (TorchDialect::materializeConstant).

import TorchIRCore

func torchConstantOpDefs() -> [TorchOpDef] {
  let constantTraits: OpTraits = [.pure, .constantLike]

  var none = TorchOpDef("torch.constant.none", traits: constantTraits)
  none.results = [TorchValueDef("result", TorchConstraints.none)]
  none.parse = { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [TorchSimpleType.none.type(in: p.context)]
  }
  none.print = { op, p in p.printAttrDict(op) }
  none.fold = { op, _ in [.attribute(op.context.typeAttr(TorchSimpleType.none.type(in: op.context)))] }
  none.resultNames = { op, set in if op.numResults == 1 { set(op.result(0), "none") } }

  var str = TorchOpDef("torch.constant.str", traits: constantTraits)
  str.attributes = [TorchAttrDef("value", .string)]
  str.results = [TorchValueDef("result", TorchConstraints.str)]
  str.parse = parseValueThenAttrDict(resultType: .str, valueType: nil)
  str.print = printValueThenAttrDict
  str.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  str.resultNames = { op, set in if op.numResults == 1 { set(op.result(0), "str") } }

  var device = TorchOpDef("torch.constant.device", traits: [.pure])
  device.attributes = [TorchAttrDef("value", .string)]
  device.results = [TorchValueDef("result", TorchConstraints.device)]
  device.parse = parseValueThenAttrDict(resultType: .device, valueType: nil)
  device.print = printValueThenAttrDict
  device.resultNames = { op, set in
    if op.numResults == 1, let v = op.attr("value")?.stringValue { set(op.result(0), v) }
  }

  var int = TorchOpDef("torch.constant.int", traits: constantTraits)
  int.attributes = [TorchAttrDef("value", .i64)]
  int.results = [TorchValueDef("result", TorchConstraints.int)]
  int.parse = { p, state in
    let ctx = p.context
    state.resultTypes = [TorchSimpleType.int.type(in: ctx)]
    let value = try p.parseInteger()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.addAttribute("value", ctx.integerAttr(value, ctx.integerType(64)))
  }
  int.print = { op, p in
    p.write(" ")
    if case .integer(let v, _)? = op.attr("value")?.kind { p.write(v.toString(radix: 10, signed: true)) }
    p.printAttrDict(op, elided: ["value"])
  }
  int.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  int.resultNames = { op, set in
    guard op.numResults == 1, case .integer(let v, _)? = op.attr("value")?.kind else { return }
    set(op.result(0), "int" + v.toString(radix: 10, signed: true))
  }

  var float = TorchOpDef("torch.constant.float", traits: constantTraits)
  float.attributes = [TorchAttrDef("value", .f64)]
  float.results = [TorchValueDef("result", TorchConstraints.float)]
  float.parse = { p, state in
    let loc = p.currentLocation
    let value = try p.parseAttribute(type: p.context.f64Type)
    guard case .float = value.kind else { throw p.error(at: loc, "invalid kind of attribute specified") }
    state.addAttribute("value", value)
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [TorchSimpleType.float.type(in: p.context)]
  }
  float.print = printValueThenAttrDict
  float.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  float.resultNames = { op, set in
    guard op.numResults == 1, case .float(let bits, let t)? = op.attr("value")?.kind,
      case .float(let kind) = t.kind
    else { return }
    set(op.result(0), torchFloatResultName(bits: bits, kind: kind))
  }

  var number = TorchOpDef("torch.constant.number", traits: constantTraits)
  number.attributes = [TorchAttrDef("value", .f64OrI64)]
  number.results = [TorchValueDef("result", TorchConstraints.number)]
  number.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  number.patterns = [
    ClosurePattern("torch.constant.number", name: "ConstantNumberToDerefine") { op, rewriter in
      guard op.numResults == 1, let value = op.attr("value") else { return false }
      let ctx = op.context
      let name: String
      let type: Type
      switch value.kind {
      case .float:
        name = "torch.constant.float"
        type = TorchSimpleType.float.type(in: ctx)
      case .integer:
        name = "torch.constant.int"
        type = TorchSimpleType.int.type(in: ctx)
      default: return false
      }
      var constant = OperationState(context: ctx, name: name, location: op.location)
      constant.resultTypes = [type]
      constant.addAttribute("value", value)
      rewriter.setInsertionPoint(before: op)
      let c = rewriter.create(constant)
      var derefine = OperationState(context: ctx, name: "torch.derefine", location: op.location)
      derefine.operands = [c.result(0)]
      derefine.resultTypes = [op.result(0).type]
      rewriter.replaceOp(op, withNew: derefine)
      return true
    }
  ]

  var bool = TorchOpDef("torch.constant.bool", traits: constantTraits)
  bool.attributes = [TorchAttrDef("value", .i1)]
  bool.results = [TorchValueDef("result", TorchConstraints.bool)]
  bool.parse = { p, state in
    let loc = p.currentLocation
    let value = try p.parseAttribute(type: p.context.integerType(1))
    guard case .bool = value.kind else { throw p.error(at: loc, "invalid kind of attribute specified") }
    state.addAttribute("value", value)
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [TorchSimpleType.bool.type(in: p.context)]
  }
  bool.print = printValueThenAttrDict
  bool.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
  bool.resultNames = { op, set in
    guard op.numResults == 1, case .bool(let b)? = op.attr("value")?.kind else { return }
    set(op.result(0), b ? "true" : "false")
  }

  return [none, str, device, int, float, number, bool]
}

/// `$value attr-dict` for a string valued constant.
private func parseValueThenAttrDict(resultType: TorchSimpleType, valueType: Type?)
  -> (any OpAsmParser, inout OperationState) throws -> Void
{
  return { p, state in
    state.addAttribute("value", try parseStringAttr(p))
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [resultType.type(in: p.context)]
  }
}

private func printValueThenAttrDict(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let v = op.attr("value") { p.printAttributeWithoutType(v) }
  p.printAttrDict(op, elided: ["value"])
}

/// `float` and the value as APFloat::toString(6, 0, false) writes it, with
/// the characters that cannot be in an SSA name (`+`) dropped:
/// `float1.000000e00`, `float-1.000000e-10`, `floatInf`, `floatNaN`.
func torchFloatResultName(bits: APInt, kind: FloatKind) -> String {
  let text = formatFloatAPFloatStyle(
    bits: bits, kind: kind, formatPrecision: 6, formatMaxPadding: 0, truncateZero: false)
  let kept = text.filter { c in
    c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "$" || c == "." || c == "-")
  }
  return "float" + kept
}

// MARK: Constant materialization

/// TorchDialect::materializeConstant: the torch constant op for `value` of
/// Torch type `type` (int, float, number, bool, none, str, vtensor).
func materializeTorchConstant(_ builder: OpBuilder, value: Attribute, type: Type, location: Location)
  -> Operation?
{
  let ctx = builder.context
  func constant(_ name: String, _ attr: Attribute?) -> Operation {
    var state = OperationState(context: ctx, name: name, location: location)
    state.resultTypes = [type]
    if let attr { state.addAttribute("value", attr) }
    return builder.create(state)
  }
  switch TorchSimpleType(type) {
  case .int?:
    guard case .integer = value.kind else { return nil }
    return constant("torch.constant.int", value)
  case .float?:
    guard case .float = value.kind else { return nil }
    return constant("torch.constant.float", value)
  case .number?:
    switch value.kind {
    case .float, .integer: return constant("torch.constant.number", value)
    default: return nil
    }
  case .bool?:
    switch value.kind {
    case .bool: return constant("torch.constant.bool", value)
    case .integer(let i, _): return constant("torch.constant.bool", ctx.boolAttr(!i.isZero))
    default: return nil
    }
  case .none?:
    return constant("torch.constant.none", nil)
  default:
    break
  }
  if case .string = value.kind { return constant("torch.constant.str", value) }
  // Only value tensors fold: !torch.tensor has aliasing semantics.
  if type.isTorchValueTensor {
    // The literal's type is inferred from the attribute (signless integers
    // become signed); it must be the requested one.
    guard TorchAttrKind.elements.accepts(value), let parts = literalSizesAndDtype(value),
      literalType(parts, valueSemantics: true, ctx) == type
    else { return nil }
    return constant("torch.vtensor.literal", value)
  }
  return nil
}
