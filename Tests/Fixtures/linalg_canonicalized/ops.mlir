#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d1, d0)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d0)>
#map4 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func @generic(%arg0: tensor<4x8xf32>, %arg1: tensor<4xf32>, %arg2: memref<4x8xf32>, %arg3: tensor<4x8xi32>, %arg4: tensor<8x4xf32>) -> (tensor<4xf32>, tensor<8x4xf32>) {
    %0 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<4x8xf32>) outs(%arg1 : tensor<4xf32>) attrs =  {foo = 1 : i32} {
    ^bb0(%in: f32, %out: f32):
      %2 = arith.addf %in, %out : f32
      linalg.yield %2 : f32
    } -> tensor<4xf32>
    %1:2 = linalg.generic {indexing_maps = [#map, #map, #map2, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg3 : tensor<4x8xf32>, tensor<4x8xi32>) outs(%arg4, %arg0 : tensor<8x4xf32>, tensor<4x8xf32>) {
    ^bb0(%in: f32, %in_0: i32, %out: f32, %out_1: f32):
      %2 = arith.sitofp %in_0 : i32 to f32
      %3 = arith.mulf %in, %2 : f32
      linalg.yield %3, %in : f32, f32
    } -> (tensor<8x4xf32>, tensor<4x8xf32>)
    return %0, %1#0 : tensor<4xf32>, tensor<8x4xf32>
  }
  func.func @contractions(%arg0: tensor<4x8xf32>, %arg1: tensor<8x4xf32>, %arg2: tensor<8x16xf32>, %arg3: tensor<4x16xf32>, %arg4: tensor<4x8xi8>, %arg5: tensor<8x16xi8>, %arg6: tensor<4x16xi32>, %arg7: tensor<2x4x8xf16>, %arg8: tensor<2x8x16xf16>, %arg9: tensor<2x4x16xf32>) -> tensor<4x16xf32> {
    %0 = linalg.matmul ins(%arg0, %arg2 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%arg3 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %1 = linalg.matmul indexing_maps = [#map3, #map4, #map5] ins(%arg1, %arg2 : tensor<8x4xf32>, tensor<8x16xf32>) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    return %1 : tensor<4x16xf32>
  }
  func.func @memref_matmul(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?xf32>, %arg4: memref<?xf32>) {
    linalg.matmul ins(%arg0, %arg1 : memref<?x?xf32>, memref<?x?xf32>) outs(%arg2 : memref<?x?xf32>)
    linalg.matvec ins(%arg0, %arg3 : memref<?x?xf32>, memref<?xf32>) outs(%arg4 : memref<?xf32>)
    return
  }
  func.func @map_reduce(%arg0: tensor<4x8xf32>, %arg1: tensor<4xf32>, %arg2: memref<4x8xf32>, %arg3: tensor<4x8xi32>, %arg4: tensor<4xi32>) -> tensor<4x8xf32> {
    %mapped = linalg.map { arith.negf } ins(%arg0 : tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>)
    %mapped_0 = linalg.map { arith.addf {fastmath = #arith.fastmath<fast>} } ins(%arg0, %mapped : tensor<4x8xf32>, tensor<4x8xf32>) outs(%arg0 : tensor<4x8xf32>) {foo}
    linalg.map { arith.negf } ins(%arg2 : memref<4x8xf32>) outs(%arg2 : memref<4x8xf32>)
    return %mapped_0 : tensor<4x8xf32>
  }
  func.func @transpose_broadcast(%arg0: tensor<4x8xf32>, %arg1: tensor<4xf32>, %arg2: tensor<8x4xf32>, %arg3: tensor<2x3x4xf32>, %arg4: tensor<4x2x3xf32>, %arg5: memref<4xf32>, %arg6: memref<4x5xf32>) -> tensor<4x8xf32> {
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<4xf32>) outs(%arg0 : tensor<4x8xf32>) dimensions = [1] 
    linalg.broadcast ins(%arg5 : memref<4xf32>) outs(%arg6 : memref<4x5xf32>) dimensions = [1] 
    return %broadcasted : tensor<4x8xf32>
  }
  func.func @fill_copy(%arg0: f32, %arg1: tensor<?x4xf32>, %arg2: memref<4xf32>, %arg3: tensor<?x4xf16>, %arg4: i32) -> tensor<?x4xf32> {
    linalg.fill ins(%arg0 : f32) outs(%arg2 : memref<4xf32>)
    %0 = linalg.copy ins(%arg3 : tensor<?x4xf16>) outs(%arg1 : tensor<?x4xf32>) -> tensor<?x4xf32>
    return %0 : tensor<?x4xf32>
  }
  func.func @conv_pool(%arg0: tensor<1x3x16x16xf32>, %arg1: tensor<8x3x3x3xf32>, %arg2: tensor<1x8x7x7xf32>, %arg3: tensor<3x3xf32>, %arg4: tensor<1x3x7x7xf32>, %arg5: tensor<1x16x16x3xf32>, %arg6: tensor<3x3x3xf32>, %arg7: tensor<1x7x7x3xf32>) -> tensor<1x8x7x7xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%arg2 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    return %0 : tensor<1x8x7x7xf32>
  }
  func.func @dynamic(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    %1 = linalg.add ins(%0, %arg0 : tensor<?x?xf32>, tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) -> tensor<?x?xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<?x?xf32>) outs(%arg2 : tensor<?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %3 = arith.negf %in : f32
      linalg.yield %3 : f32
    } -> tensor<?x?xf32>
    return %2 : tensor<?x?xf32>
  }
}

