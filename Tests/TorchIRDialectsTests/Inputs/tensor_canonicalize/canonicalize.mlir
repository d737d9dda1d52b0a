// Folders and canonicalization patterns of the tensor dialect; the expected
// output is torch-mlir-opt --canonicalize of this file
// (Tests/Fixtures/tensor/canonicalize.canonicalize.mlir). Each function
// makes at most one new constant, so the result does not depend on the
// order in which the canonicalizer hoists constants.

// tensor.dim of a static size, of tensor.empty / generate / extract_slice
// sizes and through tensor.cast; tensor.rank of a ranked tensor.
func.func @dim_static(%t: tensor<4x?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %0 = tensor.dim %t, %c0 : tensor<4x?xf32>
  return %0 : index
}
func.func @dim_empty(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %e = tensor.empty(%n) : tensor<?x8xf32>
  %0 = tensor.dim %e, %c0 : tensor<?x8xf32>
  return %0 : index
}
func.func @dim_cast(%t: tensor<4x?xf32>) -> index {
  %c1 = arith.constant 1 : index
  %cast = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %0 = tensor.dim %cast, %c1 : tensor<?x?xf32>
  return %0 : index
}
func.func @dim_generate(%n: index) -> index {
  %c1 = arith.constant 1 : index
  %g = tensor.generate %n {
  ^bb0(%i: index, %j: index):
    %f = arith.constant 1.0 : f32
    tensor.yield %f : f32
  } : tensor<3x?xf32>
  %0 = tensor.dim %g, %c1 : tensor<3x?xf32>
  return %0 : index
}
func.func @dim_slice(%t: tensor<4x?xf32>, %n: index) -> index {
  %c1 = arith.constant 1 : index
  %s = tensor.extract_slice %t[0, 0] [2, %n] [1, 1] : tensor<4x?xf32> to tensor<2x?xf32>
  %0 = tensor.dim %s, %c1 : tensor<2x?xf32>
  return %0 : index
}
func.func @dim_dynamic_index(%t: tensor<4x?xf32>, %i: index) -> index {
  %0 = tensor.dim %t, %i : tensor<4x?xf32>
  return %0 : index
}
func.func @rank(%t: tensor<4x?xf32>, %u: tensor<*xf32>) -> (index, index) {
  %0 = tensor.rank %t : tensor<4x?xf32>
  %1 = tensor.rank %u : tensor<*xf32>
  return %0, %1 : index, index
}

// Chains of casts collapse when no runtime check is lost; identity casts fold.
func.func @casts(%t: tensor<?x4xf32>, %u: tensor<4x4xf32>) -> (tensor<?x?xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<?x4xf32>) {
  %0 = tensor.cast %t : tensor<?x4xf32> to tensor<?x?xf32>
  %1 = tensor.cast %0 : tensor<?x?xf32> to tensor<*xf32>
  %2 = tensor.cast %1 : tensor<*xf32> to tensor<?x?xf32>
  %3 = tensor.cast %u : tensor<4x4xf32> to tensor<?x4xf32>
  %4 = tensor.cast %3 : tensor<?x4xf32> to tensor<4x4xf32>
  %5 = tensor.cast %t : tensor<?x4xf32> to tensor<4x4xf32>
  %6 = tensor.cast %t : tensor<?x4xf32> to tensor<?x4xf32>
  return %2, %4, %5, %6 : tensor<?x?xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<?x4xf32>
}
func.func @casts_kept(%t: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = tensor.cast %t : tensor<?x?xf32> to tensor<4x?xf32>
  %1 = tensor.cast %0 : tensor<4x?xf32> to tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}

