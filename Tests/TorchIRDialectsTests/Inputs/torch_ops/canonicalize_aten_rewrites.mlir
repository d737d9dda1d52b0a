// RUN: --canonicalize
// Canonicalizations of the generated aten ops that rewrite one op into
// another, integer rounding folds, and arithmetic on 0-d integer tensors.
func.func @renames(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>, %arg2: !torch.list<int>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>) {
  %int3 = torch.constant.int 3
  %0 = torch.aten.sign %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  %1 = torch.aten.__or__.Tensor %arg1, %arg1 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  %2 = torch.aten.__and__.Scalar %arg1, %int3 : !torch.vtensor<[2],si64>, !torch.int -> !torch.vtensor<[2],si64>
  %3 = torch.aten._adaptive_avg_pool2d %arg0, %arg2 : !torch.vtensor<[2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
  return %0, %1, %2, %3 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
}

func.func @integer_rounding(%arg0: !torch.vtensor<[2],si64>, %arg1: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>) {
  %0 = torch.aten.floor %arg0 : !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  %1 = torch.aten.ceil %arg0 : !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  %2 = torch.aten.round %arg0 : !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  %3 = torch.aten.trunc %arg0 : !torch.vtensor<[2],si64> -> !torch.vtensor<[2],si64>
  %4 = torch.aten.floor %arg1 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0, %1, %2, %3, %4 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
}

func.func @max_pool_indices_unused(%arg0: !torch.vtensor<[1,1,4,4],f32>, %arg1: !torch.list<int>, %arg2: !torch.bool) -> !torch.vtensor<[1,1,2,2],f32> {
  %0, %1 = torch.aten.max_pool2d_with_indices %arg0, %arg1, %arg1, %arg1, %arg1, %arg2 : !torch.vtensor<[1,1,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,1,2,2],f32>, !torch.vtensor<[1,1,2,2],si64>
  return %0 : !torch.vtensor<[1,1,2,2],f32>
}

func.func @pow(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %float2 = torch.constant.float 2.0
  %float2.5 = torch.constant.float 2.5
  %0 = torch.aten.pow.Tensor_Scalar %arg0, %float2 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
  %1 = torch.aten.pow.Tensor_Scalar %arg0, %float2.5 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
  %2 = torch.vtensor.literal(dense<3> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
  %3 = torch.aten.pow.Tensor_Tensor %arg0, %2 : !torch.vtensor<[2],f32>, !torch.vtensor<[1],si64> -> !torch.vtensor<[2],f32>
  return %0, %1, %3 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

func.func @devices(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.Device) {
  %str = torch.constant.str "cuda"
  %int1 = torch.constant.int 1
  %none = torch.constant.none
  %false = torch.constant.bool false
  %0 = torch.aten.cuda %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  %1 = torch.aten.device.with_index %str, %int1 : !torch.str, !torch.int -> !torch.Device
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.Device
}

func.func @numel(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> (!torch.int, !torch.int) {
  %0 = torch.aten.numel %arg0 : !torch.vtensor<[2,3,4],f32> -> !torch.int
  %1 = torch.aten.numel %arg1 : !torch.vtensor<[?,3],f32> -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

func.func @casts(%arg0: !torch.vtensor<[2],si64>, %arg1: !torch.bool) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>) {
  %0 = torch.aten._cast_Float %arg0, %arg1 : !torch.vtensor<[2],si64>, !torch.bool -> !torch.vtensor<[2],f32>
  %1 = torch.aten._cast_Long %arg0, %arg1 : !torch.vtensor<[2],si64>, !torch.bool -> !torch.vtensor<[2],si64>
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
}

func.func @to_variants(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],f64>, %arg2: !torch.Device) -> (!torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int7 = torch.constant.int 7
  %int0 = torch.constant.int 0
  %0 = torch.aten.to.dtype_layout %arg0, %int7, %int0, %none, %false, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.int, !torch.none, !torch.bool, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
  %1 = torch.aten.to.dtype_layout %arg0, %int7, %none, %arg2, %none, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.int, !torch.none, !torch.Device, !torch.none, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
  %2 = torch.aten.to.other %arg0, %arg1, %false, %false, %none : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f64>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2],f64>
  return %0, %1, %2 : !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>, !torch.vtensor<[2],f64>
}

func.func @masked_fill(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],i1>, %arg2: !torch.float) -> !torch.vtensor<[2],f32> {
  %0 = torch.prim.NumToTensor.Scalar %arg2 : !torch.float -> !torch.vtensor<[],f64>
  %1 = torch.aten.masked_fill.Tensor %arg0, %arg1, %0 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],i1>, !torch.vtensor<[],f64> -> !torch.vtensor<[2],f32>
  return %1 : !torch.vtensor<[2],f32>
}

func.func @zero_dim_arith(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.prim.NumToTensor.Scalar %arg1 : !torch.int -> !torch.vtensor<[],si64>
  %2 = torch.aten.add.Tensor %0, %1, %int2 : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.int -> !torch.vtensor<[],si64>
  %3 = torch.aten.sub.Scalar %0, %arg1, %int1 : !torch.vtensor<[],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
  %4 = torch.aten.mul.Tensor %0, %1 : !torch.vtensor<[],si64>, !torch.vtensor<[],si64> -> !torch.vtensor<[],si64>
  %5 = torch.aten.rsub.Scalar %0, %arg1, %int1 : !torch.vtensor<[],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
  return %2, %3, %4, %5 : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>
}

