// Verifiers of the tm_tensor ops, in the order torch-mlir-opt runs them and
// with its messages: the ODS constraints (attributes, operand segments,
// operand and result types), TMTensorInterface's check
// (verifyTMTensorOpInterface in TMTensorInterfaces.cpp), then each op's
// verify() from TMTensorOps.cpp; after the region's ops, the implicit
// terminator check. Where Torch-MLIR's C++ would index out of range or cast
// to the wrong op (malformed input it assumes away), these report an error
// instead.

import TorchIRCore

func installTMTensorVerifiers(_ hooks: inout DialectHooks) {
  hooks.verifiers["tm_tensor.scan"] = { op in
    try verifyTMTensorCommon(op, attributes: [("dimension", .i64), ("inclusive", .bool)],
      ins: .shaped, outs: .shaped)
    try verifyScanOp(op)
  }
  hooks.verifiers["tm_tensor.scatter"] = { op in
    try verifyTMTensorCommon(op, attributes: [("dimension_map", .i64Array), ("unique_indices", .optionalBool)],
      ins: .rankedTensorOrMemRef, outs: .rankedTensorOrMemRef)
    try verifyScatterOp(op)
  }
  hooks.verifiers["tm_tensor.sort"] = { op in
    try verifyTMTensorCommon(op, attributes: [("dimension", .i64)], ins: .any, outs: .shaped)
    try verifySortOp(op)
  }
  hooks.verifiers["tm_tensor.topk"] = { op in
    try verifyTMTensorCommon(op, attributes: [("dimension", .i64)], ins: .shaped, outs: .shaped)
    try verifyTopkOp(op)
  }
  hooks.verifiers["tm_tensor.attention"] = { op in
    try verifyTMTensorCommon(op, attributes: [("scale", .optionalF64)], ins: .shaped, outs: .shaped)
    try verifyAttentionOp(op)
  }
}

func installTMTensorRegionVerifiers(_ context: MLIRContext) {
  for name in ["scan", "scatter", "sort", "topk", "attention"] {
    setRegionVerifier(context, "tm_tensor." + name) { op in try verifyImplicitTerminator(op, "tm_tensor.yield") }
  }
}

// MARK: Shared checks

private enum AttrConstraint { case i64, bool, optionalBool, i64Array, optionalF64 }

private enum OperandConstraint {
  case any, shaped, rankedTensorOrMemRef
  func accepts(_ t: Type) -> Bool {
    switch self {
    case .any: return true
    case .shaped: return t.isShaped
    case .rankedTensorOrMemRef:
      switch t.kind {
      case .rankedTensor, .memref, .unrankedMemref: return true
      default: return false
      }
    }
  }
  var summary: String {
    switch self {
    case .any: return "any type"
    case .shaped: return "shaped of any non-token type values"
    case .rankedTensorOrMemRef: return "ranked tensor or memref of any non-token type values"
    }
  }
}

