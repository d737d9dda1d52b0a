// Creating linalg ops from Swift (for lowerings such as TorchToLinalg): the
// same ops, attributes and bodies the custom-form parsers build, so a built
// op prints exactly as the parsed one would.

import TorchIRCore

public struct LinalgBuildError: Error, CustomStringConvertible {
  public let description: String
}

/// Creates the named structured op `name` (`linalg.matmul`,
/// `linalg.conv_2d_nchw_fchw`, `linalg.fill`, ...) at the builder's insertion
/// point with its body; its results are the tensor outputs' types. Attributes
/// such as `strides` or `cast` go in `attributes`.
@discardableResult
public func buildNamedStructuredOp(
  _ builder: OpBuilder, name: String, inputs: [Value], outputs: [Value],
  attributes: [NamedAttribute] = [], location: Location = .unknown
) throws -> Operation {
  let ctx = builder.context
  guard let def = namedOpDefinitions[name] ?? contractionOpDefinitions[name] else {
    throw LinalgBuildError(description: "\(name) is not a linalg named structured op")
  }
  guard inputs.count + outputs.count == def.operands.count else {
    throw LinalgBuildError(
      description: "\(name) takes \(def.operands.count) operands, got \(inputs.count + outputs.count)")
  }
  var state = OperationState(context: ctx, name: name, location: location)
  state.operands = inputs + outputs
  state.resultTypes = outputs.map(\.type).filter(isRankedTensor)
  state.attributes = attributes
  if contractionOpDefinitions[name] != nil, !attributes.contains(where: { $0.name == "indexing_maps" }) {
    state.addAttribute("indexing_maps", affineMapArrayAttr(ctx, def.maps))
  }
  state.addAttribute("operandSegmentSizes", linalgDenseI32Array(ctx, [inputs.count, outputs.count]))
  let region = state.addRegion()
  do {
    try buildNamedOpRegion(
      def, region: region, inputTypes: inputs.map(\.type), outputTypes: outputs.map(\.type),
      attributes: state.attributes, context: ctx)
  } catch let e as RegionBuildError {
    throw LinalgBuildError(description: e.message)
  }
  return builder.create(state)
}

/// Creates a linalg.generic whose body `body` fills: it receives a builder
/// at the end of the body block and the block arguments (one element per
/// input, then per output) and returns the values to yield.
@discardableResult
public func buildGenericOp(
  _ builder: OpBuilder, inputs: [Value], outputs: [Value], indexingMaps: [AffineMap],
  iteratorTypes: [IteratorType], attributes: [NamedAttribute] = [], location: Location = .unknown,
  body: (inout OpBuilder, [Value]) throws -> [Value]
) rethrows -> Operation {
  let ctx = builder.context
  var state = OperationState(context: ctx, name: "linalg.generic", location: location)
  state.operands = inputs + outputs
  state.resultTypes = outputs.map(\.type).filter(isRankedTensor)
  state.attributes = attributes
  state.addAttribute("indexing_maps", affineMapArrayAttr(ctx, indexingMaps))
  state.addAttribute(
    "iterator_types", ctx.arrayAttr(iteratorTypes.map { linalgEnumAttribute(ctx, "iterator_type", $0.rawValue) }))
  state.addAttribute("operandSegmentSizes", linalgDenseI32Array(ctx, [inputs.count, outputs.count]))
  let region = state.addRegion()
  var bodyBuilder = OpBuilder(ctx)
  let block = bodyBuilder.createBlock(
    region, argumentTypes: (inputs + outputs).map { elementTypeOrSelf($0.type) },
    locations: (inputs + outputs).map(\.location))
  let yielded = try body(&bodyBuilder, Array(block.arguments).map { $0 as Value })
  var yield = OperationState(context: ctx, name: "linalg.yield", location: location)
  yield.operands = yielded
  block.append(Operation(yield))
  return builder.create(state)
}
