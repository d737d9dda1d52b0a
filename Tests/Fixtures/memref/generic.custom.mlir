#map = affine_map<(d0)[s0] -> (d0 + s0)>
module {
  memref.global "private" constant @c : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
  memref.global @x : memref<4xi32> = uninitialized
  memref.global "private" @y : memref<4xi32> {alignment = 64 : i64}
  memref.global @z : memref<f32> = dense<0.000000e+00>
  func.func @ops(%arg0: memref<?x4xf32>, %arg1: index, %arg2: index, %arg3: f32, %arg4: memref<8x16xf32>, %arg5: memref<*xf32>, %arg6: memref<2048xi8>) {
    %alloc = memref.alloc(%arg1) : memref<?x4xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<8x16xf32>
    %alloca = memref.alloca(%arg1) : memref<?x4xf32>
    %alloc_1 = memref.alloc()[%arg1] : memref<4xf32, #map>
    memref.dealloc %alloc : memref<?x4xf32>
    %0 = memref.load %arg0[%arg1, %arg2] : memref<?x4xf32>
    %1 = memref.load %arg0[%arg1, %arg2] {nontemporal = true} : memref<?x4xf32>
    memref.store %arg3, %arg0[%arg1, %arg2] : memref<?x4xf32>
    memref.store %arg3, %arg0[%arg1, %arg2] {nontemporal = true} : memref<?x4xf32>
    %subview = memref.subview %arg4[0, %arg1] [4, %arg2] [1, 2] : memref<8x16xf32> to memref<4x?xf32, strided<[16, 2], offset: ?>>
    %cast = memref.cast %arg0 : memref<?x4xf32> to memref<2x4xf32>
    %cast_2 = memref.cast %arg0 : memref<?x4xf32> to memref<*xf32>
    memref.copy %arg4, %alloc_0 : memref<8x16xf32> to memref<8x16xf32>
    %expand_shape = memref.expand_shape %arg4 [[0, 1], [2]] output_shape [2, 4, 16] : memref<8x16xf32> into memref<2x4x16xf32>
    %collapse_shape = memref.collapse_shape %expand_shape [[0, 1], [2]] : memref<2x4x16xf32> into memref<8x16xf32>
    %2 = memref.get_global @c : memref<2xf32>
    %dim = memref.dim %arg0, %arg1 : memref<?x4xf32>
    %reinterpret_cast = memref.reinterpret_cast %arg4 to offset: [0], sizes: [%arg1, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32, strided<[4, 1]>>
    %alloc_3 = memref.alloc() : memref<1xindex>
    %reshape = memref.reshape %arg4(%alloc_3) : (memref<8x16xf32>, memref<1xindex>) -> memref<128xf32>
    %3 = memref.rank %arg5 : memref<*xf32>
    %view = memref.view %arg6[%arg1][%arg2] : memref<2048xi8> to memref<?x4xf32>
    %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg4 : memref<8x16xf32> -> memref<f32>, index, index, index, index, index
    %assume_align = memref.assume_alignment %arg4, 16 : memref<8x16xf32>
    return
  }
}

