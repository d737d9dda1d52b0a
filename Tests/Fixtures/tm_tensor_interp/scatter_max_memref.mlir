func.func @main(%arg0: memref<8xf32>, %arg1: memref<3x1xi32>, %arg2: memref<3xf32>) {
  tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%arg2, %arg1 : memref<3xf32>, memref<3x1xi32>) outs(%arg0 : memref<8xf32>) {
  ^bb0(%u: f32, %o: f32):
    %m = arith.maximumf %u, %o : f32
    tm_tensor.yield %m : f32
  }
  return
}
