// Canonicalizations of the generated aten ops that rewrite one op into
// another (aten.sign -> aten.sgn, _cast_Float -> to.dtype, ...), fold
// element-wise rounding of integer tensors, and turn arithmetic on 0-d
// integer tensors into scalar arithmetic (Torch-MLIR's
// rewrite0DBinaryTensorOp), after Torch-MLIR's TorchOps.cpp.

import TorchIRCore

func installAtenRewrites(_ h: inout DialectHooks) {
  installRenames(&h)
  installDeviceAndDtype(&h)
  install0DBinaryRewrites(&h)
  installDictFolders(&h)
}

private func create(
  _ rewriter: PatternRewriter, _ name: String, _ operands: [Value], _ results: [Type], _ loc: Location
) -> Operation {
  var state = OperationState(context: rewriter.context, name: name, location: loc)
  state.operands = operands
  state.resultTypes = results
  return rewriter.create(state)
}

private func replace(_ rewriter: PatternRewriter, _ op: Operation, _ name: String, _ operands: [Value]) {
  rewriter.setInsertionPoint(before: op)
  let new = create(rewriter, name, operands, op.resultTypes, op.location)
  rewriter.replaceOp(op, with: Array(new.results))
}

private func pattern(_ root: String, _ name: String, _ body: @escaping (Operation, PatternRewriter) -> Bool)
  -> [any RewritePattern]
{
  [ClosurePattern(root, name: name) { op, rewriter in body(op, rewriter) }]
}

private var intType: (MLIRContext) -> Type { { TorchSimpleType.int.type(in: $0) } }

// MARK: One op for another

private func installRenames(_ h: inout DialectHooks) {
  // Same operands, another op.
  let renames: [(String, String)] = [
    ("sign", "sgn"), ("__or__.Tensor", "bitwise_or.Tensor"), ("__and__.Scalar", "bitwise_and.Scalar"),
    ("_adaptive_avg_pool2d", "adaptive_avg_pool2d"),
  ]
  for (from, to) in renames {
    h.canonicalizationPatterns["torch.aten." + from] = pattern("torch.aten." + from, "Rename") { op, rewriter in
      // _adaptive_avg_pool2d has the two operands adaptive_avg_pool2d takes.
      replace(rewriter, op, "torch.aten." + to, op.operandValues)
      return true
    }
  }
  // Rounding an integer tensor changes nothing.
  for name in ["floor", "ceil", "round", "round.decimals", "trunc"] {
    h.folders["torch.aten." + name] = { op, _ in
      guard op.numOperands >= 1, op.numResults == 1, let t = TorchTensorType(op.result(0).type),
        t.hasValueSemantics, let dtype = t.dtype, case .integer = dtype.kind,
        op.operand(0).type == op.result(0).type
      else { return nil }
      return [.value(op.operand(0))]
    }
  }
  for (name, plain) in [("max_pool2d_with_indices", "max_pool2d"), ("max_pool3d_with_indices", "max_pool3d")] {
    h.canonicalizationPatterns["torch.aten." + name] = pattern("torch.aten." + name, "DropUnusedIndices") {
      op, rewriter in
      guard op.numResults == 2, op.result(1).useEmpty, op.numOperands == 6 else { return false }
      rewriter.setInsertionPoint(before: op)
      let new = create(rewriter, "torch.aten." + plain, op.operandValues, [op.result(0).type], op.location)
      rewriter.replaceAllUsesWith(op.result(0), new.result(0))
      rewriter.eraseOp(op)
      return true
    }
  }
  h.canonicalizationPatterns["torch.aten.pow.Tensor_Scalar"] = pattern("torch.aten.pow.Tensor_Scalar", "IntegralExponent") {
    op, rewriter in
    // A float exponent that is an integer becomes an int.
    guard op.numOperands == 2, let d = op.operand(1).definingOp, d.hasTrait(.constantLike),
      let e = foldFloat(d.attr("value")), e.isFinite, e >= -9.223372036854775808e18, e < 9.223372036854775808e18,
      e == e.rounded(.towardZero)
    else { return false }
    rewriter.setInsertionPoint(before: op)
    let c = rewriter.builder.torchConstantInt(Int64(e), location: op.location)
    rewriter.modifyOpInPlace(op) { op.setOperand(1, c) }
    return true
  }
  h.canonicalizationPatterns["torch.aten.pow.Tensor_Tensor"] = pattern("torch.aten.pow.Tensor_Tensor", "OneElementExponent") {
    op, rewriter in
    guard op.numOperands == 2, let d = op.operand(1).definingOp, d.name.name == "torch.vtensor.literal",
      case .denseElements(let dense)? = d.attr("value")?.kind, dense.elementCount == 1,
      let element = oneElementValue(dense)
    else { return false }
    rewriter.setInsertionPoint(before: op)
    let scalar: Value
    switch element {
    case .int(let i): scalar = rewriter.builder.torchConstantInt(i, location: op.location)
    case .float(let f): scalar = rewriter.builder.torchConstantFloat(f, location: op.location)
    }
    replace(rewriter, op, "torch.aten.pow.Tensor_Scalar", [op.operand(0), scalar])
    return true
  }
}

