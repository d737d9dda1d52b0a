// Constant folding of math ops, one op per function so that the order of
// the folded constants does not depend on the rewrite driver's worklist.
func.func @absf_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.absf %c0 : f32
  return %r : f32
}
func.func @absf_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.absf %c0 : f64
  return %r : f64
}
func.func @ceil_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.ceil %c0 : f32
  return %r : f32
}
func.func @ceil_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.ceil %c0 : f64
  return %r : f64
}
func.func @floor_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.floor %c0 : f32
  return %r : f32
}
func.func @floor_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.floor %c0 : f64
  return %r : f64
}
func.func @round_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.round %c0 : f32
  return %r : f32
}
func.func @round_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.round %c0 : f64
  return %r : f64
}
func.func @roundeven_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.roundeven %c0 : f32
  return %r : f32
}
func.func @roundeven_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.roundeven %c0 : f64
  return %r : f64
}
func.func @trunc_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.trunc %c0 : f32
  return %r : f32
}
func.func @trunc_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.trunc %c0 : f64
  return %r : f64
}
func.func @sqrt_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.sqrt %c0 : f32
  return %r : f32
}
func.func @sqrt_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.sqrt %c0 : f64
  return %r : f64
}
func.func @rsqrt_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.rsqrt %c0 : f32
  return %r : f32
}
func.func @rsqrt_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.rsqrt %c0 : f64
  return %r : f64
}
func.func @exp_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.exp %c0 : f32
  return %r : f32
}
func.func @exp_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.exp %c0 : f64
  return %r : f64
}
func.func @exp2_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.exp2 %c0 : f32
  return %r : f32
}
func.func @exp2_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.exp2 %c0 : f64
  return %r : f64
}
func.func @expm1_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.expm1 %c0 : f32
  return %r : f32
}
func.func @expm1_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.expm1 %c0 : f64
  return %r : f64
}
func.func @log_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.log %c0 : f32
  return %r : f32
}
func.func @log_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.log %c0 : f64
  return %r : f64
}
func.func @log2_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.log2 %c0 : f32
  return %r : f32
}
func.func @log2_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.log2 %c0 : f64
  return %r : f64
}
func.func @log10_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.log10 %c0 : f32
  return %r : f32
}
func.func @log10_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.log10 %c0 : f64
  return %r : f64
}
func.func @log1p_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.log1p %c0 : f32
  return %r : f32
}
func.func @log1p_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.log1p %c0 : f64
  return %r : f64
}
func.func @sin_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.sin %c0 : f32
  return %r : f32
}
func.func @sin_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.sin %c0 : f64
  return %r : f64
}
func.func @cos_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.cos %c0 : f32
  return %r : f32
}
func.func @cos_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.cos %c0 : f64
  return %r : f64
}
func.func @tan_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.tan %c0 : f32
  return %r : f32
}
func.func @tan_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.tan %c0 : f64
  return %r : f64
}
func.func @asin_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.asin %c0 : f32
  return %r : f32
}
func.func @asin_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.asin %c0 : f64
  return %r : f64
}
func.func @acos_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.acos %c0 : f32
  return %r : f32
}
func.func @acos_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.acos %c0 : f64
  return %r : f64
}
func.func @atan_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.atan %c0 : f32
  return %r : f32
}
func.func @atan_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.atan %c0 : f64
  return %r : f64
}
func.func @sinh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.sinh %c0 : f32
  return %r : f32
}
func.func @sinh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.sinh %c0 : f64
  return %r : f64
}
func.func @cosh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.cosh %c0 : f32
  return %r : f32
}
func.func @cosh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.cosh %c0 : f64
  return %r : f64
}
func.func @tanh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.tanh %c0 : f32
  return %r : f32
}
func.func @tanh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.tanh %c0 : f64
  return %r : f64
}
func.func @asinh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.asinh %c0 : f32
  return %r : f32
}
func.func @asinh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.asinh %c0 : f64
  return %r : f64
}
func.func @acosh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.acosh %c0 : f32
  return %r : f32
}
func.func @acosh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.acosh %c0 : f64
  return %r : f64
}
func.func @atanh_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.atanh %c0 : f32
  return %r : f32
}
func.func @atanh_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.atanh %c0 : f64
  return %r : f64
}
func.func @erf_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.erf %c0 : f32
  return %r : f32
}
func.func @erf_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.erf %c0 : f64
  return %r : f64
}
func.func @erfc_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.erfc %c0 : f32
  return %r : f32
}
func.func @erfc_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.erfc %c0 : f64
  return %r : f64
}
func.func @cbrt_f32() -> f32 {
  %c0 = arith.constant 0.75 : f32
  %r = math.cbrt %c0 : f32
  return %r : f32
}
func.func @cbrt_f64() -> f64 {
  %c0 = arith.constant -2.5 : f64
  %r = math.cbrt %c0 : f64
  return %r : f64
}
func.func @absf_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.absf %c0 : f16
  return %r : f16
}
func.func @ceil_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.ceil %c0 : f16
  return %r : f16
}
func.func @floor_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.floor %c0 : f16
  return %r : f16
}
func.func @round_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.round %c0 : f16
  return %r : f16
}
func.func @roundeven_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.roundeven %c0 : f16
  return %r : f16
}
func.func @trunc_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.trunc %c0 : f16
  return %r : f16
}
func.func @sqrt_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.sqrt %c0 : f16
  return %r : f16
}
func.func @exp_f16() -> f16 {
  %c0 = arith.constant -1.5 : f16
  %r = math.exp %c0 : f16
  return %r : f16
}
func.func @floor_bf16() -> bf16 {
  %c0 = arith.constant 2.5 : bf16
  %r = math.floor %c0 : bf16
  return %r : bf16
}
func.func @absf_bf16() -> bf16 {
  %c0 = arith.constant 2.5 : bf16
  %r = math.absf %c0 : bf16
  return %r : bf16
}
func.func @rsqrt_zero() -> f32 {
  %c0 = arith.constant 0.0 : f32
  %r = math.rsqrt %c0 : f32
  return %r : f32
}
func.func @sqrt_negative_zero() -> f32 {
  %c0 = arith.constant -0.0 : f32
  %r = math.sqrt %c0 : f32
  return %r : f32
}
func.func @log_zero() -> f32 {
  %c0 = arith.constant 0.0 : f32
  %r = math.log %c0 : f32
  return %r : f32
}
func.func @log1p_minus_one() -> f32 {
  %c0 = arith.constant -1.0 : f32
  %r = math.log1p %c0 : f32
  return %r : f32
}
func.func @acos_nan() -> f64 {
  %c0 = arith.constant 2.0 : f64
  %r = math.acos %c0 : f64
  return %r : f64
}
func.func @isnormal_denormal() -> i1 {
  %c0 = arith.constant 1.0e-40 : f32
  %r = math.isnormal %c0 : f32
  return %r : i1
}
func.func @isnormal_f64() -> i1 {
  %c0 = arith.constant 1.0e-40 : f64
  %r = math.isnormal %c0 : f64
  return %r : i1
}
func.func @isnormal_inf() -> i1 {
  %c0 = arith.constant 0x7C00 : f16
  %r = math.isnormal %c0 : f16
  return %r : i1
}
func.func @ctlz_i8() -> i8 {
  %c0 = arith.constant -128 : i8
  %r = math.ctlz %c0 : i8
  return %r : i8
}
func.func @ctlz_i32() -> i32 {
  %c0 = arith.constant 12 : i32
  %r = math.ctlz %c0 : i32
  return %r : i32
}
func.func @cttz_i8() -> i8 {
  %c0 = arith.constant -128 : i8
  %r = math.cttz %c0 : i8
  return %r : i8
}
func.func @cttz_i32() -> i32 {
  %c0 = arith.constant 12 : i32
  %r = math.cttz %c0 : i32
  return %r : i32
}
func.func @ctpop_i8() -> i8 {
  %c0 = arith.constant -128 : i8
  %r = math.ctpop %c0 : i8
  return %r : i8
}
func.func @ctpop_i32() -> i32 {
  %c0 = arith.constant 12 : i32
  %r = math.ctpop %c0 : i32
  return %r : i32
}
func.func @absi_i8() -> i8 {
  %c0 = arith.constant -128 : i8
  %r = math.absi %c0 : i8
  return %r : i8
}
func.func @absi_i32() -> i32 {
  %c0 = arith.constant 12 : i32
  %r = math.absi %c0 : i32
  return %r : i32
}
func.func @ctlz_zero() -> i8 {
  %c0 = arith.constant 0 : i8
  %r = math.ctlz %c0 : i8
  return %r : i8
}
func.func @atan2_f32() -> f32 {
  %c0 = arith.constant 0.5 : f32
  %c1 = arith.constant -2.0 : f32
  %r = math.atan2 %c0, %c1 : f32
  return %r : f32
}
func.func @powf_f64() -> f64 {
  %c0 = arith.constant 2.5 : f64
  %c1 = arith.constant 2.5 : f64
  %r = math.powf %c0, %c1 : f64
  return %r : f64
}
func.func @copysign_f16() -> f16 {
  %c0 = arith.constant 2.5 : f16
  %c1 = arith.constant -0.0 : f16
  %r = math.copysign %c0, %c1 : f16
  return %r : f16
}
func.func @fma_f32() -> f32 {
  %c0 = arith.constant 2.0 : f32
  %c1 = arith.constant 3.0 : f32
  %c2 = arith.constant 1.0 : f32
  %r = math.fma %c0, %c1, %c2 : f32
  return %r : f32
}
func.func @ipowi_i8() -> i8 {
  %c0 = arith.constant 3 : i8
  %c1 = arith.constant 5 : i8
  %r = math.ipowi %c0, %c1 : i8
  return %r : i8
}
func.func @ipowi_negative() -> i32 {
  %c0 = arith.constant -1 : i32
  %c1 = arith.constant -3 : i32
  %r = math.ipowi %c0, %c1 : i32
  return %r : i32
}
func.func @ipowi_zero_negative() -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant -1 : i32
  %r = math.ipowi %c0, %c1 : i32
  return %r : i32
}
func.func @sqrt_splat() -> tensor<4xf32> {
  %c0 = arith.constant dense<2.0> : tensor<4xf32>
  %r = math.sqrt %c0 : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @sqrt_vector() -> vector<2xf64> {
  %c0 = arith.constant dense<[1.0, 4.0]> : vector<2xf64>
  %r = math.sqrt %c0 : vector<2xf64>
  return %r : vector<2xf64>
}
func.func @sqrt_vector_negative() -> vector<2xf32> {
  %c0 = arith.constant dense<[-1.0, 4.0]> : vector<2xf32>
  %r = math.sqrt %c0 : vector<2xf32>
  return %r : vector<2xf32>
}
func.func @floor_tensor() -> tensor<2x2xf32> {
  %c0 = arith.constant dense<[[-1.5, 2.5], [0.5, -0.5]]> : tensor<2x2xf32>
  %r = math.floor %c0 : tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}
func.func @ctlz_vector() -> vector<2xi8> {
  %c0 = arith.constant dense<[12, -128]> : vector<2xi8>
  %r = math.ctlz %c0 : vector<2xi8>
  return %r : vector<2xi8>
}
func.func @ipowi_splat() -> tensor<2xi32> {
  %c0 = arith.constant dense<3> : tensor<2xi32>
  %c1 = arith.constant dense<3> : tensor<2xi32>
  %r = math.ipowi %c0, %c1 : tensor<2xi32>
  return %r : tensor<2xi32>
}
func.func @ipowi_mixed() -> tensor<3xi16> {
  %c0 = arith.constant dense<[2, 3, 4]> : tensor<3xi16>
  %c1 = arith.constant dense<2> : tensor<3xi16>
  %r = math.ipowi %c0, %c1 : tensor<3xi16>
  return %r : tensor<3xi16>
}
func.func @isnormal_vector() -> vector<3xi1> {
  %c0 = arith.constant dense<[1.0, 0.0, 1.0e-40]> : vector<3xf32>
  %r = math.isnormal %c0 : vector<3xf32>
  return %r : vector<3xi1>
}
func.func @isnan_f32() -> i1 {
  %c0 = arith.constant 0x7FC00000 : f32
  %r = math.isnan %c0 : f32
  return %r : i1
}
func.func @isinf_f16() -> i1 {
  %c0 = arith.constant 0xFC00 : f16
  %r = math.isinf %c0 : f16
  return %r : i1
}
func.func @isfinite_f64() -> i1 {
  %c0 = arith.constant 1.0 : f64
  %r = math.isfinite %c0 : f64
  return %r : i1
}
func.func @isnan_splat() -> vector<2xi1> {
  %c0 = arith.constant dense<1.0> : vector<2xf32>
  %r = math.isnan %c0 : vector<2xf32>
  return %r : vector<2xi1>
}
func.func @isfinite_tensor() -> tensor<2xi1> {
  %c0 = arith.constant dense<[1.0, 0x7F800000]> : tensor<2xf32>
  %r = math.isfinite %c0 : tensor<2xf32>
  return %r : tensor<2xi1>
}
func.func @fpowi_f32() -> f32 {
  %c0 = arith.constant 2.0 : f32
  %c1 = arith.constant -2 : i32
  %r = math.fpowi %c0, %c1 : f32, i32
  return %r : f32
}
func.func @fpowi_f16() -> f16 {
  %c0 = arith.constant 2.0 : f16
  %c1 = arith.constant 3 : i8
  %r = math.fpowi %c0, %c1 : f16, i8
  return %r : f16
}
func.func @fpowi_vector() -> vector<2xf64> {
  %c0 = arith.constant dense<[1.5, 3.0]> : vector<2xf64>
  %c1 = arith.constant dense<[2, 3]> : vector<2xi64>
  %r = math.fpowi %c0, %c1 : vector<2xf64>, vector<2xi64>
  return %r : vector<2xf64>
}
