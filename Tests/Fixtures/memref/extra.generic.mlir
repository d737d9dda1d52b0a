"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, index, f32) -> (), sym_name = "f"}> ({
  ^bb0(%arg3: memref<4xf32>, %arg4: index, %arg5: f32):
    %4 = "memref.load"(%arg3, %arg4) <{alignment = 16 : i64}> : (memref<4xf32>, index) -> f32
    "memref.store"(%arg5, %arg3, %arg4) <{alignment = 16 : i64, nontemporal = false}> : (f32, memref<4xf32>, index) -> ()
    %5 = "memref.load"(%arg3, %arg4) <{nontemporal = false}> : (memref<4xf32>, index) -> f32
    %6 = "memref.alloca"() <{alignment = 8 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %7 = "memref.get_global"() <{name = @g}> {foo} : () -> memref<4xf32>
    %8 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> {foo} : () -> memref<4xf32>
    "func.return"() : () -> ()
  }) : () -> ()
  "memref.global"() <{alignment = 16 : i64, constant, initial_value = dense<1.000000e+00> : tensor<4xf32>, sym_name = "g", sym_visibility = "private", type = memref<4xf32>}> : () -> ()
  "memref.global"() <{sym_name = "h", sym_visibility = "nested", type = memref<4xf32>}> {foo} : () -> ()
  "func.func"() <{function_type = (memref<30x20xf32, strided<[4000, 2]>>, memref<?x4xf32, strided<[?, 1], offset: ?>>, index) -> (), sym_name = "strided"}> ({
  ^bb0(%arg0: memref<30x20xf32, strided<[4000, 2]>>, %arg1: memref<?x4xf32, strided<[?, 1], offset: ?>>, %arg2: index):
    %0 = "memref.expand_shape"(%arg0) <{reassociation = [[0, 1], [2]], static_output_shape = array<i64: 2, 15, 20>}> : (memref<30x20xf32, strided<[4000, 2]>>) -> memref<2x15x20xf32, strided<[60000, 4000, 2]>>
    %1 = "memref.collapse_shape"(%0) <{reassociation = [[0, 1], [2]]}> : (memref<2x15x20xf32, strided<[60000, 4000, 2]>>) -> memref<30x20xf32, strided<[4000, 2]>>
    %2 = "memref.expand_shape"(%arg1, %arg2) <{reassociation = [[0, 1], [2]], static_output_shape = array<i64: -9223372036854775808, 2, 4>}> : (memref<?x4xf32, strided<[?, 1], offset: ?>>, index) -> memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>>
    %3 = "memref.collapse_shape"(%2) <{reassociation = [[0, 1, 2]]}> : (memref<?x2x4xf32, strided<[?, ?, 1], offset: ?>>) -> memref<?xf32, strided<[1], offset: ?>>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

