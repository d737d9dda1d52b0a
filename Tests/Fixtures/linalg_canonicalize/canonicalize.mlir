#map = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @identity_transpose(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
    return %arg0 : tensor<4x8xf32>
  }
  func.func @transpose_transpose(%arg0: tensor<2x3x4xf32>, %arg1: tensor<4x2x3xf32>, %arg2: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
    %transposed = linalg.transpose ins(%arg0 : tensor<2x3x4xf32>) outs(%arg2 : tensor<3x4x2xf32>) permutation = [1, 2, 0] 
    return %transposed : tensor<3x4x2xf32>
  }
  func.func @broadcast_broadcast(%arg0: tensor<4xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
    %broadcasted = linalg.broadcast ins(%arg0 : tensor<4xf32>) outs(%arg2 : tensor<2x4x8xf32>) dimensions = [0, 2] 
    return %broadcasted : tensor<2x4x8xf32>
  }
  func.func @identity_broadcast(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<4x8xf32> {
    return %arg0 : tensor<4x8xf32>
  }
  func.func @self_copy(%arg0: tensor<4x8xf32>, %arg1: memref<4x8xf32>) -> tensor<4x8xf32> {
    return %arg0 : tensor<4x8xf32>
  }
  func.func @identity_generic(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: memref<4x8xf32>) -> tensor<4x8xf32> {
    return %arg0 : tensor<4x8xf32>
  }
  func.func @kept(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<8x4xf32>) -> (tensor<4x8xf32>, tensor<8x4xf32>) {
    %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %1 = arith.negf %in : f32
      linalg.yield %1 : f32
    } -> tensor<4x8xf32>
    %transposed = linalg.transpose ins(%0 : tensor<4x8xf32>) outs(%arg2 : tensor<8x4xf32>) permutation = [1, 0] 
    return %0, %transposed : tensor<4x8xf32>, tensor<8x4xf32>
  }
}

