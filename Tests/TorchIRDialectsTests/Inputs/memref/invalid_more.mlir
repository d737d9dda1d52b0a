// RUN: --split-input-file --verify-diagnostics

func.func @a(%m: memref<4xf32>, %x: f32, %i: index) {
  // expected-error@+1 {{'memref.atomic_rmw' op with kind 'addi' expects an integer type}}
  %1 = memref.atomic_rmw addi %x, %m[%i] : (f32, memref<4xf32>) -> f32
 return }
// -----
func.func @a(%m: memref<4xi32>, %x: i32, %i: index) {
  // expected-error@+1 {{'memref.atomic_rmw' op with kind 'mulf' expects a floating-point type}}
  %1 = memref.atomic_rmw mulf %x, %m[%i] : (i32, memref<4xi32>) -> i32
 return }
// -----
func.func @a(%m: memref<4x4xi32>, %x: i32, %i: index) {
  // expected-error@+1 {{'memref.atomic_rmw' op invalid number of indices for accessed memref, expected 2 but got 1}}
  %1 = memref.atomic_rmw addi %x, %m[%i] : (i32, memref<4x4xi32>) -> i32
 return }
// -----
func.func @a(%m: memref<4xi32>, %x: i64, %i: index) {
  // expected-error@+1 {{'memref.atomic_rmw' op failed to verify that value type matches element type of memref}}
  %1 = memref.atomic_rmw addi %x, %m[%i] : (i64, memref<4xi32>) -> i64
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index, %f: f32) {
  // expected-error@+1 {{'memref.generic_atomic_rmw' op expected single number of entry block arguments}}
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%a: f32, %b: f32):
    memref.atomic_yield %a : f32
  }
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index, %f: f32) { %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%a: f32):
    // expected-error@+1 {{body of 'memref.generic_atomic_rmw' should contain only operations with no side effects}}
    memref.store %a, %m[%i] : memref<4xf32>
    memref.atomic_yield %a : f32
  }
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index, %f: i32) { %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%a: f32):
    // expected-error@+1 {{'memref.atomic_yield' op types mismatch between yield op: 'i32' and its parent: 'f32'}}
    memref.atomic_yield %f : i32
  }
 return }
// -----
func.func @a(%f: f32) {
  // expected-error@+1 {{'memref.atomic_yield' op expects parent op 'memref.generic_atomic_rmw'}}
  memref.atomic_yield %f : f32
 }
// -----
func.func @a(%m: memref<4xf32>) {
  // expected-error@+1 {{'memref.prefetch' op invalid number of indices for accessed memref, expected 1 but got 0}}
  memref.prefetch %m[], read, locality<3>, data : memref<4xf32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index) {
  // expected-error@+1 {{custom op 'memref.prefetch' rw specifier has to be 'read' or 'write'}}
  memref.prefetch %m[%i], rw, locality<3>, data : memref<4xf32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index) {
  // expected-error@+1 {{custom op 'memref.prefetch' cache type has to be 'data' or 'instr'}}
  memref.prefetch %m[%i], read, locality<3>, cache : memref<4xf32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %i: index) {
  // expected-error@+1 {{'memref.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  memref.prefetch %m[%i], read, locality<5>, data : memref<4xf32>
 return }
// -----
func.func @a(%m: memref<?xf32>) {
  // expected-error@+1 {{missing dimension operand for result type 'memref<?xf32>'}}
  %0 = memref.realloc %m : memref<?xf32> to memref<?xf32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %n: index) {
  // expected-error@+1 {{unnecessary dimension operand for result type 'memref<8xf32>'}}
  %0 = memref.realloc %m(%n) : memref<4xf32> to memref<8xf32>
 return }
// -----
func.func @a(%m: memref<4xf32>) {
  // expected-error@+1 {{'memref.realloc' op source element type ('f32') does not match result element type ('i32')}}
  %0 = memref.realloc %m : memref<4xf32> to memref<8xi32>
 return }
// -----
func.func @a(%m: memref<4xf32>) {
  // expected-error@+1 {{different memory spaces specified for source memref type 'memref<4xf32>' and result memref type 'memref<8xf32, 1>'}}
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32, 1>
 return }
// -----
func.func @a(%m: memref<4xf32>) {
  // expected-error@+1 {{'memref.memory_space_cast' op operand type 'memref<4xf32>' and result type 'memref<5xf32, 1>' are cast incompatible}}
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<5xf32, 1>
 return }
