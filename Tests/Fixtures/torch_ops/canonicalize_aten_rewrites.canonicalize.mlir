module {
  func.func @renames(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>, %arg2: !torch.list<int>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>) {
    %int3 = torch.constant.int 3
    %0 = torch.aten.sgn %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %1 = torch.aten.bitwise_or.Tensor %arg1, %arg1 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
    %2 = torch.aten.bitwise_and.Scalar %arg1, %int3 : !torch.vtensor<[2],si64>, !torch.int -> !torch.vtensor<[2],si64>
    %3 = torch.aten.adaptive_avg_pool2d %arg0, %arg2 : !torch.vtensor<[2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    return %0, %1, %2, %3 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
  }
  func.func @integer_rounding(%arg0: !torch.vtensor<[2],si64>, %arg1: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>) {
    %0 = torch.aten.floor %arg1 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    return %arg0, %arg0, %arg0, %arg0, %0 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
  }
  func.func @max_pool_indices_unused(%arg0: !torch.vtensor<[1,1,4,4],f32>, %arg1: !torch.list<int>, %arg2: !torch.bool) -> !torch.vtensor<[1,1,2,2],f32> {
    %0 = torch.aten.max_pool2d %arg0, %arg1, %arg1, %arg1, %arg1, %arg2 : !torch.vtensor<[1,1,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,1,2,2],f32>
    return %0 : !torch.vtensor<[1,1,2,2],f32>
  }
  func.func @pow(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    %int3 = torch.constant.int 3
    %float2.500000e00 = torch.constant.float 2.500000e+00
    %int2 = torch.constant.int 2
    %0 = torch.aten.pow.Tensor_Scalar %arg0, %int2 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %1 = torch.aten.pow.Tensor_Scalar %arg0, %float2.500000e00 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %2 = torch.aten.pow.Tensor_Scalar %arg0, %int3 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    return %0, %1, %2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
  func.func @devices(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.Device) {
    %cuda3A1 = torch.constant.device "cuda:1"
    return %arg0, %cuda3A1 : !torch.vtensor<[2],f32>, !torch.Device
  }
  func.func @numel(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> (!torch.int, !torch.int) {
    %int24 = torch.constant.int 24
    %0 = torch.aten.numel %arg1 : !torch.vtensor<[?,3],f32> -> !torch.int
    return %int24, %0 : !torch.int, !torch.int
  }
  func.func @casts(%arg0: !torch.vtensor<[2],si64>, %arg1: !torch.bool) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
    %int4 = torch.constant.int 4
    %none = torch.constant.none
    %int6 = torch.constant.int 6
    %false = torch.constant.bool false
    %0 = torch.aten.to.dtype %arg0, %int6, %arg1, %false, %none : !torch.vtensor<[2],si64>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
    %1 = torch.aten.to.dtype %arg0, %int4, %arg1, %false, %none : !torch.vtensor<[2],si64>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],si64>
    return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  }
  func.func @to_variants(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],f64>, %arg2: !torch.Device) -> (!torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>) {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %int7 = torch.constant.int 7
    %0 = torch.aten.to.dtype %arg0, %int7, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
    %1 = torch.aten.to.device %arg0, %arg2, %int7, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.Device, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
    %cpu = torch.constant.device "cpu"
    %2 = torch.aten.to.device %arg0, %cpu, %int7, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.Device, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
    return %0, %1, %2 : !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>
  }
  func.func @masked_fill(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],i1>, %arg2: !torch.float) -> !torch.vtensor<[2],f32> {
    %0 = torch.prim.NumToTensor.Scalar %arg2 : !torch.float -> !torch.vtensor<[],f64>
    %1 = torch.aten.masked_fill.Scalar %arg0, %arg1, %arg2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],i1>, !torch.float -> !torch.vtensor<[2],f32>
    return %1 : !torch.vtensor<[2],f32>
  }
  func.func @zero_dim_arith(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>) {
    %int2 = torch.constant.int 2
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    %1 = torch.prim.NumToTensor.Scalar %arg1 : !torch.int -> !torch.vtensor<[],si64>
    %2 = torch.aten.mul.int %arg1, %int2 : !torch.int, !torch.int -> !torch.int
    %3 = torch.aten.add.int %arg0, %2 : !torch.int, !torch.int -> !torch.int
    %4 = torch.prim.NumToTensor.Scalar %3 : !torch.int -> !torch.vtensor<[],si64>
    %5 = torch.aten.sub.int %arg0, %arg1 : !torch.int, !torch.int -> !torch.int
    %6 = torch.prim.NumToTensor.Scalar %5 : !torch.int -> !torch.vtensor<[],si64>
    %7 = torch.aten.mul.int %arg0, %arg1 : !torch.int, !torch.int -> !torch.int
    %8 = torch.prim.NumToTensor.Scalar %7 : !torch.int -> !torch.vtensor<[],si64>
    %9 = torch.aten.sub.int %arg1, %arg0 : !torch.int, !torch.int -> !torch.int
    %10 = torch.prim.NumToTensor.Scalar %9 : !torch.int -> !torch.vtensor<[],si64>
    return %4, %6, %8, %10 : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>
  }
  func.func @zero_dim_div(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.vtensor<[],f64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>) {
    %str = torch.constant.str "trunc"
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    %1 = torch.prim.NumToTensor.Scalar %arg1 : !torch.int -> !torch.vtensor<[],si64>
    %2 = torch.aten.div %arg0, %arg1 : !torch.int, !torch.int -> !torch.float
    %3 = torch.prim.NumToTensor.Scalar %2 : !torch.float -> !torch.vtensor<[],f64>
    %4 = torch.aten.floordiv.int %arg0, %arg1 : !torch.int, !torch.int -> !torch.int
    %5 = torch.prim.NumToTensor.Scalar %4 : !torch.int -> !torch.vtensor<[],si64>
    %6 = torch.aten.div.Tensor_mode %0, %1, %str : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.str -> !torch.vtensor<[],si64>
    return %3, %5, %6 : !torch.vtensor<[],f64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>
  }
  func.func @dict(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.bool) {
    %true = torch.constant.bool true
    %str = torch.constant.str "key"
    %0 = torch.prim.DictConstruct keys(%str : !torch.str) values(%arg0 : !torch.vtensor<[2],f32>) -> !torch.dict<str, vtensor<[2],f32>>
    return %arg0, %true : !torch.vtensor<[2],f32>, !torch.bool
  }
  func.func @more_renames(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[2,3],si8>, %arg2: !torch.vtensor<[3,2],si8>, %arg3: !torch.list<vtensor>) -> (!torch.vtensor<[],f32>, !torch.vtensor<[2,2],si32>, !torch.list<vtensor>) {
    %str = torch.constant.str "ij"
    %0 = torch.aten.matmul %arg0, %arg0 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[],f32>
    %1 = torch.aten.mm %arg1, %arg2 : !torch.vtensor<[2,3],si8>, !torch.vtensor<[3,2],si8> -> !torch.vtensor<[2,2],si32>
    %2 = torch.aten.meshgrid.indexing %arg3, %str : !torch.list<vtensor>, !torch.str -> !torch.list<vtensor>
    return %0, %1, %2 : !torch.vtensor<[],f32>, !torch.vtensor<[2,2],si32>, !torch.list<vtensor>
  }
  func.func @split_sizes(%arg0: !torch.vtensor<[4],f32>, %arg1: !torch.list<int>) -> !torch.list<vtensor> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.split_with_sizes %arg0, %arg1, %int0 : !torch.vtensor<[4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
    return %0 : !torch.list<vtensor>
  }
  func.func @where_same(%arg0: !torch.vtensor<[2,?],i1>, %arg1: !torch.float) -> !torch.vtensor<[2,?],f32> {
    %none = torch.constant.none
    %int2 = torch.constant.int 2
    %int1 = torch.constant.int 1
    %0 = torch.aten.size.int %arg0, %int1 : !torch.vtensor<[2,?],i1>, !torch.int -> !torch.int
    %1 = torch.prim.ListConstruct %int2, %0 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.aten.full %1, %arg1, %none, %none, %none, %none : !torch.list<int>, !torch.float, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,?],f32>
    return %2 : !torch.vtensor<[2,?],f32>
  }
  func.func @assert_metadata(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
    return %arg0 : !torch.vtensor<[2,3],f32>
  }
  func.func @stft(%arg0: !torch.vtensor<[16],f32>, %arg1: !torch.int) -> !torch.vtensor<[5,4],complex<f32>> {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %str = torch.constant.str "reflect"
    %0 = torch.aten.stft.center %arg0, %arg1, %none, %none, %none, %false, %str, %false, %none, %true, %none : !torch.vtensor<[16],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.str, !torch.bool, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[5,4],complex<f32>>
    return %0 : !torch.vtensor<[5,4],complex<f32>>
  }
  func.func @sort_unit_dim(%arg0: !torch.vtensor<[3,1],f32>) -> (!torch.vtensor<[3,1],f32>, !torch.vtensor<[3,1],si64>) {
    %0 = torch.vtensor.literal(dense<0> : tensor<3x1xsi64>) : !torch.vtensor<[3,1],si64>
    return %arg0, %0 : !torch.vtensor<[3,1],f32>, !torch.vtensor<[3,1],si64>
  }
  func.func @unflatten_dim0(%arg0: !torch.vtensor<[6,4],f32>) -> !torch.vtensor<[1,6,4],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.unsqueeze %arg0, %int0 : !torch.vtensor<[6,4],f32>, !torch.int -> !torch.vtensor<[1,6,4],f32>
    return %0 : !torch.vtensor<[1,6,4],f32>
  }
  func.func @unflatten_dim1(%arg0: !torch.vtensor<[6,4],f32>, %arg1: !torch.int) -> !torch.vtensor<[6,?,1],f32> {
    %int4 = torch.constant.int 4
    %int-1 = torch.constant.int -1
    %int2 = torch.constant.int 2
    %0 = torch.aten.unsqueeze %arg0, %int2 : !torch.vtensor<[6,4],f32>, !torch.int -> !torch.vtensor<[6,4,1],f32>
    %1 = torch.aten.eq.int %int4, %arg1 : !torch.int, !torch.int -> !torch.bool
    %2 = torch.aten.eq.int %int-1, %arg1 : !torch.int, !torch.int -> !torch.bool
    %3 = torch.aten.__or__.bool %2, %1 : !torch.bool, !torch.bool -> !torch.bool
    torch.runtime.assert %3, "unflatten sizes must be compatible"
    %4 = torch.tensor_static_info_cast %0 : !torch.vtensor<[6,4,1],f32> to !torch.vtensor<[6,?,1],f32>
    return %4 : !torch.vtensor<[6,?,1],f32>
  }
  func.func @unflatten_dynamic_dim(%arg0: !torch.vtensor<[6,4],f32>, %arg1: !torch.int, %arg2: !torch.int) -> !torch.vtensor<[?,?,?],f32> {
    %int-1 = torch.constant.int -1
    %int1 = torch.constant.int 1
    %0 = torch.aten.add.int %arg1, %int1 : !torch.int, !torch.int -> !torch.int
    %1 = torch.aten.unsqueeze %arg0, %0 : !torch.vtensor<[6,4],f32>, !torch.int -> !torch.vtensor<[?,?,?],f32>
    %2 = torch.aten.size.int %arg0, %arg1 : !torch.vtensor<[6,4],f32>, !torch.int -> !torch.int
    %3 = torch.aten.eq.int %2, %arg2 : !torch.int, !torch.int -> !torch.bool
    %4 = torch.aten.eq.int %int-1, %arg2 : !torch.int, !torch.int -> !torch.bool
    %5 = torch.aten.__or__.bool %4, %3 : !torch.bool, !torch.bool -> !torch.bool
    torch.runtime.assert %5, "unflatten sizes must be compatible"
    return %1 : !torch.vtensor<[?,?,?],f32>
  }
}

