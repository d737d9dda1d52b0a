#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @forward(%arg0: tensor<2x5x8xf32>, %arg1: tensor<2x2x16xf32>) -> (tensor<2x5x16xf32>, tensor<2x2x16xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense_resource<torch_tensor_48_torch.float32_3> : tensor<48xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_48_16_torch.float32_2> : tensor<48x16xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_48_torch.float32_2> : tensor<48xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_48_16_torch.float32_1> : tensor<48x16xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_48_torch.float32_1> : tensor<48xf32>
    %cst_6 = arith.constant dense_resource<torch_tensor_48_16_torch.float32> : tensor<48x16xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_48_torch.float32> : tensor<48xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_48_8_torch.float32> : tensor<48x8xf32>
    %extracted_slice = tensor.extract_slice %arg1[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<2x2x16xf32> to tensor<1x2x16xf32>
    %extracted_slice_9 = tensor.extract_slice %arg1[1, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<2x2x16xf32> to tensor<1x2x16xf32>
    %0 = tensor.empty() : tensor<5x2x8xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<2x5x8xf32>) outs(%0 : tensor<5x2x8xf32>) permutation = [1, 0, 2] 
    %1 = tensor.empty() : tensor<8x48xf32>
    %transposed_10 = linalg.transpose ins(%cst_8 : tensor<48x8xf32>) outs(%1 : tensor<8x48xf32>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<5x8x48xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_10 : tensor<8x48xf32>) outs(%2 : tensor<5x8x48xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<5x8x48xf32>
    %4 = tensor.empty() : tensor<5x2x48xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<5x2x48xf32>) -> tensor<5x2x48xf32>
    %6 = linalg.batch_matmul ins(%transposed, %3 : tensor<5x2x8xf32>, tensor<5x8x48xf32>) outs(%5 : tensor<5x2x48xf32>) -> tensor<5x2x48xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %cst_7 : tensor<5x2x48xf32>, tensor<48xf32>) outs(%4 : tensor<5x2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<5x2x48xf32>
    %extracted_slice_11 = tensor.extract_slice %7[0, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_12 = tensor.extract_slice %7[1, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_13 = tensor.extract_slice %7[2, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_14 = tensor.extract_slice %7[3, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_15 = tensor.extract_slice %7[4, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %collapsed = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_18 = tensor.collapse_shape %extracted_slice_14 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %extracted_slice_20 = tensor.extract_slice %collapsed[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_21 = tensor.extract_slice %collapsed[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_22 = tensor.extract_slice %collapsed[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %8 = tensor.empty() : tensor<16x48xf32>
    %transposed_24 = linalg.transpose ins(%cst_6 : tensor<48x16xf32>) outs(%8 : tensor<16x48xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<2x48xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %11 = linalg.matmul ins(%collapsed_23, %transposed_24 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%11, %cst_5 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded = tensor.expand_shape %12 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_25 = tensor.extract_slice %expanded[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_26 = tensor.extract_slice %expanded[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_27 = tensor.extract_slice %expanded[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %13 = tensor.empty() : tensor<1x2x16xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_20 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_26, %extracted_slice_21 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_27, %15 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_22, %18 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice, %20 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %17 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %20 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_28 = tensor.extract_slice %collapsed_16[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_29 = tensor.extract_slice %collapsed_16[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_30 = tensor.extract_slice %collapsed_16[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_31 = tensor.collapse_shape %23 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %24 = linalg.matmul ins(%collapsed_31, %transposed_24 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%24, %cst_5 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_32 = tensor.expand_shape %25 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_33 = tensor.extract_slice %expanded_32[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_34 = tensor.extract_slice %expanded_32[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_35 = tensor.extract_slice %expanded_32[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_33, %extracted_slice_28 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_34, %extracted_slice_29 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_35, %27 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_30, %30 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %32 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %29 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %32 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_36 = tensor.extract_slice %collapsed_17[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_37 = tensor.extract_slice %collapsed_17[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_38 = tensor.extract_slice %collapsed_17[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_39 = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %36 = linalg.matmul ins(%collapsed_39, %transposed_24 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%36, %cst_5 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_40 = tensor.expand_shape %37 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_41 = tensor.extract_slice %expanded_40[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_42 = tensor.extract_slice %expanded_40[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_43 = tensor.extract_slice %expanded_40[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_41, %extracted_slice_36 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_42, %extracted_slice_37 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_43, %39 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %43 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_38, %42 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %44 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %41 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %44 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_44 = tensor.extract_slice %collapsed_18[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_45 = tensor.extract_slice %collapsed_18[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_46 = tensor.extract_slice %collapsed_18[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_47 = tensor.collapse_shape %47 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %48 = linalg.matmul ins(%collapsed_47, %transposed_24 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %49 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%48, %cst_5 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_48 = tensor.expand_shape %49 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_49 = tensor.extract_slice %expanded_48[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_50 = tensor.extract_slice %expanded_48[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_51 = tensor.extract_slice %expanded_48[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_49, %extracted_slice_44 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_50, %extracted_slice_45 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_51, %51 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_46, %54 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %56 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57, %53 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %56 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_52 = tensor.extract_slice %collapsed_19[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_53 = tensor.extract_slice %collapsed_19[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_54 = tensor.extract_slice %collapsed_19[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_55 = tensor.collapse_shape %59 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %60 = linalg.matmul ins(%collapsed_55, %transposed_24 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %61 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%60, %cst_5 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_56 = tensor.expand_shape %61 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_57 = tensor.extract_slice %expanded_56[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_58 = tensor.extract_slice %expanded_56[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_59 = tensor.extract_slice %expanded_56[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_57, %extracted_slice_52 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_58, %extracted_slice_53 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_59, %63 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_54, %66 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %68 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %65 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %68 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %concat = tensor.concat dim(0) %23, %35, %47, %59, %71 : (tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<5x2x16xf32>
    %collapsed_60 = tensor.collapse_shape %71 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %collapsed_61 = tensor.collapse_shape %concat [[0, 1], [2]] : tensor<5x2x16xf32> into tensor<10x16xf32>
    %transposed_62 = linalg.transpose ins(%cst_4 : tensor<48x16xf32>) outs(%8 : tensor<16x48xf32>) permutation = [1, 0] 
    %72 = tensor.empty() : tensor<10x48xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<10x48xf32>) -> tensor<10x48xf32>
    %74 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<10x16xf32>, tensor<16x48xf32>) outs(%73 : tensor<10x48xf32>) -> tensor<10x48xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%74, %cst_3 : tensor<10x48xf32>, tensor<48xf32>) outs(%72 : tensor<10x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<10x48xf32>
    %expanded_63 = tensor.expand_shape %75 [[0, 1], [2]] output_shape [5, 2, 48] : tensor<10x48xf32> into tensor<5x2x48xf32>
    %extracted_slice_64 = tensor.extract_slice %expanded_63[0, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_65 = tensor.extract_slice %expanded_63[1, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_66 = tensor.extract_slice %expanded_63[2, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_67 = tensor.extract_slice %expanded_63[3, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %extracted_slice_68 = tensor.extract_slice %expanded_63[4, 0, 0] [1, 2, 48] [1, 1, 1] : tensor<5x2x48xf32> to tensor<1x2x48xf32>
    %collapsed_69 = tensor.collapse_shape %extracted_slice_64 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_70 = tensor.collapse_shape %extracted_slice_65 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_71 = tensor.collapse_shape %extracted_slice_66 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_72 = tensor.collapse_shape %extracted_slice_67 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_68 [[0, 1], [2]] : tensor<1x2x48xf32> into tensor<2x48xf32>
    %extracted_slice_74 = tensor.extract_slice %collapsed_69[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_75 = tensor.extract_slice %collapsed_69[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_76 = tensor.extract_slice %collapsed_69[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_9 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %transposed_78 = linalg.transpose ins(%cst_2 : tensor<48x16xf32>) outs(%8 : tensor<16x48xf32>) permutation = [1, 0] 
    %76 = linalg.matmul ins(%collapsed_77, %transposed_78 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %77 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%76, %cst_1 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_79 = tensor.expand_shape %77 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_80 = tensor.extract_slice %expanded_79[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_81 = tensor.extract_slice %expanded_79[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_82 = tensor.extract_slice %expanded_79[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_80, %extracted_slice_74 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_81, %extracted_slice_75 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_82, %79 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_76, %82 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_9, %84 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %81 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %84 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_83 = tensor.extract_slice %collapsed_70[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_84 = tensor.extract_slice %collapsed_70[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_85 = tensor.extract_slice %collapsed_70[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_86 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %88 = linalg.matmul ins(%collapsed_86, %transposed_78 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%88, %cst_1 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_87 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_88 = tensor.extract_slice %expanded_87[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_89 = tensor.extract_slice %expanded_87[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_90 = tensor.extract_slice %expanded_87[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_88, %extracted_slice_83 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_89, %extracted_slice_84 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_90, %91 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_85, %94 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %96 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %93 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %96 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_91 = tensor.extract_slice %collapsed_71[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_92 = tensor.extract_slice %collapsed_71[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_93 = tensor.extract_slice %collapsed_71[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_94 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %100 = linalg.matmul ins(%collapsed_94, %transposed_78 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%100, %cst_1 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_95 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_96 = tensor.extract_slice %expanded_95[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_97 = tensor.extract_slice %expanded_95[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_98 = tensor.extract_slice %expanded_95[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_96, %extracted_slice_91 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_97, %extracted_slice_92 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_98, %103 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_93, %106 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %108 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %105 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %108 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_99 = tensor.extract_slice %collapsed_72[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_100 = tensor.extract_slice %collapsed_72[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_101 = tensor.extract_slice %collapsed_72[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_102 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %112 = linalg.matmul ins(%collapsed_102, %transposed_78 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%112, %cst_1 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_103 = tensor.expand_shape %113 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_104 = tensor.extract_slice %expanded_103[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_105 = tensor.extract_slice %expanded_103[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_106 = tensor.extract_slice %expanded_103[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_104, %extracted_slice_99 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_105, %extracted_slice_100 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_106, %115 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_101, %118 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %120 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %117 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %120 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %extracted_slice_107 = tensor.extract_slice %collapsed_73[0, 0] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_108 = tensor.extract_slice %collapsed_73[0, 16] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %extracted_slice_109 = tensor.extract_slice %collapsed_73[0, 32] [2, 16] [1, 1] : tensor<2x48xf32> to tensor<2x16xf32>
    %collapsed_110 = tensor.collapse_shape %123 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %124 = linalg.matmul ins(%collapsed_110, %transposed_78 : tensor<2x16xf32>, tensor<16x48xf32>) outs(%10 : tensor<2x48xf32>) -> tensor<2x48xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%124, %cst_1 : tensor<2x48xf32>, tensor<48xf32>) outs(%9 : tensor<2x48xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<2x48xf32>
    %expanded_111 = tensor.expand_shape %125 [[0, 1], [2]] output_shape [1, 2, 48] : tensor<2x48xf32> into tensor<1x2x48xf32>
    %extracted_slice_112 = tensor.extract_slice %expanded_111[0, 0, 0] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_113 = tensor.extract_slice %expanded_111[0, 0, 16] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %extracted_slice_114 = tensor.extract_slice %expanded_111[0, 0, 32] [1, 2, 16] [1, 1, 1] : tensor<1x2x48xf32> to tensor<1x2x16xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_112, %extracted_slice_107 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_113, %extracted_slice_108 : tensor<1x2x16xf32>, tensor<2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.negf %in : f32
      %138 = math.exp %137 : f32
      %139 = arith.addf %138, %cst_0 : f32
      %140 = arith.divf %cst_0, %139 : f32
      linalg.yield %140 : f32
    } -> tensor<1x2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_114, %127 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_109, %130 : tensor<2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.tanh %in : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %132 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.subf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %129 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.mulf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %132 : tensor<1x2x16xf32>, tensor<1x2x16xf32>) outs(%13 : tensor<1x2x16xf32>) {
    ^bb0(%in: f32, %in_120: f32, %out: f32):
      %137 = arith.addf %in, %in_120 : f32
      linalg.yield %137 : f32
    } -> tensor<1x2x16xf32>
    %concat_115 = tensor.concat dim(0) %87, %99, %111, %123, %135 : (tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<5x2x16xf32>
    %collapsed_116 = tensor.collapse_shape %135 [[0, 1], [2]] : tensor<1x2x16xf32> into tensor<2x16xf32>
    %136 = tensor.empty() : tensor<2x5x16xf32>
    %transposed_117 = linalg.transpose ins(%concat_115 : tensor<5x2x16xf32>) outs(%136 : tensor<2x5x16xf32>) permutation = [1, 0, 2] 
    %concat_118 = tensor.concat dim(0) %collapsed_60, %collapsed_116 : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<4x16xf32>
    %expanded_119 = tensor.expand_shape %concat_118 [[0, 1], [2]] output_shape [2, 2, 16] : tensor<4x16xf32> into tensor<2x2x16xf32>
    return %transposed_117, %expanded_119 : tensor<2x5x16xf32>, tensor<2x2x16xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_48_torch.float32_3: "0x04000000DCFBC33D48A8723E80AA94BC60DBF63CB8976CBE104B803CD08A023EE488833D00B0ED3AD85E07BE084E733EE4040A3E82DD3A3ED48FAC3D6C6FC73D8EB225BE1064E8BDEE92053E501FDCBC6401533E0C7AFCBDE673403E841BD13DB8DF613D345D51BE946D68BE3472BDBD66C336BE38ACE33DCC31B13DE06806BDE0E33D3C462D7DBE40A2483EA0A2FCBCF895F8BD70C2B7BDC4DD5D3E38E439BE80B7C0BD543983BD3CCF26BE9E8B173E8073C3BD10E08D3CB62F0FBE00B9BB3B16AC033E",
      torch_tensor_48_16_torch.float32_2: "0x04000000009D1A3DF09C1F3E7CAB8CBDB035DA3D604A1D3C80386BBDD81204BEFCAFCDBDA68824BEC01029BE720128BEF60B173EF8B0403E72676BBE48A8513DFAD27FBEBC68B73D4A924ABE8CEF4B3EF67F6EBEE0178B3D00619ABBDA91033E10F5DD3DA438B6BDE07EF53C84BB4D3E30E8F6BC78D81A3E12D47EBEC4B7CEBD20D9B3BC605C1EBCA03F7ABE20BB573EB04675BD602FA6BC1C98CEBD74B9923DEC91BCBD54384DBE28F8C8BD1C465A3EB0F9923CD80F81BD643A3FBED07B63BDF87784BDC27A5C3E008BBF3D662B403E50785D3E4C054A3E78A27FBE002ABABB1E6F143E40469FBD308765BD40B3D2BC506D363E40A5683D3AD232BE642EC43D7E0C6A3E0E873B3EA0577BBD4C0649BEB059AEBCE6271DBE145A0CBED47E8D3DBE9A08BE864545BEACFAFC3D522212BEE45BA63D006BDD3B72486BBEA43A8D3DE29E19BE88B6F2BDB0FB6B3E0E5F13BE50C6FDBD8C07FFBD82A4253EC42DCE3DAC9ADFBDC4DA6DBEA23B393E28E0F43D905EEABD7C41CE3D90F1D93C00C95BBD30BE4A3ECCF7293E008CCF3B40597ABCA2FD1EBE0C04E23DB872713EA0DE1E3D22B778BE44E7ECBDD0A1D6BC12392DBEB465F83D0CAAF43D04112B3E90157A3DAC543ABE808A3D3B9069E93D98D20EBD7863EABD000C3A3D2419D9BD643CC53DA0F694BC1CACECBDE0770EBC606199BD36BF333E0053E13CD87FC4BDFC06F53DC09AEF3C80ECFA3D4C40DFBDC001E1BCECF5AEBD80B8DCBD4ABC4B3E2828A8BDB428FF3DDEB27F3E1802B13DB0CF153DF0D5C3BC7CD1FF3D6CB6373E286EBC3D721741BE70C70CBE980A773DFC77D93DE02B3BBCA8B57CBE00AB91BC98264ABEEAE419BEA0B7C7BC08A2863DCACD743E8252533E883A3D3D94BB31BEC85A10BEF4B0603E6ECC54BEE4B03C3E2C2E2EBE9C80CA3D6845253E8014F4BB80B120BBDCD6EEBD1096133DD03A253E7458F5BD60AB7CBDD6FD483E3088BBBC80D088BCA04BCA3CA0E9E33D6081FCBC2C34ECBD387D2ABDB0C002BD7056F63C445246BE10D4E03C6003BF3CB8C44ABDE070073E269E6F3E1E863ABE72BE52BE80BF42BBE0C42F3D18DE8CBDE89D733E50C8043D2CC96EBE20BFB83C627C56BEE888003E6A32173EC6C4523E46D332BE0EFA1ABE68312BBEB097D33D80C8BBBC58E7703E78AD1BBECC51DCBDEA850BBE2CE194BDE0C6B8BD504F553EE06D0B3E38CFC1BD5CF01BBE94BD87BDDABB313EF048AC3D907F743EB2C63EBE40542DBE002187BA607713BC1C2E2ABE00713D3DBA3253BE3A0157BEFCD6A4BDF0190ABD68AF8BBD00E3E63BD886893D00F2543E902966BD4C4B663E502974BD20473FBCFCC89B3D581B1B3E5E05203E50C9853DFA2D67BE30616C3ED098CA3C647FF13D026800BE289AE8BD62666A3E407204BDD40D8ABD466A4A3E48A9F8BD666923BEE4DFB53D8876493D4CB74BBEF0BA1ABE601409BE34E8DBBD4C6C9BBD78EA0F3E80BD9E3C10E70A3D12676D3E40EBBDBC428D5B3EF28340BEE0AD50BC6A19473EFC85E73D7819B3BD0447AFBD2099CC3D8E6D6A3E903169BD606D6BBEB067A6BC80130F3B8002BEBDD08C883C002E113A301CC1BCF620783EA00191BDA8425DBEB8E70EBD80261BBEA417843D1C8951BE727E3BBE78F42ABE788FB5BD6CDB193E2E93243E80C7A13D5830353EF801A0BD00D1FDBC181C4F3D38D4E93DAA415CBEB8CE39BD7A3C5BBE6C37D83D6E00083EC049EB3DB65E013E247538BE1052C03CAEA453BEBC8357BEE241613ED670533ECCA414BECE7938BEB03951BE70C48F3D38F75EBEA0D1D63C28FDB33DE43ACEBDACFFF2BDBC880A3E7C75263E42DE56BE822131BEC089FC3BC2082F3EC8680F3E14B66BBE989E6BBE98C662BE48F55F3E609184BCBE48543E66090C3E18174C3E9ED26B3E808D743E44BA36BE80C9143E681333BDC033C83D50F718BD9C00B23D30208A3D80E45D3C32DF5D3E14AC9B3DF0C8A8BDDCF5D53D2CEAFE3D74A7233E6A160FBEC4B2C8BDE6F47F3EEC9E1E3EBE161EBEC83D7DBEFE95453EFCDF5A3E1858463ECC09333E601FA13CF04284BDA062F0BC7CBC7BBE1886E63D0E3B24BE50D7D9BDD85B503DC826383EDC02003EF806EDBD6CBB4E3E0ABE19BE4AD0063EF8AE0C3E80DF003D9E4C7B3E72363C3ED87C1C3D800F583CD60A3FBE84A70DBE9CCB433E401E87BBC8D4BBBDB21F7EBE803F09BECCABE4BD5E2F2CBEC0E2BA3B54027C3EBCBD6BBE16AF033ED8BB7CBD00CE583A00AC6C3C403AC1BDB806213EB47E8D3D7A4070BEBE6F68BE2C0FB3BD703C793DC09447BCB263003ECCA85C3E8A8B2F3E946CBB3D841BDEBD80E962BC9080AEBD886C62BE809311BBD0BEE33C16ED19BE4CA1BF3D64C7CFBD02E31CBE42F85B3EDE5C4D3EA489233E30E6B2BCE4386A3E98C9D5BDE091FFBCC6F0083EEEA4353EE6896ABE1C62E9BDF04A87BCA4E235BE0CFB60BED8C6803D5AB80C3E80E7873B10F494BC66FB503E22BB5EBE7A7546BE5CD7BDBDDCE09CBD94C4643E505D613EA8F1C13D8C0873BE6808283EE0E72DBC5CF7223E8CF74E3E906EDABC92BA5ABE0037A13D6638193E886B583DA6420A3EC212213E04A1EEBD80FDC63B2001AD3CC8DCC33D90E5433D982527BD08D46BBEAC8E8B3D06B3213E92792D3EE0129BBD8C140CBE80E645BEC0F640BED2783ABEA0F9D2BD908008BE84037BBE308D8A3C58F03BBEB81A5FBEECF46FBE849E27BEAC74593EB83388BDEC2B7DBE88C63ABED00F703E40C619BD36BD783E34DF603E9C2006BE1C9AF0BDDCB2FF3D642DD13DAC4E16BE24816F3E8C15F63D42A532BEB46948BE6E7F5A3E4C3EA9BD000C0EBB528C383E402315BC189040BD0897DC3D80DC25BC20AA73BEEA2414BE80F2163ECC9885BDE80D7ABDA07A7ABC8C0BB63D7C2D1FBE842C453E08CB9C3D303C43BD223B683E320E3FBE8E6E6ABE565328BE5CEFCA3DA036633CFEDF603EBAE50A3E804E6FBEFC74CCBDC6E21A3E94010CBE0E575CBE907C133DD0864E3E2EAC763EF66943BED8DDD5BDB40543BE6C9C4C3EF8DE6EBE403D35BC684FD33DF04B713E6CDCB03DE4CB893DC4E156BE6805E43D40EA6E3CA2EE1B3E1440953D38FD10BD9C70ADBDDEC463BED225633E387429BDB062DFBCB6C03BBE6A8F40BE82A1503EB0E49ABD30F3F9BC4809013E60C57D3C4EE03B3E3C640FBE48107EBD083D18BD78C33BBE340DD0BDEC7CB83DFCAADEBD009A06BCC0E6B6BDC2D643BE0809243E20F4EC3D00058C3DC69464BEA890563E348B663EB8130BBD3C495CBE3023BBBDAE535D3EC070533C10925C3D52334C3E6A2C4D3EF611643EDAEF13BE1C34BFBD8EA87A3E0835023E1062C6BCF88849BD8025DEBD707986BC6CC18C3D283A133DD89A14BE709D163DFA7B4C3E40CF933C603F6B3CE0C45DBDE6D12C3ECE4604BE00DDF6BD78AA47BD14E9803D6805BFBDAAC77B3E6851C03DB63D6ABEE489F33DD09C28BD485CB6BDD00730BD4C8623BE4E2469BE944EE43DDEC4073E14DEF83DC60312BEE81502BD6094BBBD286A8FBD707087BDC0474ABCF82C273E7024503E5E88783E46C736BE48CC5F3DEE6137BEBA5639BEC0AD8ABBF6C6673E241B263E742930BE340C3E3E703CD0BDE812C7BDC0A4473C5EF74E3E600E9ABD62BF233E882435BE0CF7513E9CB48ABDFE6F023EFC3A333EA836713D3C23333E54C509BEE06DE93DA052EABCFC21ABBD5A17173EA6D70FBE0EE178BED4C697BD405CE43B8C2351BE20F7773EC090B0BDCE7F0CBE58BC05BDA023473E2A1E3F3EC0C7A5BB600AC6BD80343EBDCA96213E0425ED3DE0F817BE346E4E3EC8AB2B3D38A3A53D80FFC83D60E34F3D78AFC93D761935BE7E67463E70D8503EB041793DD039E0BD1EEF46BE8A1F47BEE8CFD63D7A3B77BE0C2C0EBEAE412C3EEC32ACBDCE48573E8050A03CC4B630BE600C67BEC8DA183D0008C9B9042CD83DFCAF84BDEE0421BE7C69FBBDB486333E2C733DBEB66641BE007F5B3D8231183E5CF6D4BD700003BEFC96673E58C95CBE8445FDBD603DE7BD906A593E4458163ED244183EC031B1BDE2BD443EDC733B3E208CA03CC45FF2BD1E8875BE4EEF5CBE505977BDCC0BC4BDC23050BE04D1F93D40F869BC1EBC493EB24E36BE86BA2F3E0018C8B9B8E71E3DAA89383E3C13C33D240E9B3D8C13963DA6D35BBE9070D7BD8077DEBD607110BC10D145BDBC97A9BDDC06B13DA0E9733D903CB23DD482B93DFC1393BDDCDBB33D0A5976BEF851BB3D18E12C3EA4F8A73D00C4B53C84CE7EBE3672123EFC9AAE3D4C9A0C3E48CE6F3DA42886BD606051BE280DA43D626F4C3EE0EE043CE28A35BE209C533D",
      torch_tensor_48_torch.float32_2: "0x0400000040FFB2BD0040F0B9A4AD233EC009F03B803B183DBEF25F3EF8CD6CBDAA935BBE08891BBE98CDADBD90FA033E40E0A8BC141DF53D207C5A3EE4F4463E3843213DF8FD583E305961BDE05834BC301B913C00A6BCBABEBC253E4C8E1C3E0A475BBE301E33BEFC73B13D30C1243DA6C95F3EFA6663BEB4B4DCBD8078F93BF0AB7E3E720D523E3886F3BDE8A2573ECC0F2EBEE0BCB3BDFC9C623EF085C6BDDAC268BE9ED002BE38015ABE20AFC3BC10D7E43CA447D5BDF875873DF0FAC03D401FACBC",
      torch_tensor_48_16_torch.float32_1: "0x040000007CEE2BBEAC1BDB3D88BF8BBD3023C4BCE4EF793E2A19633E7CE07CBEB817FFBD06C9483E00FD49BB28FF183D586243BD64E9893DC0BD713EEC2E83BD96337B3EE4DBAABD783151BDC893F33D700692BC58FA103D7ABC2FBE1CD8A2BD2C16F43D6C75F13D28EDA4BD6E3840BE20D4523E2ADE1FBEF00B2ABD66004D3E0AB558BEF03DD23DE8C5D03DA0D80CBE5CE234BEE4327F3ED296453EC880013DBCCFE3BD280C7D3EE6372E3E928A14BEBE6D233E2C927A3E583ECEBDE863813DA48CEABD701B1F3E362F39BE08ED243D7AD4033E2427F73D2051C63CE08723BCC8D34BBE5CE00E3EA820673ECE0A0E3EB8A73CBD0420E9BD008792BBEA571F3E9AF657BEDA110FBE48ECCF3D409128BD7E0035BE1C99F6BDDCB46ABE8012FF3C382EBCBDB064D3BD3C1C6DBE58E23BBE6C8E7D3E6065643E920E263E6CBE21BE50FA313E00B2123C7414A43D50DC633EC0F97DBC203BA9BD76F5303E9651723EA073883D30D1A93CC85044BE6056FCBD706203BD5C17843DFC4F3E3E620E2D3E0EA5643E46443CBE30EF12BD24B9603E00D958BD24B6F33D54ABBBBD7855543D40D921BD80B79D3D3A692CBEF82F713D981628BD0490FA3DB43CFDBDB87F113D187130BDA8B72E3D406BF63C40D78A3B9CE5A2BD30ACBDBDCEE56CBEBC8290BD60DDCABD64D26ABEEA293A3EC0E420BC801EA7BBD6A22B3E78624CBDA0978C3C76B470BE78ADC73DF0974BBE200B5CBCF809223EA07781BC18F56ABD2C40673E86F2063E9CB6253EA64F35BE10B9DB3DAEDF7B3EEEC3083E58814F3D5071BA3C00BD413EB03A16BDF8DF6ABE64585ABE9C414ABEA061893CD8BB0D3D00B0173B0084EDBA16F860BE8A2B523E6871323E149F4CBE46F631BEAE6057BE00501DBBA830DC3DF0F51C3E48CBF5BD34BDAF3D7C3ED0BD2034073D1A0F623E48EE22BEC415FFBD4A0519BE40CA7E3D004E853A7660083E2EAF5BBE6083403D107F883D58CC8D3D3C61D3BD008FD8BBF08F52BD688355BDCCB5F13DBE5301BEA0711B3CCCF908BEF8122BBE989BAEBD02FE253E1C9472BE6C8A0DBE1CF693BDE080173EE4AEFA3DF4EA133E22373E3ECEA6023EC652683E38E0893DB24A06BED0FB57BE1AB93F3E2E792B3EB8E760BD7022943CF4B1543E7C3E4F3EA05728BE90C1D73C56EA5CBE002E803ABA7877BED4EB90BDA8C38D3D7212643E008B7CBC9E204ABEDC7FD83D2AD44A3E50E3F8BD503BF63D50784BBD5CF2E2BD805E0CBD76CB64BE80CE273C509A9EBDBABC1CBE00F4433C005D0D3EF4EF91BDF8CF55BE10BFF63C10C572BD629A5E3ED058233DD4828E3D80C016BD8401AFBD4063B63DF21C363E34115C3E08667FBD64A2B5BD606F763EC884203E20AE5A3C105205BEB06323BEE6822EBEB27F603E0E597E3EEC5CB43DE0E2443E0032903CAEEA443E30BCA1BCCA2818BEFC9959BE8246163E183E0F3E30EBFC3CF616443E207263BC306FFA3D1CD9383E40916E3E2E580DBEA2D96CBE147CA5BD80768DBC94B6A43DA09A09BC0071373E4809CCBD0011533B7CF281BD5063A93C4C37B0BD1AE35CBE90E001BDDAB81CBEC6207F3EA8BD11BEC0A5EA3B70BD243D90840F3EAC1C583ECAF7203EB49092BDAEB85FBE9079E43C4C18AC3D4CF957BE469C51BE26CE453EFCEBE6BD6C5C2D3E00186A3C54D00EBEF8728E3D80D8FA3B5C64213EC8409A3D1A577DBE800AE2BCB4860CBE787648BDE89C12BD2A58193EDEF7713E201B39BC1C079D3DD80B3BBE262F403EFC3A0FBE1A312F3E904CB53D9AE955BE4063163CDEAC663EA44384BD505E253DC4BFAF3DB86B253EE06314BEB800063DCCB60CBE7018EFBD0416063EC6BB7C3E1486263EE85B1A3D0040563CC4F1CCBDE87365BE4229253E5C53C03DE093E2BC829D26BED408EABDD4A9BDBD28F82A3D2E0F5CBE00B4BDBDC0F253BD2ED80C3EC0F09BBCE0730DBECE3365BEE4B387BD74859F3D641E33BE3044DCBD78AA58BE2E4A793ED223433E04CC453E4C2354BEFEBC213ECCD09A3D522C12BE0E962B3E3CE3B33D982B413DFEAD50BE6EE029BE1CF3DA3DF0B27A3D70F7423E301C17BED2B3643E001F3EBC70A1ECBDE4FD2EBE2C1741BED036A93DBAB9673E1C208D3D485E1D3D6E1929BEC871703E68964EBD008D103C0A6476BED05E7BBD3037E4BD206599BD907A11BEB47BAB3D302B63BDA06256BCECF8303E48E4D3BDB8F72FBEC84C563E4C2CE0BDACCF77BE387A71BD8EED103E247A5C3E16EA7D3EA8CA073D88157B3D2405A4BD7AC3203E203F6FBD18C1703D6041753E7E9263BE943A5D3E840F61BE90E6A7BCB0FAF0BD242B8ABD7C07413E208B74BE4C0324BEBC07ACBDC069493E6C8FFF3D507B2FBD8CA79B3D84EC073E90980CBD50348FBDEEB411BE086D1BBD303CE33C04DCA13DD094733EE82F34BD3C27CDBDD6EF1BBE4076843C8006D4BC00336BBB604C4B3E54C2923DB08FE7BD285C213E9E70493EC283393E0048043AE27C3FBE5046E9BC063C673E48C5723E20345C3EB43FDA3D40BF863C1A7745BEF0F847BE1AFF373E4E2577BE44DA3B3E1076E7BD3CCF7B3E4852043EA88B363EF809623D0E172FBE42505B3EF4F77D3E749BD7BD7A65293EBCE3823D1297783ED0D3133E5A95373E84B741BE3032DABDA09746BE04C3AD3D806DE0BB3CB10FBEC83BAD3D020E3B3E10F698BC5858693E4EC907BE989A283EF850E5BD1C92CD3DE4C9BABD26181C3E700ABC3C8EAA6A3ED854373E8063B0BD06E8043E74634B3E388659BD44C373BE7EB6363E941C043EBE58513E1CBECE3DE097B83D0E9463BED088FABC805FCEBC98F6463E90D22DBD5C1EC73D12C015BECE25533E6CD2C03DC41D613E24127E3EF2C046BE96E9413ED6C5573EC089173C34F99BBDB8E7643DC021D73BAA515FBE8246333EF43A30BE5855283E7807343D683D21BE80562B3DE0E6E9BC60E2C4BC9CD085BD884D043E2A67703E6025003DB805CBBD7CC546BE10AED23CA6DE18BE000E923D385938BEEC40453EC02AE33B8072CA3B641A3BBE6082073E80C7C43CF84033BEF4AF213ED0EACE3C7690723E0897063EC62232BEE8CB5FBEA478403EFCBC23BE006B033C9041FE3DE4B4C43DB0B2113EF0BB4ABDF08D6CBD207ED53D3C089D3D9E46233E508ABE3C8CC8C63DCA7C5A3E6AD3683E00820E3A1017EC3C1889E7BD5CE1BBBD44F0B83D7C5793BD007FD2BA984CFBBD9452CABD7EED653E3840CC3DE41B36BEDCDF183EE22D79BED8783BBE643146BE06C475BED857233D5E3B09BE124C743E4CD5CE3D80B43C3C70F0ED3D40EC123CEC6A10BE984460BD02330BBEB07AF7BC00A8973B18CF46BD28C308BDAAA23D3EBCFACA3DC619493E78C74A3E3C5B9EBD409ADF3B92430BBE8A41473E9A5C793E582E2CBE802F743CE4CB383E3CBB2FBEF8A4E0BDEC55F53D9A897EBE802772BCAC2B90BDFC71F03D1EE57B3E600AA83C48E0B63D40E7B2BD281DCF3DC05470BDBEB3043E2873BABD5862123EF878543DB865B23DE8840D3E90756FBD48CF2BBD8086ADBDC8041F3E385211BD681B03BEB0B27FBE88D4683E7A7E25BE4049583D44FAC43D283D333D5EBA67BE30C0203D4C2D14BE261B58BE30877CBD5844523E58A2C13D00BDC0BB4AB50A3E7AD371BEFC2E803DE4F281BD7A1831BEE0D1AB3D200906BD6099BCBC6E6D7F3EE4306ABE465F723E5415BF3D8A8D733E80EE143DA00F50BC84E992BD72D020BEC21D59BE00D542BB68510E3D2647293EE073CF3D4038C7BD18BEDF3DF059DF3DF26E78BE6CA745BE103FE0BC806298BC00B1283C6A4D1A3E3C6A0BBE70EAD4BCA63F183EDC3115BEFC628A3DE43F48BE3809BCBDF23800BEFE6168BECE2803BE7454FC3D30DAD6BC8AD4463E188A343EC6445EBE70ACE0BCF861213D1634653E14F22C3EA0389C3D4827733EC232743ED20545BEC08690BD5CC73CBE0612463E7431CD3D70EBB3BD58DA0FBE004B86BAD0C8F8BD6A2A193EE0B0653E8084E4BC2862383DB6451EBE7C68A3BD78419F3DAE330B3E2A61283E7EF21B3EB469A13D72E352BE08E09A3D806154BCDCFCCDBDC05F583E48736BBE706E673DF669773E18F2D53D58F072BE08F055BE38AF4BBD50DBD1BC301314BD681F51BDC49D243E585A5F3EECEC11BE089C9FBD58A6243E808CF63D6C742CBE02AD263E8C22133EF2D1243ED0128ABDF0603FBD809542BE4443B7BDC023F23B203E9C3DE89258BE00310B3BB8B29ABDD2EC743EF00DF13D46D36E3E40A1ABBD90C7823DA8696DBE805FD53B74BEC73DD027623DD0B3123DA0462CBE905C78BD9C22E83DBCA9E8BD5679493E6EE8043ED00412BE",
      torch_tensor_48_torch.float32_1: "0x0400000092F33EBEB87562BDF2AE393E1A25433E5086363D0CEDCABDCE0F4C3ED0EA023E64A7D5BD30A0CE3C00FB183E1880CABD62817D3E02B143BEF0F26F3DF26800BED60B333EC0EE8BBD28DEF93D00ADB83B0E3B48BE383ED4BD160A50BE9050BBBC3C2422BE2CA5B53D00FC423B00742EBCBA8549BEB4E3FEBD743360BEFE557EBE5880B23DA0D86EBDF0BA94BD685E12BD1A0E253E3640223E68A29CBDE03C5ABD54FF213E74BA903DB80E003D287FD03DF88B523DAC37ACBD44C35A3E5A6A09BE",
      torch_tensor_48_16_torch.float32: "0x040000004896C1BD202530BC500531BD10D7853C9095E7BC9E56753E364E133E80A352BB28698ABDE0D6B33CC662333E180DF9BD983AB0BDF4AB3F3EE446EBBD0419033EF2AA5BBE30FD02BEA8051DBDAE6B74BE5C422A3E9EBB05BE04E32E3E8068ABBB2445AF3DC0BDFC3DD4A712BE804ADCBC50CFBD3C485F6EBD8AF0733EB05D77BEBE2A53BE185506BD3C612ABEF411DCBD20D2503E00D5B93AEA8D543EEC58503E4CF80A3E5A81423E06031FBE00D16FBE9C30E1BD76470EBE5430943D4C3E953D80F540BBC8E01DBEA040C53CC2A169BEAE1115BED0FFC8BD82DD313E78D8713EC27C153E1220323EB08712BD82F818BE74DB293ED099773EC081B43CC4A3F63D221513BEA49CA33DFC9392BD8031CD3D54A1ABBD6CC77D3E36A85D3E806B463DA0BF6ABE482E8F3D708A413E9EAC3D3E3042E93D9219013E20F60A3E00176EBB9056A43C54BF773EF81107BDB065EBBCD08C94BD343BF43DA6067F3E043B77BE8A11323ED2B022BEA8661BBEACB123BEC6CB763E60457F3C58FAD63DF254763E58207FBD5893153D90D001BEA63011BE865B333EE8D4DFBDEC217CBE604FB8BC185927BE481C5D3EBC025BBE2036823DC0D858BC94F7B13D8E05033E0C2A79BEB4A419BE680203BEFCD377BE841A13BE40B6183DE8953B3E8077BABBCC296E3E40CC803B80067BBDB0FEA1BDB66D053EF2BB603EC0802B3E8C54BABD646FC0BDCED04BBE42F56BBE40ACA63DC858C83D7078BF3DB43AEABD662220BE8088313D00E8113D4AB33DBE3E0061BE30B792BCB025A33CAEC85E3E800AA2BC48C1D13D804607BC60FABA3D5A297ABEA8EDC6BDE832083D488A043E529F6A3EB6403B3ED232163E60EC9F3D9C993C3EE0DC18BE80994FBB947F383ED0AE6E3E28987B3E844C803DAA4C793EAC20F43D2AB4123EBAC324BE9E08233EE2361C3EC8238E3D988A213E868320BE70F4B3BC0C43D03D2AA43DBE04F8B73D001A7BBA28B9543D3EC93FBE102CE1BD5C70B13DC0A296BCE085C83CB80E773EB8845C3D20A9C2BDC066DBBB3464803D0442AD3DC04A423DF008803D2C69333E5CE8523EC65733BE0001B23C365476BE343AC2BDE2E7063E60DCAEBD000057BDDAB20B3E56BF28BE38A4413E2A2E4FBE48E2393D6E1576BE20A47E3DA431823DD02C67BD2A9C653EB4FF0F3E20F36E3DA470AB3DB02A6FBE30FDC43CAEE87B3EF6240E3E9035DA3D80DDE5BD00B2FB3D9CE8A53D52CB07BEE4F059BEA0837A3E70AACF3D68693D3D88A719BEA092FE3C3443533E7064303D006879BC78A5553EC03007BE04919CBD60EF323D4A724DBEAA7A253E5C99D43D0CD1423ED026F13C38B74E3D9898D73DEEE669BE945CA23D440D223EA63841BE9C1A603E38A9AC3D88D35ABED05931BE10C38C3D9CA1EC3D0AD3643E2ABE0F3EB459A1BDE06ACABC66666DBEE013CC3C90DA0DBD3CF315BE80F34DBCEE7111BE587CFFBD247B9CBD54A2A3BDB08EE33D08326FBE9ADB173E000FF0BD108D84BC424735BE266D68BE88EF2B3D5AB6323E0440DB3D2067723C609E203DB4E4EABDD043653DE072B3BC261A6DBE42DB623E50BC233E7E1E3B3E807F5CBCC0C7C6BCA0FFABBC0EA816BE70B743BDF825E63D886D5DBDE07A593E50692C3EB07C2B3EA0A7153C1C373C3E0248483E16C351BEFA4E513EC4863BBE601DB13C04BC5E3E98B96BBE409AF63D2097E0BCECF19C3D0079CCBA5CE68D3D72EC2C3E1EE2013E4080593E88A519BE525C7FBED0FDCCBDDCDF223E322A6D3E22D90D3E6E2426BE164235BE0A0C06BE6A641DBE3AA705BE28EA3EBD0036663EE406613EDAE063BE66A4193E40728A3D047727BECC25ECBD80BB3C3CFC230FBE001BF3BA9ACE113EC8EFD9BD80CE21BC0828663DE22357BE6E7E6DBE20C3D43D806833BDB862423D004FEABAD6E9073E206F253DD0EB34BEF0A69D3D88B3B73D2E40473EEE77293E463326BE088211BD684C4F3D28681FBDB0AFDEBC38B11F3D78AF703DAC0786BD60A8FC3C28AF953DE0A7C73DACE7E43D60135E3E0E02463E06D0563E301FD5BD00E533BD4861BBBD94635B3E28EBA23DDA5F443E786F3B3D0099833C6291383E0026E6BC8A0479BE04372ABE5CC9133EF0C5ADBD0623093E1A660ABE3080BA3C808DFB3C40DC883C4495A5BDA2D25DBEF4CA643E9C8C42BE906B563EB00BB8BD8AB8013E8888753E6027C4BC80723A3BA4BDBA3D2AA401BE006FF5BABCC23E3E4C96BBBD76F24CBED42F793EE08A1C3D02FD4FBEF02E493EA060743C8819483DD8DA803D527C713E00B5F9BA52D9613E18BB05BEC002323C385695BD4CDCE13D8E88573E746DF13D923130BE40C500BCE66965BE32FC163EB47265BE50CD533D0C7F90BD00520F3A44631FBE0C7D3ABE9090263DB8AEE83D0EB638BEE43E4EBE5067723DC2F0583E8085383BDEBC463E0697113E3832593DE06C8B3C8021013CE409D7BDBC9EC5BD40952BBCDE34623E802D3FBD62322FBE80BD66BED85BBDBDC2561CBE5AF8003ED4B36A3E9C96FE3D2074F9BDF6D51D3E58C732BE28314CBE80AF303BA0BE79BECE72653E3AD40F3E5661783EB0C1AA3D80DC24BBF2FF293E0098C73CF06365BEA006223D380B383D60173ABE980A41BDBE32173E8E7A7BBE68F3A9BD68DDFF3DB0BD633D00D020BACE0D013E688F173E86E3473ED81C13BD401DADBCA41F243E8E2718BEEA60163E3822E13D10625A3E623C1F3E0006943A4089C7BB0EBD3D3E7890543EFA1A10BEE49F89BDA01FC3BD9651063E8076C63B082AB1BD80BE68BEC034C0BD7645613EC0E070BE06C6723E1EFF6E3E709AEA3C60D675BE3E44383E9C20BF3D0044DA3CF8DC273D569618BE88DC3EBDE0D74D3EF640083E7C2B453E20A7523E2A16533E8CD6463EF6601CBE9EEE603E40CA553C82FB4D3E00C0863D948F61BE3C8F6E3E3003A2BD8C8EB33D4081C53D84DE9CBD14891EBE948148BE385E83BD5CEA4B3EC0CDC03B8E1E4BBE04B15E3EA0ECA2BDA8DEC5BD94FC92BD5295593E201DE03C463F30BE0AC72EBE120C68BE282E153D44225BBE00E93BBC70773E3E1026623EA8AB25BD5467DA3D3865653D509739BD885A4A3E84C7C63D72680FBEF040C0BDB62640BEEEB453BE38124F3DBAD97FBEBCB8043ECA78733E20B70DBDA6B4213EC89673BDD0F949BD40101C3D06E53FBE64040E3E808981BD18E229BDC88198BD60E0CEBDB016B13D54198A3D28C8E33DCC9520BE80E55DBB4CE8E2BDDED84A3E047AB53D809DAD3CC89539BDB0F49FBC40FBF93B3ED5043EC05970BEA6C6003EA051153E00248B39465475BE904C9DBDB41D24BE2E5517BEACD73C3EA69E61BEB45C423EE27D1FBE302E473D48DDAD3D702E24BEB8117F3E0EDF0C3E00AC77BBD8166A3E4864663D844DE2BDF825093E40B6D03D40DFA8BBFC6E443E100B443E98CB9CBDFCFB613EE204223EC80126BDD4F0093EE801D43DF01C3A3E5C5148BE0EA722BEB80A343DC06FB63DF463583EC0CF9C3D5473DABDA094593C6EFD073E7C5252BEFC0BDABD12C44CBE188448BDC0C4963D5867C5BD2A210E3E3C8C853DF0AC5C3D0EFE46BE0040203AA0A63FBC4C3DA5BDE48F75BE70F4C93CC88B35BEB2FE443E50D1FE3C805EACBDA22057BEDCE84EBE58078F3D587A743D420E583E40F4693D60288ABD98FE5EBE44D5D93DBC6397BD7CC609BE988175BEF8028F3D9A1D2ABEE861C63D0EF7093EBC94ADBD44AC483EF8B406BEF61F023ECAF0143E1077CC3DD4F9D3BD864A05BE3093C7BDF280483ED84F74BD20A4D1BDC266393E986D023E0493B23DA24A7ABE80C379BCF0C44EBED030843C3871C13D44EF3BBE3444BC3D4246143E06F13FBE9C87213E6E8B14BE7CC04C3EB0DA8BBDDE0D253E387246BE90D5B4BC3C57A0BDA85A1E3EC8171EBE042C62BE04DA56BE9004EB3CBCA12FBE0C92733E082909BE48D06EBD1A7A7BBEF2C919BE88A42C3E704FFFBDF08811BE6035F6BD14C4443E707892BCB8A1383EF09E853DE8239EBDDCBB183E9631623E906565BDC8EFCB3D541FB53D3A54523E3A445F3E00807B390008653E4091E93B968E15BE509FCBBCC8D5A7BDCCC1C1BD94ED3FBEFEBC073EA442F8BD24C0633E440C203E20C7A7BC24FC02BE5ACD59BEC00B84BB50719A3DE8CEC93D6C7C5FBE1C29C53DD2EE3DBEBC0467BEF6735EBE321A273E40B3EC3CC44243BE903F633DF8AFBB3D986D0EBDECC933BEAC91223EE05177BEC428A9BD02F7213E9C7518BE30DFDABC4CFB3C3EB015993DCCFD0A3E547418BE5453B33DD4893DBE3E7154BE629756BED4C9C43DB08EB2BC60A921BD064764BE5A475BBEB80323BD",
      torch_tensor_48_torch.float32: "0x040000005029B5BC38B86BBE9AD0153EE0A2FA3C401B113E309D5ABD864341BEECD2ACBD0C5B183E82C2263EB82548BD2007CCBD6C0C82BD6093113ED065B13CA82B9E3D2C60D6BD4851333DD6D5353EB851F4BD902B88BD3C804DBE7C84E83DD8B0083D76F435BE1EAE183E6264713EA4D1A43DA0236ABEAC6938BE8004773C7C280FBE8E99163E3A5877BE160F033E88F40FBDE4B455BE0C75F23DCAD84CBE54BD1C3EF049903C9060403D58EF9BBD3A556BBED8CEC5BDF464ADBD38A459BD40BFF23B",
      torch_tensor_48_8_torch.float32: "0x04000000A047F43CE00AF23C922C51BE767A14BEFE507CBE300D6CBEAE5C7C3E9083533E90D9723D12E3723E186FB9BD080212BECE3E5A3E60F258BCF072423D6E56173E6EE7063E8E9512BE6002C6BDB8426CBE4076343C508FB7BD30E95B3DC08F3E3CD43F5A3E4063B03C064B003E0090A13D6E21633EACD7D4BD2AC1553E929D373E6859CCBDFAEB1C3ECCAB6C3E90BF10BEF8B4C7BD5C212F3EEA6A4E3E7810873D203A9D3D629C3D3E845A603E8CE821BEA49AD2BD408B573E50450A3E343CF0BD58B9ADBD5A6F783EBE5620BE40AE243EFC8C143E268475BEC88C7FBE0CF8A93DC835FB3DE6EA623EF06CFC3CC4AC2D3E42EF35BE72CF183E029E76BE64C4263E1009DE3CE0211E3E443FCA3D4E1A31BE80242A3BD885013D8035133D682460BED24E01BE382EF1BD44260BBE2CFC593E86CF103EF8D2D23D087D99BD6AB54FBEB8E8593D70886C3EC8DDE33D74AE4EBE9091B5BCA05D263CD477223E1C4BD83D6E8834BE5C6C71BEDC06983DD4F2F93DE6D3123EE039303EAA4C623E88B8D5BD620179BE90BCFA3DB6EF763E8A773ABE2ADF00BE66305B3E10F2473E70E0C3BCB61E12BE40BA3B3D8ABC7ABE183CCABD188404BD500E74BD9CF7D23D0058AD3BC4B249BEC0E7C8BC6043BE3C96F41F3E00A1663C7088B2BD7C68C73DA0ECEB3D885C423D647709BE24808A3DE863123D6AB40F3EF0E48BBD200485BCE494053E280A08BD0699053EE08724BD4ED7603E00CAFBBAD00158BDA088B13D80604FBCC0ED4C3EE8AD0FBDD61B2C3E2C6584BD60E9B33CB00BA63D044470BE5017453D22360B3E6C20CA3D40D8C83B408CD3BCAC22A13D58019B3D04A6F6BD3CD8C73DE63A5BBE0000213CD809B0BD603AD6BD129F4FBEEA3B493EE0A7BC3C70D88C3C08221ABD6854D4BD62EB45BE400F433D8AB547BE301BDBBD68B0003E8033563EA4A4A3BD1C307CBEC25C7A3E5C950A3E54BF383E40C43ABD400053BD1043C83CF89C7A3D00BFD33BBADD04BE3CAB643E041DEF3DD007B9BC54135ABE242AFCBDD892B2BD60CB2ABD40B38D3DC81F2BBDCC2AB13DEC4726BEC81060BDA468E73DAC6B7B3E144458BEF0E8D43C5232073ED0EFDCBC50926E3DC4D41F3ED25E7EBECC96173EF2DB64BE483B3E3D68F41A3E90BDE8BD80E5133B1AC375BE00487CBC4A43103E8030FF3D64D4883DB00DA8BC64C8D1BD0A18503E2437973D282DB63D604EF93D38B890BD303E9CBCBA8F713E4824653E86147EBEFC775ABEB42193BD406B813D3AF605BE58B0FD3DC8AD65BE7090F7BC9803253EC0B182BD341183BD601E5E3D981B443ED8B4653D00FDCA3B00B6CABBB4F158BE04C6CABD9EFA7E3E4C562BBECC96F13D08CBB1BD1C4AAD3D6C4CE33DE60B353E4EDA1EBE98ED01BD9E812EBE20B0503D605AF2BD3070CA3CE89C52BE002167BD1CDA55BE189C58BE68D0B03DC03D273CE858BCBDBC90E1BDF2C05E3E008FD93CE4488E3D464F7F3EA268773E708A59BD1E61013E809827BB02FE44BE46CC253EF01201BD70A8CDBCE090733DD8964B3EA0A513BD605AEDBCD454DA3D10E8353D5C20F33D9EF27A3E5C6C98BD2ABE3B3E14275BBE702B183D9420A53D4CC66CBE6E6A7CBE44EE8EBD389903BDEC09243EE0CBD3BD7CAF523E5027B1BD74AC853D6AF6353ED62D083EB01DCFBDD0A1E93DD870933D7C7450BEA4C3353E82FE6E3E006DDABA6E57793E10DAC6BC802D08BC00DDD4BC609F643DD445E73DD22449BEB40FADBDB0FD39BED8B045BD38FD8F3D2C7621BE685A2F3D082A75BEA46BCB3D62D51A3E6C87A8BD0869103E68AF17BD8E6E2EBEE2306DBE042966BE944E9A3DF030223D94A63FBE503A06BD10D7823CE04F093CF63F0A3E3A0E763EA0551F3E941CEE3D3AA61C3EF897FFBD904BCEBD8058E8BDF8262E3D2872673D404F6B3DF64722BE722E7CBEE0D594BDF84DF03DACF86EBE7C55D13DA470BE3D8E750FBE20F3433EDA680EBE1C1CE63D205276BCA03143BEB097BDBD9CDEF73D721D4ABE9656593E30D8BCBDBC37B6BD7AA954BEA06A53BEB26969BE60267A3DEE2E503EEC3CB03DCA3C4C3EC4643CBE7EE14CBE3E73673EE09FE63C8A03113ECCCDE93DF0DF7D3D9091EEBDD8DF633E286D40BD4E1E6DBE0CD5C03D621231BEE018613D2074743EDC4DD1BD"
    }
  }
#-}

