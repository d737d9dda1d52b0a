// Folders and canonicalizations of the generated aten/prims ops on tensors
// and lists that shape computations rely on: sizes and ranks, list
// literals, identity views and copies, and scalars wrapped in 0-d tensors,
// after Torch-MLIR's TorchOps.cpp. The folds that build tensor constants
// are in TorchAtenConstantFolders.swift and TorchAtenElementwiseFolders.swift.

import TorchIRCore

func installAtenTensorFolders(_ h: inout DialectHooks) {
  installSizeFolders(&h)
  installListFolders(&h)
  installIdentityFolders(&h)
  installScalarTensorFolders(&h)
}

// MARK: Helpers

private func tensorType(_ v: Value) -> TorchTensorType? { TorchTensorType(v.type) }

private func allSizesKnown(_ t: TorchTensorType) -> Bool {
  guard let s = t.sizes else { return false }
  return s.allSatisfy { $0 >= 0 }
}

/// toPositiveDim + isValidDim.
private func positiveDim(_ dim: Int64, rank: Int) -> Int? {
  let d = dim < 0 ? dim &+ Int64(rank) : dim
  guard d >= 0, d < Int64(rank) else { return nil }
  return Int(d)
}

private func listConstruct(_ v: Value) -> Operation? {
  guard let d = v.definingOp, d.name.name == "torch.prim.ListConstruct" else { return nil }
  return d
}

private func replaceWithNew(
  _ rewriter: PatternRewriter, _ op: Operation, _ name: String, operands: [Value], results: [Type]
) {
  var state = OperationState(context: op.context, name: name, location: op.location)
  state.operands = operands
  state.resultTypes = results
  rewriter.replaceOp(op, withNew: state)
}

/// A value folder that returns operand 0 when `condition` holds (and the
/// types agree, so the replacement never changes a use's type).
private func identityFold(_ condition: @escaping (Operation, [Attribute?]) -> Bool)
  -> (Operation, [Attribute?]) -> [OpFoldResult]?
{
  return { op, operands in
    guard op.numOperands >= 1, op.numResults == 1, op.operand(0).type == op.result(0).type,
      condition(op, operands)
    else { return nil }
    return [.value(op.operand(0))]
  }
}

/// traceKnownSizeTensorType: the type of `value`, or of the source of up to
/// six copies and static info casts before it, that knows the size of
/// `dim` (of every dimension when dim is nil).
private func traceKnownSizes(_ value: Value, dim: Int64?) -> [Int64]? {
  var v = value
  for _ in 0..<6 {
    guard let t = tensorType(v) else { return nil }
    if let sizes = t.sizes {
      if let dim {
        if let d = positiveDim(dim, rank: sizes.count), sizes[d] >= 0 { return sizes }
      } else if allSizesKnown(t) {
        return sizes
      }
    }
    guard let d = v.definingOp, d.numOperands >= 1,
      ["torch.copy.to_vtensor", "torch.copy.to_tensor", "torch.tensor_static_info_cast"].contains(d.name.name)
    else { return nil }
    v = d.operand(0)
  }
  return nil
}

/// matchLegalConstantIndexIntoListOfSize: a constant index, Python-style
/// negative allowed, in range.
private func legalIndex(_ v: Value, size: Int) -> Int? {
  guard let i = torchConstantInt(v) else { return nil }
  return positiveDim(i, rank: size)
}

/// The element of a 0-d literal splat (a one-element dense attribute).
private func splatBytes(_ a: Attribute?) -> (DenseElements, [UInt8])? {
  guard case .denseElements(let d)? = a?.kind, d.isSplat || d.elementCount == 1 else { return nil }
  return (d, d.rawData)
}

// MARK: Sizes and ranks

