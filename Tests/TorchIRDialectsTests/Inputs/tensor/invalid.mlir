// RUN: --split-input-file --verify-diagnostics

func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.cast' op operand type 'tensor<4xf32>' and result type 'tensor<4xi32>' are cast incompatible}}
  %0 = tensor.cast %t : tensor<4xf32> to tensor<4xi32>
 return }
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.bitcast' op operand type 'tensor<4xf32>' and result type 'tensor<4xi64>' are cast incompatible}}
  %0 = tensor.bitcast %t : tensor<4xf32> to tensor<4xi64>
 return }
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.bitcast' op operand type 'tensor<4xf32>' and result type 'tensor<5xi32>' are cast incompatible}}
  %0 = tensor.bitcast %t : tensor<4xf32> to tensor<5xi32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.empty' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = tensor.empty(%i) : tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4x4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract' op incorrect number of indices for extract_element}}
  %0 = tensor.extract %t[%i] : tensor<4x4xf32>
 return }
// -----
func.func @a(%t: tensor<4x4xf32>, %i: index, %f: f32) {
  // expected-error@+1 {{'tensor.insert' op incorrect number of indices}}
  %0 = tensor.insert %f into %t[%i] : tensor<4x4xf32>
 return }
// -----
func.func @a(%f: f32) {
  // expected-error@+1 {{custom op 'tensor.from_elements' number of operands and types do not match: got 1 operands and 2 types}}
  %0 = tensor.from_elements %f : tensor<2xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{expected type to be 'tensor<4x4xf32>' or a rank-reduced version. (size mismatch)}}
  %0 = tensor.extract_slice %t[0, 0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x5xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{expected mixed offsets rank to match mixed sizes rank (1 vs 2) so the rank of the result type is well-formed.}}
  %0 = tensor.extract_slice %t[0] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{expected 2 offset values, got 3}}
  %0 = tensor.extract_slice %t[0, 0, 0] [4, 4, 4] [1, 1, 1] : tensor<8x16xf32> to tensor<4x4x4xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>, %s: tensor<4x5xf32>) {
  // expected-error@+1 {{expected type to be 'tensor<4x4xf32>' or a rank-reduced version. (size mismatch)}}
  %0 = tensor.insert_slice %s into %t[0, 0] [4, 4] [1, 1] : tensor<4x5xf32> into tensor<8x16xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{expected offsets to be non-negative, but got -1}}
  %0 = tensor.extract_slice %t[0, -1] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{expected sizes to be non-negative, but got -4}}
  %0 = tensor.extract_slice %t[0, 0] [4, -4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.expand_shape' op expected dimension 1 of collapsed type to be static value of 15}}
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, 4, 15] : tensor<8x16xf32> into tensor<2x4x15xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.expand_shape' op expected collapsed rank (2) to equal the number of reassociation maps (1).}}
  %0 = tensor.expand_shape %t [[0, 1]] output_shape [2, 4] : tensor<8x16xf32> into tensor<2x4xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op expected collapsed rank (1) to equal the number of reassociation maps (2).}}
  %0 = tensor.collapse_shape %t [[0], [1]] : tensor<8x16xf32> into tensor<128xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op expected dimension 0 of collapsed type to be static value of 128}}
  %0 = tensor.collapse_shape %t [[0, 1]] : tensor<8x16xf32> into tensor<127xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op expected reassociation map #0 to be valid and contiguous.}}
  %0 = tensor.collapse_shape %t [[1, 0]] : tensor<8x16xf32> into tensor<128xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.expand_shape' op expected collapsed type to be 'tensor<8x16xi32>', but got 'tensor<8x16xf32>'}}
  %0 = tensor.expand_shape %t [[0, 1], [2]] output_shape [2, 4, 16] : tensor<8x16xf32> into tensor<2x4x16xi32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>, %u: tensor<8x16xi32>) {
  // expected-error@+1 {{'tensor.concat' op inputs and result element type must match}}
  %0 = tensor.concat dim(0) %t, %u : (tensor<8x16xf32>, tensor<8x16xi32>) -> tensor<16x16xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.concat' op concatenation dim must be less than the tensor rank}}
  %0 = tensor.concat dim(2) %t, %t : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<16x16xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>) {
  // expected-error@+1 {{'tensor.concat' op result type 'tensor<17x16xf32>'does not match inferred shape 'tensor<16x16xf32>' static sizes}}
  %0 = tensor.concat dim(0) %t, %t : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<17x16xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>, %u: tensor<8x15xf32>) {
  // expected-error@+1 {{'tensor.concat' op static concatenation size mismatch along non-concatenated dimension 1}}
  %0 = tensor.concat dim(0) %t, %u : (tensor<8x16xf32>, tensor<8x15xf32>) -> tensor<16x16xf32>
 return }
