"builtin.module"() ({
  "func.func"() <{function_type = (memref<2xf32>, tensor<?xf32>, index, i1) -> (), sym_name = "generic"}> ({
  ^bb0(%arg0: memref<2xf32>, %arg1: tensor<?xf32>, %arg2: index, %arg3: i1):
    %0 = "bufferization.to_tensor"(%arg0) <{restrict, writable}> {a = 1 : i32} : (memref<2xf32>) -> tensor<2xf32>
    %1 = "bufferization.to_buffer"(%0) <{read_only}> : (tensor<2xf32>) -> memref<2xf32, 3>
    %2 = "bufferization.alloc_tensor"(%arg2, %arg2) <{memory_space = [1, "two"], operandSegmentSizes = array<i32: 1, 0, 1>}> {a = "x", z} : (index, index) -> tensor<?xf32>
    %3 = "bufferization.alloc_tensor"(%arg1) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<?xf32>) -> tensor<?xf32>
    %4 = "bufferization.materialize_in_destination"(%0, %0) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "bufferization.materialize_in_destination"(%0, %arg0) <{restrict, writable}> : (tensor<2xf32>, memref<2xf32>) -> ()
    %5 = "bufferization.clone"(%arg0) {b} : (memref<2xf32>) -> memref<2xf32>
    "bufferization.dealloc_tensor"(%2) : (tensor<?xf32>) -> ()
    %6:2 = "bufferization.dealloc"(%arg0, %arg3, %arg0, %5) <{operandSegmentSizes = array<i32: 1, 1, 2>}> : (memref<2xf32>, i1, memref<2xf32>, memref<2xf32>) -> (i1, i1)
    "bufferization.dealloc"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> {note} : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

