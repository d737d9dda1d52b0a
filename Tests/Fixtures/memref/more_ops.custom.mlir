module {
  func.func @f(%arg0: memref<4xf32>, %arg1: index, %arg2: f32, %arg3: memref<4x8xf32>, %arg4: memref<4xi32>) {
    memref.alloca_scope  {
      %alloca = memref.alloca() : memref<4xf32>
    }
    %0 = memref.alloca_scope  -> (f32) {
      memref.alloca_scope.return %arg2 : f32
    }
    %1 = memref.atomic_rmw addf %arg2, %arg0[%arg1] : (f32, memref<4xf32>) -> f32
    %2 = memref.generic_atomic_rmw %arg0[%arg1] : memref<4xf32> {
    ^bb0(%arg5: f32):
      %5 = arith.addf %arg5, %arg2 : f32
      memref.atomic_yield %5 : f32
    }
    %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<4xf32> -> index
    %memspacecast = memref.memory_space_cast %arg0 : memref<4xf32> to memref<4xf32, 1>
    memref.prefetch %arg0[%arg1], read, locality<3>, data : memref<4xf32>
    %3 = memref.realloc %arg0 : memref<4xf32> to memref<8xf32>
    %4:2 = memref.distinct_objects %arg0, %arg0 : memref<4xf32>, memref<4xf32>
    %alloc = memref.alloc() : memref<1xi32>
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %alloc_0 = memref.alloc() : memref<4xf32, 1>
    memref.dma_start %arg0[%c0], %alloc_0[%c0], %c4, %alloc[%c0] : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
    memref.dma_wait %alloc[%c0], %c4 : memref<1xi32>
    return
  }
  func.func @g(%arg0: memref<?xf32>, %arg1: index, %arg2: f32, %arg3: memref<4xi32>, %arg4: i32, %arg5: index) -> memref<?xf32> {
    %0 = memref.realloc %arg0(%arg1) {alignment = 8 : i64} : memref<?xf32> to memref<?xf32>
    %1 = memref.atomic_rmw maxs %arg4, %arg3[%arg5] {foo} : (i32, memref<4xi32>) -> i32
    %2 = memref.atomic_rmw assign %arg4, %arg3[%arg5] : (i32, memref<4xi32>) -> i32
    memref.prefetch %arg0[%arg5], write, locality<0>, instr : memref<?xf32>
    %c0 = arith.constant 0 : index
    %alloc = memref.alloc() : memref<i32>
    %alloc_0 = memref.alloc() : memref<4xi32, 2>
    memref.dma_start %arg3[%c0], %alloc_0[%c0], %arg5, %alloc[], %arg5, %arg5 : memref<4xi32>, memref<4xi32, 2>, memref<i32>
    memref.dma_wait %alloc[], %arg5 {qux} : memref<i32>
    memref.alloca_scope  {
    } {s}
    %3:2 = memref.alloca_scope  -> (i32, f32) {
      memref.alloca_scope.return {r} %arg4, %arg2 : i32, f32
    }
    %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<?xf32> -> index {t}
    return %0 : memref<?xf32>
  }
  func.func @t(%arg0: memref<4x8xf32>, %arg1: memref<?x8x2xf32>) {
    %transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
    %transpose_0 = memref.transpose %arg1 (d0, d1, d2) -> (d2, d0, d1) {foo} : memref<?x8x2xf32> to memref<2x?x8xf32, strided<[1, 16, 2]>>
    %transpose_1 = memref.transpose %arg0 (d0, d1) -> (d0, d1) : memref<4x8xf32> to memref<4x8xf32>
    return
  }
}

