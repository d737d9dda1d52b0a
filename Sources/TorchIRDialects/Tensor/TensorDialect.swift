// The tensor dialect: ops come from Specs/Tensor.spec (Generated/TensorOps.swift);
// this file registers what is not data — the verifiers of TensorOps.cpp with
// MLIR's messages and the result names. Custom forms are in
// TensorCustomForms.swift, folders in TensorFolders.swift, canonicalization
// patterns in TensorFolders.swift and Tensor*Patterns.swift.

import TorchIRCore

public final class TensorDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "tensor")
    // MLIR's inliner interface of this dialect allows inlining all its ops.
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    installTensorCustomForms(&hooks)
    installTensorVerifiers(&hooks)
    let names: [(String, String)] = [
      ("cast", "cast"), ("collapse_shape", "collapsed"), ("concat", "concat"), ("dim", "dim"),
      ("expand_shape", "expanded"), ("extract", "extracted"), ("extract_slice", "extracted_slice"),
      ("from_elements", "from_elements"), ("gather", "gather"), ("generate", "generated"),
      ("insert", "inserted"), ("insert_slice", "inserted_slice"), ("pad", "padded"), ("rank", "rank"),
      ("reshape", "reshape"), ("scatter", "scatter"), ("splat", "splat"),
    ]
    for (op, name) in names { hooks.resultNames["tensor." + op] = shapedResultName(name) }
    installTensorFolders(&hooks)
    runtime = SpecRuntime(tensorDialectSpec, context: context, hooks: hooks)
    // Body checks run after the ops in the body are verified (verifyRegions).
    context.registeredOperation("tensor.generate")?.info?.verifyRegions = verifyGenerateRegion
    context.registeredOperation("tensor.pad")?.info?.verifyRegions = verifyPadRegion
    installTensorPatterns(context)
    installTensorSlicePatterns(context)
    installTensorReshapeAndPadPatterns(context)
    installReshapeCompositionPatterns(context, dialect: "tensor")
    installTensorCastPatterns(context)
  }

  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    guard isBuildableConstant(value, type) else { return nil }
    return builder.create(
      "arith.constant", location: location, resultTypes: [type],
      attributes: [NamedAttribute("value", value)])
  }
}

/// An error reported at the op without the `'op' op` prefix (MLIR's
/// `op->emitError` rather than `emitOpError`).
func shapedOpError(_ op: Operation, _ message: String) -> Diagnostic {
  opEmitError(op, message)
}

// MARK: Shape helpers

/// MLIR's areCastCompatible for tensors: same element type, ranks and
/// static sizes agree where both are known.
func tensorsCastCompatible(_ a: Type, _ b: Type) -> Bool {
  guard a.isTensor, b.isTensor, a.elementType == b.elementType else { return false }
  return castShapesCompatible(a.shape, b.shape)
}

/// Unranked is compatible with anything; ranked shapes need equal rank and
/// equal static sizes.
func castShapesCompatible(_ a: [Int64]?, _ b: [Int64]?) -> Bool {
  guard let a, let b else { return true }
  guard a.count == b.count else { return false }
  for (x, y) in zip(a, b) where x != kDynamic && y != kDynamic && x != y { return false }
  return true
}

enum SliceCheck { case success, rankTooLarge, sizeMismatch, elementTypeMismatch }

/// MLIR's isRankReducedType on shapes: `reduced` is `original` with some
/// static 1s dropped.
func sliceRankReduction(original: [Int64], originalElement: Type?, reduced: [Int64], reducedElement: Type?) -> SliceCheck {
  if reduced.count > original.count { return .rankTooLarge }
  var j = 0
  for d in original {
    if j < reduced.count && reduced[j] == d {
      j += 1
    } else if d != 1 {
      return .sizeMismatch
    }
  }
  if j != reduced.count { return .sizeMismatch }
  if originalElement != reducedElement { return .elementTypeMismatch }
  return .success
}

/// produceSliceErrorMsg of TensorOps.cpp / MemRefOps.cpp.
func sliceError(_ op: Operation, _ check: SliceCheck, expected: Type) -> Diagnostic? {
  switch check {
  case .success: return nil
  case .rankTooLarge: return shapedOpError(op, "expected rank to be smaller or equal to the other rank. ")
  case .sizeMismatch: return shapedOpError(op, "expected type to be '\(expected)' or a rank-reduced version. (size mismatch) ")
  case .elementTypeMismatch:
    return shapedOpError(op, "expected element type to be '\(expected.elementType.map { "\($0)" } ?? "")'")
  }
}

