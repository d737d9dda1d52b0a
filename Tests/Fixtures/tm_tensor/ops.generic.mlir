"builtin.module"() ({
  "func.func"() <{function_type = (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>), sym_name = "scan_1d_inclusive"}> ({
  ^bb0(%arg64: tensor<128xi32>, %arg65: tensor<128xi32>, %arg66: tensor<i32>):
    %15:2 = "tm_tensor.scan"(%arg64, %arg65, %arg66) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg67: i32, %arg68: i32):
      %16 = "arith.addi"(%arg67, %arg68) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "tm_tensor.yield"(%16) : (i32) -> ()
    }) : (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>)
    "func.return"(%15#0, %15#1) : (tensor<128xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>), sym_name = "scan_2d_exclusive_attrs"}> ({
  ^bb0(%arg59: tensor<?x8xf32>, %arg60: tensor<?x8xf32>, %arg61: tensor<?xf32>):
    %13:2 = "tm_tensor.scan"(%arg59, %arg60, %arg61) <{dimension = 1 : i64, inclusive = false, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg62: f32, %arg63: f32):
      %14 = "arith.mulf"(%arg62, %arg63) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%14) : (f32) -> ()
    }) {tag = "x"} : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>)
    "func.return"(%13#0, %13#1) : (tensor<?x8xf32>, tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> (), sym_name = "scan_memref"}> ({
  ^bb0(%arg54: memref<4x5xf64>, %arg55: memref<4x5xf64>, %arg56: memref<5xf64>):
    "tm_tensor.scan"(%arg54, %arg55, %arg56) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg57: f64, %arg58: f64):
      %12 = "arith.addf"(%arg57, %arg58) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      "tm_tensor.yield"(%12) : (f64) -> ()
    }) : (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xi32>, tensor<3x1xi32>, tensor<3xi32>) -> tensor<8xi32>, sym_name = "scatter_update_scalar_1D"}> ({
  ^bb0(%arg49: tensor<8xi32>, %arg50: tensor<3x1xi32>, %arg51: tensor<3xi32>):
    %11 = "tm_tensor.scatter"(%arg51, %arg50, %arg49) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg52: i32, %arg53: i32):
      "tm_tensor.yield"(%arg52) : (i32) -> ()
    }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%11) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3x5xf32>, tensor<2x2xi64>, tensor<2x5xf32>) -> tensor<4x3x5xf32>, sym_name = "scatter_add_slices"}> ({
  ^bb0(%arg44: tensor<4x3x5xf32>, %arg45: tensor<2x2xi64>, %arg46: tensor<2x5xf32>):
    %9 = "tm_tensor.scatter"(%arg46, %arg45, %arg44) <{dimension_map = array<i64: 0, 1>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = false}> ({
    ^bb0(%arg47: f32, %arg48: f32):
      %10 = "arith.addf"(%arg47, %arg48) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%10) : (f32) -> ()
    }) : (tensor<2x5xf32>, tensor<2x2xi64>, tensor<4x3x5xf32>) -> tensor<4x3x5xf32>
    "func.return"(%9) : (tensor<4x3x5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<8xf32>, memref<3x1xi32>, memref<3xf32>) -> (), sym_name = "scatter_memref"}> ({
  ^bb0(%arg39: memref<8xf32>, %arg40: memref<3x1xi32>, %arg41: memref<3xf32>):
    "tm_tensor.scatter"(%arg41, %arg40, %arg39) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg42: f32, %arg43: f32):
      "tm_tensor.yield"(%arg42) : (f32) -> ()
    }) : (memref<3xf32>, memref<3x1xi32>, memref<8xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>), sym_name = "sort_two"}> ({
  ^bb0(%arg33: tensor<3x4xf32>, %arg34: tensor<3x4xi64>):
    %7:2 = "tm_tensor.sort"(%arg33, %arg34) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 0, 2>}> ({
    ^bb0(%arg35: f32, %arg36: f32, %arg37: i64, %arg38: i64):
      %8 = "arith.cmpf"(%arg35, %arg36) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%8) : (i1) -> ()
    }) : (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>)
    "func.return"(%7#0, %7#1) : (tensor<3x4xf32>, tensor<3x4xi64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xi32>) -> (), sym_name = "sort_memref"}> ({
  ^bb0(%arg30: memref<?xi32>):
    "tm_tensor.sort"(%arg30) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 0, 1>}> ({
    ^bb0(%arg31: i32, %arg32: i32):
      %6 = "arith.cmpi"(%arg31, %arg32) <{predicate = 4 : i64}> : (i32, i32) -> i1
      "tm_tensor.yield"(%6) : (i1) -> ()
    }) {extra} : (memref<?xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>), sym_name = "topk"}> ({
  ^bb0(%arg25: tensor<2x6xf32>, %arg26: tensor<2x3xf32>, %arg27: tensor<2x3xi32>):
    %4:2 = "tm_tensor.topk"(%arg25, %arg26, %arg27) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg28: f32, %arg29: f32):
      %5 = "arith.cmpf"(%arg28, %arg29) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%5) : (i1) -> ()
    }) : (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>)
    "func.return"(%4#0, %4#1) : (tensor<2x3xf32>, tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> (), sym_name = "topk_indices_memref"}> ({
  ^bb0(%arg19: memref<6xf32>, %arg20: memref<6xi32>, %arg21: memref<2xf32>, %arg22: memref<2xi32>):
    "tm_tensor.topk"(%arg19, %arg20, %arg21, %arg22) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 2, 2>}> ({
    ^bb0(%arg23: f32, %arg24: f32):
      %3 = "arith.cmpf"(%arg23, %arg24) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%3) : (i1) -> ()
    }) : (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "attention"}> ({
  ^bb0(%arg15: tensor<2x4x8xf32>, %arg16: tensor<2x5x8xf32>, %arg17: tensor<2x5x3xf32>, %arg18: tensor<2x4x3xf32>):
    %2 = "tm_tensor.attention"(%arg15, %arg16, %arg17, %arg18) <{operandSegmentSizes = array<i32: 3, 1>}> : (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%2) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "attention_mask_scale"}> ({
  ^bb0(%arg10: tensor<4x8xf32>, %arg11: tensor<5x8xf32>, %arg12: tensor<5x3xf32>, %arg13: tensor<4x5xi1>, %arg14: tensor<4x3xf32>):
    %1 = "tm_tensor.attention"(%arg10, %arg11, %arg12, %arg13, %arg14) <{operandSegmentSizes = array<i32: 4, 1>, scale = 5.000000e-01 : f64}> : (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%1) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> (), sym_name = "attention_memref"}> ({
  ^bb0(%arg5: memref<4x8xf32>, %arg6: memref<5x8xf32>, %arg7: memref<5x3xf32>, %arg8: memref<4x5xf32>, %arg9: memref<4x3xf32>):
    "tm_tensor.attention"(%arg5, %arg6, %arg7, %arg8, %arg9) <{operandSegmentSizes = array<i32: 4, 1>}> : (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>), sym_name = "implicit_yield"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<f32>):
    %0:2 = "tm_tensor.scan"(%arg0, %arg1, %arg2) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg3: f32, %arg4: f32):
      "tm_tensor.yield"() : () -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
    "func.return"(%0#0, %0#1) : (tensor<4xf32>, tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

