// Torch-MLIR's verifiers of aten._scaled_mm and aten._scaled_mm_v2: the
// parts of PyTorch's scaled matmul metadata checks that the types and
// constant operands show (data and scale dtypes, matrix sizes divisible by
// 16, the number of scale elements each scaling recipe needs). Same checks,
// order and messages as Torch-MLIR's TorchOps.cpp. Sizes come from the
// program, so the arithmetic wraps instead of trapping, as C++'s does.

import TorchIRCore

// MARK: Shared pieces

/// FP8 and FP4 data dtypes.
private func isDataDtype(_ t: Type) -> Bool {
  guard case .float(let k) = t.kind else { return false }
  return [.f4E2M1FN, .f8E4M3FN, .f8E4M3FNUZ, .f8E5M2, .f8E5M2FNUZ].contains(k)
}

private func isFloat(_ t: Type, _ kind: FloatKind) -> Bool { t.kind == .float(kind) }

/// Tensorwise and rowwise scales are f32.
private func isF32(_ t: Type) -> Bool { isFloat(t, .f32) }

private func isBlockwiseScaleDtype(_ t: Type) -> Bool { isFloat(t, .f8E8M0FNU) || isFloat(t, .f8E4M3FN) }

/// The element count, or torchUnknownSize when a size is unknown.
private func numel(_ sizes: [Int64]) -> Int64 {
  var n: Int64 = 1
  for s in sizes {
    if s == torchUnknownSize { return torchUnknownSize }
    n = n &* s
  }
  return n
}

/// llvm::divideCeil, which computes in unsigned arithmetic.
private func divideCeil(_ numerator: Int64, _ denominator: Int64) -> Int64 {
  let n = UInt64(bitPattern: numerator)
  let d = UInt64(bitPattern: denominator)
  guard d != 0 else { return 0 }
  let bias: UInt64 = n != 0 ? 1 : 0
  return Int64(bitPattern: (n &- bias) / d &+ bias)
}

/// Scale elements per scale block along K.
private func blockSizeK(_ scaleDtype: Type) -> Int64 { isFloat(scaleDtype, .f8E4M3FN) ? 16 : 32 }

/// K as the scales see it: doubled for packed FP4 data or f8E4M3FN scales.
private func scaleK(_ k: Int64, _ dataDtype: Type, _ scaleDtype: Type) -> Int64 {
  if k == torchUnknownSize { return torchUnknownSize }
  return isFloat(dataDtype, .f4E2M1FN) || isFloat(scaleDtype, .f8E4M3FN) ? k &* 2 : k
}

private func allSizesKnown(_ t: TorchTensorType) -> Bool {
  guard let sizes = t.sizes else { return false }
  return !sizes.contains(torchUnknownSize)
}

private func quoted(_ t: Type) -> String { "'\(t)'" }

/// The shared first check of both ops: FP8 or FP4 data.
private func verifyDataDtypes(_ selfType: TorchTensorType, _ mat2Type: TorchTensorType) throws {
  if let d = selfType.dtype, !isDataDtype(d) {
    throw OpVerifyError("expected self to have an FP8 or FP4 dtype, but got \(quoted(d))")
  }
  if let d = mat2Type.dtype, !isDataDtype(d) {
    throw OpVerifyError("expected mat2 to have an FP8 or FP4 dtype, but got \(quoted(d))")
  }
}

// MARK: aten._scaled_mm

