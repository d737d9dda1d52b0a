// RUN: --canonicalize
// Canonicalizations and folders of the hand-written torch ops.
func.func @list_unpack(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor) {
  %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>) -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[2],f32>, !torch.vtensor
  return %1#0, %1#1 : !torch.vtensor<[2],f32>, !torch.vtensor
}

func.func @list_unpack_count_mismatch(%arg0: !torch.int) -> !torch.int {
  %0 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
  %1:3 = torch.prim.ListUnpack %0 : !torch.list<int> -> !torch.int, !torch.int, !torch.int
  return %1#2 : !torch.int
}

func.func @static_info_cast_chain(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[2,3],f32> to !torch.vtensor
  %1 = torch.tensor_static_info_cast %0 : !torch.vtensor to !torch.vtensor<[2,3],f32>
  return %1 : !torch.vtensor<[2,3],f32>
}

func.func @static_info_cast_refines_users(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor> {
  %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[2,3],f32> to !torch.vtensor
  %1 = torch.prim.ListConstruct %0 : (!torch.vtensor) -> !torch.list<vtensor>
  return %1 : !torch.list<vtensor>
}

func.func @derefine_refines_users(%arg0: !torch.int) -> !torch.list<optional<int>> {
  %0 = torch.derefine %arg0 : !torch.int to !torch.optional<int>
  %1 = torch.prim.ListConstruct %0 : (!torch.optional<int>) -> !torch.list<optional<int>>
  return %1 : !torch.list<optional<int>>
}

func.func @derefine_of_unchecked_cast(%arg0: !torch.optional<int>) -> !torch.optional<int> {
  %0 = torch.prim.unchecked_cast %arg0 : !torch.optional<int> -> !torch.int
  %1 = torch.derefine %0 : !torch.int to !torch.optional<int>
  return %1 : !torch.optional<int>
}

func.func @unchecked_cast_of_derefine(%arg0: !torch.int) -> !torch.int {
  %0 = torch.derefine %arg0 : !torch.int to !torch.optional<int>
  %1 = torch.prim.unchecked_cast %0 : !torch.optional<int> -> !torch.int
  return %1 : !torch.int
}

func.func @constant_number() -> (!torch.number, !torch.number) {
  %0 = "torch.constant.number"() {value = 3 : i64} : () -> !torch.number
  %1 = "torch.constant.number"() {value = 2.5 : f64} : () -> !torch.number
  return %0, %1 : !torch.number, !torch.number
}

func.func @constants_dedup() -> (!torch.int, !torch.int, !torch.float, !torch.float, !torch.str, !torch.str, !torch.none, !torch.none) {
  %0 = torch.constant.int 7
  %1 = torch.constant.int 7
  %2 = torch.constant.float 1.5
  %3 = torch.constant.float 1.5
  %4 = torch.constant.str "s"
  %5 = torch.constant.str "s"
  %6 = torch.constant.none
  %7 = torch.constant.none
  %8 = torch.constant.bool true
  return %0, %1, %2, %3, %4, %5, %6, %7 : !torch.int, !torch.int, !torch.float, !torch.float, !torch.str, !torch.str, !torch.none, !torch.none
}

func.func @if_constant_true(%arg0: !torch.int) -> !torch.int {
  %true = torch.constant.bool true
  %0 = torch.prim.If %true -> (!torch.int) {
    torch.prim.If.yield %arg0 : !torch.int
  } else {
    %int0 = torch.constant.int 0
    torch.prim.If.yield %int0 : !torch.int
  }
  return %0 : !torch.int
}

func.func @if_constant_false(%arg0: !torch.int) -> !torch.int {
  %false = torch.constant.bool false
  %0 = torch.prim.If %false -> (!torch.int) {
    torch.prim.If.yield %arg0 : !torch.int
  } else {
    %int0 = torch.constant.int 0
    torch.prim.If.yield %int0 : !torch.int
  }
  return %0 : !torch.int
}

func.func @if_same_yields(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  %0 = torch.prim.If %arg0 -> (!torch.int) {
    torch.prim.If.yield %arg1 : !torch.int
  } else {
    torch.prim.If.yield %arg1 : !torch.int
  }
  return %0 : !torch.int
}

func.func @if_dead_results(%arg0: !torch.bool, %arg1: !torch.int, %arg2: !torch.int) -> !torch.int {
  %0:2 = torch.prim.If %arg0 -> (!torch.int, !torch.int) {
    %str = torch.constant.str "x"
    %none = torch.constant.none
    torch.prim.RaiseException %str, %none : !torch.str, !torch.none
    torch.prim.If.yield %arg1, %arg2 : !torch.int, !torch.int
  } else {
    torch.prim.If.yield %arg2, %arg1 : !torch.int, !torch.int
  }
  return %0#1 : !torch.int
}

func.func @runtime_assert() {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  torch.runtime.assert %true, "always holds"
  torch.runtime.assert %false, "kept"
  return
}

func.func @tuples(%arg0: !torch.int, %arg1: !torch.vtensor<[2],f32>) -> (!torch.int, !torch.vtensor, !torch.optional<int>, !torch.vtensor<[2],f32>) {
  %0 = torch.prim.TupleConstruct %arg0, %arg1 : !torch.int, !torch.vtensor<[2],f32> -> !torch.tuple<int, vtensor<[2],f32>>
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %1 = torch.prim.TupleIndex %0, %int0 : !torch.tuple<int, vtensor<[2],f32>>, !torch.int -> !torch.int
  %2 = torch.prim.TupleIndex %0, %int1 : !torch.tuple<int, vtensor<[2],f32>>, !torch.int -> !torch.vtensor
  %3:2 = torch.prim.TupleUnpack %0 : !torch.tuple<int, vtensor<[2],f32>> -> !torch.optional<int>, !torch.vtensor<[2],f32>
  return %1, %2, %3#0, %3#1 : !torch.int, !torch.vtensor, !torch.optional<int>, !torch.vtensor<[2],f32>
}

func.func @prim_misc(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>) -> (!torch.Device, !torch.int, !torch.int) {
  %0 = torch.prim.Uninitialized : !torch.vtensor
  %1 = torch.prim.device %arg0 : !torch.vtensor<[2],f32> -> !torch.Device
  %2 = torch.prim.dtype %arg0 : !torch.vtensor<[2],f32> -> !torch.int
  %3 = torch.prim.dtype %arg1 : !torch.vtensor<[2],si64> -> !torch.int
  return %1, %2, %3 : !torch.Device, !torch.int, !torch.int
}

func.func @num_to_tensor_int() -> !torch.vtensor<[],si64> {
  %int5 = torch.constant.int 5
  %0 = torch.prim.NumToTensor.Scalar %int5 : !torch.int -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}

func.func @num_to_tensor_float() -> !torch.vtensor<[],f64> {
  %float = torch.constant.float 2.5
  %0 = torch.prim.NumToTensor.Scalar %float : !torch.float -> !torch.vtensor<[],f64>
  return %0 : !torch.vtensor<[],f64>
}

func.func @num_to_tensor_f32() -> !torch.vtensor<[2],f32> {
  %float = torch.constant.float 2.5
  %0 = torch.prim.NumToTensor.Scalar %float : !torch.float -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}

func.func @vtensor_literal_dedup() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

func.func @derefine_into_extra_op(%arg0: !torch.vtensor<[2],si8>, %arg1: !torch.float, %arg2: !torch.int) -> !torch.vtensor<[2],f32> {
  %none = torch.constant.none
  %0 = torch.derefine %none : !torch.none to !torch.optional<int>
  %1 = torch.quantized_decomposed.dequantize_per_tensor %arg0, %arg1, %arg2, %arg2, %arg2, %arg2, %0 : !torch.vtensor<[2],si8>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int, !torch.optional<int> -> !torch.vtensor<[2],f32>
  return %1 : !torch.vtensor<[2],f32>
}

func.func @num_to_tensor_large() -> !torch.vtensor<[1000000,1000],si64> {
  %int5 = torch.constant.int 5
  %0 = torch.prim.NumToTensor.Scalar %int5 : !torch.int -> !torch.vtensor<[1000000,1000],si64>
  return %0 : !torch.vtensor<[1000000,1000],si64>
}

func.func @num_to_tensor_empty() -> !torch.vtensor<[0],f32> {
  %float = torch.constant.float 2.5
  %0 = torch.prim.NumToTensor.Scalar %float : !torch.float -> !torch.vtensor<[0],f32>
  return %0 : !torch.vtensor<[0],f32>
}

func.func @num_to_tensor_order() -> (!torch.vtensor<[],si64>, !torch.vtensor<[],f64>, !torch.vtensor<[],f32>) {
  %int5 = torch.constant.int 5
  %float = torch.constant.float 2.5
  %0 = torch.prim.NumToTensor.Scalar %int5 : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.prim.NumToTensor.Scalar %float : !torch.float -> !torch.vtensor<[],f64>
  %2 = torch.prim.NumToTensor.Scalar %float : !torch.float -> !torch.vtensor<[],f32>
  return %0, %1, %2 : !torch.vtensor<[],si64>, !torch.vtensor<[],f64>, !torch.vtensor<[],f32>
}

func.func @prim_min_max(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
  %int3 = torch.constant.int 3
  %int-2 = torch.constant.int -2
  %0 = torch.prim.min.int %int3, %int-2 : !torch.int, !torch.int -> !torch.int
  %1 = torch.prim.max.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.int
  %2 = torch.prim.ListConstruct %int3, %int-2, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %3 = torch.prim.min.self_int %2 : !torch.list<int> -> !torch.int
  %4 = torch.prim.max.int %int3, %int-2 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %3, %4 : !torch.int, !torch.int, !torch.int, !torch.int
}