private func verifyTMTensorCommon(
  _ op: Operation, attributes: [(String, AttrConstraint)], ins: OperandConstraint, outs: OperandConstraint
) throws {
  // What MLIR's parser rejects while converting the attributes to the op's
  // properties (reported before the verifier runs).
  for (name, c) in attributes {
    guard let a = op.attr(name) else { continue }
    let converts: Bool
    switch (c, a.kind) {
    case (.bool, .bool), (.optionalBool, .bool), (.optionalF64, .float), (.i64, _), (.i64Array, _): converts = true
    case (.bool, .integer(_, let t)), (.optionalBool, .integer(_, let t)): converts = t.isInteger(width: 1)
    default: converts = false
    }
    if !converts {
      let props = op.properties.map { "\($0)" } ?? "{}"
      throw opEmitError(op,
        "invalid properties \(props) for op \(op.name.name): Invalid attribute `\(name)` in property conversion: \(a)")
    }
    if c == .i64Array { try verifyDenseArrayProperty(op, name, width: 64) }
  }
  try verifyDenseArrayProperty(op, "operandSegmentSizes", width: 32, count: 2)
  for (name, c) in attributes {
    let a = op.attr(name)
    switch c {
    case .i64:
      break  // declared in the spec
    case .bool, .optionalBool:
      guard let a else {
        if c == .bool { throw OpVerifyError("requires attribute '\(name)'") }
        continue
      }
      switch a.kind {
      case .bool: break
      case .integer(_, let t) where t.isInteger(width: 1): break
      default: throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: bool attribute")
      }
    case .i64Array:
      guard let a else { throw OpVerifyError("requires attribute '\(name)'") }
      guard case .denseArray(let t, _) = a.kind, t.isInteger(width: 64) else {
        throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: i64 dense array attribute")
      }
    case .optionalF64:
      guard let a else { continue }
      guard case .float(_, let t) = a.kind, t.kind == .float(.f64) else {
        throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: 64-bit float attribute")
      }
    }
  }
  // A missing operandSegmentSizes reads as all groups empty.
  if op.attr("operandSegmentSizes") == nil && op.numOperands != 0 {
    throw OpVerifyError(
      "operand count (\(op.numOperands)) does not match with the total size (0) specified in attribute 'operandSegmentSizes'")
  }
  let groups = try checkedOperandSegments(op, count: 2)
  var index = 0
  for (group, c) in [(groups[0], ins), (groups[1], outs)] {
    for v in group {
      if !c.accepts(v.type) {
        throw OpVerifyError("operand #\(index) must be variadic of \(c.summary), but got '\(v.type)'")
      }
      index += 1
    }
  }
  for (i, r) in op.results.enumerated() {
    guard case .rankedTensor = r.type.kind else {
      throw OpVerifyError("result #\(i) must be variadic of ranked tensor of any non-token type values, but got '\(r.type)'")
    }
  }
  // TMTensorInterface (verifyTMTensorOpInterface).
  let isScalar = { (v: Value) in !v.type.isShaped }
  if op.numResults > 0 {
    let tensorSemantics = groups[0].allSatisfy { isScalar($0) || $0.type.isRankedTensor }
      && groups[1].allSatisfy { $0.type.isRankedTensor }
    if !tensorSemantics {
      throw OpVerifyError("expected inputs and outputs to be RankedTensorType or scalar")
    }
    if op.numResults != groups[1].count {
      throw OpVerifyError("expected number of outputs to be same as the number of results")
    }
    for (i, r) in op.results.enumerated() where r.type != groups[1][i].type {
      throw OpVerifyError("expected type of `outs` operand #\(i) '\(groups[1][i].type)' to be same as result type '\(r.type)'")
    }
  } else {
    let bufferSemantics = groups[0].allSatisfy { isScalar($0) || $0.type.isMemRef }
      && groups[1].allSatisfy { $0.type.isMemRef }
    if !bufferSemantics {
      throw OpVerifyError("expected inputs and outputs to be MemRefType or scalar")
    }
  }
}

private extension Type {
  var isRankedTensor: Bool { if case .rankedTensor = kind { return true } else { return false } }
  var isMemRef: Bool { if case .memref = kind { return true } else { return false } }
  /// The shape of a ranked shaped type ([] for anything else).
  var dims: [Int64] { shape ?? [] }
  var rank: Int { dims.count }
}

/// ShapedType::kDynamic-aware compatibility of two sizes.
private func compatible(_ a: Int64, _ b: Int64) -> Bool { a == kDynamic || b == kDynamic || a == b }

private func integerAttr(_ op: Operation, _ name: String) -> Int64 {
  op.attr(name)?.integerValue?.asInt64 ?? 0
}

/// The entry block of the op's region, which the op verifiers read; a
/// region without one is left to the SingleBlock / terminator checks.
private func body(_ op: Operation) -> Block? { op.regions.first?.entryBlock }

// MARK: scan

