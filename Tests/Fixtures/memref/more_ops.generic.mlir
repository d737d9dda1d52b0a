#map = affine_map<(d0, d1) -> (d1, d0)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, index, f32, memref<4x8xf32>, memref<4xi32>) -> (), sym_name = "f"}> ({
  ^bb0(%arg8: memref<4xf32>, %arg9: index, %arg10: f32, %arg11: memref<4x8xf32>, %arg12: memref<4xi32>):
    "memref.alloca_scope"() ({
      %23 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
      "memref.alloca_scope.return"() : () -> ()
    }) : () -> ()
    %11 = "memref.alloca_scope"() ({
      "memref.alloca_scope.return"(%arg10) : (f32) -> ()
    }) : () -> f32
    %12 = "memref.atomic_rmw"(%arg10, %arg8, %arg9) <{kind = 0 : i64}> : (f32, memref<4xf32>, index) -> f32
    %13 = "memref.generic_atomic_rmw"(%arg8, %arg9) ({
    ^bb0(%arg13: f32):
      %22 = "arith.addf"(%arg13, %arg10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "memref.atomic_yield"(%22) : (f32) -> ()
    }) : (memref<4xf32>, index) -> f32
    %14 = "memref.extract_aligned_pointer_as_index"(%arg8) : (memref<4xf32>) -> index
    %15 = "memref.memory_space_cast"(%arg8) : (memref<4xf32>) -> memref<4xf32, 1>
    "memref.prefetch"(%arg8, %arg9) <{isDataCache = true, isWrite = false, localityHint = 3 : i32}> : (memref<4xf32>, index) -> ()
    %16 = "memref.realloc"(%arg8) : (memref<4xf32>) -> memref<8xf32>
    %17:2 = "memref.distinct_objects"(%arg8, %arg8) : (memref<4xf32>, memref<4xf32>) -> (memref<4xf32>, memref<4xf32>)
    %18 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1xi32>
    %19 = "arith.constant"() <{value = 0 : index}> : () -> index
    %20 = "arith.constant"() <{value = 4 : index}> : () -> index
    %21 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32, 1>
    "memref.dma_start"(%arg8, %19, %21, %19, %20, %18, %19) : (memref<4xf32>, index, memref<4xf32, 1>, index, index, memref<1xi32>, index) -> ()
    "memref.dma_wait"(%18, %19, %20) : (memref<1xi32>, index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xf32>, index, f32, memref<4xi32>, i32, index) -> memref<?xf32>, sym_name = "g"}> ({
  ^bb0(%arg2: memref<?xf32>, %arg3: index, %arg4: f32, %arg5: memref<4xi32>, %arg6: i32, %arg7: index):
    %3 = "memref.realloc"(%arg2, %arg3) <{alignment = 8 : i64}> : (memref<?xf32>, index) -> memref<?xf32>
    %4 = "memref.atomic_rmw"(%arg6, %arg5, %arg7) <{kind = 6 : i64}> {foo} : (i32, memref<4xi32>, index) -> i32
    %5 = "memref.atomic_rmw"(%arg6, %arg5, %arg7) <{kind = 3 : i64}> : (i32, memref<4xi32>, index) -> i32
    "memref.prefetch"(%arg2, %arg7) <{isDataCache = false, isWrite = true, localityHint = 0 : i32}> : (memref<?xf32>, index) -> ()
    %6 = "arith.constant"() <{value = 0 : index}> : () -> index
    %7 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<i32>
    %8 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xi32, 2>
    "memref.dma_start"(%arg5, %6, %8, %6, %arg7, %7, %arg7, %arg7) : (memref<4xi32>, index, memref<4xi32, 2>, index, index, memref<i32>, index, index) -> ()
    "memref.dma_wait"(%7, %arg7) {qux} : (memref<i32>, index) -> ()
    "memref.alloca_scope"() ({
      "memref.alloca_scope.return"() : () -> ()
    }) {s} : () -> ()
    %9:2 = "memref.alloca_scope"() ({
      "memref.alloca_scope.return"(%arg6, %arg4) {r} : (i32, f32) -> ()
    }) : () -> (i32, f32)
    %10 = "memref.extract_aligned_pointer_as_index"(%arg2) {t} : (memref<?xf32>) -> index
    "func.return"(%3) : (memref<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32>, memref<?x8x2xf32>) -> (), sym_name = "t"}> ({
  ^bb0(%arg0: memref<4x8xf32>, %arg1: memref<?x8x2xf32>):
    %0 = "memref.transpose"(%arg0) <{permutation = #map}> : (memref<4x8xf32>) -> memref<8x4xf32, strided<[1, 8]>>
    %1 = "memref.transpose"(%arg1) <{permutation = #map1}> {foo} : (memref<?x8x2xf32>) -> memref<2x?x8xf32, strided<[1, 16, 2]>>
    %2 = "memref.transpose"(%arg0) <{permutation = #map2}> : (memref<4x8xf32>) -> memref<4x8xf32>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