/// aten._scaled_mm(self, mat2, scale_a, scale_b, bias, scale_result,
/// out_dtype, use_fast_accum).
func verifyScaledMm(_ op: Operation) throws {
  guard op.numOperands == 8, op.numResults == 1, let selfType = TorchTensorType(op.operand(0).type),
    let mat2Type = TorchTensorType(op.operand(1).type), let scaleAType = TorchTensorType(op.operand(2).type),
    let scaleBType = TorchTensorType(op.operand(3).type)
  else { return }
  let resultDtype = TorchTensorType(op.result(0).type)?.dtype
  try verifyDataDtypes(selfType, mat2Type)
  guard let selfShape = selfType.sizes, let mat2Shape = mat2Type.sizes else { return }
  guard selfShape.count == 2, mat2Shape.count == 2 else {
    throw OpVerifyError("expected self and mat2 to be rank 2, but got ranks \(selfShape.count) and \(mat2Shape.count)")
  }
  let (m, k, mat2K, n) = (selfShape[0], selfShape[1], mat2Shape[0], mat2Shape[1])
  let unknown = torchUnknownSize
  if k != unknown && mat2K != unknown && k != mat2K {
    throw OpVerifyError("expected self and mat2 contracting dimensions to match, but got \(k) and \(mat2K)")
  }
  if k != unknown && k % 16 != 0 {
    throw OpVerifyError("expected self contracting dimension to be divisible by 16, but got \(k)")
  }
  if mat2K != unknown && mat2K % 16 != 0 {
    throw OpVerifyError("expected mat2 contracting dimension to be divisible by 16, but got \(mat2K)")
  }
  if n != unknown && n % 16 != 0 {
    throw OpVerifyError("expected mat2 non-contracting dimension to be divisible by 16, but got \(n)")
  }

  // A bias or scale_result that is neither None nor a tensor
  // (`!torch.optional<...>`) ends the checks.
  let bias = op.operand(4).type
  if TorchSimpleType(bias) != TorchSimpleType.none {
    guard let biasType = TorchTensorType(bias) else { return }
    if let sizes = biasType.sizes {
      let biasNumel = numel(sizes)
      if biasNumel != unknown && n != unknown && biasNumel != n {
        throw OpVerifyError("expected bias to have \(n) elements, but got \(biasNumel)")
      }
    }
    if let biasDtype = biasType.dtype {
      let isBF16 = isFloat(biasDtype, .bf16)
      let isF16 = isFloat(biasDtype, .f16)
      if !isBF16 && !isF16 {
        throw OpVerifyError("expected bias to have bf16 or f16 dtype, but got \(quoted(biasDtype))")
      }
      if let r = resultDtype {
        if isF32(r) { throw OpVerifyError("expected bias to be absent for f32 result dtype") }
        if isFloat(r, .bf16) && !isBF16 {
          throw OpVerifyError("expected bias to have bf16 dtype for bf16 result dtype, but got \(quoted(biasDtype))")
        }
        if isFloat(r, .f16) && !isF16 {
          throw OpVerifyError("expected bias to have f16 dtype for f16 result dtype, but got \(quoted(biasDtype))")
        }
      }
    }
  }
  let scaleResult = op.operand(5).type
  if TorchSimpleType(scaleResult) != TorchSimpleType.none {
    guard let scaleResultType = TorchTensorType(scaleResult) else { return }
    if let d = scaleResultType.dtype, !isF32(d) {
      throw OpVerifyError("expected scale_result to have f32 dtype, but got \(quoted(d))")
    }
    if let sizes = scaleResultType.sizes {
      let count = numel(sizes)
      if count != unknown && count != 1 {
        throw OpVerifyError("expected scale_result to have 1 element, but got \(count)")
      }
    }
  }

  guard let scaleADtype = scaleAType.dtype, let scaleBDtype = scaleBType.dtype,
    let scaleAShape = scaleAType.sizes, let scaleBShape = scaleBType.sizes,
    allSizesKnown(selfType), allSizesKnown(mat2Type),
    let selfDtype = selfType.dtype, let mat2Dtype = mat2Type.dtype
  else { return }
  let blockwise = scaleADtype == scaleBDtype && isBlockwiseScaleDtype(scaleADtype)
  let scaleANumel = numel(scaleAShape)
  let scaleBNumel = numel(scaleBShape)
  if scaleANumel == unknown || scaleBNumel == unknown { return }

  // Tensorwise scaling.
  if scaleANumel == 1 || scaleBNumel == 1 {
    if scaleANumel != 1 || scaleBNumel != 1 {
      throw OpVerifyError("expected scale_a and scale_b to both be scalar for tensorwise scaling")
    }
    if !isF32(scaleADtype) || !isF32(scaleBDtype) {
      throw OpVerifyError("expected tensorwise scale_a and scale_b to have f32 dtype")
    }
    return
  }

  // Blockwise scaling (MX and NV recipes).
  if blockwise {
    let blockSizeMN: Int64 = 128
    let aKBlocks = divideCeil(scaleK(k, selfDtype, scaleADtype), blockSizeK(scaleADtype))
    let bKBlocks = divideCeil(scaleK(mat2K, mat2Dtype, scaleBDtype), blockSizeK(scaleBDtype))
    let expectedA = blockSizeMN &* divideCeil(m, blockSizeMN) &* (divideCeil(aKBlocks, 4) &* 4)
    let expectedB = blockSizeMN &* divideCeil(n, blockSizeMN) &* (divideCeil(bKBlocks, 4) &* 4)
    if scaleANumel != expectedA || scaleBNumel != expectedB {
      throw OpVerifyError(
        "invalid blockwise scaling configuration: expected scale_a to have \(expectedA) elements and scale_b to have \(expectedB) elements, but got \(scaleANumel) and \(scaleBNumel)")
    }
    return
  }

  // Rowwise and f32 blockwise recipes.
  if !isF32(scaleADtype) || !isF32(scaleBDtype) {
    throw OpVerifyError("expected non-tensorwise, non-blockwise scale_a and scale_b to have f32 dtype")
  }
  if scaleAShape.count != 2 || scaleBShape.count != 2 {
    throw OpVerifyError(
      "expected non-tensorwise scale_a and scale_b to be rank 2, but got ranks \(scaleAShape.count) and \(scaleBShape.count)")
  }
  let kBlocks = divideCeil(k, 128)
  let mBlocks = divideCeil(m, 128)
  let nBlocks = divideCeil(n, 128)
  let accepted: [([Int64], [Int64])] = [
    ([m, 1], [1, n]), ([m, kBlocks], [kBlocks, nBlocks]), ([m, kBlocks], [kBlocks, n]),
    ([mBlocks, kBlocks], [kBlocks, n]),
  ]
  if accepted.contains(where: { $0.0 == scaleAShape && $0.1 == scaleBShape }) { return }
  throw OpVerifyError("invalid scaling configuration for scale_a and scale_b")
}

