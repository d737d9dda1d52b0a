module {
  func.func @dim_static(%arg0: memref<4x?xf32>) -> index {
    %c4 = arith.constant 4 : index
    return %c4 : index
  }
  func.func @dim_alloc(%arg0: index) -> index {
    return %arg0 : index
  }
  func.func @dim_cast(%arg0: memref<4x?xf32>) -> index {
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg0, %c1 : memref<4x?xf32>
    return %dim : index
  }
  func.func @rank(%arg0: memref<4x?xf32>, %arg1: memref<*xf32>) -> (index, index) {
    %c2 = arith.constant 2 : index
    %0 = memref.rank %arg1 : memref<*xf32>
    return %c2, %0 : index, index
  }
  func.func @identities(%arg0: memref<4x8xf32>) -> (memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>) {
    return %arg0, %arg0, %arg0 : memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>
  }
  func.func @kept(%arg0: memref<4x8xf32>, %arg1: index, %arg2: f32) -> f32 {
    memref.store %arg2, %arg0[%arg1, %arg1] : memref<4x8xf32>
    %0 = memref.load %arg0[%arg1, %arg1] : memref<4x8xf32>
    return %0 : f32
  }
  func.func @dead_alloc(%arg0: f32, %arg1: index) {
    return
  }
  func.func @live_alloc(%arg0: index) -> f32 {
    %alloc = memref.alloc() : memref<4xf32>
    %0 = memref.load %alloc[%arg0] : memref<4xf32>
    memref.dealloc %alloc : memref<4xf32>
    return %0 : f32
  }
}

