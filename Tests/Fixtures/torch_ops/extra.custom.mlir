module {
  func.func @bernoulli(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.float, %arg2: !torch.none) -> !torch.vtensor<[2],f32> {
    %0 = torch.valsem.aten.bernoulli.float %arg0, %arg1, %arg2 : !torch.vtensor<[2],f32>, !torch.float, !torch.none -> !torch.vtensor<[2],f32>
    return %0 : !torch.vtensor<[2],f32>
  }
  func.func @rotary(%arg0: !torch.vtensor<[1,2,8,16],f32>, %arg1: !torch.vtensor<[1,8],si64>, %arg2: !torch.vtensor<[8,8],f32>, %arg3: !torch.int, %arg4: !torch.float) -> !torch.vtensor<[1,2,8,16],f32> {
    %0 = torch.onnx.rotary_embedding %arg0, %arg1, %arg2, %arg2, %arg3, %arg3, %arg3, %arg3, %arg4 : !torch.vtensor<[1,2,8,16],f32>, !torch.vtensor<[1,8],si64>, !torch.vtensor<[8,8],f32>, !torch.vtensor<[8,8],f32>, !torch.int, !torch.int, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[1,2,8,16],f32>
    return %0 : !torch.vtensor<[1,2,8,16],f32>
  }
  func.func private @sdpa_score0(%arg0: !torch.vtensor<[],f32>, %arg1: !torch.vtensor<[],si32>, %arg2: !torch.vtensor<[],si32>, %arg3: !torch.vtensor<[],si32>, %arg4: !torch.vtensor<[],si32>) -> !torch.vtensor<[],f32> {
    return %arg0 : !torch.vtensor<[],f32>
  }
  func.func @flex(%arg0: !torch.vtensor<[2,4,8,16],f32>, %arg1: !torch.vtensor<[2,4,8,16],f32>, %arg2: !torch.vtensor<[2,4,8,16],f32>) -> (!torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none) {
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %output, %logsumexp, %max_scores = torch.hop_flex_attention %arg0, %arg1, %arg2, %float1.000000e00, %true, %false {enable_gqa = true, score_mod_fn = @sdpa_score0} : !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.float, !torch.bool, !torch.bool -> !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none
    return %output, %logsumexp, %max_scores : !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8],f32>, !torch.none
  }
  func.func @quantized(%arg0: !torch.vtensor<[4,3],f32>, %arg1: !torch.float, %arg2: !torch.int, %arg3: !torch.vtensor<[4],f32>, %arg4: !torch.vtensor<[4],si64>, %arg5: !torch.none) -> !torch.vtensor<[4,3],f32> {
    %0 = torch.quantized_decomposed.quantize_per_tensor %arg0, %arg1, %arg2, %arg2, %arg2, %arg2 : !torch.vtensor<[4,3],f32>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],si8>
    %1 = torch.quantized_decomposed.dequantize_per_tensor %0, %arg1, %arg2, %arg2, %arg2, %arg2, %arg5 : !torch.vtensor<[4,3],si8>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none -> !torch.vtensor<[4,3],f32>
    %2 = torch.quantized_decomposed.quantize_per_channel %arg0, %arg3, %arg4, %arg2, %arg2, %arg2, %arg2 : !torch.vtensor<[4,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],si8>
    %3 = torch.quantized_decomposed.dequantize_per_channel %2, %arg3, %arg5, %arg2, %arg2, %arg2, %arg2, %arg5 : !torch.vtensor<[4,3],si8>, !torch.vtensor<[4],f32>, !torch.none, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none -> !torch.vtensor<[4,3],f32>
    %4 = torch.quantized_decomposed.quantize_per_channel_group %arg0, %arg3, %arg4, %arg2, %arg2, %arg2, %arg2 : !torch.vtensor<[4,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],si8>
    %5 = torch.quantized_decomposed.dequantize_per_channel_group %4, %arg3, %arg5, %arg2, %arg2, %arg2, %arg2, %arg2 : !torch.vtensor<[4,3],si8>, !torch.vtensor<[4],f32>, !torch.none, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],f32>
    return %3 : !torch.vtensor<[4,3],f32>
  }
}

