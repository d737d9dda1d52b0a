#map = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @f(%arg0: tensor<4x8xi8>, %arg1: tensor<8x16xi8>, %arg2: tensor<4x16xi32>) -> tensor<4x16xi32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<4x8xi8>, tensor<8x16xi8>) outs(%arg2 : tensor<4x16xi32>) -> tensor<4x16xi32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x16xi32>) outs(%0 : tensor<4x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      %2 = arith.addi %in, %out : i32
      linalg.yield %2 : i32
    } -> tensor<4x16xi32>
    return %1 : tensor<4x16xi32>
  }
}

