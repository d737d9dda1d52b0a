"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[2],f32>, !torch.float, !torch.none) -> !torch.vtensor<[2],f32>, sym_name = "bernoulli"}> ({
  ^bb0(%arg19: !torch.vtensor<[2],f32>, %arg20: !torch.float, %arg21: !torch.none):
    %11 = "torch.valsem.aten.bernoulli.float"(%arg19, %arg20, %arg21) : (!torch.vtensor<[2],f32>, !torch.float, !torch.none) -> !torch.vtensor<[2],f32>
    "func.return"(%11) : (!torch.vtensor<[2],f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1,2,8,16],f32>, !torch.vtensor<[1,8],si64>, !torch.vtensor<[8,8],f32>, !torch.int, !torch.float) -> !torch.vtensor<[1,2,8,16],f32>, sym_name = "rotary"}> ({
  ^bb0(%arg14: !torch.vtensor<[1,2,8,16],f32>, %arg15: !torch.vtensor<[1,8],si64>, %arg16: !torch.vtensor<[8,8],f32>, %arg17: !torch.int, %arg18: !torch.float):
    %10 = "torch.onnx.rotary_embedding"(%arg14, %arg15, %arg16, %arg16, %arg17, %arg17, %arg17, %arg17, %arg18) : (!torch.vtensor<[1,2,8,16],f32>, !torch.vtensor<[1,8],si64>, !torch.vtensor<[8,8],f32>, !torch.vtensor<[8,8],f32>, !torch.int, !torch.int, !torch.int, !torch.int, !torch.float) -> !torch.vtensor<[1,2,8,16],f32>
    "func.return"(%10) : (!torch.vtensor<[1,2,8,16],f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[],f32>, !torch.vtensor<[],si32>, !torch.vtensor<[],si32>, !torch.vtensor<[],si32>, !torch.vtensor<[],si32>) -> !torch.vtensor<[],f32>, sym_name = "sdpa_score0", sym_visibility = "private"}> ({
  ^bb0(%arg9: !torch.vtensor<[],f32>, %arg10: !torch.vtensor<[],si32>, %arg11: !torch.vtensor<[],si32>, %arg12: !torch.vtensor<[],si32>, %arg13: !torch.vtensor<[],si32>):
    "func.return"(%arg9) : (!torch.vtensor<[],f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>) -> (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none), sym_name = "flex"}> ({
  ^bb0(%arg6: !torch.vtensor<[2,4,8,16],f32>, %arg7: !torch.vtensor<[2,4,8,16],f32>, %arg8: !torch.vtensor<[2,4,8,16],f32>):
    %6 = "torch.constant.float"() <{value = 1.000000e+00 : f64}> : () -> !torch.float
    %7 = "torch.constant.bool"() <{value = false}> : () -> !torch.bool
    %8 = "torch.constant.bool"() <{value = true}> : () -> !torch.bool
    %9:3 = "torch.hop_flex_attention"(%arg6, %arg7, %arg8, %6, %8, %7) <{enable_gqa = true, score_mod_fn = @sdpa_score0}> : (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.float, !torch.bool, !torch.bool) -> (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none)
    "func.return"(%9#0, %9#1, %9#2) : (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[4,3],f32>, !torch.float, !torch.int, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.none) -> !torch.vtensor<[4,3],f32>, sym_name = "quantized"}> ({
  ^bb0(%arg0: !torch.vtensor<[4,3],f32>, %arg1: !torch.float, %arg2: !torch.int, %arg3: !torch.vtensor<[4],f32>, %arg4: !torch.vtensor<[4],si64>, %arg5: !torch.none):
    %0 = "torch.quantized_decomposed.quantize_per_tensor"(%arg0, %arg1, %arg2, %arg2, %arg2, %arg2) : (!torch.vtensor<[4,3],f32>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.vtensor<[4,3],si8>
    %1 = "torch.quantized_decomposed.dequantize_per_tensor"(%0, %arg1, %arg2, %arg2, %arg2, %arg2, %arg5) : (!torch.vtensor<[4,3],si8>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none) -> !torch.vtensor<[4,3],f32>
    %2 = "torch.quantized_decomposed.quantize_per_channel"(%arg0, %arg3, %arg4, %arg2, %arg2, %arg2, %arg2) : (!torch.vtensor<[4,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.vtensor<[4,3],si8>
    %3 = "torch.quantized_decomposed.dequantize_per_channel"(%2, %arg3, %arg5, %arg2, %arg2, %arg2, %arg2, %arg5) : (!torch.vtensor<[4,3],si8>, !torch.vtensor<[4],f32>, !torch.none, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none) -> !torch.vtensor<[4,3],f32>
    %4 = "torch.quantized_decomposed.quantize_per_channel_group"(%arg0, %arg3, %arg4, %arg2, %arg2, %arg2, %arg2) : (!torch.vtensor<[4,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.vtensor<[4,3],si8>
    %5 = "torch.quantized_decomposed.dequantize_per_channel_group"(%4, %arg3, %arg5, %arg2, %arg2, %arg2, %arg2, %arg2) : (!torch.vtensor<[4,3],si8>, !torch.vtensor<[4],f32>, !torch.none, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.vtensor<[4,3],f32>
    "func.return"(%3) : (!torch.vtensor<[4,3],f32>) -> ()
  }) : () -> ()
}) : () -> ()

