func.func @main(%arg0: tensor<2x3x5xf16>, %arg1: tensor<2x3x5xf16>, %arg2: tensor<2x3xf16>) -> (tensor<2x3x5xf16>, tensor<2x3xf16>) {
  %r:2 = tm_tensor.scan dimension(2) inclusive(true) ins(%arg0 : tensor<2x3x5xf16>) outs(%arg1, %arg2 : tensor<2x3x5xf16>, tensor<2x3xf16>) {
  ^bb0(%a: f16, %b: f16):
    %s = arith.addf %a, %b : f16
    tm_tensor.yield %s : f16
  } -> tensor<2x3x5xf16>, tensor<2x3xf16>
  return %r#0, %r#1 : tensor<2x3x5xf16>, tensor<2x3xf16>
}
