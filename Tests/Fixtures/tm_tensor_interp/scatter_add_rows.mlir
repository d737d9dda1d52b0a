func.func @main(%arg0: tensor<6x4xf32>, %arg1: tensor<5x1xi32>, %arg2: tensor<5x4xf32>) -> (tensor<6x4xf32>) {
  %r:1 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%arg2, %arg1 : tensor<5x4xf32>, tensor<5x1xi32>) outs(%arg0 : tensor<6x4xf32>) {
  ^bb0(%u: f32, %o: f32):
    %s = arith.addf %u, %o : f32
    tm_tensor.yield %s : f32
  } -> tensor<6x4xf32>
  return %r#0 : tensor<6x4xf32>
}
