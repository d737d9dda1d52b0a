module {
  func.func @size_int(%arg0: !torch.vtensor<[2,?,4],f32>) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
    %int4 = torch.constant.int 4
    %int1 = torch.constant.int 1
    %int5 = torch.constant.int 5
    %int2 = torch.constant.int 2
    %0 = torch.aten.size.int %arg0, %int1 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
    %1 = torch.aten.size.int %arg0, %int5 : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
    return %int2, %0, %int4, %1 : !torch.int, !torch.int, !torch.int, !torch.int
  }
  func.func @size_int_through_cast(%arg0: !torch.vtensor<[3,5],f32>) -> !torch.int {
    %int5 = torch.constant.int 5
    return %int5 : !torch.int
  }
  func.func @size_list(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.list<int> {
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @size_list_dynamic(%arg0: !torch.vtensor<[2,?],f32>) -> !torch.list<int> {
    %0 = torch.aten.size %arg0 : !torch.vtensor<[2,?],f32> -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @size_dead(%arg0: !torch.vtensor<[?],f32>) {
    return
  }
  func.func @dim(%arg0: !torch.vtensor<[?,?,?],f32>, %arg1: !torch.vtensor<*,f32>) -> (!torch.int, !torch.int) {
    %int3 = torch.constant.int 3
    %0 = torch.aten.dim %arg1 : !torch.vtensor<*,f32> -> !torch.int
    return %int3, %0 : !torch.int, !torch.int
  }
  func.func @len_t(%arg0: !torch.int, %arg1: !torch.vtensor<*,f32>) -> (!torch.int, !torch.int) {
    %int3 = torch.constant.int 3
    %0 = torch.aten.dim %arg1 : !torch.vtensor<*,f32> -> !torch.int
    return %int3, %0 : !torch.int, !torch.int
  }
  func.func @len_t_mutated(%arg0: !torch.int) -> !torch.int {
    %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
    %1 = torch.aten.append.t %0, %arg0 : !torch.list<int>, !torch.int -> !torch.list<int>
    %2 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
    return %2 : !torch.int
  }
  func.func @getitem(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.__getitem__.t %0, %int2 : !torch.list<int>, !torch.int -> !torch.int
    return %arg1, %arg0, %1 : !torch.int, !torch.int, !torch.int
  }
  func.func @getitem_of_size(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.int) -> (!torch.int, !torch.int) {
    %int4 = torch.constant.int 4
    %0 = torch.aten.size.int %arg0, %arg1 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
    return %int4, %0 : !torch.int, !torch.int
  }
  func.func @list_ops(%arg0: !torch.int, %arg1: !torch.int) -> (!torch.list<int>, !torch.list<int>, !torch.list<int>) {
    %0 = torch.prim.ListConstruct %arg0, %arg1, %arg0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct %arg1, %arg0, %arg1, %arg0 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.prim.ListConstruct %arg1, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0, %1, %2 : !torch.list<int>, !torch.list<int>, !torch.list<int>
  }
  func.func @list_predicates(%arg0: !torch.int, %arg1: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    return %true, %true, %false, %true, %false : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @identity_views(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[4],f32>, %arg2: !torch.list<int>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
    return %arg0, %arg1, %arg0, %arg0 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  }
  func.func @view_not_identity(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>) -> !torch.vtensor<[2,3],f32> {
    %0 = torch.aten.view %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
    return %0 : !torch.vtensor<[2,3],f32>
  }
  func.func @identity_copies(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.tensor<[2,3],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
    %none = torch.constant.none
    %0 = torch.aten.clone %arg1, %none : !torch.tensor<[2,3],f32>, !torch.none -> !torch.tensor<[2,3],f32>
    return %arg0, %arg0, %0, %arg0, %arg0 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
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
    return %arg0 : !torch.vtensor<[2,3],f32>
  }
  func.func @broadcast_slice_transpose(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
    return %arg0, %arg0, %arg0 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  }
  func.func @cat(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[0],f32>, %arg2: !torch.vtensor<[2,0],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>) {
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
    %1 = torch.aten.cat %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,6],f32>
    return %arg0, %1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>
  }
  func.func @where_self(%arg0: !torch.vtensor<[2],i1>, %arg1: !torch.vtensor<[2],f32>, %arg2: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    return %arg1, %arg2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
  func.func @min_max_other(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    %0 = torch.aten.minimum %arg0, %arg1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %1 = torch.aten.maximum %arg0, %arg1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
  func.func @is_floating_point(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>) -> (!torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    return %true, %false : !torch.bool, !torch.bool
  }
  func.func @int_tensor(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
    %int2 = torch.constant.int 2
    %int7 = torch.constant.int 7
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    return %int7, %arg0, %int2 : !torch.int, !torch.int, !torch.int
  }
  func.func @float_tensor(%arg0: !torch.float) -> (!torch.float, !torch.float) {
    %float1.500000e00 = torch.constant.float 1.500000e+00
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.float -> !torch.vtensor<[],f64>
    return %arg0, %float1.500000e00 : !torch.float, !torch.float
  }
  func.func @implicit(%arg0: !torch.int) -> (!torch.int, !torch.number, !torch.number) {
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    %1 = torch.derefine %arg0 : !torch.int to !torch.number
    %2 = torch.derefine %float2.000000e00 : !torch.float to !torch.number
    return %arg0, %1, %2 : !torch.int, !torch.number, !torch.number
  }
  func.func @view_of(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
    return %arg0 : !torch.vtensor<[2],f32>
  }
}