/// The OffsetSizeAndStride checks (ViewLikeInterface.cpp) of an op whose
/// offsets, sizes and strides follow `leading` operands; returns the mixed
/// lists.
func verifyOffsetSizeAndStride(
  _ op: Operation, leading: Int, maxRankOffsets: Int? = nil, maxRank: Int
) throws -> (offsets: [Int64], sizes: [Int64], strides: [Int64]) {
  try verifyOperandSegments(op, count: leading + 3)
  guard let lists = sliceLists(op, leading: leading) else { return ([], [], []) }
  var statics: [[Int64]] = []
  for name in ["static_offsets", "static_sizes", "static_strides"] {
    guard let v = op.attr(name) else { throw OpVerifyError("requires attribute '\(name)'") }
    guard let a = denseI64ArrayValues(v) else {
      throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: i64 dense array attribute")
    }
    statics.append(a)
  }
  let names = ["offsets", "sizes", "strides"]
  let values = [lists.offsets, lists.sizes, lists.strides]
  for k in 0..<3 where dynamicCount(statics[k]) != values[k].count {
    throw shapedOpError(op,
      "expected the number of '\(names[k])' to match the number of dynamic entries in 'static_\(names[k])' (\(values[k].count) vs \(dynamicCount(statics[k])))")
  }
  let offsetRank = maxRankOffsets ?? maxRank
  if !(statics[0].count == 1 && offsetRank == 1) && statics[0].count != statics[1].count {
    throw shapedOpError(op,
      "expected mixed offsets rank to match mixed sizes rank (\(statics[0].count) vs \(statics[1].count)) so the rank of the result type is well-formed.")
  }
  if statics[1].count != statics[2].count {
    throw shapedOpError(op,
      "expected mixed sizes rank to match mixed strides rank (\(statics[1].count) vs \(statics[2].count)) so the rank of the result type is well-formed.")
  }
  let singular = ["offset", "size", "stride"]
  for k in 0..<3 {
    let expected = k == 0 ? offsetRank : maxRank
    if statics[k].count != expected {
      throw shapedOpError(op, "expected \(expected) \(singular[k]) values, got \(statics[k].count)")
    }
  }
  for o in statics[0] where o < 0 && o != kDynamic {
    throw shapedOpError(op, "expected offsets to be non-negative, but got \(o)")
  }
  for s in statics[1] where s < 0 && s != kDynamic {
    throw shapedOpError(op, "expected sizes to be non-negative, but got \(s)")
  }
  return (statics[0], statics[1], statics[2])
}

// MARK: Verifiers

