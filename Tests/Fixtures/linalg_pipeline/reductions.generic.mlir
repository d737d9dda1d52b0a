#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0) -> (d0)>
"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<3xi64>, tensor<10x8xf32>) -> (tensor<4xf32>, tensor<4xi64>, tensor<3x8xf32>, tensor<4x8xf32>), sym_name = "forward"}> ({
  ^bb0(%arg0: tensor<4x8xf32>, %arg1: tensor<3xi64>, %arg2: tensor<10x8xf32>):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "arith.constant"() <{value = 0 : i64}> : () -> i64
    %2 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %3 = "arith.constant"() <{value = 10 : index}> : () -> index
    %4 = "arith.constant"() <{value = 3 : i64}> : () -> i64
    %5 = "arith.constant"() <{value = 4.471500e-02 : f32}> : () -> f32
    %6 = "arith.constant"() <{value = 7.977240e-01 : f32}> : () -> f32
    %7 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
    %8 = "arith.constant"() <{value = 5.000000e-01 : f32}> : () -> f32
    %9 = "arith.constant"() <{value = 8.000000e+00 : f32}> : () -> f32
    %10 = "tensor.empty"() : () -> tensor<4xf32>
    %11 = "linalg.fill"(%0, %10) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg20: f32, %arg21: f32):
      "linalg.yield"(%arg20) : (f32) -> ()
    }) : (f32, tensor<4xf32>) -> tensor<4xf32>
    %12 = "linalg.generic"(%arg0, %11) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg18: f32, %arg19: f32):
      %46 = "arith.addf"(%arg18, %arg19) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%46) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4xf32>
    %13 = "linalg.generic"(%12, %10) <{indexing_maps = [#map2, #map2], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg16: f32, %arg17: f32):
      %45 = "arith.divf"(%arg16, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%45) : (f32) -> ()
    }) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %14 = "tensor.empty"() : () -> tensor<4xi64>
    %15 = "linalg.fill"(%1, %14) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg14: i64, %arg15: i64):
      "linalg.yield"(%arg14) : (i64) -> ()
    }) : (i64, tensor<4xi64>) -> tensor<4xi64>
    %16 = "linalg.fill"(%2, %10) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg12: f32, %arg13: f32):
      "linalg.yield"(%arg12) : (f32) -> ()
    }) : (f32, tensor<4xf32>) -> tensor<4xf32>
    %17:2 = "linalg.generic"(%arg0, %16, %15) <{indexing_maps = [#map, #map1, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg9: f32, %arg10: f32, %arg11: i64):
      %40 = "linalg.index"() <{dim = 1 : i64}> : () -> index
      %41 = "arith.index_cast"(%40) : (index) -> i64
      %42 = "arith.maximumf"(%arg9, %arg10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %43 = "arith.cmpf"(%arg9, %arg10) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
      %44 = "arith.select"(%43, %41, %arg11) : (i1, i64, i64) -> i64
      "linalg.yield"(%42, %44) : (f32, i64) -> ()
    }) : (tensor<4x8xf32>, tensor<4xf32>, tensor<4xi64>) -> (tensor<4xf32>, tensor<4xi64>)
    %18 = "tensor.empty"() : () -> tensor<3x8xf32>
    %19 = "linalg.generic"(%arg1, %18) <{indexing_maps = [#map1, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg7: i64, %arg8: f32):
      %35 = "arith.index_cast"(%arg7) : (i64) -> index
      %36 = "linalg.index"() <{dim = 1 : i64}> : () -> index
      %37 = "arith.cmpi"(%35, %3) <{predicate = 2 : i64}> : (index, index) -> i1
      "cf.assert"(%37) <{msg = "index must be smaller than dim size"}> : (i1) -> ()
      %38 = "arith.cmpi"(%arg7, %1) <{predicate = 5 : i64}> : (i64, i64) -> i1
      "cf.assert"(%38) <{msg = "index must be larger or equal to 0"}> : (i1) -> ()
      %39 = "tensor.extract"(%arg2, %35, %36) : (tensor<10x8xf32>, index, index) -> f32
      "linalg.yield"(%39) : (f32) -> ()
    }) : (tensor<3xi64>, tensor<3x8xf32>) -> tensor<3x8xf32>
    %20 = "tensor.empty"() : () -> tensor<4x8xf32>
    %21 = "linalg.generic"(%arg0, %20) <{indexing_maps = [#map, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg5: f32, %arg6: f32):
      %27 = "math.fpowi"(%arg5, %4) <{fastmath = #arith.fastmath<none>}> : (f32, i64) -> f32
      %28 = "arith.mulf"(%27, %5) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %29 = "arith.addf"(%arg5, %28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %30 = "arith.mulf"(%29, %6) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %31 = "math.tanh"(%30) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      %32 = "arith.addf"(%31, %7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %33 = "arith.mulf"(%32, %8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %34 = "arith.mulf"(%arg5, %33) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%34) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %22 = "linalg.generic"(%21, %20) <{indexing_maps = [#map, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg3: f32, %arg4: f32):
      %23 = "arith.negf"(%arg3) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      %24 = "math.exp"(%23) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      %25 = "arith.addf"(%24, %7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %26 = "arith.divf"(%7, %25) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%26) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%13, %17#1, %19, %22) : (tensor<4xf32>, tensor<4xi64>, tensor<3x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

