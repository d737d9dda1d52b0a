module {
  func.func @from_i1() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @to_i1() -> i1 {
    %true = arith.constant true
    return %true : i1
  }
  func.func @from_i64() -> !torch.int {
    %int5 = torch.constant.int 5
    return %int5 : !torch.int
  }
  func.func @to_i64() -> i64 {
    %c5_i64 = arith.constant 5 : i64
    return %c5_i64 : i64
  }
  func.func @from_i64_to_i64() -> i64 {
    %c5_i64 = arith.constant 5 : i64
    return %c5_i64 : i64
  }
  func.func @to_i64_from_i64() -> !torch.int {
    %int5 = torch.constant.int 5
    return %int5 : !torch.int
  }
  func.func @from_f64() -> !torch.float {
    %float5.000000e00 = torch.constant.float 5.000000e+00
    return %float5.000000e00 : !torch.float
  }
  func.func @to_f64() -> f64 {
    %cst = arith.constant 5.000000e+00 : f64
    return %cst : f64
  }
  func.func @to_builtin_tensor_f32() -> tensor<3xf32> {
    %cst = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
    return %cst : tensor<3xf32>
  }
  func.func @from_builtin_tensor_f32() -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>) : !torch.vtensor<[2,2],f32>
    return %0 : !torch.vtensor<[2,2],f32>
  }
  func.func @to_builtin_tensor_si64_kept() -> tensor<4xi64> {
    %0 = torch.vtensor.literal(dense<[1, 2, 3, 4]> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    %1 = torch_c.to_builtin_tensor %0 : !torch.vtensor<[4],si64> -> tensor<4xi64>
    return %1 : tensor<4xi64>
  }
  func.func @from_builtin_tensor_int() -> !torch.vtensor<[3],si64> {
    %0 = torch.vtensor.literal(dense<[10, 20, 30]> : tensor<3xi64>) : !torch.vtensor<[3],si64>
    return %0 : !torch.vtensor<[3],si64>
  }
  func.func @round_trip() -> !torch.vtensor<[2],f32> {
    %0 = torch.vtensor.literal(dense<[5.000000e+00, 6.000000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    return %0 : !torch.vtensor<[2],f32>
  }
}

