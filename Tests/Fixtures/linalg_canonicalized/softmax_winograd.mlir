module {
  func.func @f(%arg0: tensor<2x16x32xf32>, %arg1: tensor<2x16x32xf32>, %arg2: memref<2x16x32xf32>, %arg3: tensor<2x3x3x5xf32>, %arg4: tensor<6x6x5x2xf32>) -> tensor<2x16x32xf32> {
    %0 = linalg.softmax dimension(2) ins(%arg0 : tensor<2x16x32xf32>) outs(%arg1 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    linalg.softmax dimension(0) ins(%arg2 : memref<2x16x32xf32>) outs(%arg2 : memref<2x16x32xf32>)
    %1 = linalg.winograd_filter_transform fmr(F_4_3) ins(%arg3 : tensor<2x3x3x5xf32>) outs(%arg4 : tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
    return %0 : tensor<2x16x32xf32>
  }
  func.func @g(%arg0: tensor<2x3x3x5xf32>, %arg1: tensor<4x4x5x2xf32>, %arg2: tensor<2x5x5x5xf32>, %arg3: tensor<6x6x5x2xf32>, %arg4: tensor<2x10x10x5xf32>, %arg5: tensor<6x6x2x2x2x5xf32>, %arg6: tensor<6x6x2x2x2x2xf32>, %arg7: tensor<2x8x8x2xf32>) -> tensor<4x4x5x2xf32> {
    %0 = linalg.winograd_filter_transform {foo} fmr(F_2_3) ins(%arg0 : tensor<2x3x3x5xf32>) outs(%arg1 : tensor<4x4x5x2xf32>) -> tensor<4x4x5x2xf32>
    %1 = linalg.winograd_filter_transform fmr(F_2_5) ins(%arg2 : tensor<2x5x5x5xf32>) outs(%arg3 : tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
    %2 = linalg.winograd_input_transform fmr(F_4_3) ins(%arg4 : tensor<2x10x10x5xf32>) outs(%arg5 : tensor<6x6x2x2x2x5xf32>) -> tensor<6x6x2x2x2x5xf32>
    %3 = linalg.winograd_output_transform fmr(F_4_3) ins(%arg6 : tensor<6x6x2x2x2x2xf32>) outs(%arg7 : tensor<2x8x8x2xf32>) -> tensor<2x8x8x2xf32>
    return %0 : tensor<4x4x5x2xf32>
  }
}

