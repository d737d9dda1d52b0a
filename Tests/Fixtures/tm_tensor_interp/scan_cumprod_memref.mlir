func.func @main(%arg0: memref<5x2xf64>, %arg1: memref<5x2xf64>, %arg2: memref<2xf64>) {
  tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : memref<5x2xf64>) outs(%arg1, %arg2 : memref<5x2xf64>, memref<2xf64>) {
  ^bb0(%a: f64, %b: f64):
    %s = arith.mulf %a, %b : f64
    tm_tensor.yield %s : f64
  }
  return
}
