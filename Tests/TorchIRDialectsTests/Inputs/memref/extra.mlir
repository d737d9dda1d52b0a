// Attribute dictionaries and optional parts of the memref custom forms.
func.func @f(%m: memref<4xf32>, %i: index, %f: f32) {
  %0 = memref.load %m[%i] {alignment = 16 : i64} : memref<4xf32>
  memref.store %f, %m[%i] {alignment = 16 : i64, nontemporal = false} : memref<4xf32>
  %1 = memref.load %m[%i] {nontemporal = false} : memref<4xf32>
  %2 = memref.alloca() {alignment = 8 : i64} : memref<4xf32>
  %3 = memref.get_global @g : memref<4xf32> {foo}
  %4 = memref.alloc() {foo} : memref<4xf32>
  return
}
memref.global "private" constant @g : memref<4xf32> = dense<1.0> {alignment = 16 : i64}
memref.global "nested" @h : memref<4xf32> {foo}
func.func @strided(%arg0: memref<30x20xf32, strided<[4000, 2]>>, %d: memref<?x4xf32, strided<[?, 1], offset: ?>>, %n: index) {
  %0 = memref.expand_shape %arg0 [[0, 1], [2]] output_shape [2, 15, 20] : memref<30x20xf32, strided<[4000, 2]>> into memref<2x15x20xf32, strided<[60000, 4000, 2]>>
  %1 = memref.collapse_shape %0 [[0, 1], [2]] : memref<2x15x20xf32, strided<[60000, 4000, 2]>> into memref<30x20xf32, strided<[4000, 2]>>
  %2 = memref.expand_shape %d [[0, 1], [2]] output_shape [%n, 2, 4] : memref<?x4xf32, strided<[?, 1], offset: ?>> into memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>>
  %3 = memref.collapse_shape %2 [[0, 1, 2]] : memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>> into memref<?xf32, strided<[1], offset: ?>>
  return
}
