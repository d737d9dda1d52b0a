"builtin.module"() ({
  "func.func"() <{function_type = (tensor<128x256xf32>, tensor<8x16x8x32xf32>, tensor<16x8x8x32xf32>, f32, index, tensor<16x?x8x?xf32>, memref<128x256xf32>, memref<8x16x8x32xf32>) -> tensor<8x16x8x32xf32>, sym_name = "f"}> ({
  ^bb0(%arg8: tensor<128x256xf32>, %arg9: tensor<8x16x8x32xf32>, %arg10: tensor<16x8x8x32xf32>, %arg11: f32, %arg12: index, %arg13: tensor<16x?x8x?xf32>, %arg14: memref<128x256xf32>, %arg15: memref<8x16x8x32xf32>):
    %3 = "linalg.pack"(%arg8, %arg9, %arg11) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 8, 32>}> : (tensor<128x256xf32>, tensor<8x16x8x32xf32>, f32) -> tensor<8x16x8x32xf32>
    %4 = "linalg.pack"(%arg8, %arg13, %arg12) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 1>, static_inner_tiles = array<i64: 8, -9223372036854775808>}> {foo} : (tensor<128x256xf32>, tensor<16x?x8x?xf32>, index) -> tensor<16x?x8x?xf32>
    %5 = "linalg.unpack"(%3, %arg8) <{inner_dims_pos = array<i64: 0, 1>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 8, 32>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<8x16x8x32xf32>, tensor<128x256xf32>) -> tensor<128x256xf32>
    %6 = "linalg.pack"(%arg8, %arg10) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_inner_tiles = array<i64: 8, 32>}> : (tensor<128x256xf32>, tensor<16x8x8x32xf32>) -> tensor<16x8x8x32xf32>
    "func.return"(%3) : (tensor<8x16x8x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<128x256xf32>, tensor<16x?x8x?xf32>, index, memref<128x256xf32>, memref<16x8x8x32xf32>) -> (), sym_name = "g"}> ({
  ^bb0(%arg3: tensor<128x256xf32>, %arg4: tensor<16x?x8x?xf32>, %arg5: index, %arg6: memref<128x256xf32>, %arg7: memref<16x8x8x32xf32>):
    %2 = "linalg.unpack"(%arg4, %arg3, %arg5) <{inner_dims_pos = array<i64: 0, 1>, static_inner_tiles = array<i64: 8, -9223372036854775808>}> {operandSegmentSizes = array<i32: 1, 1, 0, 1>} : (tensor<16x?x8x?xf32>, tensor<128x256xf32>, index) -> tensor<128x256xf32>
    "linalg.pack"(%arg6, %arg7) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_inner_tiles = array<i64: 8, 32>}> : (memref<128x256xf32>, memref<16x8x8x32xf32>) -> ()
    "linalg.unpack"(%arg7, %arg6) <{inner_dims_pos = array<i64: 0, 1>, static_inner_tiles = array<i64: 8, 32>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (memref<16x8x8x32xf32>, memref<128x256xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?x8x2xf32>, f32) -> tensor<?x?xf32>, sym_name = "dynamic"}> ({
  ^bb0(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?x8x2xf32>, %arg2: f32):
    %0 = "linalg.pack"(%arg0, %arg1, %arg2) <{inner_dims_pos = array<i64: 1, 0>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_inner_tiles = array<i64: 8, 2>}> : (tensor<?x?xf32>, tensor<?x?x8x2xf32>, f32) -> tensor<?x?x8x2xf32>
    %1 = "linalg.unpack"(%0, %arg0) <{inner_dims_pos = array<i64: 1, 0>, static_inner_tiles = array<i64: 8, 2>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<?x?x8x2xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%1) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