private func installSizeFolders(_ h: inout DialectHooks) {
  h.folders["torch.aten.size.int"] = { op, _ in
    guard op.numOperands == 2, let dim = torchConstantInt(op.operand(1)),
      let sizes = traceKnownSizes(op.operand(0), dim: dim), let d = positiveDim(dim, rank: sizes.count)
    else { return nil }
    return i64Result(op, sizes[d])
  }
  h.canonicalizationPatterns["torch.aten.size"] = [
    ClosurePattern("torch.aten.size", name: "SizeOfKnownSizes") { op, rewriter in
      guard op.numOperands == 1, let sizes = traceKnownSizes(op.operand(0), dim: nil) else { return false }
      rewriter.setInsertionPoint(before: op)
      let elements = sizes.map { rewriter.builder.torchConstantInt($0, location: op.location) }
      let intType = TorchSimpleType.int.type(in: op.context)
      replaceWithNew(rewriter, op, "torch.prim.ListConstruct", operands: elements,
        results: [TorchContainerType(.list, of: intType).type(in: op.context)])
      return true
    },
    ClosurePattern("torch.aten.size", name: "EraseDeadSize") { op, rewriter in
      guard op.results.allSatisfy({ $0.useEmpty }) else { return false }
      rewriter.eraseOp(op)
      return true
    },
  ]
  h.folders["torch.aten.dim"] = { op, _ in
    guard op.numOperands == 1, let sizes = tensorType(op.operand(0))?.sizes else { return nil }
    return i64Result(op, Int64(sizes.count))
  }
  h.folders["torch.aten.len.t"] = { op, _ in
    guard op.numOperands == 1, let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0))
    else { return nil }
    return i64Result(op, Int64(list.numOperands))
  }
  h.canonicalizationPatterns["torch.aten.len.t"] = [
    ClosurePattern("torch.aten.len.t", name: "LenOfSizeToDim") { op, rewriter in
      guard op.numOperands == 1, let size = op.operand(0).definingOp, size.name.name == "torch.aten.size",
        size.numOperands == 1
      else { return false }
      replaceWithNew(rewriter, op, "torch.aten.dim", operands: [size.operand(0)], results: op.resultTypes)
      return true
    }
  ]
  h.folders["torch.aten.is_floating_point"] = { op, _ in
    guard op.numOperands == 1, let dtype = tensorType(op.operand(0))?.dtype else { return nil }
    if case .float = dtype.kind { return i1Result(op, true) }
    return i1Result(op, false)
  }
}

// MARK: Lists

