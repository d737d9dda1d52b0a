func.func @main(%arg0: tensor<2x4x8xf32>, %arg1: tensor<2x5x8xf32>, %arg2: tensor<2x5x3xf32>, %arg3: tensor<2x4x3xf32>) -> (tensor<2x4x3xf32>) {
  %r:1 = tm_tensor.attention ins(%arg0, %arg1, %arg2 : tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>) outs(%arg3 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  return %r#0 : tensor<2x4x3xf32>
}
