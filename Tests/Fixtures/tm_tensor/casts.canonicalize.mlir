module {
  func.func @scan_tensor_cast(%arg0: tensor<128xi32>) -> tensor<128xi32> {
    %0 = tensor.empty() : tensor<128xi32>
    %1 = tensor.empty() : tensor<i32>
    %2:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : tensor<128xi32>) outs(%0, %1 : tensor<128xi32>, tensor<i32>) {
    ^bb0(%arg1: i32, %arg2: i32):
      %3 = arith.addi %arg1, %arg2 : i32
      tm_tensor.yield %3 : i32
    } -> tensor<128xi32>, tensor<i32>
    return %2#0 : tensor<128xi32>
  }
  func.func @sort_cast_kept_type(%arg0: tensor<4x5xf32>, %arg1: tensor<4x5xi64>) -> (tensor<4x?xf32>, tensor<?x5xi64>) {
    %0:2 = tm_tensor.sort dimension(1) outs(%arg0, %arg1 : tensor<4x5xf32>, tensor<4x5xi64>) {
    ^bb0(%arg2: f32, %arg3: f32, %arg4: i64, %arg5: i64):
      %1 = arith.cmpf ole, %arg2, %arg3 : f32
      tm_tensor.yield %1 : i1
    } -> tensor<4x5xf32>, tensor<4x5xi64>
    %cast = tensor.cast %0#1 : tensor<4x5xi64> to tensor<?x5xi64>
    %cast_0 = tensor.cast %0#0 : tensor<4x5xf32> to tensor<4x?xf32>
    return %cast_0, %cast : tensor<4x?xf32>, tensor<?x5xi64>
  }
  func.func @attention_cast(%arg0: tensor<2x4xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<3x5xf32>, %arg3: tensor<2x5xf32>) -> tensor<?x?xf32> {
    %0 = tm_tensor.attention {scale = 1.000000e+00 : f64} ins(%arg0, %arg1, %arg2 : tensor<2x4xf32>, tensor<3x4xf32>, tensor<3x5xf32>) outs(%arg3 : tensor<2x5xf32>) -> tensor<2x5xf32>
    %cast = tensor.cast %0 : tensor<2x5xf32> to tensor<?x?xf32>
    return %cast : tensor<?x?xf32>
  }
  func.func @no_fold_more_static(%arg0: tensor<?xf32>, %arg1: tensor<2x1xi32>, %arg2: tensor<2xf32>) -> tensor<4xf32> {
    %cast = tensor.cast %arg0 : tensor<?xf32> to tensor<4xf32>
    %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%arg2, %arg1 : tensor<2xf32>, tensor<2x1xi32>) outs(%cast : tensor<4xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = arith.addf %arg3, %arg4 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func @scan_memref_cast(%arg0: memref<8xf32>, %arg1: memref<8xf32>, %arg2: memref<f32>) {
    tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : memref<8xf32>) outs(%arg1, %arg2 : memref<8xf32>, memref<f32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %0 = arith.addf %arg3, %arg4 : f32
      tm_tensor.yield %0 : f32
    }
    return
  }
}

