func.func @main(%arg0: memref<7x3xi32>) {
  tm_tensor.sort dimension(0) outs(%arg0 : memref<7x3xi32>) {
  ^bb0(%a: i32, %b: i32):
    %ge = arith.cmpi sge, %a, %b : i32
    tm_tensor.yield %ge : i1
  }
  return
}