private func verifyScanOp(_ op: Operation) throws {
  guard let (ins, outs) = tmTensorOperandGroups(op) else { return }
  if ins.count != 1 { throw OpVerifyError("expected one input operands") }
  if outs.count != 2 { throw OpVerifyError("expected two output operands") }
  let input = ins[0].type, output = outs[0].type, accumulator = outs[1].type
  if !input.isShaped { throw OpVerifyError("expected first input element type to be shaped") }
  if accumulator.elementType != input.elementType {
    throw OpVerifyError("expected input/accumulator element types to be identical")
  }
  if accumulator.rank != input.rank - 1 {
    throw OpVerifyError("expected accumulator rank to be equal to input rank - 1")
  }
  let dim = integerAttr(op, "dimension")
  var expected: [Int64] = []
  for (i, d) in input.dims.enumerated() where Int64(i) != dim { expected.append(d) }
  if zip(expected, accumulator.dims).contains(where: { !compatible($0, $1) }) {
    throw OpVerifyError("incompatible input/accumulator shapes")
  }
  if input.elementType != output.elementType {
    throw OpVerifyError("expected input/output element types to be identical")
  }
  if input.rank != output.rank { throw OpVerifyError("expected input/output to have identical ranks") }
  if zip(input.dims, output.dims).contains(where: { !compatible($0, $1) }) {
    throw OpVerifyError("incompatible input/output shapes")
  }
}

// MARK: scatter

private func verifyScatterOp(_ op: Operation) throws {
  guard let (ins, outs) = tmTensorOperandGroups(op) else { return }
  if ins.count != 2 { throw OpVerifyError("expected two input operands") }
  if outs.count != 1 { throw OpVerifyError("expected one output operand") }
  let updates = ins[0].type, indices = ins[1].type, original = outs[0].type
  guard indices.rank == 2, let ie = indices.elementType, ie.isInteger else {
    throw OpVerifyError("expected indices to be of rank 2 of integer element type")
  }
  let indexDepth = indices.dims[1]
  if indexDepth == kDynamic { throw OpVerifyError("expected index depth is static") }
  let dimMap = denseI64ArrayValues(op.attr("dimension_map")) ?? []
  if Int64(dimMap.count) != indexDepth { throw OpVerifyError("invalid number of dimension map entries ") }
  let originalRank = original.rank
  if dimMap.count > originalRank || Set(dimMap).count != dimMap.count
    || dimMap.contains(where: { $0 < 0 || $0 >= Int64(originalRank) })
  {
    throw OpVerifyError("dimension map is invalid")
  }
  let updateRank = updates.rank
  if updateRank < 1 { throw OpVerifyError("expected update value to be at least rank 1") }
  if indices.dims[0] != updates.dims[0] {
    throw OpVerifyError("mismatch in shape of indices and update value at dim#0")
  }
  if updateRank - 1 > originalRank {
    throw OpVerifyError("update value rank exceeds the rank of the original value")
  }
  let depth = Int(indexDepth)
  if originalRank > depth + updateRank - 1 {
    throw OpVerifyError("index depth and update value does not cover rank of original value")
  }
  let fullSliceDims = originalRank - depth
  for (originalDim, updateDim) in zip(depth..<max(depth, originalRank),
    (updateRank - fullSliceDims)..<max(updateRank - fullSliceDims, updateRank))
  where updateDim >= 0 && updateDim < updateRank {
    let o = original.dims[originalDim], u = updates.dims[updateDim]
    if o != kDynamic && u > o {
      throw OpVerifyError("shape of update value dim#\(updateDim) exceeds original value at dim#\(originalDim)")
    }
  }
  let insertDims = originalRank - updateRank + 1
  let upper = updateRank - fullSliceDims
  if insertDims < depth && upper > 1 {
    for (originalDim, updateDim) in zip(insertDims..<depth, 1..<upper)
    where originalDim >= 0 && originalDim < originalRank && updateDim < updateRank {
      let o = original.dims[originalDim], u = updates.dims[updateDim]
      if o != kDynamic && u > o {
        throw OpVerifyError("indexed shape of update value dim#\(updateDim) exceeds original value at dim#\(originalDim) \(u) \(o)")
      }
    }
  }
  // An empty region reads as a block without arguments (torch-mlir-opt
  // gives the same message for it).
  guard let block = body(op) else { throw OpVerifyError("expected region to have two arguments") }
  if block.arguments.count != 2 { throw OpVerifyError("expected region to have two arguments") }
  let arg0 = block.arguments[0].type, arg1 = block.arguments[1].type
  func intOrFloat(_ t: Type) -> Bool {
    if case .complex(let e) = t.kind { return e.isInteger || e.isFloat }
    return t.isInteger || t.isFloat
  }
  if !intOrFloat(arg0) || !intOrFloat(arg1) {
    throw OpVerifyError("expected region to have scalar argument of integer or float types")
  }
  if let e = updates.elementType, arg0 != e {
    throw OpVerifyError("mismatch in argument 0 of region '\(arg0)' and element type of update value '\(e)'")
  }
  if let e = original.elementType, arg1 != e {
    throw OpVerifyError("mismatch in argument 1 of region '\(arg1)' and element type of original value '\(e)'")
  }
  if arg0 != arg1 { throw OpVerifyError("mismatch in region argument types '\(arg0)' and '\(arg1)'") }
  guard let yield = block.last, yield.name.name == "tm_tensor.yield" else { return }
  if yield.numOperands != 1 { throw opError(yield, "expected region to yield a single value") }
  let yielded = yield.operand(0).type
  if yielded != arg0 {
    throw opError(yield, "mismatch in type of yielded value '\(yielded)' and argument of the region '\(arg0)'")
  }
}

