func.func @main(%arg0: memref<9xf32>, %arg1: memref<9xi32>, %arg2: memref<4xf32>, %arg3: memref<4xi32>) {
  tm_tensor.topk dimension(0) ins(%arg0, %arg1 : memref<9xf32>, memref<9xi32>) outs(%arg2, %arg3 : memref<4xf32>, memref<4xi32>) {
  ^bb0(%a: f32, %b: f32):
    %lt = arith.cmpf olt, %a, %b : f32
    tm_tensor.yield %lt : i1
  }
  return
}
