// linalg.softmax (tensors and memrefs) and the Winograd transforms.

func.func @f(%a: tensor<2x16x32xf32>, %b: tensor<2x16x32xf32>, %m: memref<2x16x32xf32>, %fl: tensor<2x3x3x5xf32>, %fo: tensor<6x6x5x2xf32>) -> tensor<2x16x32xf32> {
  %0 = linalg.softmax dimension(2) ins(%a : tensor<2x16x32xf32>) outs(%b : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
  %1 = linalg.softmax {foo} dimension(1) ins(%a : tensor<2x16x32xf32>) outs(%b : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
  linalg.softmax dimension(0) ins(%m : memref<2x16x32xf32>) outs(%m : memref<2x16x32xf32>)
  %2 = linalg.winograd_filter_transform fmr(F_4_3) ins(%fl : tensor<2x3x3x5xf32>) outs(%fo : tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
  return %0 : tensor<2x16x32xf32>
}

func.func @g(%fl: tensor<2x3x3x5xf32>, %fo: tensor<4x4x5x2xf32>, %fl5: tensor<2x5x5x5xf32>, %fo5: tensor<6x6x5x2xf32>, %in: tensor<2x10x10x5xf32>, %io: tensor<6x6x2x2x2x5xf32>, %v: tensor<6x6x2x2x2x2xf32>, %out: tensor<2x8x8x2xf32>) -> tensor<4x4x5x2xf32> {
  %0 = linalg.winograd_filter_transform {foo} fmr(F_2_3) ins(%fl : tensor<2x3x3x5xf32>) outs(%fo : tensor<4x4x5x2xf32>) -> tensor<4x4x5x2xf32>
  %1 = linalg.winograd_filter_transform fmr(F_2_5) ins(%fl5 : tensor<2x5x5x5xf32>) outs(%fo5 : tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
  %2 = linalg.winograd_input_transform fmr(F_4_3) ins(%in : tensor<2x10x10x5xf32>) outs(%io : tensor<6x6x2x2x2x5xf32>) -> tensor<6x6x2x2x2x5xf32>
  %3 = linalg.winograd_output_transform fmr(F_4_3) ins(%v : tensor<6x6x2x2x2x2xf32>) outs(%out : tensor<2x8x8x2xf32>) -> tensor<2x8x8x2xf32>
  return %0 : tensor<4x4x5x2xf32>
}
