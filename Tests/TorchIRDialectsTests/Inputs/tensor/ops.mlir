// Every tensor op in its custom form (attr-dicts, empty and dynamic lists).
func.func @ops(%t: tensor<?x4xf32>, %u: tensor<*xf32>, %i: index, %j: index, %f: f32, %s: tensor<8x16xf32>, %idx: tensor<2x3x2xindex>) {
  %0 = tensor.bitcast %s : tensor<8x16xf32> to tensor<8x16xi32>
  %1 = tensor.cast %t : tensor<?x4xf32> to tensor<2x4xf32>
  %2 = tensor.dim %t, %i : tensor<?x4xf32>
  %3 = tensor.empty(%i) : tensor<?x5xf32>
  %4 = tensor.extract %t[%i, %j] : tensor<?x4xf32>
  %5 = tensor.extract_slice %s[0, %i] [4, %j] [1, 2] : tensor<8x16xf32> to tensor<4x?xf32>
  %6 = tensor.from_elements %f, %f : tensor<2xf32>
  %7 = tensor.insert %f into %t[%i, %j] : tensor<?x4xf32>
  %8 = tensor.insert_slice %5 into %s[0, %i] [4, %j] [1, 2] : tensor<4x?xf32> into tensor<8x16xf32>
  %9 = tensor.rank %u : tensor<*xf32>
  %10 = tensor.splat %f : tensor<4x4xf32>
  %11 = tensor.splat %f[%i] : tensor<?x4xf32>
  %12 = tensor.concat dim(0) %t, %t : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  %13 = tensor.generate %i {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<?x3xf32>
  %14 = tensor.pad %s low[1, %i] high[2, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<11x?xf32>
  %15 = tensor.pad %s nofold low[0, 0] high[0, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<8x16xf32>
  %16 = tensor.expand_shape %s [[0, 1], [2]] output_shape [2, 4, 16] : tensor<8x16xf32> into tensor<2x4x16xf32>
  %17 = tensor.collapse_shape %16 [[0, 1], [2]] : tensor<2x4x16xf32> into tensor<8x16xf32>
  %sh = arith.constant dense<[128]> : tensor<1xi32>
  %18 = tensor.reshape %s(%sh) : (tensor<8x16xf32>, tensor<1xi32>) -> tensor<128xf32>
  %g = tensor.empty() : tensor<4x5x6xf32>
  %19 = tensor.gather %g[%idx] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x1x1x6xf32>
  %src = tensor.empty() : tensor<2x3x1x1x6xf32>
  %20 = tensor.scatter %src into %g[%idx] scatter_dims([0, 1]) unique : (tensor<2x3x1x1x6xf32>, tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<4x5x6xf32>
  %21 = tensor.gather %g[%idx] gather_dims([0, 1]) unique : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x6xf32>
  return
}
