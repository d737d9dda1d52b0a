#map = affine_map<(d0)[s0] -> (d0 + s0)>
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
  func.func @load_cast(%arg0: memref<4x8xf32>, %arg1: index) -> f32 {
    %0 = memref.load %arg0[%arg1, %arg1] : memref<4x8xf32>
    return %0 : f32
  }
  func.func @store_cast(%arg0: memref<4x8xf32>, %arg1: index, %arg2: f32) {
    memref.store %arg2, %arg0[%arg1, %arg1] : memref<4x8xf32>
    return
  }
  func.func @dealloc_cast(%arg0: memref<4x8xf32>) {
    memref.dealloc %arg0 : memref<4x8xf32>
    return
  }
  func.func @copy_cast(%arg0: memref<4x8xf32>, %arg1: memref<4x8xf32>) {
    memref.copy %arg0, %arg1 : memref<4x8xf32> to memref<4x8xf32>
    return
  }
  func.func @self_copy(%arg0: memref<4x8xf32>) {
    return
  }
  func.func @cast_cast(%arg0: memref<4x8xf32>) -> memref<?x8xf32> {
    %cast = memref.cast %arg0 : memref<4x8xf32> to memref<?x8xf32>
    return %cast : memref<?x8xf32>
  }
  func.func @cast_unranked(%arg0: memref<4x8xf32>, %arg1: index) -> f32 {
    %0 = memref.load %arg0[%arg1, %arg1] : memref<4x8xf32>
    return %0 : f32
  }
  func.func @subview_const(%arg0: memref<8x16xf32>) -> memref<?x?xf32, strided<[16, 1], offset: ?>> {
    %subview = memref.subview %arg0[0, 2] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: 2>>
    %cast = memref.cast %subview : memref<4x4xf32, strided<[16, 1], offset: 2>> to memref<?x?xf32, strided<[16, 1], offset: ?>>
    return %cast : memref<?x?xf32, strided<[16, 1], offset: ?>>
  }
  func.func @subview_cast(%arg0: memref<8x16xf32>, %arg1: index) -> memref<4x4xf32, strided<[?, ?], offset: ?>> {
    %subview = memref.subview %arg0[%arg1, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: ?>>
    %cast = memref.cast %subview : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
    return %cast : memref<4x4xf32, strided<[?, ?], offset: ?>>
  }
  func.func @subview_const_reduced(%arg0: memref<8x16xf32>) -> memref<?xf32, strided<[1], offset: 50>> {
    %subview = memref.subview %arg0[3, 2] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[1], offset: 50>>
    %cast = memref.cast %subview : memref<4xf32, strided<[1], offset: 50>> to memref<?xf32, strided<[1], offset: 50>>
    return %cast : memref<?xf32, strided<[1], offset: 50>>
  }
  func.func @subview_of_subview(%arg0: memref<8x16xf32>) -> memref<4x4xf32, strided<[16, 1], offset: 2>> {
    %subview = memref.subview %arg0[0, 2] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: 2>>
    return %subview : memref<4x4xf32, strided<[16, 1], offset: 2>>
  }
  func.func @subview_identity_dynamic(%arg0: memref<8x16xf32, strided<[?, 1], offset: ?>>) -> memref<8x16xf32, strided<[?, 1], offset: ?>> {
    return %arg0 : memref<8x16xf32, strided<[?, 1], offset: ?>>
  }
  func.func @empty_copy(%arg0: memref<0x4xf32>, %arg1: memref<0x4xf32>) {
    return
  }
  func.func @subview_cast_reduced(%arg0: memref<8x16xf32>, %arg1: index) -> memref<4xf32, strided<[1], offset: ?>> {
    %subview = memref.subview %arg0[%arg1, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[1], offset: ?>>
    return %subview : memref<4xf32, strided<[1], offset: ?>>
  }
  func.func @atomic_cast(%arg0: memref<4xi32>, %arg1: i32, %arg2: index) -> i32 {
    %0 = memref.atomic_rmw addi %arg1, %arg0[%arg2] : (i32, memref<4xi32>) -> i32
    return %0 : i32
  }
  func.func @esm(%arg0: memref<8x16xf32>) -> (index, index, index, index, index) {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    return %c0, %c8, %c16, %c16, %c1 : index, index, index, index, index
  }
  func.func @rc_same(%arg0: memref<8x16xf32>) -> memref<8x16xf32> {
    return %arg0 : memref<8x16xf32>
  }
  func.func @rc_const(%arg0: memref<8x16xf32>) -> memref<?x16xf32, strided<[16, 1]>> {
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [8, 16], strides: [16, 1] : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
    %cast = memref.cast %reinterpret_cast : memref<8x16xf32, strided<[16, 1]>> to memref<?x16xf32, strided<[16, 1]>>
    return %cast : memref<?x16xf32, strided<[16, 1]>>
  }
  func.func @rank_dim_view(%arg0: memref<2048xi8>, %arg1: index, %arg2: index) -> index {
    return %arg2 : index
  }
  func.func @load_global() -> f32 {
    %c1 = arith.constant 1 : index
    %0 = memref.get_global @cg : memref<2xf32>
    %1 = memref.load %0[%c1] : memref<2xf32>
    return %1 : f32
  }
  memref.global "private" constant @cg : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
  func.func @collapse_cast(%arg0: memref<4x8xf32>) -> memref<32xf32> {
    %collapse_shape = memref.collapse_shape %arg0 [[0, 1]] : memref<4x8xf32> into memref<32xf32>
    return %collapse_shape : memref<32xf32>
  }
  func.func @alloc_const(%arg0: index) -> memref<?x?xf32> {
    %alloc = memref.alloc(%arg0) {alignment = 64 : i64} : memref<4x?xf32>
    %cast = memref.cast %alloc : memref<4x?xf32> to memref<?x?xf32>
    return %cast : memref<?x?xf32>
  }
  func.func @alloca_const() -> memref<?xf32> {
    %alloca = memref.alloca() : memref<8xf32>
    %cast = memref.cast %alloca : memref<8xf32> to memref<?xf32>
    return %cast : memref<?xf32>
  }
  func.func @alloc_sym(%arg0: index) -> memref<?xf32, #map> {
    %alloc = memref.alloc()[%arg0] : memref<8xf32, #map>
    %cast = memref.cast %alloc : memref<8xf32, #map> to memref<?xf32, #map>
    return %cast : memref<?xf32, #map>
  }
  func.func @view_const(%arg0: memref<2048xi8>, %arg1: index) -> memref<?x?xf32> {
    %c0 = arith.constant 0 : index
    %view = memref.view %arg0[%c0][%arg1] : memref<2048xi8> to memref<4x?xf32>
    %cast = memref.cast %view : memref<4x?xf32> to memref<?x?xf32>
    return %cast : memref<?x?xf32>
  }
  func.func @mcollapse_collapse(%arg0: memref<2x3x4xf32>) -> memref<24xf32> {
    %collapse_shape = memref.collapse_shape %arg0 [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
    return %collapse_shape : memref<24xf32>
  }
  func.func @mexpand_expand(%arg0: memref<24xf32>) -> memref<2x3x4xf32> {
    %expand_shape = memref.expand_shape %arg0 [[0, 1, 2]] output_shape [2, 3, 4] : memref<24xf32> into memref<2x3x4xf32>
    return %expand_shape : memref<2x3x4xf32>
  }
  func.func @mexpand_collapse(%arg0: memref<6x20xf32>) -> memref<2x3x4x5xf32> {
    %expand_shape = memref.expand_shape %arg0 [[0, 1], [2, 3]] output_shape [2, 3, 4, 5] : memref<6x20xf32> into memref<2x3x4x5xf32>
    return %expand_shape : memref<2x3x4x5xf32>
  }
  func.func @mcollapse_expand(%arg0: memref<6x35xf32>) -> memref<6x5x7xf32> {
    %expand_shape = memref.expand_shape %arg0 [[0], [1, 2]] output_shape [6, 5, 7] : memref<6x35xf32> into memref<6x5x7xf32>
    return %expand_shape : memref<6x5x7xf32>
  }
}

