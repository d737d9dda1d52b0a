// The hand-written verifiers Torch-MLIR gives some of its generated ops
// (`hooks verifier` in Specs/TorchGenerated.spec; the `::verify()` methods
// of its TorchOps.cpp): the same checks, in the same order, with the same
// messages. They run after the checks the spec declares (operand counts and
// type constraints), and look only at what is static: the tensor types'
// sizes and dtypes and operands made by `torch.constant.*` and
// `torch.prim.ListConstruct`. The `_scaled_mm` ops are in
// TorchScaledMmVerifiers.swift.

import TorchIRCore

/// Adds the verifiers to the hooks of the generated ops.
func installGeneratedOpVerifiers(_ hooks: inout DialectHooks) {
  hooks.verifiers["torch.aten.norm.Scalar"] = verifyNormScalar
  hooks.verifiers["torch.aten.renorm"] = verifyRenorm
  hooks.verifiers["torch.aten.permute"] = verifyPermute
  hooks.verifiers["torch.aten.linalg_cross"] = verifyLinalgCross
  hooks.verifiers["torch.aten.kthvalue"] = verifyKthvalue
  hooks.verifiers["torch.aten.triu_indices"] = verifyTriangleIndices
  hooks.verifiers["torch.aten.tril_indices"] = verifyTriangleIndices
  hooks.verifiers["torch.aten.rot90"] = verifyRot90
  hooks.verifiers["torch.aten.count_nonzero"] = verifyCountNonzero
  hooks.verifiers["torch.aten.count_nonzero.dim_IntList"] = verifyCountNonzeroDimIntList
  hooks.verifiers["torch.aten._scaled_mm"] = verifyScaledMm
  hooks.verifiers["torch.aten._scaled_mm_v2"] = verifyScaledMmV2
}

// MARK: Reading operands

/// The tensor type of operand `i`, nil when the op has no such operand or it
/// is not a tensor (the declared constraints reject that before).
private func generatedOpTensorOperand(_ op: Operation, _ i: Int) -> TorchTensorType? {
  guard i < op.numOperands else { return nil }
  return TorchTensorType(op.operand(i).type)
}

/// Operand `i`'s `torch.constant.int` value (m_TorchConstantInt).
private func generatedOpConstantInt(_ op: Operation, _ i: Int) -> Int64? {
  guard i < op.numOperands else { return nil }
  return torchConstantInt(op.operand(i))
}

/// The elements of a `torch.prim.ListConstruct` (getListConstructElements).
func verifierListElements(_ v: Value) -> [Value]? {
  guard let def = v.definingOp, def.name.name == "torch.prim.ListConstruct" else { return nil }
  return def.operandValues
}

/// The values of a `torch.prim.ListConstruct` of `torch.constant.int`s
/// (m_TorchListOfConstantInts).
func verifierConstantInts(_ v: Value) -> [Int64]? {
  guard let elements = verifierListElements(v) else { return nil }
  var values: [Int64] = []
  for e in elements {
    guard let i = torchConstantInt(e) else { return nil }
    values.append(i)
  }
  return values
}

/// The value of a `torch.constant.float` (m_TorchConstantFloat).
private func constantFloat(_ v: Value) -> Double? {
  guard let def = v.definingOp, def.name.name == "torch.constant.float",
    case .float(let bits, let t)? = def.attr("value")?.kind, case .float(let kind) = t.kind
  else { return nil }
  return floatBitsToDouble(bits, kind: kind)
}

/// A type as a diagnostic shows one: in quotes.
private func quoted(_ t: Type) -> String { "'\(t)'" }

/// A value as a diagnostic shows one (MLIR's Value::print): the defining op
/// in generic form, or the block argument's type and index.
private func diagnosticText(_ v: Value) -> String {
  if let def = v.definingOp { return v.type.context.printHooks.operation(def) }
  if let arg = v as? BlockArgument {
    return "<block argument> of type \(quoted(arg.type)) at index: \(arg.index)"
  }
  return "<<UNKNOWN SSA VALUE>>"
}

private func isFloat(_ t: Type, _ kinds: [FloatKind]) -> Bool {
  if case .float(let k) = t.kind { return kinds.contains(k) }
  return false
}

private func isComplex(_ t: Type) -> Bool {
  if case .complex = t.kind { return true }
  return false
}

private func isBool(_ t: Type) -> Bool { t.isSignlessInteger && t.isInteger(width: 1) }

/// Torch-MLIR's toPositiveDim and isValidDim.
private func positiveDim(_ dim: Int64, _ rank: Int64) -> Int64 { dim >= 0 ? dim : dim &+ rank }
private func isValidDim(_ dim: Int64, _ rank: Int64) -> Bool { dim >= 0 && dim < rank }

// MARK: Verifiers