private func installTensorVerifiers(_ h: inout DialectHooks) {
  h.verifiers["tensor.cast"] = { op in
    let (a, b) = (op.operand(0).type, op.result(0).type)
    if !tensorsCastCompatible(a, b) {
      throw OpVerifyError("operand type '\(a)' and result type '\(b)' are cast incompatible")
    }
  }
  h.verifiers["tensor.bitcast"] = { op in
    let (a, b) = (op.operand(0).type, op.result(0).type)
    let widthsMatch = a.elementType?.intOrFloatBitWidth != nil
      && a.elementType?.intOrFloatBitWidth == b.elementType?.intOrFloatBitWidth
    if !widthsMatch || !castShapesCompatible(a.shape, b.shape) {
      throw OpVerifyError("operand type '\(a)' and result type '\(b)' are cast incompatible")
    }
  }
  h.verifiers["tensor.collapse_shape"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    try verifyCollapseOrExpand(op, collapsedType: op.result(0).type, expandedType: op.operand(0).type, isExpand: false)
  }
  h.verifiers["tensor.expand_shape"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    try verifyExpandShapeOperands(op)
    try verifyCollapseOrExpand(op, collapsedType: op.operand(0).type, expandedType: op.result(0).type, isExpand: true)
  }
  h.verifiers["tensor.concat"] = verifyConcat
  h.verifiers["tensor.dim"] = { op in
    // The constraint is "non-0-ranked or unranked": a 0-d tensor has no dims.
    if op.operand(0).type.shape?.isEmpty == true {
      throw OpVerifyError("operand #0 must be non-0-ranked or unranked tensor, but got '\(op.operand(0).type)'")
    }
  }
  h.verifiers["tensor.empty"] = { op in
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    let shape = op.result(0).type.shape ?? []
    let expected = dynamicCount(shape)
    if op.numOperands != expected {
      throw OpVerifyError("incorrect number of dynamic sizes, has \(op.numOperands), expected \(expected)")
    }
  }
  h.verifiers["tensor.extract"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    let t = op.operand(0).type
    if op.result(0).type != t.elementType {
      throw OpVerifyError("failed to verify that result type matches element type of tensor")
    }
    if let s = t.shape, s.count != op.numOperands - 1 {
      throw OpVerifyError("incorrect number of indices for extract_element")
    }
  }
  h.verifiers["tensor.insert"] = { op in
    try requireRankedTensorOperand(op, 1, "ranked tensor of any non-token type values")
    let t = op.operand(1).type
    if op.result(0).type != t {
      throw OpVerifyError("failed to verify that result type matches type of dest")
    }
    if op.operand(0).type != t.elementType {
      throw OpVerifyError("failed to verify that scalar type matches element type of dest")
    }
    if let s = t.shape, s.count != op.numOperands - 2 {
      throw OpVerifyError("incorrect number of indices")
    }
  }
  h.verifiers["tensor.extract_slice"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    let source = op.operand(0).type
    let rank = source.shape?.count ?? 0
    let (offsets, sizes, strides) = try verifyOffsetSizeAndStride(op, leading: 1, maxRank: rank)
    let expected = op.context.tensorType(sizes, source.elementType ?? source)
    let result = op.result(0).type
    if let e = sliceError(op, sliceRankReduction(
      original: sizes, originalElement: source.elementType,
      reduced: result.shape ?? [], reducedElement: result.elementType), expected: expected)
    {
      throw e
    }
    try verifySliceInBounds(op, shape: source.shape ?? [], offsets: offsets, sizes: sizes, strides: strides)
  }
  h.verifiers["tensor.insert_slice"] = { op in try verifyInsertSlice(op) }
  h.verifiers["tensor.parallel_insert_slice"] = { op in
    guard let parent = op.parentOp, parent.name.name == "scf.forall.in_parallel" else {
      // MLIR appends the parent op in generic form.
      let parentText = op.parentOp.map { "\n\($0)" } ?? ""
      throw shapedOpError(op, "expected InParallelOpInterface parent, got:" + parentText)
    }
    try verifyInsertSlice(op)
  }
  h.verifiers["tensor.from_elements"] = { op in
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    let t = op.result(0).type
    for o in op.operands where o.value.type != t.elementType {
      throw OpVerifyError("failed to verify that operand types match result element type")
    }
    if let n = wrappingElementCount(t), n != op.numOperands {
      throw OpVerifyError("number of operands and types do not match: got \(op.numOperands) operands and \(n) types")
    }
  }
  h.verifiers["tensor.splat"] = { op in
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    let t = op.result(0).type
    if op.operand(0).type != t.elementType {
      throw OpVerifyError("failed to verify that operand type matches element type of result")
    }
    let expected = dynamicCount(t.shape ?? [])
    if op.numOperands - 1 != expected {
      throw OpVerifyError("incorrect number of dynamic sizes, has \(op.numOperands - 1), expected \(expected)")
    }
  }
  h.verifiers["tensor.generate"] = verifyGenerate
  h.verifiers["tensor.pad"] = verifyPad
  h.verifiers["tensor.reshape"] = { op in
    let (source, shapeType, result) = (op.operand(0).type, op.operand(1).type, op.result(0).type)
    if (shapeType.shape?.count ?? 1) != 1 {
      throw OpVerifyError("operand #1 must be 1D tensor of signless integer or index values, but got '\(shapeType)'")
    }
    if source.elementType != result.elementType {
      throw OpVerifyError("element types of source and destination tensor types should be the same")
    }
    guard let resultShape = result.shape else { return }
    if let a = source.staticElementCount, let b = result.staticElementCount, a != b {
      throw OpVerifyError("source and destination tensor should have the same number of elements")
    }
    guard let len = shapeType.shape?.first else { return }
    if len == kDynamic {
      throw OpVerifyError("cannot use shape operand with dynamic length to reshape to statically-ranked tensor type")
    }
    if len != Int64(resultShape.count) {
      throw OpVerifyError("length of shape operand differs from the result's tensor rank")
    }
  }
  h.verifiers["tensor.gather"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
    try verifyGatherScatter(
      op, source: op.operand(0).type, indices: op.operand(1).type, dims: denseI64ArrayValues(op.attr("gather_dims")),
      sliced: op.result(0).type, dimsName: "gather_dims", slicedName: "result")
  }
  h.verifiers["tensor.scatter"] = { op in
    try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
    try requireRankedTensorOperand(op, 1, "ranked tensor of any non-token type values")
    try verifyGatherScatter(
      op, source: op.operand(1).type, indices: op.operand(2).type, dims: denseI64ArrayValues(op.attr("scatter_dims")),
      sliced: op.operand(0).type, dimsName: "scatter_dims", slicedName: "source")
    if op.attr("unique") == nil { throw OpVerifyError("requires 'unique' attribute to be set") }
    if op.result(0).type != op.operand(1).type {
      throw OpVerifyError("failed to verify that result type matches type of dest")
    }
  }
  h.verifiers["tensor.yield"] = { op in
    guard let parent = op.parentOp, ["tensor.generate", "tensor.pad"].contains(parent.name.name) else {
      throw OpVerifyError("expects parent op to be one of 'tensor.generate, tensor.pad'")
    }
  }
}

