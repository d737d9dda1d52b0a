func.func @main(%arg0: tensor<3x6xf32>, %arg1: tensor<3x6xf32>, %arg2: tensor<3xf32>) -> (tensor<3x6xf32>, tensor<3xf32>) {
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%arg0 : tensor<3x6xf32>) outs(%arg1, %arg2 : tensor<3x6xf32>, tensor<3xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    tm_tensor.yield %s : f32
  } -> tensor<3x6xf32>, tensor<3xf32>
  return %r#0, %r#1 : tensor<3x6xf32>, tensor<3xf32>
}