private func installListFolders(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.__getitem__.t"] = [
    ClosurePattern("torch.aten.__getitem__.t", name: "GetItemOfListConstruct") { op, rewriter in
      guard op.numOperands == 2, !isListPotentiallyMutated(op.operand(0)), let list = listConstruct(op.operand(0)),
        let i = legalIndex(op.operand(1), size: list.numOperands)
      else { return false }
      rewriter.replaceOp(op, with: [list.operand(i)])
      return true
    },
    ClosurePattern("torch.aten.__getitem__.t", name: "GetItemOfSizeToSizeInt") { op, rewriter in
      guard op.numOperands == 2, let size = op.operand(0).definingOp, size.name.name == "torch.aten.size",
        size.numOperands == 1
      else { return false }
      replaceWithNew(rewriter, op, "torch.aten.size.int", operands: [size.operand(0), op.operand(1)],
        results: op.resultTypes)
      return true
    },
  ]
  h.canonicalizationPatterns["torch.aten.add.t"] = [
    ClosurePattern("torch.aten.add.t", name: "AddOfListConstructs") { op, rewriter in
      guard op.numOperands == 2, let a = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0)),
        let b = listConstruct(op.operand(1)), !isListPotentiallyMutated(op.operand(1))
      else { return false }
      replaceWithNew(rewriter, op, "torch.prim.ListConstruct", operands: a.operandValues + b.operandValues,
        results: op.resultTypes)
      return true
    }
  ]
  h.canonicalizationPatterns["torch.aten.mul.left_t"] = [
    ClosurePattern("torch.aten.mul.left_t", name: "RepeatListConstruct") { op, rewriter in
      guard op.numOperands == 2, let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0)),
        let n = torchConstantInt(op.operand(1)), n <= 4096 || list.numOperands == 0
      else { return false }
      var elements: [Value] = []
      if list.numOperands > 0 {
        for _ in 0..<max(0, n) { elements.append(contentsOf: list.operandValues) }
      }
      replaceWithNew(rewriter, op, "torch.prim.ListConstruct", operands: elements, results: [op.operand(0).type])
      return true
    }
  ]
  h.canonicalizationPatterns["torch.aten.slice.t"] = [
    ClosurePattern("torch.aten.slice.t", name: "SliceOfListConstruct") { op, rewriter in
      guard op.numOperands == 4, let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0))
      else { return false }
      let elements = list.operandValues
      let size = Int64(elements.count)
      func bound(_ v: Value, ifNone: Int64) -> Int64? {
        TorchSimpleType(v.type) == TorchSimpleType.none ? ifNone : torchConstantInt(v)
      }
      // A step that is not positive would never end in Torch-MLIR; an empty
      // list has no element type to take.
      guard var start = bound(op.operand(1), ifNone: 0), var end = bound(op.operand(2), ifNone: size),
        let step = torchConstantInt(op.operand(3)), step > 0, let first = elements.first
      else { return false }
      start = start >= 0 ? start : start &+ size
      start = max(start, 0)
      end = end >= 0 ? end : end &+ size
      end = min(end, size)
      var picked: [Value] = []
      var i = start
      while i < end {
        picked.append(elements[Int(i)])
        i = i &+ step
        if i < 0 { break }
      }
      let listType = TorchContainerType(.list, of: first.type).type(in: op.context)
      replaceWithNew(rewriter, op, "torch.prim.ListConstruct", operands: picked, results: [listType])
      return true
    }
  ]
  h.folders["torch.aten.eq.int_list"] = { op, _ in
    guard op.numOperands == 2, let a = listConstruct(op.operand(0)), let b = listConstruct(op.operand(1)) else {
      return nil
    }
    if a.numOperands != b.numOperands { return i1Result(op, false) }
    if zip(a.operandValues, b.operandValues).allSatisfy({ $0 === $1 }) { return i1Result(op, true) }
    return nil
  }
  h.folders["torch.aten.any.bool"] = { op, _ in
    guard op.numOperands == 1, let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0))
    else { return nil }
    if list.operandValues.contains(where: { torchConstantBool($0) == true }) { return i1Result(op, true) }
    return nil
  }
  h.folders["torch.aten.all.bool"] = { op, _ in
    guard op.numOperands == 1, let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0))
    else { return nil }
    var allConstant = true
    for v in list.operandValues {
      guard let b = torchConstantBool(v) else {
        allConstant = false
        continue
      }
      if !b { return i1Result(op, false) }
    }
    return allConstant ? i1Result(op, true) : nil
  }
  h.folders["torch.aten.__contains__.int_list"] = { op, _ in
    // Only when every user of the list is such a `__contains__`.
    guard op.numOperands == 2,
      op.operand(0).users.allSatisfy({ $0.name.name == "torch.aten.__contains__.int_list" }),
      let item = torchConstantInt(op.operand(1)), let list = listConstruct(op.operand(0))
    else { return nil }
    var values: [Int64] = []
    for v in list.operandValues {
      guard let c = torchConstantInt(v) else { return nil }
      values.append(c)
    }
    return i1Result(op, values.contains(item))
  }
  h.folders["torch.aten.__contains__.str_list"] = { op, operands in
    guard op.numOperands == 2, operands.count == 2, let item = operands[1]?.stringValue,
      let list = listConstruct(op.operand(0)), !isListPotentiallyMutated(op.operand(0))
    else { return nil }
    var strings: [String] = []
    for v in list.operandValues {
      guard let d = v.definingOp, d.name.name == "torch.constant.str", let s = d.attr("value")?.stringValue else {
        return nil
      }
      strings.append(s)
    }
    return i1Result(op, strings.contains(item))
  }
}

// MARK: Identity views and copies

