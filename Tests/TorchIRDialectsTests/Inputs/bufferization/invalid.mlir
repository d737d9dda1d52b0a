// RUN: --split-input-file --verify-diagnostics

func.func @to_tensor_operand(%m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.to_tensor' op operand #0 must be BufferLikeType instance, but got 'tensor<4xf32>'}}
  %0 = "bufferization.to_tensor"(%m) : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @to_tensor_result(%m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.to_tensor' op result #0 must be TensorLikeType instance, but got 'memref<4xf32>'}}
  %0 = "bufferization.to_tensor"(%m) : (memref<4xf32>) -> memref<4xf32>
  return
}

// -----

func.func @to_buffer_operand(%m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.to_buffer' op operand #0 must be TensorLikeType instance, but got 'memref<4xf32>'}}
  %0 = "bufferization.to_buffer"(%m) : (memref<4xf32>) -> memref<4xf32>
  return
}

// -----

func.func @to_buffer_result(%m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.to_buffer' op result #0 must be BufferLikeType instance, but got 'tensor<4xf32>'}}
  %0 = "bufferization.to_buffer"(%m) : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @dealloc_tensor_count(%m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.dealloc_tensor' op requires a single operand}}
  "bufferization.dealloc_tensor"(%m, %m) : (tensor<4xf32>, tensor<4xf32>) -> ()
  return
}

// -----

func.func @dealloc_tensor_memref(%m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.dealloc_tensor' op operand #0 must be tensor of any non-token type values, but got 'memref<4xf32>'}}
  "bufferization.dealloc_tensor"(%m) : (memref<4xf32>) -> ()
  return
}

// -----

func.func @clone_tensor(%a: tensor<2xf32>) {
  // expected-error @+1 {{'bufferization.clone' op operand #0 must be ranked or unranked memref of any non-token type values, but got 'tensor<2xf32>'}}
  %0 = "bufferization.clone"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @alloc_static_sizes(%d: index) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op incorrect number of dynamic sizes, has 1, expected 0}}
  %0 = bufferization.alloc_tensor(%d) : tensor<4xf32>
  return
}

// -----

func.func @alloc_missing_sizes(%d: index) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op incorrect number of dynamic sizes, has 1, expected 2}}
  %0 = bufferization.alloc_tensor(%d) : tensor<?x?xf32>
  return
}

// -----

func.func @alloc_copy_sizes(%d: index, %t: tensor<?xf32>) {
  // expected-error @+1 {{dynamic sizes not needed when copying a tensor}}
  %0 = bufferization.alloc_tensor(%d) copy(%t) : tensor<?xf32>
  return
}

// -----

func.func @alloc_copy_type(%t: tensor<4xf32>) {
  // expected-error @+1 {{expected that `copy` and return type match}}
  %0 = "bufferization.alloc_tensor"(%t) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<4xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @alloc_result(%t: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op result #0 must be tensor of any non-token type values, but got 'memref<4xf32>'}}
  %0 = "bufferization.alloc_tensor"(%t) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<4xf32>) -> memref<4xf32>
  return
}

// -----

func.func @alloc_copy_memref(%t: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand #0 must be tensor of any non-token type values, but got 'memref<4xf32>'}}
  %0 = "bufferization.alloc_tensor"(%t) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (memref<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @alloc_size_type(%a: f32) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand #0 must be variadic of index, but got 'f32'}}
  %0 = "bufferization.alloc_tensor"(%a) <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (f32) -> tensor<?xf32>
  return
}

// -----

func.func @alloc_hint_type(%a: f32) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand #0 must be index, but got 'f32'}}
  %0 = "bufferization.alloc_tensor"(%a) <{operandSegmentSizes = array<i32: 0, 0, 1>}> : (f32) -> tensor<4xf32>
  return
}

// -----

func.func @alloc_two_copies(%t: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand group starting at #0 requires 0 or 1 element, but found 2}}
  %0 = "bufferization.alloc_tensor"(%t, %t) <{operandSegmentSizes = array<i32: 0, 2, 0>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @alloc_segment_total(%a: index) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand count (1) does not match with the total size (2) specified in attribute 'operandSegmentSizes'}}
  %0 = "bufferization.alloc_tensor"(%a) <{operandSegmentSizes = array<i32: 0, 0, 2>}> : (index) -> tensor<2xf32>
  return
}

// -----

func.func @alloc_no_segments(%a: index) {
  // expected-error @+1 {{'bufferization.alloc_tensor' op operand count (1) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "bufferization.alloc_tensor"(%a) : (index) -> tensor<?xf32>
  return
}

// -----

func.func @materialize_writable(%t: tensor<4xf32>, %m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op 'writable' must be specified if and only if the destination is of memref type}}
  bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, memref<4xf32>) -> ()
  return
}

// -----

func.func @materialize_shapes(%t: tensor<4xf32>, %m: tensor<5xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op source/destination shapes are incompatible}}
  %0 = bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, tensor<5xf32>) -> tensor<5xf32>
  return
}

// -----

func.func @materialize_rank(%t: tensor<4xf32>, %m: tensor<4x1xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op source rank (1) does not match destination rank (2)}}
  %0 = bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  return
}

