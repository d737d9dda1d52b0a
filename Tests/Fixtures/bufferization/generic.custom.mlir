module {
  func.func @generic(%arg0: memref<2xf32>, %arg1: tensor<?xf32>, %arg2: index, %arg3: i1) {
    %0 = bufferization.to_tensor %arg0 restrict writable {a = 1 : i32} : memref<2xf32> to tensor<2xf32>
    %1 = bufferization.to_buffer %0 read_only : tensor<2xf32> to memref<2xf32, 3>
    %2 = bufferization.alloc_tensor(%arg2) size_hint=%arg2 <{memory_space = [1, "two"]}> {a = "x", z} : tensor<?xf32>
    %3 = bufferization.alloc_tensor() copy(%arg1) : tensor<?xf32>
    %4 = bufferization.materialize_in_destination %0 in %0 : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    bufferization.materialize_in_destination %0 in restrict writable %arg0 : (tensor<2xf32>, memref<2xf32>) -> ()
    %5 = bufferization.clone %arg0 {b} : memref<2xf32> to memref<2xf32>
    bufferization.dealloc_tensor %2 : tensor<?xf32>
    %6:2 = bufferization.dealloc (%arg0 : memref<2xf32>) if (%arg3) retain (%arg0, %5 : memref<2xf32>, memref<2xf32>)
    bufferization.dealloc {note}
    return
  }
}