private enum OneElement {
  case int(Int64)
  case float(Double)
}

/// The only element of a one-element dense attribute (ints read as
/// signed unless the type is unsigned, as getIntAttrAsSigned does).
private func oneElementValue(_ d: DenseElements) -> OneElement? {
  let bytes = d.rawData
  switch d.elementType.kind {
  case .integer(let w, let s):
    guard w <= 64, !bytes.isEmpty else { return nil }
    var raw: UInt64 = 0
    for (i, b) in bytes.prefix(8).enumerated() { raw |= UInt64(b) << (8 * UInt64(i)) }
    if w < 64 { raw &= (UInt64(1) << UInt64(w)) - 1 }
    if s != .unsigned && w > 1 && w < 64 && (raw >> UInt64(w - 1)) & 1 == 1 {
      raw |= ~((UInt64(1) << UInt64(w)) - 1)
    }
    if w == 1 && s != .unsigned && raw == 1 { return .int(-1) }
    return .int(Int64(bitPattern: raw))
  case .float(let k):
    let width = k.semantics.sizeInBits
    guard width <= 64, bytes.count * 8 >= width else { return nil }
    var raw: UInt64 = 0
    for (i, b) in bytes.prefix(8).enumerated() { raw |= UInt64(b) << (8 * UInt64(i)) }
    return .float(floatBitsToDouble(APInt(width: width, value: raw), kind: k))
  default:
    return nil
  }
}

// MARK: Devices and dtypes