// -----

func.func @materialize_unranked(%t: tensor<*xf32>, %m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op source/destination shapes are incompatible}}
  %0 = bufferization.materialize_in_destination %t in %m : (tensor<*xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @materialize_no_result(%t: tensor<4xf32>, %m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op tensor 'dest' implies exactly one tensor result}}
  bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, tensor<4xf32>) -> ()
  return
}

// -----

func.func @materialize_memref_result(%t: tensor<4xf32>, %m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op memref 'dest' implies zero results}}
  %0 = bufferization.materialize_in_destination %t in writable %m : (tensor<4xf32>, memref<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @materialize_restrict(%t: tensor<4xf32>, %m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op 'restrict' is valid only for memref destinations}}
  %0 = bufferization.materialize_in_destination %t in restrict %m : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @materialize_tensor_writable(%t: tensor<4xf32>, %m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op 'writable' must be specified if and only if the destination is of memref type}}
  %0 = bufferization.materialize_in_destination %t in writable %m : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @materialize_result_type(%t: tensor<4xf32>, %m: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op result and 'dest' types must match}}
  %0 = bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, tensor<4xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @materialize_elements(%t: tensor<4xf32>, %m: tensor<4xi32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op failed to verify that all of {source, dest} have same element type}}
  %0 = bufferization.materialize_in_destination %t in %m : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xi32>
  return
}

// -----

func.func @materialize_source(%m: memref<4xf32>, %t: tensor<4xf32>) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op operand #0 must be tensor of any non-token type values, but got 'memref<4xf32>'}}
  "bufferization.materialize_in_destination"(%m, %t) : (memref<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @materialize_dest(%t: tensor<4xf32>, %f: f32) {
  // expected-error @+1 {{'bufferization.materialize_in_destination' op operand #1 must be shaped of any non-token type values, but got 'f32'}}
  "bufferization.materialize_in_destination"(%t, %f) : (tensor<4xf32>, f32) -> ()
  return
}

// -----

func.func @dealloc_conditions(%a: memref<2xf32>, %c: i1) {
  // expected-error @+1 {{'bufferization.dealloc' op must have the same number of conditions as memrefs to deallocate}}
  "bufferization.dealloc"(%a, %c, %c) <{operandSegmentSizes = array<i32: 1, 2, 0>}> : (memref<2xf32>, i1, i1) -> ()
  return
}

// -----

func.func @dealloc_results(%a: memref<2xf32>, %c: i1) {
  // expected-error @+1 {{'bufferization.dealloc' op must have the same number of updated conditions (results) as retained operands}}
  %0:2 = "bufferization.dealloc"(%a, %c, %a) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (memref<2xf32>, i1, memref<2xf32>) -> (i1, i1)
  return
}

// -----

func.func @dealloc_condition_type(%a: memref<2xf32>, %c: i1) {
  // expected-error @+1 {{'bufferization.dealloc' op operand #1 must be variadic of 1-bit signless integer, but got 'memref<2xf32>'}}
  "bufferization.dealloc"(%a, %a) <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (memref<2xf32>, memref<2xf32>) -> ()
  return
}

// -----

func.func @dealloc_retained_type(%t: tensor<4xf32>, %c: i1) {
  // expected-error @+1 {{'bufferization.dealloc' op operand #1 must be variadic of ranked or unranked memref of any non-token type values, but got 'tensor<4xf32>'}}
  %0 = "bufferization.dealloc"(%c, %t) <{operandSegmentSizes = array<i32: 0, 1, 1>}> : (i1, tensor<4xf32>) -> i1
  return
}

// -----

func.func @dealloc_result_type(%m: memref<4xf32>) {
  // expected-error @+1 {{'bufferization.dealloc' op result #0 must be variadic of 1-bit signless integer, but got 'f32'}}
  %0 = "bufferization.dealloc"(%m) <{operandSegmentSizes = array<i32: 0, 0, 1>}> : (memref<4xf32>) -> f32
  return
}

// -----

func.func @dealloc_if(%a: memref<2xf32>) {
  bufferization.dealloc (%a : memref<2xf32>)
  // expected-error @+1 {{expected 'if'}}
  return
}

// -----

func.func @alloc_strict(%a: tensor<2xf32>) {
  // expected-error @+1 {{custom op 'bufferization.alloc_tensor' inherent attribute 'memory_space' cannot be parsed from attr-dict when strict properties in assembly format is enabled}}
  %0 = bufferization.alloc_tensor() {memory_space = 1 : i64} : tensor<2xf32>
  return
}
// -----

func.func @alloc_not_tensor() {
  // expected-error @+1 {{custom op 'bufferization.alloc_tensor' invalid kind of type specified}}
  %0 = bufferization.alloc_tensor() : f32
  return
}

// -----

func.func @dealloc_type_count(%m: memref<2xf32>, %c: i1) {
  // expected-error @+1 {{custom op 'bufferization.dealloc' number of operands and types do not match: got 2 operands and 1 types}}
  bufferization.dealloc (%m, %m : memref<2xf32>) if (%c)
  return
}