// MARK: sort

private func verifySortOp(_ op: Operation) throws {
  guard let (ins, outs) = tmTensorOperandGroups(op) else { return }
  if !ins.isEmpty { throw OpVerifyError("does not expect to take any inputs") }
  if outs.isEmpty { throw OpVerifyError("expected at least one `outs` operand") }
  guard let block = body(op) else { throw OpVerifyError("region block should have \(2 * outs.count) arguments") }
  if block.arguments.count != 2 * outs.count {
    throw OpVerifyError("region block should have \(2 * outs.count) arguments")
  }
  let rank = outs[0].type.rank
  let dim = integerAttr(op, "dimension")
  // Torch-MLIR reads the attribute as an int: values past 32 bits wrap.
  let sortDim = Int64(Int32(truncatingIfNeeded: dim))
  if sortDim < 0 || sortDim >= Int64(rank) { throw OpVerifyError("dimension must be within (0, \(rank)]") }
  let shape = outs[0].type.dims
  for (index, v) in outs.enumerated() {
    if v.type.rank != rank {
      throw OpVerifyError("expected operand \(index) to be rank \(rank), same as other operands")
    }
    if v.type.dims != shape { throw OpVerifyError("expected operand \(index) to have same shape as other operands") }
    guard let e = v.type.elementType else { continue }
    for i in [2 * index, 2 * index + 1] where block.arguments[i].type != e {
      throw OpVerifyError("region block argument #\(i) should be of type '\(e)' but got '\(block.arguments[i].type)'")
    }
  }
  guard let yield = block.last, yield.name.name == "tm_tensor.yield" else { return }
  if yield.numOperands != 1 { throw OpVerifyError("should yield exactly one operand") }
  if !yield.operand(0).type.isInteger(width: 1) { throw OpVerifyError("should yield i1 type") }
}

// MARK: topk

