// linalg ops in custom form: generic (tensors and memrefs, extra attributes,
// doc / library_call, linalg.index), the contractions with and without
// indexing_maps and cast, map / reduce in short and long form, transpose,
// broadcast, fill and copy, dynamic shapes.

#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d1, d0)>
func.func @generic(%a: tensor<4x8xf32>, %b: tensor<4xf32>, %m: memref<4x8xf32>, %i: tensor<4x8xi32>, %e: tensor<8x4xf32>) -> (tensor<4xf32>, tensor<8x4xf32>) {
  %0 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<4x8xf32>) outs(%b : tensor<4xf32>) attrs = {foo = 1 : i32} {
  ^bb0(%x: f32, %y: f32):
    %idx = linalg.index 1 : index
    %1 = arith.addf %x, %y : f32
    linalg.yield %1 : f32
  } -> tensor<4xf32>
  linalg.generic {doc = "copy", indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"], library_call = "my_copy"} ins(%m : memref<4x8xf32>) outs(%m : memref<4x8xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  %2:2 = linalg.generic {indexing_maps = [#map, #map, #map2, #map], iterator_types = ["parallel", "parallel"]} ins(%a, %i : tensor<4x8xf32>, tensor<4x8xi32>) outs(%e, %a : tensor<8x4xf32>, tensor<4x8xf32>) {
  ^bb0(%x: f32, %n: i32, %o1: f32, %o2: f32):
    %c = arith.sitofp %n : i32 to f32
    %s = arith.mulf %x, %c : f32
    linalg.yield %s, %x : f32, f32
  } -> (tensor<8x4xf32>, tensor<4x8xf32>)
  return %0, %2#0 : tensor<4xf32>, tensor<8x4xf32>
}

