// linalg.elementwise of every kind, with default and explicit maps, and
// linalg.contract (matmul, batched, transposed, with cast).

#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
func.func @elementwise(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %t: tensor<8x4xf32>, %i: tensor<4x8xi32>, %c: tensor<4x8xi1>, %m: memref<4x8xf32>) -> tensor<4x8xf32> {
  %0 = linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = linalg.elementwise kind=#linalg.elementwise_kind<log> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = linalg.elementwise kind=#linalg.elementwise_kind<abs> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %3 = linalg.elementwise kind=#linalg.elementwise_kind<ceil> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %4 = linalg.elementwise kind=#linalg.elementwise_kind<floor> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %5 = linalg.elementwise kind=#linalg.elementwise_kind<negf> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %6 = linalg.elementwise kind=#linalg.elementwise_kind<reciprocal> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %7 = linalg.elementwise kind=#linalg.elementwise_kind<round> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %8 = linalg.elementwise kind=#linalg.elementwise_kind<sqrt> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %9 = linalg.elementwise kind=#linalg.elementwise_kind<rsqrt> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %10 = linalg.elementwise kind=#linalg.elementwise_kind<square> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %11 = linalg.elementwise kind=#linalg.elementwise_kind<tanh> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %12 = linalg.elementwise kind=#linalg.elementwise_kind<erf> ins(%a : tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %13 = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %14 = linalg.elementwise kind=#linalg.elementwise_kind<sub> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %15 = linalg.elementwise kind=#linalg.elementwise_kind<mul> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %16 = linalg.elementwise kind=#linalg.elementwise_kind<div> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %17 = linalg.elementwise kind=#linalg.elementwise_kind<div_unsigned> ins(%i, %i : tensor<4x8xi32>, tensor<4x8xi32>) outs(%i : tensor<4x8xi32>) -> tensor<4x8xi32>
  %18 = linalg.elementwise kind=#linalg.elementwise_kind<max_signed> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %19 = linalg.elementwise kind=#linalg.elementwise_kind<min_signed> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %20 = linalg.elementwise kind=#linalg.elementwise_kind<max_unsigned> ins(%i, %i : tensor<4x8xi32>, tensor<4x8xi32>) outs(%i : tensor<4x8xi32>) -> tensor<4x8xi32>
  %21 = linalg.elementwise kind=#linalg.elementwise_kind<min_unsigned> ins(%i, %i : tensor<4x8xi32>, tensor<4x8xi32>) outs(%i : tensor<4x8xi32>) -> tensor<4x8xi32>
  %22 = linalg.elementwise kind=#linalg.elementwise_kind<powf> ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) -> tensor<4x8xf32>
  %23 = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%i, %i : tensor<4x8xi32>, tensor<4x8xi32>) outs(%i : tensor<4x8xi32>) -> tensor<4x8xi32>
  %24 = linalg.elementwise kind=#linalg.elementwise_kind<select> ins(%c, %a, %b : tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %25 = linalg.elementwise kind=#linalg.elementwise_kind<sub> indexing_maps = [#id, #tr, #id] ins(%a, %t : tensor<4x8xf32>, tensor<8x4xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  %26 = linalg.elementwise kind=#linalg.elementwise_kind<mul> indexing_maps = [#id, #id, #id] ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%b : tensor<4x8xf32>) -> tensor<4x8xf32>
  linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%m : memref<4x8xf32>) outs(%m : memref<4x8xf32>)
  return %0 : tensor<4x8xf32>
}

#mA = affine_map<(d0, d1, d2) -> (d0, d2)>
#mB = affine_map<(d0, d1, d2) -> (d2, d1)>
#mC = affine_map<(d0, d1, d2) -> (d0, d1)>
#mBt = affine_map<(d0, d1, d2) -> (d1, d2)>
#bA = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#bB = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#bC = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
func.func @contract(%a: tensor<4x8xi8>, %b: tensor<8x16xi8>, %bt: tensor<16x8xi8>, %c: tensor<4x16xi32>, %x: tensor<2x4x8xf32>, %y: tensor<8x16xf32>, %z: tensor<2x4x16xf32>, %m: memref<4x8xf32>, %n: memref<8x16xf32>, %o: memref<4x16xf32>) -> tensor<4x16xi32> {
  %0 = linalg.contract indexing_maps = [#mA, #mB, #mC] ins(%a, %b : tensor<4x8xi8>, tensor<8x16xi8>) outs(%c : tensor<4x16xi32>) -> tensor<4x16xi32>
  %1 = linalg.contract indexing_maps = [#mA, #mBt, #mC] {cast = #linalg.type_fn<cast_unsigned>} ins(%a, %bt : tensor<4x8xi8>, tensor<16x8xi8>) outs(%0 : tensor<4x16xi32>) -> tensor<4x16xi32>
  %2 = linalg.contract indexing_maps = [#bA, #bB, #bC] ins(%x, %y : tensor<2x4x8xf32>, tensor<8x16xf32>) outs(%z : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  linalg.contract indexing_maps = [#mA, #mB, #mC] ins(%m, %n : memref<4x8xf32>, memref<8x16xf32>) outs(%o : memref<4x16xf32>)
  return %1 : tensor<4x16xi32>
}
