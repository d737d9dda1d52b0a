module {
  func.func @torch.aten.__range_length$fold() -> (!torch.int, !torch.int, !torch.int, !torch.int) {
    %int3 = torch.constant.int 3
    %int1 = torch.constant.int 1
    %int-1 = torch.constant.int -1
    %int2 = torch.constant.int 2
    %0 = torch.aten.__range_length %int1, %int3, %int-1 : !torch.int, !torch.int, !torch.int -> !torch.int
    return %int2, %int2, %int1, %0 : !torch.int, !torch.int, !torch.int, !torch.int
  }
  func.func @torch.runtime.assert() {
    return
  }
  func.func @torch.aten.ones_item() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.aten.zeros_item() -> !torch.int {
    %int0 = torch.constant.int 0
    return %int0 : !torch.int
  }
  func.func @torch.aten.full_item() -> !torch.int {
    %int1337 = torch.constant.int 1337
    return %int1337 : !torch.int
  }
  func.func @torch.aten.is_floating_point$fold_true(%arg0: !torch.vtensor<[],f32>) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.is_floating_point$fold_false(%arg0: !torch.vtensor<[],si64>) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.__is__(%arg0: !torch.list<int>, %arg1: !torch.none) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.__is__$derefine_is_none(%arg0: !torch.list<int>, %arg1: !torch.none) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.__is__$none_is_none(%arg0: !torch.none, %arg1: !torch.none) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.__is__$is_none$derefine(%arg0: !torch.vtensor) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.__isnot__(%arg0: !torch.list<int>, %arg1: !torch.none) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.__isnot__$none_isnot_none(%arg0: !torch.none, %arg1: !torch.none) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.bool$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.bool$different_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.bool$same_operand(%arg0: !torch.bool) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.bool$different_operand(%arg0: !torch.bool) -> !torch.bool {
    %false = torch.constant.bool false
    %0 = torch.aten.eq.bool %arg0, %false : !torch.bool, !torch.bool -> !torch.bool
    return %0 : !torch.bool
  }
  func.func @torch.aten.ne.bool() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ne.bool$same_operand(%arg0: !torch.bool) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ne.bool$different_operand(%arg0: !torch.bool) -> !torch.bool {
    %false = torch.constant.bool false
    %0 = torch.aten.ne.bool %arg0, %false : !torch.bool, !torch.bool -> !torch.bool
    return %0 : !torch.bool
  }
  func.func @torch.aten.size$canonicalize_to_list(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.list<int> {
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.size$unknown_size(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.list<int> {
    %0 = torch.aten.size %arg0 : !torch.vtensor<[?,3],f32> -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.ne.int$same_operand(%arg0: !torch.int) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ne.int$same_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ne.int$different_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.int$different_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.int$same_operand(%arg0: !torch.int) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.int$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.int$of_size.int(%arg0: !torch.tensor) -> !torch.bool {
    %false = torch.constant.bool false
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.tensor, !torch.int -> !torch.int
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.int$of_size.int_lhs_constant(%arg0: !torch.tensor) -> !torch.bool {
    %false = torch.constant.bool false
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.tensor, !torch.int -> !torch.int
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.int$no_change_minus1(%arg0: !torch.int) -> !torch.bool {
    %int-1 = torch.constant.int -1
    %0 = torch.aten.eq.int %int-1, %arg0 : !torch.int, !torch.int -> !torch.bool
    return %0 : !torch.bool
  }
  func.func @torch.aten.lt.int$evaluate_to_true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.lt.int$same_operand(%arg0: !torch.int) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.lt.int$same_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.le.int$evaluate_to_true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.le.int$same_operand(%arg0: !torch.int) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.le.int$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.gt.int$evaluate_to_true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.gt.int$evaluate_to_false() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ge.int$evaluate_to_false() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ge.int$same_operand(%arg0: !torch.int) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ge.int$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.lt.float$evaluate_to_true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.lt.float$same_operand(%arg0: !torch.float) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.lt.float$same_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.gt.float$evaluate_to_true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.gt.float$evaluate_to_false() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @comparison_with_torch.aten.size.int(%arg0: !torch.vtensor<[?,2],unk>) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,2],unk>, !torch.int -> !torch.int
    %1 = torch.aten.ge.int %int0, %0 : !torch.int, !torch.int -> !torch.bool
    %2 = torch.aten.lt.int %int0, %0 : !torch.int, !torch.int -> !torch.bool
    %3 = torch.aten.eq.int %int0, %0 : !torch.int, !torch.int -> !torch.bool
    %4 = torch.aten.ne.int %int0, %0 : !torch.int, !torch.int -> !torch.bool
    %5 = torch.aten.gt.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
    %6 = torch.aten.le.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
    %7 = torch.aten.eq.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
    %8 = torch.aten.ne.int %0, %int0 : !torch.int, !torch.int -> !torch.bool
    return %true, %true, %false, %false, %1, %2, %3, %4, %5, %6, %7, %8 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
  }
  func.func @torch.aten.eq.float$different_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.float$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.str$different_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.str$same_operand(%arg0: !torch.str) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.str$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ne.str$different_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ne.str$same_operand(%arg0: !torch.str) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ne.str$same_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.len.str() -> !torch.int {
    %int7 = torch.constant.int 7
    return %int7 : !torch.int
  }
  func.func @torch.aten.len.str$empty() -> !torch.int {
    %int0 = torch.constant.int 0
    return %int0 : !torch.int
  }
  func.func @torch.aten.__contains__.str_list$false() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.__contains__.str_list$true() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.__not__() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.prim.max.int$identity(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @torch.prim.max.int$constant() -> !torch.int {
    %int3 = torch.constant.int 3
    return %int3 : !torch.int
  }
  func.func @torch.prim.min.int$identity(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @torch.prim.min.int$constant() -> !torch.int {
    %int-1 = torch.constant.int -1
    return %int-1 : !torch.int
  }
  func.func @torch.prim.min.self_int$basic() -> !torch.int {
    %int-1 = torch.constant.int -1
    return %int-1 : !torch.int
  }
  func.func @torch.prim.min.self_int$nofold$dynamic(%arg0: !torch.int) -> !torch.int {
    %int-1 = torch.constant.int -1
    %int0 = torch.constant.int 0
    %0 = torch.prim.ListConstruct %int-1, %int0, %arg0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.min.self_int %0 : !torch.list<int> -> !torch.int
    return %1 : !torch.int
  }
  func.func @torch.aten.len.t$of_size(%arg0: !torch.vtensor<*,f32>) -> !torch.int {
    %0 = torch.aten.dim %arg0 : !torch.vtensor<*,f32> -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.aten.dim$with_shape(%arg0: !torch.vtensor<[?,?,?],f32>) -> !torch.int {
    %int3 = torch.constant.int 3
    return %int3 : !torch.int
  }
  func.func @torch.aten.len.t$of_build_list(%arg0: !torch.int) -> !torch.int {
    %int4 = torch.constant.int 4
    return %int4 : !torch.int
  }
  func.func @torch.aten.len.t$no_fold_list_mutated() -> !torch.int {
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %1 = torch.aten.append.t %0, %int4 : !torch.list<int>, !torch.int -> !torch.list<int>
    %2 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
    return %2 : !torch.int
  }
  func.func @torch.aten.mul.left_t() -> !torch.list<int> {
    %int4 = torch.constant.int 4
    %int5 = torch.constant.int 5
    %0 = torch.prim.ListConstruct %int4, %int5, %int4, %int5 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.__getitem__.t() -> !torch.int {
    %int5 = torch.constant.int 5
    return %int5 : !torch.int
  }
  func.func @torch.aten.__getitem__.t$no_change_test0(%arg0: !torch.int) -> !torch.int {
    %int5 = torch.constant.int 5
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct %int4, %int5 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.__getitem__.t %0, %arg0 : !torch.list<int>, !torch.int -> !torch.int
    return %1 : !torch.int
  }
  func.func @torch.aten.__getitem__.t$no_change_test1(%arg0: !torch.list<int>) -> !torch.int {
    %int5 = torch.constant.int 5
    %0 = torch.aten.__getitem__.t %arg0, %int5 : !torch.list<int>, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.aten.__getitem__.t$getitem_of_size(%arg0: !torch.tensor, %arg1: !torch.int) -> !torch.int {
    %0 = torch.aten.size.int %arg0, %arg1 : !torch.tensor, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.aten.__getitem__.t$negative_index() -> !torch.int {
    %int8 = torch.constant.int 8
    return %int8 : !torch.int
  }
  func.func @torch.aten.__getitem__.t$invalid_index() -> !torch.int {
    %int7 = torch.constant.int 7
    %int8 = torch.constant.int 8
    %int-100 = torch.constant.int -100
    %0 = torch.prim.ListConstruct %int7, %int8 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.__getitem__.t %0, %int-100 : !torch.list<int>, !torch.int -> !torch.int
    return %1 : !torch.int
  }
  func.func @torch.aten.add.t$no_canonicalize_lhs_mutated() -> !torch.list<int> {
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %2 = torch.aten.append.t %0, %int4 : !torch.list<int>, !torch.int -> !torch.list<int>
    %3 = torch.aten.add.t %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.list<int>
    return %3 : !torch.list<int>
  }
  func.func @torch.aten.add.t$no_canonicalize_rhs_mutated() -> !torch.list<int> {
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %2 = torch.aten.append.t %1, %int4 : !torch.list<int>, !torch.int -> !torch.list<int>
    %3 = torch.aten.add.t %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.list<int>
    return %3 : !torch.list<int>
  }
  func.func @torch.aten.add.t$concat(%arg0: !torch.int, %arg1: !torch.int) -> !torch.list<int> {
    %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.add.t$concat_empty(%arg0: !torch.int) -> !torch.list<int> {
    %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$basic() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$none_start() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$none_end() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int0, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$start_exceed_range() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$end_exceed_range() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int0, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    return %0 : !torch.list<int>
  }
  func.func @torch.aten.slice.t$no_canonicalize_l_mutated() -> !torch.list<int> {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int-1 = torch.constant.int -1
    %0 = torch.prim.ListConstruct %int0, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.slice.t %0, %int0, %int-1, %int1 : !torch.list<int>, !torch.int, !torch.int, !torch.int -> !torch.list<int>
    %2 = torch.aten.append.t %0, %int-1 : !torch.list<int>, !torch.int -> !torch.list<int>
    return %1 : !torch.list<int>
  }
  func.func @torch.aten.eq.int_list$fold$literals_of_different_sizes(%arg0: !torch.int) -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.eq.int_list$fold$same_literal(%arg0: !torch.int) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.eq.int_list$no_fold$different_literals(%arg0: !torch.int, %arg1: !torch.int) -> !torch.bool {
    %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct %arg1 : (!torch.int) -> !torch.list<int>
    %2 = torch.aten.eq.int_list %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.bool
    return %2 : !torch.bool
  }
  func.func @torch.aten.Float.Scalar$constant_fold_int_to_float() -> !torch.float {
    %float3.000000e00 = torch.constant.float 3.000000e+00
    return %float3.000000e00 : !torch.float
  }
  func.func @torch.aten.Float.Scalar$identity(%arg0: !torch.float) -> !torch.float {
    return %arg0 : !torch.float
  }
  func.func @torch.constant.none$constantlike() -> (!torch.none, !torch.none) {
    %none = torch.constant.none
    return %none, %none : !torch.none, !torch.none
  }
  func.func @torch.constant.str$constantlike() -> (!torch.str, !torch.str, !torch.str) {
    %str = torch.constant.str "s"
    %str_0 = torch.constant.str "t"
    return %str, %str, %str_0 : !torch.str, !torch.str, !torch.str
  }
  func.func @torch.constant.bool$constantlike() -> (!torch.bool, !torch.bool, !torch.bool) {
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    return %true, %true, %false : !torch.bool, !torch.bool, !torch.bool
  }
  func.func @torch.prim.If$erase_dead_branch(%arg0: !torch.int) -> !torch.int {
    %0 = torch.aten.add.int %arg0, %arg0 : !torch.int, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.prim.If$no_fold$side_effect(%arg0: !torch.bool) {
    %str = torch.constant.str "str"
    torch.prim.If %arg0 -> () {
      torch.prim.RaiseException %str, %str : !torch.str, !torch.str
      torch.prim.If.yield
    } else {
      torch.prim.If.yield
    }
    return
  }
  func.func @torch.prim.If$fold_same_result(%arg0: !torch.bool, %arg1: !torch.int) -> (!torch.int, !torch.int) {
    return %arg1, %arg1 : !torch.int, !torch.int
  }
  func.func @torch.prim.If$fold_same_result$subset_of_results(%arg0: !torch.bool, %arg1: !torch.int, %arg2: !torch.int) -> (!torch.int, !torch.int) {
    %0 = torch.prim.If %arg0 -> (!torch.int) {
      torch.prim.If.yield %arg1 : !torch.int
    } else {
      torch.prim.If.yield %arg2 : !torch.int
    }
    return %arg1, %0 : !torch.int, !torch.int
  }
  func.func @torch.prim.TupleUnpack(%arg0: !torch.tensor, %arg1: !torch.tensor) -> !torch.tensor {
    return %arg0 : !torch.tensor
  }
  func.func @torch.prim.TupleUnpack.Derefined(%arg0: !torch.tensor) -> !torch.optional<tensor> {
    %0 = torch.derefine %arg0 : !torch.tensor to !torch.optional<tensor>
    return %0 : !torch.optional<tensor>
  }
  func.func @torch.aten.__contains__.str(%arg0: !torch.str, %arg1: !torch.tensor, %arg2: !torch.str, %arg3: !torch.tensor) -> !torch.bool {
    %true = torch.constant.bool true
    %0 = torch.prim.DictConstruct keys(%arg0, %arg2 : !torch.str, !torch.str) values(%arg1, %arg3 : !torch.tensor, !torch.tensor) -> !torch.dict<str, tensor>
    return %true : !torch.bool
  }
  func.func @torch.aten.__contains__.str$with_dict_modified(%arg0: !torch.str, %arg1: !torch.tensor, %arg2: !torch.str, %arg3: !torch.tensor) -> !torch.bool {
    %0 = torch.prim.DictConstruct keys(%arg0, %arg2 : !torch.str, !torch.str) values(%arg1, %arg3 : !torch.tensor, !torch.tensor) -> !torch.dict<str, tensor>
    torch.aten._set_item.str %0, %arg0, %arg3 : !torch.dict<str, tensor>, !torch.str, !torch.tensor
    %1 = torch.aten.__contains__.str %0, %arg0 : !torch.dict<str, tensor>, !torch.str -> !torch.bool
    return %1 : !torch.bool
  }
  func.func @torch.aten.__getitem__.Dict_str(%arg0: !torch.str, %arg1: !torch.tensor, %arg2: !torch.str, %arg3: !torch.tensor) -> !torch.tensor {
    %0 = torch.prim.DictConstruct keys(%arg0, %arg2 : !torch.str, !torch.str) values(%arg1, %arg3 : !torch.tensor, !torch.tensor) -> !torch.dict<str, tensor>
    return %arg1 : !torch.tensor
  }
  func.func @torch.aten.add.int() -> !torch.int {
    %int9 = torch.constant.int 9
    return %int9 : !torch.int
  }
  func.func @torch.aten.add.float_int() -> !torch.float {
    %float9.000000e00 = torch.constant.float 9.000000e+00
    return %float9.000000e00 : !torch.float
  }
  func.func @torch.aten.sub.int() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.aten.mul.int() -> !torch.int {
    %int30 = torch.constant.int 30
    return %int30 : !torch.int
  }
  func.func @torch.aten.mul.int$canonicalize(%arg0: !torch.int) -> !torch.int {
    %int30 = torch.constant.int 30
    %0 = torch.aten.mul.int %arg0, %int30 : !torch.int, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.aten.mul.int_float() -> !torch.float {
    %float6.000000e00 = torch.constant.float 6.000000e+00
    return %float6.000000e00 : !torch.float
  }
  func.func @torch.aten.mul.float() -> !torch.float {
    %float3.000000e01 = torch.constant.float 3.000000e+01
    return %float3.000000e01 : !torch.float
  }
  func.func @torch.aten.mul.float_int() -> !torch.float {
    %float6.000000e00 = torch.constant.float 6.000000e+00
    return %float6.000000e00 : !torch.float
  }
  func.func @torch.aten.neg.float() -> !torch.float {
    %float-6.000000e00 = torch.constant.float -6.000000e+00
    return %float-6.000000e00 : !torch.float
  }
  func.func @torch.aten.mul.int$with_zero() -> !torch.int {
    %int0 = torch.constant.int 0
    return %int0 : !torch.int
  }
  func.func @torch.aten.floordiv.int() -> !torch.int {
    %int3 = torch.constant.int 3
    return %int3 : !torch.int
  }
  func.func @torch.aten.floordiv.int$canonicalize(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @torch.aten.remainder.int() -> !torch.int {
    %int3 = torch.constant.int 3
    return %int3 : !torch.int
  }
  func.func @torch.aten.pow.Tensor_Tensor$canonicalize(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
    %float3.500000e00 = torch.constant.float 3.500000e+00
    %0 = torch.aten.pow.Tensor_Scalar %arg0, %float3.500000e00 : !torch.vtensor<[?,?],f32>, !torch.float -> !torch.vtensor<[?,?],f32>
    return %0 : !torch.vtensor<[?,?],f32>
  }
  func.func @torch.aten.pow.Tensor_Scalar$canonicalize(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
    %int3 = torch.constant.int 3
    %0 = torch.aten.pow.Tensor_Scalar %arg0, %int3 : !torch.vtensor<[?,?],f32>, !torch.int -> !torch.vtensor<[?,?],f32>
    return %0 : !torch.vtensor<[?,?],f32>
  }
  func.func @torch.aten.pow.int_float() -> !torch.float {
    %float8.000000e00 = torch.constant.float 8.000000e+00
    return %float8.000000e00 : !torch.float
  }
  func.func @torch.prim.dtype$bfloat16(%arg0: !torch.tensor<*,bf16>) -> !torch.int {
    %int15 = torch.constant.int 15
    return %int15 : !torch.int
  }
  func.func @torch.prim.dtype$float(%arg0: !torch.tensor<*,f32>) -> !torch.int {
    %int6 = torch.constant.int 6
    return %int6 : !torch.int
  }
  func.func @torch.prim.dtype$bool(%arg0: !torch.tensor<*,i1>) -> !torch.int {
    %int11 = torch.constant.int 11
    return %int11 : !torch.int
  }
  func.func @torch.prim.dtype$int64(%arg0: !torch.tensor<*,si64>) -> !torch.int {
    %int4 = torch.constant.int 4
    return %int4 : !torch.int
  }
  func.func @torch.aten.size.int$neg_dim(%arg0: !torch.tensor<[2,3],f32>) -> !torch.int {
    %int2 = torch.constant.int 2
    return %int2 : !torch.int
  }
  func.func @torch.aten.size.int$pos_dim(%arg0: !torch.tensor<[2,3],f32>) -> !torch.int {
    %int3 = torch.constant.int 3
    return %int3 : !torch.int
  }
  func.func @torch.aten.size.int$invalid_dim(%arg0: !torch.tensor<[2,3],f32>) -> !torch.int {
    %int3 = torch.constant.int 3
    %0 = torch.aten.size.int %arg0, %int3 : !torch.tensor<[2,3],f32>, !torch.int -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.prim.unchecked_cast$derefine_identity(%arg0: !torch.int) -> !torch.int {
    return %arg0 : !torch.int
  }
  func.func @torch.derefine$of_unchecked_cast(%arg0: !torch.optional<int>) -> !torch.optional<int> {
    %0 = torch.prim.unchecked_cast %arg0 : !torch.optional<int> -> !torch.int
    return %arg0 : !torch.optional<int>
  }
  func.func @torch.derefine$use_allows_type_refinement(%arg0: !torch.int) -> (!torch.vtensor, !torch.optional<int>) {
    %none = torch.constant.none
    %0 = torch.derefine %none : !torch.none to !torch.optional<int>
    %1 = torch.aten.arange.start %arg0, %arg0, %none, %none, %none, %none : !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
    return %1, %0 : !torch.vtensor, !torch.optional<int>
  }
  func.func @torch.tensor_static_info_cast$downcast_first(%arg0: !torch.tensor) -> !torch.tensor {
    return %arg0 : !torch.tensor
  }
  func.func @torch.tensor_static_info_cast$upcast_first(%arg0: !torch.tensor<[?,?],f64>) -> !torch.tensor<[?,?],f64> {
    return %arg0 : !torch.tensor<[?,?],f64>
  }
  func.func @torch.tensor_static_info_cast$refine(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %0 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$refine$dtype(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %0 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$refine$shape(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %0 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$no_refine(%arg0: !torch.vtensor) -> !torch.vtensor {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor to !torch.vtensor<[],f32>
    %1 = torch.aten.relu %0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %1 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$no_refine$dtype(%arg0: !torch.vtensor<[],unk>) -> !torch.vtensor {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[],unk> to !torch.vtensor<[],f32>
    %1 = torch.aten.relu %0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %1 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$no_refine$shape(%arg0: !torch.vtensor<*,f32>) -> !torch.vtensor {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<*,f32> to !torch.vtensor<[],f32>
    %1 = torch.aten.relu %0 : !torch.vtensor<[],f32> -> !torch.vtensor
    return %1 : !torch.vtensor
  }
  func.func @torch.tensor_static_info_cast$refine_allowed_ops(%arg0: !torch.vtensor<[],f32>) -> !torch.tuple<vtensor, vtensor> {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[],f32> to !torch.vtensor
    %1 = torch.aten.relu %arg0 : !torch.vtensor<[],f32> -> !torch.vtensor
    %2 = torch.prim.TupleConstruct %0, %1 : !torch.vtensor, !torch.vtensor -> !torch.tuple<vtensor, vtensor>
    return %2 : !torch.tuple<vtensor, vtensor>
  }
  func.func @torch.prim.TupleIndex(%arg0: !torch.tensor, %arg1: !torch.tensor, %arg2: !torch.tensor) -> !torch.tensor {
    return %arg1 : !torch.tensor
  }
  func.func @torch.prim.TupleIndex$out_of_bound(%arg0: !torch.tensor, %arg1: !torch.tensor, %arg2: !torch.tensor) -> !torch.tensor {
    %int3 = torch.constant.int 3
    %0 = torch.prim.TupleConstruct %arg0, %arg1, %arg2 : !torch.tensor, !torch.tensor, !torch.tensor -> !torch.tuple<tensor, tensor, tensor>
    %1 = torch.prim.TupleIndex %0, %int3 : !torch.tuple<tensor, tensor, tensor>, !torch.int -> !torch.tensor
    return %1 : !torch.tensor
  }
  func.func @torch.prim.TupleIndex$adjust_type$tensor(%arg0: !torch.tensor<[7],f32>) -> !torch.tensor {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.tensor<[7],f32> to !torch.tensor
    return %0 : !torch.tensor
  }
  func.func @torch.prim.unchecked_cast$derefine(%arg0: !torch.list<int>) -> !torch.list<int> {
    return %arg0 : !torch.list<int>
  }
  func.func @torch.aten.Int.Tensor(%arg0: !torch.int) -> !torch.int {
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.int -> !torch.vtensor<[],si64>
    return %arg0 : !torch.int
  }
  func.func @torch.aten.Int.Tensor$canonicalize_0d_const() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.aten.Int.float() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.aten.Float.Tensor(%arg0: !torch.float) -> !torch.float {
    %0 = torch.prim.NumToTensor.Scalar %arg0 : !torch.float -> !torch.vtensor<[],f64>
    return %arg0 : !torch.float
  }
  func.func @torch.aten.squeeze$zero_rank(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor<[],f32> {
    return %arg0 : !torch.vtensor<[],f32>
  }
  func.func @torch.aten.squeeze.dim$zero_rank(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor<[],f32> {
    return %arg0 : !torch.vtensor<[],f32>
  }
  func.func @torch.aten.squeeze.dim$cst() -> !torch.vtensor<[2],si64> {
    %0 = torch.vtensor.literal(dense<[127, 128]> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    return %0 : !torch.vtensor<[2],si64>
  }
  func.func @torch.aten.squeeze.dim$cst_i1() -> !torch.vtensor<[3],i1> {
    %0 = torch.vtensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    return %0 : !torch.vtensor<[3],i1>
  }
  func.func @torch.aten.squeeze.dim$cst_splat_i1() -> !torch.vtensor<[3],i1> {
    %0 = torch.vtensor.literal(dense<true> : tensor<3xi1>) : !torch.vtensor<[3],i1>
    return %0 : !torch.vtensor<[3],i1>
  }
  func.func @torch.aten.squeeze.dim$same_shape(%arg0: !torch.vtensor<[2,1],si64>) -> !torch.vtensor<[2,1],si64> {
    return %arg0 : !torch.vtensor<[2,1],si64>
  }
  func.func @torch.aten.squeeze.dim$not_fold(%arg0: !torch.vtensor<[2,1],si64>) -> !torch.vtensor<[2],si64> {
    %int1 = torch.constant.int 1
    %0 = torch.aten.squeeze.dim %arg0, %int1 : !torch.vtensor<[2,1],si64>, !torch.int -> !torch.vtensor<[2],si64>
    return %0 : !torch.vtensor<[2],si64>
  }
  func.func @torch.aten.tensor$one_elem() -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<42> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @torch.aten.tensor$no_fold(%arg0: !torch.tensor) -> !torch.tensor {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %0 = torch.aten.size %arg0 : !torch.tensor -> !torch.list<int>
    %1 = torch.aten.tensor %0, %none, %none, %false : !torch.list<int>, !torch.none, !torch.none, !torch.bool -> !torch.tensor
    return %1 : !torch.tensor
  }
  func.func @torch.aten.tensor.float() -> !torch.vtensor<[],f32> {
    %0 = torch.vtensor.literal(dense<1.000000e+01> : tensor<f32>) : !torch.vtensor<[],f32>
    return %0 : !torch.vtensor<[],f32>
  }
  func.func @torch.aten.tensor.int() -> !torch.vtensor<[],si32> {
    %0 = torch.vtensor.literal(dense<45> : tensor<si32>) : !torch.vtensor<[],si32>
    return %0 : !torch.vtensor<[],si32>
  }
  func.func @torch.aten.to.dtype$same_dtype(%arg0: !torch.tensor<*,f32>) -> !torch.tensor<*,f32> {
    return %arg0 : !torch.tensor<*,f32>
  }
  func.func @torch.aten.to.dtype$no_fold$unk_dtype(%arg0: !torch.tensor) -> !torch.tensor {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %int6 = torch.constant.int 6
    %0 = torch.aten.to.dtype %arg0, %int6, %false, %false, %none : !torch.tensor, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.tensor
    return %0 : !torch.tensor
  }
  func.func @torch.aten.to.dtype$fold_splat() -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[4,4],si32>, !torch.vtensor<[10],si32>, !torch.vtensor<[5,5],f64>, !torch.vtensor<[3,3],f16>, !torch.vtensor<[2,2],bf16>, !torch.vtensor<[4],si64>, !torch.vtensor<[3],si16>, !torch.vtensor<[2],i1>, !torch.vtensor<[2],i1>) {
    %0 = torch.vtensor.literal(dense<4.200000e+01> : tensor<2x3xf32>) : !torch.vtensor<[2,3],f32>
    %1 = torch.vtensor.literal(dense<3> : tensor<4x4xsi32>) : !torch.vtensor<[4,4],si32>
    %2 = torch.vtensor.literal(dense<-2147483648> : tensor<10xsi32>) : !torch.vtensor<[10],si32>
    %3 = torch.vtensor.literal(dense<2.7182800769805908> : tensor<5x5xf64>) : !torch.vtensor<[5,5],f64>
    %4 = torch.vtensor.literal(dense<1.200200e+00> : tensor<3x3xf16>) : !torch.vtensor<[3,3],f16>
    %5 = torch.vtensor.literal(dense<-5.117190e-01> : tensor<2x2xbf16>) : !torch.vtensor<[2,2],bf16>
    %6 = torch.vtensor.literal(dense<-1000> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    %7 = torch.vtensor.literal(dense<-32768> : tensor<3xsi16>) : !torch.vtensor<[3],si16>
    %8 = torch.vtensor.literal(dense<true> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    %9 = torch.vtensor.literal(dense<false> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,4],si32>, !torch.vtensor<[10],si32>, !torch.vtensor<[5,5],f64>, !torch.vtensor<[3,3],f16>, !torch.vtensor<[2,2],bf16>, !torch.vtensor<[4],si64>, !torch.vtensor<[3],si16>, !torch.vtensor<[2],i1>, !torch.vtensor<[2],i1>
  }
  func.func @torch.aten.to.dtype$fold_small_dense() -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[4,4],si32>, !torch.vtensor<[10],si32>, !torch.vtensor<[2,2],f64>, !torch.vtensor<[3,3],f16>, !torch.vtensor<[2,2],bf16>, !torch.vtensor<[4],si64>, !torch.vtensor<[3],si16>, !torch.vtensor<[2],i1>, !torch.vtensor<[2],i1>) {
    %0 = torch.vtensor.literal(dense<[[4.200000e+01, 4.300000e+01, 4.500000e+01], [5.200000e+01, 5.300000e+01, 5.500000e+01]]> : tensor<2x3xf32>) : !torch.vtensor<[2,3],f32>
    %1 = torch.vtensor.literal(dense<[[3, -2, 1, -1], [0, 0, 123, -123], [1, -2, -3, 4], [0, 0, 0, 0]]> : tensor<4x4xsi32>) : !torch.vtensor<[4,4],si32>
    %2 = torch.vtensor.literal(dense<[-2147483648, -2147483648, -2147483648, -2147483648, -2147483648, -2147483648, -2147483648, -2147483648, -2147483648, 2147483647]> : tensor<10xsi32>) : !torch.vtensor<[10],si32>
    %3 = torch.vtensor.literal(dense<[[2.7182800769805908, 1.2345670461654663], [-6.2831850051879883, 2.000000e+00]]> : tensor<2x2xf64>) : !torch.vtensor<[2,2],f64>
    %4 = torch.vtensor.literal(dense<[[1.200200e+00, 2.300780e+00, 3.400390e+00], [4.500000e+00, 5.601560e+00, 6.699210e+00], [7.800780e+00, 8.898430e+00, 9.000000e+00]]> : tensor<3x3xf16>) : !torch.vtensor<[3,3],f16>
    %5 = torch.vtensor.literal(dense<[[-5.117190e-01, 4.902340e-01], [1.503910e-01, -8.515620e-01]]> : tensor<2x2xbf16>) : !torch.vtensor<[2,2],bf16>
    %6 = torch.vtensor.literal(dense<[-1000, -2000, -3000, -5000]> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    %7 = torch.vtensor.literal(dense<[-32768, -32767, -32766]> : tensor<3xsi16>) : !torch.vtensor<[3],si16>
    %8 = torch.vtensor.literal(dense<true> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    %9 = torch.vtensor.literal(dense<[false, true]> : tensor<2xi1>) : !torch.vtensor<[2],i1>
    return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,4],si32>, !torch.vtensor<[10],si32>, !torch.vtensor<[2,2],f64>, !torch.vtensor<[3,3],f16>, !torch.vtensor<[2,2],bf16>, !torch.vtensor<[4],si64>, !torch.vtensor<[3],si16>, !torch.vtensor<[2],i1>, !torch.vtensor<[2],i1>
  }
  func.func @torch.aten.to.other$basic(%arg0: !torch.tensor, %arg1: !torch.tensor) -> !torch.tensor {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %cpu = torch.constant.device "cpu"
    %0 = torch.prim.dtype %arg1 : !torch.tensor -> !torch.int
    %1 = torch.aten.to.device %arg0, %cpu, %0, %false, %false, %none : !torch.tensor, !torch.Device, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.tensor
    return %1 : !torch.tensor
  }
  func.func @torch.aten.view$1D(%arg0: !torch.tensor<[?],f32>) -> !torch.tensor<[?],f32> {
    return %arg0 : !torch.tensor<[?],f32>
  }
  func.func @torch.aten.view$fold_splat() -> !torch.vtensor<[2,4,1],si64> {
    %0 = torch.vtensor.literal(dense<2> : tensor<2x4x1xsi64>) : !torch.vtensor<[2,4,1],si64>
    return %0 : !torch.vtensor<[2,4,1],si64>
  }
  func.func @torch.aten.view$fold_literal() -> !torch.vtensor<[1,4,2],si64> {
    %0 = torch.vtensor.literal(dense<[[[0, 1], [2, 3], [4, 5], [6, 7]]]> : tensor<1x4x2xsi64>) : !torch.vtensor<[1,4,2],si64>
    return %0 : !torch.vtensor<[1,4,2],si64>
  }
  func.func @torch.aten.transpose.int$fold_literal() -> !torch.vtensor<[2,4],si64> {
    %0 = torch.vtensor.literal(dense<[[0, 2, 4, 6], [1, 3, 5, 7]]> : tensor<2x4xsi64>) : !torch.vtensor<[2,4],si64>
    return %0 : !torch.vtensor<[2,4],si64>
  }
  func.func @torch.aten.transpose.int$fold_noop(%arg0: !torch.vtensor<[?,?,?,?],f32>) -> !torch.vtensor<[?,?,?,?],f32> {
    return %arg0 : !torch.vtensor<[?,?,?,?],f32>
  }
  func.func @torch.aten.slice.Tensor$flip_slice_fold() -> !torch.vtensor<[4,2],si64> {
    %0 = torch.vtensor.literal(dense<[[6, 7], [4, 5], [2, 3], [0, 1]]> : tensor<4x2xsi64>) : !torch.vtensor<[4,2],si64>
    return %0 : !torch.vtensor<[4,2],si64>
  }
  func.func @torch.aten.slice.Tensor$negative_two_stride_fold() -> !torch.vtensor<[2,2],si64> {
    %0 = torch.vtensor.literal(dense<[[6, 7], [2, 3]]> : tensor<2x2xsi64>) : !torch.vtensor<[2,2],si64>
    return %0 : !torch.vtensor<[2,2],si64>
  }
  func.func @torch.aten.div.float$fold_zero_dividend() -> !torch.float {
    %float0.000000e00 = torch.constant.float 0.000000e+00
    return %float0.000000e00 : !torch.float
  }
  func.func @torch.aten.div.float$fold_one_divisor() -> !torch.float {
    %float4.000000e00 = torch.constant.float 4.000000e+00
    return %float4.000000e00 : !torch.float
  }
  func.func @torch.aten.div.float$fold_cst_operands() -> !torch.float {
    %float2.000000e00 = torch.constant.float 2.000000e+00
    return %float2.000000e00 : !torch.float
  }
  func.func @torch.aten.div.int$fold_cst_operands() -> !torch.float {
    %float5.000000e-01 = torch.constant.float 5.000000e-01
    return %float5.000000e-01 : !torch.float
  }
  func.func @torch.aten.to.dtype_layout$same_dtype(%arg0: !torch.tensor<[?,?],f32>) -> !torch.tensor<[?,?],f32> {
    return %arg0 : !torch.tensor<[?,?],f32>
  }
  func.func @torch.aten.to.dtype_layout$to_device(%arg0: !torch.tensor<[?,?],f32>) -> !torch.tensor<[?,?],f32> {
    %int6 = torch.constant.int 6
    %false = torch.constant.bool false
    %none = torch.constant.none
    %cpu = torch.constant.device "cpu"
    %0 = torch.aten.to.device %arg0, %cpu, %int6, %false, %false, %none : !torch.tensor<[?,?],f32>, !torch.Device, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.tensor<[?,?],f32>
    return %0 : !torch.tensor<[?,?],f32>
  }
  func.func @torch.aten.to.dtype_layout$to_dtype(%arg0: !torch.tensor<[?,?],f32>) -> !torch.tensor<[?,?],f16> {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %int5 = torch.constant.int 5
    %0 = torch.aten.to.dtype %arg0, %int5, %false, %false, %none : !torch.tensor<[?,?],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.tensor<[?,?],f16>
    return %0 : !torch.tensor<[?,?],f16>
  }
  func.func @torch.aten.ge.float$same_operand(%arg0: !torch.float) -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ge.float$same_value() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.ge.float$different_value() -> !torch.bool {
    %false = torch.constant.bool false
    return %false : !torch.bool
  }
  func.func @torch.aten.ceil.float$fold_cst() -> !torch.int {
    %int2 = torch.constant.int 2
    return %int2 : !torch.int
  }
  func.func @torch.aten.ceil.float$no_fold(%arg0: !torch.float) -> !torch.int {
    %0 = torch.aten.ceil.float %arg0 : !torch.float -> !torch.int
    return %0 : !torch.int
  }
  func.func @torch.aten.sqrt.int$fold_cst() -> !torch.float {
    %float2.236070e00 = torch.constant.float 2.2360679774997898
    return %float2.236070e00 : !torch.float
  }
  func.func @torch.aten.sqrt.int$no_fold(%arg0: !torch.int) -> !torch.float {
    %0 = torch.aten.sqrt.int %arg0 : !torch.int -> !torch.float
    return %0 : !torch.float
  }
  func.func @torch.aten.Bool.float$fold_cst() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.Bool.int$fold_cst() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.add.Tensor$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.add.Tensor$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @prim.ListUnpack$fold_list(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2,3],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
    return %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  }
  func.func @prim.ListUnpack$fold_list_cast(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2,3],f32>) -> (!torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],f32>) {
    %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[2,3],f32> to !torch.vtensor<[?,?],f32>
    %1 = torch.tensor_static_info_cast %arg1 : !torch.vtensor<[2,3],f32> to !torch.vtensor<[?,?],f32>
    return %0, %1 : !torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],f32>
  }
  func.func @torch.aten.div.Tensor_mode$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<3> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.div.Tensor_mode$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<3> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.add.Scalar$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.add.Scalar$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.sub.Tensor$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.sub.Tensor$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.sub.Tensor$mixed_dtype() -> !torch.vtensor<[],f64> {
    %0 = torch.vtensor.literal(dense<2.750000e+01> : tensor<f64>) : !torch.vtensor<[],f64>
    return %0 : !torch.vtensor<[],f64>
  }
  func.func @torch.aten.sub.Scalar$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.sub.Scalar$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.add.float$fold() -> !torch.float {
    %float3.000000e00 = torch.constant.float 3.000000e+00
    return %float3.000000e00 : !torch.float
  }
  func.func @torch.aten.sub.float$fold() -> !torch.float {
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    return %float-1.000000e00 : !torch.float
  }
  func.func @torch.aten.mul.Scalar$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.mul.Scalar$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.mul.Tensor$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.mul.Tensor$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.div.Tensor_mode$canonicalize_numtotensor_0d_trunc() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<3> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.div.Tensor_mode$canonicalize_literal_0d_trunc() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<3> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.sort$unary_element(%arg0: !torch.vtensor<[1],si64>, %arg1: !torch.int, %arg2: !torch.bool) -> (!torch.vtensor<[1],si64>, !torch.vtensor<[1],si64>) {
    %values, %indices = torch.aten.sort %arg0, %arg1, %arg2 : !torch.vtensor<[1],si64>, !torch.int, !torch.bool -> !torch.vtensor<[1],si64>, !torch.vtensor<[1],si64>
    return %values, %indices : !torch.vtensor<[1],si64>, !torch.vtensor<[1],si64>
  }
  func.func @torch.aten.sort$unary_dim(%arg0: !torch.vtensor<[3,1,4],si64>, %arg1: !torch.bool) -> (!torch.vtensor<[3,1,4],si64>, !torch.vtensor<[1],si64>) {
    %0 = torch.vtensor.literal(dense<0> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %arg0, %0 : !torch.vtensor<[3,1,4],si64>, !torch.vtensor<[1],si64>
  }
  func.func @torch.aten.sort$nofold(%arg0: !torch.vtensor<[3,1,4],si64>, %arg1: !torch.bool) -> (!torch.vtensor<[3,1,4],si64>, !torch.vtensor<[3],si64>) {
    %int0 = torch.constant.int 0
    %values, %indices = torch.aten.sort %arg0, %int0, %arg1 : !torch.vtensor<[3,1,4],si64>, !torch.int, !torch.bool -> !torch.vtensor<[3,1,4],si64>, !torch.vtensor<[3],si64>
    return %values, %indices : !torch.vtensor<[3,1,4],si64>, !torch.vtensor<[3],si64>
  }
  func.func @torch.aten.cat$fold_single_operand(%arg0: !torch.tensor) -> !torch.tensor {
    return %arg0 : !torch.tensor
  }
  func.func @torch.aten.cat$fold_zero_dim_operand() -> !torch.vtensor<[4],si32> {
    %0 = torch.vtensor.literal(dense<[1, 3, 2, 2]> : tensor<4xsi32>) : !torch.vtensor<[4],si32>
    return %0 : !torch.vtensor<[4],si32>
  }
  func.func @torch.aten.broadcast_to$fold(%arg0: !torch.vtensor<[3,4,2],f32>) -> !torch.vtensor<[3,4,2],f32> {
    return %arg0 : !torch.vtensor<[3,4,2],f32>
  }
  func.func @torch.aten.broadcast_to$fold_splat() -> !torch.vtensor<[3,4,2],f32> {
    %0 = torch.vtensor.literal(dense<3.000000e+00> : tensor<3x4x2xf32>) : !torch.vtensor<[3,4,2],f32>
    return %0 : !torch.vtensor<[3,4,2],f32>
  }
  func.func @torch.aten.slice.tensor$not_fold_slice(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[3],f32> {
    %int1 = torch.constant.int 1
    %int-1 = torch.constant.int -1
    %int0 = torch.constant.int 0
    %0 = torch.aten.slice.Tensor %arg0, %int0, %int0, %int-1, %int1 : !torch.vtensor<[4],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[3],f32>
    return %0 : !torch.vtensor<[3],f32>
  }
  func.func @torch.aten.slice.tensor$fold_full_slice(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.int) -> !torch.vtensor<[?],f32> {
    return %arg0 : !torch.vtensor<[?],f32>
  }
  func.func @torch.aten.slice.tensor$fold_oob_start() -> !torch.vtensor<[3],si64> {
    %0 = torch.vtensor.literal(dense<[0, 1, 2]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
    return %0 : !torch.vtensor<[3],si64>
  }
  func.func @torch.aten.slice.tensor$nofold_invalid_shape() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<[0, 1, 2, 3]> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    %int1 = torch.constant.int 1
    %int-1 = torch.constant.int -1
    %int-10 = torch.constant.int -10
    %int0 = torch.constant.int 0
    %1 = torch.aten.slice.Tensor %0, %int0, %int-10, %int-1, %int1 : !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4],si64>
    return %1 : !torch.vtensor<[4],si64>
  }
  func.func @torch.aten.slice.tensor$no_fold_step(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.int) -> !torch.vtensor<[?],f32> {
    %int2 = torch.constant.int 2
    %int9223372036854775807 = torch.constant.int 9223372036854775807
    %int0 = torch.constant.int 0
    %0 = torch.aten.slice.Tensor %arg0, %arg1, %int0, %int9223372036854775807, %int2 : !torch.vtensor<[?],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?],f32>
    return %0 : !torch.vtensor<[?],f32>
  }
  func.func @torch.aten.slice.tensor$fold_dim_1() -> (!torch.vtensor<[1,1],si64>, !torch.vtensor<[1,1],si64>) {
    %0 = torch.vtensor.literal(dense<50> : tensor<1x1xsi64>) : !torch.vtensor<[1,1],si64>
    %1 = torch.vtensor.literal(dense<70> : tensor<1x1xsi64>) : !torch.vtensor<[1,1],si64>
    return %0, %1 : !torch.vtensor<[1,1],si64>, !torch.vtensor<[1,1],si64>
  }
  func.func @torch.aten.slice.tensor$fold_small() -> !torch.vtensor<[2],si32> {
    %0 = torch.vtensor.literal(dense<[3, 5]> : tensor<2xsi32>) : !torch.vtensor<[2],si32>
    return %0 : !torch.vtensor<[2],si32>
  }
  func.func @torch.aten.slice.tensor$fold_dim_0() -> (!torch.vtensor<[1,1],f32>, !torch.vtensor<[1,1],f32>) {
    %0 = torch.vtensor.literal(dense<1.600000e+01> : tensor<1x1xf32>) : !torch.vtensor<[1,1],f32>
    %1 = torch.vtensor.literal(dense<6.400000e+01> : tensor<1x1xf32>) : !torch.vtensor<[1,1],f32>
    return %0, %1 : !torch.vtensor<[1,1],f32>, !torch.vtensor<[1,1],f32>
  }
  func.func @torch.aten.slice.tensor$fold_dim_0_non_contiguous() -> !torch.vtensor<[4,1],si64> {
    %0 = torch.vtensor.literal(dense<[[28], [14], [7], [4]]> : tensor<4x1xsi64>) : !torch.vtensor<[4,1],si64>
    return %0 : !torch.vtensor<[4,1],si64>
  }
  func.func @torch.aten.rsub.Scalar$canonicalize_literal_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-1> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.rsub.Scalar$canonicalize_numtotensor_0d() -> !torch.vtensor<[],si64> {
    %0 = torch.vtensor.literal(dense<-1> : tensor<si64>) : !torch.vtensor<[],si64>
    return %0 : !torch.vtensor<[],si64>
  }
  func.func @torch.aten.ScalarImplicit$canonicalize_numtotensor_0d() -> !torch.number {
    %int1 = torch.constant.int 1
    %0 = torch.derefine %int1 : !torch.int to !torch.number
    return %0 : !torch.number
  }
  func.func @torch.aten.ScalarImplicit$canonicalize_literal_0d() -> !torch.number {
    %int1 = torch.constant.int 1
    %0 = torch.derefine %int1 : !torch.int to !torch.number
    return %0 : !torch.number
  }
  func.func @torch.aten.ScalarImplicit$dense_resource() -> !torch.number {
    %0 = torch.vtensor.literal(dense_resource<blob_si64> : tensor<si64>) : !torch.vtensor<[],si64>
    %1 = torch.aten.ScalarImplicit %0 : !torch.vtensor<[],si64> -> !torch.number
    return %1 : !torch.number
  }
  func.func @torch.aten.ScalarImplicit$canonicalize_literal_0d_float() -> !torch.number {
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %0 = torch.derefine %float1.000000e00 : !torch.float to !torch.number
    return %0 : !torch.number
  }
  func.func @torch.aten.FloatImplicit$canonicalize_numtotensor_0d() -> !torch.float {
    %float1.000000e00 = torch.constant.float 1.000000e+00
    return %float1.000000e00 : !torch.float
  }
  func.func @torch.aten.FloatImplicit$canonicalize_literal_0d() -> !torch.float {
    %float1.000000e00 = torch.constant.float 1.000000e+00
    return %float1.000000e00 : !torch.float
  }
  func.func @torch.aten.IntImplicit$canonicalize_numtotensor_0d() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.aten.IntImplicit$canonicalize_literal_0d() -> !torch.int {
    %int1 = torch.constant.int 1
    return %int1 : !torch.int
  }
  func.func @torch.prims.view_of$fold(%arg0: !torch.vtensor<[3,4,2],f32>) -> !torch.vtensor<[3,4,2],f32> {
    return %arg0 : !torch.vtensor<[3,4,2],f32>
  }
  func.func @torch.aten.cuda$canonicalize(%arg0: !torch.tensor) -> !torch.tensor {
    return %arg0 : !torch.tensor
  }
  func.func @torch.aten.device.with_index$canonicalize() -> !torch.Device {
    %cuda3A0 = torch.constant.device "cuda:0"
    return %cuda3A0 : !torch.Device
  }
  func.func @torch.aten.add$fold() -> !torch.float {
    %float3.000000e00 = torch.constant.float 3.000000e+00
    return %float3.000000e00 : !torch.float
  }
  func.func @torch.aten.any.bool$fold() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.all.bool$fold() -> !torch.bool {
    %true = torch.constant.bool true
    return %true : !torch.bool
  }
  func.func @torch.aten.floor$canonicalize(%arg0: !torch.vtensor<[?,?],si64>) -> !torch.vtensor<[?,?],si64> {
    return %arg0 : !torch.vtensor<[?,?],si64>
  }
  func.func @torch.aten.trunc$canonicalize(%arg0: !torch.vtensor<[?,?],si64>) -> !torch.vtensor<[?,?],si64> {
    return %arg0 : !torch.vtensor<[?,?],si64>
  }
  func.func @torch.aten.numel$canonicalize(%arg0: !torch.vtensor<[3,4],f32>) -> !torch.int {
    %int12 = torch.constant.int 12
    return %int12 : !torch.int
  }
  func.func @torch.aten.masked_fill.Tensor$canonicalize(%arg0: !torch.vtensor<[?,?],f32>, %arg1: !torch.vtensor<[?,?],i1>) -> !torch.vtensor<[?,?],f32> {
    %float-1.000000e09 = torch.constant.float -1.000000e+09
    %0 = torch.aten.masked_fill.Scalar %arg0, %arg1, %float-1.000000e09 : !torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],i1>, !torch.float -> !torch.vtensor<[?,?],f32>
    return %0 : !torch.vtensor<[?,?],f32>
  }
  func.func @torch.aten.detach$canonicalize(%arg0: !torch.tensor<[1],f32>) -> !torch.tensor {
    %0 = torch.aten.detach %arg0 : !torch.tensor<[1],f32> -> !torch.tensor
    return %0 : !torch.tensor
  }
  func.func @torch.aten.index_select$noop(%arg0: !torch.vtensor<[1,2,3],si64>, %arg1: !torch.int, %arg2: !torch.vtensor<[1],si64>) -> !torch.vtensor<[1,2,3],si64> {
    return %arg0 : !torch.vtensor<[1,2,3],si64>
  }
  func.func @torch.aten.index_select$const_si_si() -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<60> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @torch.aten.index_select$const_si_ui() -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<60> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @torch.aten.index_select$const_f32_ui() -> !torch.vtensor<[1],f32> {
    %0 = torch.vtensor.literal(dense<6.600000e+00> : tensor<1xf32>) : !torch.vtensor<[1],f32>
    return %0 : !torch.vtensor<[1],f32>
  }
  func.func @torch.aten.index_select$const_f32_si_neg() -> !torch.vtensor<[1],f32> {
    %0 = torch.vtensor.literal(dense<7.6999998> : tensor<1xf32>) : !torch.vtensor<[1],f32>
    return %0 : !torch.vtensor<[1],f32>
  }
  func.func @fold_aten_where_true_attr() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<7> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    return %0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_prim_numtotensor_scalar() -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<42> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @fold_aten_where_false_attr() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<11> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    return %0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_true_value(%arg0: !torch.vtensor<[4],si64>, %arg1: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],si64> {
    return %arg0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_false_value(%arg0: !torch.vtensor<[4],si64>, %arg1: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],si64> {
    return %arg1 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_true_value_nofold(%arg0: !torch.vtensor<[],si64>, %arg1: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.aten.where.self %0, %arg0, %arg1 : !torch.vtensor<[4],i1>, !torch.vtensor<[],si64>, !torch.vtensor<[4],si64> -> !torch.vtensor<[4],si64>
    return %1 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_true_scalar_int() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<7> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    return %0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_false_scalar_int() -> !torch.vtensor<[4],ui8> {
    %0 = torch.vtensor.literal(dense<11> : tensor<4xui8>) : !torch.vtensor<[4],ui8>
    return %0 : !torch.vtensor<[4],ui8>
  }
  func.func @fold_aten_where_false_scalar_fp() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<1.100000e+01> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @fold_aten_where_true_sother_int() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<7> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    return %0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_false_sother_int() -> !torch.vtensor<[4],ui8> {
    %0 = torch.vtensor.literal(dense<11> : tensor<4xui8>) : !torch.vtensor<[4],ui8>
    return %0 : !torch.vtensor<[4],ui8>
  }
  func.func @fold_aten_where_false_sother_fp() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<1.100000e+01> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @fold_aten_where_true_sself_int() -> !torch.vtensor<[4],si64> {
    %0 = torch.vtensor.literal(dense<7> : tensor<4xsi64>) : !torch.vtensor<[4],si64>
    return %0 : !torch.vtensor<[4],si64>
  }
  func.func @fold_aten_where_false_sself_int() -> !torch.vtensor<[4],ui8> {
    %0 = torch.vtensor.literal(dense<11> : tensor<4xui8>) : !torch.vtensor<[4],ui8>
    return %0 : !torch.vtensor<[4],ui8>
  }
  func.func @fold_aten_where_false_sself_fp() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<1.100000e+01> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @aten_select_int_fold_splat(%arg0: !torch.int, %arg1: !torch.int) -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<4> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @aten_select_signless_int_fold_splat(%arg0: !torch.int, %arg1: !torch.int) -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<4> : tensor<1xi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @aten_select_int_fold_1D() -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<6> : tensor<1xsi64>) : !torch.vtensor<[1],si64>
    return %0 : !torch.vtensor<[1],si64>
  }
  func.func @aten_select_int_fold_3D() -> !torch.vtensor<[1,1,1],si64> {
    %0 = torch.vtensor.literal(dense<7> : tensor<1x1x1xsi64>) : !torch.vtensor<[1,1,1],si64>
    return %0 : !torch.vtensor<[1,1,1],si64>
  }
  func.func @aten_eq_tensor_args(%arg0: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splats_int_false() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<false> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splats_int_true() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splats_fp_false() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<false> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splats_fp_true() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splat_dense_fp() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<[false, true, false, true]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_dense_fp() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<[true, false, true, false]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_splat_dense_int() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<[false, true, false, true]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_eq_tensor_dense_int() -> !torch.vtensor<[4],i1> {
    %0 = torch.vtensor.literal(dense<[true, true, true, false]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0 : !torch.vtensor<[4],i1>
  }
  func.func @aten_shape_to_tensor(%arg0: !torch.vtensor<[4,5,6],f32>) -> !torch.vtensor<[3],si32> {
    %0 = torch.vtensor.literal(dense<[4, 5, 6]> : tensor<3xsi32>) : !torch.vtensor<[3],si32>
    return %0 : !torch.vtensor<[3],si32>
  }
  func.func @aten_cat_zero(%arg0: !torch.vtensor<[4,5,6],f32>, %arg1: !torch.vtensor<[4,0,6],f32>) -> !torch.vtensor<[4,5,6],f32> {
    return %arg0 : !torch.vtensor<[4,5,6],f32>
  }
  func.func @aten_cat_rank1_empty(%arg0: !torch.vtensor<[1,8,?,128],f16>, %arg1: !torch.vtensor<[0],f16>) -> !torch.vtensor<[1,8,?,128],f16> {
    return %arg0 : !torch.vtensor<[1,8,?,128],f16>
  }
  func.func @aten_tensor_scalar_lt() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %0 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_lt() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[true, false, false, false]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_le() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[true, true, false, false]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_ge() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<false> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[false, true, true, true]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_gt() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<false> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[false, false, true, true]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_eq() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<false> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[false, true, false, false]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_tensor_tensor_ne() -> (!torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>) {
    %0 = torch.vtensor.literal(dense<true> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    %1 = torch.vtensor.literal(dense<[true, false, true, true]> : tensor<4xi1>) : !torch.vtensor<[4],i1>
    return %0, %1, %1 : !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>, !torch.vtensor<[4],i1>
  }
  func.func @aten_log$fold_splat_i1() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<0.000000e+00> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @aten_log$fold_splat_si32() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<1.09861231> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @aten_log$fold_splat_f32() -> !torch.vtensor<[4],f32> {
    %0 = torch.vtensor.literal(dense<1.09861231> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    return %0 : !torch.vtensor<[4],f32>
  }
  func.func @torch.prims.convert_element_type$fold(%arg0: !torch.vtensor<[64],f32>) -> !torch.vtensor<[64],f32> {
    return %arg0 : !torch.vtensor<[64],f32>
  }
  func.func @torch.prims.convert_element_type$no_fold(%arg0: !torch.vtensor<[64],f32>) -> !torch.vtensor<[64],si32> {
    %int6 = torch.constant.int 6
    %0 = torch.prims.convert_element_type %arg0, %int6 : !torch.vtensor<[64],f32>, !torch.int -> !torch.vtensor<[64],si32>
    return %0 : !torch.vtensor<[64],si32>
  }
  func.func @torch.aten.max_pool2d_with_indices$canonicalize(%arg0: !torch.vtensor<[10,64,112,112],f32>) -> !torch.vtensor<[10,64,56,56],f32> {
    %false = torch.constant.bool false
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.max_pool2d %arg0, %0, %1, %2, %2, %false : !torch.vtensor<[10,64,112,112],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[10,64,56,56],f32>
    return %3 : !torch.vtensor<[10,64,56,56],f32>
  }
  func.func @torch.aten.max_pool3d_with_indices$canonicalize(%arg0: !torch.vtensor<[10,64,112,112,112],f32>) -> !torch.vtensor<[10,64,56,56,56],f32> {
    %false = torch.constant.bool false
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.max_pool3d %arg0, %0, %1, %2, %2, %false : !torch.vtensor<[10,64,112,112,112],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[10,64,56,56,56],f32>
    return %3 : !torch.vtensor<[10,64,56,56,56],f32>
  }
  func.func @torch.aten.clone$no_fold(%arg0: !torch.vtensor<[1,2,50,4],f32>) -> !torch.tensor {
    %none = torch.constant.none
    %0 = torch.aten.clone %arg0, %none : !torch.vtensor<[1,2,50,4],f32>, !torch.none -> !torch.vtensor
    %1 = torch.copy.to_tensor %0 : !torch.tensor
    return %1 : !torch.tensor
  }
  func.func @torch.symbolic_int$canonicalize(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
    %int9223372036854775807 = torch.constant.int 9223372036854775807
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %0 = torch.symbolic_int "s0" {min_val = 3, max_val = 6} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0)> : !torch.vtensor<[?],f32>
    torch.bind_symbolic_shape %arg1, [%0], affine_map<()[s0] -> (s0 + 1)> : !torch.vtensor<[?],f32>
    %1 = torch.aten.slice.Tensor %arg1, %int0, %int1, %int9223372036854775807, %int1 : !torch.vtensor<[?],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?],f32>
    torch.bind_symbolic_shape %1, [%0], affine_map<()[s0] -> (s0)> : !torch.vtensor<[?],f32>
    %2 = torch.aten.add.Tensor %arg0, %1, %int1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.int -> !torch.vtensor<[?],f32>
    torch.bind_symbolic_shape %2, [%0], affine_map<()[s0] -> (s0)> : !torch.vtensor<[?],f32>
    return %2 : !torch.vtensor<[?],f32>
  }
  func.func @ttorch.aten.ones$float_fold() -> !torch.vtensor<[2,3,4],f32> {
    %0 = torch.vtensor.literal(dense<1.000000e+00> : tensor<2x3x4xf32>) : !torch.vtensor<[2,3,4],f32>
    return %0 : !torch.vtensor<[2,3,4],f32>
  }
  func.func @ttorch.aten.ones$int_fold() -> !torch.vtensor<[2,3,4],si64> {
    %0 = torch.vtensor.literal(dense<1> : tensor<2x3x4xsi64>) : !torch.vtensor<[2,3,4],si64>
    return %0 : !torch.vtensor<[2,3,4],si64>
  }
  func.func @test_aten_zeros$float_fold() -> !torch.vtensor<[2,3,4],f32> {
    %0 = torch.vtensor.literal(dense<0.000000e+00> : tensor<2x3x4xf32>) : !torch.vtensor<[2,3,4],f32>
    return %0 : !torch.vtensor<[2,3,4],f32>
  }
  func.func @test_aten_zeros$int_fold() -> !torch.vtensor<[2,3,4],si64> {
    %0 = torch.vtensor.literal(dense<0> : tensor<2x3x4xsi64>) : !torch.vtensor<[2,3,4],si64>
    return %0 : !torch.vtensor<[2,3,4],si64>
  }
  func.func @torch.aten.full$float_fold() -> !torch.vtensor<[2,1,4],f32> {
    %0 = torch.vtensor.literal(dense<0xFF800000> : tensor<2x1x4xf32>) : !torch.vtensor<[2,1,4],f32>
    return %0 : !torch.vtensor<[2,1,4],f32>
  }
  func.func @torch.aten.full$int_fold() -> !torch.vtensor<[2,1,4],si64> {
    %0 = torch.vtensor.literal(dense<0> : tensor<2x1x4xsi64>) : !torch.vtensor<[2,1,4],si64>
    return %0 : !torch.vtensor<[2,1,4],si64>
  }
  func.func @torch.aten.avg_pool2d.single_int_tuple(%arg0: !torch.vtensor<[2,4,20,20],f32>) -> !torch.vtensor<[2,4,9,9],f32> {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %int6 = torch.constant.int 6
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int6, %int6 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.avg_pool2d %arg0, %0, %2, %1, %false, %false, %none : !torch.vtensor<[2,4,20,20],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[2,4,9,9],f32>
    return %3 : !torch.vtensor<[2,4,9,9],f32>
  }
  func.func @torch.aten.convolution.single_int_tuple(%arg0: !torch.vtensor<[1,1,5,5],f32>) -> !torch.vtensor<[1,1,5,5],f32> {
    %true = torch.constant.bool true
    %0 = torch.vtensor.literal(dense<-7.486820e-03> : tensor<1x1x1x1xf32>) : !torch.vtensor<[1,1,1,1],f32>
    %1 = torch.vtensor.literal(dense<0.536443591> : tensor<1xf32>) : !torch.vtensor<[1],f32>
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %2 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %4 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %5 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %true, %5, %int1 : !torch.vtensor<[1,1,5,5],f32>, !torch.vtensor<[1,1,1,1],f32>, !torch.vtensor<[1],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,1,5,5],f32>
    return %6 : !torch.vtensor<[1,1,5,5],f32>
  }
  func.func @torch.aten._int_mm(%arg0: !torch.vtensor<[3,4],si8>, %arg1: !torch.vtensor<[4,3],si8>) -> !torch.vtensor<[3,3],si32> {
    %0 = torch.aten.mm %arg0, %arg1 : !torch.vtensor<[3,4],si8>, !torch.vtensor<[4,3],si8> -> !torch.vtensor<[3,3],si32>
    return %0 : !torch.vtensor<[3,3],si32>
  }
}

