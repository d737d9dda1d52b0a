"builtin.module"() ({
  "func.func"() <{function_type = (f32, f64, f16, vector<4xf32>, tensor<2x?xf64>) -> (), sym_name = "float_unary"}> ({
  ^bb0(%arg13: f32, %arg14: f64, %arg15: f16, %arg16: vector<4xf32>, %arg17: tensor<2x?xf64>):
    %16 = "math.absf"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %17 = "math.acos"(%arg14) <{fastmath = #arith.fastmath<nnan>}> : (f64) -> f64
    %18 = "math.acosh"(%arg15) <{fastmath = #arith.fastmath<none>}> : (f16) -> f16
    %19 = "math.asin"(%arg16) <{fastmath = #arith.fastmath<none>}> : (vector<4xf32>) -> vector<4xf32>
    %20 = "math.asinh"(%arg17) <{fastmath = #arith.fastmath<none>}> : (tensor<2x?xf64>) -> tensor<2x?xf64>
    %21 = "math.atan"(%arg13) <{fastmath = #arith.fastmath<fast>}> : (f32) -> f32
    %22 = "math.atanh"(%arg13) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32) -> f32
    %23 = "math.cbrt"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %24 = "math.ceil"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %25 = "math.cos"(%arg13) <{fastmath = #arith.fastmath<afn>}> : (f32) -> f32
    %26 = "math.cosh"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %27 = "math.erf"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %28 = "math.erfc"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %29 = "math.exp"(%arg13) <{fastmath = #arith.fastmath<reassoc,contract>}> : (f32) -> f32
    %30 = "math.exp2"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %31 = "math.expm1"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %32 = "math.floor"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %33 = "math.log"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %34 = "math.log10"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %35 = "math.log1p"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %36 = "math.log2"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %37 = "math.round"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %38 = "math.roundeven"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %39 = "math.rsqrt"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %40 = "math.sin"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %41 = "math.sinh"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %42 = "math.sqrt"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %43 = "math.tan"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %44 = "math.tanh"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %45 = "math.trunc"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %46:2 = "math.sincos"(%arg13) <{fastmath = #arith.fastmath<none>}> : (f32) -> (f32, f32)
    %47:2 = "math.sincos"(%arg16) <{fastmath = #arith.fastmath<afn>}> : (vector<4xf32>) -> (vector<4xf32>, vector<4xf32>)
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, f32, f32, vector<2xf64>, i32, vector<2xi64>) -> (), sym_name = "float_binary"}> ({
  ^bb0(%arg7: f32, %arg8: f32, %arg9: f32, %arg10: vector<2xf64>, %arg11: i32, %arg12: vector<2xi64>):
    %9 = "math.atan2"(%arg7, %arg8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %10 = "math.copysign"(%arg7, %arg8) <{fastmath = #arith.fastmath<nsz>}> : (f32, f32) -> f32
    %11 = "math.powf"(%arg10, %arg10) <{fastmath = #arith.fastmath<none>}> : (vector<2xf64>, vector<2xf64>) -> vector<2xf64>
    %12 = "math.fma"(%arg7, %arg8, %arg9) <{fastmath = #arith.fastmath<none>}> : (f32, f32, f32) -> f32
    %13 = "math.fma"(%arg7, %arg8, %arg9) <{fastmath = #arith.fastmath<contract>}> : (f32, f32, f32) -> f32
    %14 = "math.fpowi"(%arg7, %arg11) <{fastmath = #arith.fastmath<none>}> : (f32, i32) -> f32
    %15 = "math.fpowi"(%arg10, %arg12) <{fastmath = #arith.fastmath<fast>}> : (vector<2xf64>, vector<2xi64>) -> vector<2xf64>
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, vector<4xf16>, tensor<?xbf16>) -> (i1, vector<4xi1>, tensor<?xi1>, i1), sym_name = "classify"}> ({
  ^bb0(%arg4: f32, %arg5: vector<4xf16>, %arg6: tensor<?xbf16>):
    %5 = "math.isfinite"(%arg4) <{fastmath = #arith.fastmath<none>}> : (f32) -> i1
    %6 = "math.isinf"(%arg5) <{fastmath = #arith.fastmath<nnan>}> : (vector<4xf16>) -> vector<4xi1>
    %7 = "math.isnan"(%arg6) <{fastmath = #arith.fastmath<none>}> : (tensor<?xbf16>) -> tensor<?xi1>
    %8 = "math.isnormal"(%arg4) <{fastmath = #arith.fastmath<none>}> : (f32) -> i1
    "func.return"(%5, %6, %7, %8) : (i1, vector<4xi1>, tensor<?xi1>, i1) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32, vector<4xi8>, tensor<3xi64>) -> (), sym_name = "integer"}> ({
  ^bb0(%arg0: i32, %arg1: i32, %arg2: vector<4xi8>, %arg3: tensor<3xi64>):
    %0 = "math.absi"(%arg0) : (i32) -> i32
    %1 = "math.ctlz"(%arg2) : (vector<4xi8>) -> vector<4xi8>
    %2 = "math.cttz"(%arg3) : (tensor<3xi64>) -> tensor<3xi64>
    %3 = "math.ctpop"(%arg0) : (i32) -> i32
    %4 = "math.ipowi"(%arg0, %arg1) : (i32, i32) -> i32
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

