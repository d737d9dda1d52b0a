module {
  func.func @absf_f32() -> f32 {
    %cst = arith.constant 7.500000e-01 : f32
    return %cst : f32
  }
  func.func @absf_f64() -> f64 {
    %cst = arith.constant 2.500000e+00 : f64
    return %cst : f64
  }
  func.func @ceil_f32() -> f32 {
    %cst = arith.constant 1.000000e+00 : f32
    return %cst : f32
  }
  func.func @ceil_f64() -> f64 {
    %cst = arith.constant -2.000000e+00 : f64
    return %cst : f64
  }
  func.func @floor_f32() -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    return %cst : f32
  }
  func.func @floor_f64() -> f64 {
    %cst = arith.constant -3.000000e+00 : f64
    return %cst : f64
  }
  func.func @round_f32() -> f32 {
    %cst = arith.constant 1.000000e+00 : f32
    return %cst : f32
  }
  func.func @round_f64() -> f64 {
    %cst = arith.constant -3.000000e+00 : f64
    return %cst : f64
  }
  func.func @roundeven_f32() -> f32 {
    %cst = arith.constant 1.000000e+00 : f32
    return %cst : f32
  }
  func.func @roundeven_f64() -> f64 {
    %cst = arith.constant -2.000000e+00 : f64
    return %cst : f64
  }
  func.func @trunc_f32() -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    return %cst : f32
  }
  func.func @trunc_f64() -> f64 {
    %cst = arith.constant -2.000000e+00 : f64
    return %cst : f64
  }
  func.func @sqrt_f32() -> f32 {
    %cst = arith.constant 0.866025388 : f32
    return %cst : f32
  }
  func.func @sqrt_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.sqrt %cst : f64
    return %0 : f64
  }
  func.func @rsqrt_f32() -> f32 {
    %cst = arith.constant 1.15470052 : f32
    return %cst : f32
  }
  func.func @rsqrt_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.rsqrt %cst : f64
    return %0 : f64
  }
  func.func @exp_f32() -> f32 {
    %cst = arith.constant 2.117000e+00 : f32
    return %cst : f32
  }
  func.func @exp_f64() -> f64 {
    %cst = arith.constant 0.0820849986238988 : f64
    return %cst : f64
  }
  func.func @exp2_f32() -> f32 {
    %cst = arith.constant 1.68179286 : f32
    return %cst : f32
  }
  func.func @exp2_f64() -> f64 {
    %cst = arith.constant 0.17677669529663689 : f64
    return %cst : f64
  }
  func.func @expm1_f32() -> f32 {
    %cst = arith.constant 1.117000e+00 : f32
    return %cst : f32
  }
  func.func @expm1_f64() -> f64 {
    %cst = arith.constant -0.91791500137610126 : f64
    return %cst : f64
  }
  func.func @log_f32() -> f32 {
    %cst = arith.constant -0.287682086 : f32
    return %cst : f32
  }
  func.func @log_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.log %cst : f64
    return %0 : f64
  }
  func.func @log2_f32() -> f32 {
    %cst = arith.constant -0.415037513 : f32
    return %cst : f32
  }
  func.func @log2_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.log2 %cst : f64
    return %0 : f64
  }
  func.func @log10_f32() -> f32 {
    %cst = arith.constant -0.124938749 : f32
    return %cst : f32
  }
  func.func @log10_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.log10 %cst : f64
    return %0 : f64
  }
  func.func @log1p_f32() -> f32 {
    %cst = arith.constant 0.559615791 : f32
    return %cst : f32
  }
  func.func @log1p_f64() -> f64 {
    %cst = arith.constant -2.500000e+00 : f64
    %0 = math.log1p %cst : f64
    return %0 : f64
  }
  func.func @sin_f32() -> f32 {
    %cst = arith.constant 0.681638777 : f32
    return %cst : f32
  }
  func.func @sin_f64() -> f64 {
    %cst = arith.constant -0.59847214410395655 : f64
    return %cst : f64
  }
  func.func @cos_f32() -> f32 {
    %cst = arith.constant 0.731688857 : f32
    return %cst : f32
  }
  func.func @cos_f64() -> f64 {
    %cst = arith.constant -0.8011436155469337 : f64
    return %cst : f64
  }
  func.func @tan_f32() -> f32 {
    %cst = arith.constant 0.931596457 : f32
    return %cst : f32
  }
  func.func @tan_f64() -> f64 {
    %cst = arith.constant 0.74702229723866032 : f64
    return %cst : f64
  }
  func.func @asin_f32() -> f32 {
    %cst = arith.constant 0.848062098 : f32
    return %cst : f32
  }
  func.func @asin_f64() -> f64 {
    %cst = arith.constant 0x7FF8000000000000 : f64
    return %cst : f64
  }
  func.func @acos_f32() -> f32 {
    %cst = arith.constant 0.722734272 : f32
    return %cst : f32
  }
  func.func @acos_f64() -> f64 {
    %cst = arith.constant 0x7FF8000000000000 : f64
    return %cst : f64
  }
  func.func @atan_f32() -> f32 {
    %cst = arith.constant 0.643501102 : f32
    return %cst : f32
  }
  func.func @atan_f64() -> f64 {
    %cst = arith.constant -1.1902899496825317 : f64
    return %cst : f64
  }
  func.func @sinh_f32() -> f32 {
    %cst = arith.constant 0.822316706 : f32
    return %cst : f32
  }
  func.func @sinh_f64() -> f64 {
    %cst = arith.constant -6.0502044810397875 : f64
    return %cst : f64
  }
  func.func @cosh_f32() -> f32 {
    %cst = arith.constant 1.29468334 : f32
    return %cst : f32
  }
  func.func @cosh_f64() -> f64 {
    %cst = arith.constant 6.1322894796636858 : f64
    return %cst : f64
  }
  func.func @tanh_f32() -> f32 {
    %cst = arith.constant 0.635148942 : f32
    return %cst : f32
  }
  func.func @tanh_f64() -> f64 {
    %cst = arith.constant -0.98661429815143031 : f64
    return %cst : f64
  }
  func.func @asinh_f32() -> f32 {
    %cst = arith.constant 0.693147182 : f32
    return %cst : f32
  }
  func.func @asinh_f64() -> f64 {
    %cst = arith.constant -1.6472311463710958 : f64
    return %cst : f64
  }
  func.func @acosh_f32() -> f32 {
    %cst = arith.constant 0xFFC00000 : f32
    return %cst : f32
  }
  func.func @acosh_f64() -> f64 {
    %cst = arith.constant 0xFFF8000000000000 : f64
    return %cst : f64
  }
  func.func @atanh_f32() -> f32 {
    %cst = arith.constant 0.972955107 : f32
    return %cst : f32
  }
  func.func @atanh_f64() -> f64 {
    %cst = arith.constant 0xFFF8000000000000 : f64
    return %cst : f64
  }
  func.func @erf_f32() -> f32 {
    %cst = arith.constant 0.711155653 : f32
    return %cst : f32
  }
  func.func @erf_f64() -> f64 {
    %cst = arith.constant -0.99959304798255499 : f64
    return %cst : f64
  }
  func.func @erfc_f32() -> f32 {
    %cst = arith.constant 0.288844377 : f32
    return %cst : f32
  }
  func.func @erfc_f64() -> f64 {
    %cst = arith.constant 1.999593047982555 : f64
    return %cst : f64
  }
  func.func @cbrt_f32() -> f32 {
    %cst = arith.constant 0.908560276 : f32
    return %cst : f32
  }
  func.func @cbrt_f64() -> f64 {
    %cst = arith.constant -1.3572088082974532 : f64
    return %cst : f64
  }
  func.func @absf_f16() -> f16 {
    %cst = arith.constant 1.500000e+00 : f16
    return %cst : f16
  }
  func.func @ceil_f16() -> f16 {
    %cst = arith.constant -1.000000e+00 : f16
    return %cst : f16
  }
  func.func @floor_f16() -> f16 {
    %cst = arith.constant -2.000000e+00 : f16
    return %cst : f16
  }
  func.func @round_f16() -> f16 {
    %cst = arith.constant -1.500000e+00 : f16
    %0 = math.round %cst : f16
    return %0 : f16
  }
  func.func @roundeven_f16() -> f16 {
    %cst = arith.constant -2.000000e+00 : f16
    return %cst : f16
  }
  func.func @trunc_f16() -> f16 {
    %cst = arith.constant -1.500000e+00 : f16
    %0 = math.trunc %cst : f16
    return %0 : f16
  }
  func.func @sqrt_f16() -> f16 {
    %cst = arith.constant -1.500000e+00 : f16
    %0 = math.sqrt %cst : f16
    return %0 : f16
  }
  func.func @exp_f16() -> f16 {
    %cst = arith.constant -1.500000e+00 : f16
    %0 = math.exp %cst : f16
    return %0 : f16
  }
  func.func @floor_bf16() -> bf16 {
    %cst = arith.constant 2.000000e+00 : bf16
    return %cst : bf16
  }
  func.func @absf_bf16() -> bf16 {
    %cst = arith.constant 2.500000e+00 : bf16
    return %cst : bf16
  }
  func.func @rsqrt_zero() -> f32 {
    %cst = arith.constant 0x7F800000 : f32
    return %cst : f32
  }
  func.func @sqrt_negative_zero() -> f32 {
    %cst = arith.constant -0.000000e+00 : f32
    %0 = math.sqrt %cst : f32
    return %0 : f32
  }
  func.func @log_zero() -> f32 {
    %cst = arith.constant 0xFF800000 : f32
    return %cst : f32
  }
  func.func @log1p_minus_one() -> f32 {
    %cst = arith.constant 0xFF800000 : f32
    return %cst : f32
  }
  func.func @acos_nan() -> f64 {
    %cst = arith.constant 0x7FF8000000000000 : f64
    return %cst : f64
  }
  func.func @isnormal_denormal() -> i1 {
    %false = arith.constant false
    return %false : i1
  }
  func.func @isnormal_f64() -> i1 {
    %true = arith.constant true
    return %true : i1
  }
  func.func @isnormal_inf() -> i1 {
    %false = arith.constant false
    return %false : i1
  }
  func.func @ctlz_i8() -> i8 {
    %c0_i8 = arith.constant 0 : i8
    return %c0_i8 : i8
  }
  func.func @ctlz_i32() -> i32 {
    %c28_i32 = arith.constant 28 : i32
    return %c28_i32 : i32
  }
  func.func @cttz_i8() -> i8 {
    %c7_i8 = arith.constant 7 : i8
    return %c7_i8 : i8
  }
  func.func @cttz_i32() -> i32 {
    %c2_i32 = arith.constant 2 : i32
    return %c2_i32 : i32
  }
  func.func @ctpop_i8() -> i8 {
    %c1_i8 = arith.constant 1 : i8
    return %c1_i8 : i8
  }
  func.func @ctpop_i32() -> i32 {
    %c2_i32 = arith.constant 2 : i32
    return %c2_i32 : i32
  }
  func.func @absi_i8() -> i8 {
    %c-128_i8 = arith.constant -128 : i8
    return %c-128_i8 : i8
  }
  func.func @absi_i32() -> i32 {
    %c12_i32 = arith.constant 12 : i32
    return %c12_i32 : i32
  }
  func.func @ctlz_zero() -> i8 {
    %c8_i8 = arith.constant 8 : i8
    return %c8_i8 : i8
  }
  func.func @atan2_f32() -> f32 {
    %cst = arith.constant 2.89661407 : f32
    return %cst : f32
  }
  func.func @powf_f64() -> f64 {
    %cst = arith.constant 9.8821176880261862 : f64
    return %cst : f64
  }
  func.func @copysign_f16() -> f16 {
    %cst = arith.constant -2.500000e+00 : f16
    return %cst : f16
  }
  func.func @fma_f32() -> f32 {
    %cst = arith.constant 2.000000e+00 : f32
    %cst_0 = arith.constant 3.000000e+00 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %0 = math.fma %cst, %cst_0, %cst_1 : f32
    return %0 : f32
  }
  func.func @ipowi_i8() -> i8 {
    %c-13_i8 = arith.constant -13 : i8
    return %c-13_i8 : i8
  }
  func.func @ipowi_negative() -> i32 {
    %c-1_i32 = arith.constant -1 : i32
    return %c-1_i32 : i32
  }
  func.func @ipowi_zero_negative() -> i32 {
    %c0_i32 = arith.constant 0 : i32
    %c-1_i32 = arith.constant -1 : i32
    %0 = math.ipowi %c0_i32, %c-1_i32 : i32
    return %0 : i32
  }
  func.func @sqrt_splat() -> tensor<4xf32> {
    %cst = arith.constant dense<1.41421354> : tensor<4xf32>
    return %cst : tensor<4xf32>
  }
  func.func @sqrt_vector() -> vector<2xf64> {
    %cst = arith.constant dense<[1.000000e+00, 2.000000e+00]> : vector<2xf64>
    return %cst : vector<2xf64>
  }
  func.func @sqrt_vector_negative() -> vector<2xf32> {
    %cst = arith.constant dense<[-1.000000e+00, 4.000000e+00]> : vector<2xf32>
    %0 = math.sqrt %cst : vector<2xf32>
    return %0 : vector<2xf32>
  }
  func.func @floor_tensor() -> tensor<2x2xf32> {
    %cst = arith.constant dense<[[-2.000000e+00, 2.000000e+00], [0.000000e+00, -1.000000e+00]]> : tensor<2x2xf32>
    return %cst : tensor<2x2xf32>
  }
  func.func @ctlz_vector() -> vector<2xi8> {
    %cst = arith.constant dense<[4, 0]> : vector<2xi8>
    return %cst : vector<2xi8>
  }
  func.func @ipowi_splat() -> tensor<2xi32> {
    %cst = arith.constant dense<27> : tensor<2xi32>
    return %cst : tensor<2xi32>
  }
  func.func @ipowi_mixed() -> tensor<3xi16> {
    %cst = arith.constant dense<[4, 9, 16]> : tensor<3xi16>
    return %cst : tensor<3xi16>
  }
  func.func @isnormal_vector() -> vector<3xi1> {
    %cst = arith.constant dense<[1.000000e+00, 0.000000e+00, 9.999940e-41]> : vector<3xf32>
    %0 = math.isnormal %cst : vector<3xf32>
    return %0 : vector<3xi1>
  }
  func.func @isnan_f32() -> i1 {
    %true = arith.constant true
    return %true : i1
  }
  func.func @isinf_f16() -> i1 {
    %true = arith.constant true
    return %true : i1
  }
  func.func @isfinite_f64() -> i1 {
    %true = arith.constant true
    return %true : i1
  }
  func.func @isnan_splat() -> vector<2xi1> {
    %cst = arith.constant dense<false> : vector<2xi1>
    return %cst : vector<2xi1>
  }
  func.func @isfinite_tensor() -> tensor<2xi1> {
    %cst = arith.constant dense<[1.000000e+00, 0x7F800000]> : tensor<2xf32>
    %0 = math.isfinite %cst : tensor<2xf32>
    return %0 : tensor<2xi1>
  }
  func.func @fpowi_f32() -> f32 {
    %cst = arith.constant 2.500000e-01 : f32
    return %cst : f32
  }
  func.func @fpowi_f16() -> f16 {
    %cst = arith.constant 2.000000e+00 : f16
    %c3_i8 = arith.constant 3 : i8
    %0 = math.fpowi %cst, %c3_i8 : f16, i8
    return %0 : f16
  }
  func.func @fpowi_vector() -> vector<2xf64> {
    %cst = arith.constant dense<[2.250000e+00, 2.700000e+01]> : vector<2xf64>
    return %cst : vector<2xf64>
  }
}

