// Tensor literals, casts, copies and type refinement helpers.
func.func @literals() -> (!torch.vtensor<[3,2],f32>, !torch.tensor) {
  %0 = torch.tensor.literal(dense<4.200000e+01> : tensor<3x2xf32>) : !torch.tensor
  %1 = torch.tensor.literal(dense<4.200000e+01> : tensor<3x2xf32>) : !torch.tensor<[3,2],f32>
  %2 = torch.vtensor.literal(dense<4.200000e+01> : tensor<3x2xf32>) : !torch.vtensor<[3,2],f32>
  %3 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %4 = torch.vtensor.literal(dense<[true, false]> : tensor<2xi1>) : !torch.vtensor<[2],i1>
  %5 = torch.vtensor.literal(dense<[1, 2]> : tensor<2xi64>) : !torch.vtensor<[2],si64>
  %6 = torch.vtensor.literal(dense_resource<__elided__> : tensor<4xf32>) : !torch.vtensor<[4],f32>
  %7 = torch.vtensor.literal(dense<0.000000e+00> : tensor<f32>) : !torch.vtensor<[],f32>
  return %2, %0 : !torch.vtensor<[3,2],f32>, !torch.tensor
}

func.func @casts(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.tensor, %arg2: !torch.int) -> !torch.vtensor {
  %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[2,3],f32> to !torch.vtensor
  %1 = torch.tensor_static_info_cast %0 : !torch.vtensor to !torch.vtensor<[?,3],f32>
  %2 = torch.copy.to_tensor %arg0 : !torch.tensor<[2,3],f32>
  %3 = torch.copy.to_vtensor %arg1 : !torch.vtensor
  torch.overwrite.tensor.contents %arg0 overwrites %2 : !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>
  %4 = torch.derefine %arg2 : !torch.int to !torch.optional<int>
  %5 = torch.derefine %arg0 : !torch.vtensor<[2,3],f32> to !torch.union<vtensor<[2,3],f32>, int>
  %6 = torch.derefine %arg2 : !torch.int to !torch.number
  %7 = torch.derefine %arg2 : !torch.int to !torch.any
  return %0 : !torch.vtensor
}

func.func @promote_dtypes(%ranks: !torch.list<optional<int>>, %dtypes: !torch.list<int>) -> !torch.int {
  %0 = torch.promote_dtypes %ranks, %dtypes : (!torch.list<optional<int>>, !torch.list<int>) -> !torch.int
  return %0 : !torch.int
}

func.func @linear_params(%arg0: !torch.tensor, %arg1: !torch.tensor, %arg2: !torch.float, %arg3: !torch.int) -> (!torch.LinearParams, !torch.LinearParams) {
  %with_bias = torch.linear_params.create %arg0, %arg1 : !torch.tensor, !torch.tensor
  %without_bias = torch.linear_params.create %arg0 : !torch.tensor
  %q = torch.per_tensor_affine.create %arg0, %arg2, %arg3 : !torch.tensor, !torch.float, !torch.int -> !torch.tensor<*,!torch.qint8>
  return %with_bias, %without_bias : !torch.LinearParams, !torch.LinearParams
}
