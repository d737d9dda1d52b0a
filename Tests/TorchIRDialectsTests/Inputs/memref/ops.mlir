// Every memref op in its custom form.
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]>
memref.global @x : memref<4xi32> = uninitialized
memref.global "private" @y : memref<4xi32> {alignment = 64 : i64}
memref.global @z : memref<f32> = dense<0.0>
func.func @ops(%m: memref<?x4xf32>, %i: index, %j: index, %f: f32, %s: memref<8x16xf32>, %u: memref<*xf32>, %b: memref<2048xi8>) {
  %0 = memref.alloc(%i) : memref<?x4xf32>
  %1 = memref.alloc() {alignment = 64 : i64} : memref<8x16xf32>
  %2 = memref.alloca(%i) : memref<?x4xf32>
  %c3 = memref.alloc()[%i] : memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  memref.dealloc %0 : memref<?x4xf32>
  %3 = memref.load %m[%i, %j] : memref<?x4xf32>
  %n = memref.load %m[%i, %j] {nontemporal = true} : memref<?x4xf32>
  memref.store %f, %m[%i, %j] : memref<?x4xf32>
  memref.store %f, %m[%i, %j] {nontemporal = true} : memref<?x4xf32>
  %4 = memref.subview %s[0, %i] [4, %j] [1, 2] : memref<8x16xf32> to memref<4x?xf32, strided<[16, 2], offset: ?>>
  %5 = memref.cast %m : memref<?x4xf32> to memref<2x4xf32>
  %c5 = memref.cast %m : memref<?x4xf32> to memref<*xf32>
  memref.copy %s, %1 : memref<8x16xf32> to memref<8x16xf32>
  %6 = memref.expand_shape %s [[0, 1], [2]] output_shape [2, 4, 16] : memref<8x16xf32> into memref<2x4x16xf32>
  %7 = memref.collapse_shape %6 [[0, 1], [2]] : memref<2x4x16xf32> into memref<8x16xf32>
  %8 = memref.get_global @c : memref<2xf32>
  %9 = memref.dim %m, %i : memref<?x4xf32>
  %10 = memref.reinterpret_cast %s to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<8x16xf32> to memref<?x4xf32, strided<[4, 1]>>
  %sh = memref.alloc() : memref<1xindex>
  %11 = memref.reshape %s(%sh) : (memref<8x16xf32>, memref<1xindex>) -> memref<128xf32>
  %12 = memref.rank %u : memref<*xf32>
  %13 = memref.view %b[%i][%j] : memref<2048xi8> to memref<?x4xf32>
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %s : memref<8x16xf32> -> memref<f32>, index, index, index, index, index
  %14 = memref.assume_alignment %s, 16 : memref<8x16xf32>
  return
}