private func installDeviceAndDtype(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.cuda"] = pattern("torch.aten.cuda", "DropDevice") { op, rewriter in
    guard op.numOperands == 1, op.numResults == 1 else { return false }
    rewriter.replaceOp(op, with: [op.operand(0)])
    return true
  }
  h.canonicalizationPatterns["torch.aten.device.with_index"] = pattern("torch.aten.device.with_index", "ConstantDevice") {
    op, rewriter in
    guard op.numOperands == 2, let d = op.operand(0).definingOp, d.name.name == "torch.constant.str",
      let type = d.attr("value")?.stringValue, let index = torchConstantInt(op.operand(1))
    else { return false }
    var state = OperationState(context: op.context, name: "torch.constant.device", location: op.location)
    state.resultTypes = [TorchSimpleType.device.type(in: op.context)]
    state.addAttribute("value", op.context.stringAttr("\(type):\(index)"))
    rewriter.replaceOp(op, withNew: state)
    return true
  }
  h.canonicalizationPatterns["torch.aten.numel"] = pattern("torch.aten.numel", "KnownNumel") { op, rewriter in
    guard op.numOperands == 1, let sizes = TorchTensorType(op.operand(0).type)?.sizes,
      sizes.allSatisfy({ $0 >= 0 })
    else { return false }
    let n = sizes.reduce(Int64(1)) { $0 &* $1 }
    rewriter.setInsertionPoint(before: op)
    rewriter.replaceOp(op, with: [rewriter.builder.torchConstantInt(n, location: op.location)])
    return true
  }
  for (name, code) in [("_cast_Float", Int64(6)), ("_cast_Long", Int64(4))] {
    h.canonicalizationPatterns["torch.aten." + name] = pattern("torch.aten." + name, "CastToDtype") { op, rewriter in
      guard op.numOperands == 2 else { return false }
      rewriter.setInsertionPoint(before: op)
      let b = rewriter.builder
      let none = b.torchConstantNone(location: op.location)
      let dtype = b.torchConstantInt(code, location: op.location)
      let no = b.torchConstantBool(false, location: op.location)
      replace(rewriter, op, "torch.aten.to.dtype", [op.operand(0), dtype, op.operand(1), no, none])
      return true
    }
  }
  h.canonicalizationPatterns["torch.aten.to.dtype_layout"] = pattern("torch.aten.to.dtype_layout", "ToDtypeOrDevice") {
    op, rewriter in
    // self, dtype, layout, device, pin_memory, non_blocking, copy, memory_format
    guard op.numOperands == 8 else { return false }
    let v = op.operandValues
    func isNone(_ x: Value) -> Bool { TorchSimpleType(x.type) == TorchSimpleType.none }
    if !isNone(v[4]) && torchConstantBool(v[4]) != false { return false }
    if !isNone(v[2]) && torchConstantInt(v[2]) != 0 { return false }
    if isNone(v[3]) {
      replace(rewriter, op, "torch.aten.to.dtype", [v[0], v[1], v[5], v[6], v[7]])
    } else {
      replace(rewriter, op, "torch.aten.to.device", [v[0], v[3], v[1], v[5], v[6], v[7]])
    }
    return true
  }
  h.canonicalizationPatterns["torch.aten.to.other"] = pattern("torch.aten.to.other", "ToDevice") { op, rewriter in
    // self, other, non_blocking, copy, memory_format
    guard op.numOperands == 5 else { return false }
    let v = op.operandValues
    rewriter.setInsertionPoint(before: op)
    let device = create(rewriter, "torch.prim.device", [v[1]], [TorchSimpleType.device.type(in: op.context)],
      op.location)
    let dtype = create(rewriter, "torch.prim.dtype", [v[1]], [intType(op.context)], op.location)
    replace(rewriter, op, "torch.aten.to.device", [v[0], device.result(0), dtype.result(0), v[2], v[3], v[4]])
    return true
  }
  h.canonicalizationPatterns["torch.aten.masked_fill.Tensor"] = pattern("torch.aten.masked_fill.Tensor", "ScalarValue") {
    op, rewriter in
    guard op.numOperands == 3 else { return false }
    rewriter.setInsertionPoint(before: op)
    guard let value = torchScalarIntValue(op.operand(2), rewriter, op.location)
      ?? torchScalarFloatValue(op.operand(2), rewriter, op.location)
    else { return false }
    replace(rewriter, op, "torch.aten.masked_fill.Scalar", [op.operand(0), op.operand(1), value])
    return true
  }
}

// MARK: Arithmetic on 0-d integer tensors

private func install0DBinaryRewrites(_ h: inout DialectHooks) {
  for name in ["add.Tensor", "add.Scalar", "sub.Tensor", "sub.Scalar", "rsub.Scalar", "mul.Tensor", "mul.Scalar",
               "div.Tensor_mode", "div.Scalar_mode"] {
    let full = "torch.aten." + name
    h.canonicalizationPatterns[full] = pattern(full, "ZeroDimIntArithmetic") { op, rewriter in
      rewrite0DBinary(op, name, rewriter)
    }
  }
}