private func verifyExpandShapeOperands(_ op: Operation) throws {
  guard let v = op.attr("static_output_shape") else {
    throw OpVerifyError("requires attribute 'static_output_shape'")
  }
  guard let statics = denseI64ArrayValues(v) else {
    throw OpVerifyError("attribute 'static_output_shape' failed to satisfy constraint: i64 dense array attribute")
  }
  let resultShape = op.result(0).type.shape ?? []
  if statics.count != resultShape.count {
    throw OpVerifyError(
      "expected number of static shape dims to be equal to the output rank (\(resultShape.count)) but found \(statics.count) inputs instead")
  }
  if dynamicCount(statics) != op.numOperands - 1 {
    throw OpVerifyError(
      "mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has \(dynamicCount(statics)) dynamic dims while output_shape has \(op.numOperands - 1) values")
  }
  for (i, (s, r)) in zip(statics, resultShape).enumerated() where s != kDynamic && s != r {
    throw OpVerifyError("invalid output shape provided at pos \(i)")
  }
}

/// verifyTensorReshapeOp / verifyReshapeLikeTypes of TensorOps.cpp.
func verifyCollapseOrExpand(_ op: Operation, collapsedType: Type, expandedType: Type, isExpand: Bool) throws {
  guard let reassoc = op.attr("reassociation") else { throw OpVerifyError("requires attribute 'reassociation'") }
  guard let groups = reassociationGroups(reassoc) else {
    throw OpVerifyError(
      "attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes")
  }
  guard let collapsed = collapsedType.shape, let expanded = expandedType.shape else { return }
  if expanded.count < collapsed.count {
    throw OpVerifyError("expected the expanded type, '\(expandedType)' to have a higher (or same) rank than the collapsed type, '\(collapsedType)'.")
  }
  if collapsed.count != groups.count {
    throw OpVerifyError(
      "expected collapsed rank (\(collapsed.count)) to equal the number of reassociation maps (\(groups.count)).")
  }
  // Each group becomes an affine map over as many dims as the largest
  // index + 1 (getReassociationMaps), which must be the expanded rank.
  if !groups.isEmpty {
    let largest = groups.flatMap { $0 }.max() ?? -1
    let dims = largest == Int64.max ? largest : largest + 1
    if dims != Int64(expanded.count) {
      throw OpVerifyError(
        "expected reassociation map #0 to have size equal to the expanded rank (\(expanded.count)), but it is  \(dims).")
    }
  }
  // isReassociationValid: the groups list 0, 1, 2, ... in order.
  var next: Int64 = 0
  for (i, g) in groups.enumerated() {
    for d in g {
      if d != next { throw OpVerifyError("expected reassociation map #\(i) to be valid and contiguous.") }
      next += 1
    }
  }
  if !groups.isEmpty && next != Int64(expanded.count) {
    throw OpVerifyError("expected reassociation map #\(groups.count - 1) to be valid and contiguous.")
  }
  try verifyReshapeShapes(collapsed: collapsed, expanded: expanded, groups: groups)
  if case .rankedTensor(_, let element, let encoding) = expandedType.kind {
    let expected = op.context.tensorType(collapsed, element, encoding: encoding)
    if expected != collapsedType {
      throw OpVerifyError("expected collapsed type to be '\(expected)', but got '\(collapsedType)'")
    }
  }
}

