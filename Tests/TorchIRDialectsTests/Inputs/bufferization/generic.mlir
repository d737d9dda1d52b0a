// Generic-form input: properties and discardable attributes, operand
// segments, and ops whose custom form elides some of them.
"func.func"() <{function_type = (memref<2xf32>, tensor<?xf32>, index, i1) -> (), sym_name = "generic"}> ({
^bb0(%m: memref<2xf32>, %t: tensor<?xf32>, %d: index, %c: i1):
  %0 = "bufferization.to_tensor"(%m) <{restrict, writable}> {a = 1 : i32} : (memref<2xf32>) -> tensor<2xf32>
  %1 = "bufferization.to_buffer"(%0) <{read_only}> : (tensor<2xf32>) -> memref<2xf32, 3>
  %2 = "bufferization.alloc_tensor"(%d, %d) <{memory_space = [1, "two"], operandSegmentSizes = array<i32: 1, 0, 1>}> {z, a = "x"} : (index, index) -> tensor<?xf32>
  %3 = "bufferization.alloc_tensor"(%t) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<?xf32>) -> tensor<?xf32>
  %4 = "bufferization.materialize_in_destination"(%0, %0) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  "bufferization.materialize_in_destination"(%0, %m) <{restrict, writable}> : (tensor<2xf32>, memref<2xf32>) -> ()
  %5 = "bufferization.clone"(%m) {b} : (memref<2xf32>) -> memref<2xf32>
  "bufferization.dealloc_tensor"(%2) : (tensor<?xf32>) -> ()
  %6:2 = "bufferization.dealloc"(%m, %c, %m, %5) <{operandSegmentSizes = array<i32: 1, 1, 2>}> : (memref<2xf32>, i1, memref<2xf32>, memref<2xf32>) -> (i1, i1)
  "bufferization.dealloc"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> {note} : () -> ()
  "func.return"() : () -> ()
}) : () -> ()
