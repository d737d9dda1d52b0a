// RUN: --canonicalize
// Folders of the generated aten ops on Python scalars: int, float and bool
// arithmetic, comparisons, logic and casts.
func.func @add_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %0 = torch.aten.add.int %int2, %int3 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.add.int %arg0, %int0 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.add.int %int0, %arg0 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

func.func @sub_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %int2 = torch.constant.int 2
  %int7 = torch.constant.int 7
  %0 = torch.aten.sub.int %int2, %int7 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.sub.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.sub.int %arg0, %int2 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

func.func @mul_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int4 = torch.constant.int 4
  %int5 = torch.constant.int 5
  %0 = torch.aten.mul.int %int4, %int5 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %arg0, %int1 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.mul.int %int1, %arg0 : !torch.int, !torch.int -> !torch.int
  %3 = torch.aten.mul.int %arg0, %int0 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %2, %3 : !torch.int, !torch.int, !torch.int, !torch.int
}

func.func @mul_int_of_mul_int(%arg0: !torch.int) -> !torch.int {
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %0 = torch.aten.mul.int %arg0, %int3 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %int4, %0 : !torch.int, !torch.int -> !torch.int
  return %1 : !torch.int
}

func.func @floordiv_int(%arg0: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %int-7 = torch.constant.int -7
  %int2 = torch.constant.int 2
  %int7 = torch.constant.int 7
  %0 = torch.aten.floordiv.int %int-7, %int2 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.floordiv.int %int7, %int2 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.floordiv.int %arg0, %int2 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

func.func @floordiv_int_of_mul_int(%arg0: !torch.int) -> !torch.int {
  %int6 = torch.constant.int 6
  %0 = torch.aten.mul.int %arg0, %int6 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.floordiv.int %0, %int6 : !torch.int, !torch.int -> !torch.int
  return %1 : !torch.int
}

func.func @remainder_int() -> (!torch.int, !torch.int) {
  %int-7 = torch.constant.int -7
  %int3 = torch.constant.int 3
  %0 = torch.aten.remainder.int %int-7, %int3 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.remainder.int %int3, %int-7 : !torch.int, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

func.func @neg_int(%arg0: !torch.int) -> (!torch.int, !torch.int) {
  %int5 = torch.constant.int 5
  %0 = torch.aten.neg.int %int5 : !torch.int -> !torch.int
  %1 = torch.aten.neg.int %arg0 : !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

func.func @div_int() -> !torch.float {
  %int7 = torch.constant.int 7
  %int2 = torch.constant.int 2
  %0 = torch.aten.div.int %int7, %int2 : !torch.int, !torch.int -> !torch.float
  return %0 : !torch.float
}

func.func @sqrt_int() -> !torch.float {
  %int9 = torch.constant.int 9
  %0 = torch.aten.sqrt.int %int9 : !torch.int -> !torch.float
  return %0 : !torch.float
}

func.func @range_length() -> (!torch.int, !torch.int) {
  %int0 = torch.constant.int 0
  %int10 = torch.constant.int 10
  %int3 = torch.constant.int 3
  %int-1 = torch.constant.int -1
  %0 = torch.aten.__range_length %int0, %int10, %int3 : !torch.int, !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.__range_length %int10, %int0, %int-1 : !torch.int, !torch.int, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

func.func @derive_index() -> !torch.int {
  %int2 = torch.constant.int 2
  %int5 = torch.constant.int 5
  %int3 = torch.constant.int 3
  %0 = torch.aten.__derive_index %int2, %int5, %int3 : !torch.int, !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

func.func @float_arith() -> (!torch.float, !torch.float, !torch.float) {
  %float1.5 = torch.constant.float 1.5
  %float2.5 = torch.constant.float 2.5
  %0 = torch.aten.add.float %float1.5, %float2.5 : !torch.float, !torch.float -> !torch.float
  %1 = torch.aten.sub.float %float1.5, %float2.5 : !torch.float, !torch.float -> !torch.float
  %2 = torch.aten.mul.float %float1.5, %float2.5 : !torch.float, !torch.float -> !torch.float
  return %0, %1, %2 : !torch.float, !torch.float, !torch.float
}

func.func @div_float(%arg0: !torch.float) -> (!torch.float, !torch.float, !torch.float) {
  %float0 = torch.constant.float 0.0
  %float3 = torch.constant.float 3.0
  %float4 = torch.constant.float 4.0
  %0 = torch.aten.div.float %float3, %float4 : !torch.float, !torch.float -> !torch.float
  %1 = torch.aten.div.float %float0, %arg0 : !torch.float, !torch.float -> !torch.float
  %2 = torch.aten.div.float %arg0, %float4 : !torch.float, !torch.float -> !torch.float
  return %0, %1, %2 : !torch.float, !torch.float, !torch.float
}

func.func @mixed_arith() -> (!torch.float, !torch.float, !torch.float, !torch.float) {
  %float1.5 = torch.constant.float 1.5
  %int2 = torch.constant.int 2
  %0 = torch.aten.add.float_int %float1.5, %int2 : !torch.float, !torch.int -> !torch.float
  %1 = torch.aten.mul.float_int %float1.5, %int2 : !torch.float, !torch.int -> !torch.float
  %2 = torch.aten.mul.int_float %int2, %float1.5 : !torch.int, !torch.float -> !torch.float
  %3 = torch.aten.pow.int_float %int2, %float1.5 : !torch.int, !torch.float -> !torch.float
  return %0, %1, %2, %3 : !torch.float, !torch.float, !torch.float, !torch.float
}

func.func @scalar_generic() -> (!torch.number, !torch.number, !torch.number, !torch.float) {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %float0.5 = torch.constant.float 5.000000e-01
  %0 = torch.aten.add %int2, %int3 : !torch.int, !torch.int -> !torch.number
  %1 = torch.aten.sub %int2, %float0.5 : !torch.int, !torch.float -> !torch.number
  %2 = torch.aten.mul %int2, %int3 : !torch.int, !torch.int -> !torch.number
  %3 = torch.aten.div %int3, %int2 : !torch.int, !torch.int -> !torch.float
  return %0, %1, %2, %3 : !torch.number, !torch.number, !torch.number, !torch.float
}

func.func @neg_ceil_float() -> (!torch.float, !torch.int, !torch.int) {
  %float2.5 = torch.constant.float 2.5
  %float-2.5 = torch.constant.float -2.5
  %0 = torch.aten.neg.float %float2.5 : !torch.float -> !torch.float
  %1 = torch.aten.ceil.float %float2.5 : !torch.float -> !torch.int
  %2 = torch.aten.ceil.Scalar %float-2.5 : !torch.float -> !torch.int
  return %0, %1, %2 : !torch.float, !torch.int, !torch.int
}

func.func @cmp_int_constants() -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %0 = torch.aten.eq.int %int2, %int3 : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.ne.int %int2, %int3 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.lt.int %int2, %int3 : !torch.int, !torch.int -> !torch.bool
  %3 = torch.aten.le.int %int3, %int2 : !torch.int, !torch.int -> !torch.bool
  %4 = torch.aten.gt.int %int2, %int3 : !torch.int, !torch.int -> !torch.bool
  %5 = torch.aten.ge.int %int3, %int3 : !torch.int, !torch.int -> !torch.bool
  return %0, %1, %2, %3, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @cmp_int_same(%arg0: !torch.int) -> (!torch.bool, !torch.bool, !torch.bool) {
  %0 = torch.aten.eq.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.lt.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.ge.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.bool
  return %0, %1, %2 : !torch.bool, !torch.bool, !torch.bool
}

func.func @cmp_size_int(%arg0: !torch.vtensor<[?,3],f32>) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
  %1 = torch.aten.ge.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.lt.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
  %3 = torch.aten.eq.int %0, %int-1 : !torch.int, !torch.int -> !torch.bool
  %4 = torch.aten.gt.int %int0, %0 : !torch.int, !torch.int -> !torch.bool
  %5 = torch.aten.eq.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
  return %1, %2, %3, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @cmp_float(%arg0: !torch.float) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %float1 = torch.constant.float 1.0
  %float2 = torch.constant.float 2.0
  %0 = torch.aten.eq.float %float1, %float2 : !torch.float, !torch.float -> !torch.bool
  %1 = torch.aten.lt.float %float1, %float2 : !torch.float, !torch.float -> !torch.bool
  %2 = torch.aten.gt.float %float1, %float2 : !torch.float, !torch.float -> !torch.bool
  %3 = torch.aten.ge.float %arg0, %arg0 : !torch.float, !torch.float -> !torch.bool
  %4 = torch.aten.lt.float %arg0, %float1 : !torch.float, !torch.float -> !torch.bool
  return %0, %1, %2, %3, %4 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @cmp_bool(%arg0: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.aten.eq.bool %true, %false : !torch.bool, !torch.bool -> !torch.bool
  %1 = torch.aten.ne.bool %true, %false : !torch.bool, !torch.bool -> !torch.bool
  %2 = torch.aten.eq.bool %arg0, %arg0 : !torch.bool, !torch.bool -> !torch.bool
  %3 = torch.aten.ne.bool %arg0, %true : !torch.bool, !torch.bool -> !torch.bool
  return %0, %1, %2, %3 : !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @cmp_str(%arg0: !torch.str) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.int) {
  %str = torch.constant.str "abc"
  %str_0 = torch.constant.str "abd"
  %0 = torch.aten.eq.str %str, %str_0 : !torch.str, !torch.str -> !torch.bool
  %1 = torch.aten.ne.str %str, %str_0 : !torch.str, !torch.str -> !torch.bool
  %2 = torch.aten.eq.str %arg0, %arg0 : !torch.str, !torch.str -> !torch.bool
  %3 = torch.aten.ne.str %arg0, %str : !torch.str, !torch.str -> !torch.bool
  %4 = torch.aten.len.str %str : !torch.str -> !torch.int
  return %0, %1, %2, %3, %4 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.int
}

func.func @logic(%arg0: !torch.bool) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.aten.__not__ %true : !torch.bool -> !torch.bool
  %1 = torch.aten.__or__.bool %arg0, %true : !torch.bool, !torch.bool -> !torch.bool
  %2 = torch.aten.__or__.bool %false, %arg0 : !torch.bool, !torch.bool -> !torch.bool
  %3 = torch.aten.__or__.bool %arg0, %false : !torch.bool, !torch.bool -> !torch.bool
  %4 = torch.aten.__and__.bool %arg0, %true : !torch.bool, !torch.bool -> !torch.bool
  return %0, %1, %2, %3, %4 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @is_isnot(%arg0: !torch.int, %arg1: !torch.optional<int>) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %none = torch.constant.none
  %0 = torch.aten.__is__ %none, %none : !torch.none, !torch.none -> !torch.bool
  %1 = torch.aten.__isnot__ %none, %none : !torch.none, !torch.none -> !torch.bool
  %2 = torch.aten.__is__ %arg0, %none : !torch.int, !torch.none -> !torch.bool
  %3 = torch.derefine %arg0 : !torch.int to !torch.optional<int>
  %4 = torch.aten.__isnot__ %3, %none : !torch.optional<int>, !torch.none -> !torch.bool
  %5 = torch.aten.__is__ %arg1, %none : !torch.optional<int>, !torch.none -> !torch.bool
  return %0, %1, %2, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

func.func @casts() -> (!torch.float, !torch.int, !torch.int, !torch.int, !torch.bool, !torch.bool, !torch.bool) {
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %float-2.7 = torch.constant.float -2.7
  %float0 = torch.constant.float 0.0
  %true = torch.constant.bool true
  %0 = torch.aten.Float.Scalar %int3 : !torch.int -> !torch.float
  %1 = torch.aten.Int.float %float-2.7 : !torch.float -> !torch.int
  %2 = torch.aten.Int.Scalar %float-2.7 : !torch.float -> !torch.int
  %3 = torch.aten.Int.bool %true : !torch.bool -> !torch.int
  %4 = torch.aten.Bool.float %float0 : !torch.float -> !torch.bool
  %5 = torch.aten.Bool.int %int3 : !torch.int -> !torch.bool
  %6 = torch.aten.Bool.int %int0 : !torch.int -> !torch.bool
  return %0, %1, %2, %3, %4, %5, %6 : !torch.float, !torch.int, !torch.int, !torch.int, !torch.bool, !torch.bool, !torch.bool
}

func.func @identity_casts(%arg0: !torch.float, %arg1: !torch.int) -> (!torch.float, !torch.int) {
  %0 = torch.aten.Float.Scalar %arg0 : !torch.float -> !torch.float
  %1 = torch.aten.Int.Scalar %arg1 : !torch.int -> !torch.int
  return %0, %1 : !torch.float, !torch.int
}