// MARK: aten._scaled_mm_v2

/// PyTorch's ScalingType values in recipe_a / recipe_b.
private enum ScalingType: Int64 {
  case tensorWise = 0, rowWise, blockWise1x16, blockWise1x32, blockWise1x128, blockWise128x128
}

/// The recipe pair, classified.
private enum RecipeMode {
  case tensorwise, rowwise, nvSingleLevel, nvTwoLevel, mxBlockwise
  case blockwise1x128x1x128, blockwise1x128x128x128, blockwise128x128x1x128

  var isNvBlockwise: Bool { self == .nvSingleLevel || self == .nvTwoLevel }
  var isF32Blockwise: Bool {
    self == .blockwise1x128x1x128 || self == .blockwise1x128x128x128 || self == .blockwise128x128x1x128
  }
}

private let emptyScaleListsMessage = "expected scale_a, recipe_a, scale_b and recipe_b lists to be non-empty"

/// The tensor types of a statically constructed list operand; nil when the
/// operand is not a `torch.prim.ListConstruct` (then nothing is checked).
private func staticTensorList(_ v: Value, _ name: String) throws -> [TorchTensorType]? {
  guard let elements = verifierListElements(v) else { return nil }
  var types: [TorchTensorType] = []
  for e in elements {
    guard let t = TorchTensorType(e.type) else {
      throw OpVerifyError("expected \(name) to be a statically constructed tensor list")
    }
    types.append(t)
  }
  if types.isEmpty { throw OpVerifyError(emptyScaleListsMessage) }
  return types
}

