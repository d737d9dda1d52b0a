module {
  func.func @copy_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.copy ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @copy_i8_i32(%arg0: tensor<4x3xi8>, %arg1: tensor<4x3xi32>) -> tensor<4x3xi32> {
    %0 = linalg.copy ins(%arg0 : tensor<4x3xi8>) outs(%arg1 : tensor<4x3xi32>) -> tensor<4x3xi32>
    return %0 : tensor<4x3xi32>
  }
  func.func @copy_f16_f32(%arg0: tensor<4x3xf16>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.copy ins(%arg0 : tensor<4x3xf16>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @exp_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.exp ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @log_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.log ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @abs_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.abs ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @ceil_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.ceil ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @floor_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.floor ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @negf_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.negf ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @reciprocal_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %cst = arith.constant 1.000000e+00 : f32
    %0 = linalg.reciprocal ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @round_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.round ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @sqrt_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.sqrt ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @rsqrt_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.rsqrt ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @square_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.square ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @tanh_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.tanh ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @erf_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.erf ins(%arg0 : tensor<4x3xf32>) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @add_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.add ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @sub_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.sub ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @mul_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.mul ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @div_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.div ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @div_unsigned_i32(%arg0: tensor<4x3xi32>, %arg1: tensor<4x3xi32>, %arg2: tensor<4x3xi32>) -> tensor<4x3xi32> {
    %0 = linalg.div_unsigned ins(%arg0, %arg1 : tensor<4x3xi32>, tensor<4x3xi32>) outs(%arg2 : tensor<4x3xi32>) -> tensor<4x3xi32>
    return %0 : tensor<4x3xi32>
  }
  func.func @max_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.max ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @min_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.min ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @powf_f32(%arg0: tensor<4x3xf32>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.powf ins(%arg0, %arg1 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg2 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @select_f32(%arg0: tensor<4x3xi1>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>, %arg3: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.select ins(%arg0, %arg1, %arg2 : tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg3 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @select_i8_i32(%arg0: tensor<4x3xi1>, %arg1: tensor<4x3xi32>, %arg2: tensor<4x3xi32>, %arg3: tensor<4x3xi32>) -> tensor<4x3xi32> {
    %0 = linalg.select ins(%arg0, %arg1, %arg2 : tensor<4x3xi1>, tensor<4x3xi32>, tensor<4x3xi32>) outs(%arg3 : tensor<4x3xi32>) -> tensor<4x3xi32>
    return %0 : tensor<4x3xi32>
  }
  func.func @select_f16_f32(%arg0: tensor<4x3xi1>, %arg1: tensor<4x3xf32>, %arg2: tensor<4x3xf32>, %arg3: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.select ins(%arg0, %arg1, %arg2 : tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) outs(%arg3 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @quantized_matmul_f32(%arg0: tensor<2x4xf32>, %arg1: tensor<4x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.quantized_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x4xf32>, tensor<4x3xf32>, i32, i32) outs(%arg4 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @quantized_matmul_i8_i32(%arg0: tensor<2x4xi8>, %arg1: tensor<4x3xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3xi32>) -> tensor<2x3xi32> {
    %0 = linalg.quantized_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x4xi8>, tensor<4x3xi8>, i32, i32) outs(%arg4 : tensor<2x3xi32>) -> tensor<2x3xi32>
    return %0 : tensor<2x3xi32>
  }
  func.func @quantized_matmul_f16_f32(%arg0: tensor<2x4xf16>, %arg1: tensor<4x3xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.quantized_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x4xf16>, tensor<4x3xf16>, i32, i32) outs(%arg4 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @mmt4d_f32(%arg0: tensor<2x4x2x4xf32>, %arg1: tensor<3x4x3x4xf32>, %arg2: tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32> {
    %0 = linalg.mmt4d ins(%arg0, %arg1 : tensor<2x4x2x4xf32>, tensor<3x4x3x4xf32>) outs(%arg2 : tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>
    return %0 : tensor<2x3x2x3xf32>
  }
  func.func @mmt4d_i8_i32(%arg0: tensor<2x4x2x4xi8>, %arg1: tensor<3x4x3x4xi8>, %arg2: tensor<2x3x2x3xi32>) -> tensor<2x3x2x3xi32> {
    %0 = linalg.mmt4d ins(%arg0, %arg1 : tensor<2x4x2x4xi8>, tensor<3x4x3x4xi8>) outs(%arg2 : tensor<2x3x2x3xi32>) -> tensor<2x3x2x3xi32>
    return %0 : tensor<2x3x2x3xi32>
  }
  func.func @mmt4d_f16_f32(%arg0: tensor<2x4x2x4xf16>, %arg1: tensor<3x4x3x4xf16>, %arg2: tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32> {
    %0 = linalg.mmt4d ins(%arg0, %arg1 : tensor<2x4x2x4xf16>, tensor<3x4x3x4xf16>) outs(%arg2 : tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>
    return %0 : tensor<2x3x2x3xf32>
  }
  func.func @batch_mmt4d_f32(%arg0: tensor<2x3x2x3x2xf32>, %arg1: tensor<2x4x2x4x2xf32>, %arg2: tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32> {
    %0 = linalg.batch_mmt4d ins(%arg0, %arg1 : tensor<2x3x2x3x2xf32>, tensor<2x4x2x4x2xf32>) outs(%arg2 : tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>
    return %0 : tensor<2x3x4x3x4xf32>
  }
  func.func @batch_mmt4d_i8_i32(%arg0: tensor<2x3x2x3x2xi8>, %arg1: tensor<2x4x2x4x2xi8>, %arg2: tensor<2x3x4x3x4xi32>) -> tensor<2x3x4x3x4xi32> {
    %0 = linalg.batch_mmt4d ins(%arg0, %arg1 : tensor<2x3x2x3x2xi8>, tensor<2x4x2x4x2xi8>) outs(%arg2 : tensor<2x3x4x3x4xi32>) -> tensor<2x3x4x3x4xi32>
    return %0 : tensor<2x3x4x3x4xi32>
  }
  func.func @batch_mmt4d_f16_f32(%arg0: tensor<2x3x2x3x2xf16>, %arg1: tensor<2x4x2x4x2xf16>, %arg2: tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32> {
    %0 = linalg.batch_mmt4d ins(%arg0, %arg1 : tensor<2x3x2x3x2xf16>, tensor<2x4x2x4x2xf16>) outs(%arg2 : tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>
    return %0 : tensor<2x3x4x3x4xf32>
  }
  func.func @quantized_batch_matmul_f32(%arg0: tensor<2x3x2xf32>, %arg1: tensor<2x2x4xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.quantized_batch_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x2xf32>, tensor<2x2x4xf32>, i32, i32) outs(%arg4 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @quantized_batch_matmul_i8_i32(%arg0: tensor<2x3x2xi8>, %arg1: tensor<2x2x4xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.quantized_batch_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x2xi8>, tensor<2x2x4xi8>, i32, i32) outs(%arg4 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @quantized_batch_matmul_f16_f32(%arg0: tensor<2x3x2xf16>, %arg1: tensor<2x2x4xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.quantized_batch_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x2xf16>, tensor<2x2x4xf16>, i32, i32) outs(%arg4 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @matvec_f32(%arg0: tensor<2x3xf32>, %arg1: tensor<3xf32>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.matvec ins(%arg0, %arg1 : tensor<2x3xf32>, tensor<3xf32>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @matvec_i8_i32(%arg0: tensor<2x3xi8>, %arg1: tensor<3xi8>, %arg2: tensor<2xi32>) -> tensor<2xi32> {
    %0 = linalg.matvec ins(%arg0, %arg1 : tensor<2x3xi8>, tensor<3xi8>) outs(%arg2 : tensor<2xi32>) -> tensor<2xi32>
    return %0 : tensor<2xi32>
  }
  func.func @matvec_f16_f32(%arg0: tensor<2x3xf16>, %arg1: tensor<3xf16>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.matvec ins(%arg0, %arg1 : tensor<2x3xf16>, tensor<3xf16>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @vecmat_f32(%arg0: tensor<3xf32>, %arg1: tensor<3x2xf32>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.vecmat ins(%arg0, %arg1 : tensor<3xf32>, tensor<3x2xf32>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @vecmat_i8_i32(%arg0: tensor<3xi8>, %arg1: tensor<3x2xi8>, %arg2: tensor<2xi32>) -> tensor<2xi32> {
    %0 = linalg.vecmat ins(%arg0, %arg1 : tensor<3xi8>, tensor<3x2xi8>) outs(%arg2 : tensor<2xi32>) -> tensor<2xi32>
    return %0 : tensor<2xi32>
  }
  func.func @vecmat_f16_f32(%arg0: tensor<3xf16>, %arg1: tensor<3x2xf16>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.vecmat ins(%arg0, %arg1 : tensor<3xf16>, tensor<3x2xf16>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @batch_matvec_f32(%arg0: tensor<2x3x4xf32>, %arg1: tensor<2x4xf32>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.batch_matvec ins(%arg0, %arg1 : tensor<2x3x4xf32>, tensor<2x4xf32>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @batch_matvec_i8_i32(%arg0: tensor<2x3x4xi8>, %arg1: tensor<2x4xi8>, %arg2: tensor<2x3xi32>) -> tensor<2x3xi32> {
    %0 = linalg.batch_matvec ins(%arg0, %arg1 : tensor<2x3x4xi8>, tensor<2x4xi8>) outs(%arg2 : tensor<2x3xi32>) -> tensor<2x3xi32>
    return %0 : tensor<2x3xi32>
  }
  func.func @batch_matvec_f16_f32(%arg0: tensor<2x3x4xf16>, %arg1: tensor<2x4xf16>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.batch_matvec ins(%arg0, %arg1 : tensor<2x3x4xf16>, tensor<2x4xf16>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @batch_vecmat_f32(%arg0: tensor<2x4xf32>, %arg1: tensor<2x4x3xf32>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.batch_vecmat ins(%arg0, %arg1 : tensor<2x4xf32>, tensor<2x4x3xf32>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @batch_vecmat_i8_i32(%arg0: tensor<2x4xi8>, %arg1: tensor<2x4x3xi8>, %arg2: tensor<2x3xi32>) -> tensor<2x3xi32> {
    %0 = linalg.batch_vecmat ins(%arg0, %arg1 : tensor<2x4xi8>, tensor<2x4x3xi8>) outs(%arg2 : tensor<2x3xi32>) -> tensor<2x3xi32>
    return %0 : tensor<2x3xi32>
  }
  func.func @batch_vecmat_f16_f32(%arg0: tensor<2x4xf16>, %arg1: tensor<2x4x3xf16>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.batch_vecmat ins(%arg0, %arg1 : tensor<2x4xf16>, tensor<2x4x3xf16>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @dot_f32(%arg0: tensor<2xf32>, %arg1: tensor<2xf32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = linalg.dot ins(%arg0, %arg1 : tensor<2xf32>, tensor<2xf32>) outs(%arg2 : tensor<f32>) -> tensor<f32>
    return %0 : tensor<f32>
  }
  func.func @dot_i8_i32(%arg0: tensor<2xi8>, %arg1: tensor<2xi8>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = linalg.dot ins(%arg0, %arg1 : tensor<2xi8>, tensor<2xi8>) outs(%arg2 : tensor<i32>) -> tensor<i32>
    return %0 : tensor<i32>
  }
  func.func @dot_f16_f32(%arg0: tensor<2xf16>, %arg1: tensor<2xf16>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = linalg.dot ins(%arg0, %arg1 : tensor<2xf16>, tensor<2xf16>) outs(%arg2 : tensor<f32>) -> tensor<f32>
    return %0 : tensor<f32>
  }
  func.func @conv_1d_f32(%arg0: tensor<4xf32>, %arg1: tensor<3xf32>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.conv_1d ins(%arg0, %arg1 : tensor<4xf32>, tensor<3xf32>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @conv_1d_i8_i32(%arg0: tensor<4xi8>, %arg1: tensor<3xi8>, %arg2: tensor<2xi32>) -> tensor<2xi32> {
    %0 = linalg.conv_1d ins(%arg0, %arg1 : tensor<4xi8>, tensor<3xi8>) outs(%arg2 : tensor<2xi32>) -> tensor<2xi32>
    return %0 : tensor<2xi32>
  }
  func.func @conv_1d_f16_f32(%arg0: tensor<4xf16>, %arg1: tensor<3xf16>, %arg2: tensor<2xf32>) -> tensor<2xf32> {
    %0 = linalg.conv_1d ins(%arg0, %arg1 : tensor<4xf16>, tensor<3xf16>) outs(%arg2 : tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func @conv_2d_f32(%arg0: tensor<5x4xf32>, %arg1: tensor<4x2xf32>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.conv_2d ins(%arg0, %arg1 : tensor<5x4xf32>, tensor<4x2xf32>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @conv_2d_i8_i32(%arg0: tensor<5x4xi8>, %arg1: tensor<4x2xi8>, %arg2: tensor<2x3xi32>) -> tensor<2x3xi32> {
    %0 = linalg.conv_2d ins(%arg0, %arg1 : tensor<5x4xi8>, tensor<4x2xi8>) outs(%arg2 : tensor<2x3xi32>) -> tensor<2x3xi32>
    return %0 : tensor<2x3xi32>
  }
  func.func @conv_2d_f16_f32(%arg0: tensor<5x4xf16>, %arg1: tensor<4x2xf16>, %arg2: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = linalg.conv_2d ins(%arg0, %arg1 : tensor<5x4xf16>, tensor<4x2xf16>) outs(%arg2 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
  func.func @conv_3d_f32(%arg0: tensor<3x5x7xf32>, %arg1: tensor<2x3x4xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_3d ins(%arg0, %arg1 : tensor<3x5x7xf32>, tensor<2x3x4xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_3d_i8_i32(%arg0: tensor<3x5x7xi8>, %arg1: tensor<2x3x4xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.conv_3d ins(%arg0, %arg1 : tensor<3x5x7xi8>, tensor<2x3x4xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @conv_3d_f16_f32(%arg0: tensor<3x5x7xf16>, %arg1: tensor<2x3x4xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_3d ins(%arg0, %arg1 : tensor<3x5x7xf16>, tensor<2x3x4xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_1d_nwc_wcf_f32(%arg0: tensor<2x4x3xf32>, %arg1: tensor<2x3x4xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_nwc_wcf ins(%arg0, %arg1 : tensor<2x4x3xf32>, tensor<2x3x4xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_1d_nwc_wcf_i8_i32(%arg0: tensor<2x4x3xi8>, %arg1: tensor<2x3x4xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.conv_1d_nwc_wcf ins(%arg0, %arg1 : tensor<2x4x3xi8>, tensor<2x3x4xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @conv_1d_nwc_wcf_f16_f32(%arg0: tensor<2x4x3xf16>, %arg1: tensor<2x3x4xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_nwc_wcf ins(%arg0, %arg1 : tensor<2x4x3xf16>, tensor<2x3x4xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_1d_ncw_fcw_f32(%arg0: tensor<2x2x6xf32>, %arg1: tensor<3x2x3xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_ncw_fcw ins(%arg0, %arg1 : tensor<2x2x6xf32>, tensor<3x2x3xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_1d_ncw_fcw_i8_i32(%arg0: tensor<2x2x6xi8>, %arg1: tensor<3x2x3xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.conv_1d_ncw_fcw ins(%arg0, %arg1 : tensor<2x2x6xi8>, tensor<3x2x3xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @conv_1d_ncw_fcw_f16_f32(%arg0: tensor<2x2x6xf16>, %arg1: tensor<3x2x3xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_ncw_fcw ins(%arg0, %arg1 : tensor<2x2x6xf16>, tensor<3x2x3xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_2d_nhwc_hwcf_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4x2x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_hwcf_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4x2x2xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nhwc_hwcf ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nhwc_hwcf_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4x2x2xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<2x3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<2x3x4x2xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nhwc_fhwc ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nhwc_fhwc_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<2x3x4x2xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_hwcf_q_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4x2x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_hwcf_q_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4x2x2xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nhwc_hwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nhwc_hwcf_q_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4x2x2xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_q_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<2x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_q_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<2x3x4x2xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nhwc_fhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nhwc_fhwc_q_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<2x3x4x2xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_q_f32(%arg0: tensor<2x3x7x3xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_q_i8_i32(%arg0: tensor<2x3x7x3xi8>, %arg1: tensor<3x3x4x2xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nchw_fchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nchw_fchw_q_f16_f32(%arg0: tensor<2x3x7x3xf16>, %arg1: tensor<3x3x4x2xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_f32(%arg0: tensor<2x3x7x3xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw ins(%arg0, %arg1 : tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_i8_i32(%arg0: tensor<2x3x7x3xi8>, %arg1: tensor<3x3x4x2xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.conv_2d_nchw_fchw ins(%arg0, %arg1 : tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @conv_2d_nchw_fchw_f16_f32(%arg0: tensor<2x3x7x3xf16>, %arg1: tensor<3x3x4x2xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw ins(%arg0, %arg1 : tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_ngchw_fgchw_f32(%arg0: tensor<2x3x4x3x5xf32>, %arg1: tensor<4x3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_fgchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xf32>, tensor<4x3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_fgchw_i8_i32(%arg0: tensor<2x3x4x3x5xi8>, %arg1: tensor<4x3x4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_2d_ngchw_fgchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xi8>, tensor<4x3x4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_2d_ngchw_fgchw_f16_f32(%arg0: tensor<2x3x4x3x5xf16>, %arg1: tensor<4x3x4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_fgchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xf16>, tensor<4x3x4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_f32(%arg0: tensor<2x3x4x3x5xf32>, %arg1: tensor<3x4x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_i8_i32(%arg0: tensor<2x3x4x3x5xi8>, %arg1: tensor<3x4x4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_2d_ngchw_gfchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_2d_ngchw_gfchw_f16_f32(%arg0: tensor<2x3x4x3x5xf16>, %arg1: tensor<3x4x4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw ins(%arg0, %arg1 : tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_f32(%arg0: tensor<2x6x5x2x3xf32>, %arg1: tensor<2x3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc ins(%arg0, %arg1 : tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_i8_i32(%arg0: tensor<2x6x5x2x3xi8>, %arg1: tensor<2x3x4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc ins(%arg0, %arg1 : tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_2d_nhwgc_gfhwc_f16_f32(%arg0: tensor<2x6x5x2x3xf16>, %arg1: tensor<2x3x4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc ins(%arg0, %arg1 : tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_q_f32(%arg0: tensor<2x6x5x2x3xf32>, %arg1: tensor<2x3x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_q_i8_i32(%arg0: tensor<2x6x5x2x3xi8>, %arg1: tensor<2x3x4x2x3xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_2d_nhwgc_gfhwc_q_f16_f32(%arg0: tensor<2x6x5x2x3xf16>, %arg1: tensor<2x3x4x2x3xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_q_f32(%arg0: tensor<2x3x4x3x5xf32>, %arg1: tensor<3x4x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_q_i8_i32(%arg0: tensor<2x3x4x3x5xi8>, %arg1: tensor<3x4x4x2x3xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_2d_ngchw_gfchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_2d_ngchw_gfchw_q_f16_f32(%arg0: tensor<2x3x4x3x5xf16>, %arg1: tensor<3x4x4x2x3xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_f32(%arg0: tensor<2x6x5x4x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf ins(%arg0, %arg1 : tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_i8_i32(%arg0: tensor<2x6x5x4x4xi8>, %arg1: tensor<4x2x3x4x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf ins(%arg0, %arg1 : tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_3d_ndhwc_dhwcf_f16_f32(%arg0: tensor<2x6x5x4x4xf16>, %arg1: tensor<4x2x3x4x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf ins(%arg0, %arg1 : tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_q_f32(%arg0: tensor<2x6x5x4x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_q_i8_i32(%arg0: tensor<2x6x5x4x4xi8>, %arg1: tensor<4x2x3x4x3xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_3d_ndhwc_dhwcf_q_f16_f32(%arg0: tensor<2x6x5x4x4xf16>, %arg1: tensor<4x2x3x4x3xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ncdhw_fcdhw_f32(%arg0: tensor<2x4x5x4x6xf32>, %arg1: tensor<3x4x2x3x4xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ncdhw_fcdhw ins(%arg0, %arg1 : tensor<2x4x5x4x6xf32>, tensor<3x4x2x3x4xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ncdhw_fcdhw_i8_i32(%arg0: tensor<2x4x5x4x6xi8>, %arg1: tensor<3x4x2x3x4xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.conv_3d_ncdhw_fcdhw ins(%arg0, %arg1 : tensor<2x4x5x4x6xi8>, tensor<3x4x2x3x4xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @conv_3d_ncdhw_fcdhw_f16_f32(%arg0: tensor<2x4x5x4x6xf16>, %arg1: tensor<3x4x2x3x4xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ncdhw_fcdhw ins(%arg0, %arg1 : tensor<2x4x5x4x6xf16>, tensor<3x4x2x3x4xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_1d_nwc_wc_f32(%arg0: tensor<2x4x4xf32>, %arg1: tensor<2x4xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wc ins(%arg0, %arg1 : tensor<2x4x4xf32>, tensor<2x4xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @depthwise_conv_1d_nwc_wc_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2x4xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.depthwise_conv_1d_nwc_wc ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2x4xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @depthwise_conv_1d_nwc_wc_f16_f32(%arg0: tensor<2x4x4xf16>, %arg1: tensor<2x4xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wc ins(%arg0, %arg1 : tensor<2x4x4xf16>, tensor<2x4xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @depthwise_conv_1d_ncw_cw_f32(%arg0: tensor<2x4x4xf32>, %arg1: tensor<4x2xf32>, %arg2: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
    %0 = linalg.depthwise_conv_1d_ncw_cw ins(%arg0, %arg1 : tensor<2x4x4xf32>, tensor<4x2xf32>) outs(%arg2 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    return %0 : tensor<2x4x3xf32>
  }
  func.func @depthwise_conv_1d_ncw_cw_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<4x2xi8>, %arg2: tensor<2x4x3xi32>) -> tensor<2x4x3xi32> {
    %0 = linalg.depthwise_conv_1d_ncw_cw ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<4x2xi8>) outs(%arg2 : tensor<2x4x3xi32>) -> tensor<2x4x3xi32>
    return %0 : tensor<2x4x3xi32>
  }
  func.func @depthwise_conv_1d_ncw_cw_f16_f32(%arg0: tensor<2x4x4xf16>, %arg1: tensor<4x2xf16>, %arg2: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
    %0 = linalg.depthwise_conv_1d_ncw_cw ins(%arg0, %arg1 : tensor<2x4x4xf16>, tensor<4x2xf16>) outs(%arg2 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    return %0 : tensor<2x4x3xf32>
  }
  func.func @depthwise_conv_1d_nwc_wcm_f32(%arg0: tensor<2x5x4xf32>, %arg1: tensor<3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wcm ins(%arg0, %arg1 : tensor<2x5x4xf32>, tensor<3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_1d_nwc_wcm_i8_i32(%arg0: tensor<2x5x4xi8>, %arg1: tensor<3x4x2xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.depthwise_conv_1d_nwc_wcm ins(%arg0, %arg1 : tensor<2x5x4xi8>, tensor<3x4x2xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @depthwise_conv_1d_nwc_wcm_f16_f32(%arg0: tensor<2x5x4xf16>, %arg1: tensor<3x4x2xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wcm ins(%arg0, %arg1 : tensor<2x5x4xf16>, tensor<3x4x2xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4x2xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4x2xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4x2xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<3x4x2xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nchw_chw_f32(%arg0: tensor<2x2x5x7xf32>, %arg1: tensor<2x3x4xf32>, %arg2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw ins(%arg0, %arg1 : tensor<2x2x5x7xf32>, tensor<2x3x4xf32>) outs(%arg2 : tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    return %0 : tensor<2x2x3x4xf32>
  }
  func.func @depthwise_conv_2d_nchw_chw_i8_i32(%arg0: tensor<2x2x5x7xi8>, %arg1: tensor<2x3x4xi8>, %arg2: tensor<2x2x3x4xi32>) -> tensor<2x2x3x4xi32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw ins(%arg0, %arg1 : tensor<2x2x5x7xi8>, tensor<2x3x4xi8>) outs(%arg2 : tensor<2x2x3x4xi32>) -> tensor<2x2x3x4xi32>
    return %0 : tensor<2x2x3x4xi32>
  }
  func.func @depthwise_conv_2d_nchw_chw_f16_f32(%arg0: tensor<2x2x5x7xf16>, %arg1: tensor<2x3x4xf16>, %arg2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw ins(%arg0, %arg1 : tensor<2x2x5x7xf16>, tensor<2x3x4xf16>) outs(%arg2 : tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    return %0 : tensor<2x2x3x4xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf32>, tensor<3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4x2xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xi8>, tensor<3x4x2xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4x2xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x5x7x2xf16>, tensor<3x4x2xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_f32(%arg0: tensor<2x6x5x2xf32>, %arg1: tensor<4x2x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm ins(%arg0, %arg1 : tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_i8_i32(%arg0: tensor<2x6x5x2xi8>, %arg1: tensor<4x2x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm ins(%arg0, %arg1 : tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_f16_f32(%arg0: tensor<2x6x5x2xf16>, %arg1: tensor<4x2x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm ins(%arg0, %arg1 : tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_f32(%arg0: tensor<2x6x5x2xf32>, %arg1: tensor<4x2x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_i8_i32(%arg0: tensor<2x6x5x2xi8>, %arg1: tensor<4x2x2x3xi8>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_f16_f32(%arg0: tensor<2x6x5x2xf16>, %arg1: tensor<4x2x2x3xf16>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_f32(%arg0: tensor<2x5x7x3x3xf32>, %arg1: tensor<3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwc ins(%arg0, %arg1 : tensor<2x5x7x3x3xf32>, tensor<3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_i8_i32(%arg0: tensor<2x5x7x3x3xi8>, %arg1: tensor<3x4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwc ins(%arg0, %arg1 : tensor<2x5x7x3x3xi8>, tensor<3x4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_f16_f32(%arg0: tensor<2x5x7x3x3xf16>, %arg1: tensor<3x4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwc ins(%arg0, %arg1 : tensor<2x5x7x3x3xf16>, tensor<3x4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_f32(%arg0: tensor<2x3x5x7x3xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32> {
    %0 = linalg.depthwise_conv_3d_ncdhw_cdhw ins(%arg0, %arg1 : tensor<2x3x5x7x3xf32>, tensor<3x3x4x2xf32>) outs(%arg2 : tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    return %0 : tensor<2x3x3x4x2xf32>
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_i8_i32(%arg0: tensor<2x3x5x7x3xi8>, %arg1: tensor<3x3x4x2xi8>, %arg2: tensor<2x3x3x4x2xi32>) -> tensor<2x3x3x4x2xi32> {
    %0 = linalg.depthwise_conv_3d_ncdhw_cdhw ins(%arg0, %arg1 : tensor<2x3x5x7x3xi8>, tensor<3x3x4x2xi8>) outs(%arg2 : tensor<2x3x3x4x2xi32>) -> tensor<2x3x3x4x2xi32>
    return %0 : tensor<2x3x3x4x2xi32>
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_f16_f32(%arg0: tensor<2x3x5x7x3xf16>, %arg1: tensor<3x3x4x2xf16>, %arg2: tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32> {
    %0 = linalg.depthwise_conv_3d_ncdhw_cdhw ins(%arg0, %arg1 : tensor<2x3x5x7x3xf16>, tensor<3x3x4x2xf16>) outs(%arg2 : tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    return %0 : tensor<2x3x3x4x2xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_f32(%arg0: tensor<2x6x5x4x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwcm ins(%arg0, %arg1 : tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>) outs(%arg2 : tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    return %0 : tensor<2x3x4x2x4x3xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_i8_i32(%arg0: tensor<2x6x5x4x4xi8>, %arg1: tensor<4x2x3x4x3xi8>, %arg2: tensor<2x3x4x2x4x3xi32>) -> tensor<2x3x4x2x4x3xi32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwcm ins(%arg0, %arg1 : tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>) outs(%arg2 : tensor<2x3x4x2x4x3xi32>) -> tensor<2x3x4x2x4x3xi32>
    return %0 : tensor<2x3x4x2x4x3xi32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_f16_f32(%arg0: tensor<2x6x5x4x4xf16>, %arg1: tensor<4x2x3x4x3xf16>, %arg2: tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwcm ins(%arg0, %arg1 : tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>) outs(%arg2 : tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    return %0 : tensor<2x3x4x2x4x3xf32>
  }
  func.func @pooling_nhwc_sum_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_sum ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_sum_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_sum ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nhwc_sum_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_sum ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<3x4xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nchw_sum_f32(%arg0: tensor<2x3x6x5xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_sum ins(%arg0, %arg1 : tensor<2x3x6x5xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nchw_sum_i8_i32(%arg0: tensor<2x3x6x5xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nchw_sum ins(%arg0, %arg1 : tensor<2x3x6x5xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nchw_sum_f16_f32(%arg0: tensor<2x3x6x5xf16>, %arg1: tensor<3x4xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_sum ins(%arg0, %arg1 : tensor<2x3x6x5xf16>, tensor<3x4xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_max_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_max ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_max_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_max ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nhwc_max_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_max ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<3x4xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_max_unsigned_i32(%arg0: tensor<2x5x7x2xi32>, %arg1: tensor<3x4xi32>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_max_unsigned ins(%arg0, %arg1 : tensor<2x5x7x2xi32>, tensor<3x4xi32>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nhwc_max_unsigned_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_max_unsigned ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nchw_max_f32(%arg0: tensor<2x3x6x5xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_max ins(%arg0, %arg1 : tensor<2x3x6x5xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nchw_max_i8_i32(%arg0: tensor<2x3x6x5xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nchw_max ins(%arg0, %arg1 : tensor<2x3x6x5xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nchw_max_f16_f32(%arg0: tensor<2x3x6x5xf16>, %arg1: tensor<3x4xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_max ins(%arg0, %arg1 : tensor<2x3x6x5xf16>, tensor<3x4xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_min_f32(%arg0: tensor<2x5x7x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_min ins(%arg0, %arg1 : tensor<2x5x7x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_min_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_min ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nhwc_min_f16_f32(%arg0: tensor<2x5x7x2xf16>, %arg1: tensor<3x4xf16>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_min ins(%arg0, %arg1 : tensor<2x5x7x2xf16>, tensor<3x4xf16>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_min_unsigned_i32(%arg0: tensor<2x5x7x2xi32>, %arg1: tensor<3x4xi32>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_min_unsigned ins(%arg0, %arg1 : tensor<2x5x7x2xi32>, tensor<3x4xi32>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nhwc_min_unsigned_i8_i32(%arg0: tensor<2x5x7x2xi8>, %arg1: tensor<3x4xi8>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_min_unsigned ins(%arg0, %arg1 : tensor<2x5x7x2xi8>, tensor<3x4xi8>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nwc_sum_f32(%arg0: tensor<2x4x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_sum ins(%arg0, %arg1 : tensor<2x4x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_sum_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_sum ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_nwc_sum_f16_f32(%arg0: tensor<2x4x4xf16>, %arg1: tensor<2xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_sum ins(%arg0, %arg1 : tensor<2x4x4xf16>, tensor<2xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_ncw_sum_f32(%arg0: tensor<2x3x5xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_sum ins(%arg0, %arg1 : tensor<2x3x5xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_ncw_sum_i8_i32(%arg0: tensor<2x3x5xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_ncw_sum ins(%arg0, %arg1 : tensor<2x3x5xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ncw_sum_f16_f32(%arg0: tensor<2x3x5xf16>, %arg1: tensor<2xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_sum ins(%arg0, %arg1 : tensor<2x3x5xf16>, tensor<2xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_max_f32(%arg0: tensor<2x4x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_max ins(%arg0, %arg1 : tensor<2x4x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_max_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_max ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_nwc_max_f16_f32(%arg0: tensor<2x4x4xf16>, %arg1: tensor<2xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_max ins(%arg0, %arg1 : tensor<2x4x4xf16>, tensor<2xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_max_unsigned_i32(%arg0: tensor<2x4x4xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_max_unsigned ins(%arg0, %arg1 : tensor<2x4x4xi32>, tensor<2xi32>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_nwc_max_unsigned_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_max_unsigned ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ncw_max_f32(%arg0: tensor<2x3x5xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_max ins(%arg0, %arg1 : tensor<2x3x5xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_ncw_max_i8_i32(%arg0: tensor<2x3x5xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_ncw_max ins(%arg0, %arg1 : tensor<2x3x5xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ncw_max_f16_f32(%arg0: tensor<2x3x5xf16>, %arg1: tensor<2xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_max ins(%arg0, %arg1 : tensor<2x3x5xf16>, tensor<2xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_min_f32(%arg0: tensor<2x4x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_min ins(%arg0, %arg1 : tensor<2x4x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_min_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_min ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_nwc_min_f16_f32(%arg0: tensor<2x4x4xf16>, %arg1: tensor<2xf16>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_min ins(%arg0, %arg1 : tensor<2x4x4xf16>, tensor<2xf16>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_min_unsigned_i32(%arg0: tensor<2x4x4xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_min_unsigned ins(%arg0, %arg1 : tensor<2x4x4xi32>, tensor<2xi32>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_nwc_min_unsigned_i8_i32(%arg0: tensor<2x4x4xi8>, %arg1: tensor<2xi8>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_min_unsigned ins(%arg0, %arg1 : tensor<2x4x4xi8>, tensor<2xi8>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ndhwc_sum_f32(%arg0: tensor<2x6x5x4x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_sum ins(%arg0, %arg1 : tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_sum_i8_i32(%arg0: tensor<2x6x5x4x3xi8>, %arg1: tensor<4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.pooling_ndhwc_sum ins(%arg0, %arg1 : tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @pooling_ndhwc_sum_f16_f32(%arg0: tensor<2x6x5x4x3xf16>, %arg1: tensor<4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_sum ins(%arg0, %arg1 : tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_max_f32(%arg0: tensor<2x6x5x4x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_max ins(%arg0, %arg1 : tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_max_i8_i32(%arg0: tensor<2x6x5x4x3xi8>, %arg1: tensor<4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.pooling_ndhwc_max ins(%arg0, %arg1 : tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @pooling_ndhwc_max_f16_f32(%arg0: tensor<2x6x5x4x3xf16>, %arg1: tensor<4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_max ins(%arg0, %arg1 : tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_min_f32(%arg0: tensor<2x6x5x4x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_min ins(%arg0, %arg1 : tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_min_i8_i32(%arg0: tensor<2x6x5x4x3xi8>, %arg1: tensor<4x2x3xi8>, %arg2: tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32> {
    %0 = linalg.pooling_ndhwc_min ins(%arg0, %arg1 : tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>) outs(%arg2 : tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    return %0 : tensor<2x3x4x2x3xi32>
  }
  func.func @pooling_ndhwc_min_f16_f32(%arg0: tensor<2x6x5x4x3xf16>, %arg1: tensor<4x2x3xf16>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_min ins(%arg0, %arg1 : tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @fill_f32(%arg0: f32, %arg1: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = linalg.fill ins(%arg0 : f32) outs(%arg1 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @fill_rng_2d_f32(%arg0: f64, %arg1: f64, %arg2: i32, %arg3: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %c12345_i32 = arith.constant 12345 : i32
    %c1103515245_i32 = arith.constant 1103515245 : i32
    %cst = arith.constant 0x41DFFFFFFFC00000 : f64
    %cst_0 = arith.constant 2.3283063999999999E-10 : f64
    %0 = linalg.fill_rng_2d ins(%arg0, %arg1, %arg2 : f64, f64, i32) outs(%arg3 : tensor<2x3xf32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
}

