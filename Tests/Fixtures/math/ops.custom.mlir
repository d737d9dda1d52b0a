module {
  func.func @float_unary(%arg0: f32, %arg1: f64, %arg2: f16, %arg3: vector<4xf32>, %arg4: tensor<2x?xf64>) {
    %0 = math.absf %arg0 : f32
    %1 = math.acos %arg1 fastmath<nnan> : f64
    %2 = math.acosh %arg2 : f16
    %3 = math.asin %arg3 : vector<4xf32>
    %4 = math.asinh %arg4 : tensor<2x?xf64>
    %5 = math.atan %arg0 fastmath<fast> : f32
    %6 = math.atanh %arg0 fastmath<nnan,ninf> : f32
    %7 = math.cbrt %arg0 : f32
    %8 = math.ceil %arg0 : f32
    %9 = math.cos %arg0 fastmath<afn> : f32
    %10 = math.cosh %arg0 : f32
    %11 = math.erf %arg0 : f32
    %12 = math.erfc %arg0 : f32
    %13 = math.exp %arg0 fastmath<reassoc,contract> : f32
    %14 = math.exp2 %arg0 : f32
    %15 = math.expm1 %arg0 : f32
    %16 = math.floor %arg0 : f32
    %17 = math.log %arg0 : f32
    %18 = math.log10 %arg0 : f32
    %19 = math.log1p %arg0 : f32
    %20 = math.log2 %arg0 : f32
    %21 = math.round %arg0 : f32
    %22 = math.roundeven %arg0 : f32
    %23 = math.rsqrt %arg0 : f32
    %24 = math.sin %arg0 : f32
    %25 = math.sinh %arg0 : f32
    %26 = math.sqrt %arg0 : f32
    %27 = math.tan %arg0 : f32
    %28 = math.tanh %arg0 : f32
    %29 = math.trunc %arg0 : f32
    %sin, %cos = math.sincos %arg0 : f32
    %sin_0, %cos_1 = math.sincos %arg3 fastmath<afn> : vector<4xf32>
    return
  }
  func.func @float_binary(%arg0: f32, %arg1: f32, %arg2: f32, %arg3: vector<2xf64>, %arg4: i32, %arg5: vector<2xi64>) {
    %0 = math.atan2 %arg0, %arg1 : f32
    %1 = math.copysign %arg0, %arg1 fastmath<nsz> : f32
    %2 = math.powf %arg3, %arg3 : vector<2xf64>
    %3 = math.fma %arg0, %arg1, %arg2 : f32
    %4 = math.fma %arg0, %arg1, %arg2 fastmath<contract> : f32
    %5 = math.fpowi %arg0, %arg4 : f32, i32
    %6 = math.fpowi %arg3, %arg5 fastmath<fast> : vector<2xf64>, vector<2xi64>
    return
  }
  func.func @classify(%arg0: f32, %arg1: vector<4xf16>, %arg2: tensor<?xbf16>) -> (i1, vector<4xi1>, tensor<?xi1>, i1) {
    %0 = math.isfinite %arg0 : f32
    %1 = math.isinf %arg1 fastmath<nnan> : vector<4xf16>
    %2 = math.isnan %arg2 : tensor<?xbf16>
    %3 = math.isnormal %arg0 : f32
    return %0, %1, %2, %3 : i1, vector<4xi1>, tensor<?xi1>, i1
  }
  func.func @integer(%arg0: i32, %arg1: i32, %arg2: vector<4xi8>, %arg3: tensor<3xi64>) {
    %0 = math.absi %arg0 : i32
    %1 = math.ctlz %arg2 : vector<4xi8>
    %2 = math.cttz %arg3 : tensor<3xi64>
    %3 = math.ctpop %arg0 : i32
    %4 = math.ipowi %arg0, %arg1 : i32
    return
  }
}

