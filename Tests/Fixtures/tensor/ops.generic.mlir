"builtin.module"() ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<*xf32>, index, index, f32, tensor<8x16xf32>, tensor<2x3x2xindex>) -> (), sym_name = "ops"}> ({
  ^bb0(%arg0: tensor<?x4xf32>, %arg1: tensor<*xf32>, %arg2: index, %arg3: index, %arg4: f32, %arg5: tensor<8x16xf32>, %arg6: tensor<2x3x2xindex>):
    %0 = "tensor.bitcast"(%arg5) : (tensor<8x16xf32>) -> tensor<8x16xi32>
    %1 = "tensor.cast"(%arg0) : (tensor<?x4xf32>) -> tensor<2x4xf32>
    %2 = "tensor.dim"(%arg0, %arg2) : (tensor<?x4xf32>, index) -> index
    %3 = "tensor.empty"(%arg2) : (index) -> tensor<?x5xf32>
    %4 = "tensor.extract"(%arg0, %arg2, %arg3) : (tensor<?x4xf32>, index, index) -> f32
    %5 = "tensor.extract_slice"(%arg5, %arg2, %arg3) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 2>}> : (tensor<8x16xf32>, index, index) -> tensor<4x?xf32>
    %6 = "tensor.from_elements"(%arg4, %arg4) : (f32, f32) -> tensor<2xf32>
    %7 = "tensor.insert"(%arg4, %arg0, %arg2, %arg3) : (f32, tensor<?x4xf32>, index, index) -> tensor<?x4xf32>
    %8 = "tensor.insert_slice"(%5, %arg5, %arg2, %arg3) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 2>}> : (tensor<4x?xf32>, tensor<8x16xf32>, index, index) -> tensor<8x16xf32>
    %9 = "tensor.rank"(%arg1) : (tensor<*xf32>) -> index
    %10 = "tensor.splat"(%arg4) : (f32) -> tensor<4x4xf32>
    %11 = "tensor.splat"(%arg4, %arg2) : (f32, index) -> tensor<?x4xf32>
    %12 = "tensor.concat"(%arg0, %arg0) <{dim = 0 : i64}> : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %13 = "tensor.generate"(%arg2) ({
    ^bb0(%arg11: index, %arg12: index):
      "tensor.yield"(%arg4) : (f32) -> ()
    }) : (index) -> tensor<?x3xf32>
    %14 = "tensor.pad"(%arg5, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 0>, static_high = array<i64: 2, 0>, static_low = array<i64: 1, -9223372036854775808>}> ({
    ^bb0(%arg9: index, %arg10: index):
      "tensor.yield"(%arg4) : (f32) -> ()
    }) : (tensor<8x16xf32>, index) -> tensor<11x?xf32>
    %15 = "tensor.pad"(%arg5) <{nofold, operandSegmentSizes = array<i32: 1, 0, 0>, static_high = array<i64: 0, 0>, static_low = array<i64: 0, 0>}> ({
    ^bb0(%arg7: index, %arg8: index):
      "tensor.yield"(%arg4) : (f32) -> ()
    }) : (tensor<8x16xf32>) -> tensor<8x16xf32>
    %16 = "tensor.expand_shape"(%arg5) <{reassociation = [[0, 1], [2]], static_output_shape = array<i64: 2, 4, 16>}> : (tensor<8x16xf32>) -> tensor<2x4x16xf32>
    %17 = "tensor.collapse_shape"(%16) <{reassociation = [[0, 1], [2]]}> : (tensor<2x4x16xf32>) -> tensor<8x16xf32>
    %18 = "arith.constant"() <{value = dense<128> : tensor<1xi32>}> : () -> tensor<1xi32>
    %19 = "tensor.reshape"(%arg5, %18) : (tensor<8x16xf32>, tensor<1xi32>) -> tensor<128xf32>
    %20 = "tensor.empty"() : () -> tensor<4x5x6xf32>
    %21 = "tensor.gather"(%20, %arg6) <{gather_dims = array<i64: 0, 1>}> : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x1x1x6xf32>
    %22 = "tensor.empty"() : () -> tensor<2x3x1x1x6xf32>
    %23 = "tensor.scatter"(%22, %20, %arg6) <{scatter_dims = array<i64: 0, 1>, unique}> : (tensor<2x3x1x1x6xf32>, tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<4x5x6xf32>
    %24 = "tensor.gather"(%20, %arg6) <{gather_dims = array<i64: 0, 1>, unique}> : (tensor<4x5x6xf32>, tensor<2x3x2xindex>) -> tensor<2x3x6xf32>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

