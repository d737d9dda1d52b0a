#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d1, d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2, d0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map11 = affine_map<(d0, d1) -> (d1)>
#map12 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 * 2 + d5, d3 * 2 + d6)>
#map13 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>
#map14 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 * 2 + d5, d3 + d6 * 2)>
#map16 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
#map17 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map18 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d4, d2 * 2 + d5, d3)>
#map20 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5, d3)>
"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<4xf32>, memref<4x8xf32>, tensor<4x8xi32>, tensor<8x4xf32>) -> (tensor<4xf32>, tensor<8x4xf32>), sym_name = "generic"}> ({
  ^bb0(%arg137: tensor<4x8xf32>, %arg138: tensor<4xf32>, %arg139: memref<4x8xf32>, %arg140: tensor<4x8xi32>, %arg141: tensor<8x4xf32>):
    %83 = "linalg.generic"(%arg137, %arg138) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg148: f32, %arg149: f32):
      %87 = "linalg.index"() <{dim = 1 : i64}> : () -> index
      %88 = "arith.addf"(%arg148, %arg149) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%88) : (f32) -> ()
    }) {foo = 1 : i32} : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4xf32>
    "linalg.generic"(%arg139, %arg139) <{doc = "copy", indexing_maps = [#map, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], library_call = "my_copy", operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg146: f32, %arg147: f32):
      "linalg.yield"(%arg146) : (f32) -> ()
    }) : (memref<4x8xf32>, memref<4x8xf32>) -> ()
    %84:2 = "linalg.generic"(%arg137, %arg140, %arg141, %arg137) <{indexing_maps = [#map, #map, #map2, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 2>}> ({
    ^bb0(%arg142: f32, %arg143: i32, %arg144: f32, %arg145: f32):
      %85 = "arith.sitofp"(%arg143) : (i32) -> f32
      %86 = "arith.mulf"(%arg142, %85) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%86, %arg142) : (f32, f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xi32>, tensor<8x4xf32>, tensor<4x8xf32>) -> (tensor<8x4xf32>, tensor<4x8xf32>)
    "func.return"(%83, %84#0) : (tensor<4xf32>, tensor<8x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<8x4xf32>, tensor<8x16xf32>, tensor<4x16xf32>, tensor<4x8xi8>, tensor<8x16xi8>, tensor<4x16xi32>, tensor<2x4x8xf16>, tensor<2x8x16xf16>, tensor<2x4x16xf32>) -> tensor<4x16xf32>, sym_name = "contractions"}> ({
  ^bb0(%arg103: tensor<4x8xf32>, %arg104: tensor<8x4xf32>, %arg105: tensor<8x16xf32>, %arg106: tensor<4x16xf32>, %arg107: tensor<4x8xi8>, %arg108: tensor<8x16xi8>, %arg109: tensor<4x16xi32>, %arg110: tensor<2x4x8xf16>, %arg111: tensor<2x8x16xf16>, %arg112: tensor<2x4x16xf32>):
    %49 = "linalg.matmul"(%arg103, %arg105, %arg106) <{indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg134: f32, %arg135: f32, %arg136: f32):
      %81 = "arith.mulf"(%arg134, %arg135) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %82 = "arith.addf"(%arg136, %81) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%82) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %50 = "linalg.matmul"(%arg104, %arg105, %49) <{indexing_maps = [#map6, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg131: f32, %arg132: f32, %arg133: f32):
      %79 = "arith.mulf"(%arg131, %arg132) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %80 = "arith.addf"(%arg133, %79) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%80) : (f32) -> ()
    }) : (tensor<8x4xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %51 = "linalg.matmul"(%arg107, %arg108, %arg109) <{cast = #linalg.type_fn<cast_unsigned>, indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg128: i8, %arg129: i8, %arg130: i32):
      %75 = "arith.extui"(%arg128) : (i8) -> i32
      %76 = "arith.extui"(%arg129) : (i8) -> i32
      %77 = "arith.muli"(%75, %76) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %78 = "arith.addi"(%arg130, %77) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%78) : (i32) -> ()
    }) : (tensor<4x8xi8>, tensor<8x16xi8>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %52 = "linalg.matmul"(%arg107, %arg108, %arg109) <{cast = #linalg.type_fn<cast_signed>, indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg125: i8, %arg126: i8, %arg127: i32):
      %71 = "arith.extsi"(%arg125) : (i8) -> i32
      %72 = "arith.extsi"(%arg126) : (i8) -> i32
      %73 = "arith.muli"(%71, %72) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %74 = "arith.addi"(%arg127, %73) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%74) : (i32) -> ()
    }) : (tensor<4x8xi8>, tensor<8x16xi8>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %53 = "linalg.matmul"(%arg107, %arg108, %arg109) <{indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg122: i8, %arg123: i8, %arg124: i32):
      %67 = "arith.extsi"(%arg122) : (i8) -> i32
      %68 = "arith.extsi"(%arg123) : (i8) -> i32
      %69 = "arith.muli"(%67, %68) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %70 = "arith.addi"(%arg124, %69) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%70) : (i32) -> ()
    }) : (tensor<4x8xi8>, tensor<8x16xi8>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %54 = "linalg.batch_matmul"(%arg110, %arg111, %arg112) <{indexing_maps = [#map7, #map8, #map9], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg119: f16, %arg120: f16, %arg121: f32):
      %63 = "arith.extf"(%arg119) : (f16) -> f32
      %64 = "arith.extf"(%arg120) : (f16) -> f32
      %65 = "arith.mulf"(%63, %64) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %66 = "arith.addf"(%arg121, %65) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%66) : (f32) -> ()
    }) : (tensor<2x4x8xf16>, tensor<2x8x16xf16>, tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %55 = "linalg.batch_reduce_matmul"(%arg110, %arg111, %arg106) <{indexing_maps = [#map7, #map8, #map10], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg116: f16, %arg117: f16, %arg118: f32):
      %59 = "arith.extf"(%arg116) : (f16) -> f32
      %60 = "arith.extf"(%arg117) : (f16) -> f32
      %61 = "arith.mulf"(%59, %60) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %62 = "arith.addf"(%arg118, %61) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%62) : (f32) -> ()
    }) : (tensor<2x4x8xf16>, tensor<2x8x16xf16>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %56 = "linalg.matmul"(%arg103, %arg105, %arg106) <{indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg113: f32, %arg114: f32, %arg115: f32):
      %57 = "arith.mulf"(%arg113, %arg114) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %58 = "arith.addf"(%arg115, %57) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%58) : (f32) -> ()
    }) {foo = "bar"} : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%50) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?x?xf32>, memref<?x?xf32>, memref<?x?xf32>, memref<?xf32>, memref<?xf32>) -> (), sym_name = "memref_matmul"}> ({
  ^bb0(%arg92: memref<?x?xf32>, %arg93: memref<?x?xf32>, %arg94: memref<?x?xf32>, %arg95: memref<?xf32>, %arg96: memref<?xf32>):
    "linalg.matmul"(%arg92, %arg93, %arg94) <{indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg100: f32, %arg101: f32, %arg102: f32):
      %47 = "arith.mulf"(%arg100, %arg101) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %48 = "arith.addf"(%arg102, %47) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%48) : (f32) -> ()
    }) : (memref<?x?xf32>, memref<?x?xf32>, memref<?x?xf32>) -> ()
    "linalg.matvec"(%arg92, %arg95, %arg96) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg97: f32, %arg98: f32, %arg99: f32):
      %45 = "arith.mulf"(%arg97, %arg98) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %46 = "arith.addf"(%arg99, %45) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%46) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map11, #map1]} : (memref<?x?xf32>, memref<?xf32>, memref<?xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<4xf32>, memref<4x8xf32>, tensor<4x8xi32>, tensor<4xi32>) -> tensor<4x8xf32>, sym_name = "map_reduce"}> ({
  ^bb0(%arg64: tensor<4x8xf32>, %arg65: tensor<4xf32>, %arg66: memref<4x8xf32>, %arg67: tensor<4x8xi32>, %arg68: tensor<4xi32>):
    %27 = "linalg.map"(%arg64, %arg64) ({
    ^bb0(%arg90: f32, %arg91: f32):
      %44 = "arith.negf"(%arg90) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%44) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %28 = "linalg.map"(%arg64, %arg64, %arg64) ({
    ^bb0(%arg87: f32, %arg88: f32, %arg89: f32):
      %43 = "arith.mulf"(%arg87, %arg89) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%43) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %29 = "linalg.map"(%arg64, %27, %arg64) ({
    ^bb0(%arg84: f32, %arg85: f32, %arg86: f32):
      %42 = "arith.addf"(%arg84, %arg85) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
      "linalg.yield"(%42) : (f32) -> ()
    }) {foo} : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %30 = "linalg.map"(%arg67, %arg67, %arg67) ({
    ^bb0(%arg81: i32, %arg82: i32, %arg83: i32):
      %41 = "arith.addi"(%arg81, %arg82) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%41) : (i32) -> ()
    }) : (tensor<4x8xi32>, tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %31 = "linalg.reduce"(%arg64, %arg65) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg79: f32, %arg80: f32):
      %40 = "arith.addf"(%arg80, %arg79) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%40) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4xf32>
    %32 = "linalg.reduce"(%arg64, %arg65) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg77: f32, %arg78: f32):
      %39 = "arith.maximumf"(%arg77, %arg78) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%39) : (f32) -> ()
    }) {bar} : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4xf32>
    %33 = "linalg.reduce"(%arg67, %arg68) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg75: i32, %arg76: i32):
      %38 = "arith.maxsi"(%arg76, %arg75) : (i32, i32) -> i32
      "linalg.yield"(%38) : (i32) -> ()
    }) : (tensor<4x8xi32>, tensor<4xi32>) -> tensor<4xi32>
    %34:2 = "linalg.reduce"(%arg64, %arg67, %arg65, %arg68) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg71: f32, %arg72: i32, %arg73: f32, %arg74: i32):
      %36 = "arith.addf"(%arg71, %arg73) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %37 = "arith.addi"(%arg72, %arg74) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%36, %37) : (f32, i32) -> ()
    }) : (tensor<4x8xf32>, tensor<4x8xi32>, tensor<4xf32>, tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>)
    "linalg.map"(%arg66, %arg66) ({
    ^bb0(%arg69: f32, %arg70: f32):
      %35 = "arith.negf"(%arg69) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%35) : (f32) -> ()
    }) : (memref<4x8xf32>, memref<4x8xf32>) -> ()
    "func.return"(%29) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<4xf32>, tensor<8x4xf32>, tensor<2x3x4xf32>, tensor<4x2x3xf32>, memref<4xf32>, memref<4x5xf32>) -> tensor<4x8xf32>, sym_name = "transpose_broadcast"}> ({
  ^bb0(%arg49: tensor<4x8xf32>, %arg50: tensor<4xf32>, %arg51: tensor<8x4xf32>, %arg52: tensor<2x3x4xf32>, %arg53: tensor<4x2x3xf32>, %arg54: memref<4xf32>, %arg55: memref<4x5xf32>):
    %24 = "linalg.transpose"(%arg49, %arg51) <{permutation = array<i64: 1, 0>}> ({
    ^bb0(%arg62: f32, %arg63: f32):
      "linalg.yield"(%arg62) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %25 = "linalg.transpose"(%arg52, %arg53) <{permutation = array<i64: 2, 0, 1>}> ({
    ^bb0(%arg60: f32, %arg61: f32):
      "linalg.yield"(%arg60) : (f32) -> ()
    }) {baz} : (tensor<2x3x4xf32>, tensor<4x2x3xf32>) -> tensor<4x2x3xf32>
    %26 = "linalg.broadcast"(%arg50, %arg49) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg58: f32, %arg59: f32):
      "linalg.yield"(%arg58) : (f32) -> ()
    }) : (tensor<4xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "linalg.broadcast"(%arg54, %arg55) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg56: f32, %arg57: f32):
      "linalg.yield"(%arg56) : (f32) -> ()
    }) : (memref<4xf32>, memref<4x5xf32>) -> ()
    "func.return"(%26) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, tensor<?x4xf32>, memref<4xf32>, tensor<?x4xf16>, i32) -> tensor<?x4xf32>, sym_name = "fill_copy"}> ({
  ^bb0(%arg34: f32, %arg35: tensor<?x4xf32>, %arg36: memref<4xf32>, %arg37: tensor<?x4xf16>, %arg38: i32):
    %20 = "linalg.fill"(%arg34, %arg35) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg47: f32, %arg48: f32):
      "linalg.yield"(%arg47) : (f32) -> ()
    }) : (f32, tensor<?x4xf32>) -> tensor<?x4xf32>
    "linalg.fill"(%arg34, %arg36) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg45: f32, %arg46: f32):
      "linalg.yield"(%arg45) : (f32) -> ()
    }) : (f32, memref<4xf32>) -> ()
    %21 = "linalg.copy"(%arg37, %20) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg43: f16, %arg44: f32):
      %23 = "arith.extf"(%arg43) : (f16) -> f32
      "linalg.yield"(%23) : (f32) -> ()
    }) : (tensor<?x4xf16>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %22 = "linalg.copy"(%arg35, %arg35) <{cast = #linalg.type_fn<cast_unsigned>, operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg41: f32, %arg42: f32):
      "linalg.yield"(%arg41) : (f32) -> ()
    }) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "linalg.copy"(%arg36, %arg36) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg39: f32, %arg40: f32):
      "linalg.yield"(%arg39) : (f32) -> ()
    }) : (memref<4xf32>, memref<4xf32>) -> ()
    "func.return"(%21) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>, tensor<1x8x7x7xf32>, tensor<3x3xf32>, tensor<1x3x7x7xf32>, tensor<1x16x16x3xf32>, tensor<3x3x3xf32>, tensor<1x7x7x3xf32>) -> tensor<1x8x7x7xf32>, sym_name = "conv_pool"}> ({
  ^bb0(%arg11: tensor<1x3x16x16xf32>, %arg12: tensor<8x3x3x3xf32>, %arg13: tensor<1x8x7x7xf32>, %arg14: tensor<3x3xf32>, %arg15: tensor<1x3x7x7xf32>, %arg16: tensor<1x16x16x3xf32>, %arg17: tensor<3x3x3xf32>, %arg18: tensor<1x7x7x3xf32>):
    %7 = "linalg.conv_2d_nchw_fchw"(%arg11, %arg12, %arg13) <{dilations = dense<1> : vector<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : vector<2xi64>}> ({
    ^bb0(%arg31: f32, %arg32: f32, %arg33: f32):
      %18 = "arith.mulf"(%arg31, %arg32) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %19 = "arith.addf"(%arg33, %18) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%19) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map12, #map13, #map14]} : (tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>, tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %8 = "linalg.conv_2d_nchw_fchw"(%arg11, %arg12, %arg13) <{dilations = dense<[1, 2]> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<[2, 1]> : tensor<2xi64>}> ({
    ^bb0(%arg28: f32, %arg29: f32, %arg30: f32):
      %16 = "arith.mulf"(%arg28, %arg29) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %17 = "arith.addf"(%arg30, %16) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%17) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map13, #map14]} : (tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>, tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %9 = "linalg.pooling_nchw_max"(%arg11, %arg14, %arg15) <{dilations = dense<1> : vector<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : vector<2xi64>}> ({
    ^bb0(%arg25: f32, %arg26: f32, %arg27: f32):
      %15 = "arith.maximumf"(%arg27, %arg25) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%15) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map16, #map17, #map18]} : (tensor<1x3x16x16xf32>, tensor<3x3xf32>, tensor<1x3x7x7xf32>) -> tensor<1x3x7x7xf32>
    %10 = "linalg.pooling_nchw_sum"(%arg11, %arg14, %arg15) <{dilations = dense<1> : vector<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : vector<2xi64>}> ({
    ^bb0(%arg22: f32, %arg23: f32, %arg24: f32):
      %14 = "arith.addf"(%arg24, %arg22) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%14) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map16, #map17, #map18]} : (tensor<1x3x16x16xf32>, tensor<3x3xf32>, tensor<1x3x7x7xf32>) -> tensor<1x3x7x7xf32>
    %11 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg16, %arg17, %arg18) <{dilations = dense<1> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg19: f32, %arg20: f32, %arg21: f32):
      %12 = "arith.mulf"(%arg19, %arg20) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %13 = "arith.addf"(%arg21, %12) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%13) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map19, #map20, #map18]} : (tensor<1x16x16x3xf32>, tensor<3x3x3xf32>, tensor<1x7x7x3xf32>) -> tensor<1x7x7x3xf32>
    "func.return"(%7) : (tensor<1x8x7x7xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "dynamic"}> ({
  ^bb0(%arg0: tensor<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: tensor<?x?xf32>):
    %0 = "linalg.matmul"(%arg0, %arg1, %arg2) <{indexing_maps = [#map3, #map4, #map5], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg8: f32, %arg9: f32, %arg10: f32):
      %5 = "arith.mulf"(%arg8, %arg9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %6 = "arith.addf"(%arg10, %5) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%6) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    %1 = "linalg.add"(%0, %arg0, %arg2) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg5: f32, %arg6: f32, %arg7: f32):
      %4 = "arith.addf"(%arg5, %arg6) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%4) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    %2 = "linalg.generic"(%1, %arg2) <{indexing_maps = [#map, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg3: f32, %arg4: f32):
      %3 = "arith.negf"(%arg3) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%3) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%2) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