/// The ints of a statically constructed list operand; nil when the operand
/// is not a `torch.prim.ListConstruct`.
private func staticIntList(_ v: Value, _ name: String, emptyMessage: String?) throws -> [Int64]? {
  guard verifierListElements(v) != nil else { return nil }
  guard let values = verifierConstantInts(v) else {
    throw OpVerifyError("expected \(name) to be a statically constructed int list")
  }
  if values.isEmpty, let message = emptyMessage { throw OpVerifyError(message) }
  return values
}

/// aten._scaled_mm_v2(self, mat2, scale_a, recipe_a, swizzle_a, scale_b,
/// recipe_b, swizzle_b, bias, out_dtype, contraction_dim, use_fast_accum).
/// An absent list below is one that is not statically constructed.
func verifyScaledMmV2(_ op: Operation) throws {
  guard op.numOperands == 12, let selfType = TorchTensorType(op.operand(0).type),
    let mat2Type = TorchTensorType(op.operand(1).type)
  else { return }
  try verifyDataDtypes(selfType, mat2Type)

  let scaleA = try staticTensorList(op.operand(2), "scale_a") ?? []
  let scaleB = try staticTensorList(op.operand(5), "scale_b") ?? []
  let recipeA = try staticIntList(op.operand(3), "recipe_a", emptyMessage: emptyScaleListsMessage) ?? []
  let recipeB = try staticIntList(op.operand(6), "recipe_b", emptyMessage: emptyScaleListsMessage) ?? []
  let swizzleMessage = "expected swizzle_a and swizzle_b lists to be non-empty"
  let swizzleA = try staticIntList(op.operand(4), "swizzle_a", emptyMessage: swizzleMessage) ?? []
  let swizzleB = try staticIntList(op.operand(7), "swizzle_b", emptyMessage: swizzleMessage) ?? []

  if scaleA.count > 2 || scaleB.count > 2 || recipeA.count > 2 || recipeB.count > 2 {
    throw OpVerifyError("expected scale_a, recipe_a, scale_b and recipe_b lists to have at most two elements")
  }
  if !scaleA.isEmpty && !recipeA.isEmpty && scaleA.count != recipeA.count {
    throw OpVerifyError("expected scale_a and recipe_a lists to have the same length")
  }
  if !scaleB.isEmpty && !recipeB.isEmpty && scaleB.count != recipeB.count {
    throw OpVerifyError("expected scale_b and recipe_b lists to have the same length")
  }
  let mode = try classifyRecipes(recipeA, recipeB)
  if let mode, !scaleA.isEmpty, !scaleB.isEmpty {
    try verifyScaleDtypes(mode, scaleA, scaleB)
  }
  if let mode, !swizzleA.isEmpty, !swizzleB.isEmpty, mode.isNvBlockwise || mode == .mxBlockwise {
    // SWIZZLE_32_4_4 is 1.
    if swizzleA[0] != 1 || swizzleB[0] != 1 {
      throw OpVerifyError("expected blockwise swizzle_a and swizzle_b to be SWIZZLE_32_4_4")
    }
  }
  let matrix = try verifyMatrixShapes(op, selfType, mat2Type)
  if let mode, mode != .tensorwise, !scaleA.isEmpty, !scaleB.isEmpty, matrix.allKnown {
    try verifyScaleNumel(mode, scaleA[0], scaleB[0], matrix)
  }
}

