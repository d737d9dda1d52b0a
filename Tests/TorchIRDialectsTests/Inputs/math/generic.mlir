// Generic-form input: default fast-math flags are elided when printed.
"func.func"() <{function_type = (f32, i32) -> (), sym_name = "generic"}> ({
^bb0(%a: f32, %i: i32):
  %0 = "math.exp"(%a) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
  %1 = "math.exp"(%a) <{fastmath = #arith.fastmath<nnan,ninf,nsz,arcp,contract,afn,reassoc>}> : (f32) -> f32
  %2 = "math.powf"(%a, %a) <{fastmath = #arith.fastmath<arcp>}> {tag = 1 : i32} : (f32, f32) -> f32
  %3 = "math.isnan"(%a) : (f32) -> i1
  %4 = "math.ctpop"(%i) : (i32) -> i32
  %5 = "math.fpowi"(%a, %i) : (f32, i32) -> f32
  %6:2 = "math.sincos"(%a) <{fastmath = #arith.fastmath<afn>}> : (f32) -> (f32, f32)
  "func.return"() : () -> ()
}) : () -> ()
