// Unused tm_tensor ops on tensors are trivially dead (their only effects
// allocate their results); on memrefs they stay, and ops with allocation
// effects are not merged.

func.func @dead(%a: tensor<4xf32>, %m: memref<4xf32>) {
  %0 = tm_tensor.sort dimension(0) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  tm_tensor.sort dimension(0) outs(%m : memref<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  }
  return
}
func.func @twice(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = tm_tensor.sort dimension(0) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  %1 = tm_tensor.sort dimension(0) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}
