func.func @main(%arg0: tensor<4x6xf32>, %arg1: tensor<5x6xf32>, %arg2: tensor<5x3xf32>, %arg3: tensor<4x5xi1>, %arg4: tensor<4x3xf32>) -> (tensor<4x3xf32>) {
  %r:1 = tm_tensor.attention {scale = 2.500000e-01 : f64} ins(%arg0, %arg1, %arg2, %arg3 : tensor<4x6xf32>, tensor<5x6xf32>, tensor<5x3xf32>, tensor<4x5xi1>) outs(%arg4 : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %r#0 : tensor<4x3xf32>
}