/// The mode of a recipe pair; nil when either list is unknown.
private func classifyRecipes(_ a: [Int64], _ b: [Int64]) throws -> RecipeMode? {
  if a.isEmpty || b.isEmpty { return nil }
  let w = ScalingType.self
  if a.count == 2 && b.count == 2 && a[0] == w.blockWise1x16.rawValue && b[0] == w.blockWise1x16.rawValue
    && a[1] == w.tensorWise.rawValue && b[1] == w.tensorWise.rawValue
  {
    return .nvTwoLevel
  }
  let invalid = OpVerifyError("invalid scaling configuration for recipe_a and recipe_b")
  guard a.count == 1, b.count == 1, let ra = ScalingType(rawValue: a[0]), let rb = ScalingType(rawValue: b[0])
  else { throw invalid }
  switch (ra, rb) {
  case (.tensorWise, .tensorWise): return .tensorwise
  case (.rowWise, .rowWise): return .rowwise
  case (.blockWise1x16, .blockWise1x16): return .nvSingleLevel
  case (.blockWise1x32, .blockWise1x32): return .mxBlockwise
  case (.blockWise1x128, .blockWise1x128): return .blockwise1x128x1x128
  case (.blockWise1x128, .blockWise128x128): return .blockwise1x128x128x128
  case (.blockWise128x128, .blockWise1x128): return .blockwise128x128x1x128
  default: throw invalid
  }
}

/// The scale dtypes (and the tensorwise scales' element counts) each mode
/// needs, from the first scale of each list (both scales of a two-level NV
/// recipe).
private func verifyScaleDtypes(_ mode: RecipeMode, _ scaleA: [TorchTensorType], _ scaleB: [TorchTensorType]) throws {
  let a = scaleA[0]
  let b = scaleB[0]
  var dtypes: (a: Type, b: Type)? = nil
  if let da = a.dtype, let db = b.dtype { dtypes = (da, db) }
  var shapes: (a: [Int64], b: [Int64])? = nil
  if let sa = a.sizes, let sb = b.sizes { shapes = (sa, sb) }
  let unknown = torchUnknownSize

  if mode == .tensorwise {
    if let d = dtypes, !isF32(d.a) || !isF32(d.b) {
      throw OpVerifyError("expected tensorwise scale_a and scale_b to have f32 dtype")
    }
    if let s = shapes {
      let (na, nb) = (numel(s.a), numel(s.b))
      if na != unknown && nb != unknown && (na != 1 || nb != 1) {
        throw OpVerifyError("expected scale_a and scale_b to both be scalar for tensorwise scaling")
      }
    }
  }
  if mode == .rowwise, let d = dtypes, !isF32(d.a) || !isF32(d.b) {
    throw OpVerifyError("expected rowwise scale_a and scale_b to have f32 dtype")
  }
  if mode.isNvBlockwise, let d = dtypes, !isFloat(d.a, .f8E4M3FN) || !isFloat(d.b, .f8E4M3FN) {
    throw OpVerifyError("expected NV blockwise scale_a and scale_b to have f8E4M3FN dtype")
  }
  if mode == .nvTwoLevel, scaleA.count > 1, scaleB.count > 1 {
    let (ta, tb) = (scaleA[1], scaleB[1])
    if let da = ta.dtype, let db = tb.dtype, !isF32(da) || !isF32(db) {
      throw OpVerifyError("expected two-level NV tensorwise scale_a and scale_b to have f32 dtype")
    }
    if let sa = ta.sizes, let sb = tb.sizes {
      let (na, nb) = (numel(sa), numel(sb))
      if na != unknown && nb != unknown && (na != 1 || nb != 1) {
        throw OpVerifyError("expected two-level NV tensorwise scale_a and scale_b to both be scalar")
      }
    }
  }
  if mode.isF32Blockwise, let d = dtypes, !isF32(d.a) || !isF32(d.b) {
    throw OpVerifyError("expected f32 blockwise scale_a and scale_b to have f32 dtype")
  }
  if mode.isF32Blockwise, let s = shapes, s.a.count != 2 || s.b.count != 2 {
    throw OpVerifyError(
      "expected f32 blockwise scale_a and scale_b to be rank 2, but got ranks \(s.a.count) and \(s.b.count)")
  }
  if mode == .mxBlockwise, let d = dtypes, !isFloat(d.a, .f8E8M0FNU) || !isFloat(d.b, .f8E8M0FNU) {
    throw OpVerifyError("expected MX blockwise scale_a and scale_b to have f8E8M0FNU dtype")
  }
}