private func verifyConcat(_ op: Operation) throws {
  if op.numOperands == 0 { throw OpVerifyError("requires at least one input") }
  for i in 0..<op.numOperands { try requireRankedTensorOperand(op, i, "variadic of ranked tensor of any non-token type values") }
  try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
  let result = op.result(0).type
  guard let resultShape = result.shape else { return }
  let rank = resultShape.count
  for o in op.operands {
    let t = o.value.type
    if (t.shape?.count ?? 0) != rank {
      throw OpVerifyError("rank of concatenated inputs must match result rank")
    }
    if t.elementType != result.elementType {
      throw OpVerifyError("inputs and result element type must match")
    }
  }
  guard case .integer(let dv, _)? = op.attr("dim")?.kind else { throw OpVerifyError("requires attribute 'dim'") }
  let dim = dv.asInt64
  if dim < 0 || dim >= Int64(rank) { throw OpVerifyError("concatenation dim must be less than the tensor rank") }
  var inferred = Array(repeating: kDynamic, count: rank)
  for i in 0..<rank where Int64(i) != dim {
    for o in op.operands {
      let s = o.value.type.shape?[i] ?? kDynamic
      if s == kDynamic { continue }
      if inferred[i] != kDynamic && inferred[i] != s {
        throw OpVerifyError("static concatenation size mismatch along non-concatenated dimension \(i)")
      }
      inferred[i] = s
    }
  }
  var total: Int64 = 0
  for o in op.operands {
    let s = o.value.type.shape?[Int(dim)] ?? kDynamic
    if s == kDynamic || total == kDynamic { total = kDynamic } else { total += s }
  }
  inferred[Int(dim)] = total
  let inferredType = op.context.tensorType(inferred, result.elementType ?? result)
  for (r, s) in zip(resultShape, inferred) where r != kDynamic && s != kDynamic && r != s {
    throw OpVerifyError("result type '\(result)'does not match inferred shape '\(inferredType)' static sizes")
  }
}

private func verifyInsertSlice(_ op: Operation) throws {
  try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
  try requireRankedTensorOperand(op, 1, "ranked tensor of any non-token type values")
  let (source, dest) = (op.operand(0).type, op.operand(1).type)
  if op.numResults == 1 && op.result(0).type != dest {
    throw OpVerifyError("failed to verify that expected result type to match dest type")
  }
  let rank = dest.shape?.count ?? 0
  let (offsets, sizes, strides) = try verifyOffsetSizeAndStride(op, leading: 2, maxRank: rank)
  let expected = op.context.tensorType(sizes, dest.elementType ?? dest)
  if let e = sliceError(op, sliceRankReduction(
    original: sizes, originalElement: dest.elementType,
    reduced: source.shape ?? [], reducedElement: source.elementType), expected: expected)
  {
    throw e
  }
  try verifySliceInBounds(op, shape: dest.shape ?? [], offsets: offsets, sizes: sizes, strides: strides)
}

private func verifyGenerate(_ op: Operation) throws {
  try requireSingleBlockRegion(op, named: "body")
  try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
  let t = op.result(0).type
  let shape = t.shape ?? []
  let expected = dynamicCount(shape)
  if op.numOperands != expected {
    throw OpVerifyError("incorrect number of dynamic sizes, has \(op.numOperands), expected \(expected)")
  }
}

/// GenerateOp::verifyRegions: one index argument per dimension, and a
/// tensor.yield of the element type.
private func verifyGenerateRegion(_ op: Operation) throws {
  guard op.numResults == 1, let shape = op.result(0).type.shape, op.regions.count == 1,
    let body = op.region(0).blocks.first
  else { return }
  let t = op.result(0).type
  if body.arguments.count != shape.count {
    throw shapedOpError(op, "must have one body argument per input dimension")
  }
  if body.arguments.contains(where: { !$0.type.isIndex }) {
    throw shapedOpError(op, "all body arguments must be index")
  }
  guard let last = body.last, last.name.name == "tensor.yield", last.numOperands == 1,
    last.operand(0).type == t.elementType
  else {
    throw OpVerifyError("body must be terminated with a `yield` operation of the tensor element type")
  }
}