/// rewrite0DBinaryTensorOp: both operands (and alpha) ints or 0-d int
/// tensors; the result is NumToTensor of the scalar arithmetic.
private func rewrite0DBinary(_ op: Operation, _ name: String, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 2, op.numResults == 1 else { return false }
  let loc = op.location
  let ctx = op.context
  rewriter.setInsertionPoint(before: op)
  guard var lhs = torchScalarIntValue(op.operand(0), rewriter, loc),
    var rhs = torchScalarIntValue(op.operand(1), rewriter, loc)
  else { return false }
  func scalarOp(_ n: String, _ a: Value, _ b: Value, _ result: Type? = nil) -> Value {
    create(rewriter, "torch.aten." + n, [a, b], [result ?? intType(ctx)], loc).result(0)
  }
  func numToTensor(_ v: Value) {
    replace(rewriter, op, "torch.prim.NumToTensor.Scalar", [v])
  }
  if ["sub.Tensor", "sub.Scalar", "rsub.Scalar", "add.Tensor", "add.Scalar"].contains(name) {
    guard op.numOperands >= 3, let alpha = torchScalarIntValue(op.operand(2), rewriter, loc) else { return false }
    if name == "rsub.Scalar" {
      lhs = scalarOp("mul.int", lhs, alpha)
    } else {
      rhs = scalarOp("mul.int", rhs, alpha)
    }
  }
  if name.hasPrefix("div.") {
    guard op.numOperands >= 3 else { return false }
    let mode = op.operand(2)
    if TorchSimpleType(mode.type) == TorchSimpleType.none {
      numToTensor(scalarOp("div", lhs, rhs, TorchSimpleType.float.type(in: ctx)))
      return true
    }
    guard let d = mode.definingOp, d.name.name == "torch.constant.str", let s = d.attr("value")?.stringValue else {
      return false
    }
    if s == "floor" {
      numToTensor(scalarOp("floordiv.int", lhs, rhs))
      return true
    }
    guard s == "trunc", let l = torchConstantInt(lhs), let r = torchConstantInt(rhs), r != 0 else { return false }
    let q = (Double(l) / Double(r)).rounded(.towardZero)
    guard q >= -9.223372036854775808e18, q < 9.223372036854775808e18 else { return false }
    numToTensor(rewriter.builder.torchConstantInt(Int64(q), location: loc))
    return true
  }
  switch name {
  case "add.Tensor", "add.Scalar": numToTensor(scalarOp("add.int", lhs, rhs))
  case "sub.Tensor", "sub.Scalar": numToTensor(scalarOp("sub.int", lhs, rhs))
  case "rsub.Scalar": numToTensor(scalarOp("sub.int", rhs, lhs))
  default: numToTensor(scalarOp("mul.int", lhs, rhs))
  }
  return true
}

// MARK: Dicts

/// getDictConstructIfNotModified: a DictConstruct whose users only read it.
private func unmodifiedDictConstruct(_ v: Value) -> Operation? {
  let readers: Set<String> = [
    "torch.aten.__getitem__.Dict_str", "torch.aten.__contains__.str", "torch.aten.keys.str",
    "torch.aten.get.default_str", "torch.prim.DictConstruct",
  ]
  guard v.users.allSatisfy({ readers.contains($0.name.name) }), let d = v.definingOp,
    d.name.name == "torch.prim.DictConstruct", d.numOperands % 2 == 0
  else { return nil }
  return d
}

private func installDictFolders(_ h: inout DialectHooks) {
  h.folders["torch.aten.__getitem__.Dict_str"] = { op, _ in
    guard op.numOperands == 2, let dict = unmodifiedDictConstruct(op.operand(0)) else { return nil }
    let n = dict.numOperands / 2
    for i in 0..<n where dict.operand(i) === op.operand(1) {
      guard dict.operand(n + i).type == op.result(0).type else { return nil }
      return [.value(dict.operand(n + i))]
    }
    return nil
  }
  h.folders["torch.aten.__contains__.str"] = { op, _ in
    guard op.numOperands == 2, let dict = unmodifiedDictConstruct(op.operand(0)) else { return nil }
    let n = dict.numOperands / 2
    for i in 0..<n where dict.operand(i) === op.operand(1) { return i1Result(op, true) }
    return nil
  }
}

// MARK: More one-for-another rewrites

