// Every bufferization op in its custom form.
func.func @tensors(%m: memref<4x?xf32>, %u: memref<*xf32>, %t: tensor<4x?xf32>, %s: memref<4xf32, strided<[2], offset: ?>, 1>) {
  %0 = bufferization.to_tensor %m : memref<4x?xf32> to tensor<4x?xf32>
  %1 = bufferization.to_tensor %m restrict : memref<4x?xf32> to tensor<4x?xf32>
  %2 = bufferization.to_tensor %m restrict writable : memref<4x?xf32> to tensor<4x?xf32>
  %3 = bufferization.to_tensor %u writable {tag} : memref<*xf32> to tensor<*xf32>
  %4 = bufferization.to_tensor %s : memref<4xf32, strided<[2], offset: ?>, 1> to tensor<4xf32>
  %5 = bufferization.to_buffer %t : tensor<4x?xf32> to memref<4x?xf32>
  %6 = bufferization.to_buffer %t read_only : tensor<4x?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
  %7 = bufferization.to_buffer %3 {tag} : tensor<*xf32> to memref<*xf32, 2>
  bufferization.dealloc_tensor %0 : tensor<4x?xf32>
  return
}

func.func @alloc(%d0: index, %d1: index, %t: tensor<?x4xf32>, %n: index) -> tensor<?x4xf32> {
  %0 = bufferization.alloc_tensor() : tensor<4xf32>
  %1 = bufferization.alloc_tensor(%d0) : tensor<?x4xf32>
  %2 = bufferization.alloc_tensor(%d0, %d1) : tensor<?x?xi8>
  %3 = bufferization.alloc_tensor() copy(%t) : tensor<?x4xf32>
  %4 = bufferization.alloc_tensor(%d0) size_hint=%n : tensor<?x4xf32>
  %5 = bufferization.alloc_tensor() copy(%1) <{memory_space = 1 : i64}> : tensor<?x4xf32>
  %6 = bufferization.alloc_tensor() <{memory_space = "gpu"}> {other} : tensor<2xf32>
  %7 = bufferization.alloc_tensor() copy(%t) size_hint=%n : tensor<?x4xf32>
  return %3 : tensor<?x4xf32>
}

func.func @materialize(%t: tensor<4xf32>, %d: tensor<4xf32>, %m: memref<4xf32>, %u: tensor<?xf32>) -> tensor<4xf32> {
  %0 = bufferization.materialize_in_destination %t in %d : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  bufferization.materialize_in_destination %t in restrict writable %m : (tensor<4xf32>, memref<4xf32>) -> ()
  bufferization.materialize_in_destination %t in writable %m : (tensor<4xf32>, memref<4xf32>) -> ()
  %1 = bufferization.materialize_in_destination %u in %d {tag} : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

func.func @memrefs(%m: memref<?xf32>, %u: memref<*xf32>, %a: memref<2xf32>, %b: memref<4xi32>, %c0: i1, %c1: i1, %r: memref<?xf32>) -> memref<?xf32> {
  %0 = bufferization.clone %m : memref<?xf32> to memref<?xf32>
  %1 = bufferization.clone %u : memref<*xf32> to memref<*xf32>
  %2:2 = bufferization.dealloc (%a, %b : memref<2xf32>, memref<4xi32>) if (%c0, %c1) retain (%r, %m : memref<?xf32>, memref<?xf32>)
  bufferization.dealloc (%a : memref<2xf32>) if (%c0)
  %3 = bufferization.dealloc retain (%r : memref<?xf32>)
  bufferization.dealloc
  %4 = bufferization.dealloc (%a : memref<2xf32>) if (%c0) retain (%r : memref<?xf32>) {tag}
  return %0 : memref<?xf32>
}
