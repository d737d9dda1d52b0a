#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @elementwise(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<8x4xf32>, %arg3: tensor<4x8xi32>, %arg4: tensor<4x8xi1>, %arg5: memref<4x8xf32>) -> tensor<4x8xf32> {
    %0 = linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %1 = linalg.elementwise kind=#linalg.elementwise_kind<log> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %2 = linalg.elementwise kind=#linalg.elementwise_kind<abs> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %3 = linalg.elementwise kind=#linalg.elementwise_kind<ceil> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %4 = linalg.elementwise kind=#linalg.elementwise_kind<floor> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %5 = linalg.elementwise kind=#linalg.elementwise_kind<negf> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %6 = linalg.elementwise kind=#linalg.elementwise_kind<reciprocal> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %7 = linalg.elementwise kind=#linalg.elementwise_kind<round> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %8 = linalg.elementwise kind=#linalg.elementwise_kind<sqrt> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %9 = linalg.elementwise kind=#linalg.elementwise_kind<rsqrt> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %10 = linalg.elementwise kind=#linalg.elementwise_kind<square> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %11 = linalg.elementwise kind=#linalg.elementwise_kind<tanh> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %12 = linalg.elementwise kind=#linalg.elementwise_kind<erf> ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %13 = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %14 = linalg.elementwise kind=#linalg.elementwise_kind<sub> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %15 = linalg.elementwise kind=#linalg.elementwise_kind<mul> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %16 = linalg.elementwise kind=#linalg.elementwise_kind<div> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %17 = linalg.elementwise kind=#linalg.elementwise_kind<div_unsigned> ins(%arg3, %arg3 : tensor<4x8xi32>, tensor<4x8xi32>) outs(%arg3 : tensor<4x8xi32>) -> tensor<4x8xi32>
    %18 = linalg.elementwise kind=#linalg.elementwise_kind<max_signed> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %19 = linalg.elementwise kind=#linalg.elementwise_kind<min_signed> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %20 = linalg.elementwise kind=#linalg.elementwise_kind<max_unsigned> ins(%arg3, %arg3 : tensor<4x8xi32>, tensor<4x8xi32>) outs(%arg3 : tensor<4x8xi32>) -> tensor<4x8xi32>
    %21 = linalg.elementwise kind=#linalg.elementwise_kind<min_unsigned> ins(%arg3, %arg3 : tensor<4x8xi32>, tensor<4x8xi32>) outs(%arg3 : tensor<4x8xi32>) -> tensor<4x8xi32>
    %22 = linalg.elementwise kind=#linalg.elementwise_kind<powf> ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %23 = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%arg3, %arg3 : tensor<4x8xi32>, tensor<4x8xi32>) outs(%arg3 : tensor<4x8xi32>) -> tensor<4x8xi32>
    %24 = linalg.elementwise kind=#linalg.elementwise_kind<select> ins(%arg4, %arg0, %arg1 : tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %25 = linalg.elementwise kind=#linalg.elementwise_kind<sub> indexing_maps = [#map, #map1, #map] ins(%arg0, %arg2 : tensor<4x8xf32>, tensor<8x4xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %26 = linalg.elementwise kind=#linalg.elementwise_kind<mul> ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg1 : tensor<4x8xf32>) -> tensor<4x8xf32>
    linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%arg5 : memref<4x8xf32>) outs(%arg5 : memref<4x8xf32>)
    return %0 : tensor<4x8xf32>
  }
  func.func @contract(%arg0: tensor<4x8xi8>, %arg1: tensor<8x16xi8>, %arg2: tensor<16x8xi8>, %arg3: tensor<4x16xi32>, %arg4: tensor<2x4x8xf32>, %arg5: tensor<8x16xf32>, %arg6: tensor<2x4x16xf32>, %arg7: memref<4x8xf32>, %arg8: memref<8x16xf32>, %arg9: memref<4x16xf32>) -> tensor<4x16xi32> {
    %0 = linalg.contract indexing_maps = [#map2, #map3, #map4] ins(%arg0, %arg1 : tensor<4x8xi8>, tensor<8x16xi8>) outs(%arg3 : tensor<4x16xi32>) -> tensor<4x16xi32>
    %1 = linalg.contract indexing_maps = [#map2, #map5, #map4] {cast = #linalg.type_fn<cast_unsigned>} ins(%arg0, %arg2 : tensor<4x8xi8>, tensor<16x8xi8>) outs(%0 : tensor<4x16xi32>) -> tensor<4x16xi32>
    %2 = linalg.contract indexing_maps = [#map6, #map7, #map8] ins(%arg4, %arg5 : tensor<2x4x8xf32>, tensor<8x16xf32>) outs(%arg6 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    linalg.contract indexing_maps = [#map2, #map3, #map4] ins(%arg7, %arg8 : memref<4x8xf32>, memref<8x16xf32>) outs(%arg9 : memref<4x16xf32>)
    return %1 : tensor<4x16xi32>
  }
}

