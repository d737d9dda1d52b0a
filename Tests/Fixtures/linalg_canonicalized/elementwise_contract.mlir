#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @elementwise(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<8x4xf32>, %arg3: tensor<4x8xi32>, %arg4: tensor<4x8xi1>, %arg5: memref<4x8xf32>) -> tensor<4x8xf32> {
    %0 = linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%arg5 : memref<4x8xf32>) outs(%arg5 : memref<4x8xf32>)
    return %0 : tensor<4x8xf32>
  }
  func.func @contract(%arg0: tensor<4x8xi8>, %arg1: tensor<8x16xi8>, %arg2: tensor<16x8xi8>, %arg3: tensor<4x16xi32>, %arg4: tensor<2x4x8xf32>, %arg5: tensor<8x16xf32>, %arg6: tensor<2x4x16xf32>, %arg7: memref<4x8xf32>, %arg8: memref<8x16xf32>, %arg9: memref<4x16xf32>) -> tensor<4x16xi32> {
    %0 = linalg.contract indexing_maps = [#map, #map1, #map2] ins(%arg0, %arg1 : tensor<4x8xi8>, tensor<8x16xi8>) outs(%arg3 : tensor<4x16xi32>) -> tensor<4x16xi32>
    %1 = linalg.contract indexing_maps = [#map, #map3, #map2] {cast = #linalg.type_fn<cast_unsigned>} ins(%arg0, %arg2 : tensor<4x8xi8>, tensor<16x8xi8>) outs(%0 : tensor<4x16xi32>) -> tensor<4x16xi32>
    linalg.contract indexing_maps = [#map, #map1, #map2] ins(%arg7, %arg8 : memref<4x8xf32>, memref<8x16xf32>) outs(%arg9 : memref<4x16xf32>)
    return %1 : tensor<4x16xi32>
  }
}

