"builtin.module"() ({
  "func.func"() <{function_type = (tensor<2x16x32xf32>, tensor<2x16x32xf32>, memref<2x16x32xf32>, tensor<2x3x3x5xf32>, tensor<6x6x5x2xf32>) -> tensor<2x16x32xf32>, sym_name = "f"}> ({
  ^bb0(%arg8: tensor<2x16x32xf32>, %arg9: tensor<2x16x32xf32>, %arg10: memref<2x16x32xf32>, %arg11: tensor<2x3x3x5xf32>, %arg12: tensor<6x6x5x2xf32>):
    %4 = "linalg.softmax"(%arg8, %arg9) <{dimension = 2 : i64}> : (tensor<2x16x32xf32>, tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %5 = "linalg.softmax"(%arg8, %arg9) <{dimension = 1 : i64}> {foo} : (tensor<2x16x32xf32>, tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    "linalg.softmax"(%arg10, %arg10) <{dimension = 0 : i64}> : (memref<2x16x32xf32>, memref<2x16x32xf32>) -> ()
    %6 = "linalg.winograd_filter_transform"(%arg11, %arg12) <{fmr = 1 : i32}> : (tensor<2x3x3x5xf32>, tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
    "func.return"(%4) : (tensor<2x16x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x3x5xf32>, tensor<4x4x5x2xf32>, tensor<2x5x5x5xf32>, tensor<6x6x5x2xf32>, tensor<2x10x10x5xf32>, tensor<6x6x2x2x2x5xf32>, tensor<6x6x2x2x2x2xf32>, tensor<2x8x8x2xf32>) -> tensor<4x4x5x2xf32>, sym_name = "g"}> ({
  ^bb0(%arg0: tensor<2x3x3x5xf32>, %arg1: tensor<4x4x5x2xf32>, %arg2: tensor<2x5x5x5xf32>, %arg3: tensor<6x6x5x2xf32>, %arg4: tensor<2x10x10x5xf32>, %arg5: tensor<6x6x2x2x2x5xf32>, %arg6: tensor<6x6x2x2x2x2xf32>, %arg7: tensor<2x8x8x2xf32>):
    %0 = "linalg.winograd_filter_transform"(%arg0, %arg1) <{fmr = 0 : i32}> {foo} : (tensor<2x3x3x5xf32>, tensor<4x4x5x2xf32>) -> tensor<4x4x5x2xf32>
    %1 = "linalg.winograd_filter_transform"(%arg2, %arg3) <{fmr = 2 : i32}> : (tensor<2x5x5x5xf32>, tensor<6x6x5x2xf32>) -> tensor<6x6x5x2xf32>
    %2 = "linalg.winograd_input_transform"(%arg4, %arg5) <{fmr = 1 : i32}> : (tensor<2x10x10x5xf32>, tensor<6x6x2x2x2x5xf32>) -> tensor<6x6x2x2x2x5xf32>
    %3 = "linalg.winograd_output_transform"(%arg6, %arg7) <{fmr = 1 : i32}> : (tensor<6x6x2x2x2x2xf32>, tensor<2x8x8x2xf32>) -> tensor<2x8x8x2xf32>
    "func.return"(%0) : (tensor<4x4x5x2xf32>) -> ()
  }) : () -> ()
}) : () -> ()

