// Folders of the memref dialect; the expected output is torch-mlir-opt
// --canonicalize of this file (Tests/Fixtures/memref/canonicalize.canonicalize.mlir).
// Each function makes at most one new constant, but @esm, whose constants
// are made in the order of its results, as MLIR makes them.

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

// A memref.cast folds into loads, stores, deallocs, copies, atomics, dims,
// casts and subviews; constant subview operands become static; trivial and
// repeated subviews, self copies and empty copies disappear.
func.func @load_cast(%m: memref<4x8xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  %0 = memref.load %c[%i, %i] : memref<?x?xf32>
  return %0 : f32
}
func.func @store_cast(%m: memref<4x8xf32>, %i: index, %f: f32) {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  memref.store %f, %c[%i, %i] : memref<?x?xf32>
  return
}
func.func @dealloc_cast(%m: memref<4x8xf32>) {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  memref.dealloc %c : memref<?x?xf32>
  return
}
func.func @copy_cast(%m: memref<4x8xf32>, %n: memref<4x8xf32>) {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  %d = memref.cast %n : memref<4x8xf32> to memref<?x?xf32>
  memref.copy %c, %d : memref<?x?xf32> to memref<?x?xf32>
  return
}
func.func @self_copy(%m: memref<4x8xf32>) {
  memref.copy %m, %m : memref<4x8xf32> to memref<4x8xf32>
  return
}
func.func @cast_cast(%m: memref<4x8xf32>) -> memref<?x8xf32> {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  %d = memref.cast %c : memref<?x?xf32> to memref<?x8xf32>
  return %d : memref<?x8xf32>
}
func.func @cast_unranked(%m: memref<4x8xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<4x8xf32> to memref<*xf32>
  %d = memref.cast %c : memref<*xf32> to memref<?x?xf32>
  %0 = memref.load %d[%i, %i] : memref<?x?xf32>
  return %0 : f32
}
func.func @subview_const(%m: memref<8x16xf32>) -> memref<?x?xf32, strided<[16, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %0 = memref.subview %m[%c0, 2] [%c4, %c4] [1, 1] : memref<8x16xf32> to memref<?x?xf32, strided<[16, 1], offset: ?>>
  return %0 : memref<?x?xf32, strided<[16, 1], offset: ?>>
}
func.func @subview_cast(%m: memref<8x16xf32>, %i: index) -> memref<4x4xf32, strided<[?, ?], offset: ?>> {
  %c = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %0 = memref.subview %c[%i, 0] [4, 4] [1, 1] : memref<?x?xf32> to memref<4x4xf32, strided<[?, 1], offset: ?>>
  %1 = memref.cast %0 : memref<4x4xf32, strided<[?, 1], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
  return %1 : memref<4x4xf32, strided<[?, ?], offset: ?>>
}
func.func @subview_const_reduced(%m: memref<8x16xf32>) -> memref<?xf32, strided<[1], offset: 50>> {
  %c4 = arith.constant 4 : index
  %0 = memref.subview %m[3, 2] [1, %c4] [1, 1] : memref<8x16xf32> to memref<?xf32, strided<[1], offset: 50>>
  return %0 : memref<?xf32, strided<[1], offset: 50>>
}
func.func @subview_of_subview(%m: memref<8x16xf32>) -> memref<4x4xf32, strided<[16, 1], offset: 2>> {
  %0 = memref.subview %m[0, 2] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: 2>>
  %1 = memref.subview %0[0, 0] [4, 4] [1, 1] : memref<4x4xf32, strided<[16, 1], offset: 2>> to memref<4x4xf32, strided<[16, 1], offset: 2>>
  return %1 : memref<4x4xf32, strided<[16, 1], offset: 2>>
}
func.func @subview_identity_dynamic(%m: memref<8x16xf32, strided<[?, 1], offset: ?>>) -> memref<8x16xf32, strided<[?, 1], offset: ?>> {
  %0 = memref.subview %m[0, 0] [8, 16] [1, 1] : memref<8x16xf32, strided<[?, 1], offset: ?>> to memref<8x16xf32, strided<[?, 1], offset: ?>>
  return %0 : memref<8x16xf32, strided<[?, 1], offset: ?>>
}
func.func @empty_copy(%m: memref<0x4xf32>, %n: memref<0x4xf32>) {
  memref.copy %m, %n : memref<0x4xf32> to memref<0x4xf32>
  return
}
func.func @subview_cast_reduced(%m: memref<8x16xf32>, %i: index) -> memref<4xf32, strided<[1], offset: ?>> {
  %c = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %0 = memref.subview %c[%i, 0] [1, 4] [1, 1] : memref<?x?xf32> to memref<4xf32, strided<[1], offset: ?>>
  return %0 : memref<4xf32, strided<[1], offset: ?>>
}
func.func @atomic_cast(%m: memref<4xi32>, %x: i32, %i: index) -> i32 {
  %c = memref.cast %m : memref<4xi32> to memref<?xi32>
  %0 = memref.atomic_rmw addi %x, %c[%i] : (i32, memref<?xi32>) -> i32
  return %0 : i32
}