private func installIdentityFolders(_ h: inout DialectHooks) {
  // A view that keeps the (same) type and rank is the tensor itself.
  let sameRank: (Operation, [Attribute?]) -> Bool = { op, _ in
    guard let r = tensorType(op.result(0)), r.dtype != nil, let a = tensorType(op.operand(0))?.sizes,
      let b = r.sizes
    else { return false }
    return a.count == b.count
  }
  h.folders["torch.aten.unsqueeze"] = identityFold(sameRank)
  h.folders["torch.aten.squeeze"] = identityFold(sameRank)
  h.folders["torch.aten.squeeze.dim"] = identityFold { op, _ in
    guard let t = tensorType(op.operand(0)), t.hasValueSemantics, t.dtype != nil else { return false }
    return allSizesKnown(t)
  }
  h.folders["torch.aten.view"] = identityFold { op, _ in
    guard let t = tensorType(op.operand(0)), let sizes = t.sizes else { return false }
    return sizes.count == 1
  }
  h.folders["torch.aten.reshape"] = identityFold { op, _ in
    guard let t = tensorType(op.operand(0)), t.hasValueSemantics else { return false }
    return allSizesKnown(t)
  }
  h.folders["torch.aten.to.dtype"] = identityFold { op, _ in
    guard op.numOperands == 5, torchConstantBool(op.operand(2)) == false,
      torchConstantBool(op.operand(3)) == false,
      TorchSimpleType(op.operand(4).type) == TorchSimpleType.none
    else { return false }
    return tensorType(op.operand(0))?.dtype != nil
  }
  h.folders["torch.aten.clone"] = identityFold { op, _ in tensorType(op.operand(0))?.hasValueSemantics == true }
  h.folders["torch.aten.detach"] = identityFold { _, _ in true }
  h.folders["torch.aten.alias"] = identityFold { _, _ in true }
  h.folders["torch.prims.view_of"] = identityFold { _, _ in true }
  h.folders["torch.aten.broadcast_to"] = identityFold { op, _ in
    guard let a = tensorType(op.operand(0)), let r = tensorType(op.result(0)), r.dtype != nil,
      allSizesKnown(a), allSizesKnown(r)
    else { return false }
    return a.sizes == r.sizes
  }
  h.folders["torch.aten.slice.Tensor"] = identityFold { op, operands in
    guard op.numOperands == 5, operands.count == 5, let a = tensorType(op.operand(0)), a.hasValueSemantics,
      a.sizes != nil, a.dtype != nil
    else { return false }
    return foldInt(operands[2]) == 0 && foldInt(operands[3]) == Int64.max && foldInt(operands[4]) == 1
  }
  h.folders["torch.aten.transpose.int"] = identityFold { op, operands in
    guard op.numOperands == 3, operands.count == 3, let d0 = foldInt(operands[1]), let d1 = foldInt(operands[2]),
      let t = tensorType(op.operand(0)), t.hasValueSemantics, let sizes = t.sizes,
      let p0 = positiveDim(d0, rank: sizes.count), let p1 = positiveDim(d1, rank: sizes.count)
    else { return false }
    return p0 == p1
  }
  h.folders["torch.aten.cat"] = { op, _ in
    guard op.numOperands == 2, op.numResults == 1, let list = listConstruct(op.operand(0)), list.numOperands == 1,
      list.operand(0).type == op.result(0).type
    else { return nil }
    return [.value(list.operand(0))]
  }
  h.canonicalizationPatterns["torch.aten.cat"] = [
    ClosurePattern("torch.aten.cat", name: "CatDropEmptyOperands") { op, rewriter in
      guard op.numOperands == 2, let list = listConstruct(op.operand(0)), tensorType(op.result(0)) != nil,
        let dim = torchConstantInt(op.operand(1))
      else { return false }
      var kept: [Value] = []
      for v in list.operandValues {
        guard let sizes = tensorType(v)?.sizes else { return false }
        if sizes.count == 1 && sizes[0] == 0 { continue }
        // Torch-MLIR indexes without a check; an invalid dim does not match.
        guard let d = positiveDim(dim, rank: sizes.count) else { return false }
        if sizes[d] != 0 { kept.append(v) }
      }
      guard kept.count != list.numOperands else { return false }
      rewriter.setInsertionPoint(before: op)
      let newList = rewriter.builder.torchListConstructValue(kept, type: op.operand(0).type, location: op.location)
      replaceWithNew(rewriter, op, "torch.aten.cat", operands: [newList, op.operand(1)], results: op.resultTypes)
      return true
    }
  ]
  h.folders["torch.aten.where.self"] = { op, operands in
    guard op.numOperands == 3, op.numResults == 1 else { return nil }
    let result = op.result(0).type
    if op.operand(1) === op.operand(2) {
      return op.operand(1).type == result ? [.value(op.operand(1))] : nil
    }
    guard let r = tensorType(op.result(0)), r.hasValueSemantics, r.dtype != nil, r.sizes != nil,
      let (_, bytes) = splatBytes(operands.first ?? nil)
    else { return nil }
    let chosen = bytes.allSatisfy({ $0 == 0 }) ? op.operand(2) : op.operand(1)
    guard let t = tensorType(chosen), t.sizes != nil, t.dtype != nil, chosen.type == result else { return nil }
    return [.value(chosen)]
  }
  for name in ["torch.aten.min.other", "torch.aten.max.other"] {
    let target = name == "torch.aten.min.other" ? "torch.aten.minimum" : "torch.aten.maximum"
    h.canonicalizationPatterns[name] = [
      ClosurePattern(name, name: "OtherToElementwise") { op, rewriter in
        replaceWithNew(rewriter, op, target, operands: op.operandValues, results: op.resultTypes)
        return true
      }
    ]
  }
}

