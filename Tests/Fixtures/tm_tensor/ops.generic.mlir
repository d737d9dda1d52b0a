"builtin.module"() ({
  "func.func"() <{function_type = (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>), sym_name = "scan_1d_inclusive"}> ({
  ^bb0(%arg74: tensor<128xi32>, %arg75: tensor<128xi32>, %arg76: tensor<i32>):
    %18:2 = "tm_tensor.scan"(%arg74, %arg75, %arg76) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg77: i32, %arg78: i32):
      %19 = "arith.addi"(%arg77, %arg78) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "tm_tensor.yield"(%19) : (i32) -> ()
    }) : (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>)
    "func.return"(%18#0, %18#1) : (tensor<128xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>), sym_name = "scan_2d_exclusive_attrs"}> ({
  ^bb0(%arg69: tensor<?x8xf32>, %arg70: tensor<?x8xf32>, %arg71: tensor<?xf32>):
    %16:2 = "tm_tensor.scan"(%arg69, %arg70, %arg71) <{dimension = 1 : i64, inclusive = false, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg72: f32, %arg73: f32):
      %17 = "arith.mulf"(%arg72, %arg73) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%17) : (f32) -> ()
    }) {tag = "x"} : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>)
    "func.return"(%16#0, %16#1) : (tensor<?x8xf32>, tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> (), sym_name = "scan_memref"}> ({
  ^bb0(%arg64: memref<4x5xf64>, %arg65: memref<4x5xf64>, %arg66: memref<5xf64>):
    "tm_tensor.scan"(%arg64, %arg65, %arg66) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg67: f64, %arg68: f64):
      %15 = "arith.addf"(%arg67, %arg68) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      "tm_tensor.yield"(%15) : (f64) -> ()
    }) : (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xi32>, tensor<3x1xi32>, tensor<3xi32>) -> tensor<8xi32>, sym_name = "scatter_update_scalar_1D"}> ({
  ^bb0(%arg59: tensor<8xi32>, %arg60: tensor<3x1xi32>, %arg61: tensor<3xi32>):
    %14 = "tm_tensor.scatter"(%arg61, %arg60, %arg59) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg62: i32, %arg63: i32):
      "tm_tensor.yield"(%arg62) : (i32) -> ()
    }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%14) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3x5xf32>, tensor<2x2xi64>, tensor<2x5xf32>) -> tensor<4x3x5xf32>, sym_name = "scatter_add_slices"}> ({
  ^bb0(%arg54: tensor<4x3x5xf32>, %arg55: tensor<2x2xi64>, %arg56: tensor<2x5xf32>):
    %12 = "tm_tensor.scatter"(%arg56, %arg55, %arg54) <{dimension_map = array<i64: 0, 1>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = false}> ({
    ^bb0(%arg57: f32, %arg58: f32):
      %13 = "arith.addf"(%arg57, %arg58) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%13) : (f32) -> ()
    }) : (tensor<2x5xf32>, tensor<2x2xi64>, tensor<4x3x5xf32>) -> tensor<4x3x5xf32>
    "func.return"(%12) : (tensor<4x3x5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<8xf32>, memref<3x1xi32>, memref<3xf32>) -> (), sym_name = "scatter_memref"}> ({
  ^bb0(%arg49: memref<8xf32>, %arg50: memref<3x1xi32>, %arg51: memref<3xf32>):
    "tm_tensor.scatter"(%arg51, %arg50, %arg49) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg52: f32, %arg53: f32):
      "tm_tensor.yield"(%arg52) : (f32) -> ()
    }) : (memref<3xf32>, memref<3x1xi32>, memref<8xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>), sym_name = "sort_two"}> ({
  ^bb0(%arg43: tensor<3x4xf32>, %arg44: tensor<3x4xi64>):
    %10:2 = "tm_tensor.sort"(%arg43, %arg44) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 0, 2>}> ({
    ^bb0(%arg45: f32, %arg46: f32, %arg47: i64, %arg48: i64):
      %11 = "arith.cmpf"(%arg45, %arg46) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%11) : (i1) -> ()
    }) : (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>)
    "func.return"(%10#0, %10#1) : (tensor<3x4xf32>, tensor<3x4xi64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xi32>) -> (), sym_name = "sort_memref"}> ({
  ^bb0(%arg40: memref<?xi32>):
    "tm_tensor.sort"(%arg40) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 0, 1>}> ({
    ^bb0(%arg41: i32, %arg42: i32):
      %9 = "arith.cmpi"(%arg41, %arg42) <{predicate = 4 : i64}> : (i32, i32) -> i1
      "tm_tensor.yield"(%9) : (i1) -> ()
    }) {extra} : (memref<?xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>), sym_name = "topk"}> ({
  ^bb0(%arg35: tensor<2x6xf32>, %arg36: tensor<2x3xf32>, %arg37: tensor<2x3xi32>):
    %7:2 = "tm_tensor.topk"(%arg35, %arg36, %arg37) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg38: f32, %arg39: f32):
      %8 = "arith.cmpf"(%arg38, %arg39) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%8) : (i1) -> ()
    }) : (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>)
    "func.return"(%7#0, %7#1) : (tensor<2x3xf32>, tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> (), sym_name = "topk_indices_memref"}> ({
  ^bb0(%arg29: memref<6xf32>, %arg30: memref<6xi32>, %arg31: memref<2xf32>, %arg32: memref<2xi32>):
    "tm_tensor.topk"(%arg29, %arg30, %arg31, %arg32) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 2, 2>}> ({
    ^bb0(%arg33: f32, %arg34: f32):
      %6 = "arith.cmpf"(%arg33, %arg34) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%6) : (i1) -> ()
    }) : (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "attention"}> ({
  ^bb0(%arg25: tensor<2x4x8xf32>, %arg26: tensor<2x5x8xf32>, %arg27: tensor<2x5x3xf32>, %arg28: tensor<2x4x3xf32>):
    %5 = "tm_tensor.attention"(%arg25, %arg26, %arg27, %arg28) <{operandSegmentSizes = array<i32: 3, 1>}> : (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%5) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "attention_mask_scale"}> ({
  ^bb0(%arg20: tensor<4x8xf32>, %arg21: tensor<5x8xf32>, %arg22: tensor<5x3xf32>, %arg23: tensor<4x5xi1>, %arg24: tensor<4x3xf32>):
    %4 = "tm_tensor.attention"(%arg20, %arg21, %arg22, %arg23, %arg24) <{operandSegmentSizes = array<i32: 4, 1>, scale = 5.000000e-01 : f64}> : (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%4) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> (), sym_name = "attention_memref"}> ({
  ^bb0(%arg15: memref<4x8xf32>, %arg16: memref<5x8xf32>, %arg17: memref<5x3xf32>, %arg18: memref<4x5xf32>, %arg19: memref<4x3xf32>):
    "tm_tensor.attention"(%arg15, %arg16, %arg17, %arg18, %arg19) <{operandSegmentSizes = array<i32: 4, 1>}> : (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>), sym_name = "implicit_yield"}> ({
  ^bb0(%arg10: tensor<4xf32>, %arg11: tensor<4xf32>, %arg12: tensor<f32>):
    %3:2 = "tm_tensor.scan"(%arg10, %arg11, %arg12) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg13: f32, %arg14: f32):
      "tm_tensor.yield"() : () -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
    "func.return"(%3#0, %3#1) : (tensor<4xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xi32>, tensor<3x1xi32>, tensor<3xi32>) -> tensor<8xi32>, sym_name = "scatter_generic_default"}> ({
  ^bb0(%arg5: tensor<8xi32>, %arg6: tensor<3x1xi32>, %arg7: tensor<3xi32>):
    %2 = "tm_tensor.scatter"(%arg7, %arg6, %arg5) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg8: i32, %arg9: i32):
      "tm_tensor.yield"(%arg8) : (i32) -> ()
    }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%2) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>), sym_name = "scan_integer_bool"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<f32>):
    %0:2 = "tm_tensor.scan"(%arg0, %arg1, %arg2) <{dimension = 0 : i64, inclusive = false, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg3: f32, %arg4: f32):
      %1 = "arith.addf"(%arg3, %arg4) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%1) : (f32) -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
    "func.return"(%0#0, %0#1) : (tensor<4xf32>, tensor<f32>) -> ()
  }) : () -> ()
}) : () -> ()

