"builtin.module"() ({
  "func.func"() <{function_type = () -> (), sym_name = "empty"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "identity"}> ({
  ^bb0(%arg13: i32):
    "func.return"(%arg13) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, f32) -> (f32, i32), sym_name = "multi_result"}> ({
  ^bb0(%arg11: i32, %arg12: f32):
    "func.return"(%arg12, %arg11) : (f32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, f32) -> i1, sym_name = "external", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "external_no_args", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "nested_vis", sym_visibility = "nested"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "public_vis", sym_visibility = "public"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> index, sym_name = "private_with_body", sym_visibility = "private"}> ({
    %17 = "foo.const"() : () -> index
    "func.return"(%17) : (index) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{foo.arg_attr = 1 : i32}, {foo.a, foo.b = "x"}], function_type = (i32, f32) -> (i32, f32), res_attrs = [{foo.res}, {}], sym_name = "with_attrs"}> ({
  ^bb0(%arg9: i32, %arg10: f32):
    "func.return"(%arg9, %arg10) : (i32, f32) -> ()
  }) {foo.fn_attr, llvm.emit_c_interface} : () -> ()
  "func.func"() <{arg_attrs = [{foo.x}, {}], function_type = (i32, f32) -> i1, res_attrs = [{foo.y = [1, 2]}], sym_name = "decl_arg_attrs", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "caller"}> ({
  ^bb0(%arg8: i32):
    %13 = "foo.float"() : () -> f32
    %14 = "func.call"(%arg8) <{callee = @identity}> : (i32) -> i32
    %15:2 = "func.call"(%14, %13) <{callee = @multi_result}> : (i32, f32) -> (f32, i32)
    "func.call"() <{callee = @empty}> : () -> ()
    %16 = "func.call"(%14, %13) <{callee = @external}> {foo.call_attr} : (i32, f32) -> i1
    "func.return"(%15#1) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "indirect"}> ({
  ^bb0(%arg7: i32):
    %8 = "func.constant"() <{value = @identity}> : () -> ((i32) -> i32)
    %9 = "func.call_indirect"(%8, %arg7) : ((i32) -> i32, i32) -> i32
    %10 = "func.constant"() <{value = @multi_result}> : () -> ((i32, f32) -> (f32, i32))
    %11 = "foo.float"() : () -> f32
    %12:2 = "func.call_indirect"(%10, %9, %11) : ((i32, f32) -> (f32, i32), i32, f32) -> (f32, i32)
    "func.return"(%12#1) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = ((i32) -> i32, i32) -> ((i32) -> i32), sym_name = "higher_order"}> ({
  ^bb0(%arg5: (i32) -> i32, %arg6: i32):
    %7 = "func.call_indirect"(%arg5, %arg6) : ((i32) -> i32, i32) -> i32
    "func.return"(%arg5) : ((i32) -> i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32) -> i32, sym_name = "cfg"}> ({
  ^bb0(%arg3: i1, %arg4: i32):
    "foo.cond_br"(%arg3)[^bb1, ^bb2] : (i1) -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"(%arg4)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    %5 = "foo.compute"(%arg4) : (i32) -> i32
    "foo.br"(%5)[^bb3] : (i32) -> ()
  ^bb3(%6: i32):  // 2 preds: ^bb1, ^bb2
    "func.return"(%6) : (i32) -> ()
  }) : () -> ()
  "builtin.module"() <{sym_name = "lib"}> ({
    "func.func"() <{function_type = () -> i32, sym_name = "inner"}> ({
      %4 = "foo.c"() : () -> i32
      "func.return"(%4) : (i32) -> ()
    }) : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> i32, sym_name = "call_nested"}> ({
    %3 = "foo.call"() {callee = @lib::@inner} : () -> i32
    "func.return"(%3) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i64) -> i64, sym_name = "generic_fn"}> ({
  ^bb0(%arg2: i64):
    "func.return"(%arg2) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "generic_decl", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{arg_attrs = [{foo.a}], function_type = (i8) -> (), res_attrs = [], sym_name = "generic_attrs"}> ({
  ^bb0(%arg1: i8):
    "func.return"() : () -> ()
  }) {foo.extra} : () -> ()
  "func.func"() <{function_type = () -> i64, sym_name = "uses_generic"}> ({
    %1 = "foo.c"() : () -> i64
    %2 = "func.call"(%1) <{callee = @generic_fn}> : (i64) -> i64
    "func.return"(%2) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32) -> (), sym_name = "region_in_func"}> ({
  ^bb0(%arg0: f32):
    "foo.scope"() ({
      %0 = "foo.op"(%arg0) : (f32) -> f32
      "foo.yield"(%0) : (f32) -> ()
    }) : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

