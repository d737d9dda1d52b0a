// Every math op in its custom form, with and without fast-math flags.
func.func @float_unary(%f: f32, %d: f64, %h: f16, %v: vector<4xf32>, %t: tensor<2x?xf64>) {
  %0 = math.absf %f : f32
  %1 = math.acos %d fastmath<nnan> : f64
  %2 = math.acosh %h : f16
  %3 = math.asin %v : vector<4xf32>
  %4 = math.asinh %t : tensor<2x?xf64>
  %5 = math.atan %f fastmath<fast> : f32
  %6 = math.atanh %f fastmath<nnan,ninf> : f32
  %7 = math.cbrt %f : f32
  %8 = math.ceil %f : f32
  %9 = math.cos %f fastmath<afn> : f32
  %10 = math.cosh %f : f32
  %11 = math.erf %f : f32
  %12 = math.erfc %f : f32
  %13 = math.exp %f fastmath<reassoc,contract> : f32
  %14 = math.exp2 %f : f32
  %15 = math.expm1 %f : f32
  %16 = math.floor %f : f32
  %17 = math.log %f : f32
  %18 = math.log10 %f : f32
  %19 = math.log1p %f : f32
  %20 = math.log2 %f : f32
  %21 = math.round %f : f32
  %22 = math.roundeven %f : f32
  %23 = math.rsqrt %f : f32
  %24 = math.sin %f : f32
  %25 = math.sinh %f : f32
  %26 = math.sqrt %f fastmath<none> : f32
  %27 = math.tan %f : f32
  %28 = math.tanh %f : f32
  %29 = math.trunc %f : f32
  %30:2 = math.sincos %f : f32
  %31:2 = math.sincos %v fastmath<afn> : vector<4xf32>
  return
}

func.func @float_binary(%a: f32, %b: f32, %c: f32, %v: vector<2xf64>, %i: i32, %vi: vector<2xi64>) {
  %0 = math.atan2 %a, %b : f32
  %1 = math.copysign %a, %b fastmath<nsz> : f32
  %2 = math.powf %v, %v : vector<2xf64>
  %3 = math.fma %a, %b, %c : f32
  %4 = math.fma %a, %b, %c fastmath<contract> : f32
  %5 = math.fpowi %a, %i : f32, i32
  %6 = math.fpowi %v, %vi fastmath<fast> : vector<2xf64>, vector<2xi64>
  return
}

func.func @classify(%a: f32, %v: vector<4xf16>, %t: tensor<?xbf16>) -> (i1, vector<4xi1>, tensor<?xi1>, i1) {
  %0 = math.isfinite %a : f32
  %1 = math.isinf %v fastmath<nnan> : vector<4xf16>
  %2 = math.isnan %t : tensor<?xbf16>
  %3 = math.isnormal %a : f32
  return %0, %1, %2, %3 : i1, vector<4xi1>, tensor<?xi1>, i1
}

func.func @integer(%i: i32, %j: i32, %v: vector<4xi8>, %t: tensor<3xi64>) {
  %0 = math.absi %i : i32
  %1 = math.ctlz %v : vector<4xi8>
  %2 = math.cttz %t : tensor<3xi64>
  %3 = math.ctpop %i : i32
  %4 = math.ipowi %i, %j : i32
  return
}
