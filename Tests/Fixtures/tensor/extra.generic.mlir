"builtin.module"() ({
  "func.func"() <{function_type = (tensor<f32>, tensor<*xf32>, index, f32, tensor<4x?xf32, "enc">) -> (f32, tensor<f32>), sym_name = "edges"}> ({
  ^bb0(%arg2: tensor<f32>, %arg3: tensor<*xf32>, %arg4: index, %arg5: f32, %arg6: tensor<4x?xf32, "enc">):
    %2 = "tensor.extract"(%arg2) {a = 1 : i64} : (tensor<f32>) -> f32
    %3 = "tensor.insert"(%arg5, %arg2) {b} : (f32, tensor<f32>) -> tensor<f32>
    %4 = "tensor.from_elements"(%arg5) {c} : (f32) -> tensor<f32>
    %5 = "tensor.from_elements"() : () -> tensor<0xf32>
    %6 = "tensor.extract_slice"(%arg2) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64>, static_sizes = array<i64>, static_strides = array<i64>}> {d} : (tensor<f32>) -> tensor<f32>
    %7 = "tensor.insert_slice"(%6, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64>, static_sizes = array<i64>, static_strides = array<i64>}> {e} : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %8 = "tensor.dim"(%arg3, %arg4) {f} : (tensor<*xf32>, index) -> index
    %9 = "tensor.rank"(%arg3) {g} : (tensor<*xf32>) -> index
    %10 = "tensor.cast"(%arg3) {h} : (tensor<*xf32>) -> tensor<?x?xf32>
    %11 = "tensor.empty"(%arg4) {k} : (index) -> tensor<4x?xf32, "enc">
    %12 = "tensor.splat"(%arg5, %arg4, %arg4) {l} : (f32, index, index) -> tensor<?x2x?xf32>
    %13 = "tensor.concat"(%arg6) <{dim = 1 : i64}> {m} : (tensor<4x?xf32, "enc">) -> tensor<4x?xf32, "enc">
    %14 = "tensor.collapse_shape"(%arg2) <{reassociation = []}> {n} : (tensor<f32>) -> tensor<f32>
    %15 = "tensor.expand_shape"(%arg2) <{reassociation = [], static_output_shape = array<i64>}> {o} : (tensor<f32>) -> tensor<f32>
    %16 = "tensor.expand_shape"(%arg6, %arg4) <{reassociation = [[0], [1, 2]], static_output_shape = array<i64: 4, -9223372036854775808, 2>}> : (tensor<4x?xf32, "enc">, index) -> tensor<4x?x2xf32, "enc">
    %17 = "tensor.generate"(%arg4, %arg4) ({
    ^bb0(%arg7: index, %arg8: index):
      %24 = "arith.index_cast"(%arg7) : (index) -> i32
      %25 = "arith.sitofp"(%24) : (i32) -> f32
      "tensor.yield"(%25) : (f32) -> ()
    }) {p} : (index, index) -> tensor<?x?xf32>
    %18 = "tensor.pad"(%arg2) <{operandSegmentSizes = array<i32: 1, 0, 0>, static_high = array<i64>, static_low = array<i64>}> ({
      "tensor.yield"(%arg5) : (f32) -> ()
    }) {q} : (tensor<f32>) -> tensor<f32>
    %19 = "tensor.from_elements"(%arg4, %arg4) : (index, index) -> tensor<2xindex>
    %20 = "tensor.reshape"(%arg3, %19) {r} : (tensor<*xf32>, tensor<2xindex>) -> tensor<?x?xf32>
    %21 = "tensor.extract_slice"(%17, %arg4, %arg4, %arg4) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, -9223372036854775808>, static_strides = array<i64: -9223372036854775808, 1>}> : (tensor<?x?xf32>, index, index, index) -> tensor<?xf32>
    %22 = "tensor.insert_slice"(%21, %17, %arg4, %arg4, %arg4) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 1>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, -9223372036854775808>, static_strides = array<i64: -9223372036854775808, 1>}> : (tensor<?xf32>, tensor<?x?xf32>, index, index, index) -> tensor<?x?xf32>
    %23 = "tensor.bitcast"(%arg6) {s} : (tensor<4x?xf32, "enc">) -> tensor<4x?xi32, "enc">
    "func.return"(%2, %3) : (f32, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32) -> (), sym_name = "g"}> ({
  ^bb0(%arg0: f32):
    %0 = "tensor.generate"() ({
    ^bb0(%arg1: index):
      "tensor.yield"(%arg0) : (f32) -> ()
    }) : () -> tensor<3xf32>
    %1 = "tensor.generate"() ({
      "tensor.yield"(%arg0) : (f32) -> ()
    }) : () -> tensor<f32>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

