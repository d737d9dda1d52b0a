// What LinalgCorpusTests.testBuilders builds from Swift, written by hand: the
// builders must print the reference's output for it.
#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @f(%a: tensor<4x8xi8>, %b: tensor<8x16xi8>, %c: tensor<4x16xi32>) -> tensor<4x16xi32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xi8>, tensor<8x16xi8>) outs(%c : tensor<4x16xi32>) -> tensor<4x16xi32>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x16xi32>) outs(%0 : tensor<4x16xi32>) {
  ^bb0(%in: i32, %out: i32):
    %2 = arith.addi %in, %out : i32
    linalg.yield %2 : i32
  } -> tensor<4x16xi32>
  return %1 : tensor<4x16xi32>
}
