// Folders of the memref dialect; the expected output is torch-mlir-opt
// --canonicalize of this file (Tests/Fixtures/memref/canonicalize.canonicalize.mlir).
// Each function makes at most one new constant.

func.func @dim_static(%m: memref<4x?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %0 = memref.dim %m, %c0 : memref<4x?xf32>
  return %0 : index
}
func.func @dim_alloc(%n: index) -> index {
  %c1 = arith.constant 1 : index
  %a = memref.alloc(%n) : memref<4x?xf32>
  %0 = memref.dim %a, %c1 : memref<4x?xf32>
  memref.dealloc %a : memref<4x?xf32>
  return %0 : index
}
func.func @dim_cast(%m: memref<4x?xf32>) -> index {
  %c1 = arith.constant 1 : index
  %cast = memref.cast %m : memref<4x?xf32> to memref<?x?xf32>
  %0 = memref.dim %cast, %c1 : memref<?x?xf32>
  return %0 : index
}
func.func @rank(%m: memref<4x?xf32>, %u: memref<*xf32>) -> (index, index) {
  %0 = memref.rank %m : memref<4x?xf32>
  %1 = memref.rank %u : memref<*xf32>
  return %0, %1 : index, index
}
func.func @identities(%m: memref<4x8xf32>) -> (memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>) {
  %0 = memref.cast %m : memref<4x8xf32> to memref<4x8xf32>
  %1 = memref.subview %m[0, 0] [4, 8] [1, 1] : memref<4x8xf32> to memref<4x8xf32>
  %e = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 2, 8] : memref<4x8xf32> into memref<2x2x8xf32>
  %2 = memref.collapse_shape %e [[0, 1], [2]] : memref<2x2x8xf32> into memref<4x8xf32>
  return %0, %1, %2 : memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>
}
func.func @kept(%m: memref<4x8xf32>, %i: index, %f: f32) -> f32 {
  memref.store %f, %m[%i, %i] : memref<4x8xf32>
  %0 = memref.load %m[%i, %i] : memref<4x8xf32>
  return %0 : f32
}
func.func @dead_alloc(%f: f32, %i: index) {
  %a = memref.alloc() : memref<4xf32>
  memref.store %f, %a[%i] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  %b = memref.alloca() : memref<4xf32>
  return
}
func.func @live_alloc(%i: index) -> f32 {
  %a = memref.alloc() : memref<4xf32>
  %0 = memref.load %a[%i] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  return %0 : f32
}
