func.func @main(%arg0: tensor<4x3x5xi32>, %arg1: tensor<3x2xi64>, %arg2: tensor<3x5xi32>) -> (tensor<4x3x5xi32>) {
  %r:1 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(true) ins(%arg2, %arg1 : tensor<3x5xi32>, tensor<3x2xi64>) outs(%arg0 : tensor<4x3x5xi32>) {
  ^bb0(%u: i32, %o: i32):

    tm_tensor.yield %u : i32
  } -> tensor<4x3x5xi32>
  return %r#0 : tensor<4x3x5xi32>
}
