// linalg.pack / linalg.unpack: padding, outer_dims_perm, dynamic tiles and
// sizes, memrefs.

func.func @f(%s: tensor<128x256xf32>, %d: tensor<8x16x8x32xf32>, %e: tensor<16x8x8x32xf32>, %p: f32, %t: index, %dd: tensor<16x?x8x?xf32>, %m: memref<128x256xf32>, %md: memref<8x16x8x32xf32>) -> tensor<8x16x8x32xf32> {
  %0 = linalg.pack %s padding_value(%p : f32) outer_dims_perm = [1, 0] inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %d : tensor<128x256xf32> -> tensor<8x16x8x32xf32>
  %1 = linalg.pack %s inner_dims_pos = [0, 1] inner_tiles = [8, %t] into %dd {foo} : tensor<128x256xf32> -> tensor<16x?x8x?xf32>
  %2 = linalg.unpack %0 outer_dims_perm = [1, 0] inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %s : tensor<8x16x8x32xf32> -> tensor<128x256xf32>
  %3 = linalg.pack %s inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %e : tensor<128x256xf32> -> tensor<16x8x8x32xf32>
  return %0 : tensor<8x16x8x32xf32>
}

func.func @g(%s: tensor<128x256xf32>, %p: tensor<16x?x8x?xf32>, %t: index, %m: memref<128x256xf32>, %md: memref<16x8x8x32xf32>) {
  %2 = linalg.unpack %p inner_dims_pos = [0, 1] inner_tiles = [8, %t] into %s : tensor<16x?x8x?xf32> -> tensor<128x256xf32>
  linalg.pack %m inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %md : memref<128x256xf32> -> memref<16x8x8x32xf32>
  linalg.unpack %md inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %m : memref<16x8x8x32xf32> -> memref<128x256xf32>
  return
}

func.func @dynamic(%s: tensor<?x?xf32>, %d: tensor<?x?x8x2xf32>, %p: f32) -> tensor<?x?xf32> {
  %0 = linalg.pack %s padding_value(%p : f32) inner_dims_pos = [1, 0] inner_tiles = [8, 2] into %d : tensor<?x?xf32> -> tensor<?x?x8x2xf32>
  %1 = linalg.unpack %0 inner_dims_pos = [1, 0] inner_tiles = [8, 2] into %s : tensor<?x?x8x2xf32> -> tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}
