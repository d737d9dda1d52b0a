#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0) -> (d0, 0)>
#map3 = affine_map<(d0) -> (d0)>
module {
  func.func @forward(%arg0: tensor<4x16xf32>, %arg1: tensor<4x5xi64>, %arg2: tensor<3xi64>) -> (tensor<4x16xf32>, tensor<4x5xf32>, tensor<3x16xf32>, tensor<4x8xf32>, tensor<4x3xf32>, tensor<4x3xi64>, tensor<3x16xf32>, tensor<3x16xi64>) {
    %cst = arith.constant dense<0.000000e+00> : tensor<4x8xf32>
    %c0_i64 = arith.constant 0 : i64
    %c5 = arith.constant 5 : index
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c4 = arith.constant 4 : index
    %c16 = arith.constant 16 : index
    %0 = tensor.empty() : tensor<4x16xf32>
    %1 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %2 = tensor.empty() : tensor<4xf32>
    %3 = linalg.fill ins(%cst_0 : f32) outs(%2 : tensor<4xf32>) -> tensor<4xf32>
    %4:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%arg0 : tensor<4x16xf32>) outs(%1, %3 : tensor<4x16xf32>, tensor<4xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %24 = arith.addf %arg3, %arg4 : f32
      tm_tensor.yield %24 : f32
    } -> tensor<4x16xf32>, tensor<4xf32>
    %5 = tensor.empty() : tensor<4x5xf32>
    %6 = linalg.fill ins(%cst_0 : f32) outs(%5 : tensor<4x5xf32>) -> tensor<4x5xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<4x5xi64>) outs(%6 : tensor<4x5xf32>) {
    ^bb0(%in: i64, %out: f32):
      %24 = linalg.index 0 : index
      %25 = arith.index_cast %in : i64 to index
      %26 = arith.cmpi slt, %25, %c16 : index
      cf.assert %26, "index must be smaller than dim size"
      %27 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %27, "index must be larger or equal to 0"
      %extracted = tensor.extract %4#0[%24, %25] : tensor<4x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<4x5xf32>
    %8 = tensor.empty() : tensor<3x16xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<3xi64>) outs(%8 : tensor<3x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %24 = arith.index_cast %in : i64 to index
      %25 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%24, %25] : tensor<4x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<3x16xf32>
    %10 = tensor.empty() : tensor<20x1xi64>
    %11 = linalg.fill ins(%c0_i64 : i64) outs(%10 : tensor<20x1xi64>) -> tensor<20x1xi64>
    %12 = tensor.empty() : tensor<20xf32>
    %13 = linalg.fill ins(%cst_0 : f32) outs(%12 : tensor<20xf32>) -> tensor<20xf32>
    %14:3 = linalg.generic {indexing_maps = [#map2, #map2, #map3], iterator_types = ["parallel"]} outs(%11, %11, %13 : tensor<20x1xi64>, tensor<20x1xi64>, tensor<20xf32>) {
    ^bb0(%out: i64, %out_3: i64, %out_4: f32):
      %24 = linalg.index 0 : index
      %25 = arith.remsi %24, %c5 : index
      %26 = arith.divsi %24, %c5 : index
      %27 = arith.remsi %26, %c4 : index
      %extracted = tensor.extract %arg1[%27, %25] : tensor<4x5xi64>
      %extracted_5 = tensor.extract %7[%27, %25] : tensor<4x5xf32>
      %28 = arith.index_cast %27 : index to i64
      linalg.yield %28, %extracted, %extracted_5 : i64, i64, f32
    } -> (tensor<20x1xi64>, tensor<20x1xi64>, tensor<20xf32>)
    %15 = tensor.empty() : tensor<20x2xi64>
    %16 = linalg.fill ins(%c0_i64 : i64) outs(%15 : tensor<20x2xi64>) -> tensor<20x2xi64>
    %inserted_slice = tensor.insert_slice %14#0 into %16[0, 0] [20, 1] [1, 1] : tensor<20x1xi64> into tensor<20x2xi64>
    %inserted_slice_1 = tensor.insert_slice %14#1 into %inserted_slice[0, 1] [20, 1] [1, 1] : tensor<20x1xi64> into tensor<20x2xi64>
    %17 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(false) ins(%14#2, %inserted_slice_1 : tensor<20xf32>, tensor<20x2xi64>) outs(%cst : tensor<4x8xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      %24 = arith.addf %arg4, %arg3 : f32
      tm_tensor.yield %24 : f32
    } -> tensor<4x8xf32>
    %18 = tensor.empty() : tensor<4x16xi64>
    %19 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%18 : tensor<4x16xi64>) {
    ^bb0(%out: i64):
      %24 = linalg.index 1 : index
      %25 = arith.index_cast %24 : index to i64
      linalg.yield %25 : i64
    } -> tensor<4x16xi64>
    %20:2 = tm_tensor.sort dimension(1) outs(%arg0, %19 : tensor<4x16xf32>, tensor<4x16xi64>) {
    ^bb0(%arg3: f32, %arg4: f32, %arg5: i64, %arg6: i64):
      %24 = arith.cmpf oge, %arg3, %arg4 : f32
      tm_tensor.yield %24 : i1
    } -> tensor<4x16xf32>, tensor<4x16xi64>
    %extracted_slice = tensor.extract_slice %20#0[0, 0] [4, 3] [1, 1] : tensor<4x16xf32> to tensor<4x3xf32>
    %extracted_slice_2 = tensor.extract_slice %20#1[0, 0] [4, 3] [1, 1] : tensor<4x16xi64> to tensor<4x3xi64>
    %21 = tensor.empty() : tensor<3x16xi64>
    %22 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%21 : tensor<3x16xi64>) {
    ^bb0(%out: i64):
      %24 = linalg.index 1 : index
      %25 = arith.index_cast %24 : index to i64
      linalg.yield %25 : i64
    } -> tensor<3x16xi64>
    %23:2 = tm_tensor.sort dimension(1) outs(%9, %22 : tensor<3x16xf32>, tensor<3x16xi64>) {
    ^bb0(%arg3: f32, %arg4: f32, %arg5: i64, %arg6: i64):
      %24 = arith.cmpf ole, %arg3, %arg4 : f32
      tm_tensor.yield %24 : i1
    } -> tensor<3x16xf32>, tensor<3x16xi64>
    return %4#0, %7, %9, %17, %extracted_slice, %extracted_slice_2, %23#0, %23#1 : tensor<4x16xf32>, tensor<4x5xf32>, tensor<3x16xf32>, tensor<4x8xf32>, tensor<4x3xf32>, tensor<4x3xi64>, tensor<3x16xf32>, tensor<3x16xi64>
  }
}

