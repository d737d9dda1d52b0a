func.func @main(%arg0: tensor<2x6x3xi32>, %arg1: tensor<2x6x3xf32>, %arg2: tensor<2x6x3xf64>) -> (tensor<2x6x3xi32>, tensor<2x6x3xf32>, tensor<2x6x3xf64>) {
  %r:3 = tm_tensor.sort dimension(1) outs(%arg0, %arg1, %arg2 : tensor<2x6x3xi32>, tensor<2x6x3xf32>, tensor<2x6x3xf64>) {
  ^bb0(%a0: i32, %a1: i32, %b0: f32, %b1: f32, %c0: f64, %c1: f64):
    %lt = arith.cmpi slt, %a0, %a1 : i32
    %eq = arith.cmpi eq, %a0, %a1 : i32
    %le = arith.cmpf ole, %b0, %b1 : f32
    %t = arith.andi %eq, %le : i1
    %r = arith.ori %lt, %t : i1
    tm_tensor.yield %r : i1
  } -> tensor<2x6x3xi32>, tensor<2x6x3xf32>, tensor<2x6x3xf64>
  return %r#0, %r#1, %r#2 : tensor<2x6x3xi32>, tensor<2x6x3xf32>, tensor<2x6x3xf64>
}