private func verifyTopkOp(_ op: Operation) throws {
  guard let (ins, outs) = tmTensorOperandGroups(op) else { return }
  if ins.count != 1 && ins.count != 2 { throw OpVerifyError("expected one or two input operands") }
  if outs.count != 2 { throw OpVerifyError("expected two output operands") }
  let values = ins[0].type, outValues = outs[0].type, outIndices = outs[1].type
  let dim = UInt64(bitPattern: integerAttr(op, "dimension"))
  if dim >= UInt64(values.rank) { throw OpVerifyError("dimension exceeds rank") }
  if values.elementType != outValues.elementType {
    throw OpVerifyError("expected input/output value types to be identical")
  }
  let inIndices = ins.count == 2 ? ins[1].type : nil
  if let inIndices {
    if !(inIndices.elementType?.isInteger(width: 32) ?? false) || !(outIndices.elementType?.isInteger(width: 32) ?? false) {
      throw OpVerifyError("expected input/output indices types to be int32")
    }
  }
  if values.rank != outValues.rank { throw OpVerifyError("expected input/output to have the same rank") }
  if let inIndices, inIndices.rank != outIndices.rank {
    throw OpVerifyError("expected input/output to have the same rank")
  }
  func compatibleShapes(_ a: Type, _ b: Type) -> Bool {
    a.rank == b.rank && zip(a.dims, b.dims).allSatisfy { compatible($0, $1) }
  }
  if let inIndices, !compatibleShapes(values, inIndices) {
    throw OpVerifyError("input indices/values shape must match")
  }
  if !compatibleShapes(outValues, outIndices) { throw OpVerifyError("output indices/values shape must match") }
  for (i, (a, b)) in zip(values.dims, outValues.dims).enumerated() where UInt64(i) != dim && !compatible(a, b) {
    throw OpVerifyError("incompatible input/output shapes")
  }
  guard let block = body(op) else { throw OpVerifyError("region block should have 2 arguments") }
  if block.arguments.count != 2 { throw OpVerifyError("region block should have 2 arguments") }
  if block.arguments[0].type != values.elementType || block.arguments[1].type != values.elementType {
    throw OpVerifyError("region block types must match input")
  }
  guard let yield = block.last, yield.name.name == "tm_tensor.yield", yield.numOperands > 0,
    yield.operand(0).type.isInteger(width: 1)
  else { throw OpVerifyError("region block must end with a linalg_ext.yield i1!") }
}

// MARK: attention

private func verifyAttentionOp(_ op: Operation) throws {
  guard let (ins, _) = tmTensorOperandGroups(op), ins.count >= 3 else {
    // Torch-MLIR reads the query, key and value without checking that they
    // exist.
    throw OpVerifyError("expected query, key and value inputs")
  }
  let q = ins[0].type.dims, k = ins[1].type.dims, v = ins[2].type.dims
  let mask = ins.count >= 4 ? ins[3].type.dims : nil
  guard q.count >= 2, k.count >= 2, v.count >= 2 else {
    throw OpVerifyError("expected query, key and value of rank 2 or more")
  }
  func at(_ s: [Int64], _ i: Int) -> Int64? { i >= 0 && i < s.count ? s[i] : nil }
  for i in 0..<(q.count - 2) where at(k, i) != q[i] { throw OpVerifyError("query and key batch mismatch") }
  if k.last != q.last { throw OpVerifyError("query and key head dimension mismatch") }
  for i in 0..<(q.count - 2) where at(v, i) != q[i] {
    throw OpVerifyError("query and value batch dimension mismatch")
  }
  if k[k.count - 2] != v[v.count - 2] { throw OpVerifyError("key and value sequence length dimension mismatch") }
  if let m = mask {
    guard m.count >= 2 else { throw OpVerifyError("mask sequence length and query sequence length mismatch") }
    for i in 0..<(m.count - 2) where at(q, i) != m[i] {
      throw OpVerifyError("query and mask batch dimension mismatch")
    }
    if m[m.count - 2] != q[q.count - 2] {
      throw OpVerifyError("mask sequence length and query sequence length mismatch")
    }
    if m[m.count - 1] != k[k.count - 2] {
      throw OpVerifyError("mask sequence lengt and key sequence length mismatch")
    }
  }
}
