func.func @main(%arg0: tensor<4x3xi64>, %arg1: tensor<4x3xi64>, %arg2: tensor<3xi64>) -> (tensor<4x3xi64>, tensor<3xi64>) {
  %r:2 = tm_tensor.scan dimension(0) inclusive(false) ins(%arg0 : tensor<4x3xi64>) outs(%arg1, %arg2 : tensor<4x3xi64>, tensor<3xi64>) {
  ^bb0(%a: i64, %b: i64, %unused: i64):
    %s = arith.addi %a, %b : i64
    tm_tensor.yield %s : i64
  } -> tensor<4x3xi64>, tensor<3xi64>
  return %r#0, %r#1 : tensor<4x3xi64>, tensor<3xi64>
}