extension OpBuilder {
  /// A `torch.prim.ListConstruct` of `elements` with the list type `type`.
  fileprivate func torchListConstructValue(_ elements: [Value], type: Type, location: Location) -> Value {
    var state = OperationState(context: context, name: "torch.prim.ListConstruct", location: location)
    state.operands = elements
    state.resultTypes = [type]
    return create(state).result(0)
  }
}

// MARK: Scalars in 0-d tensors

/// getScalarIntValue: an `!torch.int`, or the int in a 0-d si64/i1 tensor
/// made by a splat literal, NumToTensor or aten.tensor.int (a constant is
/// created for a literal).
func torchScalarIntValue(_ v: Value, _ rewriter: PatternRewriter, _ loc: Location) -> Value? {
  if TorchSimpleType(v.type) == TorchSimpleType.int { return v }
  guard let t = tensorType(v), let dtype = t.dtype, dtype.isInteger(width: 64) || dtype.isInteger(width: 1),
    t.sizes?.count == 0, let def = v.definingOp
  else { return nil }
  switch def.name.name {
  case "torch.vtensor.literal":
    guard let (d, bytes) = splatBytes(def.attr("value")), case .integer(let w, let s) = d.elementType.kind,
      w <= 64, !bytes.isEmpty
    else { return nil }
    var raw: UInt64 = 0
    for (i, b) in bytes.prefix(8).enumerated() { raw |= UInt64(b) << (8 * UInt64(i)) }
    if w < 64 { raw &= (UInt64(1) << UInt64(w)) - 1 }
    var value = Int64(bitPattern: raw)
    if s == .signed && w < 64 && w > 0 && (raw >> UInt64(w - 1)) & 1 == 1 {
      value = Int64(bitPattern: raw | ~((UInt64(1) << UInt64(w)) - 1))
    }
    return rewriter.builder.torchConstantInt(value, location: loc)
  case "torch.prim.NumToTensor.Scalar", "torch.aten.tensor.int":
    return def.numOperands >= 1 ? def.operand(0) : nil
  default:
    return nil
  }
}

/// getScalarFloatValue: the same for `!torch.float` and 0-d f16/f32/f64 tensors.
func torchScalarFloatValue(_ v: Value, _ rewriter: PatternRewriter, _ loc: Location) -> Value? {
  if TorchSimpleType(v.type) == TorchSimpleType.float { return v }
  guard let t = tensorType(v), let dtype = t.dtype, t.sizes?.count == 0, let def = v.definingOp else { return nil }
  switch dtype.kind {
  case .float(.f16), .float(.f32), .float(.f64): break
  default: return nil
  }
  switch def.name.name {
  case "torch.vtensor.literal":
    guard let (d, bytes) = splatBytes(def.attr("value")), case .float(let k) = d.elementType.kind else { return nil }
    let width = k == .f16 ? 2 : k == .f32 ? 4 : 8
    guard bytes.count >= width else { return nil }
    var words: UInt64 = 0
    for (i, b) in bytes.prefix(width).enumerated() { words |= UInt64(b) << (8 * UInt64(i)) }
    let value = floatBitsToDouble(APInt(width: width * 8, value: words), kind: k)
    return rewriter.builder.torchConstantFloat(value, location: loc)
  case "torch.prim.NumToTensor.Scalar", "torch.aten.tensor.float":
    return def.numOperands >= 1 ? def.operand(0) : nil
  default:
    return nil
  }
}