// tensor.extract from constants and from tensor.from_elements.
func.func @extract_splat(%i: index) -> f32 {
  %c1 = arith.constant 1 : index
  %splat = arith.constant dense<2.5> : tensor<4x4xf32>
  %0 = tensor.extract %splat[%i, %c1] : tensor<4x4xf32>
  return %0 : f32
}
func.func @extract_dense() -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %dense = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %0 = tensor.extract %dense[%c1, %c0] : tensor<2x2xf32>
  return %0 : f32
}
func.func @extract_ints() -> i32 {
  %c1 = arith.constant 1 : index
  %ints = arith.constant dense<[7, 8, 9]> : tensor<3xi32>
  %0 = tensor.extract %ints[%c1] : tensor<3xi32>
  return %0 : i32
}
func.func @extract_out_of_bounds() -> i32 {
  %c3 = arith.constant 3 : index
  %ints = arith.constant dense<[7, 8, 9]> : tensor<3xi32>
  %0 = tensor.extract %ints[%c3] : tensor<3xi32>
  return %0 : i32
}
func.func @extract_from_elements(%a: f32, %b: f32, %c: f32, %d: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %fe = tensor.from_elements %a, %b, %c, %d : tensor<2x2xf32>
  %0 = tensor.extract %fe[%c1, %c0] : tensor<2x2xf32>
  return %0 : f32
}

// Constant tensor.from_elements and tensor.splat become constants.
func.func @from_elements_constant() -> tensor<2xf32> {
  %f1 = arith.constant 1.0 : f32
  %f2 = arith.constant 2.0 : f32
  %0 = tensor.from_elements %f1, %f2 : tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func @from_elements_splat() -> tensor<3xi32> {
  %i5 = arith.constant 5 : i32
  %0 = tensor.from_elements %i5, %i5, %i5 : tensor<3xi32>
  return %0 : tensor<3xi32>
}
func.func @splat_constant() -> tensor<2x2xf32> {
  %f2 = arith.constant 2.0 : f32
  %0 = tensor.splat %f2 : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// tensor.empty with constant dynamic sizes becomes static plus a cast.
func.func @empty(%n: index) -> tensor<?x?x4xf32> {
  %c8 = arith.constant 8 : index
  %0 = tensor.empty(%c8, %n) : tensor<?x?x4xf32>
  return %0 : tensor<?x?x4xf32>
}

// Identity slices, pads, concats and reshapes fold to their source.
func.func @identities(%t: tensor<4x8xf32>, %s: tensor<4x8xf32>, %f: f32) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %0 = tensor.extract_slice %t[0, 0] [4, 8] [1, 1] : tensor<4x8xf32> to tensor<4x8xf32>
  %1 = tensor.insert_slice %s into %t[0, 0] [4, 8] [1, 1] : tensor<4x8xf32> into tensor<4x8xf32>
  %2 = tensor.pad %t low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<4x8xf32> to tensor<4x8xf32>
  %3 = tensor.concat dim(0) %t : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %e = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, 2, 8] : tensor<4x8xf32> into tensor<2x2x8xf32>
  %4 = tensor.collapse_shape %e [[0, 1], [2]] : tensor<2x2x8xf32> into tensor<4x8xf32>
  %5 = tensor.pad %t nofold low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<4x8xf32> to tensor<4x8xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}

