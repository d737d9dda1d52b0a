module {
  func.func @dead(%arg0: tensor<4xf32>, %arg1: memref<4xf32>) {
    tm_tensor.sort dimension(0) outs(%arg1 : memref<4xf32>) {
    ^bb0(%arg2: f32, %arg3: f32):
      %0 = arith.cmpf ole, %arg2, %arg3 : f32
      tm_tensor.yield %0 : i1
    }
    return
  }
  func.func @twice(%arg0: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    %0 = tm_tensor.sort dimension(0) outs(%arg0 : tensor<4xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %2 = arith.cmpf ole, %arg1, %arg2 : f32
      tm_tensor.yield %2 : i1
    } -> tensor<4xf32>
    %1 = tm_tensor.sort dimension(0) outs(%arg0 : tensor<4xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %2 = arith.cmpf ole, %arg1, %arg2 : f32
      tm_tensor.yield %2 : i1
    } -> tensor<4xf32>
    return %0, %1 : tensor<4xf32>, tensor<4xf32>
  }
}