/// aten.norm.Scalar(self, p): only float and complex inputs.
private func verifyNormScalar(_ op: Operation) throws {
  guard let dtype = generatedOpTensorOperand(op, 0)?.dtype else { return }
  if !isComplex(dtype) && !isFloat(dtype, [.f16, .f32, .f64]) {
    throw OpVerifyError("expected a float or complex type for input tensor, but got \(quoted(dtype))")
  }
}

/// aten.renorm(self, p, dim, maxnorm). Torch-MLIR also rejects a complex
/// `p` or `maxnorm`, which no Torch scalar type is.
private func verifyRenorm(_ op: Operation) throws {
  guard let selfType = generatedOpTensorOperand(op, 0), let dtype = selfType.dtype,
    let sizes = selfType.sizes, op.numOperands == 4
  else { return }
  let rank = Int64(sizes.count)
  if !isComplex(dtype) && !isFloat(dtype, [.f16, .bf16, .f32, .f64]) {
    throw OpVerifyError("expected a float or complex type for input tensor, but got \(quoted(dtype))")
  }
  if rank <= 1 {
    throw OpVerifyError("renorm: input needs at least 2 dimensions, got \(rank) dimensions")
  }
  // An int `p` leaves the float at its initial 1 and the other way round.
  let pInt = torchConstantInt(op.operand(1))
  let pFloat = pInt == nil ? constantFloat(op.operand(1)) : nil
  if pInt == nil && pFloat == nil { return }
  if (pInt ?? 1) <= 0 || (pFloat ?? 1) <= 0 {
    throw OpVerifyError("renorm: non-positive norm not supported")
  }
  let maxInt = torchConstantInt(op.operand(3))
  let maxFloat = maxInt == nil ? constantFloat(op.operand(3)) : nil
  if maxInt == nil && maxFloat == nil { return }
  if (maxInt ?? 0) < 0 || (maxFloat ?? 0) < 0 {
    throw OpVerifyError("renorm: expected maxnorm to be >= 0")
  }
  guard let dim = torchConstantInt(op.operand(2)) else { return }
  if dim >= rank || dim < -rank {
    throw OpVerifyError(
      "Dimension out of range (expected to be in range of [\(-rank), \(rank - 1)], but got \(dim)")
  }
}

/// aten.permute(self, dims): ranks, the permutation's indices and the sizes
/// they move, as far as they are known.
private func verifyPermute(_ op: Operation) throws {
  guard op.numOperands == 2, op.numResults == 1, let permutation = verifierListElements(op.operand(1)),
    let outSizes = TorchTensorType(op.result(0).type)?.sizes,
    let inSizes = generatedOpTensorOperand(op, 0)?.sizes
  else { return }
  let rank = outSizes.count
  if rank != inSizes.count {
    throw OpVerifyError("expected input and output tensors to have same rank, but \(inSizes.count) != \(rank).")
  }
  if rank != permutation.count {
    throw OpVerifyError(
      "expected permutation to have size equal result tensor rank. The permutation has \(permutation.count) elements, the output has rank \(rank).")
  }
  var seen = [Bool](repeating: false, count: rank)
  for to in 0..<rank {
    guard let original = torchConstantInt(permutation[to]) else { continue }
    let from = positiveDim(original, Int64(rank))
    guard isValidDim(from, Int64(rank)) else {
      // Torch-MLIR emits this one without the op name.
      throw opEmitError(op, "observed invalid index in permutation (\(original)) for input tensor of rank \(rank).")
    }
    let f = Int(from)
    if seen[f] {
      throw OpVerifyError(
        "has a duplicate dimension (\(from)) in its permutation \(diagnosticText(op.operand(1))).")
    }
    seen[f] = true
    let (a, b) = (inSizes[f], outSizes[to])
    if a != torchUnknownSize && b != torchUnknownSize && a != b {
      throw OpVerifyError(
        "has a permutation which is not compatible with the input and output shapes. The input shape in dimension \(from) is \(a), and the output shape in dimension \(to) is \(b) : they should be the same with this permutation. ")
    }
  }
}

/// aten.linalg_cross(self, other, dim).
private func verifyLinalgCross(_ op: Operation) throws {
  guard let selfType = generatedOpTensorOperand(op, 0), let otherType = generatedOpTensorOperand(op, 1),
    let selfDtype = selfType.dtype, let otherDtype = otherType.dtype, let selfSizes = selfType.sizes,
    let otherSizes = otherType.sizes
  else { return }
  if selfDtype != otherDtype {
    throw OpVerifyError(
      "input tensors must have the same dtype, but got \(quoted(selfDtype)) and \(quoted(otherDtype))")
  }
  if isBool(selfDtype) || isBool(otherDtype) {
    throw OpVerifyError("input tensors must not have bool dtype")
  }
  let rank = Int64(selfSizes.count)
  if selfSizes.count != otherSizes.count {
    throw OpVerifyError(
      "input tensors must have the same number of dimensions, but got \(selfSizes.count) and \(otherSizes.count)")
  }
  guard var dim = generatedOpConstantInt(op, 2) else { return }
  if dim >= rank || dim < -rank {
    throw OpVerifyError("dim expected to be in rank of [\(-rank), \(rank - 1)], but got \(dim)")
  }
  if dim < 0 { dim += rank }
  let (a, b) = (selfSizes[Int(dim)], otherSizes[Int(dim)])
  if (a != 3 && a != torchUnknownSize) || (b != 3 && b != torchUnknownSize) {
    throw OpVerifyError("inputs dimension \(dim) must have length 3, but got \(a) and \(b)")
  }
  for (i, (s, o)) in zip(selfSizes, otherSizes).enumerated() where s != o && s != 1 && o != 1 {
    throw OpVerifyError(
      "the size of first tensor (\(s)) must match the size of second tensor (\(o)) at dimension \(i) or one of them must be 1")
  }
}

