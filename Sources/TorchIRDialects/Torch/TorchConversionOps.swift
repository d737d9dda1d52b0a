// The torch_c (TorchConversion) dialect's ops: conversions between Torch
// and builtin types (TorchConversionOps.td), their verifiers and constant
// folders, and the dialect's constant materialization.

import TorchIRCore

func torchConversionOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self
  var defs: [TorchOpDef] = []

  var toBuiltin = TorchOpDef("torch_c.to_builtin_tensor", traits: [.pure])
  toBuiltin.operands = [TorchValueDef("operand", C.valueTensor)]
  toBuiltin.results = [TorchValueDef("result", C.builtinTensor)]
  toBuiltin.parse = parseOperandColonTypeArrowTypes
  toBuiltin.print = printOperandColonTypeArrowTypes
  toBuiltin.verify = { op in
    guard op.numOperands == 1, op.numResults == 1, let t = TorchTensorType(op.operand(0).type) else { return }
    guard let builtin = t.toBuiltinTensor(in: op.context),
      haveSameSizeAndElementType(op.result(0).type, builtin)
    else { throw opEmitError(op, "operand and result must have the same size and dtype") }
  }
  toBuiltin.fold = { _, operands in foldElements(operands) }
  defs.append(toBuiltin)

  var fromBuiltin = TorchOpDef("torch_c.from_builtin_tensor", traits: [.pure])
  fromBuiltin.operands = [TorchValueDef("operand", C.builtinTensor)]
  fromBuiltin.results = [TorchValueDef("result", C.valueTensor)]
  fromBuiltin.parse = parseOperandColonTypeArrowTypes
  fromBuiltin.print = printOperandColonTypeArrowTypes
  fromBuiltin.verify = { op in
    guard op.numOperands == 1, op.numResults == 1, let t = TorchTensorType(op.result(0).type) else { return }
    guard let builtin = t.toBuiltinTensor(in: op.context),
      haveSameSizeAndElementType(builtin, op.operand(0).type)
    else { throw opEmitError(op, "operand and result must have the same size and dtype") }
  }
  fromBuiltin.fold = { _, operands in foldElements(operands) }
  defs.append(fromBuiltin)

  // Scalar conversions: `torch_c.to_i64 %x attr-dict`, types inferred.
  let ctxFree: [(String, TorchTypeConstraint, TorchTypeConstraint, (MLIRContext) -> Type, FoldKind?)] = [
    ("torch_c.to_i1", C.bool, C.i1, { $0.integerType(1) }, .bool),
    ("torch_c.from_i1", C.i1, C.bool, { TorchSimpleType.bool.type(in: $0) }, .bool),
    ("torch_c.to_i64", C.int, C.i64, { $0.integerType(64) }, .integer),
    ("torch_c.from_i64", C.i64, C.int, { TorchSimpleType.int.type(in: $0) }, .integer),
    ("torch_c.to_f64", C.float, C.f64, { $0.f64Type }, .float),
    ("torch_c.from_f64", C.f64, C.float, { TorchSimpleType.float.type(in: $0) }, .float),
    ("torch_c.i64_to_generator", C.i64, C.generator, { TorchSimpleType.generator.type(in: $0) }, nil),
    ("torch_c.generator_to_i64", C.generator, C.i64, { $0.integerType(64) }, nil),
  ]
  for (name, from, to, resultType, foldKind) in ctxFree {
    var def = TorchOpDef(name, traits: [.pure])
    def.operands = [TorchValueDef("operand", from)]
    def.results = [TorchValueDef("result", to)]
    def.parse = { p, state in
      let operand = try p.parseOperand()
      try p.parseOptionalAttrDict(into: &state.attributes)
      state.resultTypes = [resultType(p.context)]
      state.operands = [try p.resolveOperand(operand, inferredOperandType(name, p.context))]
    }
    def.print = { op, p in
      p.printSpacedOperands(op.operandValues)
      p.printAttrDict(op)
    }
    def.verify = { op in
      guard op.numResults == 1 else { return }
      let want = resultType(op.context)
      if op.result(0).type != want {
        throw OpVerifyError(
          "inferred type(s) '\(want)' are incompatible with return type(s) of operation '\(op.result(0).type)'")
      }
    }
    if let kind = foldKind {
      def.fold = { _, operands in
        guard operands.count == 1, let a = operands[0] else { return nil }
        switch (kind, a.kind) {
        case (.bool, .bool), (.integer, .integer), (.float, .float): return [.attribute(a)]
        default: return nil
        }
      }
    }
    defs.append(def)
  }

  var seed = TorchOpDef("torch_c.get_next_seed")
  seed.results = [TorchValueDef("result", C.i64)]
  seed.parse = { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    try p.parsePunctuation("(")
    try p.parsePunctuation(")")
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
  }
  seed.print = { op, p in
    p.printAttrDict(op)
    p.write(" : () -> ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(seed)

  return defs
}

private enum FoldKind { case bool, integer, float }

/// The operand type of a scalar conversion, which its format leaves out.
private func inferredOperandType(_ name: String, _ ctx: MLIRContext) -> Type {
  switch name {
  case "torch_c.to_i1": return TorchSimpleType.bool.type(in: ctx)
  case "torch_c.from_i1": return ctx.integerType(1)
  case "torch_c.to_i64": return TorchSimpleType.int.type(in: ctx)
  case "torch_c.from_i64", "torch_c.i64_to_generator": return ctx.integerType(64)
  case "torch_c.to_f64": return TorchSimpleType.float.type(in: ctx)
  case "torch_c.from_f64": return ctx.f64Type
  default: return TorchSimpleType.generator.type(in: ctx)
  }
}

/// An elements attribute operand folds through unchanged.
private func foldElements(_ operands: [Attribute?]) -> [OpFoldResult]? {
  guard operands.count == 1, let a = operands[0] else { return nil }
  switch a.kind {
  case .denseElements, .denseResource, .denseStrings, .sparseElements: return [.attribute(a)]
  default: return nil
  }
}

/// TorchConversion's haveSameSizeAndElementType: same rankedness and shape,
/// and the same element type, where integers only need the same width (the
/// signedness of builtin and Torch integers may differ).
private func haveSameSizeAndElementType(_ lhs: Type, _ rhs: Type) -> Bool {
  func parts(_ t: Type) -> (shape: [Int64]?, element: Type)? {
    switch t.kind {
    case .rankedTensor(let shape, let element, _): return (shape, element)
    case .unrankedTensor(let element): return (nil, element)
    default: return nil
    }
  }
  guard let a = parts(lhs), let b = parts(rhs), (a.shape == nil) == (b.shape == nil) else { return false }
  if let x = a.shape, let y = b.shape, x != y { return false }
  if case .integer(let wa, _) = a.element.kind, case .integer(let wb, _) = b.element.kind { return wa == wb }
  return a.element == b.element
}

/// TorchConversionDialect::materializeConstant: Torch constants for Torch
/// types (as the torch dialect makes them, vtensor literals of the requested
/// type), arith.constant for builtin types.
func materializeTorchConversionConstant(
  _ builder: OpBuilder, value: Attribute, type: Type, location: Location
) -> Operation? {
  if let t = TorchTensorType(type) {
    guard t.hasValueSemantics else { return nil }
    switch value.kind {
    case .denseElements, .denseResource, .denseStrings, .sparseElements:
      var state = OperationState(context: builder.context, name: "torch.vtensor.literal", location: location)
      state.resultTypes = [type]
      state.addAttribute("value", value)
      return builder.create(state)
    default:
      return nil
    }
  }
  if type.isTorchType {
    return materializeTorchConstant(builder, value: value, type: type, location: location)
  }
  return builder.context.dialect("arith")?.materializeConstant(builder, value: value, type: type, location: location)
}
