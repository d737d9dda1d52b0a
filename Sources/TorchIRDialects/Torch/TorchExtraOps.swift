// The ops TorchOps.td defines by hand because PyTorch's JIT operator
// registry lacks them, so they cannot be generated from its schemas:
// torch.valsem.aten.bernoulli.float, torch.onnx.rotary_embedding,
// torch.hop_flex_attention and the PT2E torch.quantized_decomposed.* ops.
// All use the schema ops' form `%a, %b {attrs} : ta, tb -> tr`.

import TorchIRCore

func torchExtraOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self
  let optionalFloat = TorchTypeConstraint(summary: "Optional torch float type") { t in
    TorchSimpleType(t) == .float || TorchSimpleType(t) == TorchSimpleType.none
      || TorchContainerType(t)?.kind == .optional
  }
  let optionalGenerator = TorchTypeConstraint(summary: "Optional torch Generator type") { t in
    TorchSimpleType(t) == .generator || TorchSimpleType(t) == TorchSimpleType.none
      || TorchContainerType(t)?.kind == .optional
  }
  let optionalInt = TorchTypeConstraint(summary: "Optional torch int type") { t in
    TorchSimpleType(t) == .int || TorchSimpleType(t) == TorchSimpleType.none
      || TorchContainerType(t)?.kind == .optional
  }
  var defs: [TorchOpDef] = []

  defs.append(defaultFormatOp(
    "torch.valsem.aten.bernoulli.float",
    [("self", C.anyTensor), ("p", C.float), ("generator", optionalGenerator)], [C.anyTensor]))

  // Its printer writes no attribute dictionary.
  var rotary = defaultFormatOp(
    "torch.onnx.rotary_embedding",
    [("input", C.anyTensor), ("position_ids", C.anyTensor), ("cos_cache", C.anyTensor),
     ("sin_cache", C.anyTensor), ("interleaved", C.int), ("is_packed_batching", C.int),
     ("num_heads", C.int), ("rotary_embedding_dim", C.int), ("scale", C.float)],
    [C.anyTensor])
  rotary.parse = { p, state in
    let loc = p.currentLocation
    let operands = try p.parseOperandList(.none)
    if operands.count != 9 { throw p.error(at: loc, "expected 9 operands") }
    let types = try p.parseColonTypeList()
    state.operands = try p.resolveOperands(operands, types, at: p.currentLocation)
    try p.parsePunctuation("->")
    state.resultTypes = try parseFunctionResultTypes(p)
  }
  rotary.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
    p.write(" -> ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(rotary)

  var flex = defaultFormatOp(
    "torch.hop_flex_attention",
    [("query", C.anyTensor), ("key", C.anyTensor), ("value", C.anyTensor), ("scale", optionalFloat),
     ("return_lse", C.bool), ("return_max_scores", C.bool)],
    [C.anyTensor, C.optionalTensor, C.optionalTensor])
  // ODS names the results of an op with several of them.
  flex.resultNames = { op, set in
    for (i, n) in ["output", "logsumexp", "max_scores"].enumerated() where i < op.numResults {
      set(op.result(i), n)
    }
  }
  flex.attributes = [
    TorchAttrDef("enable_gqa", .boolAttr, optional: true),
    TorchAttrDef("score_mod_fn", .flatSymbolRef, optional: true),
    TorchAttrDef("mask_mod_fn", .flatSymbolRef, optional: true),
  ]
  flex.verify = { op in
    guard op.numOperands == 6 else { return }
    guard let q = TorchTensorType(op.operand(0).type), q.hasValueSemantics, let qSizes = q.sizes,
      let k = TorchTensorType(op.operand(1).type), k.hasValueSemantics, k.hasSizes,
      let v = TorchTensorType(op.operand(2).type), v.hasValueSemantics, v.hasSizes
    else { throw opEmitError(op, "expected input(s) types having sizes") }
    if qSizes.count != 4 { throw opEmitError(op, "expected 4D query tensor") }
    guard let d = q.dtype, case .float = d.kind else { throw opEmitError(op, "expected float element type") }
  }
  defs.append(flex)

  let quantizedOperands: [(String, TorchTypeConstraint)] = [
    ("scale", C.float), ("zero_point", C.int), ("quant_min", C.int), ("quant_max", C.int), ("dtype", C.int),
  ]
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.quantize_per_tensor", [("input", C.anyTensor)] + quantizedOperands,
    [C.anyTensor]))
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.dequantize_per_tensor",
    [("input", C.anyTensor)] + quantizedOperands + [("out_dtype", optionalInt)], [C.anyTensor]))
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.quantize_per_channel",
    [("input", C.anyTensor), ("scales", C.anyTensor), ("zero_points", C.anyTensor), ("axis", C.int),
     ("quant_min", C.int), ("quant_max", C.int), ("dtype", C.int)], [C.anyTensor]))
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.dequantize_per_channel",
    [("input", C.anyTensor), ("scales", C.anyTensor), ("zero_points", C.optionalTensor), ("axis", C.int),
     ("quant_min", C.int), ("quant_max", C.int), ("dtype", C.int), ("out_dtype", optionalInt)],
    [C.anyTensor]))
  // Operand constraints as torch-mlir-opt 20261001 reports them (its
  // "operand #i must be ..." messages): note out_dtype is a plain int here.
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.quantize_per_channel_group",
    [("input", C.anyTensor), ("scales", C.anyTensor), ("zero_points", C.anyTensor), ("quant_min", C.int),
     ("quant_max", C.int), ("dtype", C.int), ("group_size", C.int)], [C.anyTensor]))
  defs.append(defaultFormatOp(
    "torch.quantized_decomposed.dequantize_per_channel_group",
    [("input", C.anyTensor), ("scales", C.anyTensor), ("zero_points", C.optionalTensor), ("quant_min", C.int),
     ("quant_max", C.int), ("dtype", C.int), ("group_size", C.int), ("out_dtype", C.int)],
    [C.anyTensor]))
  return defs
}
