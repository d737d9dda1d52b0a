module {
  func.func @scan_1d_inclusive(%arg0: tensor<128xi32>, %arg1: tensor<128xi32>, %arg2: tensor<i32>) -> (tensor<128xi32>, tensor<i32>) {
    %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : tensor<128xi32>) outs(%arg1, %arg2 : tensor<128xi32>, tensor<i32>) {
    ^bb0(%arg3: i32, %arg4: i32):
      %1 = arith.addi %arg3, %arg4 : i32
      tm_tensor.yield %1 : i32
    } -> tensor<128xi32>, tensor<i32>
    return %0#0, %0#1 : tensor<128xi32>, tensor<i32>
  }
  func.func @scan_2d_exclusive_attrs(%arg0: tensor<?x8xf32>, %arg1: tensor<?x8xf32>, %arg2: tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>) {
    %0:2 = tm_tensor.scan dimension(1) inclusive(false) {tag = "x"} ins(%arg0 : tensor<?x8xf32>) outs(%arg1, %arg2 : tensor<?x8xf32>, tensor<?xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = arith.mulf %arg3, %arg4 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<?x8xf32>, tensor<?xf32>
    return %0#0, %0#1 : tensor<?x8xf32>, tensor<?xf32>
  }
  func.func @scan_memref(%arg0: memref<4x5xf64>, %arg1: memref<4x5xf64>, %arg2: memref<5xf64>) {
    tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : memref<4x5xf64>) outs(%arg1, %arg2 : memref<4x5xf64>, memref<5xf64>) {
    ^bb0(%arg3: f64, %arg4: f64):
      %0 = arith.addf %arg3, %arg4 : f64
      tm_tensor.yield %0 : f64
    }
    return
  }
  func.func @scatter_update_scalar_1D(%arg0: tensor<8xi32>, %arg1: tensor<3x1xi32>, %arg2: tensor<3xi32>) -> tensor<8xi32> {
    %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%arg2, %arg1 : tensor<3xi32>, tensor<3x1xi32>) outs(%arg0 : tensor<8xi32>) {
    ^bb0(%arg3: i32, %arg4: i32):
      tm_tensor.yield %arg3 : i32
    } -> tensor<8xi32>
    return %0 : tensor<8xi32>
  }
  func.func @scatter_add_slices(%arg0: tensor<4x3x5xf32>, %arg1: tensor<2x2xi64>, %arg2: tensor<2x5xf32>) -> tensor<4x3x5xf32> {
    %0 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(false) ins(%arg2, %arg1 : tensor<2x5xf32>, tensor<2x2xi64>) outs(%arg0 : tensor<4x3x5xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = arith.addf %arg3, %arg4 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<4x3x5xf32>
    return %0 : tensor<4x3x5xf32>
  }
  func.func @scatter_memref(%arg0: memref<8xf32>, %arg1: memref<3x1xi32>, %arg2: memref<3xf32>) {
    tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%arg2, %arg1 : memref<3xf32>, memref<3x1xi32>) outs(%arg0 : memref<8xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      tm_tensor.yield %arg3 : f32
    }
    return
  }
  func.func @sort_two(%arg0: tensor<3x4xf32>, %arg1: tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>) {
    %0:2 = tm_tensor.sort dimension(1) outs(%arg0, %arg1 : tensor<3x4xf32>, tensor<3x4xi64>) {
    ^bb0(%arg2: f32, %arg3: f32, %arg4: i64, %arg5: i64):
      %1 = arith.cmpf olt, %arg2, %arg3 : f32
      tm_tensor.yield %1 : i1
    } -> tensor<3x4xf32>, tensor<3x4xi64>
    return %0#0, %0#1 : tensor<3x4xf32>, tensor<3x4xi64>
  }
  func.func @sort_memref(%arg0: memref<?xi32>) {
    tm_tensor.sort {extra} dimension(0) outs(%arg0 : memref<?xi32>) {
    ^bb0(%arg1: i32, %arg2: i32):
      %0 = arith.cmpi sgt, %arg1, %arg2 : i32
      tm_tensor.yield %0 : i1
    }
    return
  }
  func.func @topk(%arg0: tensor<2x6xf32>, %arg1: tensor<2x3xf32>, %arg2: tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
    %0:2 = tm_tensor.topk dimension(1) ins(%arg0 : tensor<2x6xf32>) outs(%arg1, %arg2 : tensor<2x3xf32>, tensor<2x3xi32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = arith.cmpf ogt, %arg3, %arg4 : f32
      tm_tensor.yield %1 : i1
    } -> tensor<2x3xf32>, tensor<2x3xi32>
    return %0#0, %0#1 : tensor<2x3xf32>, tensor<2x3xi32>
  }
  func.func @topk_indices_memref(%arg0: memref<6xf32>, %arg1: memref<6xi32>, %arg2: memref<2xf32>, %arg3: memref<2xi32>) {
    tm_tensor.topk dimension(0) ins(%arg0, %arg1 : memref<6xf32>, memref<6xi32>) outs(%arg2, %arg3 : memref<2xf32>, memref<2xi32>) {
    ^bb0(%arg4: f32, %arg5: f32):
      %0 = arith.cmpf olt, %arg4, %arg5 : f32
      tm_tensor.yield %0 : i1
    }
    return
  }
  func.func @attention(%arg0: tensor<2x4x8xf32>, %arg1: tensor<2x5x8xf32>, %arg2: tensor<2x5x3xf32>, %arg3: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
    %0 = tm_tensor.attention ins(%arg0, %arg1, %arg2 : tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>) outs(%arg3 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    return %0 : tensor<2x4x3xf32>
  }
  func.func @attention_mask_scale(%arg0: tensor<4x8xf32>, %arg1: tensor<5x8xf32>, %arg2: tensor<5x3xf32>, %arg3: tensor<4x5xi1>, %arg4: tensor<4x3xf32>) -> tensor<4x3xf32> {
    %0 = tm_tensor.attention {scale = 5.000000e-01 : f64} ins(%arg0, %arg1, %arg2, %arg3 : tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>) outs(%arg4 : tensor<4x3xf32>) -> tensor<4x3xf32>
    return %0 : tensor<4x3xf32>
  }
  func.func @attention_memref(%arg0: memref<4x8xf32>, %arg1: memref<5x8xf32>, %arg2: memref<5x3xf32>, %arg3: memref<4x5xf32>, %arg4: memref<4x3xf32>) {
    tm_tensor.attention ins(%arg0, %arg1, %arg2, %arg3 : memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>) outs(%arg4 : memref<4x3xf32>)
    return
  }
  func.func @implicit_yield(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
    %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : tensor<4xf32>) outs(%arg1, %arg2 : tensor<4xf32>, tensor<f32>) {
    ^bb0(%arg3: f32, %arg4: f32):
    } -> tensor<4xf32>, tensor<f32>
    return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
  }
  func.func @scatter_generic_default(%arg0: tensor<8xi32>, %arg1: tensor<3x1xi32>, %arg2: tensor<3xi32>) -> tensor<8xi32> {
    %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%arg2, %arg1 : tensor<3xi32>, tensor<3x1xi32>) outs(%arg0 : tensor<8xi32>) {
    ^bb0(%arg3: i32, %arg4: i32):
      tm_tensor.yield %arg3 : i32
    } -> tensor<8xi32>
    return %0 : tensor<8xi32>
  }
  func.func @scan_integer_bool(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
    %0:2 = tm_tensor.scan dimension(0) inclusive(false) ins(%arg0 : tensor<4xf32>) outs(%arg1, %arg2 : tensor<4xf32>, tensor<f32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = arith.addf %arg3, %arg4 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<4xf32>, tensor<f32>
    return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
  }
}

