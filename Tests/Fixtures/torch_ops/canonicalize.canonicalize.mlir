module {
  func.func @list_unpack(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor) {
    %0 = torch.tensor_static_info_cast %arg1 : !torch.vtensor<[3],f32> to !torch.vtensor
    return %arg0, %0 : !torch.vtensor<[2],f32>, !torch.vtensor
  }
  func.func @list_unpack_count_mismatch(%arg0: !torch.int) -> !torch.int {
    %0 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
    %1:3 = torch.prim.ListUnpack %0 : !torch.list<int> -> !torch.int, !torch.int, !torch.int
    return %1#2 : !torch.int
  }
  func.func @static_info_cast_chain(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
    return %arg0 : !torch.vtensor<[2,3],f32>
  }
  func.func @static_info_cast_refines_users(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor> {
    %0 = torch.prim.ListConstruct %arg0 : (!torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
    return %0 : !torch.list<vtensor>
  }
  func.func @derefine_refines_users(%arg0: !torch.int) -> !torch.list<optional<int>> {
    %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<optional<int>>
    return %0 : !torch.list<optional<int>>
  }
  func.func @derefine_of_unchecked_cast(%arg0: !torch.optional<int>) -> !torch.optional<int> {
    %0 = torch.prim.unchecked_cast %arg0 : !torch.optional<int> -> !torch.int
    return %arg0 : !torch.optional<int>
  }
  func.func @unchecked_cast_of_derefine(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @constant_number() -> (!torch.number, !torch.number) {
    %float2.500000e00 = torch.constant.float 2.500000e+00
    %int3 = torch.constant.int 3
    %0 = torch.derefine %int3 : !torch.int to !torch.number
    %1 = torch.derefine %float2.500000e00 : !torch.float to !torch.number
    return %0, %1 : !torch.number, !torch.number
  }
  func.func @constants_dedup() -> (!torch.int, !torch.int, !torch.float, !torch.float, !torch.str, !torch.str, !torch.none, !torch.none) {
    %int7 = torch.constant.int 7
    %float1.500000e00 = torch.constant.float 1.500000e+00
    %str = torch.constant.str "s"
    %none = torch.constant.none
    return %int7, %int7, %float1.500000e00, %float1.500000e00, %str, %str, %none, %none : !torch.int, !torch.int, !torch.float, !torch.float, !torch.str, !torch.str, !torch.none, !torch.none
  }
  func.func @if_constant_true(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @if_constant_false(%arg0: !torch.int) -> !torch.int {
    %int0 = torch.constant.int 0
    return %int0 : !torch.int
  }
  func.func @if_same_yields(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
    return %arg1 : !torch.int
  }
  func.func @if_dead_results(%arg0: !torch.bool, %arg1: !torch.int, %arg2: !torch.int) -> !torch.int {
    %none = torch.constant.none
    %str = torch.constant.str "x"
    %0 = torch.prim.If %arg0 -> (!torch.int) {
      torch.prim.RaiseException %str, %none : !torch.str, !torch.none
      torch.prim.If.yield %arg2 : !torch.int
    } else {
      torch.prim.If.yield %arg1 : !torch.int
    }
    return %0 : !torch.int
  }
  func.func @runtime_assert() {
    %false = torch.constant.bool false
    torch.runtime.assert %false, "kept"
    return
  }
  func.func @tuples(%arg0: !torch.int, %arg1: !torch.vtensor<[2],f32>) -> (!torch.int, !torch.vtensor, !torch.optional<int>, !torch.vtensor<[2],f32>) {
    %0 = torch.tensor_static_info_cast %arg1 : !torch.vtensor<[2],f32> to !torch.vtensor
    %1 = torch.derefine %arg0 : !torch.int to !torch.optional<int>
    return %arg0, %0, %1, %arg1 : !torch.int, !torch.vtensor, !torch.optional<int>, !torch.vtensor<[2],f32>
  }
  func.func @prim_misc(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.vtensor<[2],si64>) -> (!torch.Device, !torch.int, !torch.int) {
    %int4 = torch.constant.int 4
    %int6 = torch.constant.int 6
    %cpu = torch.constant.device "cpu"
    return %cpu, %int6, %int4 : !torch.Device, !torch.int, !torch.int
  }
  func.func @num_to_tensor_int() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<5> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @num_to_tensor_float() -> !torch.vtensor<[],f64> {
    %0 = torch.vtensor.literal(dense<2.500000e+00> : tensor<f64>) : !torch.vtensor<[],f64>
    return %0 : !torch.vtensor<[],f64>
  }
  func.func @num_to_tensor_f32() -> !torch.vtensor<[2],f32> {
    %0 = torch.vtensor.literal(dense<2.500000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    return %0 : !torch.vtensor<[2],f32>
  }
  func.func @vtensor_literal_dedup() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    %0 = torch.vtensor.literal(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    return %0, %0 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
  func.func @derefine_into_extra_op(%arg0: !torch.vtensor<[2],si8>, %arg1: !torch.float, %arg2: !torch.int) -> !torch.vtensor<[2],f32> {
    %none = torch.constant.none
    %0 = torch.quantized_decomposed.dequantize_per_tensor %arg0, %arg1, %arg2, %arg2, %arg2, %arg2, %none : !torch.vtensor<[2],si8>, !torch.float, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none -> !torch.vtensor<[2],f32>
    return %0 : !torch.vtensor<[2],f32>
  }
  func.func @num_to_tensor_large() -> !torch.vtensor<[1000000,1000],si64> {
    %0 = torch.vtensor.literal(dense<5> : tensor<1000000x1000xsi64>) : !torch.vtensor<[1000000,1000],si64>
    return %0 : !torch.vtensor<[1000000,1000],si64>
  }
  func.func @num_to_tensor_empty() -> !torch.vtensor<[0],f32> {
    %0 = torch.vtensor.literal(dense<2.500000e+00> : tensor<0xf32>) : !torch.vtensor<[0],f32>
    return %0 : !torch.vtensor<[0],f32>
  }
  func.func @num_to_tensor_order() -> (!torch.vtensor<[],si64>, !torch.vtensor<[],f64>, !torch.vtensor<[],f32>) {
    %0 = torch.vtensor.literal(dense<5> : tensor<si64>) : !torch.vtensor<[],si64>
    %1 = torch.vtensor.literal(dense<2.500000e+00> : tensor<f64>) : !torch.vtensor<[],f64>
    %2 = torch.vtensor.literal(dense<2.500000e+00> : tensor<f32>) : !torch.vtensor<[],f32>
    return %0, %1, %2 : !torch.vtensor<[],si64>, !torch.vtensor<[],f64>, !torch.vtensor<[],f32>
  }
  func.func @prim_min_max(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
    %int-2 = torch.constant.int -2
    %int3 = torch.constant.int 3
    return %int-2, %arg0, %int-2, %int3 : !torch.int, !torch.int, !torch.int, !torch.int
  }
}

