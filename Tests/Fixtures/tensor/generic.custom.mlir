module {
  func.func @ops(%arg0: tensor<?x4xf32>, %arg1: tensor<*xf32>, %arg2: index, %arg3: index, %arg4: f32, %arg5: tensor<8x16xf32>, %arg6: tensor<2x3x2xindex>) {
    %0 = tensor.bitcast %arg5 : tensor<8x16xf32> to tensor<8x16xi32>
    %cast = tensor.cast %arg0 : tensor<?x4xf32> to tensor<2x4xf32>
    %dim = tensor.dim %arg0, %arg2 : tensor<?x4xf32>
    %1 = tensor.empty(%arg2) : tensor<?x5xf32>
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<?x4xf32>
    %extracted_slice = tensor.extract_slice %arg5[0, %arg2] [4, %arg3] [1, 2] : tensor<8x16xf32> to tensor<4x?xf32>
    %from_elements = tensor.from_elements %arg4, %arg4 : tensor<2xf32>
    %inserted = tensor.insert %arg4 into %arg0[%arg2, %arg3] : tensor<?x4xf32>
    %inserted_slice = tensor.insert_slice %extracted_slice into %arg5[0, %arg2] [4, %arg3] [1, 2] : tensor<4x?xf32> into tensor<8x16xf32>
    %rank = tensor.rank %arg1 : tensor<*xf32>
    %splat = tensor.splat %arg4 : tensor<4x4xf32>
    %splat_0 = tensor.splat %arg4[%arg2] : tensor<?x4xf32>
    %concat = tensor.concat dim(0) %arg0, %arg0 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %generated = tensor.generate %arg2 {
    ^bb0(%arg7: index, %arg8: index):
      tensor.yield %arg4 : f32
    } : tensor<?x3xf32>
    %padded = tensor.pad %arg5 low[1, %arg2] high[2, 0] {
    ^bb0(%arg7: index, %arg8: index):
      tensor.yield %arg4 : f32
    } : tensor<8x16xf32> to tensor<11x?xf32>
    %padded_1 = tensor.pad %arg5 nofold low[0, 0] high[0, 0] {
    ^bb0(%arg7: index, %arg8: index):
      tensor.yield %arg4 : f32
    } : tensor<8x16xf32> to tensor<8x16xf32>
    %expanded = tensor.expand_shape %arg5 [[0, 1], [2]] output_shape [2, 4, 16] : tensor<8x16xf32> into tensor<2x4x16xf32>
    %collapsed = tensor.collapse_shape %expanded [[0, 1], [2]] : tensor<2x4x16xf32> into tensor<8x16xf32>
    %cst = arith.constant dense<128> : tensor<1xi32>
    %reshape = tensor.reshape %arg5(%cst) : (tensor<8x16xf32>, tensor<1xi32>) -> tensor<128xf32>
    %2 = tensor.empty() : tensor<4x5x6xf32>
    %gather = tensor.gather %2[%arg6] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x1x1x6xf32>
    %3 = tensor.empty() : tensor<2x3x1x1x6xf32>
    %scatter = tensor.scatter %3 into %2[%arg6] scatter_dims([0, 1]) unique : (tensor<2x3x1x1x6xf32>, tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<4x5x6xf32>
    %gather_2 = tensor.gather %2[%arg6] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x6xf32>
    return
  }
}