/// aten.kthvalue(self, k, dim, keepdim).
private func verifyKthvalue(_ op: Operation) throws {
  guard let selfType = generatedOpTensorOperand(op, 0), let dtype = selfType.dtype,
    let sizes = selfType.sizes
  else { return }
  if isBool(dtype) { throw OpVerifyError("input tensors must not have bool dtype") }
  guard let original = generatedOpConstantInt(op, 2) else { return }
  let rank = Int64(sizes.count)
  // The message shows the dim made positive.
  let dim = positiveDim(original, rank)
  if !isValidDim(dim, rank) {
    throw OpVerifyError("dim expected to be in range of [\(-rank), \(rank - 1)], but got \(dim)")
  }
  guard let k = generatedOpConstantInt(op, 1) else { return }
  let size = sizes[Int(dim)]
  if size != torchUnknownSize && (k < 1 || k > size) {
    throw OpVerifyError("k expected to be in range of [1, \(size)], but got \(k)")
  }
}

/// aten.triu_indices and aten.tril_indices(row, col, offset, dtype, ...):
/// both report the dtype as 'triu_indices', as Torch-MLIR does.
private func verifyTriangleIndices(_ op: Operation) throws {
  guard let row = generatedOpConstantInt(op, 0), let col = generatedOpConstantInt(op, 1),
    generatedOpConstantInt(op, 2) != nil
  else { return }
  if row < 0 { throw OpVerifyError("row must be non-negative, got \(row)") }
  if col < 0 { throw OpVerifyError("col must be non-negative, got \(col)") }
  guard let dtype = generatedOpConstantInt(op, 3) else { return }
  // torch.int32 and torch.int64 are ScalarType 3 and 4.
  if dtype != 3 && dtype != 4 {
    throw OpVerifyError("'triu_indices' implemented only for torch.int32 and torch.int64")
  }
}

/// aten.rot90(self, k, dims). The two dims are compared as values, not as
/// constants, as Torch-MLIR does.
private func verifyRot90(_ op: Operation) throws {
  guard op.numOperands == 3, let dims = verifierListElements(op.operand(2)) else { return }
  if dims.count != 2 {
    throw OpVerifyError("expected total rotation dims == 2, but got dims = \(dims.count)")
  }
  guard let sizes = generatedOpTensorOperand(op, 0)?.sizes else { return }
  if sizes.count < 2 {
    throw OpVerifyError("expected total dims >= 2, but got total dims = \(sizes.count)")
  }
  if dims[0] === dims[1] {
    let text = diagnosticText(dims[0])
    throw OpVerifyError("expected rotation dims to be different, but got dim0 = \(text) and dim1 = \(text)")
  }
}

/// aten.count_nonzero(self, dim).
private func verifyCountNonzero(_ op: Operation) throws {
  guard op.numOperands == 2, let selfType = generatedOpTensorOperand(op, 0), selfType.dtype != nil,
    let sizes = selfType.sizes
  else { return }
  let dimType = TorchSimpleType(op.operand(1).type)
  if dimType != TorchSimpleType.int && dimType != TorchSimpleType.none {
    throw OpVerifyError("parameter dim must be none or int type")
  }
  guard let dim = torchConstantInt(op.operand(1)) else { return }
  let rank = Int64(sizes.count)
  if dim >= rank || dim < -rank {
    throw OpVerifyError("expected dim to be in [ \(-rank), \(rank - 1) ], but got dim = \(dim)")
  }
}

/// aten.count_nonzero.dim_IntList(self, dim): the dims must be constants.
private func verifyCountNonzeroDimIntList(_ op: Operation) throws {
  guard op.numOperands == 2, let selfType = generatedOpTensorOperand(op, 0), selfType.dtype != nil,
    let sizes = selfType.sizes
  else { return }
  guard let dims = verifierConstantInts(op.operand(1)) else {
    throw OpVerifyError("expected dim to be constructed from list construct")
  }
  let rank = Int64(sizes.count)
  for d in dims where d >= rank || d < -rank {
    throw OpVerifyError("expected to be in [ \(-rank) , \(rank - 1) ], but got dim = \(d)")
  }
}