func installAtenMoreRewrites(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.dot"] = pattern("torch.aten.dot", "DotToMatmul") { op, rewriter in
    guard op.numOperands == 2, op.numResults == 1, let t = TorchTensorType(op.result(0).type), t.hasValueSemantics,
      t.sizes != nil, t.dtype != nil
    else { return false }
    replace(rewriter, op, "torch.aten.matmul", op.operandValues)
    return true
  }
  h.canonicalizationPatterns["torch.aten._int_mm"] = pattern("torch.aten._int_mm", "IntMmToMm") { op, rewriter in
    guard op.numOperands == 2 else { return false }
    replace(rewriter, op, "torch.aten.mm", op.operandValues)
    return true
  }
  h.canonicalizationPatterns["torch.aten.split.sizes"] = pattern("torch.aten.split.sizes", "SplitWithSizes") {
    op, rewriter in
    guard op.numOperands == 3 else { return false }
    replace(rewriter, op, "torch.aten.split_with_sizes", op.operandValues)
    return true
  }
  h.canonicalizationPatterns["torch.aten.meshgrid"] = pattern("torch.aten.meshgrid", "MeshgridIJ") { op, rewriter in
    guard op.numOperands == 1 else { return false }
    rewriter.setInsertionPoint(before: op)
    let ij = rewriter.builder.torchConstantStr("ij", location: op.location)
    replace(rewriter, op, "torch.aten.meshgrid.indexing", [op.operand(0), ij])
    return true
  }
  h.canonicalizationPatterns["torch.aten.sort.int"] = pattern("torch.aten.sort.int", "SortConstantList") {
    op, rewriter in
    // The list is sorted in place: its uses see a sorted literal instead.
    guard op.numOperands == 2, op.numResults == 0, let list = op.operand(0).definingOp,
      list.name.name == "torch.prim.ListConstruct", let reverse = torchConstantBool(op.operand(1))
    else { return false }
    var values: [Int64] = []
    for v in list.operandValues {
      guard let c = torchConstantInt(v) else { return false }
      values.append(c)
    }
    values.sort()
    if reverse { values.reverse() }
    rewriter.setInsertionPoint(before: op)
    let elements = values.map { rewriter.builder.torchConstantInt($0, location: op.location) }
    let sorted = create(rewriter, "torch.prim.ListConstruct", elements,
      [TorchContainerType(.list, of: intType(op.context)).type(in: op.context)], op.location)
    rewriter.replaceAllUsesWith(op.operand(0), sorted.result(0))
    rewriter.eraseOp(op)
    return true
  }
  h.canonicalizationPatterns["torch.aten.where.Scalar"] = pattern("torch.aten.where.Scalar", "WhereSameToFull") {
    op, rewriter in
    // where(c, x, x) is full(c.shape, x).
    guard op.numOperands == 3, op.operand(1) === op.operand(2), let sizes = TorchTensorType(op.operand(0).type)?.sizes
    else { return false }
    let ctx = op.context
    rewriter.setInsertionPoint(before: op)
    var dims: [Value] = []
    for i in 0..<sizes.count {
      let c = rewriter.builder.torchConstantInt(Int64(i), location: op.location)
      dims.append(create(rewriter, "torch.aten.size.int", [op.operand(0), c], [intType(ctx)], op.location).result(0))
    }
    let list = create(rewriter, "torch.prim.ListConstruct", dims,
      [TorchContainerType(.list, of: intType(ctx)).type(in: ctx)], op.location)
    let none = rewriter.builder.torchConstantNone(location: op.location)
    replace(rewriter, op, "torch.aten.full", [list.result(0), op.operand(1), none, none, none, none])
    return true
  }
  h.canonicalizationPatterns["torch.aten._assert_tensor_metadata"] = pattern(
    "torch.aten._assert_tensor_metadata", "EraseHoldingAssert"
  ) { op, rewriter in
    // Erased when the static sizes and dtype agree. Where they do not,
    // Torch-MLIR reports an error; here the op is kept.
    guard op.numOperands == 6, let t = TorchTensorType(op.operand(0).type), let dtype = t.dtype,
      let sizes = t.sizes
    else { return false }
    if TorchSimpleType(op.operand(1).type) != TorchSimpleType.none {
      guard let list = op.operand(1).definingOp, list.name.name == "torch.prim.ListConstruct" else { return false }
      let expected = list.operandValues.map(torchConstantInt)
      guard expected.count == sizes.count, zip(expected, sizes).allSatisfy({ $0 == $1 }) else { return false }
    }
    if TorchSimpleType(op.operand(3).type) != TorchSimpleType.none {
      guard let code = torchConstantInt(op.operand(3)), torchScalarTypeCode(dtype) == code else { return false }
    }
    rewriter.eraseOp(op)
    return true
  }
}