private struct MatrixSizes {
  var allKnown = false
  var m = torchUnknownSize
  var k = torchUnknownSize
  var n = torchUnknownSize
  /// K in FP4 values when both matrices hold packed FP4.
  var logicalK = torchUnknownSize
}

/// contraction_dim and the matrix sizes (all unknown when a matrix is
/// unranked).
private func verifyMatrixShapes(_ op: Operation, _ selfType: TorchTensorType, _ mat2Type: TorchTensorType) throws
  -> MatrixSizes
{
  let contractionOperand = op.operand(10)
  let hasStaticContraction = verifierListElements(contractionOperand) != nil
  var contraction: [Int64] = []
  if hasStaticContraction {
    guard let values = verifierConstantInts(contractionOperand) else {
      throw OpVerifyError("expected contraction_dim to be a statically constructed int list")
    }
    if !values.isEmpty && values.count != 2 {
      throw OpVerifyError("contraction_dim must have exactly 2 elements")
    }
    contraction = values
  }
  guard let selfShape = selfType.sizes, let mat2Shape = mat2Type.sizes else { return MatrixSizes() }
  guard selfShape.count == 2, mat2Shape.count == 2 else {
    throw OpVerifyError("expected self and mat2 to be rank 2, but got ranks \(selfShape.count) and \(mat2Shape.count)")
  }
  var selfDim = 1
  var mat2Dim = 0
  let explicit = !contraction.isEmpty
  if explicit {
    let a = contraction[0] < 0 ? contraction[0] &+ 2 : contraction[0]
    let b = contraction[1] < 0 ? contraction[1] &+ 2 : contraction[1]
    guard (0..<2).contains(a), (0..<2).contains(b) else {
      throw OpVerifyError(
        "expected contraction_dim values to be valid rank-2 dimensions, but got \(contraction[0]) and \(contraction[1])")
    }
    selfDim = Int(a)
    mat2Dim = Int(b)
  }
  let unknown = torchUnknownSize
  var info = MatrixSizes()
  info.allKnown = allSizesKnown(selfType) && allSizesKnown(mat2Type)
  info.m = selfShape[0]
  info.k = selfShape[1]
  info.n = mat2Shape[1]
  let mat2K = mat2Shape[0]
  // float4_e2m1fn_x2 packs two FP4 values per element; PyTorch doubles K
  // only when both matrices are FP4.
  let bothFp4 = selfType.dtype.map { isFloat($0, .f4E2M1FN) } == true
    && mat2Type.dtype.map { isFloat($0, .f4E2M1FN) } == true
  info.logicalK = info.k
  var mat2LogicalK = mat2K
  if bothFp4 {
    if info.k != unknown { info.logicalK = info.k &* 2 }
    if mat2K != unknown { mat2LogicalK = mat2K &* 2 }
  }
  if hasStaticContraction {
    let a = explicit ? selfShape[selfDim] : info.logicalK
    let b = explicit ? mat2Shape[mat2Dim] : mat2LogicalK
    if a != unknown && b != unknown && a != b {
      if explicit {
        throw OpVerifyError(
          "expected self and mat2 contraction_dim-selected dimensions to match, but got \(a) and \(b)")
      }
      throw OpVerifyError("expected self and mat2 contracting dimensions to match, but got \(a) and \(b)")
    }
  }
  if info.logicalK != unknown && info.logicalK % 16 != 0 {
    throw OpVerifyError("expected self contracting dimension to be divisible by 16, but got \(info.logicalK)")
  }
  if mat2LogicalK != unknown && mat2LogicalK % 16 != 0 {
    throw OpVerifyError("expected mat2 contracting dimension to be divisible by 16, but got \(mat2LogicalK)")
  }
  if info.n != unknown && info.n % 16 != 0 {
    throw OpVerifyError("expected mat2 non-contracting dimension to be divisible by 16, but got \(info.n)")
  }
  return info
}

