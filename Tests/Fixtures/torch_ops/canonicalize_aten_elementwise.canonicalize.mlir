module {
  func.func @add_sub_splats() -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
    %0 = torch.vtensor.literal(dense<11> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    %1 = torch.vtensor.literal(dense<-5.000000e-01> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %2 = torch.vtensor.literal(dense<-1> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    return %0, %1, %2 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  }
  func.func @dense_arith() -> (!torch.vtensor<[3],si64>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>) {
    %0 = torch.vtensor.literal(dense<[10, 40, 90]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    %1 = torch.vtensor.literal(dense<[1.000000e+00, 3.000000e+00, 5.000000e+00]> : tensor<3xf32>) : !torch.vtensor<[3],f32>
    %2 = torch.vtensor.literal(dense<[2, 1, 0]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    return %0, %1, %2 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
  }
  func.func @compare_scalar() -> (!torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>) {
    %0 = torch.vtensor.literal(dense<[true, false, false]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    %1 = torch.vtensor.literal(dense<false> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    %2 = torch.vtensor.literal(dense<[false, true, false]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    %3 = torch.vtensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    return %0, %1, %2, %3 : !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>
  }
  func.func @si32_wraps() -> !torch.vtensor<[],si32> {
    %0 = torch.vtensor.literal(dense<2147483647> : tensor<si32>) : !torch.vtensor<[],si32>
    return %0 : !torch.vtensor<[],si32>
  }
  func.func @log_remainder() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>, !torch.vtensor<[2],f32>) {
    %0 = torch.vtensor.literal(dense<0.000000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %1 = torch.vtensor.literal(dense<[-1, 1, 2]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    %2 = torch.vtensor.literal(dense<1.500000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    return %0, %1, %2 : !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>, !torch.vtensor<[2],f32>
  }
  func.func @eq_tensor(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>) {
    %0 = torch.vtensor.literal(dense<true> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    %1 = torch.vtensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    return %0, %1, %0 : !torch.vtensor<[2],i1>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],i1>
  }
  func.func @noop_conversions(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    return %arg0, %arg0 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
  func.func @div_tensor_mode() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>) {
    %0 = torch.vtensor.literal(dense<[3.500000e+00, -3.500000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %1 = torch.vtensor.literal(dense<[3.000000e+00, -4.000000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %2 = torch.vtensor.literal(dense<[3, 3, 0]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    return %0, %1, %2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>
  }
}

