#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> ()>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d2, d3, d5)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d4, d5)>
#map6 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d3, d4, d6)>
#map8 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d2, d3, d5, d6)>
#map9 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d4, d5)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> ()>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map14 = affine_map<(d0, d1) -> (d0, d1)>
#map15 = affine_map<(d0, d1) -> (d1)>
#map16 = affine_map<(d0, d1) -> (d0)>
#map17 = affine_map<(d0, d1) -> (d1, d0)>
#map18 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map20 = affine_map<(d0) -> (d0)>
#map21 = affine_map<(d0) -> ()>
#map22 = affine_map<(d0, d1) -> (d0 + d1)>
#map23 = affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 + d3)>
#map24 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map25 = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
#map26 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0 + d3, d1 + d4, d2 + d5)>
#map27 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d3, d4, d5)>
#map28 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2)>
#map29 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 + d3, d4)>
#map30 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d4, d2)>
#map31 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2)>
#map32 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d3, d2 + d4)>
#map33 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4)>
#map34 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d4, d2 + d5, d6)>
#map35 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d5, d6, d3)>
#map36 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
#map37 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d4, d5, d6)>
#map38 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> ()>
#map39 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d5, d3 + d6)>
#map40 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>
#map41 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d5, d3 + d6, d4 + d7)>
#map42 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d2, d1, d5, d6, d7)>
#map43 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d4)>
#map44 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d1, d2, d5, d6, d7)>
#map45 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d5, d2 + d6, d3, d7)>
#map46 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d3, d4, d5, d6, d7)>
#map47 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> ()>
#map48 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1 + d5, d2 + d6, d3 + d7, d8)>
#map49 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d5, d6, d7, d8, d4)>
#map50 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1, d2, d3, d4)>
#map51 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> ()>
#map52 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d5, d2 + d6, d3 + d7, d4 + d8)>
#map53 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d1, d5, d6, d7, d8)>
#map54 = affine_map<(d0, d1, d2, d3) -> (d0, d1 + d3, d2)>
#map55 = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#map56 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1 + d3)>
#map57 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1)>
#map58 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 + d4, d2)>
#map59 = affine_map<(d0, d1, d2, d3, d4) -> (d4, d2, d3)>
#map60 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map61 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d4, d2 + d5, d3)>
#map62 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5, d3)>
#map63 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#map64 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1 + d4, d2 + d5)>
#map65 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1, d2)>
#map66 = affine_map<(d0, d1, d2, d3, d4, d5) -> ()>
#map67 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d5, d2 + d6, d3)>
#map68 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d5, d6, d3, d4)>
#map69 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#map70 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d4, d2 + d5, d3 + d6, d7)>
#map71 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d4, d5, d6, d7)>
#map72 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d7)>
#map73 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d7, d1 + d4, d2 + d5, d3 + d6)>
#map74 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d7, d4, d5, d6)>
#map75 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d7, d1, d2, d3)>
#map76 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1, d2, d3, d8, d4)>
#map77 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map78 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 + d4, d3 + d5)>
#map79 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map80 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + d3)>
#map81 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d5, d2 + d6, d3 + d7, d4)>
#map82 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d5, d6, d7)>
#map83 = affine_map<(d0, d1) -> ()>
"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "copy_f32"}> ({
  ^bb0(%arg1248: tensor<4x3xf32>, %arg1249: tensor<4x3xf32>):
    %814 = "linalg.copy"(%arg1248, %arg1249) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1250: f32, %arg1251: f32):
      "linalg.yield"(%arg1250) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%814) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xi8>, tensor<4x3xi32>) -> tensor<4x3xi32>, sym_name = "copy_i8_i32"}> ({
  ^bb0(%arg1244: tensor<4x3xi8>, %arg1245: tensor<4x3xi32>):
    %812 = "linalg.copy"(%arg1244, %arg1245) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1246: i8, %arg1247: i32):
      %813 = "arith.extsi"(%arg1246) : (i8) -> i32
      "linalg.yield"(%813) : (i32) -> ()
    }) : (tensor<4x3xi8>, tensor<4x3xi32>) -> tensor<4x3xi32>
    "func.return"(%812) : (tensor<4x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf16>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "copy_f16_f32"}> ({
  ^bb0(%arg1240: tensor<4x3xf16>, %arg1241: tensor<4x3xf32>):
    %810 = "linalg.copy"(%arg1240, %arg1241) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1242: f16, %arg1243: f32):
      %811 = "arith.extf"(%arg1242) : (f16) -> f32
      "linalg.yield"(%811) : (f32) -> ()
    }) : (tensor<4x3xf16>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%810) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "exp_f32"}> ({
  ^bb0(%arg1236: tensor<4x3xf32>, %arg1237: tensor<4x3xf32>):
    %808 = "linalg.exp"(%arg1236, %arg1237) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1238: f32, %arg1239: f32):
      %809 = "math.exp"(%arg1238) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%809) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%808) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "log_f32"}> ({
  ^bb0(%arg1232: tensor<4x3xf32>, %arg1233: tensor<4x3xf32>):
    %806 = "linalg.log"(%arg1232, %arg1233) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1234: f32, %arg1235: f32):
      %807 = "math.log"(%arg1234) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%807) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%806) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "abs_f32"}> ({
  ^bb0(%arg1228: tensor<4x3xf32>, %arg1229: tensor<4x3xf32>):
    %804 = "linalg.abs"(%arg1228, %arg1229) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1230: f32, %arg1231: f32):
      %805 = "math.absf"(%arg1230) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%805) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%804) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "ceil_f32"}> ({
  ^bb0(%arg1224: tensor<4x3xf32>, %arg1225: tensor<4x3xf32>):
    %802 = "linalg.ceil"(%arg1224, %arg1225) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1226: f32, %arg1227: f32):
      %803 = "math.ceil"(%arg1226) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%803) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%802) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "floor_f32"}> ({
  ^bb0(%arg1220: tensor<4x3xf32>, %arg1221: tensor<4x3xf32>):
    %800 = "linalg.floor"(%arg1220, %arg1221) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1222: f32, %arg1223: f32):
      %801 = "math.floor"(%arg1222) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%801) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%800) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "negf_f32"}> ({
  ^bb0(%arg1216: tensor<4x3xf32>, %arg1217: tensor<4x3xf32>):
    %798 = "linalg.negf"(%arg1216, %arg1217) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1218: f32, %arg1219: f32):
      %799 = "arith.negf"(%arg1218) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%799) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%798) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "reciprocal_f32"}> ({
  ^bb0(%arg1212: tensor<4x3xf32>, %arg1213: tensor<4x3xf32>):
    %795 = "linalg.reciprocal"(%arg1212, %arg1213) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1214: f32, %arg1215: f32):
      %796 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
      %797 = "arith.divf"(%796, %arg1214) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%797) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%795) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "round_f32"}> ({
  ^bb0(%arg1208: tensor<4x3xf32>, %arg1209: tensor<4x3xf32>):
    %793 = "linalg.round"(%arg1208, %arg1209) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1210: f32, %arg1211: f32):
      %794 = "math.round"(%arg1210) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%794) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%793) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "sqrt_f32"}> ({
  ^bb0(%arg1204: tensor<4x3xf32>, %arg1205: tensor<4x3xf32>):
    %791 = "linalg.sqrt"(%arg1204, %arg1205) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1206: f32, %arg1207: f32):
      %792 = "math.sqrt"(%arg1206) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%792) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%791) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "rsqrt_f32"}> ({
  ^bb0(%arg1200: tensor<4x3xf32>, %arg1201: tensor<4x3xf32>):
    %789 = "linalg.rsqrt"(%arg1200, %arg1201) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1202: f32, %arg1203: f32):
      %790 = "math.rsqrt"(%arg1202) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%790) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%789) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "square_f32"}> ({
  ^bb0(%arg1196: tensor<4x3xf32>, %arg1197: tensor<4x3xf32>):
    %787 = "linalg.square"(%arg1196, %arg1197) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1198: f32, %arg1199: f32):
      %788 = "arith.mulf"(%arg1198, %arg1198) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%788) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%787) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "tanh_f32"}> ({
  ^bb0(%arg1192: tensor<4x3xf32>, %arg1193: tensor<4x3xf32>):
    %785 = "linalg.tanh"(%arg1192, %arg1193) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1194: f32, %arg1195: f32):
      %786 = "math.tanh"(%arg1194) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%786) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%785) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "erf_f32"}> ({
  ^bb0(%arg1188: tensor<4x3xf32>, %arg1189: tensor<4x3xf32>):
    %783 = "linalg.erf"(%arg1188, %arg1189) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1190: f32, %arg1191: f32):
      %784 = "math.erf"(%arg1190) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%784) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%783) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "add_f32"}> ({
  ^bb0(%arg1182: tensor<4x3xf32>, %arg1183: tensor<4x3xf32>, %arg1184: tensor<4x3xf32>):
    %781 = "linalg.add"(%arg1182, %arg1183, %arg1184) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1185: f32, %arg1186: f32, %arg1187: f32):
      %782 = "arith.addf"(%arg1185, %arg1186) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%782) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%781) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "sub_f32"}> ({
  ^bb0(%arg1176: tensor<4x3xf32>, %arg1177: tensor<4x3xf32>, %arg1178: tensor<4x3xf32>):
    %779 = "linalg.sub"(%arg1176, %arg1177, %arg1178) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1179: f32, %arg1180: f32, %arg1181: f32):
      %780 = "arith.subf"(%arg1179, %arg1180) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%780) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%779) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "mul_f32"}> ({
  ^bb0(%arg1170: tensor<4x3xf32>, %arg1171: tensor<4x3xf32>, %arg1172: tensor<4x3xf32>):
    %777 = "linalg.mul"(%arg1170, %arg1171, %arg1172) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1173: f32, %arg1174: f32, %arg1175: f32):
      %778 = "arith.mulf"(%arg1173, %arg1174) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%778) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%777) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "div_f32"}> ({
  ^bb0(%arg1164: tensor<4x3xf32>, %arg1165: tensor<4x3xf32>, %arg1166: tensor<4x3xf32>):
    %775 = "linalg.div"(%arg1164, %arg1165, %arg1166) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1167: f32, %arg1168: f32, %arg1169: f32):
      %776 = "arith.divf"(%arg1167, %arg1168) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%776) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%775) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xi32>, tensor<4x3xi32>, tensor<4x3xi32>) -> tensor<4x3xi32>, sym_name = "div_unsigned_i32"}> ({
  ^bb0(%arg1158: tensor<4x3xi32>, %arg1159: tensor<4x3xi32>, %arg1160: tensor<4x3xi32>):
    %773 = "linalg.div_unsigned"(%arg1158, %arg1159, %arg1160) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1161: i32, %arg1162: i32, %arg1163: i32):
      %774 = "arith.divui"(%arg1161, %arg1162) : (i32, i32) -> i32
      "linalg.yield"(%774) : (i32) -> ()
    }) : (tensor<4x3xi32>, tensor<4x3xi32>, tensor<4x3xi32>) -> tensor<4x3xi32>
    "func.return"(%773) : (tensor<4x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "max_f32"}> ({
  ^bb0(%arg1152: tensor<4x3xf32>, %arg1153: tensor<4x3xf32>, %arg1154: tensor<4x3xf32>):
    %771 = "linalg.max"(%arg1152, %arg1153, %arg1154) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1155: f32, %arg1156: f32, %arg1157: f32):
      %772 = "arith.maximumf"(%arg1155, %arg1156) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%772) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%771) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "min_f32"}> ({
  ^bb0(%arg1146: tensor<4x3xf32>, %arg1147: tensor<4x3xf32>, %arg1148: tensor<4x3xf32>):
    %769 = "linalg.min"(%arg1146, %arg1147, %arg1148) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1149: f32, %arg1150: f32, %arg1151: f32):
      %770 = "arith.minimumf"(%arg1149, %arg1150) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%770) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%769) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "powf_f32"}> ({
  ^bb0(%arg1140: tensor<4x3xf32>, %arg1141: tensor<4x3xf32>, %arg1142: tensor<4x3xf32>):
    %767 = "linalg.powf"(%arg1140, %arg1141, %arg1142) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1143: f32, %arg1144: f32, %arg1145: f32):
      %768 = "math.powf"(%arg1143, %arg1144) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%768) : (f32) -> ()
    }) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%767) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "select_f32"}> ({
  ^bb0(%arg1132: tensor<4x3xi1>, %arg1133: tensor<4x3xf32>, %arg1134: tensor<4x3xf32>, %arg1135: tensor<4x3xf32>):
    %765 = "linalg.select"(%arg1132, %arg1133, %arg1134, %arg1135) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg1136: i1, %arg1137: f32, %arg1138: f32, %arg1139: f32):
      %766 = "arith.select"(%arg1136, %arg1137, %arg1138) : (i1, f32, f32) -> f32
      "linalg.yield"(%766) : (f32) -> ()
    }) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%765) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xi1>, tensor<4x3xi32>, tensor<4x3xi32>, tensor<4x3xi32>) -> tensor<4x3xi32>, sym_name = "select_i8_i32"}> ({
  ^bb0(%arg1124: tensor<4x3xi1>, %arg1125: tensor<4x3xi32>, %arg1126: tensor<4x3xi32>, %arg1127: tensor<4x3xi32>):
    %763 = "linalg.select"(%arg1124, %arg1125, %arg1126, %arg1127) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg1128: i1, %arg1129: i32, %arg1130: i32, %arg1131: i32):
      %764 = "arith.select"(%arg1128, %arg1129, %arg1130) : (i1, i32, i32) -> i32
      "linalg.yield"(%764) : (i32) -> ()
    }) : (tensor<4x3xi1>, tensor<4x3xi32>, tensor<4x3xi32>, tensor<4x3xi32>) -> tensor<4x3xi32>
    "func.return"(%763) : (tensor<4x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "select_f16_f32"}> ({
  ^bb0(%arg1116: tensor<4x3xi1>, %arg1117: tensor<4x3xf32>, %arg1118: tensor<4x3xf32>, %arg1119: tensor<4x3xf32>):
    %761 = "linalg.select"(%arg1116, %arg1117, %arg1118, %arg1119) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg1120: i1, %arg1121: f32, %arg1122: f32, %arg1123: f32):
      %762 = "arith.select"(%arg1120, %arg1121, %arg1122) : (i1, f32, f32) -> f32
      "linalg.yield"(%762) : (f32) -> ()
    }) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%761) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xf32>, tensor<4x3xf32>, i32, i32, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "quantized_matmul_f32"}> ({
  ^bb0(%arg1106: tensor<2x4xf32>, %arg1107: tensor<4x3xf32>, %arg1108: i32, %arg1109: i32, %arg1110: tensor<2x3xf32>):
    %754 = "linalg.quantized_matmul"(%arg1106, %arg1107, %arg1108, %arg1109, %arg1110) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1111: f32, %arg1112: f32, %arg1113: i32, %arg1114: i32, %arg1115: f32):
      %755 = "arith.sitofp"(%arg1113) : (i32) -> f32
      %756 = "arith.subf"(%arg1111, %755) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %757 = "arith.sitofp"(%arg1114) : (i32) -> f32
      %758 = "arith.subf"(%arg1112, %757) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %759 = "arith.mulf"(%756, %758) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %760 = "arith.addf"(%arg1115, %759) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%760) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2, #map2, #map3]} : (tensor<2x4xf32>, tensor<4x3xf32>, i32, i32, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%754) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xi8>, tensor<4x3xi8>, i32, i32, tensor<2x3xi32>) -> tensor<2x3xi32>, sym_name = "quantized_matmul_i8_i32"}> ({
  ^bb0(%arg1096: tensor<2x4xi8>, %arg1097: tensor<4x3xi8>, %arg1098: i32, %arg1099: i32, %arg1100: tensor<2x3xi32>):
    %747 = "linalg.quantized_matmul"(%arg1096, %arg1097, %arg1098, %arg1099, %arg1100) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1101: i8, %arg1102: i8, %arg1103: i32, %arg1104: i32, %arg1105: i32):
      %748 = "arith.extsi"(%arg1101) : (i8) -> i32
      %749 = "arith.subi"(%748, %arg1103) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %750 = "arith.extsi"(%arg1102) : (i8) -> i32
      %751 = "arith.subi"(%750, %arg1104) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %752 = "arith.muli"(%749, %751) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %753 = "arith.addi"(%arg1105, %752) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%753) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2, #map2, #map3]} : (tensor<2x4xi8>, tensor<4x3xi8>, i32, i32, tensor<2x3xi32>) -> tensor<2x3xi32>
    "func.return"(%747) : (tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xf16>, tensor<4x3xf16>, i32, i32, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "quantized_matmul_f16_f32"}> ({
  ^bb0(%arg1086: tensor<2x4xf16>, %arg1087: tensor<4x3xf16>, %arg1088: i32, %arg1089: i32, %arg1090: tensor<2x3xf32>):
    %738 = "linalg.quantized_matmul"(%arg1086, %arg1087, %arg1088, %arg1089, %arg1090) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1091: f16, %arg1092: f16, %arg1093: i32, %arg1094: i32, %arg1095: f32):
      %739 = "arith.extf"(%arg1091) : (f16) -> f32
      %740 = "arith.sitofp"(%arg1093) : (i32) -> f32
      %741 = "arith.subf"(%739, %740) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %742 = "arith.extf"(%arg1092) : (f16) -> f32
      %743 = "arith.sitofp"(%arg1094) : (i32) -> f32
      %744 = "arith.subf"(%742, %743) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %745 = "arith.mulf"(%741, %744) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %746 = "arith.addf"(%arg1095, %745) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%746) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2, #map2, #map3]} : (tensor<2x4xf16>, tensor<4x3xf16>, i32, i32, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%738) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x2x4xf32>, tensor<3x4x3x4xf32>, tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>, sym_name = "mmt4d_f32"}> ({
  ^bb0(%arg1080: tensor<2x4x2x4xf32>, %arg1081: tensor<3x4x3x4xf32>, %arg1082: tensor<2x3x2x3xf32>):
    %735 = "linalg.mmt4d"(%arg1080, %arg1081, %arg1082) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1083: f32, %arg1084: f32, %arg1085: f32):
      %736 = "arith.mulf"(%arg1083, %arg1084) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %737 = "arith.addf"(%arg1085, %736) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%737) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<2x4x2x4xf32>, tensor<3x4x3x4xf32>, tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>
    "func.return"(%735) : (tensor<2x3x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x2x4xi8>, tensor<3x4x3x4xi8>, tensor<2x3x2x3xi32>) -> tensor<2x3x2x3xi32>, sym_name = "mmt4d_i8_i32"}> ({
  ^bb0(%arg1074: tensor<2x4x2x4xi8>, %arg1075: tensor<3x4x3x4xi8>, %arg1076: tensor<2x3x2x3xi32>):
    %730 = "linalg.mmt4d"(%arg1074, %arg1075, %arg1076) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1077: i8, %arg1078: i8, %arg1079: i32):
      %731 = "arith.extsi"(%arg1077) : (i8) -> i32
      %732 = "arith.extsi"(%arg1078) : (i8) -> i32
      %733 = "arith.muli"(%731, %732) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %734 = "arith.addi"(%arg1079, %733) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%734) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<2x4x2x4xi8>, tensor<3x4x3x4xi8>, tensor<2x3x2x3xi32>) -> tensor<2x3x2x3xi32>
    "func.return"(%730) : (tensor<2x3x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x2x4xf16>, tensor<3x4x3x4xf16>, tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>, sym_name = "mmt4d_f16_f32"}> ({
  ^bb0(%arg1068: tensor<2x4x2x4xf16>, %arg1069: tensor<3x4x3x4xf16>, %arg1070: tensor<2x3x2x3xf32>):
    %725 = "linalg.mmt4d"(%arg1068, %arg1069, %arg1070) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1071: f16, %arg1072: f16, %arg1073: f32):
      %726 = "arith.extf"(%arg1071) : (f16) -> f32
      %727 = "arith.extf"(%arg1072) : (f16) -> f32
      %728 = "arith.mulf"(%726, %727) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %729 = "arith.addf"(%arg1073, %728) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%729) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<2x4x2x4xf16>, tensor<3x4x3x4xf16>, tensor<2x3x2x3xf32>) -> tensor<2x3x2x3xf32>
    "func.return"(%725) : (tensor<2x3x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2x3x2xf32>, tensor<2x4x2x4x2xf32>, tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>, sym_name = "batch_mmt4d_f32"}> ({
  ^bb0(%arg1062: tensor<2x3x2x3x2xf32>, %arg1063: tensor<2x4x2x4x2xf32>, %arg1064: tensor<2x3x4x3x4xf32>):
    %722 = "linalg.batch_mmt4d"(%arg1062, %arg1063, %arg1064) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1065: f32, %arg1066: f32, %arg1067: f32):
      %723 = "arith.mulf"(%arg1065, %arg1066) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %724 = "arith.addf"(%arg1067, %723) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%724) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map7, #map8, #map9]} : (tensor<2x3x2x3x2xf32>, tensor<2x4x2x4x2xf32>, tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>
    "func.return"(%722) : (tensor<2x3x4x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2x3x2xi8>, tensor<2x4x2x4x2xi8>, tensor<2x3x4x3x4xi32>) -> tensor<2x3x4x3x4xi32>, sym_name = "batch_mmt4d_i8_i32"}> ({
  ^bb0(%arg1056: tensor<2x3x2x3x2xi8>, %arg1057: tensor<2x4x2x4x2xi8>, %arg1058: tensor<2x3x4x3x4xi32>):
    %717 = "linalg.batch_mmt4d"(%arg1056, %arg1057, %arg1058) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1059: i8, %arg1060: i8, %arg1061: i32):
      %718 = "arith.extsi"(%arg1059) : (i8) -> i32
      %719 = "arith.extsi"(%arg1060) : (i8) -> i32
      %720 = "arith.muli"(%718, %719) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %721 = "arith.addi"(%arg1061, %720) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%721) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map7, #map8, #map9]} : (tensor<2x3x2x3x2xi8>, tensor<2x4x2x4x2xi8>, tensor<2x3x4x3x4xi32>) -> tensor<2x3x4x3x4xi32>
    "func.return"(%717) : (tensor<2x3x4x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2x3x2xf16>, tensor<2x4x2x4x2xf16>, tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>, sym_name = "batch_mmt4d_f16_f32"}> ({
  ^bb0(%arg1050: tensor<2x3x2x3x2xf16>, %arg1051: tensor<2x4x2x4x2xf16>, %arg1052: tensor<2x3x4x3x4xf32>):
    %712 = "linalg.batch_mmt4d"(%arg1050, %arg1051, %arg1052) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1053: f16, %arg1054: f16, %arg1055: f32):
      %713 = "arith.extf"(%arg1053) : (f16) -> f32
      %714 = "arith.extf"(%arg1054) : (f16) -> f32
      %715 = "arith.mulf"(%713, %714) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %716 = "arith.addf"(%arg1055, %715) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%716) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map7, #map8, #map9]} : (tensor<2x3x2x3x2xf16>, tensor<2x4x2x4x2xf16>, tensor<2x3x4x3x4xf32>) -> tensor<2x3x4x3x4xf32>
    "func.return"(%712) : (tensor<2x3x4x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2xf32>, tensor<2x2x4xf32>, i32, i32, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "quantized_batch_matmul_f32"}> ({
  ^bb0(%arg1040: tensor<2x3x2xf32>, %arg1041: tensor<2x2x4xf32>, %arg1042: i32, %arg1043: i32, %arg1044: tensor<2x3x4xf32>):
    %705 = "linalg.quantized_batch_matmul"(%arg1040, %arg1041, %arg1042, %arg1043, %arg1044) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1045: f32, %arg1046: f32, %arg1047: i32, %arg1048: i32, %arg1049: f32):
      %706 = "arith.sitofp"(%arg1047) : (i32) -> f32
      %707 = "arith.subf"(%arg1045, %706) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %708 = "arith.sitofp"(%arg1048) : (i32) -> f32
      %709 = "arith.subf"(%arg1046, %708) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %710 = "arith.mulf"(%707, %709) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %711 = "arith.addf"(%arg1049, %710) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%711) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map10, #map11, #map12, #map12, #map13]} : (tensor<2x3x2xf32>, tensor<2x2x4xf32>, i32, i32, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%705) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2xi8>, tensor<2x2x4xi8>, i32, i32, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "quantized_batch_matmul_i8_i32"}> ({
  ^bb0(%arg1030: tensor<2x3x2xi8>, %arg1031: tensor<2x2x4xi8>, %arg1032: i32, %arg1033: i32, %arg1034: tensor<2x3x4xi32>):
    %698 = "linalg.quantized_batch_matmul"(%arg1030, %arg1031, %arg1032, %arg1033, %arg1034) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1035: i8, %arg1036: i8, %arg1037: i32, %arg1038: i32, %arg1039: i32):
      %699 = "arith.extsi"(%arg1035) : (i8) -> i32
      %700 = "arith.subi"(%699, %arg1037) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %701 = "arith.extsi"(%arg1036) : (i8) -> i32
      %702 = "arith.subi"(%701, %arg1038) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %703 = "arith.muli"(%700, %702) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %704 = "arith.addi"(%arg1039, %703) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%704) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map10, #map11, #map12, #map12, #map13]} : (tensor<2x3x2xi8>, tensor<2x2x4xi8>, i32, i32, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%698) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x2xf16>, tensor<2x2x4xf16>, i32, i32, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "quantized_batch_matmul_f16_f32"}> ({
  ^bb0(%arg1020: tensor<2x3x2xf16>, %arg1021: tensor<2x2x4xf16>, %arg1022: i32, %arg1023: i32, %arg1024: tensor<2x3x4xf32>):
    %689 = "linalg.quantized_batch_matmul"(%arg1020, %arg1021, %arg1022, %arg1023, %arg1024) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1025: f16, %arg1026: f16, %arg1027: i32, %arg1028: i32, %arg1029: f32):
      %690 = "arith.extf"(%arg1025) : (f16) -> f32
      %691 = "arith.sitofp"(%arg1027) : (i32) -> f32
      %692 = "arith.subf"(%690, %691) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %693 = "arith.extf"(%arg1026) : (f16) -> f32
      %694 = "arith.sitofp"(%arg1028) : (i32) -> f32
      %695 = "arith.subf"(%693, %694) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %696 = "arith.mulf"(%692, %695) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %697 = "arith.addf"(%arg1029, %696) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%697) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map10, #map11, #map12, #map12, #map13]} : (tensor<2x3x2xf16>, tensor<2x2x4xf16>, i32, i32, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%689) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<3xf32>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "matvec_f32"}> ({
  ^bb0(%arg1014: tensor<2x3xf32>, %arg1015: tensor<3xf32>, %arg1016: tensor<2xf32>):
    %686 = "linalg.matvec"(%arg1014, %arg1015, %arg1016) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1017: f32, %arg1018: f32, %arg1019: f32):
      %687 = "arith.mulf"(%arg1017, %arg1018) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %688 = "arith.addf"(%arg1019, %687) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%688) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map14, #map15, #map16]} : (tensor<2x3xf32>, tensor<3xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%686) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3xi8>, tensor<3xi8>, tensor<2xi32>) -> tensor<2xi32>, sym_name = "matvec_i8_i32"}> ({
  ^bb0(%arg1008: tensor<2x3xi8>, %arg1009: tensor<3xi8>, %arg1010: tensor<2xi32>):
    %681 = "linalg.matvec"(%arg1008, %arg1009, %arg1010) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1011: i8, %arg1012: i8, %arg1013: i32):
      %682 = "arith.extsi"(%arg1011) : (i8) -> i32
      %683 = "arith.extsi"(%arg1012) : (i8) -> i32
      %684 = "arith.muli"(%682, %683) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %685 = "arith.addi"(%arg1013, %684) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%685) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map14, #map15, #map16]} : (tensor<2x3xi8>, tensor<3xi8>, tensor<2xi32>) -> tensor<2xi32>
    "func.return"(%681) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3xf16>, tensor<3xf16>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "matvec_f16_f32"}> ({
  ^bb0(%arg1002: tensor<2x3xf16>, %arg1003: tensor<3xf16>, %arg1004: tensor<2xf32>):
    %676 = "linalg.matvec"(%arg1002, %arg1003, %arg1004) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1005: f16, %arg1006: f16, %arg1007: f32):
      %677 = "arith.extf"(%arg1005) : (f16) -> f32
      %678 = "arith.extf"(%arg1006) : (f16) -> f32
      %679 = "arith.mulf"(%677, %678) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %680 = "arith.addf"(%arg1007, %679) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%680) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map14, #map15, #map16]} : (tensor<2x3xf16>, tensor<3xf16>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%676) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "vecmat_f32"}> ({
  ^bb0(%arg996: tensor<3xf32>, %arg997: tensor<3x2xf32>, %arg998: tensor<2xf32>):
    %673 = "linalg.vecmat"(%arg996, %arg997, %arg998) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg999: f32, %arg1000: f32, %arg1001: f32):
      %674 = "arith.mulf"(%arg999, %arg1000) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %675 = "arith.addf"(%arg1001, %674) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%675) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map17, #map16]} : (tensor<3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%673) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xi8>, tensor<3x2xi8>, tensor<2xi32>) -> tensor<2xi32>, sym_name = "vecmat_i8_i32"}> ({
  ^bb0(%arg990: tensor<3xi8>, %arg991: tensor<3x2xi8>, %arg992: tensor<2xi32>):
    %668 = "linalg.vecmat"(%arg990, %arg991, %arg992) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg993: i8, %arg994: i8, %arg995: i32):
      %669 = "arith.extsi"(%arg993) : (i8) -> i32
      %670 = "arith.extsi"(%arg994) : (i8) -> i32
      %671 = "arith.muli"(%669, %670) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %672 = "arith.addi"(%arg995, %671) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%672) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map17, #map16]} : (tensor<3xi8>, tensor<3x2xi8>, tensor<2xi32>) -> tensor<2xi32>
    "func.return"(%668) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf16>, tensor<3x2xf16>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "vecmat_f16_f32"}> ({
  ^bb0(%arg984: tensor<3xf16>, %arg985: tensor<3x2xf16>, %arg986: tensor<2xf32>):
    %663 = "linalg.vecmat"(%arg984, %arg985, %arg986) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg987: f16, %arg988: f16, %arg989: f32):
      %664 = "arith.extf"(%arg987) : (f16) -> f32
      %665 = "arith.extf"(%arg988) : (f16) -> f32
      %666 = "arith.mulf"(%664, %665) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %667 = "arith.addf"(%arg989, %666) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%667) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map17, #map16]} : (tensor<3xf16>, tensor<3x2xf16>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%663) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4xf32>, tensor<2x4xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "batch_matvec_f32"}> ({
  ^bb0(%arg978: tensor<2x3x4xf32>, %arg979: tensor<2x4xf32>, %arg980: tensor<2x3xf32>):
    %660 = "linalg.batch_matvec"(%arg978, %arg979, %arg980) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg981: f32, %arg982: f32, %arg983: f32):
      %661 = "arith.mulf"(%arg981, %arg982) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %662 = "arith.addf"(%arg983, %661) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%662) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map18, #map, #map3]} : (tensor<2x3x4xf32>, tensor<2x4xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%660) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4xi8>, tensor<2x4xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>, sym_name = "batch_matvec_i8_i32"}> ({
  ^bb0(%arg972: tensor<2x3x4xi8>, %arg973: tensor<2x4xi8>, %arg974: tensor<2x3xi32>):
    %655 = "linalg.batch_matvec"(%arg972, %arg973, %arg974) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg975: i8, %arg976: i8, %arg977: i32):
      %656 = "arith.extsi"(%arg975) : (i8) -> i32
      %657 = "arith.extsi"(%arg976) : (i8) -> i32
      %658 = "arith.muli"(%656, %657) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %659 = "arith.addi"(%arg977, %658) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%659) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map18, #map, #map3]} : (tensor<2x3x4xi8>, tensor<2x4xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>
    "func.return"(%655) : (tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4xf16>, tensor<2x4xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "batch_matvec_f16_f32"}> ({
  ^bb0(%arg966: tensor<2x3x4xf16>, %arg967: tensor<2x4xf16>, %arg968: tensor<2x3xf32>):
    %650 = "linalg.batch_matvec"(%arg966, %arg967, %arg968) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg969: f16, %arg970: f16, %arg971: f32):
      %651 = "arith.extf"(%arg969) : (f16) -> f32
      %652 = "arith.extf"(%arg970) : (f16) -> f32
      %653 = "arith.mulf"(%651, %652) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %654 = "arith.addf"(%arg971, %653) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%654) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map18, #map, #map3]} : (tensor<2x3x4xf16>, tensor<2x4xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%650) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xf32>, tensor<2x4x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "batch_vecmat_f32"}> ({
  ^bb0(%arg960: tensor<2x4xf32>, %arg961: tensor<2x4x3xf32>, %arg962: tensor<2x3xf32>):
    %647 = "linalg.batch_vecmat"(%arg960, %arg961, %arg962) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg963: f32, %arg964: f32, %arg965: f32):
      %648 = "arith.mulf"(%arg963, %arg964) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %649 = "arith.addf"(%arg965, %648) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%649) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map19, #map3]} : (tensor<2x4xf32>, tensor<2x4x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%647) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xi8>, tensor<2x4x3xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>, sym_name = "batch_vecmat_i8_i32"}> ({
  ^bb0(%arg954: tensor<2x4xi8>, %arg955: tensor<2x4x3xi8>, %arg956: tensor<2x3xi32>):
    %642 = "linalg.batch_vecmat"(%arg954, %arg955, %arg956) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg957: i8, %arg958: i8, %arg959: i32):
      %643 = "arith.extsi"(%arg957) : (i8) -> i32
      %644 = "arith.extsi"(%arg958) : (i8) -> i32
      %645 = "arith.muli"(%643, %644) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %646 = "arith.addi"(%arg959, %645) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%646) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map19, #map3]} : (tensor<2x4xi8>, tensor<2x4x3xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>
    "func.return"(%642) : (tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xf16>, tensor<2x4x3xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "batch_vecmat_f16_f32"}> ({
  ^bb0(%arg948: tensor<2x4xf16>, %arg949: tensor<2x4x3xf16>, %arg950: tensor<2x3xf32>):
    %637 = "linalg.batch_vecmat"(%arg948, %arg949, %arg950) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg951: f16, %arg952: f16, %arg953: f32):
      %638 = "arith.extf"(%arg951) : (f16) -> f32
      %639 = "arith.extf"(%arg952) : (f16) -> f32
      %640 = "arith.mulf"(%638, %639) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %641 = "arith.addf"(%arg953, %640) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%641) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map19, #map3]} : (tensor<2x4xf16>, tensor<2x4x3xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%637) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf32>, tensor<2xf32>, tensor<f32>) -> tensor<f32>, sym_name = "dot_f32"}> ({
  ^bb0(%arg942: tensor<2xf32>, %arg943: tensor<2xf32>, %arg944: tensor<f32>):
    %634 = "linalg.dot"(%arg942, %arg943, %arg944) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg945: f32, %arg946: f32, %arg947: f32):
      %635 = "arith.mulf"(%arg945, %arg946) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %636 = "arith.addf"(%arg947, %635) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%636) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map20, #map20, #map21]} : (tensor<2xf32>, tensor<2xf32>, tensor<f32>) -> tensor<f32>
    "func.return"(%634) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xi8>, tensor<2xi8>, tensor<i32>) -> tensor<i32>, sym_name = "dot_i8_i32"}> ({
  ^bb0(%arg936: tensor<2xi8>, %arg937: tensor<2xi8>, %arg938: tensor<i32>):
    %629 = "linalg.dot"(%arg936, %arg937, %arg938) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg939: i8, %arg940: i8, %arg941: i32):
      %630 = "arith.extsi"(%arg939) : (i8) -> i32
      %631 = "arith.extsi"(%arg940) : (i8) -> i32
      %632 = "arith.muli"(%630, %631) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %633 = "arith.addi"(%arg941, %632) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%633) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map20, #map20, #map21]} : (tensor<2xi8>, tensor<2xi8>, tensor<i32>) -> tensor<i32>
    "func.return"(%629) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf16>, tensor<2xf16>, tensor<f32>) -> tensor<f32>, sym_name = "dot_f16_f32"}> ({
  ^bb0(%arg930: tensor<2xf16>, %arg931: tensor<2xf16>, %arg932: tensor<f32>):
    %624 = "linalg.dot"(%arg930, %arg931, %arg932) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg933: f16, %arg934: f16, %arg935: f32):
      %625 = "arith.extf"(%arg933) : (f16) -> f32
      %626 = "arith.extf"(%arg934) : (f16) -> f32
      %627 = "arith.mulf"(%625, %626) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %628 = "arith.addf"(%arg935, %627) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%628) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map20, #map20, #map21]} : (tensor<2xf16>, tensor<2xf16>, tensor<f32>) -> tensor<f32>
    "func.return"(%624) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<3xf32>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "conv_1d_f32"}> ({
  ^bb0(%arg924: tensor<4xf32>, %arg925: tensor<3xf32>, %arg926: tensor<2xf32>):
    %621 = "linalg.conv_1d"(%arg924, %arg925, %arg926) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg927: f32, %arg928: f32, %arg929: f32):
      %622 = "arith.mulf"(%arg927, %arg928) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %623 = "arith.addf"(%arg929, %622) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%623) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map22, #map15, #map16]} : (tensor<4xf32>, tensor<3xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%621) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xi8>, tensor<3xi8>, tensor<2xi32>) -> tensor<2xi32>, sym_name = "conv_1d_i8_i32"}> ({
  ^bb0(%arg918: tensor<4xi8>, %arg919: tensor<3xi8>, %arg920: tensor<2xi32>):
    %616 = "linalg.conv_1d"(%arg918, %arg919, %arg920) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg921: i8, %arg922: i8, %arg923: i32):
      %617 = "arith.extsi"(%arg921) : (i8) -> i32
      %618 = "arith.extsi"(%arg922) : (i8) -> i32
      %619 = "arith.muli"(%617, %618) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %620 = "arith.addi"(%arg923, %619) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%620) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map22, #map15, #map16]} : (tensor<4xi8>, tensor<3xi8>, tensor<2xi32>) -> tensor<2xi32>
    "func.return"(%616) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf16>, tensor<3xf16>, tensor<2xf32>) -> tensor<2xf32>, sym_name = "conv_1d_f16_f32"}> ({
  ^bb0(%arg912: tensor<4xf16>, %arg913: tensor<3xf16>, %arg914: tensor<2xf32>):
    %611 = "linalg.conv_1d"(%arg912, %arg913, %arg914) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg915: f16, %arg916: f16, %arg917: f32):
      %612 = "arith.extf"(%arg915) : (f16) -> f32
      %613 = "arith.extf"(%arg916) : (f16) -> f32
      %614 = "arith.mulf"(%612, %613) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %615 = "arith.addf"(%arg917, %614) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%615) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map22, #map15, #map16]} : (tensor<4xf16>, tensor<3xf16>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%611) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<5x4xf32>, tensor<4x2xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "conv_2d_f32"}> ({
  ^bb0(%arg906: tensor<5x4xf32>, %arg907: tensor<4x2xf32>, %arg908: tensor<2x3xf32>):
    %608 = "linalg.conv_2d"(%arg906, %arg907, %arg908) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg909: f32, %arg910: f32, %arg911: f32):
      %609 = "arith.mulf"(%arg909, %arg910) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %610 = "arith.addf"(%arg911, %609) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%610) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map23, #map24, #map25]} : (tensor<5x4xf32>, tensor<4x2xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%608) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<5x4xi8>, tensor<4x2xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>, sym_name = "conv_2d_i8_i32"}> ({
  ^bb0(%arg900: tensor<5x4xi8>, %arg901: tensor<4x2xi8>, %arg902: tensor<2x3xi32>):
    %603 = "linalg.conv_2d"(%arg900, %arg901, %arg902) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg903: i8, %arg904: i8, %arg905: i32):
      %604 = "arith.extsi"(%arg903) : (i8) -> i32
      %605 = "arith.extsi"(%arg904) : (i8) -> i32
      %606 = "arith.muli"(%604, %605) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %607 = "arith.addi"(%arg905, %606) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%607) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map23, #map24, #map25]} : (tensor<5x4xi8>, tensor<4x2xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>
    "func.return"(%603) : (tensor<2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<5x4xf16>, tensor<4x2xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "conv_2d_f16_f32"}> ({
  ^bb0(%arg894: tensor<5x4xf16>, %arg895: tensor<4x2xf16>, %arg896: tensor<2x3xf32>):
    %598 = "linalg.conv_2d"(%arg894, %arg895, %arg896) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg897: f16, %arg898: f16, %arg899: f32):
      %599 = "arith.extf"(%arg897) : (f16) -> f32
      %600 = "arith.extf"(%arg898) : (f16) -> f32
      %601 = "arith.mulf"(%599, %600) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %602 = "arith.addf"(%arg899, %601) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%602) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map23, #map24, #map25]} : (tensor<5x4xf16>, tensor<4x2xf16>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%598) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x5x7xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_3d_f32"}> ({
  ^bb0(%arg888: tensor<3x5x7xf32>, %arg889: tensor<2x3x4xf32>, %arg890: tensor<2x3x4xf32>):
    %595 = "linalg.conv_3d"(%arg888, %arg889, %arg890) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg891: f32, %arg892: f32, %arg893: f32):
      %596 = "arith.mulf"(%arg891, %arg892) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %597 = "arith.addf"(%arg893, %596) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%597) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map26, #map27, #map28]} : (tensor<3x5x7xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%595) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x5x7xi8>, tensor<2x3x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "conv_3d_i8_i32"}> ({
  ^bb0(%arg882: tensor<3x5x7xi8>, %arg883: tensor<2x3x4xi8>, %arg884: tensor<2x3x4xi32>):
    %590 = "linalg.conv_3d"(%arg882, %arg883, %arg884) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg885: i8, %arg886: i8, %arg887: i32):
      %591 = "arith.extsi"(%arg885) : (i8) -> i32
      %592 = "arith.extsi"(%arg886) : (i8) -> i32
      %593 = "arith.muli"(%591, %592) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %594 = "arith.addi"(%arg887, %593) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%594) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map26, #map27, #map28]} : (tensor<3x5x7xi8>, tensor<2x3x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%590) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x5x7xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_3d_f16_f32"}> ({
  ^bb0(%arg876: tensor<3x5x7xf16>, %arg877: tensor<2x3x4xf16>, %arg878: tensor<2x3x4xf32>):
    %585 = "linalg.conv_3d"(%arg876, %arg877, %arg878) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg879: f16, %arg880: f16, %arg881: f32):
      %586 = "arith.extf"(%arg879) : (f16) -> f32
      %587 = "arith.extf"(%arg880) : (f16) -> f32
      %588 = "arith.mulf"(%586, %587) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %589 = "arith.addf"(%arg881, %588) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%589) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map26, #map27, #map28]} : (tensor<3x5x7xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%585) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x3xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_nwc_wcf_f32"}> ({
  ^bb0(%arg870: tensor<2x4x3xf32>, %arg871: tensor<2x3x4xf32>, %arg872: tensor<2x3x4xf32>):
    %582 = "linalg.conv_1d_nwc_wcf"(%arg870, %arg871, %arg872) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg873: f32, %arg874: f32, %arg875: f32):
      %583 = "arith.mulf"(%arg873, %arg874) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %584 = "arith.addf"(%arg875, %583) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%584) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map29, #map30, #map31]} : (tensor<2x4x3xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%582) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x3xi8>, tensor<2x3x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "conv_1d_nwc_wcf_i8_i32"}> ({
  ^bb0(%arg864: tensor<2x4x3xi8>, %arg865: tensor<2x3x4xi8>, %arg866: tensor<2x3x4xi32>):
    %577 = "linalg.conv_1d_nwc_wcf"(%arg864, %arg865, %arg866) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg867: i8, %arg868: i8, %arg869: i32):
      %578 = "arith.extsi"(%arg867) : (i8) -> i32
      %579 = "arith.extsi"(%arg868) : (i8) -> i32
      %580 = "arith.muli"(%578, %579) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %581 = "arith.addi"(%arg869, %580) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%581) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map29, #map30, #map31]} : (tensor<2x4x3xi8>, tensor<2x3x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%577) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x3xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_nwc_wcf_f16_f32"}> ({
  ^bb0(%arg858: tensor<2x4x3xf16>, %arg859: tensor<2x3x4xf16>, %arg860: tensor<2x3x4xf32>):
    %572 = "linalg.conv_1d_nwc_wcf"(%arg858, %arg859, %arg860) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg861: f16, %arg862: f16, %arg863: f32):
      %573 = "arith.extf"(%arg861) : (f16) -> f32
      %574 = "arith.extf"(%arg862) : (f16) -> f32
      %575 = "arith.mulf"(%573, %574) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %576 = "arith.addf"(%arg863, %575) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%576) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map29, #map30, #map31]} : (tensor<2x4x3xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%572) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x6xf32>, tensor<3x2x3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_ncw_fcw_f32"}> ({
  ^bb0(%arg852: tensor<2x2x6xf32>, %arg853: tensor<3x2x3xf32>, %arg854: tensor<2x3x4xf32>):
    %569 = "linalg.conv_1d_ncw_fcw"(%arg852, %arg853, %arg854) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg855: f32, %arg856: f32, %arg857: f32):
      %570 = "arith.mulf"(%arg855, %arg856) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %571 = "arith.addf"(%arg857, %570) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%571) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map32, #map33, #map31]} : (tensor<2x2x6xf32>, tensor<3x2x3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%569) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x6xi8>, tensor<3x2x3xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "conv_1d_ncw_fcw_i8_i32"}> ({
  ^bb0(%arg846: tensor<2x2x6xi8>, %arg847: tensor<3x2x3xi8>, %arg848: tensor<2x3x4xi32>):
    %564 = "linalg.conv_1d_ncw_fcw"(%arg846, %arg847, %arg848) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg849: i8, %arg850: i8, %arg851: i32):
      %565 = "arith.extsi"(%arg849) : (i8) -> i32
      %566 = "arith.extsi"(%arg850) : (i8) -> i32
      %567 = "arith.muli"(%565, %566) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %568 = "arith.addi"(%arg851, %567) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%568) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map32, #map33, #map31]} : (tensor<2x2x6xi8>, tensor<3x2x3xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%564) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x6xf16>, tensor<3x2x3xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_ncw_fcw_f16_f32"}> ({
  ^bb0(%arg840: tensor<2x2x6xf16>, %arg841: tensor<3x2x3xf16>, %arg842: tensor<2x3x4xf32>):
    %559 = "linalg.conv_1d_ncw_fcw"(%arg840, %arg841, %arg842) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg843: f16, %arg844: f16, %arg845: f32):
      %560 = "arith.extf"(%arg843) : (f16) -> f32
      %561 = "arith.extf"(%arg844) : (f16) -> f32
      %562 = "arith.mulf"(%560, %561) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %563 = "arith.addf"(%arg845, %562) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%563) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map32, #map33, #map31]} : (tensor<2x2x6xf16>, tensor<3x2x3xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%559) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_f32"}> ({
  ^bb0(%arg834: tensor<2x5x7x2xf32>, %arg835: tensor<3x4x2x2xf32>, %arg836: tensor<2x3x4x2xf32>):
    %556 = "linalg.conv_2d_nhwc_hwcf"(%arg834, %arg835, %arg836) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg837: f32, %arg838: f32, %arg839: f32):
      %557 = "arith.mulf"(%arg837, %arg838) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %558 = "arith.addf"(%arg839, %557) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%558) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map36]} : (tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%556) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nhwc_hwcf_i8_i32"}> ({
  ^bb0(%arg828: tensor<2x5x7x2xi8>, %arg829: tensor<3x4x2x2xi8>, %arg830: tensor<2x3x4x2xi32>):
    %551 = "linalg.conv_2d_nhwc_hwcf"(%arg828, %arg829, %arg830) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg831: i8, %arg832: i8, %arg833: i32):
      %552 = "arith.extsi"(%arg831) : (i8) -> i32
      %553 = "arith.extsi"(%arg832) : (i8) -> i32
      %554 = "arith.muli"(%552, %553) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %555 = "arith.addi"(%arg833, %554) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%555) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map36]} : (tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%551) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_f16_f32"}> ({
  ^bb0(%arg822: tensor<2x5x7x2xf16>, %arg823: tensor<3x4x2x2xf16>, %arg824: tensor<2x3x4x2xf32>):
    %546 = "linalg.conv_2d_nhwc_hwcf"(%arg822, %arg823, %arg824) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg825: f16, %arg826: f16, %arg827: f32):
      %547 = "arith.extf"(%arg825) : (f16) -> f32
      %548 = "arith.extf"(%arg826) : (f16) -> f32
      %549 = "arith.mulf"(%547, %548) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %550 = "arith.addf"(%arg827, %549) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%550) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map36]} : (tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%546) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_f32"}> ({
  ^bb0(%arg816: tensor<2x5x7x2xf32>, %arg817: tensor<2x3x4x2xf32>, %arg818: tensor<2x3x4x2xf32>):
    %543 = "linalg.conv_2d_nhwc_fhwc"(%arg816, %arg817, %arg818) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg819: f32, %arg820: f32, %arg821: f32):
      %544 = "arith.mulf"(%arg819, %arg820) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %545 = "arith.addf"(%arg821, %544) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%545) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map36]} : (tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%543) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nhwc_fhwc_i8_i32"}> ({
  ^bb0(%arg810: tensor<2x5x7x2xi8>, %arg811: tensor<2x3x4x2xi8>, %arg812: tensor<2x3x4x2xi32>):
    %538 = "linalg.conv_2d_nhwc_fhwc"(%arg810, %arg811, %arg812) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg813: i8, %arg814: i8, %arg815: i32):
      %539 = "arith.extsi"(%arg813) : (i8) -> i32
      %540 = "arith.extsi"(%arg814) : (i8) -> i32
      %541 = "arith.muli"(%539, %540) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %542 = "arith.addi"(%arg815, %541) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%542) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map36]} : (tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%538) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_f16_f32"}> ({
  ^bb0(%arg804: tensor<2x5x7x2xf16>, %arg805: tensor<2x3x4x2xf16>, %arg806: tensor<2x3x4x2xf32>):
    %533 = "linalg.conv_2d_nhwc_fhwc"(%arg804, %arg805, %arg806) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg807: f16, %arg808: f16, %arg809: f32):
      %534 = "arith.extf"(%arg807) : (f16) -> f32
      %535 = "arith.extf"(%arg808) : (f16) -> f32
      %536 = "arith.mulf"(%534, %535) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %537 = "arith.addf"(%arg809, %536) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%537) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map36]} : (tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%533) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_q_f32"}> ({
  ^bb0(%arg794: tensor<2x5x7x2xf32>, %arg795: tensor<3x4x2x2xf32>, %arg796: i32, %arg797: i32, %arg798: tensor<2x3x4x2xf32>):
    %526 = "linalg.conv_2d_nhwc_hwcf_q"(%arg794, %arg795, %arg796, %arg797, %arg798) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg799: f32, %arg800: f32, %arg801: i32, %arg802: i32, %arg803: f32):
      %527 = "arith.sitofp"(%arg801) : (i32) -> f32
      %528 = "arith.subf"(%arg799, %527) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %529 = "arith.sitofp"(%arg802) : (i32) -> f32
      %530 = "arith.subf"(%arg800, %529) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %531 = "arith.mulf"(%528, %530) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %532 = "arith.addf"(%arg803, %531) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%532) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map38, #map38, #map36]} : (tensor<2x5x7x2xf32>, tensor<3x4x2x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%526) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nhwc_hwcf_q_i8_i32"}> ({
  ^bb0(%arg784: tensor<2x5x7x2xi8>, %arg785: tensor<3x4x2x2xi8>, %arg786: i32, %arg787: i32, %arg788: tensor<2x3x4x2xi32>):
    %519 = "linalg.conv_2d_nhwc_hwcf_q"(%arg784, %arg785, %arg786, %arg787, %arg788) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg789: i8, %arg790: i8, %arg791: i32, %arg792: i32, %arg793: i32):
      %520 = "arith.extsi"(%arg789) : (i8) -> i32
      %521 = "arith.subi"(%520, %arg791) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %522 = "arith.extsi"(%arg790) : (i8) -> i32
      %523 = "arith.subi"(%522, %arg792) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %524 = "arith.muli"(%521, %523) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %525 = "arith.addi"(%arg793, %524) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%525) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map38, #map38, #map36]} : (tensor<2x5x7x2xi8>, tensor<3x4x2x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%519) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_q_f16_f32"}> ({
  ^bb0(%arg774: tensor<2x5x7x2xf16>, %arg775: tensor<3x4x2x2xf16>, %arg776: i32, %arg777: i32, %arg778: tensor<2x3x4x2xf32>):
    %510 = "linalg.conv_2d_nhwc_hwcf_q"(%arg774, %arg775, %arg776, %arg777, %arg778) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg779: f16, %arg780: f16, %arg781: i32, %arg782: i32, %arg783: f32):
      %511 = "arith.extf"(%arg779) : (f16) -> f32
      %512 = "arith.sitofp"(%arg781) : (i32) -> f32
      %513 = "arith.subf"(%511, %512) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %514 = "arith.extf"(%arg780) : (f16) -> f32
      %515 = "arith.sitofp"(%arg782) : (i32) -> f32
      %516 = "arith.subf"(%514, %515) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %517 = "arith.mulf"(%513, %516) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %518 = "arith.addf"(%arg783, %517) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%518) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map35, #map38, #map38, #map36]} : (tensor<2x5x7x2xf16>, tensor<3x4x2x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%510) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_q_f32"}> ({
  ^bb0(%arg764: tensor<2x5x7x2xf32>, %arg765: tensor<2x3x4x2xf32>, %arg766: i32, %arg767: i32, %arg768: tensor<2x3x4x2xf32>):
    %503 = "linalg.conv_2d_nhwc_fhwc_q"(%arg764, %arg765, %arg766, %arg767, %arg768) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg769: f32, %arg770: f32, %arg771: i32, %arg772: i32, %arg773: f32):
      %504 = "arith.sitofp"(%arg771) : (i32) -> f32
      %505 = "arith.subf"(%arg769, %504) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %506 = "arith.sitofp"(%arg772) : (i32) -> f32
      %507 = "arith.subf"(%arg770, %506) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %508 = "arith.mulf"(%505, %507) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %509 = "arith.addf"(%arg773, %508) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%509) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map38, #map38, #map36]} : (tensor<2x5x7x2xf32>, tensor<2x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%503) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nhwc_fhwc_q_i8_i32"}> ({
  ^bb0(%arg754: tensor<2x5x7x2xi8>, %arg755: tensor<2x3x4x2xi8>, %arg756: i32, %arg757: i32, %arg758: tensor<2x3x4x2xi32>):
    %496 = "linalg.conv_2d_nhwc_fhwc_q"(%arg754, %arg755, %arg756, %arg757, %arg758) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg759: i8, %arg760: i8, %arg761: i32, %arg762: i32, %arg763: i32):
      %497 = "arith.extsi"(%arg759) : (i8) -> i32
      %498 = "arith.subi"(%497, %arg761) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %499 = "arith.extsi"(%arg760) : (i8) -> i32
      %500 = "arith.subi"(%499, %arg762) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %501 = "arith.muli"(%498, %500) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %502 = "arith.addi"(%arg763, %501) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%502) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map38, #map38, #map36]} : (tensor<2x5x7x2xi8>, tensor<2x3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%496) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_q_f16_f32"}> ({
  ^bb0(%arg744: tensor<2x5x7x2xf16>, %arg745: tensor<2x3x4x2xf16>, %arg746: i32, %arg747: i32, %arg748: tensor<2x3x4x2xf32>):
    %487 = "linalg.conv_2d_nhwc_fhwc_q"(%arg744, %arg745, %arg746, %arg747, %arg748) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg749: f16, %arg750: f16, %arg751: i32, %arg752: i32, %arg753: f32):
      %488 = "arith.extf"(%arg749) : (f16) -> f32
      %489 = "arith.sitofp"(%arg751) : (i32) -> f32
      %490 = "arith.subf"(%488, %489) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %491 = "arith.extf"(%arg750) : (f16) -> f32
      %492 = "arith.sitofp"(%arg752) : (i32) -> f32
      %493 = "arith.subf"(%491, %492) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %494 = "arith.mulf"(%490, %493) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %495 = "arith.addf"(%arg753, %494) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%495) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map34, #map37, #map38, #map38, #map36]} : (tensor<2x5x7x2xf16>, tensor<2x3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%487) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_q_f32"}> ({
  ^bb0(%arg734: tensor<2x3x7x3xf32>, %arg735: tensor<3x3x4x2xf32>, %arg736: i32, %arg737: i32, %arg738: tensor<2x3x4x2xf32>):
    %480 = "linalg.conv_2d_nchw_fchw_q"(%arg734, %arg735, %arg736, %arg737, %arg738) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg739: f32, %arg740: f32, %arg741: i32, %arg742: i32, %arg743: f32):
      %481 = "arith.sitofp"(%arg741) : (i32) -> f32
      %482 = "arith.subf"(%arg739, %481) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %483 = "arith.sitofp"(%arg742) : (i32) -> f32
      %484 = "arith.subf"(%arg740, %483) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %485 = "arith.mulf"(%482, %484) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %486 = "arith.addf"(%arg743, %485) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%486) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map38, #map38, #map36]} : (tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%480) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nchw_fchw_q_i8_i32"}> ({
  ^bb0(%arg724: tensor<2x3x7x3xi8>, %arg725: tensor<3x3x4x2xi8>, %arg726: i32, %arg727: i32, %arg728: tensor<2x3x4x2xi32>):
    %473 = "linalg.conv_2d_nchw_fchw_q"(%arg724, %arg725, %arg726, %arg727, %arg728) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg729: i8, %arg730: i8, %arg731: i32, %arg732: i32, %arg733: i32):
      %474 = "arith.extsi"(%arg729) : (i8) -> i32
      %475 = "arith.subi"(%474, %arg731) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %476 = "arith.extsi"(%arg730) : (i8) -> i32
      %477 = "arith.subi"(%476, %arg732) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %478 = "arith.muli"(%475, %477) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %479 = "arith.addi"(%arg733, %478) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%479) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map38, #map38, #map36]} : (tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%473) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_q_f16_f32"}> ({
  ^bb0(%arg714: tensor<2x3x7x3xf16>, %arg715: tensor<3x3x4x2xf16>, %arg716: i32, %arg717: i32, %arg718: tensor<2x3x4x2xf32>):
    %464 = "linalg.conv_2d_nchw_fchw_q"(%arg714, %arg715, %arg716, %arg717, %arg718) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg719: f16, %arg720: f16, %arg721: i32, %arg722: i32, %arg723: f32):
      %465 = "arith.extf"(%arg719) : (f16) -> f32
      %466 = "arith.sitofp"(%arg721) : (i32) -> f32
      %467 = "arith.subf"(%465, %466) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %468 = "arith.extf"(%arg720) : (f16) -> f32
      %469 = "arith.sitofp"(%arg722) : (i32) -> f32
      %470 = "arith.subf"(%468, %469) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %471 = "arith.mulf"(%467, %470) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %472 = "arith.addf"(%arg723, %471) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%472) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map38, #map38, #map36]} : (tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%464) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_f32"}> ({
  ^bb0(%arg708: tensor<2x3x7x3xf32>, %arg709: tensor<3x3x4x2xf32>, %arg710: tensor<2x3x4x2xf32>):
    %461 = "linalg.conv_2d_nchw_fchw"(%arg708, %arg709, %arg710) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg711: f32, %arg712: f32, %arg713: f32):
      %462 = "arith.mulf"(%arg711, %arg712) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %463 = "arith.addf"(%arg713, %462) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%463) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map36]} : (tensor<2x3x7x3xf32>, tensor<3x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%461) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "conv_2d_nchw_fchw_i8_i32"}> ({
  ^bb0(%arg702: tensor<2x3x7x3xi8>, %arg703: tensor<3x3x4x2xi8>, %arg704: tensor<2x3x4x2xi32>):
    %456 = "linalg.conv_2d_nchw_fchw"(%arg702, %arg703, %arg704) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg705: i8, %arg706: i8, %arg707: i32):
      %457 = "arith.extsi"(%arg705) : (i8) -> i32
      %458 = "arith.extsi"(%arg706) : (i8) -> i32
      %459 = "arith.muli"(%457, %458) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %460 = "arith.addi"(%arg707, %459) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%460) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map36]} : (tensor<2x3x7x3xi8>, tensor<3x3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%456) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_f16_f32"}> ({
  ^bb0(%arg696: tensor<2x3x7x3xf16>, %arg697: tensor<3x3x4x2xf16>, %arg698: tensor<2x3x4x2xf32>):
    %451 = "linalg.conv_2d_nchw_fchw"(%arg696, %arg697, %arg698) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg699: f16, %arg700: f16, %arg701: f32):
      %452 = "arith.extf"(%arg699) : (f16) -> f32
      %453 = "arith.extf"(%arg700) : (f16) -> f32
      %454 = "arith.mulf"(%452, %453) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %455 = "arith.addf"(%arg701, %454) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%455) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map36]} : (tensor<2x3x7x3xf16>, tensor<3x3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%451) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf32>, tensor<4x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_fgchw_f32"}> ({
  ^bb0(%arg690: tensor<2x3x4x3x5xf32>, %arg691: tensor<4x3x4x2x3xf32>, %arg692: tensor<2x3x4x2x3xf32>):
    %448 = "linalg.conv_2d_ngchw_fgchw"(%arg690, %arg691, %arg692) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg693: f32, %arg694: f32, %arg695: f32):
      %449 = "arith.mulf"(%arg693, %arg694) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %450 = "arith.addf"(%arg695, %449) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%450) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map42, #map43]} : (tensor<2x3x4x3x5xf32>, tensor<4x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%448) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xi8>, tensor<4x3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_2d_ngchw_fgchw_i8_i32"}> ({
  ^bb0(%arg684: tensor<2x3x4x3x5xi8>, %arg685: tensor<4x3x4x2x3xi8>, %arg686: tensor<2x3x4x2x3xi32>):
    %443 = "linalg.conv_2d_ngchw_fgchw"(%arg684, %arg685, %arg686) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg687: i8, %arg688: i8, %arg689: i32):
      %444 = "arith.extsi"(%arg687) : (i8) -> i32
      %445 = "arith.extsi"(%arg688) : (i8) -> i32
      %446 = "arith.muli"(%444, %445) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %447 = "arith.addi"(%arg689, %446) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%447) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map42, #map43]} : (tensor<2x3x4x3x5xi8>, tensor<4x3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%443) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf16>, tensor<4x3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_fgchw_f16_f32"}> ({
  ^bb0(%arg678: tensor<2x3x4x3x5xf16>, %arg679: tensor<4x3x4x2x3xf16>, %arg680: tensor<2x3x4x2x3xf32>):
    %438 = "linalg.conv_2d_ngchw_fgchw"(%arg678, %arg679, %arg680) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg681: f16, %arg682: f16, %arg683: f32):
      %439 = "arith.extf"(%arg681) : (f16) -> f32
      %440 = "arith.extf"(%arg682) : (f16) -> f32
      %441 = "arith.mulf"(%439, %440) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %442 = "arith.addf"(%arg683, %441) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%442) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map42, #map43]} : (tensor<2x3x4x3x5xf16>, tensor<4x3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%438) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_f32"}> ({
  ^bb0(%arg672: tensor<2x3x4x3x5xf32>, %arg673: tensor<3x4x4x2x3xf32>, %arg674: tensor<2x3x4x2x3xf32>):
    %435 = "linalg.conv_2d_ngchw_gfchw"(%arg672, %arg673, %arg674) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg675: f32, %arg676: f32, %arg677: f32):
      %436 = "arith.mulf"(%arg675, %arg676) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %437 = "arith.addf"(%arg677, %436) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%437) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map43]} : (tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%435) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_2d_ngchw_gfchw_i8_i32"}> ({
  ^bb0(%arg666: tensor<2x3x4x3x5xi8>, %arg667: tensor<3x4x4x2x3xi8>, %arg668: tensor<2x3x4x2x3xi32>):
    %430 = "linalg.conv_2d_ngchw_gfchw"(%arg666, %arg667, %arg668) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg669: i8, %arg670: i8, %arg671: i32):
      %431 = "arith.extsi"(%arg669) : (i8) -> i32
      %432 = "arith.extsi"(%arg670) : (i8) -> i32
      %433 = "arith.muli"(%431, %432) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %434 = "arith.addi"(%arg671, %433) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%434) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map43]} : (tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%430) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_f16_f32"}> ({
  ^bb0(%arg660: tensor<2x3x4x3x5xf16>, %arg661: tensor<3x4x4x2x3xf16>, %arg662: tensor<2x3x4x2x3xf32>):
    %425 = "linalg.conv_2d_ngchw_gfchw"(%arg660, %arg661, %arg662) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg663: f16, %arg664: f16, %arg665: f32):
      %426 = "arith.extf"(%arg663) : (f16) -> f32
      %427 = "arith.extf"(%arg664) : (f16) -> f32
      %428 = "arith.mulf"(%426, %427) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %429 = "arith.addf"(%arg665, %428) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%429) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map43]} : (tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%425) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_f32"}> ({
  ^bb0(%arg654: tensor<2x6x5x2x3xf32>, %arg655: tensor<2x3x4x2x3xf32>, %arg656: tensor<2x3x4x2x3xf32>):
    %422 = "linalg.conv_2d_nhwgc_gfhwc"(%arg654, %arg655, %arg656) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg657: f32, %arg658: f32, %arg659: f32):
      %423 = "arith.mulf"(%arg657, %arg658) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %424 = "arith.addf"(%arg659, %423) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%424) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map43]} : (tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%422) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_2d_nhwgc_gfhwc_i8_i32"}> ({
  ^bb0(%arg648: tensor<2x6x5x2x3xi8>, %arg649: tensor<2x3x4x2x3xi8>, %arg650: tensor<2x3x4x2x3xi32>):
    %417 = "linalg.conv_2d_nhwgc_gfhwc"(%arg648, %arg649, %arg650) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg651: i8, %arg652: i8, %arg653: i32):
      %418 = "arith.extsi"(%arg651) : (i8) -> i32
      %419 = "arith.extsi"(%arg652) : (i8) -> i32
      %420 = "arith.muli"(%418, %419) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %421 = "arith.addi"(%arg653, %420) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%421) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map43]} : (tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%417) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_f16_f32"}> ({
  ^bb0(%arg642: tensor<2x6x5x2x3xf16>, %arg643: tensor<2x3x4x2x3xf16>, %arg644: tensor<2x3x4x2x3xf32>):
    %412 = "linalg.conv_2d_nhwgc_gfhwc"(%arg642, %arg643, %arg644) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg645: f16, %arg646: f16, %arg647: f32):
      %413 = "arith.extf"(%arg645) : (f16) -> f32
      %414 = "arith.extf"(%arg646) : (f16) -> f32
      %415 = "arith.mulf"(%413, %414) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %416 = "arith.addf"(%arg647, %415) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%416) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map43]} : (tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%412) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_q_f32"}> ({
  ^bb0(%arg632: tensor<2x6x5x2x3xf32>, %arg633: tensor<2x3x4x2x3xf32>, %arg634: i32, %arg635: i32, %arg636: tensor<2x3x4x2x3xf32>):
    %405 = "linalg.conv_2d_nhwgc_gfhwc_q"(%arg632, %arg633, %arg634, %arg635, %arg636) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg637: f32, %arg638: f32, %arg639: i32, %arg640: i32, %arg641: f32):
      %406 = "arith.sitofp"(%arg639) : (i32) -> f32
      %407 = "arith.subf"(%arg637, %406) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %408 = "arith.sitofp"(%arg640) : (i32) -> f32
      %409 = "arith.subf"(%arg638, %408) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %410 = "arith.mulf"(%407, %409) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %411 = "arith.addf"(%arg641, %410) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%411) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map47, #map47, #map43]} : (tensor<2x6x5x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%405) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_2d_nhwgc_gfhwc_q_i8_i32"}> ({
  ^bb0(%arg622: tensor<2x6x5x2x3xi8>, %arg623: tensor<2x3x4x2x3xi8>, %arg624: i32, %arg625: i32, %arg626: tensor<2x3x4x2x3xi32>):
    %398 = "linalg.conv_2d_nhwgc_gfhwc_q"(%arg622, %arg623, %arg624, %arg625, %arg626) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg627: i8, %arg628: i8, %arg629: i32, %arg630: i32, %arg631: i32):
      %399 = "arith.extsi"(%arg627) : (i8) -> i32
      %400 = "arith.subi"(%399, %arg629) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %401 = "arith.extsi"(%arg628) : (i8) -> i32
      %402 = "arith.subi"(%401, %arg630) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %403 = "arith.muli"(%400, %402) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %404 = "arith.addi"(%arg631, %403) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%404) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map47, #map47, #map43]} : (tensor<2x6x5x2x3xi8>, tensor<2x3x4x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%398) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_q_f16_f32"}> ({
  ^bb0(%arg612: tensor<2x6x5x2x3xf16>, %arg613: tensor<2x3x4x2x3xf16>, %arg614: i32, %arg615: i32, %arg616: tensor<2x3x4x2x3xf32>):
    %389 = "linalg.conv_2d_nhwgc_gfhwc_q"(%arg612, %arg613, %arg614, %arg615, %arg616) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg617: f16, %arg618: f16, %arg619: i32, %arg620: i32, %arg621: f32):
      %390 = "arith.extf"(%arg617) : (f16) -> f32
      %391 = "arith.sitofp"(%arg619) : (i32) -> f32
      %392 = "arith.subf"(%390, %391) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %393 = "arith.extf"(%arg618) : (f16) -> f32
      %394 = "arith.sitofp"(%arg620) : (i32) -> f32
      %395 = "arith.subf"(%393, %394) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %396 = "arith.mulf"(%392, %395) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %397 = "arith.addf"(%arg621, %396) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%397) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map47, #map47, #map43]} : (tensor<2x6x5x2x3xf16>, tensor<2x3x4x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%389) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_q_f32"}> ({
  ^bb0(%arg602: tensor<2x3x4x3x5xf32>, %arg603: tensor<3x4x4x2x3xf32>, %arg604: i32, %arg605: i32, %arg606: tensor<2x3x4x2x3xf32>):
    %382 = "linalg.conv_2d_ngchw_gfchw_q"(%arg602, %arg603, %arg604, %arg605, %arg606) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg607: f32, %arg608: f32, %arg609: i32, %arg610: i32, %arg611: f32):
      %383 = "arith.sitofp"(%arg609) : (i32) -> f32
      %384 = "arith.subf"(%arg607, %383) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %385 = "arith.sitofp"(%arg610) : (i32) -> f32
      %386 = "arith.subf"(%arg608, %385) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %387 = "arith.mulf"(%384, %386) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %388 = "arith.addf"(%arg611, %387) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%388) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map47, #map47, #map43]} : (tensor<2x3x4x3x5xf32>, tensor<3x4x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%382) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_2d_ngchw_gfchw_q_i8_i32"}> ({
  ^bb0(%arg592: tensor<2x3x4x3x5xi8>, %arg593: tensor<3x4x4x2x3xi8>, %arg594: i32, %arg595: i32, %arg596: tensor<2x3x4x2x3xi32>):
    %375 = "linalg.conv_2d_ngchw_gfchw_q"(%arg592, %arg593, %arg594, %arg595, %arg596) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg597: i8, %arg598: i8, %arg599: i32, %arg600: i32, %arg601: i32):
      %376 = "arith.extsi"(%arg597) : (i8) -> i32
      %377 = "arith.subi"(%376, %arg599) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %378 = "arith.extsi"(%arg598) : (i8) -> i32
      %379 = "arith.subi"(%378, %arg600) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %380 = "arith.muli"(%377, %379) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %381 = "arith.addi"(%arg601, %380) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%381) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map47, #map47, #map43]} : (tensor<2x3x4x3x5xi8>, tensor<3x4x4x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%375) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_q_f16_f32"}> ({
  ^bb0(%arg582: tensor<2x3x4x3x5xf16>, %arg583: tensor<3x4x4x2x3xf16>, %arg584: i32, %arg585: i32, %arg586: tensor<2x3x4x2x3xf32>):
    %366 = "linalg.conv_2d_ngchw_gfchw_q"(%arg582, %arg583, %arg584, %arg585, %arg586) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg587: f16, %arg588: f16, %arg589: i32, %arg590: i32, %arg591: f32):
      %367 = "arith.extf"(%arg587) : (f16) -> f32
      %368 = "arith.sitofp"(%arg589) : (i32) -> f32
      %369 = "arith.subf"(%367, %368) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %370 = "arith.extf"(%arg588) : (f16) -> f32
      %371 = "arith.sitofp"(%arg590) : (i32) -> f32
      %372 = "arith.subf"(%370, %371) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %373 = "arith.mulf"(%369, %372) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %374 = "arith.addf"(%arg591, %373) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%374) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map41, #map44, #map47, #map47, #map43]} : (tensor<2x3x4x3x5xf16>, tensor<3x4x4x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%366) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_f32"}> ({
  ^bb0(%arg576: tensor<2x6x5x4x4xf32>, %arg577: tensor<4x2x3x4x3xf32>, %arg578: tensor<2x3x4x2x3xf32>):
    %363 = "linalg.conv_3d_ndhwc_dhwcf"(%arg576, %arg577, %arg578) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg579: f32, %arg580: f32, %arg581: f32):
      %364 = "arith.mulf"(%arg579, %arg580) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %365 = "arith.addf"(%arg581, %364) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%365) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map50]} : (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%363) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_3d_ndhwc_dhwcf_i8_i32"}> ({
  ^bb0(%arg570: tensor<2x6x5x4x4xi8>, %arg571: tensor<4x2x3x4x3xi8>, %arg572: tensor<2x3x4x2x3xi32>):
    %358 = "linalg.conv_3d_ndhwc_dhwcf"(%arg570, %arg571, %arg572) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg573: i8, %arg574: i8, %arg575: i32):
      %359 = "arith.extsi"(%arg573) : (i8) -> i32
      %360 = "arith.extsi"(%arg574) : (i8) -> i32
      %361 = "arith.muli"(%359, %360) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %362 = "arith.addi"(%arg575, %361) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%362) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map50]} : (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%358) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_f16_f32"}> ({
  ^bb0(%arg564: tensor<2x6x5x4x4xf16>, %arg565: tensor<4x2x3x4x3xf16>, %arg566: tensor<2x3x4x2x3xf32>):
    %353 = "linalg.conv_3d_ndhwc_dhwcf"(%arg564, %arg565, %arg566) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg567: f16, %arg568: f16, %arg569: f32):
      %354 = "arith.extf"(%arg567) : (f16) -> f32
      %355 = "arith.extf"(%arg568) : (f16) -> f32
      %356 = "arith.mulf"(%354, %355) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %357 = "arith.addf"(%arg569, %356) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%357) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map50]} : (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%353) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_q_f32"}> ({
  ^bb0(%arg554: tensor<2x6x5x4x4xf32>, %arg555: tensor<4x2x3x4x3xf32>, %arg556: i32, %arg557: i32, %arg558: tensor<2x3x4x2x3xf32>):
    %346 = "linalg.conv_3d_ndhwc_dhwcf_q"(%arg554, %arg555, %arg556, %arg557, %arg558) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg559: f32, %arg560: f32, %arg561: i32, %arg562: i32, %arg563: f32):
      %347 = "arith.sitofp"(%arg561) : (i32) -> f32
      %348 = "arith.subf"(%arg559, %347) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %349 = "arith.sitofp"(%arg562) : (i32) -> f32
      %350 = "arith.subf"(%arg560, %349) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %351 = "arith.mulf"(%348, %350) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %352 = "arith.addf"(%arg563, %351) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%352) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map51, #map51, #map50]} : (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%346) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_3d_ndhwc_dhwcf_q_i8_i32"}> ({
  ^bb0(%arg544: tensor<2x6x5x4x4xi8>, %arg545: tensor<4x2x3x4x3xi8>, %arg546: i32, %arg547: i32, %arg548: tensor<2x3x4x2x3xi32>):
    %339 = "linalg.conv_3d_ndhwc_dhwcf_q"(%arg544, %arg545, %arg546, %arg547, %arg548) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg549: i8, %arg550: i8, %arg551: i32, %arg552: i32, %arg553: i32):
      %340 = "arith.extsi"(%arg549) : (i8) -> i32
      %341 = "arith.subi"(%340, %arg551) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %342 = "arith.extsi"(%arg550) : (i8) -> i32
      %343 = "arith.subi"(%342, %arg552) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %344 = "arith.muli"(%341, %343) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %345 = "arith.addi"(%arg553, %344) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%345) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map51, #map51, #map50]} : (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%339) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_q_f16_f32"}> ({
  ^bb0(%arg534: tensor<2x6x5x4x4xf16>, %arg535: tensor<4x2x3x4x3xf16>, %arg536: i32, %arg537: i32, %arg538: tensor<2x3x4x2x3xf32>):
    %330 = "linalg.conv_3d_ndhwc_dhwcf_q"(%arg534, %arg535, %arg536, %arg537, %arg538) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg539: f16, %arg540: f16, %arg541: i32, %arg542: i32, %arg543: f32):
      %331 = "arith.extf"(%arg539) : (f16) -> f32
      %332 = "arith.sitofp"(%arg541) : (i32) -> f32
      %333 = "arith.subf"(%331, %332) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %334 = "arith.extf"(%arg540) : (f16) -> f32
      %335 = "arith.sitofp"(%arg542) : (i32) -> f32
      %336 = "arith.subf"(%334, %335) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %337 = "arith.mulf"(%333, %336) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %338 = "arith.addf"(%arg543, %337) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%338) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map51, #map51, #map50]} : (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%330) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x5x4x6xf32>, tensor<3x4x2x3x4xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ncdhw_fcdhw_f32"}> ({
  ^bb0(%arg528: tensor<2x4x5x4x6xf32>, %arg529: tensor<3x4x2x3x4xf32>, %arg530: tensor<2x3x4x2x3xf32>):
    %327 = "linalg.conv_3d_ncdhw_fcdhw"(%arg528, %arg529, %arg530) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg531: f32, %arg532: f32, %arg533: f32):
      %328 = "arith.mulf"(%arg531, %arg532) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %329 = "arith.addf"(%arg533, %328) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%329) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map52, #map53, #map50]} : (tensor<2x4x5x4x6xf32>, tensor<3x4x2x3x4xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%327) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x5x4x6xi8>, tensor<3x4x2x3x4xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "conv_3d_ncdhw_fcdhw_i8_i32"}> ({
  ^bb0(%arg522: tensor<2x4x5x4x6xi8>, %arg523: tensor<3x4x2x3x4xi8>, %arg524: tensor<2x3x4x2x3xi32>):
    %322 = "linalg.conv_3d_ncdhw_fcdhw"(%arg522, %arg523, %arg524) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg525: i8, %arg526: i8, %arg527: i32):
      %323 = "arith.extsi"(%arg525) : (i8) -> i32
      %324 = "arith.extsi"(%arg526) : (i8) -> i32
      %325 = "arith.muli"(%323, %324) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %326 = "arith.addi"(%arg527, %325) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%326) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map52, #map53, #map50]} : (tensor<2x4x5x4x6xi8>, tensor<3x4x2x3x4xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%322) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x5x4x6xf16>, tensor<3x4x2x3x4xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ncdhw_fcdhw_f16_f32"}> ({
  ^bb0(%arg516: tensor<2x4x5x4x6xf16>, %arg517: tensor<3x4x2x3x4xf16>, %arg518: tensor<2x3x4x2x3xf32>):
    %317 = "linalg.conv_3d_ncdhw_fcdhw"(%arg516, %arg517, %arg518) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg519: f16, %arg520: f16, %arg521: f32):
      %318 = "arith.extf"(%arg519) : (f16) -> f32
      %319 = "arith.extf"(%arg520) : (f16) -> f32
      %320 = "arith.mulf"(%318, %319) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %321 = "arith.addf"(%arg521, %320) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%321) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map52, #map53, #map50]} : (tensor<2x4x5x4x6xf16>, tensor<3x4x2x3x4xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%317) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf32>, tensor<2x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "depthwise_conv_1d_nwc_wc_f32"}> ({
  ^bb0(%arg510: tensor<2x4x4xf32>, %arg511: tensor<2x4xf32>, %arg512: tensor<2x3x4xf32>):
    %314 = "linalg.depthwise_conv_1d_nwc_wc"(%arg510, %arg511, %arg512) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg513: f32, %arg514: f32, %arg515: f32):
      %315 = "arith.mulf"(%arg513, %arg514) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %316 = "arith.addf"(%arg515, %315) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%316) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map13]} : (tensor<2x4x4xf32>, tensor<2x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%314) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "depthwise_conv_1d_nwc_wc_i8_i32"}> ({
  ^bb0(%arg504: tensor<2x4x4xi8>, %arg505: tensor<2x4xi8>, %arg506: tensor<2x3x4xi32>):
    %309 = "linalg.depthwise_conv_1d_nwc_wc"(%arg504, %arg505, %arg506) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg507: i8, %arg508: i8, %arg509: i32):
      %310 = "arith.extsi"(%arg507) : (i8) -> i32
      %311 = "arith.extsi"(%arg508) : (i8) -> i32
      %312 = "arith.muli"(%310, %311) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %313 = "arith.addi"(%arg509, %312) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%313) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map13]} : (tensor<2x4x4xi8>, tensor<2x4xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%309) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf16>, tensor<2x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "depthwise_conv_1d_nwc_wc_f16_f32"}> ({
  ^bb0(%arg498: tensor<2x4x4xf16>, %arg499: tensor<2x4xf16>, %arg500: tensor<2x3x4xf32>):
    %304 = "linalg.depthwise_conv_1d_nwc_wc"(%arg498, %arg499, %arg500) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg501: f16, %arg502: f16, %arg503: f32):
      %305 = "arith.extf"(%arg501) : (f16) -> f32
      %306 = "arith.extf"(%arg502) : (f16) -> f32
      %307 = "arith.mulf"(%305, %306) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %308 = "arith.addf"(%arg503, %307) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%308) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map13]} : (tensor<2x4x4xf16>, tensor<2x4xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%304) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf32>, tensor<4x2xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "depthwise_conv_1d_ncw_cw_f32"}> ({
  ^bb0(%arg492: tensor<2x4x4xf32>, %arg493: tensor<4x2xf32>, %arg494: tensor<2x4x3xf32>):
    %301 = "linalg.depthwise_conv_1d_ncw_cw"(%arg492, %arg493, %arg494) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg495: f32, %arg496: f32, %arg497: f32):
      %302 = "arith.mulf"(%arg495, %arg496) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %303 = "arith.addf"(%arg497, %302) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%303) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map56, #map24, #map57]} : (tensor<2x4x4xf32>, tensor<4x2xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%301) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<4x2xi8>, tensor<2x4x3xi32>) -> tensor<2x4x3xi32>, sym_name = "depthwise_conv_1d_ncw_cw_i8_i32"}> ({
  ^bb0(%arg486: tensor<2x4x4xi8>, %arg487: tensor<4x2xi8>, %arg488: tensor<2x4x3xi32>):
    %296 = "linalg.depthwise_conv_1d_ncw_cw"(%arg486, %arg487, %arg488) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg489: i8, %arg490: i8, %arg491: i32):
      %297 = "arith.extsi"(%arg489) : (i8) -> i32
      %298 = "arith.extsi"(%arg490) : (i8) -> i32
      %299 = "arith.muli"(%297, %298) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %300 = "arith.addi"(%arg491, %299) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%300) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map56, #map24, #map57]} : (tensor<2x4x4xi8>, tensor<4x2xi8>, tensor<2x4x3xi32>) -> tensor<2x4x3xi32>
    "func.return"(%296) : (tensor<2x4x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf16>, tensor<4x2xf16>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "depthwise_conv_1d_ncw_cw_f16_f32"}> ({
  ^bb0(%arg480: tensor<2x4x4xf16>, %arg481: tensor<4x2xf16>, %arg482: tensor<2x4x3xf32>):
    %291 = "linalg.depthwise_conv_1d_ncw_cw"(%arg480, %arg481, %arg482) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg483: f16, %arg484: f16, %arg485: f32):
      %292 = "arith.extf"(%arg483) : (f16) -> f32
      %293 = "arith.extf"(%arg484) : (f16) -> f32
      %294 = "arith.mulf"(%292, %293) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %295 = "arith.addf"(%arg485, %294) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%295) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map56, #map24, #map57]} : (tensor<2x4x4xf16>, tensor<4x2xf16>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%291) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x4xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_1d_nwc_wcm_f32"}> ({
  ^bb0(%arg474: tensor<2x5x4xf32>, %arg475: tensor<3x4x2xf32>, %arg476: tensor<2x3x4x2xf32>):
    %288 = "linalg.depthwise_conv_1d_nwc_wcm"(%arg474, %arg475, %arg476) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg477: f32, %arg478: f32, %arg479: f32):
      %289 = "arith.mulf"(%arg477, %arg478) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %290 = "arith.addf"(%arg479, %289) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%290) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map58, #map59, #map60]} : (tensor<2x5x4xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%288) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x4xi8>, tensor<3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "depthwise_conv_1d_nwc_wcm_i8_i32"}> ({
  ^bb0(%arg468: tensor<2x5x4xi8>, %arg469: tensor<3x4x2xi8>, %arg470: tensor<2x3x4x2xi32>):
    %283 = "linalg.depthwise_conv_1d_nwc_wcm"(%arg468, %arg469, %arg470) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg471: i8, %arg472: i8, %arg473: i32):
      %284 = "arith.extsi"(%arg471) : (i8) -> i32
      %285 = "arith.extsi"(%arg472) : (i8) -> i32
      %286 = "arith.muli"(%284, %285) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %287 = "arith.addi"(%arg473, %286) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%287) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map58, #map59, #map60]} : (tensor<2x5x4xi8>, tensor<3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%283) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x4xf16>, tensor<3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_1d_nwc_wcm_f16_f32"}> ({
  ^bb0(%arg462: tensor<2x5x4xf16>, %arg463: tensor<3x4x2xf16>, %arg464: tensor<2x3x4x2xf32>):
    %278 = "linalg.depthwise_conv_1d_nwc_wcm"(%arg462, %arg463, %arg464) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg465: f16, %arg466: f16, %arg467: f32):
      %279 = "arith.extf"(%arg465) : (f16) -> f32
      %280 = "arith.extf"(%arg466) : (f16) -> f32
      %281 = "arith.mulf"(%279, %280) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %282 = "arith.addf"(%arg467, %281) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%282) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map58, #map59, #map60]} : (tensor<2x5x4xf16>, tensor<3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%278) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_f32"}> ({
  ^bb0(%arg456: tensor<2x5x7x2xf32>, %arg457: tensor<3x4x2xf32>, %arg458: tensor<2x3x4x2xf32>):
    %275 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg456, %arg457, %arg458) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg459: f32, %arg460: f32, %arg461: f32):
      %276 = "arith.mulf"(%arg459, %arg460) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %277 = "arith.addf"(%arg461, %276) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%277) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map63]} : (tensor<2x5x7x2xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%275) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "depthwise_conv_2d_nhwc_hwc_i8_i32"}> ({
  ^bb0(%arg450: tensor<2x5x7x2xi8>, %arg451: tensor<3x4x2xi8>, %arg452: tensor<2x3x4x2xi32>):
    %270 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg450, %arg451, %arg452) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg453: i8, %arg454: i8, %arg455: i32):
      %271 = "arith.extsi"(%arg453) : (i8) -> i32
      %272 = "arith.extsi"(%arg454) : (i8) -> i32
      %273 = "arith.muli"(%271, %272) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %274 = "arith.addi"(%arg455, %273) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%274) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4x2xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%270) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_f16_f32"}> ({
  ^bb0(%arg444: tensor<2x5x7x2xf16>, %arg445: tensor<3x4x2xf16>, %arg446: tensor<2x3x4x2xf32>):
    %265 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg444, %arg445, %arg446) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg447: f16, %arg448: f16, %arg449: f32):
      %266 = "arith.extf"(%arg447) : (f16) -> f32
      %267 = "arith.extf"(%arg448) : (f16) -> f32
      %268 = "arith.mulf"(%266, %267) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %269 = "arith.addf"(%arg449, %268) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%269) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map63]} : (tensor<2x5x7x2xf16>, tensor<3x4x2xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%265) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x5x7xf32>, tensor<2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>, sym_name = "depthwise_conv_2d_nchw_chw_f32"}> ({
  ^bb0(%arg438: tensor<2x2x5x7xf32>, %arg439: tensor<2x3x4xf32>, %arg440: tensor<2x2x3x4xf32>):
    %262 = "linalg.depthwise_conv_2d_nchw_chw"(%arg438, %arg439, %arg440) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg441: f32, %arg442: f32, %arg443: f32):
      %263 = "arith.mulf"(%arg441, %arg442) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %264 = "arith.addf"(%arg443, %263) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%264) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map27, #map65]} : (tensor<2x2x5x7xf32>, tensor<2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "func.return"(%262) : (tensor<2x2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x5x7xi8>, tensor<2x3x4xi8>, tensor<2x2x3x4xi32>) -> tensor<2x2x3x4xi32>, sym_name = "depthwise_conv_2d_nchw_chw_i8_i32"}> ({
  ^bb0(%arg432: tensor<2x2x5x7xi8>, %arg433: tensor<2x3x4xi8>, %arg434: tensor<2x2x3x4xi32>):
    %257 = "linalg.depthwise_conv_2d_nchw_chw"(%arg432, %arg433, %arg434) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg435: i8, %arg436: i8, %arg437: i32):
      %258 = "arith.extsi"(%arg435) : (i8) -> i32
      %259 = "arith.extsi"(%arg436) : (i8) -> i32
      %260 = "arith.muli"(%258, %259) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %261 = "arith.addi"(%arg437, %260) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%261) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map27, #map65]} : (tensor<2x2x5x7xi8>, tensor<2x3x4xi8>, tensor<2x2x3x4xi32>) -> tensor<2x2x3x4xi32>
    "func.return"(%257) : (tensor<2x2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x5x7xf16>, tensor<2x3x4xf16>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>, sym_name = "depthwise_conv_2d_nchw_chw_f16_f32"}> ({
  ^bb0(%arg426: tensor<2x2x5x7xf16>, %arg427: tensor<2x3x4xf16>, %arg428: tensor<2x2x3x4xf32>):
    %252 = "linalg.depthwise_conv_2d_nchw_chw"(%arg426, %arg427, %arg428) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg429: f16, %arg430: f16, %arg431: f32):
      %253 = "arith.extf"(%arg429) : (f16) -> f32
      %254 = "arith.extf"(%arg430) : (f16) -> f32
      %255 = "arith.mulf"(%253, %254) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %256 = "arith.addf"(%arg431, %255) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%256) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map27, #map65]} : (tensor<2x2x5x7xf16>, tensor<2x3x4xf16>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "func.return"(%252) : (tensor<2x2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_q_f32"}> ({
  ^bb0(%arg416: tensor<2x5x7x2xf32>, %arg417: tensor<3x4x2xf32>, %arg418: i32, %arg419: i32, %arg420: tensor<2x3x4x2xf32>):
    %245 = "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg416, %arg417, %arg418, %arg419, %arg420) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg421: f32, %arg422: f32, %arg423: i32, %arg424: i32, %arg425: f32):
      %246 = "arith.sitofp"(%arg423) : (i32) -> f32
      %247 = "arith.subf"(%arg421, %246) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %248 = "arith.sitofp"(%arg424) : (i32) -> f32
      %249 = "arith.subf"(%arg422, %248) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %250 = "arith.mulf"(%247, %249) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %251 = "arith.addf"(%arg425, %250) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%251) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map66, #map66, #map63]} : (tensor<2x5x7x2xf32>, tensor<3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%245) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "depthwise_conv_2d_nhwc_hwc_q_i8_i32"}> ({
  ^bb0(%arg406: tensor<2x5x7x2xi8>, %arg407: tensor<3x4x2xi8>, %arg408: i32, %arg409: i32, %arg410: tensor<2x3x4x2xi32>):
    %238 = "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg406, %arg407, %arg408, %arg409, %arg410) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg411: i8, %arg412: i8, %arg413: i32, %arg414: i32, %arg415: i32):
      %239 = "arith.extsi"(%arg411) : (i8) -> i32
      %240 = "arith.subi"(%239, %arg413) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %241 = "arith.extsi"(%arg412) : (i8) -> i32
      %242 = "arith.subi"(%241, %arg414) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %243 = "arith.muli"(%240, %242) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %244 = "arith.addi"(%arg415, %243) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%244) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map66, #map66, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4x2xi8>, i32, i32, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%238) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_q_f16_f32"}> ({
  ^bb0(%arg396: tensor<2x5x7x2xf16>, %arg397: tensor<3x4x2xf16>, %arg398: i32, %arg399: i32, %arg400: tensor<2x3x4x2xf32>):
    %229 = "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg396, %arg397, %arg398, %arg399, %arg400) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg401: f16, %arg402: f16, %arg403: i32, %arg404: i32, %arg405: f32):
      %230 = "arith.extf"(%arg401) : (f16) -> f32
      %231 = "arith.sitofp"(%arg403) : (i32) -> f32
      %232 = "arith.subf"(%230, %231) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %233 = "arith.extf"(%arg402) : (f16) -> f32
      %234 = "arith.sitofp"(%arg404) : (i32) -> f32
      %235 = "arith.subf"(%233, %234) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %236 = "arith.mulf"(%232, %235) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %237 = "arith.addf"(%arg405, %236) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%237) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map62, #map66, #map66, #map63]} : (tensor<2x5x7x2xf16>, tensor<3x4x2xf16>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%229) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_f32"}> ({
  ^bb0(%arg390: tensor<2x6x5x2xf32>, %arg391: tensor<4x2x2x3xf32>, %arg392: tensor<2x3x4x2x3xf32>):
    %226 = "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg390, %arg391, %arg392) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg393: f32, %arg394: f32, %arg395: f32):
      %227 = "arith.mulf"(%arg393, %arg394) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %228 = "arith.addf"(%arg395, %227) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%228) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map69]} : (tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%226) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_i8_i32"}> ({
  ^bb0(%arg384: tensor<2x6x5x2xi8>, %arg385: tensor<4x2x2x3xi8>, %arg386: tensor<2x3x4x2x3xi32>):
    %221 = "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg384, %arg385, %arg386) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg387: i8, %arg388: i8, %arg389: i32):
      %222 = "arith.extsi"(%arg387) : (i8) -> i32
      %223 = "arith.extsi"(%arg388) : (i8) -> i32
      %224 = "arith.muli"(%222, %223) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %225 = "arith.addi"(%arg389, %224) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%225) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map69]} : (tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%221) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_f16_f32"}> ({
  ^bb0(%arg378: tensor<2x6x5x2xf16>, %arg379: tensor<4x2x2x3xf16>, %arg380: tensor<2x3x4x2x3xf32>):
    %216 = "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg378, %arg379, %arg380) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg381: f16, %arg382: f16, %arg383: f32):
      %217 = "arith.extf"(%arg381) : (f16) -> f32
      %218 = "arith.extf"(%arg382) : (f16) -> f32
      %219 = "arith.mulf"(%217, %218) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %220 = "arith.addf"(%arg383, %219) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%220) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map69]} : (tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%216) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_q_f32"}> ({
  ^bb0(%arg368: tensor<2x6x5x2xf32>, %arg369: tensor<4x2x2x3xf32>, %arg370: i32, %arg371: i32, %arg372: tensor<2x3x4x2x3xf32>):
    %209 = "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg368, %arg369, %arg370, %arg371, %arg372) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg373: f32, %arg374: f32, %arg375: i32, %arg376: i32, %arg377: f32):
      %210 = "arith.sitofp"(%arg375) : (i32) -> f32
      %211 = "arith.subf"(%arg373, %210) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %212 = "arith.sitofp"(%arg376) : (i32) -> f32
      %213 = "arith.subf"(%arg374, %212) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %214 = "arith.mulf"(%211, %213) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %215 = "arith.addf"(%arg377, %214) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%215) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map38, #map38, #map69]} : (tensor<2x6x5x2xf32>, tensor<4x2x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%209) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_q_i8_i32"}> ({
  ^bb0(%arg358: tensor<2x6x5x2xi8>, %arg359: tensor<4x2x2x3xi8>, %arg360: i32, %arg361: i32, %arg362: tensor<2x3x4x2x3xi32>):
    %202 = "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg358, %arg359, %arg360, %arg361, %arg362) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg363: i8, %arg364: i8, %arg365: i32, %arg366: i32, %arg367: i32):
      %203 = "arith.extsi"(%arg363) : (i8) -> i32
      %204 = "arith.subi"(%203, %arg365) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %205 = "arith.extsi"(%arg364) : (i8) -> i32
      %206 = "arith.subi"(%205, %arg366) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %207 = "arith.muli"(%204, %206) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %208 = "arith.addi"(%arg367, %207) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%208) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map38, #map38, #map69]} : (tensor<2x6x5x2xi8>, tensor<4x2x2x3xi8>, i32, i32, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%202) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_q_f16_f32"}> ({
  ^bb0(%arg348: tensor<2x6x5x2xf16>, %arg349: tensor<4x2x2x3xf16>, %arg350: i32, %arg351: i32, %arg352: tensor<2x3x4x2x3xf32>):
    %193 = "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg348, %arg349, %arg350, %arg351, %arg352) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg353: f16, %arg354: f16, %arg355: i32, %arg356: i32, %arg357: f32):
      %194 = "arith.extf"(%arg353) : (f16) -> f32
      %195 = "arith.sitofp"(%arg355) : (i32) -> f32
      %196 = "arith.subf"(%194, %195) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %197 = "arith.extf"(%arg354) : (f16) -> f32
      %198 = "arith.sitofp"(%arg356) : (i32) -> f32
      %199 = "arith.subf"(%197, %198) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %200 = "arith.mulf"(%196, %199) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %201 = "arith.addf"(%arg357, %200) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%201) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map68, #map38, #map38, #map69]} : (tensor<2x6x5x2xf16>, tensor<4x2x2x3xf16>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%193) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x3x3xf32>, tensor<3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwc_f32"}> ({
  ^bb0(%arg342: tensor<2x5x7x3x3xf32>, %arg343: tensor<3x4x2x3xf32>, %arg344: tensor<2x3x4x2x3xf32>):
    %190 = "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg342, %arg343, %arg344) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg345: f32, %arg346: f32, %arg347: f32):
      %191 = "arith.mulf"(%arg345, %arg346) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %192 = "arith.addf"(%arg347, %191) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%192) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map70, #map71, #map72]} : (tensor<2x5x7x3x3xf32>, tensor<3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%190) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x3x3xi8>, tensor<3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "depthwise_conv_3d_ndhwc_dhwc_i8_i32"}> ({
  ^bb0(%arg336: tensor<2x5x7x3x3xi8>, %arg337: tensor<3x4x2x3xi8>, %arg338: tensor<2x3x4x2x3xi32>):
    %185 = "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg336, %arg337, %arg338) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg339: i8, %arg340: i8, %arg341: i32):
      %186 = "arith.extsi"(%arg339) : (i8) -> i32
      %187 = "arith.extsi"(%arg340) : (i8) -> i32
      %188 = "arith.muli"(%186, %187) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %189 = "arith.addi"(%arg341, %188) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%189) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map70, #map71, #map72]} : (tensor<2x5x7x3x3xi8>, tensor<3x4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%185) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x3x3xf16>, tensor<3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwc_f16_f32"}> ({
  ^bb0(%arg330: tensor<2x5x7x3x3xf16>, %arg331: tensor<3x4x2x3xf16>, %arg332: tensor<2x3x4x2x3xf32>):
    %180 = "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg330, %arg331, %arg332) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg333: f16, %arg334: f16, %arg335: f32):
      %181 = "arith.extf"(%arg333) : (f16) -> f32
      %182 = "arith.extf"(%arg334) : (f16) -> f32
      %183 = "arith.mulf"(%181, %182) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %184 = "arith.addf"(%arg335, %183) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%184) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map70, #map71, #map72]} : (tensor<2x5x7x3x3xf16>, tensor<3x4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%180) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5x7x3xf32>, tensor<3x3x4x2xf32>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>, sym_name = "depthwise_conv_3d_ncdhw_cdhw_f32"}> ({
  ^bb0(%arg324: tensor<2x3x5x7x3xf32>, %arg325: tensor<3x3x4x2xf32>, %arg326: tensor<2x3x3x4x2xf32>):
    %177 = "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg324, %arg325, %arg326) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg327: f32, %arg328: f32, %arg329: f32):
      %178 = "arith.mulf"(%arg327, %arg328) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %179 = "arith.addf"(%arg329, %178) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%179) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map73, #map74, #map75]} : (tensor<2x3x5x7x3xf32>, tensor<3x3x4x2xf32>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    "func.return"(%177) : (tensor<2x3x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5x7x3xi8>, tensor<3x3x4x2xi8>, tensor<2x3x3x4x2xi32>) -> tensor<2x3x3x4x2xi32>, sym_name = "depthwise_conv_3d_ncdhw_cdhw_i8_i32"}> ({
  ^bb0(%arg318: tensor<2x3x5x7x3xi8>, %arg319: tensor<3x3x4x2xi8>, %arg320: tensor<2x3x3x4x2xi32>):
    %172 = "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg318, %arg319, %arg320) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg321: i8, %arg322: i8, %arg323: i32):
      %173 = "arith.extsi"(%arg321) : (i8) -> i32
      %174 = "arith.extsi"(%arg322) : (i8) -> i32
      %175 = "arith.muli"(%173, %174) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %176 = "arith.addi"(%arg323, %175) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%176) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map73, #map74, #map75]} : (tensor<2x3x5x7x3xi8>, tensor<3x3x4x2xi8>, tensor<2x3x3x4x2xi32>) -> tensor<2x3x3x4x2xi32>
    "func.return"(%172) : (tensor<2x3x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5x7x3xf16>, tensor<3x3x4x2xf16>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>, sym_name = "depthwise_conv_3d_ncdhw_cdhw_f16_f32"}> ({
  ^bb0(%arg312: tensor<2x3x5x7x3xf16>, %arg313: tensor<3x3x4x2xf16>, %arg314: tensor<2x3x3x4x2xf32>):
    %167 = "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg312, %arg313, %arg314) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg315: f16, %arg316: f16, %arg317: f32):
      %168 = "arith.extf"(%arg315) : (f16) -> f32
      %169 = "arith.extf"(%arg316) : (f16) -> f32
      %170 = "arith.mulf"(%168, %169) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %171 = "arith.addf"(%arg317, %170) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%171) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map73, #map74, #map75]} : (tensor<2x3x5x7x3xf16>, tensor<3x3x4x2xf16>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    "func.return"(%167) : (tensor<2x3x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwcm_f32"}> ({
  ^bb0(%arg306: tensor<2x6x5x4x4xf32>, %arg307: tensor<4x2x3x4x3xf32>, %arg308: tensor<2x3x4x2x4x3xf32>):
    %164 = "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg306, %arg307, %arg308) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg309: f32, %arg310: f32, %arg311: f32):
      %165 = "arith.mulf"(%arg309, %arg310) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %166 = "arith.addf"(%arg311, %165) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%166) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map76]} : (tensor<2x6x5x4x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    "func.return"(%164) : (tensor<2x3x4x2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, tensor<2x3x4x2x4x3xi32>) -> tensor<2x3x4x2x4x3xi32>, sym_name = "depthwise_conv_3d_ndhwc_dhwcm_i8_i32"}> ({
  ^bb0(%arg300: tensor<2x6x5x4x4xi8>, %arg301: tensor<4x2x3x4x3xi8>, %arg302: tensor<2x3x4x2x4x3xi32>):
    %159 = "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg300, %arg301, %arg302) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg303: i8, %arg304: i8, %arg305: i32):
      %160 = "arith.extsi"(%arg303) : (i8) -> i32
      %161 = "arith.extsi"(%arg304) : (i8) -> i32
      %162 = "arith.muli"(%160, %161) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %163 = "arith.addi"(%arg305, %162) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%163) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map76]} : (tensor<2x6x5x4x4xi8>, tensor<4x2x3x4x3xi8>, tensor<2x3x4x2x4x3xi32>) -> tensor<2x3x4x2x4x3xi32>
    "func.return"(%159) : (tensor<2x3x4x2x4x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwcm_f16_f32"}> ({
  ^bb0(%arg294: tensor<2x6x5x4x4xf16>, %arg295: tensor<4x2x3x4x3xf16>, %arg296: tensor<2x3x4x2x4x3xf32>):
    %154 = "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg294, %arg295, %arg296) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg297: f16, %arg298: f16, %arg299: f32):
      %155 = "arith.extf"(%arg297) : (f16) -> f32
      %156 = "arith.extf"(%arg298) : (f16) -> f32
      %157 = "arith.mulf"(%155, %156) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %158 = "arith.addf"(%arg299, %157) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%158) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map76]} : (tensor<2x6x5x4x4xf16>, tensor<4x2x3x4x3xf16>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    "func.return"(%154) : (tensor<2x3x4x2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_sum_f32"}> ({
  ^bb0(%arg288: tensor<2x5x7x2xf32>, %arg289: tensor<3x4xf32>, %arg290: tensor<2x3x4x2xf32>):
    %152 = "linalg.pooling_nhwc_sum"(%arg288, %arg289, %arg290) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg291: f32, %arg292: f32, %arg293: f32):
      %153 = "arith.addf"(%arg293, %arg291) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%153) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%152) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_sum_i8_i32"}> ({
  ^bb0(%arg282: tensor<2x5x7x2xi8>, %arg283: tensor<3x4xi8>, %arg284: tensor<2x3x4x2xi32>):
    %149 = "linalg.pooling_nhwc_sum"(%arg282, %arg283, %arg284) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg285: i8, %arg286: i8, %arg287: i32):
      %150 = "arith.extsi"(%arg285) : (i8) -> i32
      %151 = "arith.addi"(%arg287, %150) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%151) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%149) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_sum_f16_f32"}> ({
  ^bb0(%arg276: tensor<2x5x7x2xf16>, %arg277: tensor<3x4xf16>, %arg278: tensor<2x3x4x2xf32>):
    %146 = "linalg.pooling_nhwc_sum"(%arg276, %arg277, %arg278) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg279: f16, %arg280: f16, %arg281: f32):
      %147 = "arith.extf"(%arg279) : (f16) -> f32
      %148 = "arith.addf"(%arg281, %147) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%148) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%146) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_sum_f32"}> ({
  ^bb0(%arg270: tensor<2x3x6x5xf32>, %arg271: tensor<3x4xf32>, %arg272: tensor<2x3x4x2xf32>):
    %144 = "linalg.pooling_nchw_sum"(%arg270, %arg271, %arg272) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg273: f32, %arg274: f32, %arg275: f32):
      %145 = "arith.addf"(%arg275, %arg273) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%145) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%144) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nchw_sum_i8_i32"}> ({
  ^bb0(%arg264: tensor<2x3x6x5xi8>, %arg265: tensor<3x4xi8>, %arg266: tensor<2x3x4x2xi32>):
    %141 = "linalg.pooling_nchw_sum"(%arg264, %arg265, %arg266) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg267: i8, %arg268: i8, %arg269: i32):
      %142 = "arith.extsi"(%arg267) : (i8) -> i32
      %143 = "arith.addi"(%arg269, %142) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%143) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%141) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_sum_f16_f32"}> ({
  ^bb0(%arg258: tensor<2x3x6x5xf16>, %arg259: tensor<3x4xf16>, %arg260: tensor<2x3x4x2xf32>):
    %138 = "linalg.pooling_nchw_sum"(%arg258, %arg259, %arg260) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg261: f16, %arg262: f16, %arg263: f32):
      %139 = "arith.extf"(%arg261) : (f16) -> f32
      %140 = "arith.addf"(%arg263, %139) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%140) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%138) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_max_f32"}> ({
  ^bb0(%arg252: tensor<2x5x7x2xf32>, %arg253: tensor<3x4xf32>, %arg254: tensor<2x3x4x2xf32>):
    %136 = "linalg.pooling_nhwc_max"(%arg252, %arg253, %arg254) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg255: f32, %arg256: f32, %arg257: f32):
      %137 = "arith.maximumf"(%arg257, %arg255) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%137) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%136) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_max_i8_i32"}> ({
  ^bb0(%arg246: tensor<2x5x7x2xi8>, %arg247: tensor<3x4xi8>, %arg248: tensor<2x3x4x2xi32>):
    %133 = "linalg.pooling_nhwc_max"(%arg246, %arg247, %arg248) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg249: i8, %arg250: i8, %arg251: i32):
      %134 = "arith.extsi"(%arg249) : (i8) -> i32
      %135 = "arith.maxsi"(%arg251, %134) : (i32, i32) -> i32
      "linalg.yield"(%135) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%133) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_max_f16_f32"}> ({
  ^bb0(%arg240: tensor<2x5x7x2xf16>, %arg241: tensor<3x4xf16>, %arg242: tensor<2x3x4x2xf32>):
    %130 = "linalg.pooling_nhwc_max"(%arg240, %arg241, %arg242) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg243: f16, %arg244: f16, %arg245: f32):
      %131 = "arith.extf"(%arg243) : (f16) -> f32
      %132 = "arith.maximumf"(%arg245, %131) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%132) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%130) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_max_unsigned_i32"}> ({
  ^bb0(%arg234: tensor<2x5x7x2xi32>, %arg235: tensor<3x4xi32>, %arg236: tensor<2x3x4x2xi32>):
    %128 = "linalg.pooling_nhwc_max_unsigned"(%arg234, %arg235, %arg236) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg237: i32, %arg238: i32, %arg239: i32):
      %129 = "arith.maxui"(%arg239, %arg237) : (i32, i32) -> i32
      "linalg.yield"(%129) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%128) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_max_unsigned_i8_i32"}> ({
  ^bb0(%arg228: tensor<2x5x7x2xi8>, %arg229: tensor<3x4xi8>, %arg230: tensor<2x3x4x2xi32>):
    %125 = "linalg.pooling_nhwc_max_unsigned"(%arg228, %arg229, %arg230) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg231: i8, %arg232: i8, %arg233: i32):
      %126 = "arith.extui"(%arg231) : (i8) -> i32
      %127 = "arith.maxui"(%arg233, %126) : (i32, i32) -> i32
      "linalg.yield"(%127) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%125) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_max_f32"}> ({
  ^bb0(%arg222: tensor<2x3x6x5xf32>, %arg223: tensor<3x4xf32>, %arg224: tensor<2x3x4x2xf32>):
    %123 = "linalg.pooling_nchw_max"(%arg222, %arg223, %arg224) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg225: f32, %arg226: f32, %arg227: f32):
      %124 = "arith.maximumf"(%arg227, %arg225) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%124) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%123) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nchw_max_i8_i32"}> ({
  ^bb0(%arg216: tensor<2x3x6x5xi8>, %arg217: tensor<3x4xi8>, %arg218: tensor<2x3x4x2xi32>):
    %120 = "linalg.pooling_nchw_max"(%arg216, %arg217, %arg218) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg219: i8, %arg220: i8, %arg221: i32):
      %121 = "arith.extsi"(%arg219) : (i8) -> i32
      %122 = "arith.maxsi"(%arg221, %121) : (i32, i32) -> i32
      "linalg.yield"(%122) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%120) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x6x5xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_max_f16_f32"}> ({
  ^bb0(%arg210: tensor<2x3x6x5xf16>, %arg211: tensor<3x4xf16>, %arg212: tensor<2x3x4x2xf32>):
    %117 = "linalg.pooling_nchw_max"(%arg210, %arg211, %arg212) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg213: f16, %arg214: f16, %arg215: f32):
      %118 = "arith.extf"(%arg213) : (f16) -> f32
      %119 = "arith.maximumf"(%arg215, %118) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%119) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map77, #map63]} : (tensor<2x3x6x5xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%117) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_min_f32"}> ({
  ^bb0(%arg204: tensor<2x5x7x2xf32>, %arg205: tensor<3x4xf32>, %arg206: tensor<2x3x4x2xf32>):
    %115 = "linalg.pooling_nhwc_min"(%arg204, %arg205, %arg206) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg207: f32, %arg208: f32, %arg209: f32):
      %116 = "arith.minimumf"(%arg209, %arg207) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%116) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%115) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_min_i8_i32"}> ({
  ^bb0(%arg198: tensor<2x5x7x2xi8>, %arg199: tensor<3x4xi8>, %arg200: tensor<2x3x4x2xi32>):
    %112 = "linalg.pooling_nhwc_min"(%arg198, %arg199, %arg200) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg201: i8, %arg202: i8, %arg203: i32):
      %113 = "arith.extsi"(%arg201) : (i8) -> i32
      %114 = "arith.minsi"(%arg203, %113) : (i32, i32) -> i32
      "linalg.yield"(%114) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%112) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_min_f16_f32"}> ({
  ^bb0(%arg192: tensor<2x5x7x2xf16>, %arg193: tensor<3x4xf16>, %arg194: tensor<2x3x4x2xf32>):
    %109 = "linalg.pooling_nhwc_min"(%arg192, %arg193, %arg194) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg195: f16, %arg196: f16, %arg197: f32):
      %110 = "arith.extf"(%arg195) : (f16) -> f32
      %111 = "arith.minimumf"(%arg197, %110) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%111) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xf16>, tensor<3x4xf16>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%109) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_min_unsigned_i32"}> ({
  ^bb0(%arg186: tensor<2x5x7x2xi32>, %arg187: tensor<3x4xi32>, %arg188: tensor<2x3x4x2xi32>):
    %107 = "linalg.pooling_nhwc_min_unsigned"(%arg186, %arg187, %arg188) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg189: i32, %arg190: i32, %arg191: i32):
      %108 = "arith.minui"(%arg191, %arg189) : (i32, i32) -> i32
      "linalg.yield"(%108) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%107) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_min_unsigned_i8_i32"}> ({
  ^bb0(%arg180: tensor<2x5x7x2xi8>, %arg181: tensor<3x4xi8>, %arg182: tensor<2x3x4x2xi32>):
    %104 = "linalg.pooling_nhwc_min_unsigned"(%arg180, %arg181, %arg182) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg183: i8, %arg184: i8, %arg185: i32):
      %105 = "arith.extui"(%arg183) : (i8) -> i32
      %106 = "arith.minui"(%arg185, %105) : (i32, i32) -> i32
      "linalg.yield"(%106) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map77, #map63]} : (tensor<2x5x7x2xi8>, tensor<3x4xi8>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%104) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_sum_f32"}> ({
  ^bb0(%arg174: tensor<2x4x4xf32>, %arg175: tensor<2xf32>, %arg176: tensor<2x3x4xf32>):
    %102 = "linalg.pooling_nwc_sum"(%arg174, %arg175, %arg176) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg177: f32, %arg178: f32, %arg179: f32):
      %103 = "arith.addf"(%arg179, %arg177) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%103) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%102) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_sum_i8_i32"}> ({
  ^bb0(%arg168: tensor<2x4x4xi8>, %arg169: tensor<2xi8>, %arg170: tensor<2x3x4xi32>):
    %99 = "linalg.pooling_nwc_sum"(%arg168, %arg169, %arg170) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg171: i8, %arg172: i8, %arg173: i32):
      %100 = "arith.extsi"(%arg171) : (i8) -> i32
      %101 = "arith.addi"(%arg173, %100) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%101) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%99) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_sum_f16_f32"}> ({
  ^bb0(%arg162: tensor<2x4x4xf16>, %arg163: tensor<2xf16>, %arg164: tensor<2x3x4xf32>):
    %96 = "linalg.pooling_nwc_sum"(%arg162, %arg163, %arg164) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg165: f16, %arg166: f16, %arg167: f32):
      %97 = "arith.extf"(%arg165) : (f16) -> f32
      %98 = "arith.addf"(%arg167, %97) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%98) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%96) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_sum_f32"}> ({
  ^bb0(%arg156: tensor<2x3x5xf32>, %arg157: tensor<2xf32>, %arg158: tensor<2x3x4xf32>):
    %94 = "linalg.pooling_ncw_sum"(%arg156, %arg157, %arg158) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg159: f32, %arg160: f32, %arg161: f32):
      %95 = "arith.addf"(%arg161, %arg159) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%95) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%94) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_ncw_sum_i8_i32"}> ({
  ^bb0(%arg150: tensor<2x3x5xi8>, %arg151: tensor<2xi8>, %arg152: tensor<2x3x4xi32>):
    %91 = "linalg.pooling_ncw_sum"(%arg150, %arg151, %arg152) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg153: i8, %arg154: i8, %arg155: i32):
      %92 = "arith.extsi"(%arg153) : (i8) -> i32
      %93 = "arith.addi"(%arg155, %92) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%93) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%91) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_sum_f16_f32"}> ({
  ^bb0(%arg144: tensor<2x3x5xf16>, %arg145: tensor<2xf16>, %arg146: tensor<2x3x4xf32>):
    %88 = "linalg.pooling_ncw_sum"(%arg144, %arg145, %arg146) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg147: f16, %arg148: f16, %arg149: f32):
      %89 = "arith.extf"(%arg147) : (f16) -> f32
      %90 = "arith.addf"(%arg149, %89) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%90) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%88) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_max_f32"}> ({
  ^bb0(%arg138: tensor<2x4x4xf32>, %arg139: tensor<2xf32>, %arg140: tensor<2x3x4xf32>):
    %86 = "linalg.pooling_nwc_max"(%arg138, %arg139, %arg140) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg141: f32, %arg142: f32, %arg143: f32):
      %87 = "arith.maximumf"(%arg143, %arg141) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%87) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%86) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_max_i8_i32"}> ({
  ^bb0(%arg132: tensor<2x4x4xi8>, %arg133: tensor<2xi8>, %arg134: tensor<2x3x4xi32>):
    %83 = "linalg.pooling_nwc_max"(%arg132, %arg133, %arg134) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg135: i8, %arg136: i8, %arg137: i32):
      %84 = "arith.extsi"(%arg135) : (i8) -> i32
      %85 = "arith.maxsi"(%arg137, %84) : (i32, i32) -> i32
      "linalg.yield"(%85) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%83) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_max_f16_f32"}> ({
  ^bb0(%arg126: tensor<2x4x4xf16>, %arg127: tensor<2xf16>, %arg128: tensor<2x3x4xf32>):
    %80 = "linalg.pooling_nwc_max"(%arg126, %arg127, %arg128) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg129: f16, %arg130: f16, %arg131: f32):
      %81 = "arith.extf"(%arg129) : (f16) -> f32
      %82 = "arith.maximumf"(%arg131, %81) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%82) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%80) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_max_unsigned_i32"}> ({
  ^bb0(%arg120: tensor<2x4x4xi32>, %arg121: tensor<2xi32>, %arg122: tensor<2x3x4xi32>):
    %78 = "linalg.pooling_nwc_max_unsigned"(%arg120, %arg121, %arg122) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg123: i32, %arg124: i32, %arg125: i32):
      %79 = "arith.maxui"(%arg125, %arg123) : (i32, i32) -> i32
      "linalg.yield"(%79) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%78) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_max_unsigned_i8_i32"}> ({
  ^bb0(%arg114: tensor<2x4x4xi8>, %arg115: tensor<2xi8>, %arg116: tensor<2x3x4xi32>):
    %75 = "linalg.pooling_nwc_max_unsigned"(%arg114, %arg115, %arg116) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg117: i8, %arg118: i8, %arg119: i32):
      %76 = "arith.extui"(%arg117) : (i8) -> i32
      %77 = "arith.maxui"(%arg119, %76) : (i32, i32) -> i32
      "linalg.yield"(%77) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%75) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_max_f32"}> ({
  ^bb0(%arg108: tensor<2x3x5xf32>, %arg109: tensor<2xf32>, %arg110: tensor<2x3x4xf32>):
    %73 = "linalg.pooling_ncw_max"(%arg108, %arg109, %arg110) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg111: f32, %arg112: f32, %arg113: f32):
      %74 = "arith.maximumf"(%arg113, %arg111) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%74) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%73) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_ncw_max_i8_i32"}> ({
  ^bb0(%arg102: tensor<2x3x5xi8>, %arg103: tensor<2xi8>, %arg104: tensor<2x3x4xi32>):
    %70 = "linalg.pooling_ncw_max"(%arg102, %arg103, %arg104) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg105: i8, %arg106: i8, %arg107: i32):
      %71 = "arith.extsi"(%arg105) : (i8) -> i32
      %72 = "arith.maxsi"(%arg107, %71) : (i32, i32) -> i32
      "linalg.yield"(%72) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%70) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x5xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_max_f16_f32"}> ({
  ^bb0(%arg96: tensor<2x3x5xf16>, %arg97: tensor<2xf16>, %arg98: tensor<2x3x4xf32>):
    %67 = "linalg.pooling_ncw_max"(%arg96, %arg97, %arg98) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg99: f16, %arg100: f16, %arg101: f32):
      %68 = "arith.extf"(%arg99) : (f16) -> f32
      %69 = "arith.maximumf"(%arg101, %68) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%69) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map79, #map13]} : (tensor<2x3x5xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%67) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_min_f32"}> ({
  ^bb0(%arg90: tensor<2x4x4xf32>, %arg91: tensor<2xf32>, %arg92: tensor<2x3x4xf32>):
    %65 = "linalg.pooling_nwc_min"(%arg90, %arg91, %arg92) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg93: f32, %arg94: f32, %arg95: f32):
      %66 = "arith.minimumf"(%arg95, %arg93) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%66) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%65) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_min_i8_i32"}> ({
  ^bb0(%arg84: tensor<2x4x4xi8>, %arg85: tensor<2xi8>, %arg86: tensor<2x3x4xi32>):
    %62 = "linalg.pooling_nwc_min"(%arg84, %arg85, %arg86) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg87: i8, %arg88: i8, %arg89: i32):
      %63 = "arith.extsi"(%arg87) : (i8) -> i32
      %64 = "arith.minsi"(%arg89, %63) : (i32, i32) -> i32
      "linalg.yield"(%64) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%62) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_min_f16_f32"}> ({
  ^bb0(%arg78: tensor<2x4x4xf16>, %arg79: tensor<2xf16>, %arg80: tensor<2x3x4xf32>):
    %59 = "linalg.pooling_nwc_min"(%arg78, %arg79, %arg80) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg81: f16, %arg82: f16, %arg83: f32):
      %60 = "arith.extf"(%arg81) : (f16) -> f32
      %61 = "arith.minimumf"(%arg83, %60) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%61) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xf16>, tensor<2xf16>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%59) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_min_unsigned_i32"}> ({
  ^bb0(%arg72: tensor<2x4x4xi32>, %arg73: tensor<2xi32>, %arg74: tensor<2x3x4xi32>):
    %57 = "linalg.pooling_nwc_min_unsigned"(%arg72, %arg73, %arg74) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg75: i32, %arg76: i32, %arg77: i32):
      %58 = "arith.minui"(%arg77, %arg75) : (i32, i32) -> i32
      "linalg.yield"(%58) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%57) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_min_unsigned_i8_i32"}> ({
  ^bb0(%arg66: tensor<2x4x4xi8>, %arg67: tensor<2xi8>, %arg68: tensor<2x3x4xi32>):
    %54 = "linalg.pooling_nwc_min_unsigned"(%arg66, %arg67, %arg68) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg69: i8, %arg70: i8, %arg71: i32):
      %55 = "arith.extui"(%arg69) : (i8) -> i32
      %56 = "arith.minui"(%arg71, %55) : (i32, i32) -> i32
      "linalg.yield"(%56) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map79, #map13]} : (tensor<2x4x4xi8>, tensor<2xi8>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%54) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_sum_f32"}> ({
  ^bb0(%arg60: tensor<2x6x5x4x3xf32>, %arg61: tensor<4x2x3xf32>, %arg62: tensor<2x3x4x2x3xf32>):
    %52 = "linalg.pooling_ndhwc_sum"(%arg60, %arg61, %arg62) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg63: f32, %arg64: f32, %arg65: f32):
      %53 = "arith.addf"(%arg65, %arg63) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%53) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%52) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "pooling_ndhwc_sum_i8_i32"}> ({
  ^bb0(%arg54: tensor<2x6x5x4x3xi8>, %arg55: tensor<4x2x3xi8>, %arg56: tensor<2x3x4x2x3xi32>):
    %49 = "linalg.pooling_ndhwc_sum"(%arg54, %arg55, %arg56) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg57: i8, %arg58: i8, %arg59: i32):
      %50 = "arith.extsi"(%arg57) : (i8) -> i32
      %51 = "arith.addi"(%arg59, %50) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "linalg.yield"(%51) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%49) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_sum_f16_f32"}> ({
  ^bb0(%arg48: tensor<2x6x5x4x3xf16>, %arg49: tensor<4x2x3xf16>, %arg50: tensor<2x3x4x2x3xf32>):
    %46 = "linalg.pooling_ndhwc_sum"(%arg48, %arg49, %arg50) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg51: f16, %arg52: f16, %arg53: f32):
      %47 = "arith.extf"(%arg51) : (f16) -> f32
      %48 = "arith.addf"(%arg53, %47) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%48) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%46) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_max_f32"}> ({
  ^bb0(%arg42: tensor<2x6x5x4x3xf32>, %arg43: tensor<4x2x3xf32>, %arg44: tensor<2x3x4x2x3xf32>):
    %44 = "linalg.pooling_ndhwc_max"(%arg42, %arg43, %arg44) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg45: f32, %arg46: f32, %arg47: f32):
      %45 = "arith.maximumf"(%arg47, %arg45) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%45) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%44) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "pooling_ndhwc_max_i8_i32"}> ({
  ^bb0(%arg36: tensor<2x6x5x4x3xi8>, %arg37: tensor<4x2x3xi8>, %arg38: tensor<2x3x4x2x3xi32>):
    %41 = "linalg.pooling_ndhwc_max"(%arg36, %arg37, %arg38) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg39: i8, %arg40: i8, %arg41: i32):
      %42 = "arith.extsi"(%arg39) : (i8) -> i32
      %43 = "arith.maxsi"(%arg41, %42) : (i32, i32) -> i32
      "linalg.yield"(%43) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%41) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_max_f16_f32"}> ({
  ^bb0(%arg30: tensor<2x6x5x4x3xf16>, %arg31: tensor<4x2x3xf16>, %arg32: tensor<2x3x4x2x3xf32>):
    %38 = "linalg.pooling_ndhwc_max"(%arg30, %arg31, %arg32) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg33: f16, %arg34: f16, %arg35: f32):
      %39 = "arith.extf"(%arg33) : (f16) -> f32
      %40 = "arith.maximumf"(%arg35, %39) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%40) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%38) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_min_f32"}> ({
  ^bb0(%arg24: tensor<2x6x5x4x3xf32>, %arg25: tensor<4x2x3xf32>, %arg26: tensor<2x3x4x2x3xf32>):
    %36 = "linalg.pooling_ndhwc_min"(%arg24, %arg25, %arg26) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg27: f32, %arg28: f32, %arg29: f32):
      %37 = "arith.minimumf"(%arg29, %arg27) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%37) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%36) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>, sym_name = "pooling_ndhwc_min_i8_i32"}> ({
  ^bb0(%arg18: tensor<2x6x5x4x3xi8>, %arg19: tensor<4x2x3xi8>, %arg20: tensor<2x3x4x2x3xi32>):
    %33 = "linalg.pooling_ndhwc_min"(%arg18, %arg19, %arg20) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg21: i8, %arg22: i8, %arg23: i32):
      %34 = "arith.extsi"(%arg21) : (i8) -> i32
      %35 = "arith.minsi"(%arg23, %34) : (i32, i32) -> i32
      "linalg.yield"(%35) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xi8>, tensor<4x2x3xi8>, tensor<2x3x4x2x3xi32>) -> tensor<2x3x4x2x3xi32>
    "func.return"(%33) : (tensor<2x3x4x2x3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_min_f16_f32"}> ({
  ^bb0(%arg12: tensor<2x6x5x4x3xf16>, %arg13: tensor<4x2x3xf16>, %arg14: tensor<2x3x4x2x3xf32>):
    %30 = "linalg.pooling_ndhwc_min"(%arg12, %arg13, %arg14) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg15: f16, %arg16: f16, %arg17: f32):
      %31 = "arith.extf"(%arg15) : (f16) -> f32
      %32 = "arith.minimumf"(%arg17, %31) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%32) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map81, #map82, #map43]} : (tensor<2x6x5x4x3xf16>, tensor<4x2x3xf16>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%30) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, tensor<4x3xf32>) -> tensor<4x3xf32>, sym_name = "fill_f32"}> ({
  ^bb0(%arg8: f32, %arg9: tensor<4x3xf32>):
    %29 = "linalg.fill"(%arg8, %arg9) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg10: f32, %arg11: f32):
      "linalg.yield"(%arg10) : (f32) -> ()
    }) : (f32, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%29) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f64, f64, i32, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "fill_rng_2d_f32"}> ({
  ^bb0(%arg0: f64, %arg1: f64, %arg2: i32, %arg3: tensor<2x3xf32>):
    %0 = "linalg.fill_rng_2d"(%arg0, %arg1, %arg2, %arg3) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg4: f64, %arg5: f64, %arg6: i32, %arg7: f32):
      %1 = "arith.constant"() <{value = 2147483647 : i64}> : () -> i64
      %2 = "arith.sitofp"(%1) : (i64) -> f64
      %3 = "linalg.index"() <{dim = 1 : i64}> : () -> index
      %4 = "arith.index_cast"(%3) : (index) -> i32
      %5 = "linalg.index"() <{dim = 0 : i64}> : () -> index
      %6 = "arith.index_cast"(%5) : (index) -> i32
      %7 = "arith.addi"(%6, %arg6) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %8 = "arith.constant"() <{value = 1103515245 : i64}> : () -> i64
      %9 = "arith.trunci"(%8) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %10 = "arith.muli"(%7, %9) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %11 = "arith.constant"() <{value = 12345 : i64}> : () -> i64
      %12 = "arith.trunci"(%11) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %13 = "arith.addi"(%10, %12) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %14 = "arith.addi"(%4, %13) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %15 = "arith.constant"() <{value = 1103515245 : i64}> : () -> i64
      %16 = "arith.trunci"(%15) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %17 = "arith.muli"(%14, %16) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %18 = "arith.constant"() <{value = 12345 : i64}> : () -> i64
      %19 = "arith.trunci"(%18) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %20 = "arith.addi"(%17, %19) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %21 = "arith.sitofp"(%20) : (i32) -> f64
      %22 = "arith.addf"(%2, %21) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %23 = "arith.subf"(%arg5, %arg4) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %24 = "arith.constant"() <{value = 2.3283063999999999E-10 : f64}> : () -> f64
      %25 = "arith.mulf"(%23, %24) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %26 = "arith.mulf"(%22, %25) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %27 = "arith.addf"(%26, %arg4) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %28 = "arith.truncf"(%27) : (f64) -> f32
      "linalg.yield"(%28) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map83, #map83, #map83, #map14]} : (f64, f64, i32, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%0) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

