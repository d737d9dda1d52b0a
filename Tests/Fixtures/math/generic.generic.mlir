"builtin.module"() ({
  "func.func"() <{function_type = (f32, i32) -> (), sym_name = "generic"}> ({
  ^bb0(%arg0: f32, %arg1: i32):
    %0 = "math.exp"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %1 = "math.exp"(%arg0) <{fastmath = #arith.fastmath<fast>}> : (f32) -> f32
    %2 = "math.powf"(%arg0, %arg0) <{fastmath = #arith.fastmath<arcp>}> {tag = 1 : i32} : (f32, f32) -> f32
    %3 = "math.isnan"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> i1
    %4 = "math.ctpop"(%arg1) : (i32) -> i32
    %5 = "math.fpowi"(%arg0, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, i32) -> f32
    %6:2 = "math.sincos"(%arg0) <{fastmath = #arith.fastmath<afn>}> : (f32) -> (f32, f32)
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

