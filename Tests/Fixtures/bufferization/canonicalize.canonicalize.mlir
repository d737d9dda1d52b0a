module {
  func.func @a(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    return %arg0 : tensor<4xf32>
  }
  func.func @b(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    return %arg0 : tensor<4xf32>
  }
  func.func @c(%arg0: memref<4xf32>) -> memref<4xf32> {
    return %arg0 : memref<4xf32>
  }
  func.func @f(%arg0: memref<4xf32>) {
    %0 = bufferization.alloc_tensor() : tensor<4xf32>
    return
  }
  func.func @g(%arg0: tensor<4xf32>, %arg1: memref<4xf32>) -> (tensor<4xf32>, memref<4xf32>) {
    %0 = bufferization.to_buffer %arg0 : tensor<4xf32> to memref<4xf32>
    %1 = bufferization.to_tensor %arg1 : memref<4xf32> to tensor<4xf32>
    return %1, %0 : tensor<4xf32>, memref<4xf32>
  }
  func.func @h(%arg0: tensor<4xf32>, %arg1: memref<4xf32>, %arg2: tensor<4xf32>) {
    bufferization.materialize_in_destination %arg2 in writable %arg1 : (tensor<4xf32>, memref<4xf32>) -> ()
    return
  }
}

