"builtin.module"() ({
  "func.func"() <{function_type = (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>), sym_name = "scan_1d_inclusive"}> ({
  ^bb0(%arg69: tensor<128xi32>, %arg70: tensor<128xi32>, %arg71: tensor<i32>):
    %16:2 = "tm_tensor.scan"(%arg69, %arg70, %arg71) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg72: i32, %arg73: i32):
      %17 = "arith.addi"(%arg72, %arg73) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "tm_tensor.yield"(%17) : (i32) -> ()
    }) : (tensor<128xi32>, tensor<128xi32>, tensor<i32>) -> (tensor<128xi32>, tensor<i32>)
    "func.return"(%16#0, %16#1) : (tensor<128xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>), sym_name = "scan_2d_exclusive_attrs"}> ({
  ^bb0(%arg64: tensor<?x8xf32>, %arg65: tensor<?x8xf32>, %arg66: tensor<?xf32>):
    %14:2 = "tm_tensor.scan"(%arg64, %arg65, %arg66) <{dimension = 1 : i64, inclusive = false, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg67: f32, %arg68: f32):
      %15 = "arith.mulf"(%arg67, %arg68) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%15) : (f32) -> ()
    }) {tag = "x"} : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>)
    "func.return"(%14#0, %14#1) : (tensor<?x8xf32>, tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> (), sym_name = "scan_memref"}> ({
  ^bb0(%arg59: memref<4x5xf64>, %arg60: memref<4x5xf64>, %arg61: memref<5xf64>):
    "tm_tensor.scan"(%arg59, %arg60, %arg61) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg62: f64, %arg63: f64):
      %13 = "arith.addf"(%arg62, %arg63) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      "tm_tensor.yield"(%13) : (f64) -> ()
    }) : (memref<4x5xf64>, memref<4x5xf64>, memref<5xf64>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xi32>, tensor<3x1xi32>, tensor<3xi32>) -> tensor<8xi32>, sym_name = "scatter_update_scalar_1D"}> ({
  ^bb0(%arg54: tensor<8xi32>, %arg55: tensor<3x1xi32>, %arg56: tensor<3xi32>):
    %12 = "tm_tensor.scatter"(%arg56, %arg55, %arg54) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg57: i32, %arg58: i32):
      "tm_tensor.yield"(%arg57) : (i32) -> ()
    }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%12) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3x5xf32>, tensor<2x2xi64>, tensor<2x5xf32>) -> tensor<4x3x5xf32>, sym_name = "scatter_add_slices"}> ({
  ^bb0(%arg49: tensor<4x3x5xf32>, %arg50: tensor<2x2xi64>, %arg51: tensor<2x5xf32>):
    %10 = "tm_tensor.scatter"(%arg51, %arg50, %arg49) <{dimension_map = array<i64: 0, 1>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = false}> ({
    ^bb0(%arg52: f32, %arg53: f32):
      %11 = "arith.addf"(%arg52, %arg53) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "tm_tensor.yield"(%11) : (f32) -> ()
    }) : (tensor<2x5xf32>, tensor<2x2xi64>, tensor<4x3x5xf32>) -> tensor<4x3x5xf32>
    "func.return"(%10) : (tensor<4x3x5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<8xf32>, memref<3x1xi32>, memref<3xf32>) -> (), sym_name = "scatter_memref"}> ({
  ^bb0(%arg44: memref<8xf32>, %arg45: memref<3x1xi32>, %arg46: memref<3xf32>):
    "tm_tensor.scatter"(%arg46, %arg45, %arg44) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg47: f32, %arg48: f32):
      "tm_tensor.yield"(%arg47) : (f32) -> ()
    }) : (memref<3xf32>, memref<3x1xi32>, memref<8xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>), sym_name = "sort_two"}> ({
  ^bb0(%arg38: tensor<3x4xf32>, %arg39: tensor<3x4xi64>):
    %8:2 = "tm_tensor.sort"(%arg38, %arg39) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 0, 2>}> ({
    ^bb0(%arg40: f32, %arg41: f32, %arg42: i64, %arg43: i64):
      %9 = "arith.cmpf"(%arg40, %arg41) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%9) : (i1) -> ()
    }) : (tensor<3x4xf32>, tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>)
    "func.return"(%8#0, %8#1) : (tensor<3x4xf32>, tensor<3x4xi64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?xi32>) -> (), sym_name = "sort_memref"}> ({
  ^bb0(%arg35: memref<?xi32>):
    "tm_tensor.sort"(%arg35) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 0, 1>}> ({
    ^bb0(%arg36: i32, %arg37: i32):
      %7 = "arith.cmpi"(%arg36, %arg37) <{predicate = 4 : i64}> : (i32, i32) -> i1
      "tm_tensor.yield"(%7) : (i1) -> ()
    }) {extra} : (memref<?xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>), sym_name = "topk"}> ({
  ^bb0(%arg30: tensor<2x6xf32>, %arg31: tensor<2x3xf32>, %arg32: tensor<2x3xi32>):
    %5:2 = "tm_tensor.topk"(%arg30, %arg31, %arg32) <{dimension = 1 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg33: f32, %arg34: f32):
      %6 = "arith.cmpf"(%arg33, %arg34) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%6) : (i1) -> ()
    }) : (tensor<2x6xf32>, tensor<2x3xf32>, tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>)
    "func.return"(%5#0, %5#1) : (tensor<2x3xf32>, tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> (), sym_name = "topk_indices_memref"}> ({
  ^bb0(%arg24: memref<6xf32>, %arg25: memref<6xi32>, %arg26: memref<2xf32>, %arg27: memref<2xi32>):
    "tm_tensor.topk"(%arg24, %arg25, %arg26, %arg27) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 2, 2>}> ({
    ^bb0(%arg28: f32, %arg29: f32):
      %4 = "arith.cmpf"(%arg28, %arg29) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
      "tm_tensor.yield"(%4) : (i1) -> ()
    }) : (memref<6xf32>, memref<6xi32>, memref<2xf32>, memref<2xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "attention"}> ({
  ^bb0(%arg20: tensor<2x4x8xf32>, %arg21: tensor<2x5x8xf32>, %arg22: tensor<2x5x3xf32>, %arg23: tensor<2x4x3xf32>):
    %3 = "tm_tensor.attention"(%arg20, %arg21, %arg22, %arg23) <{operandSegmentSizes = array<i32: 3, 1>}> : (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%3) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "attention_mask_scale"}> ({
  ^bb0(%arg15: tensor<4x8xf32>, %arg16: tensor<5x8xf32>, %arg17: tensor<5x3xf32>, %arg18: tensor<4x5xi1>, %arg19: tensor<4x3xf32>):
    %2 = "tm_tensor.attention"(%arg15, %arg16, %arg17, %arg18, %arg19) <{operandSegmentSizes = array<i32: 4, 1>, scale = 5.000000e-01 : f64}> : (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%2) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> (), sym_name = "attention_memref"}> ({
  ^bb0(%arg10: memref<4x8xf32>, %arg11: memref<5x8xf32>, %arg12: memref<5x3xf32>, %arg13: memref<4x5xf32>, %arg14: memref<4x3xf32>):
    "tm_tensor.attention"(%arg10, %arg11, %arg12, %arg13, %arg14) <{operandSegmentSizes = array<i32: 4, 1>}> : (memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>), sym_name = "implicit_yield"}> ({
  ^bb0(%arg5: tensor<4xf32>, %arg6: tensor<4xf32>, %arg7: tensor<f32>):
    %1:2 = "tm_tensor.scan"(%arg5, %arg6, %arg7) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
    ^bb0(%arg8: f32, %arg9: f32):
      "tm_tensor.yield"() : () -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
    "func.return"(%1#0, %1#1) : (tensor<4xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xi32>, tensor<3x1xi32>, tensor<3xi32>) -> tensor<8xi32>, sym_name = "scatter_generic_default"}> ({
  ^bb0(%arg0: tensor<8xi32>, %arg1: tensor<3x1xi32>, %arg2: tensor<3xi32>):
    %0 = "tm_tensor.scatter"(%arg2, %arg1, %arg0) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>, unique_indices = true}> ({
    ^bb0(%arg3: i32, %arg4: i32):
      "tm_tensor.yield"(%arg3) : (i32) -> ()
    }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%0) : (tensor<8xi32>) -> ()
  }) : () -> ()
}) : () -> ()

