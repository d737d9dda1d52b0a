// The func dialect: func.func, func.return, func.call, func.call_indirect, func.constant.
func.func @empty() {
  return
}
func.func @identity(%arg0: i32) -> i32 {
  func.return %arg0 : i32
}
func.func @multi_result(%a: i32, %b: f32) -> (f32, i32) {
  return %b, %a : f32, i32
}
// External declarations, visibility.
func.func private @external(i32, f32) -> i1
func.func private @external_no_args()
func.func nested @nested_vis() {
  return
}
func.func public @public_vis() {
  return
}
func.func private @private_with_body() -> index {
  %c = "foo.const"() : () -> index
  return %c : index
}
// Function attributes, argument and result attributes.
func.func @with_attrs(%arg0: i32 {foo.arg_attr = 1 : i32}, %arg1: f32 {foo.a, foo.b = "x"}) -> (i32 {foo.res}, f32) attributes {foo.fn_attr, llvm.emit_c_interface} {
  return %arg0, %arg1 : i32, f32
}
func.func private @decl_arg_attrs(i32 {foo.x}, f32) -> (i1 {foo.y = [1, 2]})
// Function types as arguments and results; calls.
func.func @caller(%x: i32) -> i32 {
  %f = "foo.float"() : () -> f32
  %0 = call @identity(%x) : (i32) -> i32
  %1:2 = func.call @multi_result(%0, %f) : (i32, f32) -> (f32, i32)
  func.call @empty() : () -> ()
  %2 = call @external(%0, %f) {foo.call_attr} : (i32, f32) -> i1
  return %1#1 : i32
}
// func.constant and func.call_indirect.
func.func @indirect(%v: i32) -> i32 {
  %fn = constant @identity : (i32) -> i32
  %r = func.call_indirect %fn(%v) : (i32) -> i32
  %fn2 = func.constant @multi_result : (i32, f32) -> (f32, i32)
  %g = "foo.float"() : () -> f32
  %r2:2 = call_indirect %fn2(%r, %g) : (i32, f32) -> (f32, i32)
  return %r2#1 : i32
}
// Function-typed arguments and results.
func.func @higher_order(%f: (i32) -> i32, %x: i32) -> ((i32) -> i32) {
  %y = call_indirect %f(%x) : (i32) -> i32
  return %f : (i32) -> i32
}
// Control flow across blocks inside a function (with unregistered branch ops).
func.func @cfg(%cond: i1, %a: i32) -> i32 {
  "foo.cond_br"(%cond) [^bb1, ^bb2] : (i1) -> ()
^bb1:
  "foo.br"(%a) [^bb3] : (i32) -> ()
^bb2:
  %b = "foo.compute"(%a) : (i32) -> i32
  "foo.br"(%b) [^bb3] : (i32) -> ()
^bb3(%phi: i32):
  return %phi : i32
}
// Functions nested in a named module, and calls to nested symbols.
module @lib {
  func.func @inner() -> i32 {
    %c = "foo.c"() : () -> i32
    return %c : i32
  }
}
func.func @call_nested() -> i32 {
  %r = "foo.call"() {callee = @lib::@inner} : () -> i32
  return %r : i32
}
// Generic form of func ops.
"func.func"() <{function_type = (i64) -> i64, sym_name = "generic_fn"}> ({
^bb0(%arg0: i64):
  "func.return"(%arg0) : (i64) -> ()
}) : () -> ()
"func.func"() <{function_type = () -> (), sym_name = "generic_decl", sym_visibility = "private"}> ({
}) : () -> ()
"func.func"() <{arg_attrs = [{foo.a}], function_type = (i8) -> (), res_attrs = [], sym_name = "generic_attrs"}> ({
^bb0(%arg0: i8):
  "func.return"() : () -> ()
}) {foo.extra} : () -> ()
func.func @uses_generic() -> i64 {
  %c = "foo.c"() : () -> i64
  %r = "func.call"(%c) <{callee = @generic_fn}> : (i64) -> i64
  return %r : i64
}
// Unregistered ops with regions inside functions.
func.func @region_in_func(%x: f32) {
  "foo.scope"() ({
    %y = "foo.op"(%x) : (f32) -> f32
    "foo.yield"(%y) : (f32) -> ()
  }) : () -> ()
  return
}
