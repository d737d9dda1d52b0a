// RUN: --canonicalize
// Element-wise folders of the generated aten ops on constant tensors.
func.func @add_sub_splats() -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.vtensor.literal(dense<3> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
  %1 = torch.vtensor.literal(dense<4> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
  %2 = torch.aten.add.Tensor %0, %1, %int2 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.int -> !torch.vtensor<[2],si64>
  %3 = torch.vtensor.literal(dense<1.5> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %4 = torch.aten.sub.Scalar %3, %int2, %int1 : !torch.vtensor<[2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32>
  %5 = torch.aten.sub.Tensor %0, %1, %int1 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.int -> !torch.vtensor<[2],si64>
  return %2, %4, %5 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
}

func.func @dense_arith() -> (!torch.vtensor<[3],si64>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %float2 = torch.constant.float 2.0
  %0 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %1 = torch.vtensor.literal(dense<[10, 20, 30]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %2 = torch.aten.mul.Tensor %0, %1 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],si64> -> !torch.vtensor<[3],si64>
  %3 = torch.vtensor.literal(dense<[0.5, 1.5, 2.5]> : tensor<3xf32>) : !torch.vtensor<[3],f32>
  %4 = torch.aten.mul.Scalar %3, %float2 : !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[3],f32>
  %5 = torch.aten.rsub.Scalar %0, %int3, %int1 : !torch.vtensor<[3],si64>, !torch.int, !torch.int -> !torch.vtensor<[3],si64>
  return %2, %4, %5 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
}

func.func @compare_scalar() -> (!torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>) {
  %int2 = torch.constant.int 2
  %float1 = torch.constant.float 1.0
  %0 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %1 = torch.aten.lt.Scalar %0, %int2 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3],i1>
  %2 = torch.vtensor.literal(dense<0.5> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %3 = torch.aten.ge.Scalar %2, %float1 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],i1>
  %4 = torch.aten.eq.Scalar %0, %int2 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3],i1>
  %5 = torch.aten.ne.Scalar %0, %int2 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3],i1>
  return %1, %3, %4, %5 : !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>
}

func.func @si32_wraps() -> !torch.vtensor<[],si32> {
  %0 = torch.vtensor.literal(dense<2147483647> : tensor<si32>) : !torch.vtensor<[],si32>
  %1 = torch.vtensor.literal(dense<1> : tensor<si32>) : !torch.vtensor<[],si32>
  %2 = torch.aten.mul.Tensor %0, %1 : !torch.vtensor<[],si32>, !torch.vtensor<[],si32> -> !torch.vtensor<[],si32>
  return %2 : !torch.vtensor<[],si32>
}

func.func @log_remainder() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>, !torch.vtensor<[2],f32>) {
  %int3 = torch.constant.int 3
  %float2 = torch.constant.float 2.0
  %0 = torch.vtensor.literal(dense<1.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch.aten.log %0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  %2 = torch.vtensor.literal(dense<[-7, 7, 8]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %3 = torch.aten.remainder.Scalar %2, %int3 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3],si64>
  %4 = torch.vtensor.literal(dense<5.5> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %5 = torch.aten.remainder.Scalar %4, %float2 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
  return %1, %3, %5 : !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>, !torch.vtensor<[2],f32>
}

func.func @eq_tensor(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>) {
  %0 = torch.aten.eq.Tensor %arg0, %arg0 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],i1>
  %1 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %2 = torch.vtensor.literal(dense<[1, 5, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %3 = torch.aten.eq.Tensor %1, %2 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],si64> -> !torch.vtensor<[3],i1>
  %4 = torch.vtensor.literal(dense<2.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %5 = torch.vtensor.literal(dense<2.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %6 = torch.aten.eq.Tensor %4, %5 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],i1>
  return %0, %3, %6 : !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>
}

func.func @noop_conversions(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int6 = torch.constant.int 6
  %0 = torch.aten.to.dtype_layout %arg0, %int6, %none, %none, %none, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
  %1 = torch.prims.convert_element_type %arg0, %int6 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

func.func @div_tensor_mode() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>) {
  %none = torch.constant.none
  %str = torch.constant.str "floor"
  %str_0 = torch.constant.str "trunc"
  %0 = torch.vtensor.literal(dense<[7.0, -7.0]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch.vtensor.literal(dense<2.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %2 = torch.aten.div.Tensor_mode %0, %1, %none : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.none -> !torch.vtensor<[2],f32>
  %3 = torch.aten.div.Tensor_mode %0, %1, %str : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.str -> !torch.vtensor<[2],f32>
  %4 = torch.vtensor.literal(dense<[7, 9, 1]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %5 = torch.vtensor.literal(dense<[2, 3, 4]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %6 = torch.aten.div.Tensor_mode %4, %5, %str_0 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],si64>, !torch.str -> !torch.vtensor<[3],si64>
  return %2, %3, %6 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>
}
