"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, index, f32, memref<4x8xf32>, memref<4xi32>) -> (), sym_name = "f"}> ({
  ^bb0(%arg6: memref<4xf32>, %arg7: index, %arg8: f32, %arg9: memref<4x8xf32>, %arg10: memref<4xi32>):
    "memref.alloca_scope"() ({
      %20 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
      "memref.alloca_scope.return"() : () -> ()
    }) : () -> ()
    %8 = "memref.alloca_scope"() ({
      "memref.alloca_scope.return"(%arg8) : (f32) -> ()
    }) : () -> f32
    %9 = "memref.atomic_rmw"(%arg8, %arg6, %arg7) <{kind = 0 : i64}> : (f32, memref<4xf32>, index) -> f32
    %10 = "memref.generic_atomic_rmw"(%arg6, %arg7) ({
    ^bb0(%arg11: f32):
      %19 = "arith.addf"(%arg11, %arg8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "memref.atomic_yield"(%19) : (f32) -> ()
    }) : (memref<4xf32>, index) -> f32
    %11 = "memref.extract_aligned_pointer_as_index"(%arg6) : (memref<4xf32>) -> index
    %12 = "memref.memory_space_cast"(%arg6) : (memref<4xf32>) -> memref<4xf32, 1>
    "memref.prefetch"(%arg6, %arg7) <{isDataCache = true, isWrite = false, localityHint = 3 : i32}> : (memref<4xf32>, index) -> ()
    %13 = "memref.realloc"(%arg6) : (memref<4xf32>) -> memref<8xf32>
    %14:2 = "memref.distinct_objects"(%arg6, %arg6) : (memref<4xf32>, memref<4xf32>) -> (memref<4xf32>, memref<4xf32>)
    %15 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1xi32>
    %16 = "arith.constant"() <{value = 0 : index}> : () -> index
    %17 = "arith.constant"() <{value = 4 : index}> : () -> index
    %18 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32, 1>
    "memref.dma_start"(%arg6, %16, %18, %16, %17, %15, %16) : (memref<4xf32>, index, memref<4xf32, 1>, index, index, memref<1xi32>, index) -> ()
    "memref.dma_wait"(%15, %16, %17) : (memref<1xi32>, index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xf32>, index, f32, memref<4xi32>, i32, index) -> memref<?xf32>, sym_name = "g"}> ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index, %arg2: f32, %arg3: memref<4xi32>, %arg4: i32, %arg5: index):
    %0 = "memref.realloc"(%arg0, %arg1) <{alignment = 8 : i64}> : (memref<?xf32>, index) -> memref<?xf32>
    %1 = "memref.atomic_rmw"(%arg4, %arg3, %arg5) <{kind = 6 : i64}> {foo} : (i32, memref<4xi32>, index) -> i32
    %2 = "memref.atomic_rmw"(%arg4, %arg3, %arg5) <{kind = 3 : i64}> : (i32, memref<4xi32>, index) -> i32
    "memref.prefetch"(%arg0, %arg5) <{isDataCache = false, isWrite = true, localityHint = 0 : i32}> : (memref<?xf32>, index) -> ()
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<i32>
    %5 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xi32, 2>
    "memref.dma_start"(%arg3, %3, %5, %3, %arg5, %4, %arg5, %arg5) : (memref<4xi32>, index, memref<4xi32, 2>, index, index, memref<i32>, index, index) -> ()
    "memref.dma_wait"(%4, %arg5) {qux} : (memref<i32>, index) -> ()
    "memref.alloca_scope"() ({
      "memref.alloca_scope.return"() : () -> ()
    }) {s} : () -> ()
    %6:2 = "memref.alloca_scope"() ({
      "memref.alloca_scope.return"(%arg4, %arg2) {r} : (i32, f32) -> ()
    }) : () -> (i32, f32)
    %7 = "memref.extract_aligned_pointer_as_index"(%arg0) {t} : (memref<?xf32>) -> index
    "func.return"(%0) : (memref<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