/// The element counts (or shapes) of the first scales each mode needs.
private func verifyScaleNumel(_ mode: RecipeMode, _ a: TorchTensorType, _ b: TorchTensorType, _ matrix: MatrixSizes)
  throws
{
  guard let aShape = a.sizes, let bShape = b.sizes else { return }
  let aNumel = numel(aShape)
  let bNumel = numel(bShape)
  if aNumel == torchUnknownSize || bNumel == torchUnknownSize { return }
  let (m, k, n, logicalK) = (matrix.m, matrix.k, matrix.n, matrix.logicalK)

  if mode == .rowwise {
    if aShape.isEmpty || aShape[0] != m || aNumel != m || bNumel != n {
      throw OpVerifyError(
        "invalid rowwise scaling configuration: expected scale_a to have \(m) elements and scale_b to have \(n) elements, but got \(aNumel) and \(bNumel)")
    }
    return
  }
  if mode.isNvBlockwise {
    let paddedKBlocks = divideCeil(divideCeil(logicalK, 16), 4) &* 4
    let expectedA = 128 &* divideCeil(m, 128) &* paddedKBlocks
    let expectedB = 128 &* divideCeil(n, 128) &* paddedKBlocks
    if aNumel != expectedA || bNumel != expectedB {
      throw OpVerifyError(
        "invalid NV blockwise scaling configuration: expected scale_a to have \(expectedA) elements and scale_b to have \(expectedB) elements, but got \(aNumel) and \(bNumel)")
    }
    return
  }
  if mode.isF32Blockwise {
    if logicalK % 128 != 0 {
      throw OpVerifyError(
        "expected contracting dimension to be divisible by 128 for 1x128/128x128 blockwise scaling")
    }
    let kBlocks = logicalK / 128
    let paddedKBlocks = divideCeil(kBlocks, 4) &* 4
    let mBlocks = m / 128
    let nBlocks = n / 128
    switch mode {
    case .blockwise1x128x1x128:
      if aShape != [m, kBlocks] || bShape != [n, kBlocks] {
        throw OpVerifyError(
          "invalid 1x128 x 1x128 blockwise scaling configuration: expected scale_a shape [\(m), \(kBlocks)] and scale_b shape [\(n), \(kBlocks)]")
      }
    case .blockwise1x128x128x128:
      if aShape != [m, kBlocks] || bShape != [paddedKBlocks, nBlocks] {
        throw OpVerifyError(
          "invalid 1x128 x 128x128 blockwise scaling configuration: expected scale_a shape [\(m), \(kBlocks)] and scale_b shape [\(paddedKBlocks), \(nBlocks)]")
      }
    default:
      if aShape != [paddedKBlocks, mBlocks] || bShape != [n, kBlocks] {
        throw OpVerifyError(
          "invalid 128x128 x 1x128 blockwise scaling configuration: expected scale_a shape [\(paddedKBlocks), \(mBlocks)] and scale_b shape [\(n), \(kBlocks)]")
      }
    }
    return
  }
  // MX blockwise: 1x32 blocks of the stored K.
  let paddedKBlocks = divideCeil(divideCeil(k, 32), 4) &* 4
  let expectedA = 128 &* divideCeil(m, 128) &* paddedKBlocks
  let expectedB = 128 &* divideCeil(n, 128) &* paddedKBlocks
  if aNumel != expectedA || bNumel != expectedB {
    throw OpVerifyError(
      "invalid blockwise scaling configuration: expected scale_a to have \(expectedA) elements and scale_b to have \(expectedB) elements, but got \(aNumel) and \(bNumel)")
  }
}
