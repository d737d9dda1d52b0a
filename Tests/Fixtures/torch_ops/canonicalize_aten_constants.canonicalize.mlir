module {
  func.func @view_splat() -> !torch.vtensor<[2,4],si64> {
    %0 = torch.vtensor.literal(dense<3> : tensor<2x4xsi64>) : !torch.vtensor<[2,4],si64>
    return %0 : !torch.vtensor<[2,4],si64>
  }
  func.func @view_dense() -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>) : !torch.vtensor<[2,2],f32>
    return %0 : !torch.vtensor<[2,2],f32>
  }
  func.func @flatten_unsqueeze(%arg0: !torch.int) -> (!torch.vtensor<[6],si32>, !torch.vtensor<[1,3],f32>) {
    %0 = torch.vtensor.literal(dense<[1, 2, 3, 4, 5, 6]> : tensor<6xsi32>) : !torch.vtensor<[6],si32>
    %1 = torch.vtensor.literal(dense<5.000000e+00> : tensor<1x3xf32>) : !torch.vtensor<[1,3],f32>
    return %0, %1 : !torch.vtensor<[6],si32>, !torch.vtensor<[1,3],f32>
  }
  func.func @fills() -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,2],si32>, !torch.vtensor<[3],f16>) {
    %0 = torch.vtensor.literal(dense<1.000000e+00> : tensor<2x3xf32>) : !torch.vtensor<[2,3],f32>
    %1 = torch.vtensor.literal(dense<0> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    %2 = torch.vtensor.literal(dense<7> : tensor<2x2xsi32>) : !torch.vtensor<[2,2],si32>
    %3 = torch.vtensor.literal(dense<1.500000e+00> : tensor<3xf16>) : !torch.vtensor<[3],f16>
    return %0, %1, %2, %3 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,2],si32>, !torch.vtensor<[3],f16>
  }
  func.func @scalar_tensors() -> (!torch.vtensor<[],si64>, !torch.vtensor<[],f32>, !torch.vtensor<[1],si64>) {
    %0 = torch.vtensor.literal(dense<9> : tensor<si64>) : !torch.vtensor<[],si64>
    %1 = torch.vtensor.literal(dense<2.500000e+00> : tensor<f32>) : !torch.vtensor<[],f32>
    %2 = torch.vtensor.literal(dense<9> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0, %1, %2 : !torch.vtensor<[],si64>, !torch.vtensor<[],f32>, !torch.vtensor<[1],si64>
  }
  func.func @item(%arg0: !torch.int) -> (!torch.int, !torch.float, !torch.int) {
    %int4 = torch.constant.int 4
    %float5.000000e-01 = torch.constant.float 5.000000e-01
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    return %int4, %float5.000000e-01, %arg0 : !torch.int, !torch.float, !torch.int
  }
  func.func @shape_as_tensor(%arg0: !torch.vtensor<[4,5,6],f32>) -> !torch.vtensor<[3],si64> {
    %0 = torch.vtensor.literal(dense<[4, 5, 6]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    return %0 : !torch.vtensor<[3],si64>
  }
  func.func @where_scalar() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
    %0 = torch.vtensor.literal(dense<2.000000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %1 = torch.vtensor.literal(dense<5> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  }
  func.func @broadcast_splat(%arg0: !torch.list<int>) -> !torch.vtensor<[3,2],f32> {
    %0 = torch.vtensor.literal(dense<1.000000e+00> : tensor<3x2xf32>) : !torch.vtensor<[3,2],f32>
    return %0 : !torch.vtensor<[3,2],f32>
  }
  func.func @to_dtype_constants() -> (!torch.vtensor<[3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],f16>, !torch.vtensor<[2],si8>) {
    %0 = torch.vtensor.literal(dense<[44, -1]> : tensor<2xsi8>) : !torch.vtensor<[2],si8>
    %1 = torch.vtensor.literal(dense<1.000000e+06> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %none = torch.constant.none
    %false = torch.constant.bool false
    %int5 = torch.constant.int 5
    %2 = torch.vtensor.literal(dense<[1.000000e+00, -2.000000e+00, 3.000000e+00]> : tensor<3xf32>) : !torch.vtensor<[3],f32>
    %3 = torch.vtensor.literal(dense<-2> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    %4 = torch.vtensor.literal(dense<true> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    %5 = torch.aten.to.dtype %1, %int5, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f16>
    return %2, %3, %4, %5, %0 : !torch.vtensor<[3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],f16>, !torch.vtensor<[2],si8>
  }
  func.func @select_transpose() -> (!torch.vtensor<[],si64>, !torch.vtensor<[1],si64>, !torch.vtensor<[3,2],si32>) {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    %1 = torch.vtensor.literal(dense<8> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    %2 = torch.vtensor.literal(dense<[[1, 4], [2, 5], [3, 6]]> : tensor<3x2xsi32>) : !torch.vtensor<[3,2],si32>
    return %0, %1, %2 : !torch.vtensor<[],si64>, !torch.vtensor<[1],si64>, !torch.vtensor<[3,2],si32>
  }
  func.func @slice_literal() -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2,1],f32>) {
    %0 = torch.vtensor.literal(dense<[11, 13]> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    %1 = torch.vtensor.literal(dense<[[3.000000e+00], [6.000000e+00]]> : tensor<2x1xf32>) : !torch.vtensor<[2,1],f32>
    return %0, %1 : !torch.vtensor<[2],si64>, !torch.vtensor<[2,1],f32>
  }
  func.func @cat_literals() -> !torch.vtensor<[1,5],si64> {
    %0 = torch.vtensor.literal(dense<[[1, 2, 7, 7, 7]]> : tensor<1x5xsi64>) : !torch.vtensor<[1,5],si64>
    return %0 : !torch.vtensor<[1,5],si64>
  }
  func.func @triangle_indices_empty() -> (!torch.vtensor<[2,0],si64>, !torch.vtensor<[2,0],si64>) {
    %0 = torch.vtensor.literal(dense<> : tensor<2x0xsi64>) : !torch.vtensor<[2,0],si64>
    return %0, %0 : !torch.vtensor<[2,0],si64>, !torch.vtensor<[2,0],si64>
  }
}

