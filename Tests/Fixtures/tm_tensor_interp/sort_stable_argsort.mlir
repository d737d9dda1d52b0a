func.func @main(%arg0: tensor<3x8xf32>, %arg1: tensor<3x8xi64>) -> (tensor<3x8xf32>, tensor<3x8xi64>) {
  %r:2 = tm_tensor.sort dimension(1) outs(%arg0, %arg1 : tensor<3x8xf32>, tensor<3x8xi64>) {
  ^bb0(%a: f32, %b: f32, %c: i64, %d: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<3x8xf32>, tensor<3x8xi64>
  return %r#0, %r#1 : tensor<3x8xf32>, tensor<3x8xi64>
}