// -----
func.func @a(%t: tensor<8x16xf32>, %u: tensor<8xf32>) {
  // expected-error@+1 {{'tensor.concat' op rank of concatenated inputs must match result rank}}
  %0 = tensor.concat dim(0) %t, %u : (tensor<8x16xf32>, tensor<8xf32>) -> tensor<16x16xf32>
 return }
// -----
func.func @a(%i: index, %f: f32) {
  // expected-error@+1 {{must have one body argument per input dimension}}
  %0 = tensor.generate %i {
  ^bb0(%a: index):
    tensor.yield %f : f32
  } : tensor<?x3xf32>
 return }
// -----
func.func @a(%f: f32) {
  // expected-error@+1 {{'tensor.generate' op incorrect number of dynamic sizes, has 0, expected 1}}
  %0 = tensor.generate {
  ^bb0(%a: index):
    tensor.yield %f : f32
  } : tensor<?xf32>
 return }
// -----
func.func @a(%f: f32) {
  // expected-error@+1 {{all body arguments must be index}}
  %0 = tensor.generate {
  ^bb0(%a: i32):
    tensor.yield %f : f32
  } : tensor<3xf32>
 return }
// -----
func.func @a(%f: i32) {
  // expected-error@+1 {{'tensor.generate' op body must be terminated with a `yield` operation of the tensor element type}}
  %0 = tensor.generate {
  ^bb0(%a: index):
    tensor.yield %f : i32
  } : tensor<3xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %f: f32) {
  // expected-error@+1 {{specified type 'tensor<11x16xf32>' does not match the inferred type 'tensor<11x17xf32>'}}
  %0 = tensor.pad %s low[1, 1] high[2, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<11x16xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %f: f32) {
  // expected-error@+1 {{expected the block to have 2 arguments}}
  %0 = tensor.pad %s low[1, 1] high[2, 0] {
  ^bb0(%a: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<11x17xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %f: i32) {
  // expected-error@+1 {{'tensor.pad' op expected yield type to match shape element type}}
  %0 = tensor.pad %s low[1, 1] high[2, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : i32
  } : tensor<8x16xf32> to tensor<11x17xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %f: f32) {
  // expected-error@+1 {{'tensor.pad' op expected block argument 2 to be an index}}
  %0 = tensor.pad %s low[1, 1] high[2, 0] {
  ^bb0(%a: index, %b: i32):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<11x17xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %sh: tensor<1xi32>) {
  // expected-error@+1 {{'tensor.reshape' op source and destination tensor should have the same number of elements}}
  %0 = tensor.reshape %s(%sh) : (tensor<8x16xf32>, tensor<1xi32>) -> tensor<127xf32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %sh: tensor<1xi32>) {
  // expected-error@+1 {{'tensor.reshape' op element types of source and destination tensor types should be the same}}
  %0 = tensor.reshape %s(%sh) : (tensor<8x16xf32>, tensor<1xi32>) -> tensor<128xi32>
 return }
// -----
func.func @a(%s: tensor<8x16xf32>, %sh: tensor<2xi32>) {
  // expected-error@+1 {{'tensor.reshape' op length of shape operand differs from the result's tensor rank}}
  %0 = tensor.reshape %s(%sh) : (tensor<8x16xf32>, tensor<2xi32>) -> tensor<128xf32>
 return }
// -----
func.func @a(%f: f32, %i: index) {
  // expected-error@+1 {{'tensor.splat' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = tensor.splat %f[%i] : tensor<4x4xf32>
 return }
// -----
func.func @a(%f: f32) {
  // expected-error@+1 {{'tensor.yield' op expects parent op to be one of 'tensor.generate, tensor.pad'}}
  tensor.yield %f : f32
 }
// -----
func.func @a(%t: tensor<*xf32>) {
  // expected-error@+1 {{custom op 'tensor.empty' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.empty() : tensor<*xf32>
 return }
// -----
func.func @a(%t: tensor<*xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract' op operand #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.extract"(%t, %i) : (tensor<*xf32>, index) -> f32
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract' op failed to verify that result type matches element type of tensor}}
  %0 = "tensor.extract"(%t, %i) : (tensor<4xf32>, index) -> i32
 return }
// -----
func.func @a(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>) {
  // expected-error@+1 {{expected InParallelOpInterface parent, got:}}
  tensor.parallel_insert_slice %s into %t[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
 return }
// -----
func.func @a(%t: tensor<4x5x6xf32>, %idx: tensor<2x3x2xindex>) {
  // expected-error@+1 {{'tensor.gather' op gather_dims values must be strictly increasing}}
  %0 = tensor.gather %t[%idx] gather_dims([1, 0]) : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x1x1x6xf32>
 return }
// -----
func.func @a(%t: tensor<4x5x6xf32>, %idx: tensor<2x3x2xindex>) { %0 = tensor.gather %t[%idx] gather_dims([0, 1]) : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x6xf32>
 return }
// -----
func.func @a(%t: tensor<4x5x6xf32>, %idx: tensor<2x3x2xindex>) {
  // expected-error@+1 {{'tensor.gather' op gather_dims value must be smaller than source rank}}
  %0 = tensor.gather %t[%idx] gather_dims([0, 3]) : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x1x1x6xf32>
 return }
// -----
func.func @a(%t: tensor<4x5x6xf32>, %idx: tensor<2x3x2xindex>, %s: tensor<2x3x1x1x6xf32>) {
  // expected-error@+1 {{'tensor.scatter' op requires 'unique' attribute to be set}}
  %0 = tensor.scatter %s into %t[%idx] scatter_dims([0, 1]) : (tensor<2x3x1x1x6xf32>, tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<4x5x6xf32>
 return }
// -----
func.func @a(%t: tensor<4x5x6xf32>, %idx: tensor<2x3x2xindex>, %s: tensor<2x3x6xf32>) { %0 = tensor.scatter %s into %t[%idx] scatter_dims([0, 1]) unique : (tensor<2x3x6xf32>, tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<4x5x6xf32>
 return }
// -----
func.func @a(%t: f32) {
  // expected-error@+1 {{'tensor.cast' op operand #0 must be tensor of any non-token type values, but got 'f32'}}
  %0 = "tensor.cast"(%t) : (f32) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: f32) {
  // expected-error@+1 {{'tensor.bitcast' op operand #0 must be tensor of signless integer or unsigned integer or signed integer or floating-point values, but got 'f32'}}
  %0 = "tensor.bitcast"(%t) : (f32) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: f32, %i: index) {
  // expected-error@+1 {{'tensor.dim' op operand #0 must be non-0-ranked or unranked tensor, but got 'f32'}}
  %0 = "tensor.dim"(%t, %i) : (f32, index) -> index
 return }
// -----
func.func @a(%t: f32) {
  // expected-error@+1 {{'tensor.rank' op operand #0 must be tensor of any non-token type values, but got 'f32'}}
  %0 = "tensor.rank"(%t) : (f32) -> index
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.empty' op result #0 must be ranked tensor of any non-token type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.empty"() : () -> tensor<*xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %sh: tensor<1xf32>) {
  // expected-error@+1 {{'tensor.reshape' op operand #1 must be 1D tensor of signless integer or index values, but got 'tensor<1xf32>'}}
  %0 = "tensor.reshape"(%t, %sh) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %sh: tensor<1xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op requires attribute 'reassociation'}}
  %0 = "tensor.collapse_shape"(%t) : (tensor<4xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %sh: tensor<1xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes}}
  %0 = "tensor.collapse_shape"(%t) {reassociation = [1]} : (tensor<4xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract_slice' op operand count (2) does not match with the total size (1) specified in attribute 'operandSegmentSizes'}}
  %0 = "tensor.extract_slice"(%t, %i) {static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0, 0>} : (tensor<4xf32>, index) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract_slice' op operand count (1) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "tensor.extract_slice"(%t) {static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (tensor<4xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (0 vs 1)}}
  %0 = "tensor.extract_slice"(%t) {static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0, 0>} : (tensor<4xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract_slice' op requires attribute 'static_offsets'}}
  %0 = "tensor.extract_slice"(%t) {static_sizes = array<i64: 4>, static_strides = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0, 0>} : (tensor<4xf32>) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.concat' op requires at least one input}}
  %0 = "tensor.concat"() {dim = 0 : i64} : () -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.dim' op result #0 must be index, but got 'i32'}}
  %0 = "tensor.dim"(%t, %i) : (tensor<4xf32>, index) -> i32
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.from_elements' op failed to verify that operand types match result element type}}
  %0 = "tensor.from_elements"(%i) : (index) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.splat' op failed to verify that operand type matches element type of result}}
  %0 = "tensor.splat"(%i) : (index) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.insert' op failed to verify that scalar type matches element type of dest}}
  %0 = "tensor.insert"(%i, %t, %i) : (index, tensor<4xf32>, index) -> tensor<4xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.insert' op failed to verify that result type matches type of dest}}
  %0 = "tensor.insert"(%i, %t, %i) : (index, tensor<4xf32>, index) -> tensor<5xf32>
 return }
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{offset 0 is out-of-bounds: 4 >= 4}}
  %0 = tensor.extract_slice %t[4] [0] [1] : tensor<4xf32> to tensor<0xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{offset 0 is out-of-bounds: 5 >= 4}}
  %0 = tensor.extract_slice %t[5] [%i] [1] : tensor<4xf32> to tensor<?xf32>
  return
}
// -----
func.func @a(%t: tensor<9223372036854775807xf32>) {
  // expected-error@+1 {{offset 0 is out-of-bounds: 9223372036854775807 >= 9223372036854775807}}
  %0 = tensor.extract_slice %t[9223372036854775807] [9223372036854775807] [9223372036854775807] : tensor<9223372036854775807xf32> to tensor<9223372036854775807xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %i: tensor<index>) {
  // expected-error@+1 {{'tensor.gather' op gather_dims length must match the size of last dimension of indices}}
  %0 = "tensor.gather"(%t, %i) <{gather_dims = array<i64: 0>}> : (tensor<4xf32>, tensor<index>) -> tensor<4xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract_slice' op 'operandSegmentSizes' attribute cannot have negative elements}}
  %0 = "tensor.extract_slice"(%t, %i) <{operandSegmentSizes = array<i32: 1, -1, 1, 1>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>}> : (tensor<4xf32>, index) -> tensor<4xf32>
  return
}
// -----
func.func @a(%f: f32) {
  // The element count wraps around in 64 bits, as in MLIR.
  // expected-error@+1 {{custom op 'tensor.from_elements' number of operands and types do not match: got 2 operands and 1 types}}
  %fe = tensor.from_elements %f, %f : tensor<9223372036854775807x9223372036854775807xf32>
  return
}
// -----
func.func @a(%t: tensor<f32>, %i: index) {
  // expected-error@+1 {{'tensor.dim' op operand #0 must be non-0-ranked or unranked tensor, but got 'tensor<f32>'}}
  %0 = tensor.dim %t, %i : tensor<f32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %s: tensor<2xf32>) {
  // expected-error@+1 {{'tensor.insert_slice' op failed to verify that expected result type to match dest type}}
  %0 = "tensor.insert_slice"(%s, %t) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 2>, static_strides = array<i64: 1>}> : (tensor<2xf32>, tensor<4xf32>) -> tensor<5xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.cast' op result #0 must be tensor of any non-token type values, but got 'f32'}}
  %0 = "tensor.cast"(%t) : (tensor<4xf32>) -> f32
  return
}
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.reshape' op operand #1 must be 1D tensor of signless integer or index values, but got 'tensor<4xf32>'}}
  %0 = "tensor.reshape"(%t, %t) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %i: tensor<1x1xindex>) {
  // expected-error@+1 {{'tensor.scatter' op source type mismatch: expected 'tensor<1x1xf32>' or its rank-reduced variant 'tensor<1xf32>' (got: 'tensor<4xf32>')}}
  %0 = "tensor.scatter"(%t, %t, %i) <{scatter_dims = array<i64: 0>, unique}> : (tensor<4xf32>, tensor<4xf32>, tensor<1x1xindex>) -> tensor<5xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>, %f: f32) {
  // expected-error@+1 {{cannot name an operation with no results}}
  %0 = "tensor.yield"(%f) : (f32) -> ()
  return
}
// -----
// The body is verified before tensor.generate checks its terminator.
func.func @a(%m : index, %n : index) -> tensor<?x3x?xf32> {
  %tnsr = tensor.generate %m, %n {
    ^bb0(%i : index, %j : index, %k : index):
      %elem = arith.constant 8.0 : f32
      // expected-error@+1 {{'func.return' op expects parent op 'func.func'}}
      func.return %elem : f32
  } : tensor<?x3x?xf32>
  return %tnsr : tensor<?x3x?xf32>
}
// -----
func.func @a(%t: tensor<8x16xf32>, %s: tensor<4x4xf32>) {
  // expected-error@+1 {{expected InParallelOpInterface parent, got:}}
  tensor.parallel_insert_slice %s into %t[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  return
}
// -----
func.func @a(%arg0: tensor<?x?xf32>) {
  // expected-error@+1 {{'tensor.collapse_shape' op expected reassociation map #0 to have size equal to the expanded rank (2), but it is  3.}}
  %0 = tensor.collapse_shape %arg0 [[0, 1, 2]] : tensor<?x?xf32> into tensor<?xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.pad' op region #0 ('region') failed to verify constraint: region with 1 blocks}}
  %0 = "tensor.pad"(%t) <{operandSegmentSizes = array<i32: 1, 0, 0>, static_low = array<i64: 1>, static_high = array<i64: 1>}> ({
  }) : (tensor<4xf32>) -> tensor<6xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.generate' op region #0 ('body') failed to verify constraint: region with 1 blocks}}
  %0 = "tensor.generate"() ({
  }) : () -> tensor<4xf32>
  return
}
// -----
func.func @a(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.generate' op requires one region}}
  %0 = "tensor.generate"() : () -> tensor<4xf32>
  return
}
