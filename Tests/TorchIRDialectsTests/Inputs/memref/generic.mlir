// The ops of ops.mlir in generic form (as torch-mlir-opt --mlir-print-op-generic prints them).
#map = affine_map<(d0)[s0] -> (d0 + s0)>
"builtin.module"() ({
  "memref.global"() <{constant, initial_value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>, sym_name = "c", sym_visibility = "private", type = memref<2xf32>}> : () -> ()
  "memref.global"() <{initial_value, sym_name = "x", type = memref<4xi32>}> : () -> ()
  "memref.global"() <{alignment = 64 : i64, sym_name = "y", sym_visibility = "private", type = memref<4xi32>}> : () -> ()
  "memref.global"() <{initial_value = dense<0.000000e+00> : tensor<f32>, sym_name = "z", type = memref<f32>}> : () -> ()
  "func.func"() <{function_type = (memref<?x4xf32>, index, index, f32, memref<8x16xf32>, memref<*xf32>, memref<2048xi8>) -> (), sym_name = "ops"}> ({
  ^bb0(%arg0: memref<?x4xf32>, %arg1: index, %arg2: index, %arg3: f32, %arg4: memref<8x16xf32>, %arg5: memref<*xf32>, %arg6: memref<2048xi8>):
    %0 = "memref.alloc"(%arg1) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?x4xf32>
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x16xf32>
    %2 = "memref.alloca"(%arg1) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?x4xf32>
    %3 = "memref.alloc"(%arg1) <{operandSegmentSizes = array<i32: 0, 1>}> : (index) -> memref<4xf32, #map>
    "memref.dealloc"(%0) : (memref<?x4xf32>) -> ()
    %4 = "memref.load"(%arg0, %arg1, %arg2) : (memref<?x4xf32>, index, index) -> f32
    %5 = "memref.load"(%arg0, %arg1, %arg2) <{nontemporal = true}> : (memref<?x4xf32>, index, index) -> f32
    "memref.store"(%arg3, %arg0, %arg1, %arg2) : (f32, memref<?x4xf32>, index, index) -> ()
    "memref.store"(%arg3, %arg0, %arg1, %arg2) <{nontemporal = true}> : (f32, memref<?x4xf32>, index, index) -> ()
    %6 = "memref.subview"(%arg4, %arg1, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 2>}> : (memref<8x16xf32>, index, index) -> memref<4x?xf32, strided<[16, 2], offset: ?>>
    %7 = "memref.cast"(%arg0) : (memref<?x4xf32>) -> memref<2x4xf32>
    %8 = "memref.cast"(%arg0) : (memref<?x4xf32>) -> memref<*xf32>
    "memref.copy"(%arg4, %1) : (memref<8x16xf32>, memref<8x16xf32>) -> ()
    %9 = "memref.expand_shape"(%arg4) <{reassociation = [[0, 1], [2]], static_output_shape = array<i64: 2, 4, 16>}> : (memref<8x16xf32>) -> memref<2x4x16xf32>
    %10 = "memref.collapse_shape"(%9) <{reassociation = [[0, 1], [2]]}> : (memref<2x4x16xf32>) -> memref<8x16xf32>
    %11 = "memref.get_global"() <{name = @c}> : () -> memref<2xf32>
    %12 = "memref.dim"(%arg0, %arg1) : (memref<?x4xf32>, index) -> index
    %13 = "memref.reinterpret_cast"(%arg4, %arg1) <{operandSegmentSizes = array<i32: 1, 0, 1, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: -9223372036854775808, 4>, static_strides = array<i64: 4, 1>}> : (memref<8x16xf32>, index) -> memref<?x4xf32, strided<[4, 1]>>
    %14 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1xindex>
    %15 = "memref.reshape"(%arg4, %14) : (memref<8x16xf32>, memref<1xindex>) -> memref<128xf32>
    %16 = "memref.rank"(%arg5) : (memref<*xf32>) -> index
    %17 = "memref.view"(%arg6, %arg1, %arg2) : (memref<2048xi8>, index, index) -> memref<?x4xf32>
    %18:6 = "memref.extract_strided_metadata"(%arg4) : (memref<8x16xf32>) -> (memref<f32>, index, index, index, index, index)
    %19 = "memref.assume_alignment"(%arg4) <{alignment = 16 : i32}> : (memref<8x16xf32>) -> memref<8x16xf32>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

