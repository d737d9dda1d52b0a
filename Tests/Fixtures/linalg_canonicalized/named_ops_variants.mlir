module {
  func.func @copy_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.copy ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @copy_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.copy ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @exp_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.exp ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @exp_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.exp ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @log_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.log ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @log_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.log ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @abs_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.abs ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @abs_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.abs ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @ceil_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.ceil ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @ceil_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.ceil ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @floor_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.floor ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @floor_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.floor ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @negf_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.negf ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @negf_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.negf ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @reciprocal_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    %cst = arith.constant 1.000000e+00 : f32
    linalg.reciprocal ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @reciprocal_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %cst = arith.constant 1.000000e+00 : f32
    %0 = linalg.reciprocal ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @round_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.round ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @round_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.round ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @sqrt_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.sqrt ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @sqrt_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.sqrt ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @rsqrt_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.rsqrt ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @rsqrt_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.rsqrt ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @square_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.square ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @square_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.square ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @tanh_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.tanh ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @tanh_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.tanh ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @erf_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>) {
    linalg.erf ins(%arg0 : memref<4x3xf32>) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @erf_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.erf ins(%arg0 : tensor<?x?xf32>) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @add_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.add ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @add_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.add ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @sub_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.sub ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @sub_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.sub ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @mul_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.mul ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @mul_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.mul ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @div_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.div ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @div_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.div ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @div_unsigned_memref(%arg0: memref<4x3xi32>, %arg1: memref<4x3xi32>, %arg2: memref<4x3xi32>) {
    linalg.div_unsigned ins(%arg0, %arg1 : memref<4x3xi32>, memref<4x3xi32>) outs(%arg2 : memref<4x3xi32>)
    return
  }
  func.func @div_unsigned_dynamic(%arg0: tensor<?x?xi32>, %arg1: tensor<?x?xi32>, %arg2: tensor<?x?xi32>) -> tensor<?x?xi32> {
    %0 = linalg.div_unsigned ins(%arg0, %arg1 : tensor<?x?xi32>, tensor<?x?xi32>) outs(%arg2 : tensor<?x?xi32>) -> tensor<?x?xi32>
    return %0 : tensor<?x?xi32>
  }
  func.func @max_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.max ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @max_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.max ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @min_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.min ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @min_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.min ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @powf_memref(%arg0: memref<4x3xf32>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>) {
    linalg.powf ins(%arg0, %arg1 : memref<4x3xf32>, memref<4x3xf32>) outs(%arg2 : memref<4x3xf32>)
    return
  }
  func.func @powf_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.powf ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @select_memref(%arg0: memref<4x3xi1>, %arg1: memref<4x3xf32>, %arg2: memref<4x3xf32>, %arg3: memref<4x3xf32>) {
    linalg.select ins(%arg0, %arg1, %arg2 : memref<4x3xi1>, memref<4x3xf32>, memref<4x3xf32>) outs(%arg3 : memref<4x3xf32>)
    return
  }
  func.func @select_dynamic(%arg0: tensor<?x?xi1>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>, %arg3: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.select ins(%arg0, %arg1, %arg2 : tensor<?x?xi1>, tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg3 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @quantized_matmul_memref(%arg0: memref<2x4xf32>, %arg1: memref<4x3xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3xf32>) {
    linalg.quantized_matmul ins(%arg0, %arg1, %arg2, %arg3 : memref<2x4xf32>, memref<4x3xf32>, i32, i32) outs(%arg4 : memref<2x3xf32>)
    return
  }
  func.func @quantized_matmul_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.quantized_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?xf32>, tensor<?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @mmt4d_memref(%arg0: memref<2x4x2x4xf32>, %arg1: memref<3x4x3x4xf32>, %arg2: memref<2x3x2x3xf32>) {
    linalg.mmt4d ins(%arg0, %arg1 : memref<2x4x2x4xf32>, memref<3x4x3x4xf32>) outs(%arg2 : memref<2x3x2x3xf32>)
    return
  }
  func.func @mmt4d_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.mmt4d ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @batch_mmt4d_memref(%arg0: memref<2x3x2x3x2xf32>, %arg1: memref<2x4x2x4x2xf32>, %arg2: memref<2x3x4x3x4xf32>) {
    linalg.batch_mmt4d ins(%arg0, %arg1 : memref<2x3x2x3x2xf32>, memref<2x4x2x4x2xf32>) outs(%arg2 : memref<2x3x4x3x4xf32>)
    return
  }
  func.func @batch_mmt4d_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.batch_mmt4d ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @quantized_batch_matmul_memref(%arg0: memref<2x3x2xf32>, %arg1: memref<2x2x4xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4xf32>) {
    linalg.quantized_batch_matmul ins(%arg0, %arg1, %arg2, %arg3 : memref<2x3x2xf32>, memref<2x2x4xf32>, i32, i32) outs(%arg4 : memref<2x3x4xf32>)
    return
  }
  func.func @quantized_batch_matmul_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.quantized_batch_matmul ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?xf32>, tensor<?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @matvec_memref(%arg0: memref<2x3xf32>, %arg1: memref<3xf32>, %arg2: memref<2xf32>) {
    linalg.matvec ins(%arg0, %arg1 : memref<2x3xf32>, memref<3xf32>) outs(%arg2 : memref<2xf32>)
    return
  }
  func.func @matvec_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?xf32>) -> tensor<?xf32> {
    %0 = linalg.matvec ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?xf32>) -> tensor<?xf32>
    return %0 : tensor<?xf32>
  }
  func.func @vecmat_memref(%arg0: memref<3xf32>, %arg1: memref<3x2xf32>, %arg2: memref<2xf32>) {
    linalg.vecmat ins(%arg0, %arg1 : memref<3xf32>, memref<3x2xf32>) outs(%arg2 : memref<2xf32>)
    return
  }
  func.func @vecmat_dynamic(%arg0: tensor<?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?xf32>) -> tensor<?xf32> {
    %0 = linalg.vecmat ins(%arg0, %arg1 : tensor<?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?xf32>) -> tensor<?xf32>
    return %0 : tensor<?xf32>
  }
  func.func @batch_matvec_memref(%arg0: memref<2x3x4xf32>, %arg1: memref<2x4xf32>, %arg2: memref<2x3xf32>) {
    linalg.batch_matvec ins(%arg0, %arg1 : memref<2x3x4xf32>, memref<2x4xf32>) outs(%arg2 : memref<2x3xf32>)
    return
  }
  func.func @batch_matvec_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.batch_matvec ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @batch_vecmat_memref(%arg0: memref<2x4xf32>, %arg1: memref<2x4x3xf32>, %arg2: memref<2x3xf32>) {
    linalg.batch_vecmat ins(%arg0, %arg1 : memref<2x4xf32>, memref<2x4x3xf32>) outs(%arg2 : memref<2x3xf32>)
    return
  }
  func.func @batch_vecmat_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.batch_vecmat ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @dot_memref(%arg0: memref<2xf32>, %arg1: memref<2xf32>, %arg2: memref<f32>) {
    linalg.dot ins(%arg0, %arg1 : memref<2xf32>, memref<2xf32>) outs(%arg2 : memref<f32>)
    return
  }
  func.func @dot_dynamic(%arg0: tensor<?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = linalg.dot ins(%arg0, %arg1 : tensor<?xf32>, tensor<?xf32>) outs(%arg2 : tensor<f32>) -> tensor<f32>
    return %0 : tensor<f32>
  }
  func.func @conv_1d_memref(%arg0: memref<4xf32>, %arg1: memref<3xf32>, %arg2: memref<2xf32>) {
    linalg.conv_1d ins(%arg0, %arg1 : memref<4xf32>, memref<3xf32>) outs(%arg2 : memref<2xf32>)
    return
  }
  func.func @conv_1d_dynamic(%arg0: tensor<?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?xf32>) -> tensor<?xf32> {
    %0 = linalg.conv_1d ins(%arg0, %arg1 : tensor<?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?xf32>) -> tensor<?xf32>
    return %0 : tensor<?xf32>
  }
  func.func @conv_2d_memref(%arg0: memref<5x4xf32>, %arg1: memref<4x2xf32>, %arg2: memref<2x3xf32>) {
    linalg.conv_2d ins(%arg0, %arg1 : memref<5x4xf32>, memref<4x2xf32>) outs(%arg2 : memref<2x3xf32>)
    return
  }
  func.func @conv_2d_dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.conv_2d ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @conv_3d_memref(%arg0: memref<3x5x7xf32>, %arg1: memref<2x3x4xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.conv_3d ins(%arg0, %arg1 : memref<3x5x7xf32>, memref<2x3x4xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @conv_3d_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.conv_3d ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @conv_1d_nwc_wcf_memref(%arg0: memref<2x4x3xf32>, %arg1: memref<2x3x4xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.conv_1d_nwc_wcf ins(%arg0, %arg1 : memref<2x4x3xf32>, memref<2x3x4xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @conv_1d_nwc_wcf_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.conv_1d_nwc_wcf ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @conv_1d_nwc_wcf_strided(%arg0: tensor<2x7x3xf32>, %arg1: tensor<2x3x4xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_nwc_wcf {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x3xf32>, tensor<2x3x4xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_1d_ncw_fcw_memref(%arg0: memref<2x2x6xf32>, %arg1: memref<3x2x3xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.conv_1d_ncw_fcw ins(%arg0, %arg1 : memref<2x2x6xf32>, memref<3x2x3xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @conv_1d_ncw_fcw_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.conv_1d_ncw_fcw ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @conv_1d_ncw_fcw_strided(%arg0: tensor<2x2x11xf32>, %arg1: tensor<3x2x3xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.conv_1d_ncw_fcw {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x2x11xf32>, tensor<3x2x3xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @conv_2d_nhwc_hwcf_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4x2x2xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nhwc_hwcf ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<3x4x2x2xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nhwc_hwcf_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nhwc_hwcf_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4x2x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<2x3x4x2xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nhwc_fhwc ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<2x3x4x2xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nhwc_fhwc_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nhwc_fhwc_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<2x3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_hwcf_q_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4x2x2xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nhwc_hwcf_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x5x7x2xf32>, memref<3x4x2x2xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nhwc_hwcf_q_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nhwc_hwcf_q_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4x2x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_hwcf_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nhwc_fhwc_q_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<2x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nhwc_fhwc_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x5x7x2xf32>, memref<2x3x4x2xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nhwc_fhwc_q_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nhwc_fhwc_q_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<2x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nhwc_fhwc_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_q_memref(%arg0: memref<2x3x7x3xf32>, %arg1: memref<3x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nchw_fchw_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x3x7x3xf32>, memref<3x3x4x2xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nchw_fchw_q_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nchw_fchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nchw_fchw_q_strided(%arg0: tensor<2x3x13x5xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_nchw_fchw_memref(%arg0: memref<2x3x7x3xf32>, %arg1: memref<3x3x4x2xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.conv_2d_nchw_fchw ins(%arg0, %arg1 : memref<2x3x7x3xf32>, memref<3x3x4x2xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @conv_2d_nchw_fchw_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.conv_2d_nchw_fchw ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @conv_2d_nchw_fchw_strided(%arg0: tensor<2x3x13x5xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @conv_2d_ngchw_fgchw_memref(%arg0: memref<2x3x4x3x5xf32>, %arg1: memref<4x3x4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.conv_2d_ngchw_fgchw ins(%arg0, %arg1 : memref<2x3x4x3x5xf32>, memref<4x3x4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_2d_ngchw_fgchw_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_2d_ngchw_fgchw ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_2d_ngchw_fgchw_strided(%arg0: tensor<2x3x4x5x9xf32>, %arg1: tensor<4x3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_fgchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x3x4x5x9xf32>, tensor<4x3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_memref(%arg0: memref<2x3x4x3x5xf32>, %arg1: memref<3x4x4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.conv_2d_ngchw_gfchw ins(%arg0, %arg1 : memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_2d_ngchw_gfchw_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_2d_ngchw_gfchw_strided(%arg0: tensor<2x3x4x5x9xf32>, %arg1: tensor<3x4x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_memref(%arg0: memref<2x6x5x2x3xf32>, %arg1: memref<2x3x4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.conv_2d_nhwgc_gfhwc ins(%arg0, %arg1 : memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_2d_nhwgc_gfhwc_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_strided(%arg0: tensor<2x11x9x2x3xf32>, %arg1: tensor<2x3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_q_memref(%arg0: memref<2x6x5x2x3xf32>, %arg1: memref<2x3x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2x3xf32>) {
    linalg.conv_2d_nhwgc_gfhwc_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_2d_nhwgc_gfhwc_q_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_2d_nhwgc_gfhwc_q_strided(%arg0: tensor<2x11x9x2x3xf32>, %arg1: tensor<2x3x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_nhwgc_gfhwc_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_2d_ngchw_gfchw_q_memref(%arg0: memref<2x3x4x3x5xf32>, %arg1: memref<3x4x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2x3xf32>) {
    linalg.conv_2d_ngchw_gfchw_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_2d_ngchw_gfchw_q_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_2d_ngchw_gfchw_q_strided(%arg0: tensor<2x3x4x5x9xf32>, %arg1: tensor<3x4x4x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_2d_ngchw_gfchw_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_memref(%arg0: memref<2x6x5x4x4xf32>, %arg1: memref<4x2x3x4x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.conv_3d_ndhwc_dhwcf ins(%arg0, %arg1 : memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_3d_ndhwc_dhwcf_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_strided(%arg0: tensor<2x11x9x7x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_q_memref(%arg0: memref<2x6x5x4x4xf32>, %arg1: memref<4x2x3x4x3xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2x3xf32>) {
    linalg.conv_3d_ndhwc_dhwcf_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_3d_ndhwc_dhwcf_q_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_3d_ndhwc_dhwcf_q_strided(%arg0: tensor<2x11x9x7x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ndhwc_dhwcf_q {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @conv_3d_ncdhw_fcdhw_memref(%arg0: memref<2x4x5x4x6xf32>, %arg1: memref<3x4x2x3x4xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.conv_3d_ncdhw_fcdhw ins(%arg0, %arg1 : memref<2x4x5x4x6xf32>, memref<3x4x2x3x4xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @conv_3d_ncdhw_fcdhw_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.conv_3d_ncdhw_fcdhw ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @conv_3d_ncdhw_fcdhw_strided(%arg0: tensor<2x4x9x7x11xf32>, %arg1: tensor<3x4x2x3x4xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.conv_3d_ncdhw_fcdhw {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x4x9x7x11xf32>, tensor<3x4x2x3x4xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_1d_nwc_wc_memref(%arg0: memref<2x4x4xf32>, %arg1: memref<2x4xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.depthwise_conv_1d_nwc_wc ins(%arg0, %arg1 : memref<2x4x4xf32>, memref<2x4xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @depthwise_conv_1d_nwc_wc_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wc ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @depthwise_conv_1d_nwc_wc_strided(%arg0: tensor<2x7x4xf32>, %arg1: tensor<2x4xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wc {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xf32>, tensor<2x4xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @depthwise_conv_1d_ncw_cw_memref(%arg0: memref<2x4x4xf32>, %arg1: memref<4x2xf32>, %arg2: memref<2x4x3xf32>) {
    linalg.depthwise_conv_1d_ncw_cw ins(%arg0, %arg1 : memref<2x4x4xf32>, memref<4x2xf32>) outs(%arg2 : memref<2x4x3xf32>)
    return
  }
  func.func @depthwise_conv_1d_ncw_cw_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.depthwise_conv_1d_ncw_cw ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @depthwise_conv_1d_ncw_cw_strided(%arg0: tensor<2x4x7xf32>, %arg1: tensor<4x2xf32>, %arg2: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
    %0 = linalg.depthwise_conv_1d_ncw_cw {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x4x7xf32>, tensor<4x2xf32>) outs(%arg2 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    return %0 : tensor<2x4x3xf32>
  }
  func.func @depthwise_conv_1d_nwc_wcm_memref(%arg0: memref<2x5x4xf32>, %arg1: memref<3x4x2xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.depthwise_conv_1d_nwc_wcm ins(%arg0, %arg1 : memref<2x5x4xf32>, memref<3x4x2xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @depthwise_conv_1d_nwc_wcm_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wcm ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @depthwise_conv_1d_nwc_wcm_strided(%arg0: tensor<2x9x4xf32>, %arg1: tensor<3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_1d_nwc_wcm {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x9x4xf32>, tensor<3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4x2xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.depthwise_conv_2d_nhwc_hwc ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<3x4x2xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @depthwise_conv_2d_nhwc_hwc_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4x2xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<3x4x2xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nchw_chw_memref(%arg0: memref<2x2x5x7xf32>, %arg1: memref<2x3x4xf32>, %arg2: memref<2x2x3x4xf32>) {
    linalg.depthwise_conv_2d_nchw_chw ins(%arg0, %arg1 : memref<2x2x5x7xf32>, memref<2x3x4xf32>) outs(%arg2 : memref<2x2x3x4xf32>)
    return
  }
  func.func @depthwise_conv_2d_nchw_chw_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @depthwise_conv_2d_nchw_chw_strided(%arg0: tensor<2x2x9x13xf32>, %arg1: tensor<2x3x4xf32>, %arg2: tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x2x9x13xf32>, tensor<2x3x4xf32>) outs(%arg2 : tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    return %0 : tensor<2x2x3x4xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2xf32>) {
    linalg.depthwise_conv_2d_nhwc_hwc_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x5x7x2xf32>, memref<3x4x2xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2xf32>)
    return
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwc_q_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4x2xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwc_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x9x13x2xf32>, tensor<3x4x2xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_memref(%arg0: memref<2x6x5x2xf32>, %arg1: memref<4x2x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.depthwise_conv_2d_nhwc_hwcm ins(%arg0, %arg1 : memref<2x6x5x2xf32>, memref<4x2x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_strided(%arg0: tensor<2x11x9x2xf32>, %arg1: tensor<4x2x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_memref(%arg0: memref<2x6x5x2xf32>, %arg1: memref<4x2x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: memref<2x3x4x2x3xf32>) {
    linalg.depthwise_conv_2d_nhwc_hwcm_q ins(%arg0, %arg1, %arg2, %arg3 : memref<2x6x5x2xf32>, memref<4x2x2x3xf32>, i32, i32) outs(%arg4 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm_q ins(%arg0, %arg1, %arg2, %arg3 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32) outs(%arg4 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @depthwise_conv_2d_nhwc_hwcm_q_strided(%arg0: tensor<2x11x9x2xf32>, %arg1: tensor<4x2x2x3xf32>, %arg2: i32, %arg3: i32, %arg4: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_2d_nhwc_hwcm_q {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1, %arg2, %arg3 : tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>, i32, i32) outs(%arg4 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_memref(%arg0: memref<2x5x7x3x3xf32>, %arg1: memref<3x4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.depthwise_conv_3d_ndhwc_dhwc ins(%arg0, %arg1 : memref<2x5x7x3x3xf32>, memref<3x4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwc ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwc_strided(%arg0: tensor<2x9x13x5x3xf32>, %arg1: tensor<3x4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwc {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x9x13x5x3xf32>, tensor<3x4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_memref(%arg0: memref<2x3x5x7x3xf32>, %arg1: memref<3x3x4x2xf32>, %arg2: memref<2x3x3x4x2xf32>) {
    linalg.depthwise_conv_3d_ncdhw_cdhw ins(%arg0, %arg1 : memref<2x3x5x7x3xf32>, memref<3x3x4x2xf32>) outs(%arg2 : memref<2x3x3x4x2xf32>)
    return
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_3d_ncdhw_cdhw ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @depthwise_conv_3d_ncdhw_cdhw_strided(%arg0: tensor<2x3x9x13x5xf32>, %arg1: tensor<3x3x4x2xf32>, %arg2: tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32> {
    %0 = linalg.depthwise_conv_3d_ncdhw_cdhw {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x3x9x13x5xf32>, tensor<3x3x4x2xf32>) outs(%arg2 : tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    return %0 : tensor<2x3x3x4x2xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_memref(%arg0: memref<2x6x5x4x4xf32>, %arg1: memref<4x2x3x4x3xf32>, %arg2: memref<2x3x4x2x4x3xf32>) {
    linalg.depthwise_conv_3d_ndhwc_dhwcm ins(%arg0, %arg1 : memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>) outs(%arg2 : memref<2x3x4x2x4x3xf32>)
    return
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?x?x?xf32>, %arg2: tensor<?x?x?x?x?x?xf32>) -> tensor<?x?x?x?x?x?xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwcm ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?x?xf32>) -> tensor<?x?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?x?xf32>
  }
  func.func @depthwise_conv_3d_ndhwc_dhwcm_strided(%arg0: tensor<2x11x9x7x4xf32>, %arg1: tensor<4x2x3x4x3xf32>, %arg2: tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32> {
    %0 = linalg.depthwise_conv_3d_ndhwc_dhwcm {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>) outs(%arg2 : tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    return %0 : tensor<2x3x4x2x4x3xf32>
  }
  func.func @pooling_nhwc_sum_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.pooling_nhwc_sum ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<3x4xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @pooling_nhwc_sum_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.pooling_nhwc_sum ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @pooling_nhwc_sum_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_sum {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nchw_sum_memref(%arg0: memref<2x3x6x5xf32>, %arg1: memref<3x4xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.pooling_nchw_sum ins(%arg0, %arg1 : memref<2x3x6x5xf32>, memref<3x4xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @pooling_nchw_sum_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.pooling_nchw_sum ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @pooling_nchw_sum_strided(%arg0: tensor<2x3x11x9xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_sum {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x3x11x9xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_max_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.pooling_nhwc_max ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<3x4xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @pooling_nhwc_max_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.pooling_nhwc_max ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @pooling_nhwc_max_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_max {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_max_unsigned_memref(%arg0: memref<2x5x7x2xi32>, %arg1: memref<3x4xi32>, %arg2: memref<2x3x4x2xi32>) {
    linalg.pooling_nhwc_max_unsigned ins(%arg0, %arg1 : memref<2x5x7x2xi32>, memref<3x4xi32>) outs(%arg2 : memref<2x3x4x2xi32>)
    return
  }
  func.func @pooling_nhwc_max_unsigned_dynamic(%arg0: tensor<?x?x?x?xi32>, %arg1: tensor<?x?xi32>, %arg2: tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32> {
    %0 = linalg.pooling_nhwc_max_unsigned ins(%arg0, %arg1 : tensor<?x?x?x?xi32>, tensor<?x?xi32>) outs(%arg2 : tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>
    return %0 : tensor<?x?x?x?xi32>
  }
  func.func @pooling_nhwc_max_unsigned_strided(%arg0: tensor<2x9x13x2xi32>, %arg1: tensor<3x4xi32>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_max_unsigned {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xi32>, tensor<3x4xi32>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nchw_max_memref(%arg0: memref<2x3x6x5xf32>, %arg1: memref<3x4xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.pooling_nchw_max ins(%arg0, %arg1 : memref<2x3x6x5xf32>, memref<3x4xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @pooling_nchw_max_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.pooling_nchw_max ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @pooling_nchw_max_strided(%arg0: tensor<2x3x11x9xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nchw_max {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x3x11x9xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_min_memref(%arg0: memref<2x5x7x2xf32>, %arg1: memref<3x4xf32>, %arg2: memref<2x3x4x2xf32>) {
    linalg.pooling_nhwc_min ins(%arg0, %arg1 : memref<2x5x7x2xf32>, memref<3x4xf32>) outs(%arg2 : memref<2x3x4x2xf32>)
    return
  }
  func.func @pooling_nhwc_min_dynamic(%arg0: tensor<?x?x?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
    %0 = linalg.pooling_nhwc_min ins(%arg0, %arg1 : tensor<?x?x?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    return %0 : tensor<?x?x?x?xf32>
  }
  func.func @pooling_nhwc_min_strided(%arg0: tensor<2x9x13x2xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32> {
    %0 = linalg.pooling_nhwc_min {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xf32>, tensor<3x4xf32>) outs(%arg2 : tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    return %0 : tensor<2x3x4x2xf32>
  }
  func.func @pooling_nhwc_min_unsigned_memref(%arg0: memref<2x5x7x2xi32>, %arg1: memref<3x4xi32>, %arg2: memref<2x3x4x2xi32>) {
    linalg.pooling_nhwc_min_unsigned ins(%arg0, %arg1 : memref<2x5x7x2xi32>, memref<3x4xi32>) outs(%arg2 : memref<2x3x4x2xi32>)
    return
  }
  func.func @pooling_nhwc_min_unsigned_dynamic(%arg0: tensor<?x?x?x?xi32>, %arg1: tensor<?x?xi32>, %arg2: tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32> {
    %0 = linalg.pooling_nhwc_min_unsigned ins(%arg0, %arg1 : tensor<?x?x?x?xi32>, tensor<?x?xi32>) outs(%arg2 : tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>
    return %0 : tensor<?x?x?x?xi32>
  }
  func.func @pooling_nhwc_min_unsigned_strided(%arg0: tensor<2x9x13x2xi32>, %arg1: tensor<3x4xi32>, %arg2: tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32> {
    %0 = linalg.pooling_nhwc_min_unsigned {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<2x9x13x2xi32>, tensor<3x4xi32>) outs(%arg2 : tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    return %0 : tensor<2x3x4x2xi32>
  }
  func.func @pooling_nwc_sum_memref(%arg0: memref<2x4x4xf32>, %arg1: memref<2xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.pooling_nwc_sum ins(%arg0, %arg1 : memref<2x4x4xf32>, memref<2xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @pooling_nwc_sum_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.pooling_nwc_sum ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @pooling_nwc_sum_strided(%arg0: tensor<2x7x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_sum {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_ncw_sum_memref(%arg0: memref<2x3x5xf32>, %arg1: memref<2xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.pooling_ncw_sum ins(%arg0, %arg1 : memref<2x3x5xf32>, memref<2xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @pooling_ncw_sum_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.pooling_ncw_sum ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @pooling_ncw_sum_strided(%arg0: tensor<2x3x9xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_sum {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x3x9xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_max_memref(%arg0: memref<2x4x4xf32>, %arg1: memref<2xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.pooling_nwc_max ins(%arg0, %arg1 : memref<2x4x4xf32>, memref<2xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @pooling_nwc_max_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.pooling_nwc_max ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @pooling_nwc_max_strided(%arg0: tensor<2x7x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_max {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_max_unsigned_memref(%arg0: memref<2x4x4xi32>, %arg1: memref<2xi32>, %arg2: memref<2x3x4xi32>) {
    linalg.pooling_nwc_max_unsigned ins(%arg0, %arg1 : memref<2x4x4xi32>, memref<2xi32>) outs(%arg2 : memref<2x3x4xi32>)
    return
  }
  func.func @pooling_nwc_max_unsigned_dynamic(%arg0: tensor<?x?x?xi32>, %arg1: tensor<?xi32>, %arg2: tensor<?x?x?xi32>) -> tensor<?x?x?xi32> {
    %0 = linalg.pooling_nwc_max_unsigned ins(%arg0, %arg1 : tensor<?x?x?xi32>, tensor<?xi32>) outs(%arg2 : tensor<?x?x?xi32>) -> tensor<?x?x?xi32>
    return %0 : tensor<?x?x?xi32>
  }
  func.func @pooling_nwc_max_unsigned_strided(%arg0: tensor<2x7x4xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_max_unsigned {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xi32>, tensor<2xi32>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ncw_max_memref(%arg0: memref<2x3x5xf32>, %arg1: memref<2xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.pooling_ncw_max ins(%arg0, %arg1 : memref<2x3x5xf32>, memref<2xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @pooling_ncw_max_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.pooling_ncw_max ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @pooling_ncw_max_strided(%arg0: tensor<2x3x9xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_ncw_max {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x3x9xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_min_memref(%arg0: memref<2x4x4xf32>, %arg1: memref<2xf32>, %arg2: memref<2x3x4xf32>) {
    linalg.pooling_nwc_min ins(%arg0, %arg1 : memref<2x4x4xf32>, memref<2xf32>) outs(%arg2 : memref<2x3x4xf32>)
    return
  }
  func.func @pooling_nwc_min_dynamic(%arg0: tensor<?x?x?xf32>, %arg1: tensor<?xf32>, %arg2: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %0 = linalg.pooling_nwc_min ins(%arg0, %arg1 : tensor<?x?x?xf32>, tensor<?xf32>) outs(%arg2 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    return %0 : tensor<?x?x?xf32>
  }
  func.func @pooling_nwc_min_strided(%arg0: tensor<2x7x4xf32>, %arg1: tensor<2xf32>, %arg2: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
    %0 = linalg.pooling_nwc_min {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xf32>, tensor<2xf32>) outs(%arg2 : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    return %0 : tensor<2x3x4xf32>
  }
  func.func @pooling_nwc_min_unsigned_memref(%arg0: memref<2x4x4xi32>, %arg1: memref<2xi32>, %arg2: memref<2x3x4xi32>) {
    linalg.pooling_nwc_min_unsigned ins(%arg0, %arg1 : memref<2x4x4xi32>, memref<2xi32>) outs(%arg2 : memref<2x3x4xi32>)
    return
  }
  func.func @pooling_nwc_min_unsigned_dynamic(%arg0: tensor<?x?x?xi32>, %arg1: tensor<?xi32>, %arg2: tensor<?x?x?xi32>) -> tensor<?x?x?xi32> {
    %0 = linalg.pooling_nwc_min_unsigned ins(%arg0, %arg1 : tensor<?x?x?xi32>, tensor<?xi32>) outs(%arg2 : tensor<?x?x?xi32>) -> tensor<?x?x?xi32>
    return %0 : tensor<?x?x?xi32>
  }
  func.func @pooling_nwc_min_unsigned_strided(%arg0: tensor<2x7x4xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
    %0 = linalg.pooling_nwc_min_unsigned {dilations = dense<2> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%arg0, %arg1 : tensor<2x7x4xi32>, tensor<2xi32>) outs(%arg2 : tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    return %0 : tensor<2x3x4xi32>
  }
  func.func @pooling_ndhwc_sum_memref(%arg0: memref<2x6x5x4x3xf32>, %arg1: memref<4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.pooling_ndhwc_sum ins(%arg0, %arg1 : memref<2x6x5x4x3xf32>, memref<4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @pooling_ndhwc_sum_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.pooling_ndhwc_sum ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @pooling_ndhwc_sum_strided(%arg0: tensor<2x11x9x7x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_sum {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_max_memref(%arg0: memref<2x6x5x4x3xf32>, %arg1: memref<4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.pooling_ndhwc_max ins(%arg0, %arg1 : memref<2x6x5x4x3xf32>, memref<4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @pooling_ndhwc_max_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.pooling_ndhwc_max ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @pooling_ndhwc_max_strided(%arg0: tensor<2x11x9x7x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_max {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @pooling_ndhwc_min_memref(%arg0: memref<2x6x5x4x3xf32>, %arg1: memref<4x2x3xf32>, %arg2: memref<2x3x4x2x3xf32>) {
    linalg.pooling_ndhwc_min ins(%arg0, %arg1 : memref<2x6x5x4x3xf32>, memref<4x2x3xf32>) outs(%arg2 : memref<2x3x4x2x3xf32>)
    return
  }
  func.func @pooling_ndhwc_min_dynamic(%arg0: tensor<?x?x?x?x?xf32>, %arg1: tensor<?x?x?xf32>, %arg2: tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32> {
    %0 = linalg.pooling_ndhwc_min ins(%arg0, %arg1 : tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>) outs(%arg2 : tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    return %0 : tensor<?x?x?x?x?xf32>
  }
  func.func @pooling_ndhwc_min_strided(%arg0: tensor<2x11x9x7x3xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32> {
    %0 = linalg.pooling_ndhwc_min {dilations = dense<2> : tensor<3xi64>, strides = dense<2> : tensor<3xi64>} ins(%arg0, %arg1 : tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>) outs(%arg2 : tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    return %0 : tensor<2x3x4x2x3xf32>
  }
  func.func @fill_memref(%arg0: f32, %arg1: memref<4x3xf32>) {
    linalg.fill ins(%arg0 : f32) outs(%arg1 : memref<4x3xf32>)
    return
  }
  func.func @fill_dynamic(%arg0: f32, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.fill ins(%arg0 : f32) outs(%arg1 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
  func.func @fill_rng_2d_memref(%arg0: f64, %arg1: f64, %arg2: i32, %arg3: memref<2x3xf32>) {
    %c12345_i32 = arith.constant 12345 : i32
    %c1103515245_i32 = arith.constant 1103515245 : i32
    %cst = arith.constant 0x41DFFFFFFFC00000 : f64
    %cst_0 = arith.constant 2.3283063999999999E-10 : f64
    linalg.fill_rng_2d ins(%arg0, %arg1, %arg2 : f64, f64, i32) outs(%arg3 : memref<2x3xf32>)
    return
  }
  func.func @fill_rng_2d_dynamic(%arg0: f64, %arg1: f64, %arg2: i32, %arg3: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %c12345_i32 = arith.constant 12345 : i32
    %c1103515245_i32 = arith.constant 1103515245 : i32
    %cst = arith.constant 0x41DFFFFFFFC00000 : f64
    %cst_0 = arith.constant 2.3283063999999999E-10 : f64
    %0 = linalg.fill_rng_2d ins(%arg0, %arg1, %arg2 : f64, f64, i32) outs(%arg3 : tensor<?x?xf32>) -> tensor<?x?xf32>
    return %0 : tensor<?x?xf32>
  }
}

