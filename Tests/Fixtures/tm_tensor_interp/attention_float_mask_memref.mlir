func.func @main(%arg0: memref<1x3x4xf64>, %arg1: memref<1x6x4xf64>, %arg2: memref<1x6x2xf64>, %arg3: memref<1x3x6xf64>, %arg4: memref<1x3x2xf64>) {
  tm_tensor.attention ins(%arg0, %arg1, %arg2, %arg3 : memref<1x3x4xf64>, memref<1x6x4xf64>, memref<1x6x2xf64>, memref<1x3x6xf64>) outs(%arg4 : memref<1x3x2xf64>)
  return
}