// MARK: Pooling parameters given as one int

/// The constants of a ListConstruct of constant ints (m_TorchListOfConstantInts).
private func constantIntList(_ v: Value) -> [Int64]? {
  guard let d = v.definingOp, d.name.name == "torch.prim.ListConstruct" else { return nil }
  var values: [Int64] = []
  for x in d.operandValues {
    guard let c = torchConstantInt(x) else { return nil }
    values.append(c)
  }
  return values
}

/// CanonicalizeAvgPool/MaxPoolWithSingleIntTuple: kernel, stride, padding
/// (and dilation) lists of one element are repeated for each spatial
/// dimension, as new constant lists.
func installAtenPoolRewrites(_ h: inout DialectHooks) {
  for (name, spatial, isMax) in [("avg_pool2d", 2, false), ("avg_pool3d", 3, false), ("max_pool2d", 2, true),
                                  ("max_pool3d", 3, true)] {
    let full = "torch.aten." + name
    h.canonicalizationPatterns[full] = pattern(full, "ExpandSingleIntParams") { op, rewriter in
      guard op.numOperands == (isMax ? 6 : 7), op.numResults == 1, var kernel = constantIntList(op.operand(1)),
        var padding = constantIntList(op.operand(3)), var stride = constantIntList(op.operand(2))
      else { return false }
      var dilation: [Int64] = []
      if isMax {
        guard let d = constantIntList(op.operand(4)) else { return false }
        dilation = d
        if kernel.count != 1 && padding.count != 1 && stride.count != 1 && dilation.count != 1 { return false }
      } else if kernel.count != 1 && padding.count != 1 && stride.count != 1 {
        return false
      }
      func expand(_ l: inout [Int64]) { if l.count == 1 { l = Array(repeating: l[0], count: spatial) } }
      expand(&kernel)
      expand(&padding)
      expand(&stride)
      if isMax { expand(&dilation) }
      // Torch-MLIR indexes the other lists by the kernel's length unchecked.
      guard padding.count == kernel.count, stride.count == kernel.count, !isMax || dilation.count == kernel.count
      else { return false }
      rewriter.setInsertionPoint(before: op)
      let b = rewriter.builder
      let loc = op.location
      var k: [Value] = [], p: [Value] = [], s: [Value] = [], d: [Value] = []
      for i in kernel.indices {
        k.append(b.torchConstantInt(kernel[i], location: loc))
        p.append(b.torchConstantInt(padding[i], location: loc))
        s.append(b.torchConstantInt(stride[i], location: loc))
      }
      for x in dilation { d.append(b.torchConstantInt(x, location: loc)) }
      let intList = TorchContainerType(.list, of: intType(op.context)).type(in: op.context)
      let kl = create(rewriter, "torch.prim.ListConstruct", k, [intList], loc).result(0)
      let pl = create(rewriter, "torch.prim.ListConstruct", p, [intList], loc).result(0)
      let sl = create(rewriter, "torch.prim.ListConstruct", s, [intList], loc).result(0)
      let dl = create(rewriter, "torch.prim.ListConstruct", d, [intList], loc).result(0)
      let v = op.operandValues
      if isMax {
        replace(rewriter, op, full, [v[0], kl, sl, pl, dl, v[5]])
      } else {
        replace(rewriter, op, full, [v[0], kl, sl, pl, v[4], v[5], v[6]])
        // The dilation list Torch-MLIR makes for average pooling is unused.
        if dl.useEmpty, let dead = dl.definingOp { rewriter.eraseOp(dead) }
      }
      return true
    }
  }
}