private func verifyPad(_ op: Operation) throws {
  try requireSingleBlockRegion(op, named: "region")
  try requireRankedTensorOperand(op, 0, "ranked tensor of any non-token type values")
  try requireRankedTensorResult(op, 0, "ranked tensor of any non-token type values")
  try verifyOperandSegments(op, count: 3)
  guard let g = operandSegments(op, count: 3) else { return }
  let source = op.operand(0).type
  let shape = source.shape ?? []
  var lists: [[Int64]] = []
  for (k, name) in ["static_low", "static_high"].enumerated() {
    guard let v = op.attr(name) else { throw OpVerifyError("requires attribute '\(name)'") }
    guard let a = denseI64ArrayValues(v) else {
      throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: i64 dense array attribute")
    }
    if dynamicCount(a) != g[k + 1].count || a.count != shape.count {
      throw OpVerifyError("expected \(shape.count) \(name) values")
    }
    lists.append(a)
  }
  // The result type inferred from the static padding (PadOp::inferResultType).
  var inferred: [Int64] = []
  for (i, d) in shape.enumerated() {
    let (l, h) = (lists[0][i], lists[1][i])
    inferred.append(d == kDynamic || l == kDynamic || h == kDynamic ? kDynamic : d + l + h)
  }
  let result = op.result(0).type
  let resultShape = result.shape ?? []
  let inferredType = op.context.tensorType(inferred, source.elementType ?? source)
  var compatible = resultShape.count == inferred.count
  if compatible {
    for (r, e) in zip(resultShape, inferred) where e != kDynamic && r != e { compatible = false }
  }
  if !compatible || result.elementType != source.elementType {
    throw shapedOpError(op, "specified type '\(result)' does not match the inferred type '\(inferredType)'")
  }
}

/// The region checks of tensor.pad (PadOp::verifyRegions).
private func verifyPadRegion(_ op: Operation) throws {
  guard op.regions.count == 1, let block = op.region(0).blocks.first else { return }
  let rank = op.operand(0).type.shape?.count ?? 0
  if block.arguments.count != rank {
    throw shapedOpError(op, "expected the block to have \(rank) arguments")
  }
  for (i, a) in block.arguments.enumerated() where !a.type.isIndex {
    throw OpVerifyError("expected block argument \(i + 1) to be an index")
  }
  if let y = block.last, y.name.name == "tensor.yield", y.numOperands == 1,
    y.operand(0).type != op.operand(0).type.elementType
  {
    throw OpVerifyError("expected yield type to match shape element type")
  }
}

/// GatherOp/ScatterOp verification (verifyGatherOrScatterDims and the
/// expected sliced type).
private func verifyGatherScatter(
  _ op: Operation, source: Type, indices: Type, dims: [Int64]?, sliced: Type, dimsName: String, slicedName: String
) throws {
  guard let dims else { throw OpVerifyError("requires attribute '\(dimsName)'") }
  let rank = source.shape?.count ?? 0
  guard let indexShape = indices.shape else { return }
  guard let last = indexShape.last else {
    throw OpVerifyError("\(dimsName) length must match the size of last dimension of indices")
  }
  if dims.isEmpty { throw OpVerifyError("\(dimsName) must be non-empty") }
  if dims.count > rank { throw OpVerifyError("\(dimsName) overflow source rank") }
  if last != Int64(dims.count) {
    throw OpVerifyError("\(dimsName) length must match the size of last dimension of indices")
  }
  for d in dims where d < 0 { throw OpVerifyError("\(dimsName) value must be non-negative") }
  for d in dims where d >= Int64(rank) { throw OpVerifyError("\(dimsName) value must be smaller than source rank") }
  for i in 1..<max(1, dims.count) where dims[i] <= dims[i - 1] {
    throw OpVerifyError("\(dimsName) values must be strictly increasing")
  }
  // Expected: indices' batch shape, then the source with gathered dims as 1
  // (or dropped, the rank-reduced form).
  let batch = Array(indexShape.dropLast())
  let sourceShape = source.shape ?? []
  var full = batch
  var reduced = batch
  for (i, s) in sourceShape.enumerated() {
    if dims.contains(Int64(i)) { full.append(1) } else {
      full.append(s)
      reduced.append(s)
    }
  }
  let element = source.elementType ?? source
  let ctx = op.context
  let t = ctx.tensorType(full, element)
  let r = ctx.tensorType(reduced, element)
  if sliced.shape != full && sliced.shape != reduced || sliced.elementType != source.elementType {
    throw OpVerifyError("\(slicedName) type mismatch: expected '\(t)' or its rank-reduced variant '\(r)' (got: '\(sliced)')")
  }
}


/// The element count of a static shape in wrapping 64-bit arithmetic, as
/// MLIR's getNumElements computes it; nil when a size is dynamic.
func wrappingElementCount(_ t: Type) -> Int? {
  guard let shape = t.shape, !shape.contains(kDynamic) else { return nil }
  return Int(shape.reduce(Int64(1), &*))
}