func.func @zero_dim_div(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.vtensor<[],f64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>) {
  %none = torch.constant.none
  %str = torch.constant.str "floor"
  %str_0 = torch.constant.str "trunc"
  %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.prim.NumToTensor.Scalar %arg1 : !torch.int -> !torch.vtensor<[],si64>
  %2 = torch.aten.div.Tensor_mode %0, %1, %none : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.none -> !torch.vtensor<[],f64>
  %3 = torch.aten.div.Tensor_mode %0, %1, %str : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.str -> !torch.vtensor<[],si64>
  %4 = torch.aten.div.Tensor_mode %0, %1, %str_0 : !torch.vtensor<[],si64>, !torch.vtensor<[],si64>, !torch.str -> !torch.vtensor<[],si64>
  return %2, %3, %4 : !torch.vtensor<[],f64>, !torch.vtensor<[],si64>, !torch.vtensor<[],si64>
}

func.func @dict(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.bool) {
  %str = torch.constant.str "key"
  %0 = torch.prim.DictConstruct keys(%str : !torch.str) values(%arg0 : !torch.vtensor<[2],f32>) -> !torch.dict<str, vtensor<[2],f32>>
  %1 = torch.aten.__getitem__.Dict_str %0, %str : !torch.dict<str, vtensor<[2],f32>>, !torch.str -> !torch.vtensor<[2],f32>
  %2 = torch.aten.__contains__.str %0, %str : !torch.dict<str, vtensor<[2],f32>>, !torch.str -> !torch.bool
  return %1, %2 : !torch.vtensor<[2],f32>, !torch.bool
}

func.func @more_renames(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[2,3],si8>, %arg2: !torch.vtensor<[3,2],si8>, %arg3: !torch.list<vtensor>) -> (!torch.vtensor<[],f32>, !torch.vtensor<[2,2],si32>, !torch.list<vtensor>) {
  %0 = torch.aten.dot %arg0, %arg0 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[],f32>
  %1 = torch.aten._int_mm %arg1, %arg2 : !torch.vtensor<[2,3],si8>, !torch.vtensor<[3,2],si8> -> !torch.vtensor<[2,2],si32>
  %2 = torch.aten.meshgrid %arg3 : !torch.list<vtensor> -> !torch.list<vtensor>
  return %0, %1, %2 : !torch.vtensor<[],f32>, !torch.vtensor<[2,2],si32>, !torch.list<vtensor>
}

func.func @split_sizes(%arg0: !torch.vtensor<[4],f32>, %arg1: !torch.list<int>) -> !torch.list<vtensor> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.split.sizes %arg0, %arg1, %int0 : !torch.vtensor<[4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  return %0 : !torch.list<vtensor>
}

func.func @where_same(%arg0: !torch.vtensor<[2,?],i1>, %arg1: !torch.float) -> !torch.vtensor<[2,?],f32> {
  %0 = torch.aten.where.Scalar %arg0, %arg1, %arg1 : !torch.vtensor<[2,?],i1>, !torch.float, !torch.float -> !torch.vtensor<[2,?],f32>
  return %0 : !torch.vtensor<[2,?],f32>
}

func.func @assert_metadata(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int6 = torch.constant.int 6
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  torch.aten._assert_tensor_metadata %arg0, %0, %none, %int6, %none, %none : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.none, !torch.int, !torch.none, !torch.none
  return %arg0 : !torch.vtensor<[2,3],f32>
}

func.func @stft(%arg0: !torch.vtensor<[16],f32>, %arg1: !torch.int) -> !torch.vtensor<[5,4],complex<f32>> {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %true = torch.constant.bool true
  %0 = torch.aten.stft %arg0, %arg1, %none, %none, %none, %false, %none, %true, %none : !torch.vtensor<[16],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[5,4],complex<f32>>
  return %0 : !torch.vtensor<[5,4],complex<f32>>
}

func.func @sort_unit_dim(%arg0: !torch.vtensor<[3,1],f32>) -> (!torch.vtensor<[3,1],f32>, !torch.vtensor<[3,1],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0, %1 = torch.aten.sort %arg0, %int1, %false : !torch.vtensor<[3,1],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3,1],f32>, !torch.vtensor<[3,1],si64>
  return %0, %1 : !torch.vtensor<[3,1],f32>, !torch.vtensor<[3,1],si64>
}

func.func @unflatten_dim0(%arg0: !torch.vtensor<[6,4],f32>) -> !torch.vtensor<[1,6,4],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int1, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unflatten.int %arg0, %int0, %0 : !torch.vtensor<[6,4],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[1,6,4],f32>
  return %1 : !torch.vtensor<[1,6,4],f32>
}

func.func @unflatten_dim1(%arg0: !torch.vtensor<[6,4],f32>, %arg1: !torch.int) -> !torch.vtensor<[6,?,1],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unflatten.int %arg0, %int1, %0 : !torch.vtensor<[6,4],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[6,?,1],f32>
  return %1 : !torch.vtensor<[6,?,1],f32>
}

func.func @unflatten_dynamic_dim(%arg0: !torch.vtensor<[6,4],f32>, %arg1: !torch.int, %arg2: !torch.int) -> !torch.vtensor<[?,?,?],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unflatten.int %arg0, %arg1, %0 : !torch.vtensor<[6,4],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[?,?,?],f32>
  return %1 : !torch.vtensor<[?,?,?],f32>
}
