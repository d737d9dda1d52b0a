module {
  func.func @f(%arg0: memref<4xf32>, %arg1: index, %arg2: f32) {
    %0 = memref.load %arg0[%arg1] {alignment = 16 : i64} : memref<4xf32>
    memref.store %arg2, %arg0[%arg1] {alignment = 16 : i64} : memref<4xf32>
    %1 = memref.load %arg0[%arg1] : memref<4xf32>
    %alloca = memref.alloca() {alignment = 8 : i64} : memref<4xf32>
    %2 = memref.get_global @g : memref<4xf32> {foo}
    %alloc = memref.alloc() {foo} : memref<4xf32>
    return
  }
  memref.global "private" constant @g : memref<4xf32> = dense<1.000000e+00> {alignment = 16 : i64}
  memref.global "nested" @h : memref<4xf32> {foo}
  func.func @strided(%arg0: memref<30x20xf32, strided<[4000, 2]>>, %arg1: memref<?x4xf32, strided<[?, 1], offset: ?>>, %arg2: index) {
    %expand_shape = memref.expand_shape %arg0 [[0, 1], [2]] output_shape [2, 15, 20] : memref<30x20xf32, strided<[4000, 2]>> into memref<2x15x20xf32, strided<[60000, 4000, 2]>>
    %collapse_shape = memref.collapse_shape %expand_shape [[0, 1], [2]] : memref<2x15x20xf32, strided<[60000, 4000, 2]>> into memref<30x20xf32, strided<[4000, 2]>>
    %expand_shape_0 = memref.expand_shape %arg1 [[0, 1], [2]] output_shape [%arg2, 2, 4] : memref<?x4xf32, strided<[?, 1], offset: ?>> into memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>>
    %collapse_shape_1 = memref.collapse_shape %expand_shape_0 [[0, 1, 2]] : memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>> into memref<?xf32, strided<[1], offset: ?>>
    return
  }
}

