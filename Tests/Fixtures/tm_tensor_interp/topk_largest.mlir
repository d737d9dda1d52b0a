func.func @main(%arg0: tensor<2x7xf32>, %arg1: tensor<2x3xf32>, %arg2: tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
  %r:2 = tm_tensor.topk dimension(1) ins(%arg0 : tensor<2x7xf32>) outs(%arg1, %arg2 : tensor<2x3xf32>, tensor<2x3xi32>) {
  ^bb0(%a: f32, %b: f32):
    %gt = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %gt : i1
  } -> tensor<2x3xf32>, tensor<2x3xi32>
  return %r#0, %r#1 : tensor<2x3xf32>, tensor<2x3xi32>
}
