module {
  func.func @empty() {
    return
  }
  func.func @identity(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
  func.func @multi_result(%arg0: i32, %arg1: f32) -> (f32, i32) {
    return %arg1, %arg0 : f32, i32
  }
  func.func private @external(i32, f32) -> i1
  func.func private @external_no_args()
  func.func nested @nested_vis() {
    return
  }
  func.func public @public_vis() {
    return
  }
  func.func private @private_with_body() -> index {
    %0 = "foo.const"() : () -> index
    return %0 : index
  }
  func.func @with_attrs(%arg0: i32 {foo.arg_attr = 1 : i32}, %arg1: f32 {foo.a, foo.b = "x"}) -> (i32 {foo.res}, f32) attributes {foo.fn_attr, llvm.emit_c_interface} {
    return %arg0, %arg1 : i32, f32
  }
  func.func private @decl_arg_attrs(i32 {foo.x}, f32) -> (i1 {foo.y = [1, 2]})
  func.func @caller(%arg0: i32) -> i32 {
    %0 = "foo.float"() : () -> f32
    %1 = call @identity(%arg0) : (i32) -> i32
    %2:2 = call @multi_result(%1, %0) : (i32, f32) -> (f32, i32)
    call @empty() : () -> ()
    %3 = call @external(%1, %0) {foo.call_attr} : (i32, f32) -> i1
    return %2#1 : i32
  }
  func.func @indirect(%arg0: i32) -> i32 {
    %f = constant @identity : (i32) -> i32
    %0 = call_indirect %f(%arg0) : (i32) -> i32
    %f_0 = constant @multi_result : (i32, f32) -> (f32, i32)
    %1 = "foo.float"() : () -> f32
    %2:2 = call_indirect %f_0(%0, %1) : (i32, f32) -> (f32, i32)
    return %2#1 : i32
  }
  func.func @higher_order(%arg0: (i32) -> i32, %arg1: i32) -> ((i32) -> i32) {
    %0 = call_indirect %arg0(%arg1) : (i32) -> i32
    return %arg0 : (i32) -> i32
  }
  func.func @cfg(%arg0: i1, %arg1: i32) -> i32 {
    "foo.cond_br"(%arg0)[^bb1, ^bb2] : (i1) -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"(%arg1)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    %0 = "foo.compute"(%arg1) : (i32) -> i32
    "foo.br"(%0)[^bb3] : (i32) -> ()
  ^bb3(%1: i32):  // 2 preds: ^bb1, ^bb2
    return %1 : i32
  }
  module @lib {
    func.func @inner() -> i32 {
      %0 = "foo.c"() : () -> i32
      return %0 : i32
    }
  }
  func.func @call_nested() -> i32 {
    %0 = "foo.call"() {callee = @lib::@inner} : () -> i32
    return %0 : i32
  }
  func.func @generic_fn(%arg0: i64) -> i64 {
    return %arg0 : i64
  }
  func.func private @generic_decl()
  func.func @generic_attrs(%arg0: i8 {foo.a}) attributes {foo.extra} {
    return
  }
  func.func @uses_generic() -> i64 {
    %0 = "foo.c"() : () -> i64
    %1 = call @generic_fn(%0) : (i64) -> i64
    return %1 : i64
  }
  func.func @region_in_func(%arg0: f32) {
    "foo.scope"() ({
      %0 = "foo.op"(%arg0) : (f32) -> f32
      "foo.yield"(%0) : (f32) -> ()
    }) : () -> ()
    return
  }
}

