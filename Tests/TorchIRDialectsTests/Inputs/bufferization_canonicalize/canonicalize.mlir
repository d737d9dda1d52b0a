// to_tensor/to_buffer round trips fold; unused ops without write effects are erased.
func.func @a(%t: tensor<4xf32>) -> tensor<4xf32> {
  %b = bufferization.to_buffer %t : tensor<4xf32> to memref<4xf32>
  %t2 = bufferization.to_tensor %b : memref<4xf32> to tensor<4xf32>
  return %t2 : tensor<4xf32>
}
func.func @b(%t: tensor<4xf32>) -> tensor<4xf32> {
  %b = bufferization.to_buffer %t read_only : tensor<4xf32> to memref<4xf32>
  %t2 = bufferization.to_tensor %b restrict writable : memref<4xf32> to tensor<4xf32>
  return %t2 : tensor<4xf32>
}
func.func @c(%m: memref<4xf32>) -> memref<4xf32> {
  %t = bufferization.to_tensor %m : memref<4xf32> to tensor<4xf32>
  %b = bufferization.to_buffer %t : tensor<4xf32> to memref<4xf32>
  return %b : memref<4xf32>
}
func.func @f(%m: memref<4xf32>) {
  %t = bufferization.to_tensor %m : memref<4xf32> to tensor<4xf32>
  %a = bufferization.alloc_tensor() : tensor<4xf32>
  %c = bufferization.clone %m : memref<4xf32> to memref<4xf32>
  return
}
func.func @g(%t: tensor<4xf32>, %m: memref<4xf32>) -> (tensor<4xf32>, memref<4xf32>) {
  %b = bufferization.to_buffer %t : tensor<4xf32> to memref<4xf32>
  %t2 = bufferization.to_tensor %m : memref<4xf32> to tensor<4xf32>
  return %t2, %b : tensor<4xf32>, memref<4xf32>
}
func.func @h(%t: tensor<4xf32>, %m: memref<4xf32>, %s: tensor<4xf32>) {
  %b = bufferization.to_buffer %t : tensor<4xf32> to memref<4xf32>
  %c = bufferization.to_buffer %t read_only : tensor<4xf32> to memref<4xf32>
  bufferization.materialize_in_destination %s in writable %m : (tensor<4xf32>, memref<4xf32>) -> ()
  %r = bufferization.materialize_in_destination %s in %t : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}