func.func @contractions(%a: tensor<4x8xf32>, %at: tensor<8x4xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>, %ai: tensor<4x8xi8>, %bi: tensor<8x16xi8>, %ci: tensor<4x16xi32>, %ba: tensor<2x4x8xf16>, %bb: tensor<2x8x16xf16>, %bc: tensor<2x4x16xf32>) -> tensor<4x16xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  %1 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%at, %b : tensor<8x4xf32>, tensor<8x16xf32>) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %2 = linalg.matmul {cast = #linalg.type_fn<cast_unsigned>} ins(%ai, %bi : tensor<4x8xi8>, tensor<8x16xi8>) outs(%ci : tensor<4x16xi32>) -> tensor<4x16xi32>
  %3 = linalg.matmul {cast = #linalg.type_fn<cast_signed>} ins(%ai, %bi : tensor<4x8xi8>, tensor<8x16xi8>) outs(%ci : tensor<4x16xi32>) -> tensor<4x16xi32>
  %4 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%ai, %bi : tensor<4x8xi8>, tensor<8x16xi8>) outs(%ci : tensor<4x16xi32>) -> tensor<4x16xi32>
  %5 = linalg.batch_matmul ins(%ba, %bb : tensor<2x4x8xf16>, tensor<2x8x16xf16>) outs(%bc : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %6 = linalg.batch_reduce_matmul ins(%ba, %bb : tensor<2x4x8xf16>, tensor<2x8x16xf16>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  %7 = linalg.matmul {foo = "bar"} ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %1 : tensor<4x16xf32>
}

func.func @memref_matmul(%a: memref<?x?xf32>, %b: memref<?x?xf32>, %c: memref<?x?xf32>, %v: memref<?xf32>, %w: memref<?xf32>) {
  linalg.matmul ins(%a, %b : memref<?x?xf32>, memref<?x?xf32>) outs(%c : memref<?x?xf32>)
  linalg.matvec ins(%a, %v : memref<?x?xf32>, memref<?xf32>) outs(%w : memref<?xf32>)
  return
}

func.func @map_reduce(%a: tensor<4x8xf32>, %b: tensor<4xf32>, %m: memref<4x8xf32>, %n: tensor<4x8xi32>, %o: tensor<4xi32>) -> tensor<4x8xf32> {
  %0 = linalg.map { arith.negf } ins(%a : tensor<4x8xf32>) outs(%a : tensor<4x8xf32>)
  %1 = linalg.map ins(%a, %a : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>)
    (%x: f32, %y: f32, %z: f32) {
      %5 = arith.mulf %x, %z : f32
      linalg.yield %5 : f32
    }
  %2 = linalg.map { arith.addf {fastmath = #arith.fastmath<fast>} } ins(%a, %0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%a : tensor<4x8xf32>) {foo}
  %3 = linalg.map { arith.addi } ins(%n, %n : tensor<4x8xi32>, tensor<4x8xi32>) outs(%n : tensor<4x8xi32>)
  %4 = linalg.reduce { arith.addf } ins(%a : tensor<4x8xf32>) outs(%b : tensor<4xf32>) dimensions = [1]
  %5 = linalg.reduce ins(%a : tensor<4x8xf32>) outs(%b : tensor<4xf32>) dimensions = [1] {bar}
    (%x: f32, %y: f32) {
      %6 = arith.maximumf %x, %y : f32
      linalg.yield %6 : f32
    }
  %6 = linalg.reduce { arith.maxsi } ins(%n : tensor<4x8xi32>) outs(%o : tensor<4xi32>) dimensions = [1]
  %7:2 = linalg.reduce ins(%a, %n : tensor<4x8xf32>, tensor<4x8xi32>) outs(%b, %o : tensor<4xf32>, tensor<4xi32>) dimensions = [1]
    (%x: f32, %k: i32, %y: f32, %l: i32) {
      %8 = arith.addf %x, %y : f32
      %9 = arith.addi %k, %l : i32
      linalg.yield %8, %9 : f32, i32
    }
  linalg.map { arith.negf } ins(%m : memref<4x8xf32>) outs(%m : memref<4x8xf32>)
  return %2 : tensor<4x8xf32>
}

func.func @transpose_broadcast(%a: tensor<4x8xf32>, %b: tensor<4xf32>, %c: tensor<8x4xf32>, %d: tensor<2x3x4xf32>, %e: tensor<4x2x3xf32>, %m: memref<4xf32>, %n: memref<4x5xf32>) -> tensor<4x8xf32> {
  %0 = linalg.transpose ins(%a : tensor<4x8xf32>) outs(%c : tensor<8x4xf32>) permutation = [1, 0]
  %1 = linalg.transpose ins(%d : tensor<2x3x4xf32>) outs(%e : tensor<4x2x3xf32>) permutation = [2, 0, 1] {baz}
  %2 = linalg.broadcast ins(%b : tensor<4xf32>) outs(%a : tensor<4x8xf32>) dimensions = [1]
  linalg.broadcast ins(%m : memref<4xf32>) outs(%n : memref<4x5xf32>) dimensions = [1]
  return %2 : tensor<4x8xf32>
}

func.func @fill_copy(%s: f32, %t: tensor<?x4xf32>, %m: memref<4xf32>, %h: tensor<?x4xf16>, %i: i32) -> tensor<?x4xf32> {
  %0 = linalg.fill ins(%s : f32) outs(%t : tensor<?x4xf32>) -> tensor<?x4xf32>
  linalg.fill ins(%s : f32) outs(%m : memref<4xf32>)
  %2 = linalg.copy ins(%h : tensor<?x4xf16>) outs(%0 : tensor<?x4xf32>) -> tensor<?x4xf32>
  %3 = linalg.copy {cast = #linalg.type_fn<cast_unsigned>} ins(%t : tensor<?x4xf32>) outs(%t : tensor<?x4xf32>) -> tensor<?x4xf32>
  linalg.copy ins(%m : memref<4xf32>) outs(%m : memref<4xf32>)
  return %2 : tensor<?x4xf32>
}

func.func @conv_pool(%i: tensor<1x3x16x16xf32>, %w: tensor<8x3x3x3xf32>, %o: tensor<1x8x7x7xf32>, %k: tensor<3x3xf32>, %p: tensor<1x3x7x7xf32>, %ni: tensor<1x16x16x3xf32>, %dw: tensor<3x3x3xf32>, %no: tensor<1x7x7x3xf32>) -> tensor<1x8x7x7xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%i, %w : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%o : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  %1 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>} ins(%i, %w : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%o : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  %2 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%i, %k : tensor<1x3x16x16xf32>, tensor<3x3xf32>) outs(%p : tensor<1x3x7x7xf32>) -> tensor<1x3x7x7xf32>
  %3 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%i, %k : tensor<1x3x16x16xf32>, tensor<3x3xf32>) outs(%p : tensor<1x3x7x7xf32>) -> tensor<1x3x7x7xf32>
  %4 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%ni, %dw : tensor<1x16x16x3xf32>, tensor<3x3x3xf32>) outs(%no : tensor<1x7x7x3xf32>) -> tensor<1x7x7x3xf32>
  return %0 : tensor<1x8x7x7xf32>
}

func.func @dynamic(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  %1 = linalg.add ins(%0, %a : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  %2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %3 = arith.negf %in : f32
    linalg.yield %3 : f32
  } -> tensor<?x?xf32>
  return %2 : tensor<?x?xf32>
}
