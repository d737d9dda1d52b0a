module {
  func.func @dim_static(%arg0: tensor<4x?xf32>) -> index {
    %c4 = arith.constant 4 : index
    return %c4 : index
  }
  func.func @dim_empty(%arg0: index) -> index {
    return %arg0 : index
  }
  func.func @dim_cast(%arg0: tensor<4x?xf32>) -> index {
    %c1 = arith.constant 1 : index
    %dim = tensor.dim %arg0, %c1 : tensor<4x?xf32>
    return %dim : index
  }
  func.func @dim_generate(%arg0: index) -> index {
    return %arg0 : index
  }
  func.func @dim_slice(%arg0: tensor<4x?xf32>, %arg1: index) -> index {
    return %arg1 : index
  }
  func.func @dim_dynamic_index(%arg0: tensor<4x?xf32>, %arg1: index) -> index {
    %dim = tensor.dim %arg0, %arg1 : tensor<4x?xf32>
    return %dim : index
  }
  func.func @rank(%arg0: tensor<4x?xf32>, %arg1: tensor<*xf32>) -> (index, index) {
    %c2 = arith.constant 2 : index
    %rank = tensor.rank %arg1 : tensor<*xf32>
    return %c2, %rank : index, index
  }
  func.func @casts(%arg0: tensor<?x4xf32>, %arg1: tensor<4x4xf32>) -> (tensor<?x?xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<?x4xf32>) {
    %cast = tensor.cast %arg0 : tensor<?x4xf32> to tensor<?x?xf32>
    %cast_0 = tensor.cast %arg0 : tensor<?x4xf32> to tensor<4x4xf32>
    return %cast, %arg1, %cast_0, %arg0 : tensor<?x?xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<?x4xf32>
  }
  func.func @casts_kept(%arg0: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %cast = tensor.cast %arg0 : tensor<?x?xf32> to tensor<4x?xf32>
    %cast_0 = tensor.cast %cast : tensor<4x?xf32> to tensor<?x?xf32>
    return %cast_0 : tensor<?x?xf32>
  }
  func.func @extract_splat(%arg0: index) -> f32 {
    %cst = arith.constant 2.500000e+00 : f32
    return %cst : f32
  }
  func.func @extract_dense() -> f32 {
    %cst = arith.constant 3.000000e+00 : f32
    return %cst : f32
  }
  func.func @extract_ints() -> i32 {
    %c8_i32 = arith.constant 8 : i32
    return %c8_i32 : i32
  }
  func.func @extract_out_of_bounds() -> i32 {
    %c3 = arith.constant 3 : index
    %cst = arith.constant dense<[7, 8, 9]> : tensor<3xi32>
    %extracted = tensor.extract %cst[%c3] : tensor<3xi32>
    return %extracted : i32
  }
  func.func @extract_from_elements(%arg0: f32, %arg1: f32, %arg2: f32, %arg3: f32) -> f32 {
    return %arg2 : f32
  }
  func.func @from_elements_constant() -> tensor<2xf32> {
    %cst = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
    return %cst : tensor<2xf32>
  }
  func.func @from_elements_splat() -> tensor<3xi32> {
    %cst = arith.constant dense<5> : tensor<3xi32>
    return %cst : tensor<3xi32>
  }
  func.func @splat_constant() -> tensor<2x2xf32> {
    %cst = arith.constant dense<2.000000e+00> : tensor<2x2xf32>
    return %cst : tensor<2x2xf32>
  }
  func.func @empty(%arg0: index) -> tensor<?x?x4xf32> {
    %0 = tensor.empty(%arg0) : tensor<8x?x4xf32>
    %cast = tensor.cast %0 : tensor<8x?x4xf32> to tensor<?x?x4xf32>
    return %cast : tensor<?x?x4xf32>
  }
  func.func @identities(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: f32) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
    %padded = tensor.pad %arg0 nofold low[0, 0] high[0, 0] {
    ^bb0(%arg3: index, %arg4: index):
      tensor.yield %arg2 : f32
    } : tensor<4x8xf32> to tensor<4x8xf32>
    return %arg0, %arg1, %arg0, %arg0, %arg0, %padded : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
  }
  func.func @collapse_constant() -> tensor<4xi32> {
    %cst = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
    return %cst : tensor<4xi32>
  }
  func.func @expand_constant() -> tensor<2x2xf32> {
    %cst = arith.constant dense<1.000000e+00> : tensor<2x2xf32>
    return %cst : tensor<2x2xf32>
  }
  func.func @dead(%arg0: tensor<4xf32>, %arg1: index) {
    return
  }
  func.func @slice_const(%arg0: tensor<8x16xf32>) -> tensor<?x?xf32> {
    %extracted_slice = tensor.extract_slice %arg0[0, 2] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
    %cast = tensor.cast %extracted_slice : tensor<4x4xf32> to tensor<?x?xf32>
    return %cast : tensor<?x?xf32>
  }
  func.func @slice_const_oob(%arg0: tensor<8x16xf32>) -> tensor<?x4xf32> {
    %c9 = arith.constant 9 : index
    %extracted_slice = tensor.extract_slice %arg0[0, 2] [%c9, 4] [1, 1] : tensor<8x16xf32> to tensor<?x4xf32>
    return %extracted_slice : tensor<?x4xf32>
  }
  func.func @insert_const(%arg0: tensor<8x16xf32>, %arg1: tensor<?x4xf32>) -> tensor<8x16xf32> {
    %cast = tensor.cast %arg1 : tensor<?x4xf32> to tensor<2x4xf32>
    %inserted_slice = tensor.insert_slice %cast into %arg0[0, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x16xf32>
    return %inserted_slice : tensor<8x16xf32>
  }
  func.func @slice_of_cast(%arg0: tensor<8x16xf32>, %arg1: index) -> tensor<4x4xf32> {
    %extracted_slice = tensor.extract_slice %arg0[%arg1, 0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
    return %extracted_slice : tensor<4x4xf32>
  }
  func.func @extract_of_cast(%arg0: tensor<8x16xf32>, %arg1: index) -> f32 {
    %extracted = tensor.extract %arg0[%arg1, %arg1] : tensor<8x16xf32>
    return %extracted : f32
  }
  func.func @slice_of_empty(%arg0: index) -> tensor<4x?xf32> {
    %0 = tensor.empty(%arg0) : tensor<8x?xf32>
    %extracted_slice = tensor.extract_slice %0[0, 0] [4, %arg0] [1, 1] : tensor<8x?xf32> to tensor<4x?xf32>
    return %extracted_slice : tensor<4x?xf32>
  }
  func.func @insert_of_cast(%arg0: tensor<8x16xf32>, %arg1: tensor<4x4xf32>, %arg2: index, %arg3: index) -> tensor<8x16xf32> {
    %inserted_slice = tensor.insert_slice %arg1 into %arg0[%arg2, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
    return %inserted_slice : tensor<8x16xf32>
  }
  func.func @insert_into_cast(%arg0: tensor<8x16xf32>, %arg1: tensor<4x4xf32>, %arg2: index) -> tensor<?x16xf32> {
    %inserted_slice = tensor.insert_slice %arg1 into %arg0[%arg2, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
    %cast = tensor.cast %inserted_slice : tensor<8x16xf32> to tensor<?x16xf32>
    return %cast : tensor<?x16xf32>
  }
  func.func @slice_const_reduced(%arg0: tensor<8x16xf32>) -> tensor<?xf32> {
    %extracted_slice = tensor.extract_slice %arg0[0, 2] [1, 4] [1, 1] : tensor<8x16xf32> to tensor<4xf32>
    %cast = tensor.cast %extracted_slice : tensor<4xf32> to tensor<?xf32>
    return %cast : tensor<?xf32>
  }
  func.func @expand_empty(%arg0: index) -> tensor<2x4x?xf32> {
    %0 = tensor.empty(%arg0) : tensor<8x?xf32>
    %expanded = tensor.expand_shape %0 [[0, 1], [2]] output_shape [2, 4, %arg0] : tensor<8x?xf32> into tensor<2x4x?xf32>
    return %expanded : tensor<2x4x?xf32>
  }
  func.func @collapse_empty() -> tensor<32xf32> {
    %0 = tensor.empty() : tensor<8x4xf32>
    %collapsed = tensor.collapse_shape %0 [[0, 1]] : tensor<8x4xf32> into tensor<32xf32>
    return %collapsed : tensor<32xf32>
  }
  func.func @collapse_collapse(%arg0: tensor<2x3x4x5xf32>) -> tensor<120xf32> {
    %collapsed = tensor.collapse_shape %arg0 [[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
    return %collapsed : tensor<120xf32>
  }
  func.func @expand_expand(%arg0: tensor<120xf32>) -> tensor<2x3x4x5xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1, 2, 3]] output_shape [2, 3, 4, 5] : tensor<120xf32> into tensor<2x3x4x5xf32>
    return %expanded : tensor<2x3x4x5xf32>
  }
  func.func @collapse_splat(%arg0: f32) -> tensor<32xf32> {
    %splat = tensor.splat %arg0 : tensor<32xf32>
    return %splat : tensor<32xf32>
  }
  func.func @collapse_from_elements(%arg0: f32, %arg1: f32) -> tensor<2xf32> {
    %from_elements = tensor.from_elements %arg0, %arg1 : tensor<2xf32>
    return %from_elements : tensor<2xf32>
  }
  func.func @generate_static(%arg0: f32) -> tensor<?x4xf32> {
    %generated = tensor.generate  {
    ^bb0(%arg1: index, %arg2: index):
      tensor.yield %arg0 : f32
    } : tensor<3x4xf32>
    %cast = tensor.cast %generated : tensor<3x4xf32> to tensor<?x4xf32>
    return %cast : tensor<?x4xf32>
  }
  func.func @extract_generate(%arg0: f32, %arg1: index, %arg2: index) -> index {
    return %arg2 : index
  }
  func.func @pad_zero(%arg0: tensor<4x8xf32>, %arg1: f32) -> tensor<?x8xf32> {
    %cast = tensor.cast %arg0 : tensor<4x8xf32> to tensor<?x8xf32>
    return %cast : tensor<?x8xf32>
  }
  func.func @pad_static(%arg0: tensor<4x8xf32>, %arg1: f32) -> tensor<?x8xf32> {
    %padded = tensor.pad %arg0 low[1, 0] high[0, 0] {
    ^bb0(%arg2: index, %arg3: index):
      tensor.yield %arg1 : f32
    } : tensor<4x8xf32> to tensor<5x8xf32>
    %cast = tensor.cast %padded : tensor<5x8xf32> to tensor<?x8xf32>
    return %cast : tensor<?x8xf32>
  }
  func.func @pad_of_cast(%arg0: tensor<4x8xf32>, %arg1: f32) -> tensor<?x?xf32> {
    %padded = tensor.pad %arg0 low[1, 0] high[0, 0] {
    ^bb0(%arg2: index, %arg3: index):
      tensor.yield %arg1 : f32
    } : tensor<4x8xf32> to tensor<5x8xf32>
    %cast = tensor.cast %padded : tensor<5x8xf32> to tensor<?x?xf32>
    return %cast : tensor<?x?xf32>
  }
  func.func @dim_expand(%arg0: tensor<?x4xf32>, %arg1: index) -> index {
    %c2 = arith.constant 2 : index
    return %c2 : index
  }
  func.func @concat_cast(%arg0: tensor<4x8xf32>, %arg1: tensor<?x8xf32>) -> tensor<?x8xf32> {
    %concat = tensor.concat dim(0) %arg0, %arg1 : (tensor<4x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    return %concat : tensor<?x8xf32>
  }
  func.func @extract_generate_body(%arg0: index, %arg1: index) -> i32 {
    %0 = arith.index_cast %arg1 : index to i32
    %1 = arith.addi %0, %0 : i32
    return %1 : i32
  }
  func.func @pad_nofold_zero(%arg0: tensor<4x8xf32>, %arg1: f32) -> tensor<4x8xf32> {
    %padded = tensor.pad %arg0 nofold low[0, 0] high[0, 0] {
    ^bb0(%arg2: index, %arg3: index):
      tensor.yield %arg1 : f32
    } : tensor<4x8xf32> to tensor<4x8xf32>
    return %padded : tensor<4x8xf32>
  }
  func.func @pad_high_const(%arg0: tensor<?x8xf32>, %arg1: f32, %arg2: index) -> tensor<?x?xf32> {
    %padded = tensor.pad %arg0 low[%arg2, 1] high[0, 2] {
    ^bb0(%arg3: index, %arg4: index):
      tensor.yield %arg1 : f32
    } : tensor<?x8xf32> to tensor<?x11xf32>
    %cast = tensor.cast %padded : tensor<?x11xf32> to tensor<?x?xf32>
    return %cast : tensor<?x?xf32>
  }
  func.func @expand_dynamic(%arg0: tensor<?xf32>, %arg1: index, %arg2: index) -> tensor<2x?x3x?xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1, 2, 3]] output_shape [2, %arg2, 3, %arg2] : tensor<?xf32> into tensor<2x?x3x?xf32>
    return %expanded : tensor<2x?x3x?xf32>
  }
  func.func @collapse_of_expand(%arg0: tensor<12x5xf32>) -> tensor<3x20xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1], [2]] output_shape [3, 4, 5] : tensor<12x5xf32> into tensor<3x4x5xf32>
    %collapsed = tensor.collapse_shape %expanded [[0], [1, 2]] : tensor<3x4x5xf32> into tensor<3x20xf32>
    return %collapsed : tensor<3x20xf32>
  }
  func.func @expand_of_collapse(%arg0: tensor<2x3x4xf32>) -> tensor<6x2x2xf32> {
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
    %expanded = tensor.expand_shape %collapsed [[0], [1, 2]] output_shape [6, 2, 2] : tensor<6x4xf32> into tensor<6x2x2xf32>
    return %expanded : tensor<6x2x2xf32>
  }
  func.func @generate_all_static(%arg0: f32) -> tensor<?x?xf32> {
    %generated = tensor.generate  {
    ^bb0(%arg1: index, %arg2: index):
      tensor.yield %arg0 : f32
    } : tensor<3x4xf32>
    %cast = tensor.cast %generated : tensor<3x4xf32> to tensor<?x?xf32>
    return %cast : tensor<?x?xf32>
  }
  func.func @slice_splat() -> tensor<2x2xf32> {
    %cst = arith.constant dense<1.500000e+00> : tensor<2x2xf32>
    return %cst : tensor<2x2xf32>
  }
  func.func @insert_splat(%arg0: index) -> tensor<4xf32> {
    %cst = arith.constant dense<1.500000e+00> : tensor<4xf32>
    return %cst : tensor<4xf32>
  }
  func.func @reshape_const() -> tensor<4xf32> {
    %cst = arith.constant dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
    %cst_0 = arith.constant dense<4> : tensor<1xindex>
    %reshape = tensor.reshape %cst(%cst_0) : (tensor<2x2xf32>, tensor<1xindex>) -> tensor<4xf32>
    return %reshape : tensor<4xf32>
  }
  func.func @reshape_same(%arg0: tensor<4xf32>, %arg1: tensor<1xindex>) -> tensor<4xf32> {
    return %arg0 : tensor<4xf32>
  }
  func.func @reshape_reshape(%arg0: tensor<4xf32>, %arg1: tensor<2xindex>, %arg2: tensor<1xindex>) -> tensor<4xf32> {
    return %arg0 : tensor<4xf32>
  }
  func.func @bitcast_chain(%arg0: tensor<4xf32>) -> tensor<4xui32> {
    %0 = tensor.bitcast %arg0 : tensor<4xf32> to tensor<4xui32>
    return %0 : tensor<4xui32>
  }
  func.func @from_elements_of_extracts(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %extracted = tensor.extract %arg0[%c0] : tensor<2xf32>
    %extracted_0 = tensor.extract %arg0[%c1] : tensor<2xf32>
    %from_elements = tensor.from_elements %extracted, %extracted_0 : tensor<2xf32>
    return %from_elements : tensor<2xf32>
  }
  func.func @reshape_dims(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
    return %arg0 : tensor<?x4xf32>
  }
  func.func @cast_of_slice(%arg0: tensor<8x16xf32>, %arg1: index, %arg2: index) -> tensor<4x4xf32> {
    %extracted_slice = tensor.extract_slice %arg0[%arg1, 0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
    return %extracted_slice : tensor<4x4xf32>
  }
  func.func @concat_single(%arg0: tensor<4x8xf32>) -> tensor<?x8xf32> {
    %cast = tensor.cast %arg0 : tensor<4x8xf32> to tensor<?x8xf32>
    return %cast : tensor<?x8xf32>
  }
  func.func @concat_infer(%arg0: tensor<4x8xf32>, %arg1: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %cast = tensor.cast %arg1 : tensor<?x?xf32> to tensor<?x8xf32>
    %concat = tensor.concat dim(0) %arg0, %cast : (tensor<4x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %cast_0 = tensor.cast %concat : tensor<?x8xf32> to tensor<?x?xf32>
    return %cast_0 : tensor<?x?xf32>
  }
  func.func @cast_of_empty(%arg0: index) -> tensor<4xf32> {
    %0 = tensor.empty() : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func @extract_after_insert(%arg0: tensor<8x16xf32>, %arg1: tensor<4x4xf32>, %arg2: index) -> tensor<4x4xf32> {
    return %arg1 : tensor<4x4xf32>
  }
  func.func @insert_after_insert(%arg0: tensor<8x16xf32>, %arg1: tensor<4x4xf32>, %arg2: tensor<4x4xf32>, %arg3: index) -> tensor<8x16xf32> {
    %inserted_slice = tensor.insert_slice %arg2 into %arg0[%arg3, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
    return %inserted_slice : tensor<8x16xf32>
  }
  func.func @insert_after_extract(%arg0: tensor<8x16xf32>, %arg1: index) -> tensor<8x16xf32> {
    return %arg0 : tensor<8x16xf32>
  }
  func.func @different_slices(%arg0: tensor<8x16xf32>, %arg1: tensor<4x4xf32>, %arg2: index) -> tensor<4x4xf32> {
    %inserted_slice = tensor.insert_slice %arg1 into %arg0[%arg2, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
    %extracted_slice = tensor.extract_slice %inserted_slice[%arg2, 4] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
    return %extracted_slice : tensor<4x4xf32>
  }
  func.func @tensor_bitcast_chain_nop(%arg0: tensor<4xi32>) -> tensor<4xi32> {
    return %arg0 : tensor<4xi32>
  }
  func.func @cast_values(%arg0: tensor<*xi32>) -> tensor<2xi32> {
    %cast = tensor.cast %arg0 : tensor<*xi32> to tensor<2xi32>
    return %cast : tensor<2xi32>
  }
  func.func @cast_chain_ok(%arg0: tensor<*xi32>) -> tensor<4x8xi32> {
    %cast = tensor.cast %arg0 : tensor<*xi32> to tensor<4x8xi32>
    return %cast : tensor<4x8xi32>
  }
  func.func @cast_chain_invalid(%arg0: tensor<4x8xi32>) -> tensor<8x4xi32> {
    %cast = tensor.cast %arg0 : tensor<4x8xi32> to tensor<?x?xi32>
    %cast_0 = tensor.cast %cast : tensor<?x?xi32> to tensor<8x4xi32>
    return %cast_0 : tensor<8x4xi32>
  }
  func.func @fold_concat(%arg0: tensor<1x2x?xi32>) -> (tensor<1x2x3xi32>, tensor<1x2x?xi32>) {
    %cast = tensor.cast %arg0 : tensor<1x2x?xi32> to tensor<1x2x3xi32>
    return %cast, %arg0 : tensor<1x2x3xi32>, tensor<1x2x?xi32>
  }
  func.func @sparse_extract_listed() -> f16 {
    %cst = arith.constant -2.000000e+00 : f16
    return %cst : f16
  }
  func.func @sparse_extract_zero() -> f16 {
    %cst = arith.constant 0.000000e+00 : f16
    return %cst : f16
  }
  func.func @sparse_extract_int() -> i32 {
    %c7_i32 = arith.constant 7 : i32
    return %c7_i32 : i32
  }
  func.func @dense_extract() -> i32 {
    %c64_i32 = arith.constant 64 : i32
    return %c64_i32 : i32
  }
  func.func @insert_nothing(%arg0: tensor<2x0xf32>, %arg1: tensor<4x4xf32>) -> tensor<4x4xf32> {
    return %arg1 : tensor<4x4xf32>
  }
  func.func @insert_nothing_dynamic(%arg0: tensor<?x3xf32>, %arg1: tensor<4x4xf32>) -> tensor<4x4xf32> {
    return %arg1 : tensor<4x4xf32>
  }
  func.func @extract_before_start(%arg0: f32, %arg1: f32) -> f32 {
    %c-1 = arith.constant -1 : index
    %from_elements = tensor.from_elements %arg0, %arg1 : tensor<2xf32>
    %extracted = tensor.extract %from_elements[%c-1] : tensor<2xf32>
    return %extracted : f32
  }
  func.func @extract_past_end(%arg0: f32, %arg1: f32) -> f32 {
    %c2 = arith.constant 2 : index
    %from_elements = tensor.from_elements %arg0, %arg1 : tensor<2xf32>
    %extracted = tensor.extract %from_elements[%c2] : tensor<2xf32>
    return %extracted : f32
  }
  func.func @extract_generate_of_dims(%arg0: tensor<*xf32>, %arg1: index, %arg2: index) -> index {
    %dim = tensor.dim %arg0, %arg2 : tensor<*xf32>
    %dim_0 = tensor.dim %arg0, %arg1 : tensor<*xf32>
    %0 = arith.muli %dim, %dim_0 : index
    return %0 : index
  }
  func.func @gather_of_splat(%arg0: tensor<3x1xindex>) -> tensor<3x1x5xi32> {
    %cst = arith.constant dense<7> : tensor<3x1x5xi32>
    return %cst : tensor<3x1x5xi32>
  }
  func.func @insert_into_generated(%arg0: tensor<2x?xi32>, %arg1: i32, %arg2: index, %arg3: index) -> tensor<?x?xi32> {
    %c1 = arith.constant 1 : index
    %dim = tensor.dim %arg0, %c1 : tensor<2x?xi32>
    %generated = tensor.generate %arg2 {
    ^bb0(%arg4: index, %arg5: index):
      tensor.yield %arg1 : i32
    } : tensor<?x6xi32>
    %inserted_slice = tensor.insert_slice %arg0 into %generated[0, %arg3] [2, %dim] [1, 1] : tensor<2x?xi32> into tensor<?x6xi32>
    %cast = tensor.cast %inserted_slice : tensor<?x6xi32> to tensor<?x?xi32>
    return %cast : tensor<?x?xi32>
  }
  func.func @cast_of_insert(%arg0: tensor<2x2xi32>, %arg1: i32) -> tensor<4x6xi32> {
    %generated = tensor.generate  {
    ^bb0(%arg2: index, %arg3: index):
      tensor.yield %arg1 : i32
    } : tensor<4x6xi32>
    %inserted_slice = tensor.insert_slice %arg0 into %generated[1, 1] [2, 2] [1, 1] : tensor<2x2xi32> into tensor<4x6xi32>
    return %inserted_slice : tensor<4x6xi32>
  }
  func.func @insert_cast_src_dynamic_sizes(%arg0: tensor<1x?xf32>, %arg1: tensor<?x?xf32>, %arg2: index, %arg3: index, %arg4: index, %arg5: index) -> tensor<?x?xf32> {
    %inserted_slice = tensor.insert_slice %arg0 into %arg1[%arg2, %arg3] [1, %arg5] [1, 1] : tensor<1x?xf32> into tensor<?x?xf32>
    return %inserted_slice : tensor<?x?xf32>
  }
  func.func @insert_src_gets_cast(%arg0: tensor<?x3x?xf32>, %arg1: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
    %cast = tensor.cast %arg0 : tensor<?x3x?xf32> to tensor<16x3x16xf32>
    %inserted_slice = tensor.insert_slice %cast into %arg1[0, 0, 1] [16, 3, 16] [1, 1, 1] : tensor<16x3x16xf32> into tensor<?x?x?xf32>
    return %inserted_slice : tensor<?x?x?xf32>
  }
  func.func @collapse_then_expand_same(%arg0: tensor<2x6x5xf32>) -> tensor<2x6x5xf32> {
    return %arg0 : tensor<2x6x5xf32>
  }
  func.func @collapse_all_then_expand(%arg0: tensor<2x3x5x7xf32>) -> tensor<6x35xf32> {
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2, 3]] : tensor<2x3x5x7xf32> into tensor<6x35xf32>
    return %collapsed : tensor<6x35xf32>
  }
  func.func @expand_then_collapse(%arg0: tensor<6x35xf32>) -> tensor<6x5x7xf32> {
    %expanded = tensor.expand_shape %arg0 [[0], [1, 2]] output_shape [6, 5, 7] : tensor<6x35xf32> into tensor<6x5x7xf32>
    return %expanded : tensor<6x5x7xf32>
  }
  func.func @expand_then_collapse_unit(%arg0: tensor<8xf32>) -> tensor<8x1xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1]] output_shape [8, 1] : tensor<8xf32> into tensor<8x1xf32>
    return %expanded : tensor<8x1xf32>
  }
  func.func @expand_of_collapse_regroup(%arg0: tensor<2x3x4x5x6xf32>) -> tensor<6x20x6xf32> {
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2, 3], [4]] : tensor<2x3x4x5x6xf32> into tensor<6x20x6xf32>
    return %collapsed : tensor<6x20x6xf32>
  }
  func.func @expand_of_collapse_split(%arg0: tensor<6x20xf32>) -> tensor<2x3x4x5xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1], [2, 3]] output_shape [2, 3, 4, 5] : tensor<6x20xf32> into tensor<2x3x4x5xf32>
    return %expanded : tensor<2x3x4x5xf32>
  }
  func.func @expand_of_collapse_mismatch(%arg0: tensor<4x6xf32>) -> tensor<3x8xf32> {
    %collapsed = tensor.collapse_shape %arg0 [[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
    %expanded = tensor.expand_shape %collapsed [[0, 1]] output_shape [3, 8] : tensor<24xf32> into tensor<3x8xf32>
    return %expanded : tensor<3x8xf32>
  }
  func.func @collapse_of_expand_incompatible(%arg0: tensor<4x6x8xf32>) -> tensor<2x6x16xf32> {
    %expanded = tensor.expand_shape %arg0 [[0, 1], [2, 3], [4]] output_shape [2, 2, 3, 2, 8] : tensor<4x6x8xf32> into tensor<2x2x3x2x8xf32>
    %collapsed = tensor.collapse_shape %expanded [[0], [1, 2], [3, 4]] : tensor<2x2x3x2x8xf32> into tensor<2x6x16xf32>
    return %collapsed : tensor<2x6x16xf32>
  }
  func.func @collapse_of_expand_dynamic(%arg0: tensor<?x6xf32>, %arg1: index) -> tensor<?x3x2xf32> {
    %expanded = tensor.expand_shape %arg0 [[0], [1, 2]] output_shape [%arg1, 3, 2] : tensor<?x6xf32> into tensor<?x3x2xf32>
    return %expanded : tensor<?x3x2xf32>
  }
  func.func @expand_collapse_zero_rank(%arg0: tensor<1x1xf32>) -> tensor<1x1x1xf32> {
    %expanded = tensor.expand_shape %arg0 [[0], [1, 2]] output_shape [1, 1, 1] : tensor<1x1xf32> into tensor<1x1x1xf32>
    return %expanded : tensor<1x1x1xf32>
  }
}