// -----
func.func @a(%t: memref<i32>, %i: index) {
  // expected-error@+1 {{'memref.dma_wait' op expected tagIndices to have the same number of elements as the tagMemRef rank, expected 0, but got 1}}
  memref.dma_wait %t[%i], %i : memref<i32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %t: memref<i32>, %i: index) {
  // expected-error@+1 {{custom op 'memref.dma_start' expected two stride related operands}}
  memref.dma_start %m[%i], %m[%i], %i, %t[], %i : memref<4xf32>, memref<4xf32>, memref<i32>
 return }
// -----
func.func @a(%m: memref<4xf32>, %t: memref<i32>, %i: index) {
  // expected-error@+1 {{'memref.dma_start' op incorrect number of operands}}
  "memref.dma_start"(%m, %i, %m, %i, %i, %t, %i) : (memref<4xf32>, index, memref<4xf32>, index, index, memref<i32>, index) -> ()
 return }
// -----
func.func @a(%m: memref<4xf32>, %t: memref<i32>, %i: index, %f: f32) {
  // expected-error@+1 {{'memref.dma_start' op expected num elements to be of index type}}
  "memref.dma_start"(%m, %i, %m, %i, %f, %t) : (memref<4xf32>, index, memref<4xf32>, index, f32, memref<i32>) -> ()
 return }
// -----
func.func @t(%m: memref<4x8xf32>) {
  // expected-error@+1 {{'memref.transpose' op expected a permutation map}}
  %0 = memref.transpose %m (i, j) -> (j, j) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  return
}
// -----
func.func @t(%m: memref<4x8xf32>) {
  // expected-error@+1 {{'memref.transpose' op expected a permutation map of same rank as the input}}
  %0 = memref.transpose %m (i, j, k) -> (k, j, i) : memref<4x8xf32> to memref<8x4xf32, strided<[1, 8]>>
  return
}
// -----
func.func @t(%m: memref<4x8xf32>) {
  // expected-error@+1 {{'memref.transpose' op result type 'memref<8x4xf32>' is not equivalent to the canonical transposed input type 'memref<8x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32>
  return
}
// -----
func.func @t(%m: memref<4x8xf32>) {
  // expected-error@+1 {{'memref.transpose' op expected a permutation map}}
  %0 = "memref.transpose"(%m) <{permutation = affine_map<(d0, d1) -> (d0 + d1, d1)>}> : (memref<4x8xf32>) -> memref<8x4xf32>
  return
}
// -----
// Strided affine-map layouts (offset + sum of d_i * stride_i).
func.func @t(%v : memref<?x?xf32, affine_map<(i, j)[off, M]->(off + M * i + j)>>) {
  // expected-error@+1 {{'memref.transpose' op result type 'memref<?x?xf32, affine_map<(d0, d1)[s0, s1] -> (d0 * s1 + s0 + d1)>>' is not equivalent to the canonical transposed input type 'memref<?x?xf32, affine_map<(d0, d1)[s0, s1] -> (d0 + s0 + d1 * s1)>>'}}
  %0 = memref.transpose %v (i, j) -> (j, i) : memref<?x?xf32, affine_map<(i, j)[off, M]->(off + M * i + j)>> to memref<?x?xf32, affine_map<(i, j)[off, M]->(off + M * i + j)>>
  return
}
// -----
func.func @s(%v : memref<8x16xf32, affine_map<(i, j) -> (i * 16 + j + 4)>>) {
  %0 = memref.subview %v[1, 2] [2, 2] [1, 1] : memref<8x16xf32, affine_map<(i, j) -> (i * 16 + j + 4)>> to memref<2x2xf32, strided<[16, 1], offset: 22>>
  %1 = memref.cast %v : memref<8x16xf32, affine_map<(i, j) -> (i * 16 + j + 4)>> to memref<8x16xf32, strided<[16, 1], offset: ?>>
  return
}
// -----
func.func @s2(%v : memref<8x16xf32, affine_map<(i, j) -> (i * 16 + j + 4)>>) {
  // expected-error@+1 {{expected result type to be 'memref<2x2xf32, strided<[16, 1], offset: 22>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<2x2xf32, strided<[16, 1], offset: 21>>'}}
  %0 = memref.subview %v[1, 2] [2, 2] [1, 1] : memref<8x16xf32, affine_map<(i, j) -> (i * 16 + j + 4)>> to memref<2x2xf32, strided<[16, 1], offset: 21>>
  return
}
// -----
func.func @a(%m: memref<4xf32>) {
  // expected-error@+1 {{'memref.alloca_scope' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
  "memref.alloca_scope"() ({}) : () -> ()
  return
}
// -----
func.func @a(%m: memref<4xf32>, %i: index) {
  // expected-error@+1 {{'memref.generic_atomic_rmw' op expected single number of entry block arguments}}
  %0 = "memref.generic_atomic_rmw"(%m, %i) ({}) : (memref<4xf32>, index) -> f32
  return
}
