module {
  func.func @tensors(%arg0: memref<4x?xf32>, %arg1: memref<*xf32>, %arg2: tensor<4x?xf32>, %arg3: memref<4xf32, strided<[2], offset: ?>, 1>) {
    %0 = bufferization.to_tensor %arg0 : memref<4x?xf32> to tensor<4x?xf32>
    %1 = bufferization.to_tensor %arg0 restrict : memref<4x?xf32> to tensor<4x?xf32>
    %2 = bufferization.to_tensor %arg0 restrict writable : memref<4x?xf32> to tensor<4x?xf32>
    %3 = bufferization.to_tensor %arg1 writable {tag} : memref<*xf32> to tensor<*xf32>
    %4 = bufferization.to_tensor %arg3 : memref<4xf32, strided<[2], offset: ?>, 1> to tensor<4xf32>
    %5 = bufferization.to_buffer %arg2 : tensor<4x?xf32> to memref<4x?xf32>
    %6 = bufferization.to_buffer %arg2 read_only : tensor<4x?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
    %7 = bufferization.to_buffer %3 {tag} : tensor<*xf32> to memref<*xf32, 2>
    bufferization.dealloc_tensor %0 : tensor<4x?xf32>
    return
  }
  func.func @alloc(%arg0: index, %arg1: index, %arg2: tensor<?x4xf32>, %arg3: index) -> tensor<?x4xf32> {
    %0 = bufferization.alloc_tensor() : tensor<4xf32>
    %1 = bufferization.alloc_tensor(%arg0) : tensor<?x4xf32>
    %2 = bufferization.alloc_tensor(%arg0, %arg1) : tensor<?x?xi8>
    %3 = bufferization.alloc_tensor() copy(%arg2) : tensor<?x4xf32>
    %4 = bufferization.alloc_tensor(%arg0) size_hint=%arg3 : tensor<?x4xf32>
    %5 = bufferization.alloc_tensor() copy(%1) <{memory_space = 1 : i64}> : tensor<?x4xf32>
    %6 = bufferization.alloc_tensor() <{memory_space = "gpu"}> {other} : tensor<2xf32>
    %7 = bufferization.alloc_tensor() copy(%arg2) size_hint=%arg3 : tensor<?x4xf32>
    return %3 : tensor<?x4xf32>
  }
  func.func @materialize(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: memref<4xf32>, %arg3: tensor<?xf32>) -> tensor<4xf32> {
    %0 = bufferization.materialize_in_destination %arg0 in %arg1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    bufferization.materialize_in_destination %arg0 in restrict writable %arg2 : (tensor<4xf32>, memref<4xf32>) -> ()
    bufferization.materialize_in_destination %arg0 in writable %arg2 : (tensor<4xf32>, memref<4xf32>) -> ()
    %1 = bufferization.materialize_in_destination %arg3 in %arg1 {tag} : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func @memrefs(%arg0: memref<?xf32>, %arg1: memref<*xf32>, %arg2: memref<2xf32>, %arg3: memref<4xi32>, %arg4: i1, %arg5: i1, %arg6: memref<?xf32>) -> memref<?xf32> {
    %0 = bufferization.clone %arg0 : memref<?xf32> to memref<?xf32>
    %1 = bufferization.clone %arg1 : memref<*xf32> to memref<*xf32>
    %2:2 = bufferization.dealloc (%arg2, %arg3 : memref<2xf32>, memref<4xi32>) if (%arg4, %arg5) retain (%arg6, %arg0 : memref<?xf32>, memref<?xf32>)
    bufferization.dealloc (%arg2 : memref<2xf32>) if (%arg4)
    %3 = bufferization.dealloc retain (%arg6 : memref<?xf32>)
    bufferization.dealloc
    %4 = bufferization.dealloc (%arg2 : memref<2xf32>) if (%arg4) retain (%arg6 : memref<?xf32>) {tag}
    return %0 : memref<?xf32>
  }
}

