// RUN: --canonicalize
// Folders and canonicalizations of the generated aten ops on tensors and
// lists: sizes and ranks, list literals, identity views and copies, and
// scalars in 0-d tensors.
func.func @size_int(%arg0: !torch.vtensor<[2,?,4],f32>) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %int5 = torch.constant.int 5
  %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %arg0, %int1 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
  %2 = torch.aten.size.int %arg0, %int-1 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
  %3 = torch.aten.size.int %arg0, %int5 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
  return %0, %1, %2, %3 : !torch.int, !torch.int, !torch.int, !torch.int
}

func.func @size_int_through_cast(%arg0: !torch.vtensor<[3,5],f32>) -> !torch.int {
  %int1 = torch.constant.int 1
  %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[3,5],f32> to !torch.vtensor
  %1 = torch.aten.size.int %0, %int1 : !torch.vtensor, !torch.int -> !torch.int
  return %1 : !torch.int
}

func.func @size_list(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.list<int> {
  %0 = torch.aten.size %arg0 : !torch.vtensor<[2,3],f32> -> !torch.list<int>
  return %0 : !torch.list<int>
}

func.func @size_list_dynamic(%arg0: !torch.vtensor<[2,?],f32>) -> !torch.list<int> {
  %0 = torch.aten.size %arg0 : !torch.vtensor<[2,?],f32> -> !torch.list<int>
  return %0 : !torch.list<int>
}

func.func @size_dead(%arg0: !torch.vtensor<[?],f32>) {
  %0 = torch.aten.size %arg0 : !torch.vtensor<[?],f32> -> !torch.list<int>
  return
}

func.func @dim(%arg0: !torch.vtensor<[?,?,?],f32>, %arg1: !torch.vtensor<*,f32>) -> (!torch.int, !torch.int) {
  %0 = torch.aten.dim %arg0 : !torch.vtensor<[?,?,?],f32> -> !torch.int
  %1 = torch.aten.dim %arg1 : !torch.vtensor<*,f32> -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

func.func @len_t(%arg0: !torch.int, %arg1: !torch.vtensor<*,f32>) -> (!torch.int, !torch.int) {
  %0 = torch.prim.ListConstruct %arg0, %arg0, %arg0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
  %2 = torch.aten.size %arg1 : !torch.vtensor<*,f32> -> !torch.list<int>
  %3 = torch.aten.len.t %2 : !torch.list<int> -> !torch.int
  return %1, %3 : !torch.int, !torch.int
}

func.func @len_t_mutated(%arg0: !torch.int) -> !torch.int {
  %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.append.t %0, %arg0 : !torch.list<int>, !torch.int -> !torch.list<int>
  %2 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
  return %2 : !torch.int
}

func.func @getitem(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %int1 = torch.constant.int 1
  %int-2 = torch.constant.int -2
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<int>, !torch.int -> !torch.int
  %2 = torch.aten.__getitem__.t %0, %int-2 : !torch.list<int>, !torch.int -> !torch.int
  %3 = torch.aten.__getitem__.t %0, %int2 : !torch.list<int>, !torch.int -> !torch.int
  return %1, %2, %3 : !torch.int, !torch.int, !torch.int
}

func.func @getitem_of_size(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.int) -> (!torch.int, !torch.int) {
  %int1 = torch.constant.int 1
  %0 = torch.aten.size %arg0 : !torch.vtensor<[?,4],f32> -> !torch.list<int>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<int>, !torch.int -> !torch.int
  %2 = torch.aten.__getitem__.t %0, %arg1 : !torch.list<int>, !torch.int -> !torch.int
  return %1, %2 : !torch.int, !torch.int
}

func.func @list_ops(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.list<int>, !torch.list<int>, !torch.list<int>) {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %arg1, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.add.t %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.list<int>
  %3 = torch.aten.mul.left_t %1, %int2 : !torch.list<int>, !torch.int -> !torch.list<int>
  %4 = torch.prim.ListConstruct %arg0, %arg1, %arg0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %5 = torch.aten.slice.t %4, %int1, %none, %int1 : !torch.list<int>, !torch.int, !torch.none, !torch.int -> !torch.list<int>
  return %2, %3, %5 : !torch.list<int>, !torch.list<int>, !torch.list<int>
}

func.func @list_predicates(%arg0: !torch.int, %arg1: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.eq.int_list %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.bool
  %3 = torch.prim.ListConstruct %arg1, %true : (!torch.bool, !torch.bool) -> !torch.list<bool>
  %4 = torch.aten.any.bool %3 : !torch.list<bool> -> !torch.bool
  %5 = torch.prim.ListConstruct %arg1, %false : (!torch.bool, !torch.bool) -> !torch.list<bool>
  %6 = torch.aten.all.bool %5 : !torch.list<bool> -> !torch.bool
  %7 = torch.prim.ListConstruct %int3, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %8 = torch.aten.__contains__.int_list %7, %int4 : !torch.list<int>, !torch.int -> !torch.bool
  %str = torch.constant.str "a"
  %str_0 = torch.constant.str "b"
  %9 = torch.prim.ListConstruct %str, %str_0 : (!torch.str, !torch.str) -> !torch.list<str>
  %str_1 = torch.constant.str "c"
  %10 = torch.aten.__contains__.str_list %9, %str_1 : !torch.list<str>, !torch.str -> !torch.bool
  return %2, %4, %6, %8, %10 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @identity_views(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[4],f32>, %arg2: !torch.list<int>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
  %int0 = torch.constant.int 0
  %0 = torch.aten.view %arg1, %arg2 : !torch.vtensor<[4],f32>, !torch.list<int> -> !torch.vtensor<[4],f32>
  %1 = torch.aten.reshape %arg0, %arg2 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.squeeze.dim %arg0, %int0 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  %3 = torch.aten.squeeze %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %1, %0, %2, %3 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
}

func.func @view_not_identity(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.view %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

func.func @identity_copies(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.tensor<[2,3],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int6 = torch.constant.int 6
  %0 = torch.aten.clone %arg0, %none : !torch.vtensor<[2,3],f32>, !torch.none -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.detach %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.clone %arg1, %none : !torch.tensor<[2,3],f32>, !torch.none -> !torch.tensor<[2,3],f32>
  %3 = torch.aten.to.dtype %arg0, %int6, %false, %false, %none : !torch.vtensor<[2,3],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2,3],f32>
  %4 = torch.aten.alias %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %0, %1, %2, %3, %4 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
}

func.func @to_dtype_copy(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %true = torch.constant.bool true
  %int6 = torch.constant.int 6
  %0 = torch.aten.to.dtype %arg0, %int6, %false, %true, %none : !torch.vtensor<[2,3],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

func.func @identity_unsqueeze(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.unsqueeze %arg0, %int0 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

func.func @broadcast_slice_transpose(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int-2 = torch.constant.int -2
  %int9223372036854775807 = torch.constant.int 9223372036854775807
  %0 = torch.aten.broadcast_to %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.slice.Tensor %arg0, %int1, %int0, %int9223372036854775807, %int1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.transpose.int %arg0, %int0, %int-2 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0, %1, %2 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
}

func.func @cat(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[0],f32>, %arg2: !torch.vtensor<[2,0],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>) {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg0 : (!torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
  %1 = torch.aten.cat %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,3],f32>
  %2 = torch.prim.ListConstruct %arg0, %arg1, %arg2, %arg0 : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[2,0],f32>, !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
  %3 = torch.aten.cat %2, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,6],f32>
  return %1, %3 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>
}

func.func @where_self(%arg0: !torch.vtensor<[2],i1>, %arg1: !torch.vtensor<[2],f32>, %arg2: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %0 = torch.aten.where.self %arg0, %arg1, %arg1 : !torch.vtensor<[2],i1>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  %1 = torch.vtensor.literal(dense<false> : tensor<2xi1>) : !torch.vtensor<[2],i1>
  %2 = torch.aten.where.self %1, %arg1, %arg2 : !torch.vtensor<[2],i1>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0, %2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

func.func @min_max_other(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %0 = torch.aten.min.other %arg0, %arg1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  %1 = torch.aten.max.other %arg0, %arg1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

func.func @is_floating_point(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>) -> (!torch.bool, !torch.bool) {
  %0 = torch.aten.is_floating_point %arg0 : !torch.vtensor<[2],f32> -> !torch.bool
  %1 = torch.aten.is_floating_point %arg1 : !torch.vtensor<[2],si64> -> !torch.bool
  return %0, %1 : !torch.bool, !torch.bool
}

func.func @int_tensor(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %0 = torch.vtensor.literal(dense<7> : tensor<si64>) : !torch.vtensor<[],si64>
  %1 = torch.aten.Int.Tensor %0 : !torch.vtensor<[],si64> -> !torch.int
  %2 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
  %3 = torch.aten.Int.Tensor %2 : !torch.vtensor<[],si64> -> !torch.int
  %4 = torch.vtensor.literal(dense<2.5> : tensor<f32>) : !torch.vtensor<[],f32>
  %5 = torch.aten.Int.Tensor %4 : !torch.vtensor<[],f32> -> !torch.int
  return %1, %3, %5 : !torch.int, !torch.int, !torch.int
}

func.func @float_tensor(%arg0: !torch.float) -> (!torch.float, !torch.float) {
  %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.float -> !torch.vtensor<[],f64>
  %1 = torch.aten.Float.Tensor %0 : !torch.vtensor<[],f64> -> !torch.float
  %2 = torch.vtensor.literal(dense<1.5> : tensor<f64>) : !torch.vtensor<[],f64>
  %3 = torch.aten.FloatImplicit %2 : !torch.vtensor<[],f64> -> !torch.float
  return %1, %3 : !torch.float, !torch.float
}

func.func @implicit(%arg0: !torch.int) -> (!torch.int, !torch.number, !torch.number) {
  %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.aten.IntImplicit %0 : !torch.vtensor<[],si64> -> !torch.int
  %2 = torch.aten.ScalarImplicit %0 : !torch.vtensor<[],si64> -> !torch.number
  %3 = torch.vtensor.literal(dense<2.0> : tensor<f32>) : !torch.vtensor<[],f32>
  %4 = torch.aten.ScalarImplicit %3 : !torch.vtensor<[],f32> -> !torch.number
  return %1, %2, %4 : !torch.int, !torch.number, !torch.number
}

func.func @view_of(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.prims.view_of %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}
