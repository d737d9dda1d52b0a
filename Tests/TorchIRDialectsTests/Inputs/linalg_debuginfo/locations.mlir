// Locations of the bodies linalg's parsers build (--mlir-print-debuginfo).
func.func @f(%a: tensor<4x8xf32>, %b: tensor<4xf32>, %c: tensor<8x4xf32>) -> tensor<4x8xf32> {
  %0 = linalg.map { arith.negf } ins(%a : tensor<4x8xf32>) outs(%a : tensor<4x8xf32>)
  %1 = linalg.reduce { arith.addf } ins(%a : tensor<4x8xf32>) outs(%b : tensor<4xf32>) dimensions = [1]
  %2 = linalg.transpose ins(%a : tensor<4x8xf32>) outs(%c : tensor<8x4xf32>) permutation = [1, 0]
  %3 = linalg.add ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

func.func @g(%m: memref<4xf32>, %n: memref<4x5xf32>, %s: f32) {
  linalg.broadcast ins(%m : memref<4xf32>) outs(%n : memref<4x5xf32>) dimensions = [1]
  linalg.fill ins(%s : f32) outs(%n : memref<4x5xf32>)
  linalg.reduce ins(%n : memref<4x5xf32>) outs(%m : memref<4xf32>) dimensions = [1]
    (%x: f32, %y: f32) {
      %0 = arith.addf %x, %y : f32
      linalg.yield %0 : f32
    }
  return
}