/// CanonicalizeConvolutionWithSingleIntTuple: stride, padding, dilation
/// (and output_padding of a transposed convolution) given as one int for a
/// 2-d or 3-d convolution (weight of rank 4 or 5) become full lists.
func installAtenConvolutionRewrite(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.convolution"] = pattern("torch.aten.convolution", "ExpandSingleIntParams") {
    op, rewriter in
    // input, weight, bias, stride, padding, dilation, transposed, output_padding, groups
    guard op.numOperands == 9, op.numResults == 1, let w = TorchTensorType(op.operand(1).type), w.hasValueSemantics,
      let rank = w.sizes?.count, rank == 4 || rank == 5, var stride = constantIntList(op.operand(3)),
      var padding = constantIntList(op.operand(4)), var dilation = constantIntList(op.operand(5)),
      let transposed = torchConstantBool(op.operand(6)), var outputPadding = constantIntList(op.operand(7))
    else { return false }
    let spatial = rank - 2
    if stride.count == spatial && padding.count == spatial && dilation.count == spatial { return false }
    if transposed && outputPadding.count == spatial { return false }
    func expand(_ l: inout [Int64]) { if l.count == 1 { l = Array(repeating: l[0], count: spatial) } }
    expand(&stride)
    expand(&padding)
    expand(&dilation)
    if transposed { expand(&outputPadding) }
    // Torch-MLIR indexes the lists up to the spatial rank unchecked.
    guard stride.count == spatial, padding.count == spatial, dilation.count == spatial,
      !transposed || outputPadding.count == spatial
    else { return false }
    rewriter.setInsertionPoint(before: op)
    let b = rewriter.builder
    let loc = op.location
    var s: [Value] = [], p: [Value] = [], d: [Value] = [], o: [Value] = []
    for i in 0..<spatial {
      s.append(b.torchConstantInt(stride[i], location: loc))
      p.append(b.torchConstantInt(padding[i], location: loc))
      d.append(b.torchConstantInt(dilation[i], location: loc))
      if transposed { o.append(b.torchConstantInt(outputPadding[i], location: loc)) }
    }
    let intList = TorchContainerType(.list, of: intType(op.context)).type(in: op.context)
    let sl = create(rewriter, "torch.prim.ListConstruct", s, [intList], loc).result(0)
    let pl = create(rewriter, "torch.prim.ListConstruct", p, [intList], loc).result(0)
    let dl = create(rewriter, "torch.prim.ListConstruct", d, [intList], loc).result(0)
    let ol = transposed ? create(rewriter, "torch.prim.ListConstruct", o, [intList], loc).result(0) : op.operand(7)
    let v = op.operandValues
    replace(rewriter, op, "torch.aten.convolution", [v[0], v[1], v[2], sl, pl, dl, v[6], ol, v[8]])
    return true
  }
}

// MARK: stft and sort

func installAtenStftAndSort(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.stft"] = pattern("torch.aten.stft", "StftCenterFalse") { op, rewriter in
    // self, n_fft, hop_length, win_length, window, normalized, onesided, return_complex, align_to_window
    guard op.numOperands == 9 else { return false }
    rewriter.setInsertionPoint(before: op)
    let no = rewriter.builder.torchConstantBool(false, location: op.location)
    let reflect = rewriter.builder.torchConstantStr("reflect", location: op.location)
    let v = op.operandValues
    replace(rewriter, op, "torch.aten.stft.center", Array(v[0...4]) + [no, reflect] + Array(v[5...8]))
    return true
  }
  h.folders["torch.aten.sort"] = { op, operands in
    // Sorting along a dimension of size 1 (or a tensor of all 1s) keeps
    // the values, with indices all 0.
    guard op.numOperands == 3, op.numResults == 2, operands.count == 3, let sizes = TorchTensorType(op.operand(0).type)?.sizes,
      let ix = TorchTensorType(op.result(1).type), ix.hasValueSemantics, let dtype = ix.dtype,
      let ixSizes = ix.sizes, ixSizes.allSatisfy({ $0 >= 0 }), let dimAttr = foldInt(operands[1]),
      op.operand(0).type == op.result(0).type
    else { return nil }
    let dim = dimAttr < 0 ? dimAttr + Int64(sizes.count) : dimAttr
    guard dim >= 0, dim < Int64(sizes.count) else { return nil }
    guard sizes[Int(dim)] == 1 || sizes.allSatisfy({ $0 == 1 }) else { return nil }
    let width: Int
    switch dtype.kind {
    case .integer(let w, _): width = Int(w)
    case .float(let k): width = k.semantics.sizeInBits
    default: return nil
    }
    guard width <= 64 else { return nil }
    let zero = [UInt8](repeating: 0, count: max(1, (width + 7) / 8))
    let type = op.context.tensorType(ixSizes, dtype)
    let indices = op.context.attribute(.denseElements(DenseElements(type: type, isSplat: true, rawData: zero)))
    return [.value(op.operand(0)), .attribute(indices)]
  }
}

