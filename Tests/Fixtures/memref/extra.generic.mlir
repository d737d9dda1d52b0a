"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, index, f32) -> (), sym_name = "f"}> ({
  ^bb0(%arg0: memref<4xf32>, %arg1: index, %arg2: f32):
    %0 = "memref.load"(%arg0, %arg1) <{alignment = 16 : i64}> : (memref<4xf32>, index) -> f32
    "memref.store"(%arg2, %arg0, %arg1) <{alignment = 16 : i64, nontemporal = false}> : (f32, memref<4xf32>, index) -> ()
    %1 = "memref.load"(%arg0, %arg1) <{nontemporal = false}> : (memref<4xf32>, index) -> f32
    %2 = "memref.alloca"() <{alignment = 8 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %3 = "memref.get_global"() <{name = @g}> {foo} : () -> memref<4xf32>
    %4 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> {foo} : () -> memref<4xf32>
    "func.return"() : () -> ()
  }) : () -> ()
  "memref.global"() <{alignment = 16 : i64, constant, initial_value = dense<1.000000e+00> : tensor<4xf32>, sym_name = "g", sym_visibility = "private", type = memref<4xf32>}> : () -> ()
  "memref.global"() <{sym_name = "h", sym_visibility = "nested", type = memref<4xf32>}> {foo} : () -> ()
}) : () -> ()

