// RUN: --canonicalize
// Folders of the generated aten ops that make tensor constants.
func.func @view_splat() -> !torch.vtensor<[2,4],si64> {
  %int2 = torch.constant.int 2
  %int4 = torch.constant.int 4
  %0 = torch.vtensor.literal(dense<3> : tensor<8xsi64>) : !torch.vtensor<[8],si64>
  %1 = torch.prim.ListConstruct %int2, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.view %0, %1 : !torch.vtensor<[8],si64>, !torch.list<int> -> !torch.vtensor<[2,4],si64>
  return %2 : !torch.vtensor<[2,4],si64>
}

func.func @view_dense() -> !torch.vtensor<[2,2],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.vtensor.literal(dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>) : !torch.vtensor<[4],f32>
  %1 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.view %0, %1 : !torch.vtensor<[4],f32>, !torch.list<int> -> !torch.vtensor<[2,2],f32>
  return %2 : !torch.vtensor<[2,2],f32>
}

func.func @flatten_unsqueeze(%arg0: !torch.int) -> (!torch.vtensor<[6],si32>, !torch.vtensor<[1,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.vtensor.literal(dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xsi32>) : !torch.vtensor<[2,3],si32>
  %1 = torch.aten.flatten.using_ints %0, %int0, %int1 : !torch.vtensor<[2,3],si32>, !torch.int, !torch.int -> !torch.vtensor<[6],si32>
  %2 = torch.vtensor.literal(dense<5.0> : tensor<3xf32>) : !torch.vtensor<[3],f32>
  %3 = torch.aten.unsqueeze %2, %int0 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
  return %1, %3 : !torch.vtensor<[6],si32>, !torch.vtensor<[1,3],f32>
}

func.func @fills() -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,2],si32>, !torch.vtensor<[3],f16>) {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int7 = torch.constant.int 7
  %float1.5 = torch.constant.float 1.5
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.ones %0, %none, %none, %none, %none : !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,3],f32>
  %2 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %3 = torch.aten.zeros %2, %none, %none, %none, %none : !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2],si64>
  %4 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %5 = torch.aten.full %4, %int7, %none, %none, %none, %none : !torch.list<int>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,2],si32>
  %6 = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %7 = torch.aten.full %6, %float1.5, %none, %none, %none, %none : !torch.list<int>, !torch.float, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[3],f16>
  return %1, %3, %5, %7 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,2],si32>, !torch.vtensor<[3],f16>
}

func.func @scalar_tensors() -> (!torch.vtensor<[],si64>, !torch.vtensor<[],f32>, !torch.vtensor<[1],si64>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int9 = torch.constant.int 9
  %float2.5 = torch.constant.float 2.5
  %0 = torch.aten.tensor.int %int9, %none, %none, %false : !torch.int, !torch.none, !torch.none, !torch.bool -> !torch.vtensor<[],si64>
  %1 = torch.aten.tensor.float %float2.5, %none, %none, %false : !torch.float, !torch.none, !torch.none, !torch.bool -> !torch.vtensor<[],f32>
  %2 = torch.prim.ListConstruct %int9 : (!torch.int) -> !torch.list<int>
  %3 = torch.aten.tensor %2, %none, %none, %false : !torch.list<int>, !torch.none, !torch.none, !torch.bool -> !torch.vtensor<[1],si64>
  return %0, %1, %3 : !torch.vtensor<[],si64>, !torch.vtensor<[],f32>, !torch.vtensor<[1],si64>
}

func.func @item(%arg0: !torch.int) -> (!torch.int, !torch.float, !torch.int) {
  %0 = torch.vtensor.literal(dense<4> : tensor<1xsi32>) : !torch.vtensor<[1],si32>
  %1 = torch.aten.item %0 : !torch.vtensor<[1],si32> -> !torch.int
  %2 = torch.vtensor.literal(dense<0.5> : tensor<f64>) : !torch.vtensor<[],f64>
  %3 = torch.aten.item %2 : !torch.vtensor<[],f64> -> !torch.float
  %4 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
  %5 = torch.aten.item %4 : !torch.vtensor<[],si64> -> !torch.int
  return %1, %3, %5 : !torch.int, !torch.float, !torch.int
}

func.func @shape_as_tensor(%arg0: !torch.vtensor<[4,5,6],f32>) -> !torch.vtensor<[3],si64> {
  %0 = torch.aten._shape_as_tensor %arg0 : !torch.vtensor<[4,5,6],f32> -> !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}

func.func @where_scalar() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
  %int1 = torch.constant.int 1
  %float2 = torch.constant.float 2.0
  %float3 = torch.constant.float 3.0
  %0 = torch.vtensor.literal(dense<true> : tensor<2xi1>) : !torch.vtensor<[2],i1>
  %1 = torch.aten.where.Scalar %0, %float2, %float3 : !torch.vtensor<[2],i1>, !torch.float, !torch.float -> !torch.vtensor<[2],f32>
  %2 = torch.vtensor.literal(dense<false> : tensor<2xi1>) : !torch.vtensor<[2],i1>
  %3 = torch.vtensor.literal(dense<5> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
  %4 = torch.aten.where.ScalarSelf %2, %int1, %3 : !torch.vtensor<[2],i1>, !torch.int, !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  return %1, %4 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
}