// MARK: unflatten into unsqueeze

/// AtenUnflattenIntOp's canonicalization: unflattening a dimension into
/// two sizes of which one is a constant 1 is an unsqueeze, guarded by a
/// run-time check that the other size is -1 or the dimension's size.
func installAtenUnflattenRewrite(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.unflatten.int"] = pattern("torch.aten.unflatten.int", "UnflattenToUnsqueeze") {
    op, rewriter in
    // self, dim, sizes
    guard op.numOperands == 3, op.numResults == 1, let list = op.operand(2).definingOp,
      list.name.name == "torch.prim.ListConstruct", list.numOperands == 2,
      let selfType = TorchTensorType(op.operand(0).type), let inputSizes = selfType.sizes, selfType.sparsity == nil
    else { return false }
    let sizeValues = list.operandValues
    let d0 = torchConstantInt(sizeValues[0])
    let d1 = torchConstantInt(sizeValues[1])
    guard d0 != nil || d1 != nil else { return false }
    let dim0IsOne = d0 == 1
    let dim1IsOne = d1 == 1
    guard dim0IsOne || dim1IsOne else { return false }
    let ctx = op.context
    let loc = op.location
    let dimValue = op.operand(1)
    let dimConstant = torchConstantInt(dimValue)
    let selfValue = op.operand(0)
    rewriter.setInsertionPoint(before: op)
    let b = rewriter.builder
    let minusOne = b.torchConstantInt(-1, location: loc)
    let intT = intType(ctx)
    let boolT = TorchSimpleType.bool.type(in: ctx)
    // Torch::unsqueezeTensor: the shape with a 1 at a constant dim, else all unknown.
    func unsqueeze(_ dim: Value) -> Value? {
      let rank = inputSizes.count + 1
      var shape: [Int64]
      if let c = torchConstantInt(dim) {
        let p = c < 0 ? c &+ Int64(rank) : c
        guard p >= 0, p < Int64(rank) else { return nil }
        shape = inputSizes
        shape.insert(1, at: Int(p))
      } else {
        shape = Array(repeating: -1, count: rank)
      }
      var t = selfType
      t.sizes = shape
      return create(rewriter, "torch.aten.unsqueeze", [selfValue, dim], [t.type(in: ctx)], loc).result(0)
    }
    func check(_ other: Value) {
      let size = create(rewriter, "torch.aten.size.int", [selfValue, dimValue], [intT], loc).result(0)
      let same = create(rewriter, "torch.aten.eq.int", [size, other], [boolT], loc).result(0)
      let isMinusOne = create(rewriter, "torch.aten.eq.int", [minusOne, other], [boolT], loc).result(0)
      let either = create(rewriter, "torch.aten.__or__.bool", [isMinusOne, same], [boolT], loc).result(0)
      var assert = OperationState(context: ctx, name: "torch.runtime.assert", location: loc)
      assert.operands = [either]
      assert.addAttribute("message", ctx.stringAttr("unflatten sizes must be compatible"))
      rewriter.create(assert)
    }
    var result: Value?
    if dim0IsOne {
      guard let u = unsqueeze(dimValue) else { return true }  // The -1 constant was made, as in Torch-MLIR.
      result = u
      check(sizeValues[1])
    }
    if dim1IsOne {
      let plusOne: Value
      if let c = dimConstant {
        plusOne = b.torchConstantInt(c &+ 1, location: loc)
      } else {
        let one = b.torchConstantInt(1, location: loc)
        plusOne = create(rewriter, "torch.aten.add.int", [dimValue, one], [intT], loc).result(0)
      }
      guard let u = unsqueeze(plusOne) else { return true }
      result = u
      check(sizeValues[0])
    }
    guard let result else { return true }
    rewriter.replaceOp(op, withNew: staticInfoCastState(result, to: op.result(0).type, loc))
    return true
  }
}
