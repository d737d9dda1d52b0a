func.func @main(%arg0: tensor<6x4xi64>, %arg1: tensor<2x4xi64>, %arg2: tensor<2x4xi32>) -> (tensor<2x4xi64>, tensor<2x4xi32>) {
  %r:2 = tm_tensor.topk dimension(0) ins(%arg0 : tensor<6x4xi64>) outs(%arg1, %arg2 : tensor<2x4xi64>, tensor<2x4xi32>) {
  ^bb0(%a: i64, %b: i64):
    %gt = arith.cmpi sgt, %a, %b : i64
    tm_tensor.yield %gt : i1
  } -> tensor<2x4xi64>, tensor<2x4xi32>
  return %r#0, %r#1 : tensor<2x4xi64>, tensor<2x4xi32>
}