// Reshapes of constants fold to reshaped constants.
func.func @collapse_constant() -> tensor<4xi32> {
  %c = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %0 = tensor.collapse_shape %c [[0, 1]] : tensor<2x2xi32> into tensor<4xi32>
  return %0 : tensor<4xi32>
}
func.func @expand_constant() -> tensor<2x2xf32> {
  %s = arith.constant dense<1.0> : tensor<4xf32>
  %0 = tensor.expand_shape %s [[0, 1]] output_shape [2, 2] : tensor<4xf32> into tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Unused pure ops are erased.
func.func @dead(%t: tensor<4xf32>, %n: index) {
  %0 = tensor.empty(%n) : tensor<?xf32>
  %1 = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  return
}

// Constant index operands of slices become static (with a cast back to the
// original type), unless the slice would run out of bounds; casts that only
// drop static sizes fold into extract_slice, insert_slice and extract.
func.func @slice_const(%t: tensor<8x16xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %0 = tensor.extract_slice %t[%c0, 2] [%c4, %c4] [1, 1] : tensor<8x16xf32> to tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
func.func @slice_const_oob(%t: tensor<8x16xf32>) -> tensor<?x4xf32> {
  %c9 = arith.constant 9 : index
  %0 = tensor.extract_slice %t[0, 2] [%c9, 4] [1, 1] : tensor<8x16xf32> to tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
func.func @insert_const(%t: tensor<8x16xf32>, %s: tensor<?x4xf32>) -> tensor<8x16xf32> {
  %c2 = arith.constant 2 : index
  %0 = tensor.insert_slice %s into %t[0, 0] [%c2, 4] [1, 1] : tensor<?x4xf32> into tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}
func.func @slice_of_cast(%t: tensor<8x16xf32>, %i: index) -> tensor<4x4xf32> {
  %c = tensor.cast %t : tensor<8x16xf32> to tensor<?x?xf32>
  %0 = tensor.extract_slice %c[%i, 0] [4, 4] [1, 1] : tensor<?x?xf32> to tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}
func.func @extract_of_cast(%t: tensor<8x16xf32>, %i: index) -> f32 {
  %c = tensor.cast %t : tensor<8x16xf32> to tensor<?x?xf32>
  %0 = tensor.extract %c[%i, %i] : tensor<?x?xf32>
  return %0 : f32
}
func.func @slice_of_empty(%i: index) -> tensor<4x?xf32> {
  %e = tensor.empty(%i) : tensor<8x?xf32>
  %0 = tensor.extract_slice %e[0, 0] [4, %i] [1, 1] : tensor<8x?xf32> to tensor<4x?xf32>
  return %0 : tensor<4x?xf32>
}
func.func @insert_of_cast(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>, %i: index, %n: index) -> tensor<8x16xf32> {
  %c = tensor.cast %s : tensor<4x4xf32> to tensor<?x4xf32>
  %0 = tensor.insert_slice %c into %t[%i, 0] [%n, 4] [1, 1] : tensor<?x4xf32> into tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}
func.func @insert_into_cast(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>, %i: index) -> tensor<?x16xf32> {
  %c = tensor.cast %t : tensor<8x16xf32> to tensor<?x16xf32>
  %0 = tensor.insert_slice %s into %c[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}
func.func @slice_const_reduced(%t: tensor<8x16xf32>) -> tensor<?xf32> {
  %c4 = arith.constant 4 : index
  %0 = tensor.extract_slice %t[0, 2] [1, %c4] [1, 1] : tensor<8x16xf32> to tensor<?xf32>
  return %0 : tensor<?xf32>
}

// Reshape chains compose; reshapes of splat/from_elements are rebuilt; generate
// with constant extents becomes static and extract of a generate evaluates its
// body; pads fold zero padding, constant padding and casts of their source.
func.func @expand_empty(%n: index) -> tensor<2x4x?xf32> {
  %e = tensor.empty(%n) : tensor<8x?xf32>
  %0 = tensor.expand_shape %e [[0, 1], [2]] output_shape [2, 4, %n] : tensor<8x?xf32> into tensor<2x4x?xf32>
  return %0 : tensor<2x4x?xf32>
}
func.func @collapse_empty() -> tensor<32xf32> {
  %e = tensor.empty() : tensor<8x4xf32>
  %0 = tensor.collapse_shape %e [[0, 1]] : tensor<8x4xf32> into tensor<32xf32>
  return %0 : tensor<32xf32>
}
func.func @collapse_collapse(%t: tensor<2x3x4x5xf32>) -> tensor<120xf32> {
  %0 = tensor.collapse_shape %t [[0, 1], [2], [3]] : tensor<2x3x4x5xf32> into tensor<6x4x5xf32>
  %1 = tensor.collapse_shape %0 [[0, 1, 2]] : tensor<6x4x5xf32> into tensor<120xf32>
  return %1 : tensor<120xf32>
}
func.func @expand_expand(%t: tensor<120xf32>) -> tensor<2x3x4x5xf32> {
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [6, 20] : tensor<120xf32> into tensor<6x20xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2, 3]] output_shape [2, 3, 4, 5] : tensor<6x20xf32> into tensor<2x3x4x5xf32>
  return %1 : tensor<2x3x4x5xf32>
}
func.func @collapse_splat(%f: f32) -> tensor<32xf32> {
  %s = tensor.splat %f : tensor<8x4xf32>
  %0 = tensor.collapse_shape %s [[0, 1]] : tensor<8x4xf32> into tensor<32xf32>
  return %0 : tensor<32xf32>
}
func.func @collapse_from_elements(%a: f32, %b: f32) -> tensor<2xf32> {
  %s = tensor.from_elements %a, %b : tensor<1x2xf32>
  %0 = tensor.collapse_shape %s [[0, 1]] : tensor<1x2xf32> into tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func @generate_static(%f: f32) -> tensor<?x4xf32> {
  %c3 = arith.constant 3 : index
  %0 = tensor.generate %c3 {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
func.func @extract_generate(%f: f32, %n: index, %i: index) -> index {
  %0 = tensor.generate %n {
  ^bb0(%a: index):
    tensor.yield %a : index
  } : tensor<?xindex>
  %1 = tensor.extract %0[%i] : tensor<?xindex>
  return %1 : index
}
func.func @pad_zero(%t: tensor<4x8xf32>, %f: f32) -> tensor<?x8xf32> {
  %c0 = arith.constant 0 : index
  %0 = tensor.pad %t low[%c0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<4x8xf32> to tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
func.func @pad_static(%t: tensor<4x8xf32>, %f: f32) -> tensor<?x8xf32> {
  %c1 = arith.constant 1 : index
  %0 = tensor.pad %t low[%c1, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<4x8xf32> to tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
func.func @pad_of_cast(%t: tensor<4x8xf32>, %f: f32) -> tensor<?x?xf32> {
  %c = tensor.cast %t : tensor<4x8xf32> to tensor<?x?xf32>
  %0 = tensor.pad %c low[1, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
func.func @dim_expand(%t: tensor<?x4xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, %n, 4] : tensor<?x4xf32> into tensor<2x?x4xf32>
  %1 = tensor.dim %0, %c0 : tensor<2x?x4xf32>
  return %1 : index
}
func.func @concat_cast(%a: tensor<4x8xf32>, %b: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %0 = tensor.concat dim(0) %a, %b : (tensor<4x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
func.func @extract_generate_body(%n: index, %i: index) -> i32 {
  %0 = tensor.generate %n {
  ^bb0(%a: index):
    %c = arith.index_cast %a : index to i32
    %d = arith.addi %c, %c : i32
    tensor.yield %d : i32
  } : tensor<?xi32>
  %1 = tensor.extract %0[%i] : tensor<?xi32>
  return %1 : i32
}
func.func @pad_nofold_zero(%t: tensor<4x8xf32>, %f: f32) -> tensor<4x8xf32> {
  %0 = tensor.pad %t nofold low[0, 0] high[0, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<4x8xf32> to tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
func.func @pad_high_const(%t: tensor<?x8xf32>, %f: f32, %n: index) -> tensor<?x?xf32> {
  %c2 = arith.constant 2 : index
  %0 = tensor.pad %t low[%n, 1] high[0, %c2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<?x8xf32> to tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
func.func @expand_dynamic(%t: tensor<?xf32>, %n: index, %m: index) -> tensor<2x?x3x?xf32> {
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [2, %n] : tensor<?xf32> into tensor<2x?xf32>
  %1 = tensor.expand_shape %0 [[0], [1, 2, 3]] output_shape [2, %m, 3, %m] : tensor<2x?xf32> into tensor<2x?x3x?xf32>
  return %1 : tensor<2x?x3x?xf32>
}
func.func @collapse_of_expand(%t: tensor<12x5xf32>) -> tensor<3x20xf32> {
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [3, 4, 5] : tensor<12x5xf32> into tensor<3x4x5xf32>
  %1 = tensor.collapse_shape %0 [[0], [1, 2]] : tensor<3x4x5xf32> into tensor<3x20xf32>
  return %1 : tensor<3x20xf32>
}
func.func @expand_of_collapse(%t: tensor<2x3x4xf32>) -> tensor<6x2x2xf32> {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %1 = tensor.expand_shape %0 [[0], [1, 2]] output_shape [6, 2, 2] : tensor<6x4xf32> into tensor<6x2x2xf32>
  return %1 : tensor<6x2x2xf32>
}
func.func @generate_all_static(%f: f32) -> tensor<?x?xf32> {
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %0 = tensor.generate %c3, %c4 {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// Splat constants through extract_slice, insert and reshape; reshape chains
// and no-op reshapes; bitcast chains.
func.func @slice_splat() -> tensor<2x2xf32> {
  %c = arith.constant dense<1.5> : tensor<4x4xf32>
  %0 = tensor.extract_slice %c[0, 0] [2, 2] [1, 1] : tensor<4x4xf32> to tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
func.func @insert_splat(%i: index) -> tensor<4xf32> {
  %c = arith.constant dense<1.5> : tensor<4xf32>
  %f = arith.constant 1.5 : f32
  %0 = tensor.insert %f into %c[%i] : tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @reshape_const() -> tensor<4xf32> {
  %c = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %s = arith.constant dense<[4]> : tensor<1xindex>
  %0 = tensor.reshape %c(%s) : (tensor<2x2xf32>, tensor<1xindex>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @reshape_same(%t: tensor<4xf32>, %s: tensor<1xindex>) -> tensor<4xf32> {
  %0 = tensor.reshape %t(%s) : (tensor<4xf32>, tensor<1xindex>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @reshape_reshape(%t: tensor<4xf32>, %s: tensor<2xindex>, %s2: tensor<1xindex>) -> tensor<4xf32> {
  %0 = tensor.reshape %t(%s) : (tensor<4xf32>, tensor<2xindex>) -> tensor<2x2xf32>
  %1 = tensor.reshape %0(%s2) : (tensor<2x2xf32>, tensor<1xindex>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
func.func @bitcast_chain(%t: tensor<4xf32>) -> tensor<4xui32> {
  %0 = tensor.bitcast %t : tensor<4xf32> to tensor<4xi32>
  %1 = tensor.bitcast %0 : tensor<4xi32> to tensor<4xui32>
  return %1 : tensor<4xui32>
}
func.func @from_elements_of_extracts(%t: tensor<2xf32>) -> tensor<2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = tensor.extract %t[%c0] : tensor<2xf32>
  %b = tensor.extract %t[%c1] : tensor<2xf32>
  %0 = tensor.from_elements %a, %b : tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func @reshape_dims(%t: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %d = tensor.dim %t, %c0 : tensor<?x4xf32>
  %s = tensor.from_elements %d, %c4 : tensor<2xindex>
  %0 = tensor.reshape %t(%s) : (tensor<?x4xf32>, tensor<2xindex>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// Casts to more static types fold into extract_slice and tensor.empty; concat
// refines operand and result types, and a single-input concat is a cast.
func.func @cast_of_slice(%t: tensor<8x16xf32>, %i: index, %n: index) -> tensor<4x4xf32> {
  %0 = tensor.extract_slice %t[%i, 0] [%n, 4] [1, 1] : tensor<8x16xf32> to tensor<?x4xf32>
  %1 = tensor.cast %0 : tensor<?x4xf32> to tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}
func.func @concat_single(%a: tensor<4x8xf32>) -> tensor<?x8xf32> {
  %0 = tensor.concat dim(0) %a : (tensor<4x8xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
func.func @concat_infer(%a: tensor<4x8xf32>, %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = tensor.concat dim(0) %a, %b : (tensor<4x8xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
func.func @cast_of_empty(%n: index) -> tensor<4xf32> {
  %0 = tensor.empty(%n) : tensor<?xf32>
  %1 = tensor.cast %0 : tensor<?xf32> to tensor<4xf32>
  return %1 : tensor<4xf32>
}

// Extract after insert of the same slice, insert over the same slice, and
// inserting back the extracted slice.
func.func @extract_after_insert(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>, %i: index) -> tensor<4x4xf32> {
  %0 = tensor.insert_slice %s into %t[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  %1 = tensor.extract_slice %0[%i, 0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}
func.func @insert_after_insert(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>, %u: tensor<4x4xf32>, %i: index) -> tensor<8x16xf32> {
  %0 = tensor.insert_slice %s into %t[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  %1 = tensor.insert_slice %u into %0[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  return %1 : tensor<8x16xf32>
}
func.func @insert_after_extract(%t: tensor<8x16xf32>, %i: index) -> tensor<8x16xf32> {
  %0 = tensor.extract_slice %t[%i, 0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
  %1 = tensor.insert_slice %0 into %t[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  return %1 : tensor<8x16xf32>
}
func.func @different_slices(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>, %i: index) -> tensor<4x4xf32> {
  %0 = tensor.insert_slice %s into %t[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  %1 = tensor.extract_slice %0[%i, 4] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// Identity bitcasts, cast chains and extracts from sparse constants.
func.func @tensor_bitcast_chain_nop(%input: tensor<4xi32>) -> tensor<4xi32> {
  %0 = tensor.bitcast %input : tensor<4xi32> to tensor<4xui32>
  %1 = tensor.bitcast %0 : tensor<4xui32> to tensor<4xi32>
  return %1 : tensor<4xi32>
}
func.func @cast_values(%arg0: tensor<*xi32>) -> tensor<2xi32> {
  %0 = tensor.cast %arg0 : tensor<*xi32> to tensor<*xi32>
  %2 = tensor.cast %0 : tensor<*xi32> to tensor<2xi32>
  %4 = tensor.cast %2 : tensor<2xi32> to tensor<2xi32>
  return %4 : tensor<2xi32>
}
func.func @cast_chain_ok(%input: tensor<*xi32>) -> tensor<4x8xi32> {
  %0 = tensor.cast %input : tensor<*xi32> to tensor<4x?xi32>
  %1 = tensor.cast %0 : tensor<4x?xi32> to tensor<4x8xi32>
  return %1 : tensor<4x8xi32>
}
func.func @cast_chain_invalid(%input: tensor<4x8xi32>) -> tensor<8x4xi32> {
  %0 = tensor.cast %input : tensor<4x8xi32> to tensor<?x?xi32>
  %1 = tensor.cast %0 : tensor<?x?xi32> to tensor<8x4xi32>
  return %1 : tensor<8x4xi32>
}
func.func @fold_concat(%arg0: tensor<1x2x?xi32>) -> (tensor<1x2x3xi32>, tensor<1x2x?xi32>) {
  %0 = tensor.concat dim(2) %arg0 : (tensor<1x2x?xi32>) -> tensor<1x2x3xi32>
  %1 = tensor.concat dim(2) %arg0 : (tensor<1x2x?xi32>) -> tensor<1x2x?xi32>
  return %0, %1 : tensor<1x2x3xi32>, tensor<1x2x?xi32>
}
func.func @sparse_extract_listed() -> f16 {
  %const_1 = arith.constant 1 : index
  %1 = arith.constant sparse<[[0, 0, 0], [1, 1, 1]],  [-5.0, -2.0]> : tensor<4x4x4xf16>
  %ext_2 = tensor.extract %1[%const_1, %const_1, %const_1] : tensor<4x4x4xf16>
  return %ext_2 : f16
}
func.func @sparse_extract_zero() -> f16 {
  %const_0 = arith.constant 0 : index
  %2 = arith.constant sparse<[[1, 1, 1]],  [-2.0]> : tensor<2x2x2xf16>
  %ext_3 = tensor.extract %2[%const_0, %const_0, %const_0] : tensor<2x2x2xf16>
  return %ext_3 : f16
}
func.func @sparse_extract_int() -> i32 {
  %c2 = arith.constant 2 : index
  %2 = arith.constant sparse<[[2], [3]],  [7, 9]> : tensor<4xi32>
  %0 = tensor.extract %2[%c2] : tensor<4xi32>
  return %0 : i32
}
func.func @dense_extract() -> i32 {
  %const_0 = arith.constant 0 : index
  %const_1 = arith.constant 1 : index
  %const_3 = arith.constant 3 : index
  %3 = arith.constant dense<[[[1, -2, 1, 36]], [[0, 2, -1, 64]]]> : tensor<2x1x4xi32>
  %ext_4 = tensor.extract %3[%const_1, %const_0, %const_3] : tensor<2x1x4xi32>
  return %ext_4 : i32
}

// Inserting an empty slice leaves the destination; extracts outside a
// from_elements stay; extract of a generate whose body uses tensor.dim.
func.func @insert_nothing(%src: tensor<2x0xf32>, %dst: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %0 = tensor.insert_slice %src into %dst[1, 1] [2, 0] [1, 1] : tensor<2x0xf32> into tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}
func.func @insert_nothing_dynamic(%src: tensor<?x3xf32>, %dst: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %c0 = arith.constant 0 : index
  %0 = tensor.insert_slice %src into %dst[0, 1] [%c0, 3] [1, 1] : tensor<?x3xf32> into tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}
func.func @extract_before_start(%a: f32, %b: f32) -> f32 {
  %m1 = arith.constant -1 : index
  %t = tensor.from_elements %a, %b : tensor<2xf32>
  %0 = tensor.extract %t[%m1] : tensor<2xf32>
  return %0 : f32
}
func.func @extract_past_end(%a: f32, %b: f32) -> f32 {
  %c2 = arith.constant 2 : index
  %t = tensor.from_elements %a, %b : tensor<2xf32>
  %0 = tensor.extract %t[%c2] : tensor<2xf32>
  return %0 : f32
}
func.func @extract_generate_of_dims(%u: tensor<*xf32>, %i: index, %j: index) -> index {
  %r = tensor.rank %u : tensor<*xf32>
  %g = tensor.generate %r, %r {
  ^bb0(%p: index, %q: index):
    %a = tensor.dim %u, %p : tensor<*xf32>
    %b = tensor.dim %u, %q : tensor<*xf32>
    %m = arith.muli %a, %b : index
    tensor.yield %m : index
  } : tensor<?x?xindex>
  %0 = tensor.extract %g[%j, %i] : tensor<?x?xindex>
  return %0 : index
}

// Gather from a splat; casts and constant sizes flowing through insert_slice
// into generated destinations.
func.func @gather_of_splat(%idx: tensor<3x1xindex>) -> tensor<3x1x5xi32> {
  %c = arith.constant dense<7> : tensor<6x5xi32>
  %0 = tensor.gather %c[%idx] gather_dims([0]) : (tensor<6x5xi32>, tensor<3x1xindex>) -> tensor<3x1x5xi32>
  return %0 : tensor<3x1x5xi32>
}
func.func @insert_into_generated(%s: tensor<2x?xi32>, %v: i32, %n: index, %j: index) -> tensor<?x?xi32> {
  %c1 = arith.constant 1 : index
  %c6 = arith.constant 6 : index
  %w = tensor.dim %s, %c1 : tensor<2x?xi32>
  %g = tensor.generate %n, %c6 {
  ^bb0(%p: index, %q: index):
    tensor.yield %v : i32
  } : tensor<?x?xi32>
  %0 = tensor.insert_slice %s into %g[0, %j] [2, %w] [1, 1] : tensor<2x?xi32> into tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}
func.func @cast_of_insert(%s: tensor<2x2xi32>, %v: i32) -> tensor<4x6xi32> {
  %c4 = arith.constant 4 : index
  %c6 = arith.constant 6 : index
  %g = tensor.generate %c4, %c6 {
  ^bb0(%p: index, %q: index):
    tensor.yield %v : i32
  } : tensor<?x?xi32>
  %0 = tensor.insert_slice %s into %g[1, 1] [2, 2] [1, 1] : tensor<2x2xi32> into tensor<?x?xi32>
  %1 = tensor.cast %0 : tensor<?x?xi32> to tensor<4x6xi32>
  return %1 : tensor<4x6xi32>
}
func.func @insert_cast_src_dynamic_sizes(%a: tensor<1x?xf32>, %d: tensor<?x?xf32>, %i: index, %j: index, %k: index, %l: index) -> tensor<?x?xf32> {
  %c = tensor.cast %a : tensor<1x?xf32> to tensor<?x?xf32>
  %0 = tensor.insert_slice %c into %d[%i, %j] [%k, %l] [1, 1] : tensor<?x?xf32> into tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
func.func @insert_src_gets_cast(%a: tensor<?x3x?xf32>, %d: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %c16 = arith.constant 16 : index
  %0 = tensor.insert_slice %a into %d[0, 0, 1] [%c16, 3, %c16] [1, 1, 1] : tensor<?x3x?xf32> into tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// A collapse of an expand (and the reverse) becomes one reshape when the
// static groups line up.
func.func @collapse_then_expand_same(%t: tensor<2x6x5xf32>) -> tensor<2x6x5xf32> {
  %0 = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x6x5xf32> into tensor<12x5xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2]] output_shape [2, 6, 5] : tensor<12x5xf32> into tensor<2x6x5xf32>
  return %1 : tensor<2x6x5xf32>
}
func.func @collapse_all_then_expand(%t: tensor<2x3x5x7xf32>) -> tensor<6x35xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2, 3]] : tensor<2x3x5x7xf32> into tensor<210xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [6, 35] : tensor<210xf32> into tensor<6x35xf32>
  return %1 : tensor<6x35xf32>
}
func.func @expand_then_collapse(%t: tensor<6x35xf32>) -> tensor<6x5x7xf32> {
  %0 = tensor.expand_shape %t [[0, 1], [2, 3]] output_shape [2, 3, 5, 7] : tensor<6x35xf32> into tensor<2x3x5x7xf32>
  %1 = tensor.collapse_shape %0 [[0, 1], [2], [3]] : tensor<2x3x5x7xf32> into tensor<6x5x7xf32>
  return %1 : tensor<6x5x7xf32>
}
func.func @expand_then_collapse_unit(%t: tensor<8xf32>) -> tensor<8x1xf32> {
  %0 = tensor.expand_shape %t [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
  %1 = tensor.collapse_shape %0 [[0], [1, 2]] : tensor<8x1x1xf32> into tensor<8x1xf32>
  return %1 : tensor<8x1xf32>
}
func.func @expand_of_collapse_regroup(%t: tensor<2x3x4x5x6xf32>) -> tensor<6x20x6xf32> {
  %0 = tensor.collapse_shape %t [[0, 1, 2, 3, 4]] : tensor<2x3x4x5x6xf32> into tensor<720xf32>
  %1 = tensor.expand_shape %0 [[0, 1, 2]] output_shape [6, 20, 6] : tensor<720xf32> into tensor<6x20x6xf32>
  return %1 : tensor<6x20x6xf32>
}
func.func @expand_of_collapse_split(%t: tensor<6x20xf32>) -> tensor<2x3x4x5xf32> {
  %0 = tensor.collapse_shape %t [[0, 1]] : tensor<6x20xf32> into tensor<120xf32>
  %1 = tensor.expand_shape %0 [[0, 1, 2, 3]] output_shape [2, 3, 4, 5] : tensor<120xf32> into tensor<2x3x4x5xf32>
  return %1 : tensor<2x3x4x5xf32>
}
func.func @expand_of_collapse_mismatch(%t: tensor<4x6xf32>) -> tensor<3x8xf32> {
  %0 = tensor.collapse_shape %t [[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [3, 8] : tensor<24xf32> into tensor<3x8xf32>
  return %1 : tensor<3x8xf32>
}
func.func @collapse_of_expand_incompatible(%t: tensor<4x6x8xf32>) -> tensor<2x6x16xf32> {
  %0 = tensor.expand_shape %t [[0, 1], [2, 3], [4]] output_shape [2, 2, 3, 2, 8] : tensor<4x6x8xf32> into tensor<2x2x3x2x8xf32>
  %1 = tensor.collapse_shape %0 [[0], [1, 2], [3, 4]] : tensor<2x2x3x2x8xf32> into tensor<2x6x16xf32>
  return %1 : tensor<2x6x16xf32>
}
func.func @collapse_of_expand_dynamic(%t: tensor<?x6xf32>, %n: index) -> tensor<?x3x2xf32> {
  %0 = tensor.expand_shape %t [[0], [1, 2]] output_shape [%n, 3, 2] : tensor<?x6xf32> into tensor<?x3x2xf32>
  return %0 : tensor<?x3x2xf32>
}
func.func @expand_collapse_zero_rank(%t: tensor<1x1xf32>) -> tensor<1x1x1xf32> {
  %0 = tensor.collapse_shape %t [] : tensor<1x1xf32> into tensor<f32>
  %1 = tensor.expand_shape %0 [] output_shape [1, 1, 1] : tensor<f32> into tensor<1x1x1xf32>
  return %1 : tensor<1x1x1xf32>
}
