"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x?xf32>, memref<*xf32>, tensor<4x?xf32>, memref<4xf32, strided<[2], offset: ?>, 1>) -> (), sym_name = "tensors"}> ({
  ^bb0(%arg15: memref<4x?xf32>, %arg16: memref<*xf32>, %arg17: tensor<4x?xf32>, %arg18: memref<4xf32, strided<[2], offset: ?>, 1>):
    %15 = "bufferization.to_tensor"(%arg15) : (memref<4x?xf32>) -> tensor<4x?xf32>
    %16 = "bufferization.to_tensor"(%arg15) <{restrict}> : (memref<4x?xf32>) -> tensor<4x?xf32>
    %17 = "bufferization.to_tensor"(%arg15) <{restrict, writable}> : (memref<4x?xf32>) -> tensor<4x?xf32>
    %18 = "bufferization.to_tensor"(%arg16) <{writable}> {tag} : (memref<*xf32>) -> tensor<*xf32>
    %19 = "bufferization.to_tensor"(%arg18) : (memref<4xf32, strided<[2], offset: ?>, 1>) -> tensor<4xf32>
    %20 = "bufferization.to_buffer"(%arg17) : (tensor<4x?xf32>) -> memref<4x?xf32>
    %21 = "bufferization.to_buffer"(%arg17) <{read_only}> : (tensor<4x?xf32>) -> memref<4x?xf32, strided<[?, 1], offset: ?>>
    %22 = "bufferization.to_buffer"(%18) {tag} : (tensor<*xf32>) -> memref<*xf32, 2>
    "bufferization.dealloc_tensor"(%15) : (tensor<4x?xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, index, tensor<?x4xf32>, index) -> tensor<?x4xf32>, sym_name = "alloc"}> ({
  ^bb0(%arg11: index, %arg12: index, %arg13: tensor<?x4xf32>, %arg14: index):
    %7 = "bufferization.alloc_tensor"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> : () -> tensor<4xf32>
    %8 = "bufferization.alloc_tensor"(%arg11) <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (index) -> tensor<?x4xf32>
    %9 = "bufferization.alloc_tensor"(%arg11, %arg12) <{operandSegmentSizes = array<i32: 2, 0, 0>}> : (index, index) -> tensor<?x?xi8>
    %10 = "bufferization.alloc_tensor"(%arg13) <{operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %11 = "bufferization.alloc_tensor"(%arg11, %arg14) <{operandSegmentSizes = array<i32: 1, 0, 1>}> : (index, index) -> tensor<?x4xf32>
    %12 = "bufferization.alloc_tensor"(%8) <{memory_space = 1 : i64, operandSegmentSizes = array<i32: 0, 1, 0>}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %13 = "bufferization.alloc_tensor"() <{memory_space = "gpu", operandSegmentSizes = array<i32: 0, 0, 0>}> {other} : () -> tensor<2xf32>
    %14 = "bufferization.alloc_tensor"(%arg13, %arg14) <{operandSegmentSizes = array<i32: 0, 1, 1>}> : (tensor<?x4xf32>, index) -> tensor<?x4xf32>
    "func.return"(%10) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xf32>, memref<4xf32>, tensor<?xf32>) -> tensor<4xf32>, sym_name = "materialize"}> ({
  ^bb0(%arg7: tensor<4xf32>, %arg8: tensor<4xf32>, %arg9: memref<4xf32>, %arg10: tensor<?xf32>):
    %5 = "bufferization.materialize_in_destination"(%arg7, %arg8) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "bufferization.materialize_in_destination"(%arg7, %arg9) <{restrict, writable}> : (tensor<4xf32>, memref<4xf32>) -> ()
    "bufferization.materialize_in_destination"(%arg7, %arg9) <{writable}> : (tensor<4xf32>, memref<4xf32>) -> ()
    %6 = "bufferization.materialize_in_destination"(%arg10, %arg8) {tag} : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%5) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xf32>, memref<*xf32>, memref<2xf32>, memref<4xi32>, i1, i1, memref<?xf32>) -> memref<?xf32>, sym_name = "memrefs"}> ({
  ^bb0(%arg0: memref<?xf32>, %arg1: memref<*xf32>, %arg2: memref<2xf32>, %arg3: memref<4xi32>, %arg4: i1, %arg5: i1, %arg6: memref<?xf32>):
    %0 = "bufferization.clone"(%arg0) : (memref<?xf32>) -> memref<?xf32>
    %1 = "bufferization.clone"(%arg1) : (memref<*xf32>) -> memref<*xf32>
    %2:2 = "bufferization.dealloc"(%arg2, %arg3, %arg4, %arg5, %arg6, %arg0) <{operandSegmentSizes = array<i32: 2, 2, 2>}> : (memref<2xf32>, memref<4xi32>, i1, i1, memref<?xf32>, memref<?xf32>) -> (i1, i1)
    "bufferization.dealloc"(%arg2, %arg4) <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (memref<2xf32>, i1) -> ()
    %3 = "bufferization.dealloc"(%arg6) <{operandSegmentSizes = array<i32: 0, 0, 1>}> : (memref<?xf32>) -> i1
    "bufferization.dealloc"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> : () -> ()
    %4 = "bufferization.dealloc"(%arg2, %arg4, %arg6) <{operandSegmentSizes = array<i32: 1, 1, 1>}> {tag} : (memref<2xf32>, i1, memref<?xf32>) -> i1
    "func.return"(%0) : (memref<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