private func installScalarTensorFolders(_ h: inout DialectHooks) {
  h.canonicalizationPatterns["torch.aten.Int.Tensor"] = [
    ClosurePattern("torch.aten.Int.Tensor", name: "IntOfScalarTensor") { op, rewriter in
      guard op.numOperands == 1 else { return false }
      rewriter.setInsertionPoint(before: op)
      guard let v = torchScalarIntValue(op.operand(0), rewriter, op.location) else { return false }
      rewriter.replaceOp(op, with: [v])
      return true
    }
  ]
  h.folders["torch.aten.Int.Tensor"] = { op, operands in
    // Only a float splat folds: Torch-MLIR's check that the result type is
    // a builtin integer type never holds for `!torch.int`.
    guard let (d, bytes) = splatBytes(operands.first ?? nil), case .float(let k) = d.elementType.kind else {
      return nil
    }
    var words: UInt64 = 0
    for (i, b) in bytes.prefix(8).enumerated() { words |= UInt64(b) << (8 * UInt64(i)) }
    let width = k.semantics.sizeInBits
    guard width <= 64, bytes.count * 8 >= width else { return nil }
    guard let r = Int64(exactlyTruncating: floatBitsToDouble(APInt(width: width, value: words), kind: k)) else {
      return nil
    }
    return i64Result(op, r)
  }
  h.folders["torch.aten.Float.Tensor"] = { op, _ in
    guard op.numOperands == 1, let d = op.operand(0).definingOp, d.name.name == "torch.prim.NumToTensor.Scalar",
      d.numOperands == 1, d.operand(0).type == op.result(0).type
    else { return nil }
    return [.value(d.operand(0))]
  }
  h.canonicalizationPatterns["torch.aten.IntImplicit"] = [
    ClosurePattern("torch.aten.IntImplicit", name: "IntImplicitOfScalarTensor") { op, rewriter in
      guard op.numOperands == 1 else { return false }
      rewriter.setInsertionPoint(before: op)
      guard let v = torchScalarIntValue(op.operand(0), rewriter, op.location) else { return false }
      rewriter.replaceOp(op, with: [v])
      return true
    }
  ]
  h.canonicalizationPatterns["torch.aten.FloatImplicit"] = [
    ClosurePattern("torch.aten.FloatImplicit", name: "FloatImplicitOfScalarTensor") { op, rewriter in
      guard op.numOperands == 1 else { return false }
      rewriter.setInsertionPoint(before: op)
      guard let v = torchScalarFloatValue(op.operand(0), rewriter, op.location) else { return false }
      rewriter.replaceOp(op, with: [v])
      return true
    }
  ]
  h.canonicalizationPatterns["torch.aten.ScalarImplicit"] = [
    ClosurePattern("torch.aten.ScalarImplicit", name: "ScalarImplicitOfScalarTensor") { op, rewriter in
      guard op.numOperands == 1 else { return false }
      rewriter.setInsertionPoint(before: op)
      guard let v = torchScalarIntValue(op.operand(0), rewriter, op.location)
        ?? torchScalarFloatValue(op.operand(0), rewriter, op.location)
      else { return false }
      replaceWithNew(rewriter, op, "torch.derefine", operands: [v], results: op.resultTypes)
      return true
    }
  ]
}

extension Int64 {
  /// C++'s static_cast<long>(double) where defined.
  fileprivate init?(exactlyTruncating d: Double) {
    guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return nil }
    self = Int64(d.rounded(.towardZero))
  }
}

// MARK: Conversions that change nothing

func installAtenNoopConversionFolders(_ h: inout DialectHooks) {
  h.folders["torch.aten.to.dtype_layout"] = { op, _ in
    // self, dtype, layout, device, pin_memory, non_blocking, copy, memory_format
    guard op.numOperands == 8, op.numResults == 1 else { return nil }
    let v = op.operandValues
    func isNone(_ x: Value) -> Bool { TorchSimpleType(x.type) == TorchSimpleType.none }
    if !isNone(v[4]) && torchConstantBool(v[4]) != false { return nil }
    guard torchConstantBool(v[5]) == false, torchConstantBool(v[6]) == false, isNone(v[3]), isNone(v[7]),
      v[0].type == op.result(0).type, TorchTensorType(v[0].type)?.dtype != nil
    else { return nil }
    if !isNone(v[2]) && torchConstantInt(v[2]) != 0 { return nil }
    return [.value(v[0])]
  }
  h.folders["torch.prims.convert_element_type"] = { op, _ in
    guard op.numOperands >= 1, op.numResults == 1, op.operand(0).type == op.result(0).type,
      TorchTensorType(op.operand(0).type)?.dtype != nil
    else { return nil }
    return [.value(op.operand(0))]
  }
  h.folders["torch.aten.any.dims"] = { op, _ in
    guard op.numOperands >= 1, op.numResults == 1, let a = TorchTensorType(op.operand(0).type),
      let r = TorchTensorType(op.result(0).type), a.hasValueSemantics, r.hasValueSemantics, a.dtype == r.dtype,
      a.sizes == r.sizes, op.operand(0).type == op.result(0).type
    else { return nil }
    return [.value(op.operand(0))]
  }
}
