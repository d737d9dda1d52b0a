module {
  func.func @add_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
    %int5 = torch.constant.int 5
    return %int5, %arg0, %arg0 : !torch.int, !torch.int, !torch.int
  }
  func.func @sub_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
    %int2 = torch.constant.int 2
    %int-5 = torch.constant.int -5
    %int0 = torch.constant.int 0
    %0 = torch.aten.sub.int %arg0, %int2 : !torch.int, !torch.int -> !torch.int
    return %int-5, %int0, %0 : !torch.int, !torch.int, !torch.int
  }
  func.func @mul_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
    %int20 = torch.constant.int 20
    %int0 = torch.constant.int 0
    return %int20, %arg0, %arg0, %int0 : !torch.int, !torch.int, !torch.int, !torch.int
  }
  func.func @mul_int_of_mul_int(%arg0: !torch.int) -> !torch.int {
    %int12 = torch.constant.int 12
    %0 = torch.aten.mul.int %arg0, %int12 : !torch.int, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @floordiv_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
    %int2 = torch.constant.int 2
    %int-4 = torch.constant.int -4
    %int3 = torch.constant.int 3
    %0 = torch.aten.floordiv.int %arg0, %int2 : !torch.int, !torch.int -> !torch.int
    return %int-4, %int3, %0 : !torch.int, !torch.int, !torch.int
  }
  func.func @floordiv_int_of_mul_int(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @remainder_int() -> (!torch.int, !torch.int) {
    %int-1 = torch.constant.int -1
    %int3 = torch.constant.int 3
    return %int-1, %int3 : !torch.int, !torch.int
  }
  func.func @neg_int(%arg0: !torch.int) -> (!torch.int, !torch.int) {
    %int-5 = torch.constant.int -5
    %0 = torch.aten.neg.int %arg0 : !torch.int -> !torch.int
    return %int-5, %0 : !torch.int, !torch.int
  }
  func.func @div_int() -> !torch.float {
    %float3.500000e00 = torch.constant.float 3.500000e+00
    return %float3.500000e00 : !torch.float
  }
  func.func @sqrt_int() -> !torch.float {
    %float3.000000e00 = torch.constant.float 3.000000e+00
    return %float3.000000e00 : !torch.float
  }
  func.func @range_length() -> (!torch.int, !torch.int) {
    %int0 = torch.constant.int 0
    %int10 = torch.constant.int 10
    %int-1 = torch.constant.int -1
    %int4 = torch.constant.int 4
    %0 = torch.aten.__range_length %int10, %int0, %int-1 : !torch.int, !torch.int, !torch.int -> !torch.int
    return %int4, %0 : !torch.int, !torch.int
  }
  func.func @derive_index() -> !torch.int {
    %int11 = torch.constant.int 11
    return %int11 : !torch.int
  }
  func.func @float_arith() -> (!torch.float, !torch.float, !torch.float) {
    %float4.000000e00 = torch.constant.float 4.000000e+00
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %float3.750000e00 = torch.constant.float 3.750000e+00
    return %float4.000000e00, %float-1.000000e00, %float3.750000e00 : !torch.float, !torch.float, !torch.float
  }
  func.func @div_float(%arg0: !torch.float) -> (!torch.float, !torch.float, !torch.float) {
    %float4.000000e00 = torch.constant.float 4.000000e+00
    %float7.500000e-01 = torch.constant.float 7.500000e-01
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %0 = torch.aten.div.float %arg0, %float4.000000e00 : !torch.float, !torch.float -> !torch.float
    return %float7.500000e-01, %float0.000000e00, %0 : !torch.float, !torch.float, !torch.float
  }
  func.func @mixed_arith() -> (!torch.float, !torch.float, !torch.float, !torch.float) {
    %float3.500000e00 = torch.constant.float 3.500000e+00
    %float3.000000e00 = torch.constant.float 3.000000e+00
    %float2.828430e00 = torch.constant.float 2.8284271247461903
    return %float3.500000e00, %float3.000000e00, %float3.000000e00, %float2.828430e00 : !torch.float, !torch.float, !torch.float, !torch.float
  }
  func.func @scalar_generic() -> (!torch.number, !torch.number, !torch.number, !torch.float) {
    %int6 = torch.constant.int 6
    %float1.500000e00 = torch.constant.float 1.500000e+00
    %int5 = torch.constant.int 5
    %0 = torch.derefine %int5 : !torch.int to !torch.number
    %1 = torch.derefine %float1.500000e00 : !torch.float to !torch.number
    %2 = torch.derefine %int6 : !torch.int to !torch.number
    return %0, %1, %2, %float1.500000e00 : !torch.number, !torch.number, !torch.number, !torch.float
  }
  func.func @neg_ceil_float() -> (!torch.float, !torch.int, !torch.int) {
    %float-2.500000e00 = torch.constant.float -2.500000e+00
    %int3 = torch.constant.int 3
    %int-2 = torch.constant.int -2
    return %float-2.500000e00, %int3, %int-2 : !torch.float, !torch.int, !torch.int
  }
  func.func @cmp_int_constants() -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    return %false, %true, %true, %false, %false, %true : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @cmp_int_same(%arg0: !torch.int) -> (!torch.bool, !torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    return %true, %false, %true : !torch.bool, !torch.bool, !torch.bool
  }
  func.func @cmp_size_int(%arg0: !torch.vtensor<[?,3],f32>) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
    %1 = torch.aten.eq.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
    return %true, %false, %false, %false, %1 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @cmp_float(%arg0: !torch.float) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %0 = torch.aten.lt.float %arg0, %float1.000000e00 : !torch.float, !torch.float -> !torch.bool
    return %false, %true, %false, %true, %0 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @cmp_bool(%arg0: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    %0 = torch.aten.ne.bool %arg0, %true : !torch.bool, !torch.bool -> !torch.bool
    return %false, %true, %true, %0 : !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @cmp_str(%arg0: !torch.str) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.int) {
    %int3 = torch.constant.int 3
    %str = torch.constant.str "abc"
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %0 = torch.aten.ne.str %arg0, %str : !torch.str, !torch.str -> !torch.bool
    return %false, %true, %true, %0, %int3 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.int
  }
  func.func @logic(%arg0: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    %0 = torch.aten.__and__.bool %arg0, %true : !torch.bool, !torch.bool -> !torch.bool
    return %false, %true, %arg0, %arg0, %0 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @is_isnot(%arg0: !torch.int, %arg1: !torch.optional<int>) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %none = torch.constant.none
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    %0 = torch.aten.__is__ %arg1, %none : !torch.optional<int>, !torch.none -> !torch.bool
    return %true, %false, %false, %true, %0 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @casts() -> (!torch.float, !torch.int, !torch.int, !torch.int, !torch.bool, !torch.bool, !torch.bool) {
    %float3.000000e00 = torch.constant.float 3.000000e+00
    %int-2 = torch.constant.int -2
    %int1 = torch.constant.int 1
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    return %float3.000000e00, %int-2, %int-2, %int1, %false, %true, %false : !torch.float, !torch.int, !torch.int, !torch.int, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @identity_casts(%arg0: !torch.float, %arg1: !torch.int) -> (!torch.float, !torch.int) {
    return %arg0, %arg1 : !torch.float, !torch.int
  }
}

