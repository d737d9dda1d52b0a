"builtin.module"() ({
  "func.func"() <{function_type = (i32, f32) -> (i64, !foo.t), sym_name = "casts"}> ({
  ^bb0(%arg0: i32, %arg1: f32):
    %5 = "builtin.unrealized_conversion_cast"(%arg0) : (i32) -> i64
    %6 = "builtin.unrealized_conversion_cast"(%arg1) : (f32) -> !foo.t
    %7:2 = "builtin.unrealized_conversion_cast"(%arg0, %arg1) : (i32, f32) -> (i1, i2)
    %8 = "builtin.unrealized_conversion_cast"() : () -> tensor<4xf32>
    %9 = "builtin.unrealized_conversion_cast"(%5) {foo.attr = "x"} : (i64) -> i64
    %10 = "builtin.unrealized_conversion_cast"(%arg0) : (i32) -> index
    "foo.use"(%7#0, %7#1, %8, %9, %10) : (i1, i2, tensor<4xf32>, i64, index) -> ()
    "func.return"(%5, %6) : (i64, !foo.t) -> ()
  }) : () -> ()
  %0 = "foo.val"() : () -> i32
  %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> si32
  %2 = "builtin.unrealized_conversion_cast"(%1) : (si32) -> ui32
  "func.func"() <{function_type = () -> (), sym_name = "nested_builtin"}> ({
    "foo.region"() ({
      "builtin.module"() ({
      ^bb0:
      }) : () -> ()
      %3 = "foo.v"() : () -> i8
      %4 = "builtin.unrealized_conversion_cast"(%3) : (i8) -> i16
    }) : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

