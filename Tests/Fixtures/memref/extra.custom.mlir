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
}

