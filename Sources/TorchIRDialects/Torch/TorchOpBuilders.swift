// Builders for the hand-written Torch ops that lowerings and importers make
// most (Torch-MLIR's ConstantIntOp::create and friends): each creates the
// op at the builder's insertion point and returns its result.

import TorchIRCore

extension OpBuilder {
  private func torchOp(
    _ name: String, _ loc: Location, operands: [Value] = [], results: [Type], value: Attribute? = nil
  ) -> Value {
    var state = OperationState(context: context, name: name, location: loc)
    state.operands = operands
    state.resultTypes = results
    if let value { state.addAttribute("value", value) }
    return create(state).result(0)
  }

  /// `torch.constant.int value`.
  public func torchConstantInt(_ value: Int64, location: Location) -> Value {
    torchOp("torch.constant.int", location, results: [TorchSimpleType.int.type(in: context)],
      value: context.integerAttr(value, context.integerType(64)))
  }

  /// `torch.constant.float value`.
  public func torchConstantFloat(_ value: Double, location: Location) -> Value {
    torchOp("torch.constant.float", location, results: [TorchSimpleType.float.type(in: context)],
      value: context.attribute(.float(doubleToFloatBits(value, kind: .f64), context.f64Type)))
  }

  /// `torch.constant.bool true|false`.
  public func torchConstantBool(_ value: Bool, location: Location) -> Value {
    torchOp("torch.constant.bool", location, results: [TorchSimpleType.bool.type(in: context)],
      value: context.boolAttr(value))
  }

  /// `torch.constant.str "value"`.
  public func torchConstantStr(_ value: String, location: Location) -> Value {
    torchOp("torch.constant.str", location, results: [TorchSimpleType.str.type(in: context)],
      value: context.stringAttr(value))
  }

  /// `torch.constant.none`.
  public func torchConstantNone(location: Location) -> Value {
    torchOp("torch.constant.none", location, results: [TorchSimpleType.none.type(in: context)])
  }

  /// `torch.prim.ListConstruct` of `elements` into a `!torch.list<elementType>`.
  public func torchListConstruct(_ elements: [Value], elementType: Type, location: Location) -> Value {
    torchOp("torch.prim.ListConstruct", location, operands: elements,
      results: [TorchContainerType(.list, of: elementType).type(in: context)])
  }

  /// `torch.vtensor.literal(value)` with the type Torch-MLIR infers for it
  /// (signless integers wider than 1 bit become signed); nil unless `value`
  /// is an elements attribute of a ranked tensor type.
  public func torchVtensorLiteral(_ value: Attribute, location: Location) -> Value? {
    guard TorchAttrKind.elements.accepts(value), let parts = literalSizesAndDtype(value) else { return nil }
    return torchOp("torch.vtensor.literal", location,
      results: [literalType(parts, valueSemantics: true, context)], value: value)
  }

  /// `torch.derefine value to type`.
  public func torchDerefine(_ value: Value, to type: Type, location: Location) -> Value {
    torchOp("torch.derefine", location, operands: [value], results: [type])
  }

  /// `torch.tensor_static_info_cast value to type`.
  public func torchStaticInfoCast(_ value: Value, to type: Type, location: Location) -> Value {
    torchOp("torch.tensor_static_info_cast", location, operands: [value], results: [type])
  }
}
