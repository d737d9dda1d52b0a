"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,6,6],f32>, sym_name = "onnx_conv"}> ({
  ^bb0(%arg10: !torch.vtensor<[1,3,8,8],f32>, %arg11: !torch.vtensor<[4,3,3,3],f32>, %arg12: !torch.vtensor<[4],f32>):
    %4 = "torch.operator"(%arg10, %arg11, %arg12) <{name = "onnx.Conv"}> {torch.onnx.dilations = [1 : si64, 1 : si64], torch.onnx.group = 1 : si64, torch.onnx.kernel_shape = [3 : si64, 3 : si64], torch.onnx.pads = [0 : si64, 0 : si64, 0 : si64, 0 : si64], torch.onnx.strides = [1 : si64, 1 : si64]} : (!torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,6,6],f32>
    %5 = "torch.constant.none"() : () -> !torch.none
    %6 = "torch.operator"(%4) <{name = "onnx.Relu"}> : (!torch.vtensor<[1,4,6,6],f32>) -> !torch.vtensor<[1,4,6,6],f32>
    %7:2 = "torch.operator"(%6) <{name = "onnx.Split"}> {torch.onnx.axis = 1 : si64} : (!torch.vtensor<[1,4,6,6],f32>) -> (!torch.vtensor<[1,2,6,6],f32>, !torch.vtensor<[1,2,6,6],f32>)
    %8 = "torch.operator"() <{name = "onnx.Constant"}> {torch.onnx.value = dense<1.000000e+00> : tensor<2xf32>} : () -> !torch.vtensor<[2],f32>
    "torch.operator"(%5) <{name = "onnx.Nothing"}> : (!torch.none) -> ()
    "func.return"(%6) : (!torch.vtensor<[1,4,6,6],f32>) -> ()
  }) {torch.onnx_meta.ir_version = 8 : si64, torch.onnx_meta.opset_version = 17 : si64, torch.onnx_meta.producer_name = "pytorch", torch.onnx_meta.producer_version = "2.1.0"} : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1],i1>, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>, sym_name = "onnx_if"}> ({
  ^bb0(%arg8: !torch.vtensor<[1],i1>, %arg9: !torch.vtensor<[2],f32>):
    %2 = "torch.operator"(%arg8) <{name = "onnx.If"}> ({
      %3 = "torch.operator"(%arg9) <{name = "onnx.Neg"}> : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
      "torch.operator_terminator"(%3) : (!torch.vtensor<[2],f32>) -> ()
    }, {
      "torch.operator_terminator"(%arg9) : (!torch.vtensor<[2],f32>) -> ()
    }) : (!torch.vtensor<[1],i1>) -> !torch.vtensor<[2],f32>
    "func.return"(%2) : (!torch.vtensor<[2],f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[],si64>, !torch.vtensor<[],i1>, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>, sym_name = "onnx_loop"}> ({
  ^bb0(%arg2: !torch.vtensor<[],si64>, %arg3: !torch.vtensor<[],i1>, %arg4: !torch.vtensor<[2],f32>):
    %1 = "torch.operator"(%arg2, %arg3, %arg4) <{name = "onnx.Loop"}> ({
    ^bb0(%arg5: !torch.vtensor<[],si64>, %arg6: !torch.vtensor<[],i1>, %arg7: !torch.vtensor<[2],f32>):
      "torch.operator_terminator"(%arg6, %arg7) : (!torch.vtensor<[],i1>, !torch.vtensor<[2],f32>) -> ()
    }) : (!torch.vtensor<[],si64>, !torch.vtensor<[],i1>, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
    "func.return"(%1) : (!torch.vtensor<[2],f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.tensor, !torch.tensor) -> !torch.tensor, sym_name = "torch_operator"}> ({
  ^bb0(%arg0: !torch.tensor, %arg1: !torch.tensor):
    %0 = "torch.operator"(%arg0, %arg1) <{name = "ns.unqual.overload"}> : (!torch.tensor, !torch.tensor) -> !torch.tensor
    "func.return"(%0) : (!torch.tensor) -> ()
  }) : () -> ()
}) : () -> ()

