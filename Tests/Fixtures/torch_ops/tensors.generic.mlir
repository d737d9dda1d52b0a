"builtin.module"() ({
  "func.func"() <{function_type = () -> (!torch.vtensor<[3,2],f32>, !torch.tensor), sym_name = "literals"}> ({
    %12 = "torch.tensor.literal"() <{value = dense<4.200000e+01> : tensor<3x2xf32>}> : () -> !torch.tensor
    %13 = "torch.tensor.literal"() <{value = dense<4.200000e+01> : tensor<3x2xf32>}> : () -> !torch.tensor<[3,2],f32>
    %14 = "torch.vtensor.literal"() <{value = dense<4.200000e+01> : tensor<3x2xf32>}> : () -> !torch.vtensor<[3,2],f32>
    %15 = "torch.vtensor.literal"() <{value = dense<[1, 2, 3]> : tensor<3xsi64>}> : () -> !torch.vtensor<[3],si64>
    %16 = "torch.vtensor.literal"() <{value = dense<[true, false]> : tensor<2xi1>}> : () -> !torch.vtensor<[2],i1>
    %17 = "torch.vtensor.literal"() <{value = dense<[1, 2]> : tensor<2xi64>}> : () -> !torch.vtensor<[2],si64>
    %18 = "torch.vtensor.literal"() <{value = dense_resource<__elided__> : tensor<4xf32>}> : () -> !torch.vtensor<[4],f32>
    %19 = "torch.vtensor.literal"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> !torch.vtensor<[],f32>
    "func.return"(%14, %12) : (!torch.vtensor<[3,2],f32>, !torch.tensor) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[2,3],f32>, !torch.tensor, !torch.int) -> !torch.vtensor, sym_name = "casts"}> ({
  ^bb0(%arg6: !torch.vtensor<[2,3],f32>, %arg7: !torch.tensor, %arg8: !torch.int):
    %4 = "torch.tensor_static_info_cast"(%arg6) : (!torch.vtensor<[2,3],f32>) -> !torch.vtensor
    %5 = "torch.tensor_static_info_cast"(%4) : (!torch.vtensor) -> !torch.vtensor<[?,3],f32>
    %6 = "torch.copy.to_tensor"(%arg6) : (!torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32>
    %7 = "torch.copy.to_vtensor"(%arg7) : (!torch.tensor) -> !torch.vtensor
    "torch.overwrite.tensor.contents"(%arg6, %6) : (!torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>) -> ()
    %8 = "torch.derefine"(%arg8) : (!torch.int) -> !torch.optional<int>
    %9 = "torch.derefine"(%arg6) : (!torch.vtensor<[2,3],f32>) -> !torch.union<vtensor<[2,3],f32>, int>
    %10 = "torch.derefine"(%arg8) : (!torch.int) -> !torch.number
    %11 = "torch.derefine"(%arg8) : (!torch.int) -> !torch.any
    "func.return"(%4) : (!torch.vtensor) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.list<optional<int>>, !torch.list<int>) -> !torch.int, sym_name = "promote_dtypes"}> ({
  ^bb0(%arg4: !torch.list<optional<int>>, %arg5: !torch.list<int>):
    %3 = "torch.promote_dtypes"(%arg4, %arg5) : (!torch.list<optional<int>>, !torch.list<int>) -> !torch.int
    "func.return"(%3) : (!torch.int) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.tensor, !torch.tensor, !torch.float, !torch.int) -> (!torch.LinearParams, !torch.LinearParams), sym_name = "linear_params"}> ({
  ^bb0(%arg0: !torch.tensor, %arg1: !torch.tensor, %arg2: !torch.float, %arg3: !torch.int):
    %0 = "torch.linear_params.create"(%arg0, %arg1) : (!torch.tensor, !torch.tensor) -> !torch.LinearParams
    %1 = "torch.linear_params.create"(%arg0) : (!torch.tensor) -> !torch.LinearParams
    %2 = "torch.per_tensor_affine.create"(%arg0, %arg2, %arg3) : (!torch.tensor, !torch.float, !torch.int) -> !torch.tensor<*,!torch.qint8>
    "func.return"(%0, %1) : (!torch.LinearParams, !torch.LinearParams) -> ()
  }) : () -> ()
}) : () -> ()