// Static strided metadata becomes constants; reinterpret_cast folds through
// casts and identities and takes constant operands; dims of views; collapse of
// a cast.
func.func @esm(%m: memref<8x16xf32>) -> (index, index, index, index, index) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<8x16xf32> -> memref<f32>, index, index, index, index, index
  return %offset, %sizes#0, %sizes#1, %strides#0, %strides#1 : index, index, index, index, index
}
func.func @rc_same(%m: memref<8x16xf32>) -> memref<8x16xf32> {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [8, 16], strides: [16, 1] : memref<8x16xf32> to memref<8x16xf32>
  return %0 : memref<8x16xf32>
}
func.func @rc_const(%m: memref<8x16xf32>) -> memref<?x16xf32, strided<[16, 1]>> {
  %c8 = arith.constant 8 : index
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%c8, 16], strides: [16, 1] : memref<8x16xf32> to memref<?x16xf32, strided<[16, 1]>>
  return %0 : memref<?x16xf32, strided<[16, 1]>>
}
func.func @rank_dim_view(%b: memref<2048xi8>, %i: index, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %v = memref.view %b[%i][%n] : memref<2048xi8> to memref<?x4xf32>
  %d = memref.dim %v, %c0 : memref<?x4xf32>
  return %d : index
}
func.func @load_global() -> f32 {
  %c1 = arith.constant 1 : index
  %g = memref.get_global @cg : memref<2xf32>
  %0 = memref.load %g[%c1] : memref<2xf32>
  return %0 : f32
}
memref.global "private" constant @cg : memref<2xf32> = dense<[1.0, 2.0]>
func.func @collapse_cast(%m: memref<4x8xf32>) -> memref<32xf32> {
  %c = memref.cast %m : memref<4x8xf32> to memref<?x8xf32>
  %0 = memref.collapse_shape %c [[0, 1]] : memref<?x8xf32> into memref<?xf32>
  %1 = memref.cast %0 : memref<?xf32> to memref<32xf32>
  return %1 : memref<32xf32>
}

// Constant dynamic sizes of alloc/alloca become static, with a cast back.
func.func @alloc_const(%n: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %0 = memref.alloc(%c4, %n) {alignment = 64 : i64} : memref<?x?xf32>
  return %0 : memref<?x?xf32>
}
func.func @alloca_const() -> memref<?xf32> {
  %c8 = arith.constant 8 : index
  %0 = memref.alloca(%c8) : memref<?xf32>
  return %0 : memref<?xf32>
}
func.func @alloc_sym(%s: index) -> memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>> {
  %c8 = arith.constant 8 : index
  %0 = memref.alloc(%c8)[%s] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return %0 : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
}

// Constant view sizes become static, with a cast back.
func.func @view_const(%b: memref<2048xi8>, %i: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %c0 = arith.constant 0 : index
  %0 = memref.view %b[%c0][%c4, %i] : memref<2048xi8> to memref<?x?xf32>
  return %0 : memref<?x?xf32>
}

// Reshape chains of identity-layout memrefs compose into one reshape.
func.func @mcollapse_collapse(%m: memref<2x3x4xf32>) -> memref<24xf32> {
  %0 = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %1 = memref.collapse_shape %0 [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  return %1 : memref<24xf32>
}
func.func @mexpand_expand(%m: memref<24xf32>) -> memref<2x3x4xf32> {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  %1 = memref.expand_shape %0 [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  return %1 : memref<2x3x4xf32>
}
func.func @mexpand_collapse(%m: memref<6x20xf32>) -> memref<2x3x4x5xf32> {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<6x20xf32> into memref<120xf32>
  %1 = memref.expand_shape %0 [[0, 1, 2, 3]] output_shape [2, 3, 4, 5] : memref<120xf32> into memref<2x3x4x5xf32>
  return %1 : memref<2x3x4x5xf32>
}
func.func @mcollapse_expand(%m: memref<6x35xf32>) -> memref<6x5x7xf32> {
  %0 = memref.expand_shape %m [[0, 1], [2, 3]] output_shape [2, 3, 5, 7] : memref<6x35xf32> into memref<2x3x5x7xf32>
  %1 = memref.collapse_shape %0 [[0, 1], [2], [3]] : memref<2x3x5x7xf32> into memref<6x5x7xf32>
  return %1 : memref<6x5x7xf32>
}