func.func @broadcast_splat(%arg0: !torch.list<int>) -> !torch.vtensor<[3,2],f32> {
  %0 = torch.vtensor.literal(dense<1.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch.aten.broadcast_to %0, %arg0 : !torch.vtensor<[2],f32>, !torch.list<int> -> !torch.vtensor<[3,2],f32>
  return %1 : !torch.vtensor<[3,2],f32>
}

func.func @to_dtype_constants() -> (!torch.vtensor<[3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],f16>, !torch.vtensor<[2],si8>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int6 = torch.constant.int 6
  %int4 = torch.constant.int 4
  %int11 = torch.constant.int 11
  %int5 = torch.constant.int 5
  %int1 = torch.constant.int 1
  %0 = torch.vtensor.literal(dense<[1, -2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %1 = torch.aten.to.dtype %0, %int6, %false, %false, %none : !torch.vtensor<[3],si64>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[3],f32>
  %2 = torch.vtensor.literal(dense<-2.7> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %3 = torch.aten.to.dtype %2, %int4, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],si64>
  %4 = torch.aten.to.dtype %0, %int11, %false, %false, %none : !torch.vtensor<[3],si64>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[3],i1>
  %5 = torch.vtensor.literal(dense<1.0e6> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %6 = torch.aten.to.dtype %5, %int5, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f16>
  %7 = torch.vtensor.literal(dense<[300, -1]> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
  %8 = torch.aten.to.dtype %7, %int1, %false, %false, %none : !torch.vtensor<[2],si64>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],si8>
  return %1, %3, %4, %6, %8 : !torch.vtensor<[3],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[3],i1>, !torch.vtensor<[2],f16>, !torch.vtensor<[2],si8>
}

func.func @select_transpose() -> (!torch.vtensor<[],si64>, !torch.vtensor<[1],si64>, !torch.vtensor<[3,2],si32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.vtensor.literal(dense<[4, 5, 6]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  %1 = torch.aten.select.int %0, %int0, %int2 : !torch.vtensor<[3],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
  %2 = torch.vtensor.literal(dense<[[7, 8]]> : tensor<1x2xsi64>) : !torch.vtensor<[1,2],si64>
  %3 = torch.aten.select.int %2, %int1, %int1 : !torch.vtensor<[1,2],si64>, !torch.int, !torch.int -> !torch.vtensor<[1],si64>
  %4 = torch.vtensor.literal(dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xsi32>) : !torch.vtensor<[2,3],si32>
  %5 = torch.aten.transpose.int %4, %int0, %int1 : !torch.vtensor<[2,3],si32>, !torch.int, !torch.int -> !torch.vtensor<[3,2],si32>
  return %1, %3, %5 : !torch.vtensor<[],si64>, !torch.vtensor<[1],si64>, !torch.vtensor<[3,2],si32>
}

func.func @slice_literal() -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2,1],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int-1 = torch.constant.int -1
  %0 = torch.vtensor.literal(dense<[10, 11, 12, 13, 14]> : tensor<5xsi64>) : !torch.vtensor<[5],si64>
  %1 = torch.aten.slice.Tensor %0, %int0, %int1, %int-1, %int2 : !torch.vtensor<[5],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2],si64>
  %2 = torch.vtensor.literal(dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>) : !torch.vtensor<[2,3],f32>
  %3 = torch.aten.slice.Tensor %2, %int1, %int2, %int3, %int1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,1],f32>
  return %1, %3 : !torch.vtensor<[2],si64>, !torch.vtensor<[2,1],f32>
}

func.func @cat_literals() -> !torch.vtensor<[1,5],si64> {
  %int1 = torch.constant.int 1
  %0 = torch.vtensor.literal(dense<[[1, 2]]> : tensor<1x2xsi64>) : !torch.vtensor<[1,2],si64>
  %1 = torch.vtensor.literal(dense<7> : tensor<1x3xsi64>) : !torch.vtensor<[1,3],si64>
  %2 = torch.prim.ListConstruct %0, %1 : (!torch.vtensor<[1,2],si64>, !torch.vtensor<[1,3],si64>) -> !torch.list<vtensor>
  %3 = torch.aten.cat %2, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[1,5],si64>
  return %3 : !torch.vtensor<[1,5],si64>
}

func.func @triangle_indices_empty() -> (!torch.vtensor<[2,0],si64>, !torch.vtensor<[2,0],si64>) {
  %int0 = torch.constant.int 0
  %int4 = torch.constant.int 4
  %none = torch.constant.none
  %0 = torch.aten.triu_indices %int0, %int0, %int0, %int4, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,0],si64>
  %1 = torch.aten.tril_indices %int0, %int0, %int0, %int4, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,0],si64>
  return %0, %1 : !torch.vtensor<[2,0],si64>, !torch.vtensor<[2,0],si64>
}
