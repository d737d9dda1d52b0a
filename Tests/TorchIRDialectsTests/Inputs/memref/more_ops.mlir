// alloca_scope, atomics, dma, prefetch, realloc, memory_space_cast,
// distinct_objects, transpose in their custom forms.
func.func @f(%m: memref<4xf32>, %i: index, %f: f32, %n: memref<4x8xf32>, %buf: memref<4xi32>) {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
  }
  %r = memref.alloca_scope -> (f32) {
    memref.alloca_scope.return %f : f32
  }
  %0 = memref.atomic_rmw addf %f, %m[%i] : (f32, memref<4xf32>) -> f32
  %1 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32):
    %s = arith.addf %cur, %f : f32
    memref.atomic_yield %s : f32
  }
  %2 = memref.extract_aligned_pointer_as_index %m : memref<4xf32> -> index
  %3 = memref.memory_space_cast %m : memref<4xf32> to memref<4xf32, 1>
  memref.prefetch %m[%i], read, locality<3>, data : memref<4xf32>
  %4 = memref.realloc %m : memref<4xf32> to memref<8xf32>
  %6:2 = memref.distinct_objects %m, %m : memref<4xf32>, memref<4xf32>
  %tag = memref.alloc() : memref<1xi32>
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %dst = memref.alloc() : memref<4xf32, 1>
  memref.dma_start %m[%c0], %dst[%c0], %c4, %tag[%c0] : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
  memref.dma_wait %tag[%c0], %c4 : memref<1xi32>
  return
}
func.func @g(%m: memref<?xf32>, %n: index, %f: f32, %i: memref<4xi32>, %x: i32, %k: index) -> memref<?xf32> {
  %0 = memref.realloc %m(%n) {alignment = 8 : i64} : memref<?xf32> to memref<?xf32>
  %1 = memref.atomic_rmw maxs %x, %i[%k] {foo} : (i32, memref<4xi32>) -> i32
  %2 = memref.atomic_rmw assign %x, %i[%k] : (i32, memref<4xi32>) -> i32
  memref.prefetch %m[%k], write, locality<0>, instr : memref<?xf32>
  %c0 = arith.constant 0 : index
  %tag = memref.alloc() : memref<i32>
  %dst = memref.alloc() : memref<4xi32, 2>
  memref.dma_start %i[%c0], %dst[%c0], %k, %tag[], %k, %k : memref<4xi32>, memref<4xi32, 2>, memref<i32>
  memref.dma_wait %tag[], %k {qux} : memref<i32>
  memref.alloca_scope {
  } {s}
  %3:2 = memref.alloca_scope -> (i32, f32) {
    memref.alloca_scope.return {r} %x, %f : i32, f32
  }
  %4 = memref.extract_aligned_pointer_as_index %m : memref<?xf32> -> index {t}
  return %0 : memref<?xf32>
}
func.func @t(%m: memref<4x8xf32>, %n: memref<?x8x2xf32>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  %1 = memref.transpose %n (d0, d1, d2) -> (d2, d0, d1) {foo} : memref<?x8x2xf32> to memref<2x?x8xf32, strided<[1, 16, 2]>>
  %2 = memref.transpose %m (a, b) -> (a, b) : memref<4x8xf32> to memref<4x8xf32>
  return
}
