module {
  func.func @f(%arg0: tensor<128x256xf32>, %arg1: tensor<8x16x8x32xf32>, %arg2: tensor<16x8x8x32xf32>, %arg3: f32, %arg4: index, %arg5: tensor<16x?x8x?xf32>, %arg6: memref<128x256xf32>, %arg7: memref<8x16x8x32xf32>) -> tensor<8x16x8x32xf32> {
    %pack = linalg.pack %arg0 outer_dims_perm = [1, 0] inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %arg1 : tensor<128x256xf32> -> tensor<8x16x8x32xf32>
    return %pack : tensor<8x16x8x32xf32>
  }
  func.func @g(%arg0: tensor<128x256xf32>, %arg1: tensor<16x?x8x?xf32>, %arg2: index, %arg3: memref<128x256xf32>, %arg4: memref<16x8x8x32xf32>) {
    linalg.pack %arg3 inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %arg4 : memref<128x256xf32> -> memref<16x8x8x32xf32>
    linalg.unpack %arg4 inner_dims_pos = [0, 1] inner_tiles = [8, 32] into %arg3 : memref<16x8x8x32xf32> -> memref<128x256xf32>
    return
  }
  func.func @dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?x8x2xf32>, %arg2: f32) -> tensor<?x?xf32> {
    %pack = linalg.pack %arg0 padding_value(%arg2 : f32) inner_dims_pos = [1, 0] inner_tiles = [8, 2] into %arg1 : tensor<?x?xf32> -> tensor<?x?x8x2xf32>
    %unpack = linalg.unpack %pack inner_dims_pos = [1, 0] inner_tiles = [8, 2] into %arg0 : tensor<?x?x8x2xf32> -> tensor<?x?xf32>
    return %unpack : tensor<?x?xf32>
  }
}

