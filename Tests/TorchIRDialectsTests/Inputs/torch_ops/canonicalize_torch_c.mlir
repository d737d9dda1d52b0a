// RUN: --canonicalize
// torch_c folders: conversions of constants fold to constants of the other side.
func.func @from_i1() -> !torch.bool {
  %c1_i1 = arith.constant true
  %0 = torch_c.from_i1 %c1_i1
  return %0 : !torch.bool
}

func.func @to_i1() -> i1 {
  %bool1 = torch.constant.bool true
  %0 = torch_c.to_i1 %bool1
  return %0 : i1
}

func.func @from_i64() -> !torch.int {
  %c5_i64 = arith.constant 5 : i64
  %0 = torch_c.from_i64 %c5_i64
  return %0 : !torch.int
}

func.func @to_i64() -> i64 {
  %int5 = torch.constant.int 5
  %0 = torch_c.to_i64 %int5
  return %0 : i64
}

func.func @from_i64_to_i64() -> i64 {
  %c5_i64 = arith.constant 5 : i64
  %0 = torch_c.from_i64 %c5_i64
  %1 = torch_c.to_i64 %0
  return %1 : i64
}

func.func @to_i64_from_i64() -> !torch.int {
  %int5 = torch.constant.int 5
  %0 = torch_c.to_i64 %int5
  %1 = torch_c.from_i64 %0
  return %1 : !torch.int
}

func.func @from_f64() -> !torch.float {
  %c5_f64 = arith.constant 5.000000e+00 : f64
  %0 = torch_c.from_f64 %c5_f64
  return %0 : !torch.float
}

func.func @to_f64() -> f64 {
  %float5 = torch.constant.float 5.000000e+00
  %0 = torch_c.to_f64 %float5
  return %0 : f64
}

func.func @to_builtin_tensor_f32() -> tensor<3xf32> {
  %0 = torch.vtensor.literal(dense<[1.0, 2.0, 3.0]> : tensor<3xf32>) : !torch.vtensor<[3],f32>
  %1 = torch_c.to_builtin_tensor %0 : !torch.vtensor<[3],f32> -> tensor<3xf32>
  return %1 : tensor<3xf32>
}

func.func @from_builtin_tensor_f32() -> !torch.vtensor<[2,2],f32> {
  %cst = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %0 = torch_c.from_builtin_tensor %cst : tensor<2x2xf32> -> !torch.vtensor<[2,2],f32>
  return %0 : !torch.vtensor<[2,2],f32>
}

func.func @to_builtin_tensor_si64_kept() -> tensor<4xi64> {
  %0 = torch.vtensor.literal(dense<[1, 2, 3, 4]> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
  %1 = torch_c.to_builtin_tensor %0 : !torch.vtensor<[4],si64> -> tensor<4xi64>
  return %1 : tensor<4xi64>
}

func.func @from_builtin_tensor_int() -> !torch.vtensor<[3],si64> {
  %cst = arith.constant dense<[10, 20, 30]> : tensor<3xi64>
  %0 = torch_c.from_builtin_tensor %cst : tensor<3xi64> -> !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}

func.func @round_trip() -> !torch.vtensor<[2],f32> {
  %0 = torch.vtensor.literal(dense<[5.0, 6.0]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch_c.to_builtin_tensor %0 : !torch.vtensor<[2],f32> -> tensor<2xf32>
  %2 = torch_c.from_builtin_tensor %1 : tensor<2xf32> -> !torch.vtensor<[2],f32>
  return %2 : !torch.vtensor<[2],f32>
}
