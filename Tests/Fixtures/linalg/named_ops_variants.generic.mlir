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
#map32 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 * 2 + d3 * 2, d4)>
#map33 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d3, d2 + d4)>
#map34 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4)>
#map35 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d3, d2 * 2 + d4 * 2)>
#map36 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d4, d2 + d5, d6)>
#map37 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d5, d6, d3)>
#map38 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
#map39 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 * 2 + d4 * 2, d2 * 2 + d5 * 2, d6)>
#map40 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d4, d5, d6)>
#map41 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> ()>
#map42 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d5, d3 + d6)>
#map43 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>
#map44 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 * 2 + d5 * 2, d3 * 2 + d6 * 2)>
#map45 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d5, d3 + d6, d4 + d7)>
#map46 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d2, d1, d5, d6, d7)>
#map47 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d4)>
#map48 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d5, d3 * 2 + d6 * 2, d4 * 2 + d7 * 2)>
#map49 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d1, d2, d5, d6, d7)>
#map50 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d5, d2 + d6, d3, d7)>
#map51 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d3, d4, d5, d6, d7)>
#map52 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 * 2 + d5 * 2, d2 * 2 + d6 * 2, d3, d7)>
#map53 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> ()>
#map54 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1 + d5, d2 + d6, d3 + d7, d8)>
#map55 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d5, d6, d7, d8, d4)>
#map56 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1, d2, d3, d4)>
#map57 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1 * 2 + d5 * 2, d2 * 2 + d6 * 2, d3 * 2 + d7 * 2, d8)>
#map58 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> ()>
#map59 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d5, d2 + d6, d3 + d7, d4 + d8)>
#map60 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d1, d5, d6, d7, d8)>
#map61 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d5, d2 * 2 + d6 * 2, d3 * 2 + d7 * 2, d4 * 2 + d8 * 2)>
#map62 = affine_map<(d0, d1, d2, d3) -> (d0, d1 + d3, d2)>
#map63 = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#map64 = affine_map<(d0, d1, d2, d3) -> (d0, d1 * 2 + d3 * 2, d2)>
#map65 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1 + d3)>
#map66 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1)>
#map67 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1 * 2 + d3 * 2)>
#map68 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 + d4, d2)>
#map69 = affine_map<(d0, d1, d2, d3, d4) -> (d4, d2, d3)>
#map70 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map71 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 * 2 + d4 * 2, d2)>
#map72 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d4, d2 + d5, d3)>
#map73 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5, d3)>
#map74 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#map75 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d4 * 2, d2 * 2 + d5 * 2, d3)>
#map76 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1 + d4, d2 + d5)>
#map77 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1, d2)>
#map78 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1 * 2 + d4 * 2, d2 * 2 + d5 * 2)>
#map79 = affine_map<(d0, d1, d2, d3, d4, d5) -> ()>
#map80 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d5, d2 + d6, d3)>
#map81 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d5, d6, d3, d4)>
#map82 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3, d4)>
#map83 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 * 2 + d5 * 2, d2 * 2 + d6 * 2, d3)>
#map84 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d4, d2 + d5, d3 + d6, d7)>
#map85 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d4, d5, d6, d7)>
#map86 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d7)>
#map87 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 * 2 + d4 * 2, d2 * 2 + d5 * 2, d3 * 2 + d6 * 2, d7)>
#map88 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d7, d1 + d4, d2 + d5, d3 + d6)>
#map89 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d7, d4, d5, d6)>
#map90 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d7, d1, d2, d3)>
#map91 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d7, d1 * 2 + d4 * 2, d2 * 2 + d5 * 2, d3 * 2 + d6 * 2)>
#map92 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8) -> (d0, d1, d2, d3, d8, d4)>
#map93 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map94 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 + d4, d3 + d5)>
#map95 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4 * 2, d3 * 2 + d5 * 2)>
#map96 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map97 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + d3)>
#map98 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 * 2 + d3 * 2)>
#map99 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 + d5, d2 + d6, d3 + d7, d4)>
#map100 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d5, d6, d7)>
#map101 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1 * 2 + d5 * 2, d2 * 2 + d6 * 2, d3 * 2 + d7 * 2, d4)>
#map102 = affine_map<(d0, d1) -> ()>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "copy_memref"}> ({
  ^bb0(%arg1292: memref<4x3xf32>, %arg1293: memref<4x3xf32>):
    "linalg.copy"(%arg1292, %arg1293) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1294: f32, %arg1295: f32):
      "linalg.yield"(%arg1294) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "copy_dynamic"}> ({
  ^bb0(%arg1288: tensor<?x?xf32>, %arg1289: tensor<?x?xf32>):
    %599 = "linalg.copy"(%arg1288, %arg1289) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1290: f32, %arg1291: f32):
      "linalg.yield"(%arg1290) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%599) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "exp_memref"}> ({
  ^bb0(%arg1284: memref<4x3xf32>, %arg1285: memref<4x3xf32>):
    "linalg.exp"(%arg1284, %arg1285) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1286: f32, %arg1287: f32):
      %598 = "math.exp"(%arg1286) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%598) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "exp_dynamic"}> ({
  ^bb0(%arg1280: tensor<?x?xf32>, %arg1281: tensor<?x?xf32>):
    %596 = "linalg.exp"(%arg1280, %arg1281) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1282: f32, %arg1283: f32):
      %597 = "math.exp"(%arg1282) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%597) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%596) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "log_memref"}> ({
  ^bb0(%arg1276: memref<4x3xf32>, %arg1277: memref<4x3xf32>):
    "linalg.log"(%arg1276, %arg1277) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1278: f32, %arg1279: f32):
      %595 = "math.log"(%arg1278) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%595) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "log_dynamic"}> ({
  ^bb0(%arg1272: tensor<?x?xf32>, %arg1273: tensor<?x?xf32>):
    %593 = "linalg.log"(%arg1272, %arg1273) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1274: f32, %arg1275: f32):
      %594 = "math.log"(%arg1274) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%594) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%593) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "abs_memref"}> ({
  ^bb0(%arg1268: memref<4x3xf32>, %arg1269: memref<4x3xf32>):
    "linalg.abs"(%arg1268, %arg1269) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1270: f32, %arg1271: f32):
      %592 = "math.absf"(%arg1270) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%592) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "abs_dynamic"}> ({
  ^bb0(%arg1264: tensor<?x?xf32>, %arg1265: tensor<?x?xf32>):
    %590 = "linalg.abs"(%arg1264, %arg1265) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1266: f32, %arg1267: f32):
      %591 = "math.absf"(%arg1266) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%591) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%590) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "ceil_memref"}> ({
  ^bb0(%arg1260: memref<4x3xf32>, %arg1261: memref<4x3xf32>):
    "linalg.ceil"(%arg1260, %arg1261) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1262: f32, %arg1263: f32):
      %589 = "math.ceil"(%arg1262) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%589) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "ceil_dynamic"}> ({
  ^bb0(%arg1256: tensor<?x?xf32>, %arg1257: tensor<?x?xf32>):
    %587 = "linalg.ceil"(%arg1256, %arg1257) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1258: f32, %arg1259: f32):
      %588 = "math.ceil"(%arg1258) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%588) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%587) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "floor_memref"}> ({
  ^bb0(%arg1252: memref<4x3xf32>, %arg1253: memref<4x3xf32>):
    "linalg.floor"(%arg1252, %arg1253) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1254: f32, %arg1255: f32):
      %586 = "math.floor"(%arg1254) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%586) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "floor_dynamic"}> ({
  ^bb0(%arg1248: tensor<?x?xf32>, %arg1249: tensor<?x?xf32>):
    %584 = "linalg.floor"(%arg1248, %arg1249) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1250: f32, %arg1251: f32):
      %585 = "math.floor"(%arg1250) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%585) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%584) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "negf_memref"}> ({
  ^bb0(%arg1244: memref<4x3xf32>, %arg1245: memref<4x3xf32>):
    "linalg.negf"(%arg1244, %arg1245) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1246: f32, %arg1247: f32):
      %583 = "arith.negf"(%arg1246) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%583) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "negf_dynamic"}> ({
  ^bb0(%arg1240: tensor<?x?xf32>, %arg1241: tensor<?x?xf32>):
    %581 = "linalg.negf"(%arg1240, %arg1241) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1242: f32, %arg1243: f32):
      %582 = "arith.negf"(%arg1242) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%582) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%581) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "reciprocal_memref"}> ({
  ^bb0(%arg1236: memref<4x3xf32>, %arg1237: memref<4x3xf32>):
    "linalg.reciprocal"(%arg1236, %arg1237) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1238: f32, %arg1239: f32):
      %579 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
      %580 = "arith.divf"(%579, %arg1238) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%580) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "reciprocal_dynamic"}> ({
  ^bb0(%arg1232: tensor<?x?xf32>, %arg1233: tensor<?x?xf32>):
    %576 = "linalg.reciprocal"(%arg1232, %arg1233) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1234: f32, %arg1235: f32):
      %577 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
      %578 = "arith.divf"(%577, %arg1234) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%578) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%576) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "round_memref"}> ({
  ^bb0(%arg1228: memref<4x3xf32>, %arg1229: memref<4x3xf32>):
    "linalg.round"(%arg1228, %arg1229) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1230: f32, %arg1231: f32):
      %575 = "math.round"(%arg1230) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%575) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "round_dynamic"}> ({
  ^bb0(%arg1224: tensor<?x?xf32>, %arg1225: tensor<?x?xf32>):
    %573 = "linalg.round"(%arg1224, %arg1225) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1226: f32, %arg1227: f32):
      %574 = "math.round"(%arg1226) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%574) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%573) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "sqrt_memref"}> ({
  ^bb0(%arg1220: memref<4x3xf32>, %arg1221: memref<4x3xf32>):
    "linalg.sqrt"(%arg1220, %arg1221) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1222: f32, %arg1223: f32):
      %572 = "math.sqrt"(%arg1222) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%572) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "sqrt_dynamic"}> ({
  ^bb0(%arg1216: tensor<?x?xf32>, %arg1217: tensor<?x?xf32>):
    %570 = "linalg.sqrt"(%arg1216, %arg1217) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1218: f32, %arg1219: f32):
      %571 = "math.sqrt"(%arg1218) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%571) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%570) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "rsqrt_memref"}> ({
  ^bb0(%arg1212: memref<4x3xf32>, %arg1213: memref<4x3xf32>):
    "linalg.rsqrt"(%arg1212, %arg1213) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1214: f32, %arg1215: f32):
      %569 = "math.rsqrt"(%arg1214) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%569) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "rsqrt_dynamic"}> ({
  ^bb0(%arg1208: tensor<?x?xf32>, %arg1209: tensor<?x?xf32>):
    %567 = "linalg.rsqrt"(%arg1208, %arg1209) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1210: f32, %arg1211: f32):
      %568 = "math.rsqrt"(%arg1210) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%568) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%567) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "square_memref"}> ({
  ^bb0(%arg1204: memref<4x3xf32>, %arg1205: memref<4x3xf32>):
    "linalg.square"(%arg1204, %arg1205) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1206: f32, %arg1207: f32):
      %566 = "arith.mulf"(%arg1206, %arg1206) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%566) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "square_dynamic"}> ({
  ^bb0(%arg1200: tensor<?x?xf32>, %arg1201: tensor<?x?xf32>):
    %564 = "linalg.square"(%arg1200, %arg1201) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1202: f32, %arg1203: f32):
      %565 = "arith.mulf"(%arg1202, %arg1202) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%565) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%564) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "tanh_memref"}> ({
  ^bb0(%arg1196: memref<4x3xf32>, %arg1197: memref<4x3xf32>):
    "linalg.tanh"(%arg1196, %arg1197) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1198: f32, %arg1199: f32):
      %563 = "math.tanh"(%arg1198) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%563) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "tanh_dynamic"}> ({
  ^bb0(%arg1192: tensor<?x?xf32>, %arg1193: tensor<?x?xf32>):
    %561 = "linalg.tanh"(%arg1192, %arg1193) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1194: f32, %arg1195: f32):
      %562 = "math.tanh"(%arg1194) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%562) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%561) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "erf_memref"}> ({
  ^bb0(%arg1188: memref<4x3xf32>, %arg1189: memref<4x3xf32>):
    "linalg.erf"(%arg1188, %arg1189) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1190: f32, %arg1191: f32):
      %560 = "math.erf"(%arg1190) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%560) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "erf_dynamic"}> ({
  ^bb0(%arg1184: tensor<?x?xf32>, %arg1185: tensor<?x?xf32>):
    %558 = "linalg.erf"(%arg1184, %arg1185) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg1186: f32, %arg1187: f32):
      %559 = "math.erf"(%arg1186) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "linalg.yield"(%559) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%558) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "add_memref"}> ({
  ^bb0(%arg1178: memref<4x3xf32>, %arg1179: memref<4x3xf32>, %arg1180: memref<4x3xf32>):
    "linalg.add"(%arg1178, %arg1179, %arg1180) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1181: f32, %arg1182: f32, %arg1183: f32):
      %557 = "arith.addf"(%arg1181, %arg1182) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%557) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "add_dynamic"}> ({
  ^bb0(%arg1172: tensor<?x?xf32>, %arg1173: tensor<?x?xf32>, %arg1174: tensor<?x?xf32>):
    %555 = "linalg.add"(%arg1172, %arg1173, %arg1174) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1175: f32, %arg1176: f32, %arg1177: f32):
      %556 = "arith.addf"(%arg1175, %arg1176) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%556) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%555) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "sub_memref"}> ({
  ^bb0(%arg1166: memref<4x3xf32>, %arg1167: memref<4x3xf32>, %arg1168: memref<4x3xf32>):
    "linalg.sub"(%arg1166, %arg1167, %arg1168) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1169: f32, %arg1170: f32, %arg1171: f32):
      %554 = "arith.subf"(%arg1169, %arg1170) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%554) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "sub_dynamic"}> ({
  ^bb0(%arg1160: tensor<?x?xf32>, %arg1161: tensor<?x?xf32>, %arg1162: tensor<?x?xf32>):
    %552 = "linalg.sub"(%arg1160, %arg1161, %arg1162) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1163: f32, %arg1164: f32, %arg1165: f32):
      %553 = "arith.subf"(%arg1163, %arg1164) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%553) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%552) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "mul_memref"}> ({
  ^bb0(%arg1154: memref<4x3xf32>, %arg1155: memref<4x3xf32>, %arg1156: memref<4x3xf32>):
    "linalg.mul"(%arg1154, %arg1155, %arg1156) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1157: f32, %arg1158: f32, %arg1159: f32):
      %551 = "arith.mulf"(%arg1157, %arg1158) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%551) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "mul_dynamic"}> ({
  ^bb0(%arg1148: tensor<?x?xf32>, %arg1149: tensor<?x?xf32>, %arg1150: tensor<?x?xf32>):
    %549 = "linalg.mul"(%arg1148, %arg1149, %arg1150) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1151: f32, %arg1152: f32, %arg1153: f32):
      %550 = "arith.mulf"(%arg1151, %arg1152) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%550) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%549) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "div_memref"}> ({
  ^bb0(%arg1142: memref<4x3xf32>, %arg1143: memref<4x3xf32>, %arg1144: memref<4x3xf32>):
    "linalg.div"(%arg1142, %arg1143, %arg1144) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1145: f32, %arg1146: f32, %arg1147: f32):
      %548 = "arith.divf"(%arg1145, %arg1146) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%548) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "div_dynamic"}> ({
  ^bb0(%arg1136: tensor<?x?xf32>, %arg1137: tensor<?x?xf32>, %arg1138: tensor<?x?xf32>):
    %546 = "linalg.div"(%arg1136, %arg1137, %arg1138) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1139: f32, %arg1140: f32, %arg1141: f32):
      %547 = "arith.divf"(%arg1139, %arg1140) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%547) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%546) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xi32>, memref<4x3xi32>, memref<4x3xi32>) -> (), sym_name = "div_unsigned_memref"}> ({
  ^bb0(%arg1130: memref<4x3xi32>, %arg1131: memref<4x3xi32>, %arg1132: memref<4x3xi32>):
    "linalg.div_unsigned"(%arg1130, %arg1131, %arg1132) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1133: i32, %arg1134: i32, %arg1135: i32):
      %545 = "arith.divui"(%arg1133, %arg1134) : (i32, i32) -> i32
      "linalg.yield"(%545) : (i32) -> ()
    }) : (memref<4x3xi32>, memref<4x3xi32>, memref<4x3xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi32>, sym_name = "div_unsigned_dynamic"}> ({
  ^bb0(%arg1124: tensor<?x?xi32>, %arg1125: tensor<?x?xi32>, %arg1126: tensor<?x?xi32>):
    %543 = "linalg.div_unsigned"(%arg1124, %arg1125, %arg1126) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1127: i32, %arg1128: i32, %arg1129: i32):
      %544 = "arith.divui"(%arg1127, %arg1128) : (i32, i32) -> i32
      "linalg.yield"(%544) : (i32) -> ()
    }) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi32>
    "func.return"(%543) : (tensor<?x?xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "max_memref"}> ({
  ^bb0(%arg1118: memref<4x3xf32>, %arg1119: memref<4x3xf32>, %arg1120: memref<4x3xf32>):
    "linalg.max"(%arg1118, %arg1119, %arg1120) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1121: f32, %arg1122: f32, %arg1123: f32):
      %542 = "arith.maximumf"(%arg1121, %arg1122) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%542) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "max_dynamic"}> ({
  ^bb0(%arg1112: tensor<?x?xf32>, %arg1113: tensor<?x?xf32>, %arg1114: tensor<?x?xf32>):
    %540 = "linalg.max"(%arg1112, %arg1113, %arg1114) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1115: f32, %arg1116: f32, %arg1117: f32):
      %541 = "arith.maximumf"(%arg1115, %arg1116) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%541) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%540) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "min_memref"}> ({
  ^bb0(%arg1106: memref<4x3xf32>, %arg1107: memref<4x3xf32>, %arg1108: memref<4x3xf32>):
    "linalg.min"(%arg1106, %arg1107, %arg1108) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1109: f32, %arg1110: f32, %arg1111: f32):
      %539 = "arith.minimumf"(%arg1109, %arg1110) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%539) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "min_dynamic"}> ({
  ^bb0(%arg1100: tensor<?x?xf32>, %arg1101: tensor<?x?xf32>, %arg1102: tensor<?x?xf32>):
    %537 = "linalg.min"(%arg1100, %arg1101, %arg1102) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1103: f32, %arg1104: f32, %arg1105: f32):
      %538 = "arith.minimumf"(%arg1103, %arg1104) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%538) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%537) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "powf_memref"}> ({
  ^bb0(%arg1094: memref<4x3xf32>, %arg1095: memref<4x3xf32>, %arg1096: memref<4x3xf32>):
    "linalg.powf"(%arg1094, %arg1095, %arg1096) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1097: f32, %arg1098: f32, %arg1099: f32):
      %536 = "math.powf"(%arg1097, %arg1098) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%536) : (f32) -> ()
    }) : (memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "powf_dynamic"}> ({
  ^bb0(%arg1088: tensor<?x?xf32>, %arg1089: tensor<?x?xf32>, %arg1090: tensor<?x?xf32>):
    %534 = "linalg.powf"(%arg1088, %arg1089, %arg1090) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1091: f32, %arg1092: f32, %arg1093: f32):
      %535 = "math.powf"(%arg1091, %arg1092) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%535) : (f32) -> ()
    }) : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%534) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x3xi1>, memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> (), sym_name = "select_memref"}> ({
  ^bb0(%arg1080: memref<4x3xi1>, %arg1081: memref<4x3xf32>, %arg1082: memref<4x3xf32>, %arg1083: memref<4x3xf32>):
    "linalg.select"(%arg1080, %arg1081, %arg1082, %arg1083) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg1084: i1, %arg1085: f32, %arg1086: f32, %arg1087: f32):
      %533 = "arith.select"(%arg1084, %arg1085, %arg1086) : (i1, f32, f32) -> f32
      "linalg.yield"(%533) : (f32) -> ()
    }) : (memref<4x3xi1>, memref<4x3xf32>, memref<4x3xf32>, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xi1>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "select_dynamic"}> ({
  ^bb0(%arg1072: tensor<?x?xi1>, %arg1073: tensor<?x?xf32>, %arg1074: tensor<?x?xf32>, %arg1075: tensor<?x?xf32>):
    %531 = "linalg.select"(%arg1072, %arg1073, %arg1074, %arg1075) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg1076: i1, %arg1077: f32, %arg1078: f32, %arg1079: f32):
      %532 = "arith.select"(%arg1076, %arg1077, %arg1078) : (i1, f32, f32) -> f32
      "linalg.yield"(%532) : (f32) -> ()
    }) : (tensor<?x?xi1>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%531) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4xf32>, memref<4x3xf32>, i32, i32, memref<2x3xf32>) -> (), sym_name = "quantized_matmul_memref"}> ({
  ^bb0(%arg1062: memref<2x4xf32>, %arg1063: memref<4x3xf32>, %arg1064: i32, %arg1065: i32, %arg1066: memref<2x3xf32>):
    "linalg.quantized_matmul"(%arg1062, %arg1063, %arg1064, %arg1065, %arg1066) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1067: f32, %arg1068: f32, %arg1069: i32, %arg1070: i32, %arg1071: f32):
      %525 = "arith.sitofp"(%arg1069) : (i32) -> f32
      %526 = "arith.subf"(%arg1067, %525) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %527 = "arith.sitofp"(%arg1070) : (i32) -> f32
      %528 = "arith.subf"(%arg1068, %527) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %529 = "arith.mulf"(%526, %528) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %530 = "arith.addf"(%arg1071, %529) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%530) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2, #map2, #map3]} : (memref<2x4xf32>, memref<4x3xf32>, i32, i32, memref<2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, i32, i32, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "quantized_matmul_dynamic"}> ({
  ^bb0(%arg1052: tensor<?x?xf32>, %arg1053: tensor<?x?xf32>, %arg1054: i32, %arg1055: i32, %arg1056: tensor<?x?xf32>):
    %518 = "linalg.quantized_matmul"(%arg1052, %arg1053, %arg1054, %arg1055, %arg1056) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1057: f32, %arg1058: f32, %arg1059: i32, %arg1060: i32, %arg1061: f32):
      %519 = "arith.sitofp"(%arg1059) : (i32) -> f32
      %520 = "arith.subf"(%arg1057, %519) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %521 = "arith.sitofp"(%arg1060) : (i32) -> f32
      %522 = "arith.subf"(%arg1058, %521) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %523 = "arith.mulf"(%520, %522) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %524 = "arith.addf"(%arg1061, %523) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%524) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2, #map2, #map3]} : (tensor<?x?xf32>, tensor<?x?xf32>, i32, i32, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%518) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x2x4xf32>, memref<3x4x3x4xf32>, memref<2x3x2x3xf32>) -> (), sym_name = "mmt4d_memref"}> ({
  ^bb0(%arg1046: memref<2x4x2x4xf32>, %arg1047: memref<3x4x3x4xf32>, %arg1048: memref<2x3x2x3xf32>):
    "linalg.mmt4d"(%arg1046, %arg1047, %arg1048) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1049: f32, %arg1050: f32, %arg1051: f32):
      %516 = "arith.mulf"(%arg1049, %arg1050) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %517 = "arith.addf"(%arg1051, %516) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%517) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (memref<2x4x2x4xf32>, memref<3x4x3x4xf32>, memref<2x3x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "mmt4d_dynamic"}> ({
  ^bb0(%arg1040: tensor<?x?x?x?xf32>, %arg1041: tensor<?x?x?x?xf32>, %arg1042: tensor<?x?x?x?xf32>):
    %513 = "linalg.mmt4d"(%arg1040, %arg1041, %arg1042) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1043: f32, %arg1044: f32, %arg1045: f32):
      %514 = "arith.mulf"(%arg1043, %arg1044) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %515 = "arith.addf"(%arg1045, %514) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%515) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%513) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x2x3x2xf32>, memref<2x4x2x4x2xf32>, memref<2x3x4x3x4xf32>) -> (), sym_name = "batch_mmt4d_memref"}> ({
  ^bb0(%arg1034: memref<2x3x2x3x2xf32>, %arg1035: memref<2x4x2x4x2xf32>, %arg1036: memref<2x3x4x3x4xf32>):
    "linalg.batch_mmt4d"(%arg1034, %arg1035, %arg1036) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1037: f32, %arg1038: f32, %arg1039: f32):
      %511 = "arith.mulf"(%arg1037, %arg1038) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %512 = "arith.addf"(%arg1039, %511) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%512) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map7, #map8, #map9]} : (memref<2x3x2x3x2xf32>, memref<2x4x2x4x2xf32>, memref<2x3x4x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "batch_mmt4d_dynamic"}> ({
  ^bb0(%arg1028: tensor<?x?x?x?x?xf32>, %arg1029: tensor<?x?x?x?x?xf32>, %arg1030: tensor<?x?x?x?x?xf32>):
    %508 = "linalg.batch_mmt4d"(%arg1028, %arg1029, %arg1030) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1031: f32, %arg1032: f32, %arg1033: f32):
      %509 = "arith.mulf"(%arg1031, %arg1032) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %510 = "arith.addf"(%arg1033, %509) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%510) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map7, #map8, #map9]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%508) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x2xf32>, memref<2x2x4xf32>, i32, i32, memref<2x3x4xf32>) -> (), sym_name = "quantized_batch_matmul_memref"}> ({
  ^bb0(%arg1018: memref<2x3x2xf32>, %arg1019: memref<2x2x4xf32>, %arg1020: i32, %arg1021: i32, %arg1022: memref<2x3x4xf32>):
    "linalg.quantized_batch_matmul"(%arg1018, %arg1019, %arg1020, %arg1021, %arg1022) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1023: f32, %arg1024: f32, %arg1025: i32, %arg1026: i32, %arg1027: f32):
      %502 = "arith.sitofp"(%arg1025) : (i32) -> f32
      %503 = "arith.subf"(%arg1023, %502) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %504 = "arith.sitofp"(%arg1026) : (i32) -> f32
      %505 = "arith.subf"(%arg1024, %504) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %506 = "arith.mulf"(%503, %505) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %507 = "arith.addf"(%arg1027, %506) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%507) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map10, #map11, #map12, #map12, #map13]} : (memref<2x3x2xf32>, memref<2x2x4xf32>, i32, i32, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?x?xf32>, i32, i32, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "quantized_batch_matmul_dynamic"}> ({
  ^bb0(%arg1008: tensor<?x?x?xf32>, %arg1009: tensor<?x?x?xf32>, %arg1010: i32, %arg1011: i32, %arg1012: tensor<?x?x?xf32>):
    %495 = "linalg.quantized_batch_matmul"(%arg1008, %arg1009, %arg1010, %arg1011, %arg1012) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg1013: f32, %arg1014: f32, %arg1015: i32, %arg1016: i32, %arg1017: f32):
      %496 = "arith.sitofp"(%arg1015) : (i32) -> f32
      %497 = "arith.subf"(%arg1013, %496) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %498 = "arith.sitofp"(%arg1016) : (i32) -> f32
      %499 = "arith.subf"(%arg1014, %498) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %500 = "arith.mulf"(%497, %499) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %501 = "arith.addf"(%arg1017, %500) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%501) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map10, #map11, #map12, #map12, #map13]} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, i32, i32, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%495) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3xf32>, memref<3xf32>, memref<2xf32>) -> (), sym_name = "matvec_memref"}> ({
  ^bb0(%arg1002: memref<2x3xf32>, %arg1003: memref<3xf32>, %arg1004: memref<2xf32>):
    "linalg.matvec"(%arg1002, %arg1003, %arg1004) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg1005: f32, %arg1006: f32, %arg1007: f32):
      %493 = "arith.mulf"(%arg1005, %arg1006) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %494 = "arith.addf"(%arg1007, %493) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%494) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map14, #map15, #map16]} : (memref<2x3xf32>, memref<3xf32>, memref<2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>, sym_name = "matvec_dynamic"}> ({
  ^bb0(%arg996: tensor<?x?xf32>, %arg997: tensor<?xf32>, %arg998: tensor<?xf32>):
    %490 = "linalg.matvec"(%arg996, %arg997, %arg998) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg999: f32, %arg1000: f32, %arg1001: f32):
      %491 = "arith.mulf"(%arg999, %arg1000) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %492 = "arith.addf"(%arg1001, %491) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%492) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map14, #map15, #map16]} : (tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    "func.return"(%490) : (tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<3xf32>, memref<3x2xf32>, memref<2xf32>) -> (), sym_name = "vecmat_memref"}> ({
  ^bb0(%arg990: memref<3xf32>, %arg991: memref<3x2xf32>, %arg992: memref<2xf32>):
    "linalg.vecmat"(%arg990, %arg991, %arg992) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg993: f32, %arg994: f32, %arg995: f32):
      %488 = "arith.mulf"(%arg993, %arg994) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %489 = "arith.addf"(%arg995, %488) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%489) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map17, #map16]} : (memref<3xf32>, memref<3x2xf32>, memref<2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?xf32>, tensor<?x?xf32>, tensor<?xf32>) -> tensor<?xf32>, sym_name = "vecmat_dynamic"}> ({
  ^bb0(%arg984: tensor<?xf32>, %arg985: tensor<?x?xf32>, %arg986: tensor<?xf32>):
    %485 = "linalg.vecmat"(%arg984, %arg985, %arg986) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg987: f32, %arg988: f32, %arg989: f32):
      %486 = "arith.mulf"(%arg987, %arg988) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %487 = "arith.addf"(%arg989, %486) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%487) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map15, #map17, #map16]} : (tensor<?xf32>, tensor<?x?xf32>, tensor<?xf32>) -> tensor<?xf32>
    "func.return"(%485) : (tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x4xf32>, memref<2x4xf32>, memref<2x3xf32>) -> (), sym_name = "batch_matvec_memref"}> ({
  ^bb0(%arg978: memref<2x3x4xf32>, %arg979: memref<2x4xf32>, %arg980: memref<2x3xf32>):
    "linalg.batch_matvec"(%arg978, %arg979, %arg980) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg981: f32, %arg982: f32, %arg983: f32):
      %483 = "arith.mulf"(%arg981, %arg982) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %484 = "arith.addf"(%arg983, %483) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%484) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map18, #map, #map3]} : (memref<2x3x4xf32>, memref<2x4xf32>, memref<2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "batch_matvec_dynamic"}> ({
  ^bb0(%arg972: tensor<?x?x?xf32>, %arg973: tensor<?x?xf32>, %arg974: tensor<?x?xf32>):
    %480 = "linalg.batch_matvec"(%arg972, %arg973, %arg974) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg975: f32, %arg976: f32, %arg977: f32):
      %481 = "arith.mulf"(%arg975, %arg976) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %482 = "arith.addf"(%arg977, %481) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%482) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map18, #map, #map3]} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%480) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4xf32>, memref<2x4x3xf32>, memref<2x3xf32>) -> (), sym_name = "batch_vecmat_memref"}> ({
  ^bb0(%arg966: memref<2x4xf32>, %arg967: memref<2x4x3xf32>, %arg968: memref<2x3xf32>):
    "linalg.batch_vecmat"(%arg966, %arg967, %arg968) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg969: f32, %arg970: f32, %arg971: f32):
      %478 = "arith.mulf"(%arg969, %arg970) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %479 = "arith.addf"(%arg971, %478) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%479) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map19, #map3]} : (memref<2x4xf32>, memref<2x4x3xf32>, memref<2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "batch_vecmat_dynamic"}> ({
  ^bb0(%arg960: tensor<?x?xf32>, %arg961: tensor<?x?x?xf32>, %arg962: tensor<?x?xf32>):
    %475 = "linalg.batch_vecmat"(%arg960, %arg961, %arg962) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg963: f32, %arg964: f32, %arg965: f32):
      %476 = "arith.mulf"(%arg963, %arg964) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %477 = "arith.addf"(%arg965, %476) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%477) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map19, #map3]} : (tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%475) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2xf32>, memref<2xf32>, memref<f32>) -> (), sym_name = "dot_memref"}> ({
  ^bb0(%arg954: memref<2xf32>, %arg955: memref<2xf32>, %arg956: memref<f32>):
    "linalg.dot"(%arg954, %arg955, %arg956) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg957: f32, %arg958: f32, %arg959: f32):
      %473 = "arith.mulf"(%arg957, %arg958) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %474 = "arith.addf"(%arg959, %473) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%474) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map20, #map20, #map21]} : (memref<2xf32>, memref<2xf32>, memref<f32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?xf32>, tensor<?xf32>, tensor<f32>) -> tensor<f32>, sym_name = "dot_dynamic"}> ({
  ^bb0(%arg948: tensor<?xf32>, %arg949: tensor<?xf32>, %arg950: tensor<f32>):
    %470 = "linalg.dot"(%arg948, %arg949, %arg950) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg951: f32, %arg952: f32, %arg953: f32):
      %471 = "arith.mulf"(%arg951, %arg952) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %472 = "arith.addf"(%arg953, %471) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%472) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map20, #map20, #map21]} : (tensor<?xf32>, tensor<?xf32>, tensor<f32>) -> tensor<f32>
    "func.return"(%470) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4xf32>, memref<3xf32>, memref<2xf32>) -> (), sym_name = "conv_1d_memref"}> ({
  ^bb0(%arg942: memref<4xf32>, %arg943: memref<3xf32>, %arg944: memref<2xf32>):
    "linalg.conv_1d"(%arg942, %arg943, %arg944) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg945: f32, %arg946: f32, %arg947: f32):
      %468 = "arith.mulf"(%arg945, %arg946) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %469 = "arith.addf"(%arg947, %468) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%469) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map22, #map15, #map16]} : (memref<4xf32>, memref<3xf32>, memref<2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>, sym_name = "conv_1d_dynamic"}> ({
  ^bb0(%arg936: tensor<?xf32>, %arg937: tensor<?xf32>, %arg938: tensor<?xf32>):
    %465 = "linalg.conv_1d"(%arg936, %arg937, %arg938) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg939: f32, %arg940: f32, %arg941: f32):
      %466 = "arith.mulf"(%arg939, %arg940) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %467 = "arith.addf"(%arg941, %466) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%467) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map22, #map15, #map16]} : (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    "func.return"(%465) : (tensor<?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<5x4xf32>, memref<4x2xf32>, memref<2x3xf32>) -> (), sym_name = "conv_2d_memref"}> ({
  ^bb0(%arg930: memref<5x4xf32>, %arg931: memref<4x2xf32>, %arg932: memref<2x3xf32>):
    "linalg.conv_2d"(%arg930, %arg931, %arg932) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg933: f32, %arg934: f32, %arg935: f32):
      %463 = "arith.mulf"(%arg933, %arg934) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %464 = "arith.addf"(%arg935, %463) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%464) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map23, #map24, #map25]} : (memref<5x4xf32>, memref<4x2xf32>, memref<2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "conv_2d_dynamic"}> ({
  ^bb0(%arg924: tensor<?x?xf32>, %arg925: tensor<?x?xf32>, %arg926: tensor<?x?xf32>):
    %460 = "linalg.conv_2d"(%arg924, %arg925, %arg926) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg927: f32, %arg928: f32, %arg929: f32):
      %461 = "arith.mulf"(%arg927, %arg928) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %462 = "arith.addf"(%arg929, %461) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%462) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map23, #map24, #map25]} : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%460) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<3x5x7xf32>, memref<2x3x4xf32>, memref<2x3x4xf32>) -> (), sym_name = "conv_3d_memref"}> ({
  ^bb0(%arg918: memref<3x5x7xf32>, %arg919: memref<2x3x4xf32>, %arg920: memref<2x3x4xf32>):
    "linalg.conv_3d"(%arg918, %arg919, %arg920) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg921: f32, %arg922: f32, %arg923: f32):
      %458 = "arith.mulf"(%arg921, %arg922) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %459 = "arith.addf"(%arg923, %458) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%459) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map26, #map27, #map28]} : (memref<3x5x7xf32>, memref<2x3x4xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "conv_3d_dynamic"}> ({
  ^bb0(%arg912: tensor<?x?x?xf32>, %arg913: tensor<?x?x?xf32>, %arg914: tensor<?x?x?xf32>):
    %455 = "linalg.conv_3d"(%arg912, %arg913, %arg914) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg915: f32, %arg916: f32, %arg917: f32):
      %456 = "arith.mulf"(%arg915, %arg916) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %457 = "arith.addf"(%arg917, %456) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%457) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map26, #map27, #map28]} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%455) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x3xf32>, memref<2x3x4xf32>, memref<2x3x4xf32>) -> (), sym_name = "conv_1d_nwc_wcf_memref"}> ({
  ^bb0(%arg906: memref<2x4x3xf32>, %arg907: memref<2x3x4xf32>, %arg908: memref<2x3x4xf32>):
    "linalg.conv_1d_nwc_wcf"(%arg906, %arg907, %arg908) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg909: f32, %arg910: f32, %arg911: f32):
      %453 = "arith.mulf"(%arg909, %arg910) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %454 = "arith.addf"(%arg911, %453) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%454) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map29, #map30, #map31]} : (memref<2x4x3xf32>, memref<2x3x4xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "conv_1d_nwc_wcf_dynamic"}> ({
  ^bb0(%arg900: tensor<?x?x?xf32>, %arg901: tensor<?x?x?xf32>, %arg902: tensor<?x?x?xf32>):
    %450 = "linalg.conv_1d_nwc_wcf"(%arg900, %arg901, %arg902) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg903: f32, %arg904: f32, %arg905: f32):
      %451 = "arith.mulf"(%arg903, %arg904) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %452 = "arith.addf"(%arg905, %451) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%452) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map29, #map30, #map31]} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%450) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x3xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_nwc_wcf_strided"}> ({
  ^bb0(%arg894: tensor<2x7x3xf32>, %arg895: tensor<2x3x4xf32>, %arg896: tensor<2x3x4xf32>):
    %447 = "linalg.conv_1d_nwc_wcf"(%arg894, %arg895, %arg896) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg897: f32, %arg898: f32, %arg899: f32):
      %448 = "arith.mulf"(%arg897, %arg898) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %449 = "arith.addf"(%arg899, %448) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%449) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map32, #map30, #map31]} : (tensor<2x7x3xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%447) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x2x6xf32>, memref<3x2x3xf32>, memref<2x3x4xf32>) -> (), sym_name = "conv_1d_ncw_fcw_memref"}> ({
  ^bb0(%arg888: memref<2x2x6xf32>, %arg889: memref<3x2x3xf32>, %arg890: memref<2x3x4xf32>):
    "linalg.conv_1d_ncw_fcw"(%arg888, %arg889, %arg890) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg891: f32, %arg892: f32, %arg893: f32):
      %445 = "arith.mulf"(%arg891, %arg892) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %446 = "arith.addf"(%arg893, %445) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%446) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map33, #map34, #map31]} : (memref<2x2x6xf32>, memref<3x2x3xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "conv_1d_ncw_fcw_dynamic"}> ({
  ^bb0(%arg882: tensor<?x?x?xf32>, %arg883: tensor<?x?x?xf32>, %arg884: tensor<?x?x?xf32>):
    %442 = "linalg.conv_1d_ncw_fcw"(%arg882, %arg883, %arg884) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg885: f32, %arg886: f32, %arg887: f32):
      %443 = "arith.mulf"(%arg885, %arg886) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %444 = "arith.addf"(%arg887, %443) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%444) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map33, #map34, #map31]} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%442) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x11xf32>, tensor<3x2x3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "conv_1d_ncw_fcw_strided"}> ({
  ^bb0(%arg876: tensor<2x2x11xf32>, %arg877: tensor<3x2x3xf32>, %arg878: tensor<2x3x4xf32>):
    %439 = "linalg.conv_1d_ncw_fcw"(%arg876, %arg877, %arg878) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg879: f32, %arg880: f32, %arg881: f32):
      %440 = "arith.mulf"(%arg879, %arg880) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %441 = "arith.addf"(%arg881, %440) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%441) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map35, #map34, #map31]} : (tensor<2x2x11xf32>, tensor<3x2x3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%439) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4x2x2xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nhwc_hwcf_memref"}> ({
  ^bb0(%arg870: memref<2x5x7x2xf32>, %arg871: memref<3x4x2x2xf32>, %arg872: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nhwc_hwcf"(%arg870, %arg871, %arg872) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg873: f32, %arg874: f32, %arg875: f32):
      %437 = "arith.mulf"(%arg873, %arg874) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %438 = "arith.addf"(%arg875, %437) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%438) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map37, #map38]} : (memref<2x5x7x2xf32>, memref<3x4x2x2xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nhwc_hwcf_dynamic"}> ({
  ^bb0(%arg864: tensor<?x?x?x?xf32>, %arg865: tensor<?x?x?x?xf32>, %arg866: tensor<?x?x?x?xf32>):
    %434 = "linalg.conv_2d_nhwc_hwcf"(%arg864, %arg865, %arg866) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg867: f32, %arg868: f32, %arg869: f32):
      %435 = "arith.mulf"(%arg867, %arg868) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %436 = "arith.addf"(%arg869, %435) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%436) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map37, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%434) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_strided"}> ({
  ^bb0(%arg858: tensor<2x9x13x2xf32>, %arg859: tensor<3x4x2x2xf32>, %arg860: tensor<2x3x4x2xf32>):
    %431 = "linalg.conv_2d_nhwc_hwcf"(%arg858, %arg859, %arg860) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg861: f32, %arg862: f32, %arg863: f32):
      %432 = "arith.mulf"(%arg861, %arg862) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %433 = "arith.addf"(%arg863, %432) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%433) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map37, #map38]} : (tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%431) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<2x3x4x2xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nhwc_fhwc_memref"}> ({
  ^bb0(%arg852: memref<2x5x7x2xf32>, %arg853: memref<2x3x4x2xf32>, %arg854: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nhwc_fhwc"(%arg852, %arg853, %arg854) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg855: f32, %arg856: f32, %arg857: f32):
      %429 = "arith.mulf"(%arg855, %arg856) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %430 = "arith.addf"(%arg857, %429) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%430) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map40, #map38]} : (memref<2x5x7x2xf32>, memref<2x3x4x2xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nhwc_fhwc_dynamic"}> ({
  ^bb0(%arg846: tensor<?x?x?x?xf32>, %arg847: tensor<?x?x?x?xf32>, %arg848: tensor<?x?x?x?xf32>):
    %426 = "linalg.conv_2d_nhwc_fhwc"(%arg846, %arg847, %arg848) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg849: f32, %arg850: f32, %arg851: f32):
      %427 = "arith.mulf"(%arg849, %arg850) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %428 = "arith.addf"(%arg851, %427) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%428) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map40, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%426) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_strided"}> ({
  ^bb0(%arg840: tensor<2x9x13x2xf32>, %arg841: tensor<2x3x4x2xf32>, %arg842: tensor<2x3x4x2xf32>):
    %423 = "linalg.conv_2d_nhwc_fhwc"(%arg840, %arg841, %arg842) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg843: f32, %arg844: f32, %arg845: f32):
      %424 = "arith.mulf"(%arg843, %arg844) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %425 = "arith.addf"(%arg845, %424) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%425) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map38]} : (tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%423) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4x2x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nhwc_hwcf_q_memref"}> ({
  ^bb0(%arg830: memref<2x5x7x2xf32>, %arg831: memref<3x4x2x2xf32>, %arg832: i32, %arg833: i32, %arg834: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nhwc_hwcf_q"(%arg830, %arg831, %arg832, %arg833, %arg834) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg835: f32, %arg836: f32, %arg837: i32, %arg838: i32, %arg839: f32):
      %417 = "arith.sitofp"(%arg837) : (i32) -> f32
      %418 = "arith.subf"(%arg835, %417) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %419 = "arith.sitofp"(%arg838) : (i32) -> f32
      %420 = "arith.subf"(%arg836, %419) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %421 = "arith.mulf"(%418, %420) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %422 = "arith.addf"(%arg839, %421) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%422) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map37, #map41, #map41, #map38]} : (memref<2x5x7x2xf32>, memref<3x4x2x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nhwc_hwcf_q_dynamic"}> ({
  ^bb0(%arg820: tensor<?x?x?x?xf32>, %arg821: tensor<?x?x?x?xf32>, %arg822: i32, %arg823: i32, %arg824: tensor<?x?x?x?xf32>):
    %410 = "linalg.conv_2d_nhwc_hwcf_q"(%arg820, %arg821, %arg822, %arg823, %arg824) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg825: f32, %arg826: f32, %arg827: i32, %arg828: i32, %arg829: f32):
      %411 = "arith.sitofp"(%arg827) : (i32) -> f32
      %412 = "arith.subf"(%arg825, %411) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %413 = "arith.sitofp"(%arg828) : (i32) -> f32
      %414 = "arith.subf"(%arg826, %413) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %415 = "arith.mulf"(%412, %414) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %416 = "arith.addf"(%arg829, %415) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%416) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map37, #map41, #map41, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%410) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_hwcf_q_strided"}> ({
  ^bb0(%arg810: tensor<2x9x13x2xf32>, %arg811: tensor<3x4x2x2xf32>, %arg812: i32, %arg813: i32, %arg814: tensor<2x3x4x2xf32>):
    %403 = "linalg.conv_2d_nhwc_hwcf_q"(%arg810, %arg811, %arg812, %arg813, %arg814) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg815: f32, %arg816: f32, %arg817: i32, %arg818: i32, %arg819: f32):
      %404 = "arith.sitofp"(%arg817) : (i32) -> f32
      %405 = "arith.subf"(%arg815, %404) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %406 = "arith.sitofp"(%arg818) : (i32) -> f32
      %407 = "arith.subf"(%arg816, %406) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %408 = "arith.mulf"(%405, %407) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %409 = "arith.addf"(%arg819, %408) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%409) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map37, #map41, #map41, #map38]} : (tensor<2x9x13x2xf32>, tensor<3x4x2x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%403) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<2x3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nhwc_fhwc_q_memref"}> ({
  ^bb0(%arg800: memref<2x5x7x2xf32>, %arg801: memref<2x3x4x2xf32>, %arg802: i32, %arg803: i32, %arg804: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nhwc_fhwc_q"(%arg800, %arg801, %arg802, %arg803, %arg804) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg805: f32, %arg806: f32, %arg807: i32, %arg808: i32, %arg809: f32):
      %397 = "arith.sitofp"(%arg807) : (i32) -> f32
      %398 = "arith.subf"(%arg805, %397) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %399 = "arith.sitofp"(%arg808) : (i32) -> f32
      %400 = "arith.subf"(%arg806, %399) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %401 = "arith.mulf"(%398, %400) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %402 = "arith.addf"(%arg809, %401) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%402) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map40, #map41, #map41, #map38]} : (memref<2x5x7x2xf32>, memref<2x3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nhwc_fhwc_q_dynamic"}> ({
  ^bb0(%arg790: tensor<?x?x?x?xf32>, %arg791: tensor<?x?x?x?xf32>, %arg792: i32, %arg793: i32, %arg794: tensor<?x?x?x?xf32>):
    %390 = "linalg.conv_2d_nhwc_fhwc_q"(%arg790, %arg791, %arg792, %arg793, %arg794) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg795: f32, %arg796: f32, %arg797: i32, %arg798: i32, %arg799: f32):
      %391 = "arith.sitofp"(%arg797) : (i32) -> f32
      %392 = "arith.subf"(%arg795, %391) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %393 = "arith.sitofp"(%arg798) : (i32) -> f32
      %394 = "arith.subf"(%arg796, %393) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %395 = "arith.mulf"(%392, %394) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %396 = "arith.addf"(%arg799, %395) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%396) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map36, #map40, #map41, #map41, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%390) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nhwc_fhwc_q_strided"}> ({
  ^bb0(%arg780: tensor<2x9x13x2xf32>, %arg781: tensor<2x3x4x2xf32>, %arg782: i32, %arg783: i32, %arg784: tensor<2x3x4x2xf32>):
    %383 = "linalg.conv_2d_nhwc_fhwc_q"(%arg780, %arg781, %arg782, %arg783, %arg784) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg785: f32, %arg786: f32, %arg787: i32, %arg788: i32, %arg789: f32):
      %384 = "arith.sitofp"(%arg787) : (i32) -> f32
      %385 = "arith.subf"(%arg785, %384) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %386 = "arith.sitofp"(%arg788) : (i32) -> f32
      %387 = "arith.subf"(%arg786, %386) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %388 = "arith.mulf"(%385, %387) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %389 = "arith.addf"(%arg789, %388) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%389) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map39, #map40, #map41, #map41, #map38]} : (tensor<2x9x13x2xf32>, tensor<2x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%383) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x7x3xf32>, memref<3x3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nchw_fchw_q_memref"}> ({
  ^bb0(%arg770: memref<2x3x7x3xf32>, %arg771: memref<3x3x4x2xf32>, %arg772: i32, %arg773: i32, %arg774: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nchw_fchw_q"(%arg770, %arg771, %arg772, %arg773, %arg774) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg775: f32, %arg776: f32, %arg777: i32, %arg778: i32, %arg779: f32):
      %377 = "arith.sitofp"(%arg777) : (i32) -> f32
      %378 = "arith.subf"(%arg775, %377) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %379 = "arith.sitofp"(%arg778) : (i32) -> f32
      %380 = "arith.subf"(%arg776, %379) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %381 = "arith.mulf"(%378, %380) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %382 = "arith.addf"(%arg779, %381) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%382) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map42, #map43, #map41, #map41, #map38]} : (memref<2x3x7x3xf32>, memref<3x3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nchw_fchw_q_dynamic"}> ({
  ^bb0(%arg760: tensor<?x?x?x?xf32>, %arg761: tensor<?x?x?x?xf32>, %arg762: i32, %arg763: i32, %arg764: tensor<?x?x?x?xf32>):
    %370 = "linalg.conv_2d_nchw_fchw_q"(%arg760, %arg761, %arg762, %arg763, %arg764) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg765: f32, %arg766: f32, %arg767: i32, %arg768: i32, %arg769: f32):
      %371 = "arith.sitofp"(%arg767) : (i32) -> f32
      %372 = "arith.subf"(%arg765, %371) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %373 = "arith.sitofp"(%arg768) : (i32) -> f32
      %374 = "arith.subf"(%arg766, %373) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %375 = "arith.mulf"(%372, %374) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %376 = "arith.addf"(%arg769, %375) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%376) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map42, #map43, #map41, #map41, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%370) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_q_strided"}> ({
  ^bb0(%arg750: tensor<2x3x13x5xf32>, %arg751: tensor<3x3x4x2xf32>, %arg752: i32, %arg753: i32, %arg754: tensor<2x3x4x2xf32>):
    %363 = "linalg.conv_2d_nchw_fchw_q"(%arg750, %arg751, %arg752, %arg753, %arg754) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg755: f32, %arg756: f32, %arg757: i32, %arg758: i32, %arg759: f32):
      %364 = "arith.sitofp"(%arg757) : (i32) -> f32
      %365 = "arith.subf"(%arg755, %364) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %366 = "arith.sitofp"(%arg758) : (i32) -> f32
      %367 = "arith.subf"(%arg756, %366) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %368 = "arith.mulf"(%365, %367) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %369 = "arith.addf"(%arg759, %368) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%369) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map44, #map43, #map41, #map41, #map38]} : (tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%363) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x7x3xf32>, memref<3x3x4x2xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "conv_2d_nchw_fchw_memref"}> ({
  ^bb0(%arg744: memref<2x3x7x3xf32>, %arg745: memref<3x3x4x2xf32>, %arg746: memref<2x3x4x2xf32>):
    "linalg.conv_2d_nchw_fchw"(%arg744, %arg745, %arg746) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg747: f32, %arg748: f32, %arg749: f32):
      %361 = "arith.mulf"(%arg747, %arg748) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %362 = "arith.addf"(%arg749, %361) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%362) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map42, #map43, #map38]} : (memref<2x3x7x3xf32>, memref<3x3x4x2xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "conv_2d_nchw_fchw_dynamic"}> ({
  ^bb0(%arg738: tensor<?x?x?x?xf32>, %arg739: tensor<?x?x?x?xf32>, %arg740: tensor<?x?x?x?xf32>):
    %358 = "linalg.conv_2d_nchw_fchw"(%arg738, %arg739, %arg740) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg741: f32, %arg742: f32, %arg743: f32):
      %359 = "arith.mulf"(%arg741, %arg742) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %360 = "arith.addf"(%arg743, %359) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%360) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map42, #map43, #map38]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%358) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "conv_2d_nchw_fchw_strided"}> ({
  ^bb0(%arg732: tensor<2x3x13x5xf32>, %arg733: tensor<3x3x4x2xf32>, %arg734: tensor<2x3x4x2xf32>):
    %355 = "linalg.conv_2d_nchw_fchw"(%arg732, %arg733, %arg734) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg735: f32, %arg736: f32, %arg737: f32):
      %356 = "arith.mulf"(%arg735, %arg736) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %357 = "arith.addf"(%arg737, %356) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%357) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map44, #map43, #map38]} : (tensor<2x3x13x5xf32>, tensor<3x3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%355) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x4x3x5xf32>, memref<4x3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_2d_ngchw_fgchw_memref"}> ({
  ^bb0(%arg726: memref<2x3x4x3x5xf32>, %arg727: memref<4x3x4x2x3xf32>, %arg728: memref<2x3x4x2x3xf32>):
    "linalg.conv_2d_ngchw_fgchw"(%arg726, %arg727, %arg728) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg729: f32, %arg730: f32, %arg731: f32):
      %353 = "arith.mulf"(%arg729, %arg730) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %354 = "arith.addf"(%arg731, %353) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%354) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map47]} : (memref<2x3x4x3x5xf32>, memref<4x3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_2d_ngchw_fgchw_dynamic"}> ({
  ^bb0(%arg720: tensor<?x?x?x?x?xf32>, %arg721: tensor<?x?x?x?x?xf32>, %arg722: tensor<?x?x?x?x?xf32>):
    %350 = "linalg.conv_2d_ngchw_fgchw"(%arg720, %arg721, %arg722) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg723: f32, %arg724: f32, %arg725: f32):
      %351 = "arith.mulf"(%arg723, %arg724) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %352 = "arith.addf"(%arg725, %351) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%352) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map46, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%350) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x5x9xf32>, tensor<4x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_fgchw_strided"}> ({
  ^bb0(%arg714: tensor<2x3x4x5x9xf32>, %arg715: tensor<4x3x4x2x3xf32>, %arg716: tensor<2x3x4x2x3xf32>):
    %347 = "linalg.conv_2d_ngchw_fgchw"(%arg714, %arg715, %arg716) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg717: f32, %arg718: f32, %arg719: f32):
      %348 = "arith.mulf"(%arg717, %arg718) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %349 = "arith.addf"(%arg719, %348) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%349) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map46, #map47]} : (tensor<2x3x4x5x9xf32>, tensor<4x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%347) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_2d_ngchw_gfchw_memref"}> ({
  ^bb0(%arg708: memref<2x3x4x3x5xf32>, %arg709: memref<3x4x4x2x3xf32>, %arg710: memref<2x3x4x2x3xf32>):
    "linalg.conv_2d_ngchw_gfchw"(%arg708, %arg709, %arg710) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg711: f32, %arg712: f32, %arg713: f32):
      %345 = "arith.mulf"(%arg711, %arg712) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %346 = "arith.addf"(%arg713, %345) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%346) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map49, #map47]} : (memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_2d_ngchw_gfchw_dynamic"}> ({
  ^bb0(%arg702: tensor<?x?x?x?x?xf32>, %arg703: tensor<?x?x?x?x?xf32>, %arg704: tensor<?x?x?x?x?xf32>):
    %342 = "linalg.conv_2d_ngchw_gfchw"(%arg702, %arg703, %arg704) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg705: f32, %arg706: f32, %arg707: f32):
      %343 = "arith.mulf"(%arg705, %arg706) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %344 = "arith.addf"(%arg707, %343) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%344) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map49, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%342) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_strided"}> ({
  ^bb0(%arg696: tensor<2x3x4x5x9xf32>, %arg697: tensor<3x4x4x2x3xf32>, %arg698: tensor<2x3x4x2x3xf32>):
    %339 = "linalg.conv_2d_ngchw_gfchw"(%arg696, %arg697, %arg698) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg699: f32, %arg700: f32, %arg701: f32):
      %340 = "arith.mulf"(%arg699, %arg700) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %341 = "arith.addf"(%arg701, %340) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%341) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map47]} : (tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%339) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_2d_nhwgc_gfhwc_memref"}> ({
  ^bb0(%arg690: memref<2x6x5x2x3xf32>, %arg691: memref<2x3x4x2x3xf32>, %arg692: memref<2x3x4x2x3xf32>):
    "linalg.conv_2d_nhwgc_gfhwc"(%arg690, %arg691, %arg692) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg693: f32, %arg694: f32, %arg695: f32):
      %337 = "arith.mulf"(%arg693, %arg694) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %338 = "arith.addf"(%arg695, %337) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%338) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map50, #map51, #map47]} : (memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_2d_nhwgc_gfhwc_dynamic"}> ({
  ^bb0(%arg684: tensor<?x?x?x?x?xf32>, %arg685: tensor<?x?x?x?x?xf32>, %arg686: tensor<?x?x?x?x?xf32>):
    %334 = "linalg.conv_2d_nhwgc_gfhwc"(%arg684, %arg685, %arg686) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg687: f32, %arg688: f32, %arg689: f32):
      %335 = "arith.mulf"(%arg687, %arg688) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %336 = "arith.addf"(%arg689, %335) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%336) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map50, #map51, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%334) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_strided"}> ({
  ^bb0(%arg678: tensor<2x11x9x2x3xf32>, %arg679: tensor<2x3x4x2x3xf32>, %arg680: tensor<2x3x4x2x3xf32>):
    %331 = "linalg.conv_2d_nhwgc_gfhwc"(%arg678, %arg679, %arg680) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg681: f32, %arg682: f32, %arg683: f32):
      %332 = "arith.mulf"(%arg681, %arg682) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %333 = "arith.addf"(%arg683, %332) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%333) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map52, #map51, #map47]} : (tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%331) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_2d_nhwgc_gfhwc_q_memref"}> ({
  ^bb0(%arg668: memref<2x6x5x2x3xf32>, %arg669: memref<2x3x4x2x3xf32>, %arg670: i32, %arg671: i32, %arg672: memref<2x3x4x2x3xf32>):
    "linalg.conv_2d_nhwgc_gfhwc_q"(%arg668, %arg669, %arg670, %arg671, %arg672) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg673: f32, %arg674: f32, %arg675: i32, %arg676: i32, %arg677: f32):
      %325 = "arith.sitofp"(%arg675) : (i32) -> f32
      %326 = "arith.subf"(%arg673, %325) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %327 = "arith.sitofp"(%arg676) : (i32) -> f32
      %328 = "arith.subf"(%arg674, %327) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %329 = "arith.mulf"(%326, %328) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %330 = "arith.addf"(%arg677, %329) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%330) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map50, #map51, #map53, #map53, #map47]} : (memref<2x6x5x2x3xf32>, memref<2x3x4x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_2d_nhwgc_gfhwc_q_dynamic"}> ({
  ^bb0(%arg658: tensor<?x?x?x?x?xf32>, %arg659: tensor<?x?x?x?x?xf32>, %arg660: i32, %arg661: i32, %arg662: tensor<?x?x?x?x?xf32>):
    %318 = "linalg.conv_2d_nhwgc_gfhwc_q"(%arg658, %arg659, %arg660, %arg661, %arg662) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg663: f32, %arg664: f32, %arg665: i32, %arg666: i32, %arg667: f32):
      %319 = "arith.sitofp"(%arg665) : (i32) -> f32
      %320 = "arith.subf"(%arg663, %319) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %321 = "arith.sitofp"(%arg666) : (i32) -> f32
      %322 = "arith.subf"(%arg664, %321) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %323 = "arith.mulf"(%320, %322) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %324 = "arith.addf"(%arg667, %323) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%324) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map50, #map51, #map53, #map53, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%318) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_nhwgc_gfhwc_q_strided"}> ({
  ^bb0(%arg648: tensor<2x11x9x2x3xf32>, %arg649: tensor<2x3x4x2x3xf32>, %arg650: i32, %arg651: i32, %arg652: tensor<2x3x4x2x3xf32>):
    %311 = "linalg.conv_2d_nhwgc_gfhwc_q"(%arg648, %arg649, %arg650, %arg651, %arg652) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg653: f32, %arg654: f32, %arg655: i32, %arg656: i32, %arg657: f32):
      %312 = "arith.sitofp"(%arg655) : (i32) -> f32
      %313 = "arith.subf"(%arg653, %312) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %314 = "arith.sitofp"(%arg656) : (i32) -> f32
      %315 = "arith.subf"(%arg654, %314) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %316 = "arith.mulf"(%313, %315) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %317 = "arith.addf"(%arg657, %316) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%317) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map52, #map51, #map53, #map53, #map47]} : (tensor<2x11x9x2x3xf32>, tensor<2x3x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%311) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_2d_ngchw_gfchw_q_memref"}> ({
  ^bb0(%arg638: memref<2x3x4x3x5xf32>, %arg639: memref<3x4x4x2x3xf32>, %arg640: i32, %arg641: i32, %arg642: memref<2x3x4x2x3xf32>):
    "linalg.conv_2d_ngchw_gfchw_q"(%arg638, %arg639, %arg640, %arg641, %arg642) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg643: f32, %arg644: f32, %arg645: i32, %arg646: i32, %arg647: f32):
      %305 = "arith.sitofp"(%arg645) : (i32) -> f32
      %306 = "arith.subf"(%arg643, %305) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %307 = "arith.sitofp"(%arg646) : (i32) -> f32
      %308 = "arith.subf"(%arg644, %307) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %309 = "arith.mulf"(%306, %308) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %310 = "arith.addf"(%arg647, %309) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%310) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map49, #map53, #map53, #map47]} : (memref<2x3x4x3x5xf32>, memref<3x4x4x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_2d_ngchw_gfchw_q_dynamic"}> ({
  ^bb0(%arg628: tensor<?x?x?x?x?xf32>, %arg629: tensor<?x?x?x?x?xf32>, %arg630: i32, %arg631: i32, %arg632: tensor<?x?x?x?x?xf32>):
    %298 = "linalg.conv_2d_ngchw_gfchw_q"(%arg628, %arg629, %arg630, %arg631, %arg632) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg633: f32, %arg634: f32, %arg635: i32, %arg636: i32, %arg637: f32):
      %299 = "arith.sitofp"(%arg635) : (i32) -> f32
      %300 = "arith.subf"(%arg633, %299) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %301 = "arith.sitofp"(%arg636) : (i32) -> f32
      %302 = "arith.subf"(%arg634, %301) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %303 = "arith.mulf"(%300, %302) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %304 = "arith.addf"(%arg637, %303) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%304) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map45, #map49, #map53, #map53, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%298) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_2d_ngchw_gfchw_q_strided"}> ({
  ^bb0(%arg618: tensor<2x3x4x5x9xf32>, %arg619: tensor<3x4x4x2x3xf32>, %arg620: i32, %arg621: i32, %arg622: tensor<2x3x4x2x3xf32>):
    %291 = "linalg.conv_2d_ngchw_gfchw_q"(%arg618, %arg619, %arg620, %arg621, %arg622) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg623: f32, %arg624: f32, %arg625: i32, %arg626: i32, %arg627: f32):
      %292 = "arith.sitofp"(%arg625) : (i32) -> f32
      %293 = "arith.subf"(%arg623, %292) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %294 = "arith.sitofp"(%arg626) : (i32) -> f32
      %295 = "arith.subf"(%arg624, %294) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %296 = "arith.mulf"(%293, %295) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %297 = "arith.addf"(%arg627, %296) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%297) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map48, #map49, #map53, #map53, #map47]} : (tensor<2x3x4x5x9xf32>, tensor<3x4x4x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%291) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_3d_ndhwc_dhwcf_memref"}> ({
  ^bb0(%arg612: memref<2x6x5x4x4xf32>, %arg613: memref<4x2x3x4x3xf32>, %arg614: memref<2x3x4x2x3xf32>):
    "linalg.conv_3d_ndhwc_dhwcf"(%arg612, %arg613, %arg614) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg615: f32, %arg616: f32, %arg617: f32):
      %289 = "arith.mulf"(%arg615, %arg616) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %290 = "arith.addf"(%arg617, %289) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%290) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map56]} : (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_3d_ndhwc_dhwcf_dynamic"}> ({
  ^bb0(%arg606: tensor<?x?x?x?x?xf32>, %arg607: tensor<?x?x?x?x?xf32>, %arg608: tensor<?x?x?x?x?xf32>):
    %286 = "linalg.conv_3d_ndhwc_dhwcf"(%arg606, %arg607, %arg608) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg609: f32, %arg610: f32, %arg611: f32):
      %287 = "arith.mulf"(%arg609, %arg610) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %288 = "arith.addf"(%arg611, %287) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%288) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map56]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%286) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_strided"}> ({
  ^bb0(%arg600: tensor<2x11x9x7x4xf32>, %arg601: tensor<4x2x3x4x3xf32>, %arg602: tensor<2x3x4x2x3xf32>):
    %283 = "linalg.conv_3d_ndhwc_dhwcf"(%arg600, %arg601, %arg602) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg603: f32, %arg604: f32, %arg605: f32):
      %284 = "arith.mulf"(%arg603, %arg604) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %285 = "arith.addf"(%arg605, %284) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%285) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map57, #map55, #map56]} : (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%283) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_3d_ndhwc_dhwcf_q_memref"}> ({
  ^bb0(%arg590: memref<2x6x5x4x4xf32>, %arg591: memref<4x2x3x4x3xf32>, %arg592: i32, %arg593: i32, %arg594: memref<2x3x4x2x3xf32>):
    "linalg.conv_3d_ndhwc_dhwcf_q"(%arg590, %arg591, %arg592, %arg593, %arg594) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg595: f32, %arg596: f32, %arg597: i32, %arg598: i32, %arg599: f32):
      %277 = "arith.sitofp"(%arg597) : (i32) -> f32
      %278 = "arith.subf"(%arg595, %277) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %279 = "arith.sitofp"(%arg598) : (i32) -> f32
      %280 = "arith.subf"(%arg596, %279) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %281 = "arith.mulf"(%278, %280) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %282 = "arith.addf"(%arg599, %281) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%282) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map58, #map58, #map56]} : (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_3d_ndhwc_dhwcf_q_dynamic"}> ({
  ^bb0(%arg580: tensor<?x?x?x?x?xf32>, %arg581: tensor<?x?x?x?x?xf32>, %arg582: i32, %arg583: i32, %arg584: tensor<?x?x?x?x?xf32>):
    %270 = "linalg.conv_3d_ndhwc_dhwcf_q"(%arg580, %arg581, %arg582, %arg583, %arg584) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg585: f32, %arg586: f32, %arg587: i32, %arg588: i32, %arg589: f32):
      %271 = "arith.sitofp"(%arg587) : (i32) -> f32
      %272 = "arith.subf"(%arg585, %271) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %273 = "arith.sitofp"(%arg588) : (i32) -> f32
      %274 = "arith.subf"(%arg586, %273) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %275 = "arith.mulf"(%272, %274) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %276 = "arith.addf"(%arg589, %275) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%276) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map58, #map58, #map56]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%270) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ndhwc_dhwcf_q_strided"}> ({
  ^bb0(%arg570: tensor<2x11x9x7x4xf32>, %arg571: tensor<4x2x3x4x3xf32>, %arg572: i32, %arg573: i32, %arg574: tensor<2x3x4x2x3xf32>):
    %263 = "linalg.conv_3d_ndhwc_dhwcf_q"(%arg570, %arg571, %arg572, %arg573, %arg574) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg575: f32, %arg576: f32, %arg577: i32, %arg578: i32, %arg579: f32):
      %264 = "arith.sitofp"(%arg577) : (i32) -> f32
      %265 = "arith.subf"(%arg575, %264) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %266 = "arith.sitofp"(%arg578) : (i32) -> f32
      %267 = "arith.subf"(%arg576, %266) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %268 = "arith.mulf"(%265, %267) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %269 = "arith.addf"(%arg579, %268) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%269) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map57, #map55, #map58, #map58, #map56]} : (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%263) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x5x4x6xf32>, memref<3x4x2x3x4xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "conv_3d_ncdhw_fcdhw_memref"}> ({
  ^bb0(%arg564: memref<2x4x5x4x6xf32>, %arg565: memref<3x4x2x3x4xf32>, %arg566: memref<2x3x4x2x3xf32>):
    "linalg.conv_3d_ncdhw_fcdhw"(%arg564, %arg565, %arg566) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg567: f32, %arg568: f32, %arg569: f32):
      %261 = "arith.mulf"(%arg567, %arg568) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %262 = "arith.addf"(%arg569, %261) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%262) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map59, #map60, #map56]} : (memref<2x4x5x4x6xf32>, memref<3x4x2x3x4xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "conv_3d_ncdhw_fcdhw_dynamic"}> ({
  ^bb0(%arg558: tensor<?x?x?x?x?xf32>, %arg559: tensor<?x?x?x?x?xf32>, %arg560: tensor<?x?x?x?x?xf32>):
    %258 = "linalg.conv_3d_ncdhw_fcdhw"(%arg558, %arg559, %arg560) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg561: f32, %arg562: f32, %arg563: f32):
      %259 = "arith.mulf"(%arg561, %arg562) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %260 = "arith.addf"(%arg563, %259) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%260) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map59, #map60, #map56]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%258) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x9x7x11xf32>, tensor<3x4x2x3x4xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "conv_3d_ncdhw_fcdhw_strided"}> ({
  ^bb0(%arg552: tensor<2x4x9x7x11xf32>, %arg553: tensor<3x4x2x3x4xf32>, %arg554: tensor<2x3x4x2x3xf32>):
    %255 = "linalg.conv_3d_ncdhw_fcdhw"(%arg552, %arg553, %arg554) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg555: f32, %arg556: f32, %arg557: f32):
      %256 = "arith.mulf"(%arg555, %arg556) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %257 = "arith.addf"(%arg557, %256) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%257) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map61, #map60, #map56]} : (tensor<2x4x9x7x11xf32>, tensor<3x4x2x3x4xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%255) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xf32>, memref<2x4xf32>, memref<2x3x4xf32>) -> (), sym_name = "depthwise_conv_1d_nwc_wc_memref"}> ({
  ^bb0(%arg546: memref<2x4x4xf32>, %arg547: memref<2x4xf32>, %arg548: memref<2x3x4xf32>):
    "linalg.depthwise_conv_1d_nwc_wc"(%arg546, %arg547, %arg548) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg549: f32, %arg550: f32, %arg551: f32):
      %253 = "arith.mulf"(%arg549, %arg550) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %254 = "arith.addf"(%arg551, %253) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%254) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map63, #map13]} : (memref<2x4x4xf32>, memref<2x4xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "depthwise_conv_1d_nwc_wc_dynamic"}> ({
  ^bb0(%arg540: tensor<?x?x?xf32>, %arg541: tensor<?x?xf32>, %arg542: tensor<?x?x?xf32>):
    %250 = "linalg.depthwise_conv_1d_nwc_wc"(%arg540, %arg541, %arg542) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg543: f32, %arg544: f32, %arg545: f32):
      %251 = "arith.mulf"(%arg543, %arg544) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %252 = "arith.addf"(%arg545, %251) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%252) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map63, #map13]} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%250) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xf32>, tensor<2x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "depthwise_conv_1d_nwc_wc_strided"}> ({
  ^bb0(%arg534: tensor<2x7x4xf32>, %arg535: tensor<2x4xf32>, %arg536: tensor<2x3x4xf32>):
    %247 = "linalg.depthwise_conv_1d_nwc_wc"(%arg534, %arg535, %arg536) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg537: f32, %arg538: f32, %arg539: f32):
      %248 = "arith.mulf"(%arg537, %arg538) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %249 = "arith.addf"(%arg539, %248) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%249) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map63, #map13]} : (tensor<2x7x4xf32>, tensor<2x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%247) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xf32>, memref<4x2xf32>, memref<2x4x3xf32>) -> (), sym_name = "depthwise_conv_1d_ncw_cw_memref"}> ({
  ^bb0(%arg528: memref<2x4x4xf32>, %arg529: memref<4x2xf32>, %arg530: memref<2x4x3xf32>):
    "linalg.depthwise_conv_1d_ncw_cw"(%arg528, %arg529, %arg530) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg531: f32, %arg532: f32, %arg533: f32):
      %245 = "arith.mulf"(%arg531, %arg532) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %246 = "arith.addf"(%arg533, %245) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%246) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map65, #map24, #map66]} : (memref<2x4x4xf32>, memref<4x2xf32>, memref<2x4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "depthwise_conv_1d_ncw_cw_dynamic"}> ({
  ^bb0(%arg522: tensor<?x?x?xf32>, %arg523: tensor<?x?xf32>, %arg524: tensor<?x?x?xf32>):
    %242 = "linalg.depthwise_conv_1d_ncw_cw"(%arg522, %arg523, %arg524) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg525: f32, %arg526: f32, %arg527: f32):
      %243 = "arith.mulf"(%arg525, %arg526) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %244 = "arith.addf"(%arg527, %243) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%244) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map65, #map24, #map66]} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%242) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4x7xf32>, tensor<4x2xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>, sym_name = "depthwise_conv_1d_ncw_cw_strided"}> ({
  ^bb0(%arg516: tensor<2x4x7xf32>, %arg517: tensor<4x2xf32>, %arg518: tensor<2x4x3xf32>):
    %239 = "linalg.depthwise_conv_1d_ncw_cw"(%arg516, %arg517, %arg518) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg519: f32, %arg520: f32, %arg521: f32):
      %240 = "arith.mulf"(%arg519, %arg520) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %241 = "arith.addf"(%arg521, %240) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%241) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map67, #map24, #map66]} : (tensor<2x4x7xf32>, tensor<4x2xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
    "func.return"(%239) : (tensor<2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x4xf32>, memref<3x4x2xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "depthwise_conv_1d_nwc_wcm_memref"}> ({
  ^bb0(%arg510: memref<2x5x4xf32>, %arg511: memref<3x4x2xf32>, %arg512: memref<2x3x4x2xf32>):
    "linalg.depthwise_conv_1d_nwc_wcm"(%arg510, %arg511, %arg512) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg513: f32, %arg514: f32, %arg515: f32):
      %237 = "arith.mulf"(%arg513, %arg514) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %238 = "arith.addf"(%arg515, %237) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%238) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map68, #map69, #map70]} : (memref<2x5x4xf32>, memref<3x4x2xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "depthwise_conv_1d_nwc_wcm_dynamic"}> ({
  ^bb0(%arg504: tensor<?x?x?xf32>, %arg505: tensor<?x?x?xf32>, %arg506: tensor<?x?x?x?xf32>):
    %234 = "linalg.depthwise_conv_1d_nwc_wcm"(%arg504, %arg505, %arg506) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg507: f32, %arg508: f32, %arg509: f32):
      %235 = "arith.mulf"(%arg507, %arg508) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %236 = "arith.addf"(%arg509, %235) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%236) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map68, #map69, #map70]} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%234) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x4xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_1d_nwc_wcm_strided"}> ({
  ^bb0(%arg498: tensor<2x9x4xf32>, %arg499: tensor<3x4x2xf32>, %arg500: tensor<2x3x4x2xf32>):
    %231 = "linalg.depthwise_conv_1d_nwc_wcm"(%arg498, %arg499, %arg500) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg501: f32, %arg502: f32, %arg503: f32):
      %232 = "arith.mulf"(%arg501, %arg502) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %233 = "arith.addf"(%arg503, %232) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%233) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map71, #map69, #map70]} : (tensor<2x9x4xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%231) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4x2xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "depthwise_conv_2d_nhwc_hwc_memref"}> ({
  ^bb0(%arg492: memref<2x5x7x2xf32>, %arg493: memref<3x4x2xf32>, %arg494: memref<2x3x4x2xf32>):
    "linalg.depthwise_conv_2d_nhwc_hwc"(%arg492, %arg493, %arg494) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg495: f32, %arg496: f32, %arg497: f32):
      %229 = "arith.mulf"(%arg495, %arg496) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %230 = "arith.addf"(%arg497, %229) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%230) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map73, #map74]} : (memref<2x5x7x2xf32>, memref<3x4x2xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_dynamic"}> ({
  ^bb0(%arg486: tensor<?x?x?x?xf32>, %arg487: tensor<?x?x?xf32>, %arg488: tensor<?x?x?x?xf32>):
    %226 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg486, %arg487, %arg488) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg489: f32, %arg490: f32, %arg491: f32):
      %227 = "arith.mulf"(%arg489, %arg490) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %228 = "arith.addf"(%arg491, %227) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%228) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map73, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%226) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_strided"}> ({
  ^bb0(%arg480: tensor<2x9x13x2xf32>, %arg481: tensor<3x4x2xf32>, %arg482: tensor<2x3x4x2xf32>):
    %223 = "linalg.depthwise_conv_2d_nhwc_hwc"(%arg480, %arg481, %arg482) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg483: f32, %arg484: f32, %arg485: f32):
      %224 = "arith.mulf"(%arg483, %arg484) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %225 = "arith.addf"(%arg485, %224) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%225) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map73, #map74]} : (tensor<2x9x13x2xf32>, tensor<3x4x2xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%223) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x2x5x7xf32>, memref<2x3x4xf32>, memref<2x2x3x4xf32>) -> (), sym_name = "depthwise_conv_2d_nchw_chw_memref"}> ({
  ^bb0(%arg474: memref<2x2x5x7xf32>, %arg475: memref<2x3x4xf32>, %arg476: memref<2x2x3x4xf32>):
    "linalg.depthwise_conv_2d_nchw_chw"(%arg474, %arg475, %arg476) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg477: f32, %arg478: f32, %arg479: f32):
      %221 = "arith.mulf"(%arg477, %arg478) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %222 = "arith.addf"(%arg479, %221) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%222) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map76, #map27, #map77]} : (memref<2x2x5x7xf32>, memref<2x3x4xf32>, memref<2x2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "depthwise_conv_2d_nchw_chw_dynamic"}> ({
  ^bb0(%arg468: tensor<?x?x?x?xf32>, %arg469: tensor<?x?x?xf32>, %arg470: tensor<?x?x?x?xf32>):
    %218 = "linalg.depthwise_conv_2d_nchw_chw"(%arg468, %arg469, %arg470) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg471: f32, %arg472: f32, %arg473: f32):
      %219 = "arith.mulf"(%arg471, %arg472) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %220 = "arith.addf"(%arg473, %219) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%220) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map76, #map27, #map77]} : (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%218) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x2x9x13xf32>, tensor<2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>, sym_name = "depthwise_conv_2d_nchw_chw_strided"}> ({
  ^bb0(%arg462: tensor<2x2x9x13xf32>, %arg463: tensor<2x3x4xf32>, %arg464: tensor<2x2x3x4xf32>):
    %215 = "linalg.depthwise_conv_2d_nchw_chw"(%arg462, %arg463, %arg464) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg465: f32, %arg466: f32, %arg467: f32):
      %216 = "arith.mulf"(%arg465, %arg466) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %217 = "arith.addf"(%arg467, %216) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%217) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map78, #map27, #map77]} : (tensor<2x2x9x13xf32>, tensor<2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
    "func.return"(%215) : (tensor<2x2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> (), sym_name = "depthwise_conv_2d_nhwc_hwc_q_memref"}> ({
  ^bb0(%arg452: memref<2x5x7x2xf32>, %arg453: memref<3x4x2xf32>, %arg454: i32, %arg455: i32, %arg456: memref<2x3x4x2xf32>):
    "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg452, %arg453, %arg454, %arg455, %arg456) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg457: f32, %arg458: f32, %arg459: i32, %arg460: i32, %arg461: f32):
      %209 = "arith.sitofp"(%arg459) : (i32) -> f32
      %210 = "arith.subf"(%arg457, %209) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %211 = "arith.sitofp"(%arg460) : (i32) -> f32
      %212 = "arith.subf"(%arg458, %211) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %213 = "arith.mulf"(%210, %212) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %214 = "arith.addf"(%arg461, %213) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%214) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map73, #map79, #map79, #map74]} : (memref<2x5x7x2xf32>, memref<3x4x2xf32>, i32, i32, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_q_dynamic"}> ({
  ^bb0(%arg442: tensor<?x?x?x?xf32>, %arg443: tensor<?x?x?xf32>, %arg444: i32, %arg445: i32, %arg446: tensor<?x?x?x?xf32>):
    %202 = "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg442, %arg443, %arg444, %arg445, %arg446) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg447: f32, %arg448: f32, %arg449: i32, %arg450: i32, %arg451: f32):
      %203 = "arith.sitofp"(%arg449) : (i32) -> f32
      %204 = "arith.subf"(%arg447, %203) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %205 = "arith.sitofp"(%arg450) : (i32) -> f32
      %206 = "arith.subf"(%arg448, %205) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %207 = "arith.mulf"(%204, %206) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %208 = "arith.addf"(%arg451, %207) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%208) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map73, #map79, #map79, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, i32, i32, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%202) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "depthwise_conv_2d_nhwc_hwc_q_strided"}> ({
  ^bb0(%arg432: tensor<2x9x13x2xf32>, %arg433: tensor<3x4x2xf32>, %arg434: i32, %arg435: i32, %arg436: tensor<2x3x4x2xf32>):
    %195 = "linalg.depthwise_conv_2d_nhwc_hwc_q"(%arg432, %arg433, %arg434, %arg435, %arg436) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg437: f32, %arg438: f32, %arg439: i32, %arg440: i32, %arg441: f32):
      %196 = "arith.sitofp"(%arg439) : (i32) -> f32
      %197 = "arith.subf"(%arg437, %196) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %198 = "arith.sitofp"(%arg440) : (i32) -> f32
      %199 = "arith.subf"(%arg438, %198) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %200 = "arith.mulf"(%197, %199) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %201 = "arith.addf"(%arg441, %200) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%201) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map73, #map79, #map79, #map74]} : (tensor<2x9x13x2xf32>, tensor<3x4x2xf32>, i32, i32, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%195) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x2xf32>, memref<4x2x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "depthwise_conv_2d_nhwc_hwcm_memref"}> ({
  ^bb0(%arg426: memref<2x6x5x2xf32>, %arg427: memref<4x2x2x3xf32>, %arg428: memref<2x3x4x2x3xf32>):
    "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg426, %arg427, %arg428) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg429: f32, %arg430: f32, %arg431: f32):
      %193 = "arith.mulf"(%arg429, %arg430) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %194 = "arith.addf"(%arg431, %193) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%194) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map81, #map82]} : (memref<2x6x5x2xf32>, memref<4x2x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_dynamic"}> ({
  ^bb0(%arg420: tensor<?x?x?x?xf32>, %arg421: tensor<?x?x?x?xf32>, %arg422: tensor<?x?x?x?x?xf32>):
    %190 = "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg420, %arg421, %arg422) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg423: f32, %arg424: f32, %arg425: f32):
      %191 = "arith.mulf"(%arg423, %arg424) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %192 = "arith.addf"(%arg425, %191) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%192) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map81, #map82]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%190) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_strided"}> ({
  ^bb0(%arg414: tensor<2x11x9x2xf32>, %arg415: tensor<4x2x2x3xf32>, %arg416: tensor<2x3x4x2x3xf32>):
    %187 = "linalg.depthwise_conv_2d_nhwc_hwcm"(%arg414, %arg415, %arg416) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg417: f32, %arg418: f32, %arg419: f32):
      %188 = "arith.mulf"(%arg417, %arg418) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %189 = "arith.addf"(%arg419, %188) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%189) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map83, #map81, #map82]} : (tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%187) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x2xf32>, memref<4x2x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> (), sym_name = "depthwise_conv_2d_nhwc_hwcm_q_memref"}> ({
  ^bb0(%arg404: memref<2x6x5x2xf32>, %arg405: memref<4x2x2x3xf32>, %arg406: i32, %arg407: i32, %arg408: memref<2x3x4x2x3xf32>):
    "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg404, %arg405, %arg406, %arg407, %arg408) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg409: f32, %arg410: f32, %arg411: i32, %arg412: i32, %arg413: f32):
      %181 = "arith.sitofp"(%arg411) : (i32) -> f32
      %182 = "arith.subf"(%arg409, %181) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %183 = "arith.sitofp"(%arg412) : (i32) -> f32
      %184 = "arith.subf"(%arg410, %183) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %185 = "arith.mulf"(%182, %184) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %186 = "arith.addf"(%arg413, %185) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%186) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map81, #map41, #map41, #map82]} : (memref<2x6x5x2xf32>, memref<4x2x2x3xf32>, i32, i32, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_q_dynamic"}> ({
  ^bb0(%arg394: tensor<?x?x?x?xf32>, %arg395: tensor<?x?x?x?xf32>, %arg396: i32, %arg397: i32, %arg398: tensor<?x?x?x?x?xf32>):
    %174 = "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg394, %arg395, %arg396, %arg397, %arg398) <{operandSegmentSizes = array<i32: 4, 1>}> ({
    ^bb0(%arg399: f32, %arg400: f32, %arg401: i32, %arg402: i32, %arg403: f32):
      %175 = "arith.sitofp"(%arg401) : (i32) -> f32
      %176 = "arith.subf"(%arg399, %175) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %177 = "arith.sitofp"(%arg402) : (i32) -> f32
      %178 = "arith.subf"(%arg400, %177) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %179 = "arith.mulf"(%176, %178) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %180 = "arith.addf"(%arg403, %179) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%180) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map80, #map81, #map41, #map41, #map82]} : (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, i32, i32, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%174) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_2d_nhwc_hwcm_q_strided"}> ({
  ^bb0(%arg384: tensor<2x11x9x2xf32>, %arg385: tensor<4x2x2x3xf32>, %arg386: i32, %arg387: i32, %arg388: tensor<2x3x4x2x3xf32>):
    %167 = "linalg.depthwise_conv_2d_nhwc_hwcm_q"(%arg384, %arg385, %arg386, %arg387, %arg388) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 4, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg389: f32, %arg390: f32, %arg391: i32, %arg392: i32, %arg393: f32):
      %168 = "arith.sitofp"(%arg391) : (i32) -> f32
      %169 = "arith.subf"(%arg389, %168) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %170 = "arith.sitofp"(%arg392) : (i32) -> f32
      %171 = "arith.subf"(%arg390, %170) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %172 = "arith.mulf"(%169, %171) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %173 = "arith.addf"(%arg393, %172) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%173) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map83, #map81, #map41, #map41, #map82]} : (tensor<2x11x9x2xf32>, tensor<4x2x2x3xf32>, i32, i32, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%167) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x3x3xf32>, memref<3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "depthwise_conv_3d_ndhwc_dhwc_memref"}> ({
  ^bb0(%arg378: memref<2x5x7x3x3xf32>, %arg379: memref<3x4x2x3xf32>, %arg380: memref<2x3x4x2x3xf32>):
    "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg378, %arg379, %arg380) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg381: f32, %arg382: f32, %arg383: f32):
      %165 = "arith.mulf"(%arg381, %arg382) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %166 = "arith.addf"(%arg383, %165) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%166) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map84, #map85, #map86]} : (memref<2x5x7x3x3xf32>, memref<3x4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwc_dynamic"}> ({
  ^bb0(%arg372: tensor<?x?x?x?x?xf32>, %arg373: tensor<?x?x?x?xf32>, %arg374: tensor<?x?x?x?x?xf32>):
    %162 = "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg372, %arg373, %arg374) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg375: f32, %arg376: f32, %arg377: f32):
      %163 = "arith.mulf"(%arg375, %arg376) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %164 = "arith.addf"(%arg377, %163) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%164) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map84, #map85, #map86]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%162) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x5x3xf32>, tensor<3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwc_strided"}> ({
  ^bb0(%arg366: tensor<2x9x13x5x3xf32>, %arg367: tensor<3x4x2x3xf32>, %arg368: tensor<2x3x4x2x3xf32>):
    %159 = "linalg.depthwise_conv_3d_ndhwc_dhwc"(%arg366, %arg367, %arg368) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg369: f32, %arg370: f32, %arg371: f32):
      %160 = "arith.mulf"(%arg369, %arg370) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %161 = "arith.addf"(%arg371, %160) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%161) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map87, #map85, #map86]} : (tensor<2x9x13x5x3xf32>, tensor<3x4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%159) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x5x7x3xf32>, memref<3x3x4x2xf32>, memref<2x3x3x4x2xf32>) -> (), sym_name = "depthwise_conv_3d_ncdhw_cdhw_memref"}> ({
  ^bb0(%arg360: memref<2x3x5x7x3xf32>, %arg361: memref<3x3x4x2xf32>, %arg362: memref<2x3x3x4x2xf32>):
    "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg360, %arg361, %arg362) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg363: f32, %arg364: f32, %arg365: f32):
      %157 = "arith.mulf"(%arg363, %arg364) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %158 = "arith.addf"(%arg365, %157) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%158) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map88, #map89, #map90]} : (memref<2x3x5x7x3xf32>, memref<3x3x4x2xf32>, memref<2x3x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "depthwise_conv_3d_ncdhw_cdhw_dynamic"}> ({
  ^bb0(%arg354: tensor<?x?x?x?x?xf32>, %arg355: tensor<?x?x?x?xf32>, %arg356: tensor<?x?x?x?x?xf32>):
    %154 = "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg354, %arg355, %arg356) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg357: f32, %arg358: f32, %arg359: f32):
      %155 = "arith.mulf"(%arg357, %arg358) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %156 = "arith.addf"(%arg359, %155) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%156) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map88, #map89, #map90]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%154) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x9x13x5xf32>, tensor<3x3x4x2xf32>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>, sym_name = "depthwise_conv_3d_ncdhw_cdhw_strided"}> ({
  ^bb0(%arg348: tensor<2x3x9x13x5xf32>, %arg349: tensor<3x3x4x2xf32>, %arg350: tensor<2x3x3x4x2xf32>):
    %151 = "linalg.depthwise_conv_3d_ncdhw_cdhw"(%arg348, %arg349, %arg350) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg351: f32, %arg352: f32, %arg353: f32):
      %152 = "arith.mulf"(%arg351, %arg352) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %153 = "arith.addf"(%arg353, %152) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%153) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map91, #map89, #map90]} : (tensor<2x3x9x13x5xf32>, tensor<3x3x4x2xf32>, tensor<2x3x3x4x2xf32>) -> tensor<2x3x3x4x2xf32>
    "func.return"(%151) : (tensor<2x3x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, memref<2x3x4x2x4x3xf32>) -> (), sym_name = "depthwise_conv_3d_ndhwc_dhwcm_memref"}> ({
  ^bb0(%arg342: memref<2x6x5x4x4xf32>, %arg343: memref<4x2x3x4x3xf32>, %arg344: memref<2x3x4x2x4x3xf32>):
    "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg342, %arg343, %arg344) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg345: f32, %arg346: f32, %arg347: f32):
      %149 = "arith.mulf"(%arg345, %arg346) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %150 = "arith.addf"(%arg347, %149) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%150) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map92]} : (memref<2x6x5x4x4xf32>, memref<4x2x3x4x3xf32>, memref<2x3x4x2x4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?x?xf32>) -> tensor<?x?x?x?x?x?xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwcm_dynamic"}> ({
  ^bb0(%arg336: tensor<?x?x?x?x?xf32>, %arg337: tensor<?x?x?x?x?xf32>, %arg338: tensor<?x?x?x?x?x?xf32>):
    %146 = "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg336, %arg337, %arg338) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg339: f32, %arg340: f32, %arg341: f32):
      %147 = "arith.mulf"(%arg339, %arg340) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %148 = "arith.addf"(%arg341, %147) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%148) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map54, #map55, #map92]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?xf32>, tensor<?x?x?x?x?x?xf32>) -> tensor<?x?x?x?x?x?xf32>
    "func.return"(%146) : (tensor<?x?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>, sym_name = "depthwise_conv_3d_ndhwc_dhwcm_strided"}> ({
  ^bb0(%arg330: tensor<2x11x9x7x4xf32>, %arg331: tensor<4x2x3x4x3xf32>, %arg332: tensor<2x3x4x2x4x3xf32>):
    %143 = "linalg.depthwise_conv_3d_ndhwc_dhwcm"(%arg330, %arg331, %arg332) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg333: f32, %arg334: f32, %arg335: f32):
      %144 = "arith.mulf"(%arg333, %arg334) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %145 = "arith.addf"(%arg335, %144) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%145) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map57, #map55, #map92]} : (tensor<2x11x9x7x4xf32>, tensor<4x2x3x4x3xf32>, tensor<2x3x4x2x4x3xf32>) -> tensor<2x3x4x2x4x3xf32>
    "func.return"(%143) : (tensor<2x3x4x2x4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "pooling_nhwc_sum_memref"}> ({
  ^bb0(%arg324: memref<2x5x7x2xf32>, %arg325: memref<3x4xf32>, %arg326: memref<2x3x4x2xf32>):
    "linalg.pooling_nhwc_sum"(%arg324, %arg325, %arg326) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg327: f32, %arg328: f32, %arg329: f32):
      %142 = "arith.addf"(%arg329, %arg327) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%142) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "pooling_nhwc_sum_dynamic"}> ({
  ^bb0(%arg318: tensor<?x?x?x?xf32>, %arg319: tensor<?x?xf32>, %arg320: tensor<?x?x?x?xf32>):
    %140 = "linalg.pooling_nhwc_sum"(%arg318, %arg319, %arg320) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg321: f32, %arg322: f32, %arg323: f32):
      %141 = "arith.addf"(%arg323, %arg321) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%141) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%140) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_sum_strided"}> ({
  ^bb0(%arg312: tensor<2x9x13x2xf32>, %arg313: tensor<3x4xf32>, %arg314: tensor<2x3x4x2xf32>):
    %138 = "linalg.pooling_nhwc_sum"(%arg312, %arg313, %arg314) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg315: f32, %arg316: f32, %arg317: f32):
      %139 = "arith.addf"(%arg317, %arg315) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%139) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map93, #map74]} : (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%138) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x6x5xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "pooling_nchw_sum_memref"}> ({
  ^bb0(%arg306: memref<2x3x6x5xf32>, %arg307: memref<3x4xf32>, %arg308: memref<2x3x4x2xf32>):
    "linalg.pooling_nchw_sum"(%arg306, %arg307, %arg308) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg309: f32, %arg310: f32, %arg311: f32):
      %137 = "arith.addf"(%arg311, %arg309) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%137) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map94, #map93, #map74]} : (memref<2x3x6x5xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "pooling_nchw_sum_dynamic"}> ({
  ^bb0(%arg300: tensor<?x?x?x?xf32>, %arg301: tensor<?x?xf32>, %arg302: tensor<?x?x?x?xf32>):
    %135 = "linalg.pooling_nchw_sum"(%arg300, %arg301, %arg302) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg303: f32, %arg304: f32, %arg305: f32):
      %136 = "arith.addf"(%arg305, %arg303) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%136) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map94, #map93, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%135) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x11x9xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_sum_strided"}> ({
  ^bb0(%arg294: tensor<2x3x11x9xf32>, %arg295: tensor<3x4xf32>, %arg296: tensor<2x3x4x2xf32>):
    %133 = "linalg.pooling_nchw_sum"(%arg294, %arg295, %arg296) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg297: f32, %arg298: f32, %arg299: f32):
      %134 = "arith.addf"(%arg299, %arg297) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%134) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map95, #map93, #map74]} : (tensor<2x3x11x9xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%133) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "pooling_nhwc_max_memref"}> ({
  ^bb0(%arg288: memref<2x5x7x2xf32>, %arg289: memref<3x4xf32>, %arg290: memref<2x3x4x2xf32>):
    "linalg.pooling_nhwc_max"(%arg288, %arg289, %arg290) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg291: f32, %arg292: f32, %arg293: f32):
      %132 = "arith.maximumf"(%arg293, %arg291) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%132) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "pooling_nhwc_max_dynamic"}> ({
  ^bb0(%arg282: tensor<?x?x?x?xf32>, %arg283: tensor<?x?xf32>, %arg284: tensor<?x?x?x?xf32>):
    %130 = "linalg.pooling_nhwc_max"(%arg282, %arg283, %arg284) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg285: f32, %arg286: f32, %arg287: f32):
      %131 = "arith.maximumf"(%arg287, %arg285) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%131) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%130) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_max_strided"}> ({
  ^bb0(%arg276: tensor<2x9x13x2xf32>, %arg277: tensor<3x4xf32>, %arg278: tensor<2x3x4x2xf32>):
    %128 = "linalg.pooling_nhwc_max"(%arg276, %arg277, %arg278) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg279: f32, %arg280: f32, %arg281: f32):
      %129 = "arith.maximumf"(%arg281, %arg279) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%129) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map93, #map74]} : (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%128) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xi32>, memref<3x4xi32>, memref<2x3x4x2xi32>) -> (), sym_name = "pooling_nhwc_max_unsigned_memref"}> ({
  ^bb0(%arg270: memref<2x5x7x2xi32>, %arg271: memref<3x4xi32>, %arg272: memref<2x3x4x2xi32>):
    "linalg.pooling_nhwc_max_unsigned"(%arg270, %arg271, %arg272) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg273: i32, %arg274: i32, %arg275: i32):
      %127 = "arith.maxui"(%arg275, %arg273) : (i32, i32) -> i32
      "linalg.yield"(%127) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (memref<2x5x7x2xi32>, memref<3x4xi32>, memref<2x3x4x2xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xi32>, tensor<?x?xi32>, tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>, sym_name = "pooling_nhwc_max_unsigned_dynamic"}> ({
  ^bb0(%arg264: tensor<?x?x?x?xi32>, %arg265: tensor<?x?xi32>, %arg266: tensor<?x?x?x?xi32>):
    %125 = "linalg.pooling_nhwc_max_unsigned"(%arg264, %arg265, %arg266) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg267: i32, %arg268: i32, %arg269: i32):
      %126 = "arith.maxui"(%arg269, %arg267) : (i32, i32) -> i32
      "linalg.yield"(%126) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (tensor<?x?x?x?xi32>, tensor<?x?xi32>, tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>
    "func.return"(%125) : (tensor<?x?x?x?xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_max_unsigned_strided"}> ({
  ^bb0(%arg258: tensor<2x9x13x2xi32>, %arg259: tensor<3x4xi32>, %arg260: tensor<2x3x4x2xi32>):
    %123 = "linalg.pooling_nhwc_max_unsigned"(%arg258, %arg259, %arg260) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg261: i32, %arg262: i32, %arg263: i32):
      %124 = "arith.maxui"(%arg263, %arg261) : (i32, i32) -> i32
      "linalg.yield"(%124) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map93, #map74]} : (tensor<2x9x13x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%123) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x6x5xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "pooling_nchw_max_memref"}> ({
  ^bb0(%arg252: memref<2x3x6x5xf32>, %arg253: memref<3x4xf32>, %arg254: memref<2x3x4x2xf32>):
    "linalg.pooling_nchw_max"(%arg252, %arg253, %arg254) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg255: f32, %arg256: f32, %arg257: f32):
      %122 = "arith.maximumf"(%arg257, %arg255) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%122) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map94, #map93, #map74]} : (memref<2x3x6x5xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "pooling_nchw_max_dynamic"}> ({
  ^bb0(%arg246: tensor<?x?x?x?xf32>, %arg247: tensor<?x?xf32>, %arg248: tensor<?x?x?x?xf32>):
    %120 = "linalg.pooling_nchw_max"(%arg246, %arg247, %arg248) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg249: f32, %arg250: f32, %arg251: f32):
      %121 = "arith.maximumf"(%arg251, %arg249) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%121) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map94, #map93, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%120) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x11x9xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nchw_max_strided"}> ({
  ^bb0(%arg240: tensor<2x3x11x9xf32>, %arg241: tensor<3x4xf32>, %arg242: tensor<2x3x4x2xf32>):
    %118 = "linalg.pooling_nchw_max"(%arg240, %arg241, %arg242) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg243: f32, %arg244: f32, %arg245: f32):
      %119 = "arith.maximumf"(%arg245, %arg243) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%119) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map95, #map93, #map74]} : (tensor<2x3x11x9xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%118) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> (), sym_name = "pooling_nhwc_min_memref"}> ({
  ^bb0(%arg234: memref<2x5x7x2xf32>, %arg235: memref<3x4xf32>, %arg236: memref<2x3x4x2xf32>):
    "linalg.pooling_nhwc_min"(%arg234, %arg235, %arg236) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg237: f32, %arg238: f32, %arg239: f32):
      %117 = "arith.minimumf"(%arg239, %arg237) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%117) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (memref<2x5x7x2xf32>, memref<3x4xf32>, memref<2x3x4x2xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>, sym_name = "pooling_nhwc_min_dynamic"}> ({
  ^bb0(%arg228: tensor<?x?x?x?xf32>, %arg229: tensor<?x?xf32>, %arg230: tensor<?x?x?x?xf32>):
    %115 = "linalg.pooling_nhwc_min"(%arg228, %arg229, %arg230) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg231: f32, %arg232: f32, %arg233: f32):
      %116 = "arith.minimumf"(%arg233, %arg231) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%116) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (tensor<?x?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
    "func.return"(%115) : (tensor<?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>, sym_name = "pooling_nhwc_min_strided"}> ({
  ^bb0(%arg222: tensor<2x9x13x2xf32>, %arg223: tensor<3x4xf32>, %arg224: tensor<2x3x4x2xf32>):
    %113 = "linalg.pooling_nhwc_min"(%arg222, %arg223, %arg224) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg225: f32, %arg226: f32, %arg227: f32):
      %114 = "arith.minimumf"(%arg227, %arg225) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%114) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map93, #map74]} : (tensor<2x9x13x2xf32>, tensor<3x4xf32>, tensor<2x3x4x2xf32>) -> tensor<2x3x4x2xf32>
    "func.return"(%113) : (tensor<2x3x4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x5x7x2xi32>, memref<3x4xi32>, memref<2x3x4x2xi32>) -> (), sym_name = "pooling_nhwc_min_unsigned_memref"}> ({
  ^bb0(%arg216: memref<2x5x7x2xi32>, %arg217: memref<3x4xi32>, %arg218: memref<2x3x4x2xi32>):
    "linalg.pooling_nhwc_min_unsigned"(%arg216, %arg217, %arg218) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg219: i32, %arg220: i32, %arg221: i32):
      %112 = "arith.minui"(%arg221, %arg219) : (i32, i32) -> i32
      "linalg.yield"(%112) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (memref<2x5x7x2xi32>, memref<3x4xi32>, memref<2x3x4x2xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?xi32>, tensor<?x?xi32>, tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>, sym_name = "pooling_nhwc_min_unsigned_dynamic"}> ({
  ^bb0(%arg210: tensor<?x?x?x?xi32>, %arg211: tensor<?x?xi32>, %arg212: tensor<?x?x?x?xi32>):
    %110 = "linalg.pooling_nhwc_min_unsigned"(%arg210, %arg211, %arg212) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg213: i32, %arg214: i32, %arg215: i32):
      %111 = "arith.minui"(%arg215, %arg213) : (i32, i32) -> i32
      "linalg.yield"(%111) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map72, #map93, #map74]} : (tensor<?x?x?x?xi32>, tensor<?x?xi32>, tensor<?x?x?x?xi32>) -> tensor<?x?x?x?xi32>
    "func.return"(%110) : (tensor<?x?x?x?xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x9x13x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>, sym_name = "pooling_nhwc_min_unsigned_strided"}> ({
  ^bb0(%arg204: tensor<2x9x13x2xi32>, %arg205: tensor<3x4xi32>, %arg206: tensor<2x3x4x2xi32>):
    %108 = "linalg.pooling_nhwc_min_unsigned"(%arg204, %arg205, %arg206) <{dilations = dense<2> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg207: i32, %arg208: i32, %arg209: i32):
      %109 = "arith.minui"(%arg209, %arg207) : (i32, i32) -> i32
      "linalg.yield"(%109) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map75, #map93, #map74]} : (tensor<2x9x13x2xi32>, tensor<3x4xi32>, tensor<2x3x4x2xi32>) -> tensor<2x3x4x2xi32>
    "func.return"(%108) : (tensor<2x3x4x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> (), sym_name = "pooling_nwc_sum_memref"}> ({
  ^bb0(%arg198: memref<2x4x4xf32>, %arg199: memref<2xf32>, %arg200: memref<2x3x4xf32>):
    "linalg.pooling_nwc_sum"(%arg198, %arg199, %arg200) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg201: f32, %arg202: f32, %arg203: f32):
      %107 = "arith.addf"(%arg203, %arg201) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%107) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "pooling_nwc_sum_dynamic"}> ({
  ^bb0(%arg192: tensor<?x?x?xf32>, %arg193: tensor<?xf32>, %arg194: tensor<?x?x?xf32>):
    %105 = "linalg.pooling_nwc_sum"(%arg192, %arg193, %arg194) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg195: f32, %arg196: f32, %arg197: f32):
      %106 = "arith.addf"(%arg197, %arg195) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%106) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%105) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_sum_strided"}> ({
  ^bb0(%arg186: tensor<2x7x4xf32>, %arg187: tensor<2xf32>, %arg188: tensor<2x3x4xf32>):
    %103 = "linalg.pooling_nwc_sum"(%arg186, %arg187, %arg188) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg189: f32, %arg190: f32, %arg191: f32):
      %104 = "arith.addf"(%arg191, %arg189) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%104) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map96, #map13]} : (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%103) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x5xf32>, memref<2xf32>, memref<2x3x4xf32>) -> (), sym_name = "pooling_ncw_sum_memref"}> ({
  ^bb0(%arg180: memref<2x3x5xf32>, %arg181: memref<2xf32>, %arg182: memref<2x3x4xf32>):
    "linalg.pooling_ncw_sum"(%arg180, %arg181, %arg182) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg183: f32, %arg184: f32, %arg185: f32):
      %102 = "arith.addf"(%arg185, %arg183) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%102) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map97, #map96, #map13]} : (memref<2x3x5xf32>, memref<2xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "pooling_ncw_sum_dynamic"}> ({
  ^bb0(%arg174: tensor<?x?x?xf32>, %arg175: tensor<?xf32>, %arg176: tensor<?x?x?xf32>):
    %100 = "linalg.pooling_ncw_sum"(%arg174, %arg175, %arg176) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg177: f32, %arg178: f32, %arg179: f32):
      %101 = "arith.addf"(%arg179, %arg177) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%101) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map97, #map96, #map13]} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%100) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x9xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_sum_strided"}> ({
  ^bb0(%arg168: tensor<2x3x9xf32>, %arg169: tensor<2xf32>, %arg170: tensor<2x3x4xf32>):
    %98 = "linalg.pooling_ncw_sum"(%arg168, %arg169, %arg170) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg171: f32, %arg172: f32, %arg173: f32):
      %99 = "arith.addf"(%arg173, %arg171) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%99) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map98, #map96, #map13]} : (tensor<2x3x9xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%98) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> (), sym_name = "pooling_nwc_max_memref"}> ({
  ^bb0(%arg162: memref<2x4x4xf32>, %arg163: memref<2xf32>, %arg164: memref<2x3x4xf32>):
    "linalg.pooling_nwc_max"(%arg162, %arg163, %arg164) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg165: f32, %arg166: f32, %arg167: f32):
      %97 = "arith.maximumf"(%arg167, %arg165) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%97) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "pooling_nwc_max_dynamic"}> ({
  ^bb0(%arg156: tensor<?x?x?xf32>, %arg157: tensor<?xf32>, %arg158: tensor<?x?x?xf32>):
    %95 = "linalg.pooling_nwc_max"(%arg156, %arg157, %arg158) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg159: f32, %arg160: f32, %arg161: f32):
      %96 = "arith.maximumf"(%arg161, %arg159) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%96) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%95) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_max_strided"}> ({
  ^bb0(%arg150: tensor<2x7x4xf32>, %arg151: tensor<2xf32>, %arg152: tensor<2x3x4xf32>):
    %93 = "linalg.pooling_nwc_max"(%arg150, %arg151, %arg152) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg153: f32, %arg154: f32, %arg155: f32):
      %94 = "arith.maximumf"(%arg155, %arg153) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%94) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map96, #map13]} : (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%93) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xi32>, memref<2xi32>, memref<2x3x4xi32>) -> (), sym_name = "pooling_nwc_max_unsigned_memref"}> ({
  ^bb0(%arg144: memref<2x4x4xi32>, %arg145: memref<2xi32>, %arg146: memref<2x3x4xi32>):
    "linalg.pooling_nwc_max_unsigned"(%arg144, %arg145, %arg146) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg147: i32, %arg148: i32, %arg149: i32):
      %92 = "arith.maxui"(%arg149, %arg147) : (i32, i32) -> i32
      "linalg.yield"(%92) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (memref<2x4x4xi32>, memref<2xi32>, memref<2x3x4xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xi32>, tensor<?xi32>, tensor<?x?x?xi32>) -> tensor<?x?x?xi32>, sym_name = "pooling_nwc_max_unsigned_dynamic"}> ({
  ^bb0(%arg138: tensor<?x?x?xi32>, %arg139: tensor<?xi32>, %arg140: tensor<?x?x?xi32>):
    %90 = "linalg.pooling_nwc_max_unsigned"(%arg138, %arg139, %arg140) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg141: i32, %arg142: i32, %arg143: i32):
      %91 = "arith.maxui"(%arg143, %arg141) : (i32, i32) -> i32
      "linalg.yield"(%91) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (tensor<?x?x?xi32>, tensor<?xi32>, tensor<?x?x?xi32>) -> tensor<?x?x?xi32>
    "func.return"(%90) : (tensor<?x?x?xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_max_unsigned_strided"}> ({
  ^bb0(%arg132: tensor<2x7x4xi32>, %arg133: tensor<2xi32>, %arg134: tensor<2x3x4xi32>):
    %88 = "linalg.pooling_nwc_max_unsigned"(%arg132, %arg133, %arg134) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg135: i32, %arg136: i32, %arg137: i32):
      %89 = "arith.maxui"(%arg137, %arg135) : (i32, i32) -> i32
      "linalg.yield"(%89) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map96, #map13]} : (tensor<2x7x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%88) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x3x5xf32>, memref<2xf32>, memref<2x3x4xf32>) -> (), sym_name = "pooling_ncw_max_memref"}> ({
  ^bb0(%arg126: memref<2x3x5xf32>, %arg127: memref<2xf32>, %arg128: memref<2x3x4xf32>):
    "linalg.pooling_ncw_max"(%arg126, %arg127, %arg128) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg129: f32, %arg130: f32, %arg131: f32):
      %87 = "arith.maximumf"(%arg131, %arg129) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%87) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map97, #map96, #map13]} : (memref<2x3x5xf32>, memref<2xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "pooling_ncw_max_dynamic"}> ({
  ^bb0(%arg120: tensor<?x?x?xf32>, %arg121: tensor<?xf32>, %arg122: tensor<?x?x?xf32>):
    %85 = "linalg.pooling_ncw_max"(%arg120, %arg121, %arg122) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg123: f32, %arg124: f32, %arg125: f32):
      %86 = "arith.maximumf"(%arg125, %arg123) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%86) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map97, #map96, #map13]} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%85) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x3x9xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_ncw_max_strided"}> ({
  ^bb0(%arg114: tensor<2x3x9xf32>, %arg115: tensor<2xf32>, %arg116: tensor<2x3x4xf32>):
    %83 = "linalg.pooling_ncw_max"(%arg114, %arg115, %arg116) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg117: f32, %arg118: f32, %arg119: f32):
      %84 = "arith.maximumf"(%arg119, %arg117) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%84) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map98, #map96, #map13]} : (tensor<2x3x9xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%83) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> (), sym_name = "pooling_nwc_min_memref"}> ({
  ^bb0(%arg108: memref<2x4x4xf32>, %arg109: memref<2xf32>, %arg110: memref<2x3x4xf32>):
    "linalg.pooling_nwc_min"(%arg108, %arg109, %arg110) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg111: f32, %arg112: f32, %arg113: f32):
      %82 = "arith.minimumf"(%arg113, %arg111) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%82) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (memref<2x4x4xf32>, memref<2xf32>, memref<2x3x4xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>, sym_name = "pooling_nwc_min_dynamic"}> ({
  ^bb0(%arg102: tensor<?x?x?xf32>, %arg103: tensor<?xf32>, %arg104: tensor<?x?x?xf32>):
    %80 = "linalg.pooling_nwc_min"(%arg102, %arg103, %arg104) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg105: f32, %arg106: f32, %arg107: f32):
      %81 = "arith.minimumf"(%arg107, %arg105) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%81) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    "func.return"(%80) : (tensor<?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>, sym_name = "pooling_nwc_min_strided"}> ({
  ^bb0(%arg96: tensor<2x7x4xf32>, %arg97: tensor<2xf32>, %arg98: tensor<2x3x4xf32>):
    %78 = "linalg.pooling_nwc_min"(%arg96, %arg97, %arg98) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg99: f32, %arg100: f32, %arg101: f32):
      %79 = "arith.minimumf"(%arg101, %arg99) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%79) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map96, #map13]} : (tensor<2x7x4xf32>, tensor<2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    "func.return"(%78) : (tensor<2x3x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x4xi32>, memref<2xi32>, memref<2x3x4xi32>) -> (), sym_name = "pooling_nwc_min_unsigned_memref"}> ({
  ^bb0(%arg90: memref<2x4x4xi32>, %arg91: memref<2xi32>, %arg92: memref<2x3x4xi32>):
    "linalg.pooling_nwc_min_unsigned"(%arg90, %arg91, %arg92) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg93: i32, %arg94: i32, %arg95: i32):
      %77 = "arith.minui"(%arg95, %arg93) : (i32, i32) -> i32
      "linalg.yield"(%77) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (memref<2x4x4xi32>, memref<2xi32>, memref<2x3x4xi32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?xi32>, tensor<?xi32>, tensor<?x?x?xi32>) -> tensor<?x?x?xi32>, sym_name = "pooling_nwc_min_unsigned_dynamic"}> ({
  ^bb0(%arg84: tensor<?x?x?xi32>, %arg85: tensor<?xi32>, %arg86: tensor<?x?x?xi32>):
    %75 = "linalg.pooling_nwc_min_unsigned"(%arg84, %arg85, %arg86) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg87: i32, %arg88: i32, %arg89: i32):
      %76 = "arith.minui"(%arg89, %arg87) : (i32, i32) -> i32
      "linalg.yield"(%76) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map62, #map96, #map13]} : (tensor<?x?x?xi32>, tensor<?xi32>, tensor<?x?x?xi32>) -> tensor<?x?x?xi32>
    "func.return"(%75) : (tensor<?x?x?xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x7x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>, sym_name = "pooling_nwc_min_unsigned_strided"}> ({
  ^bb0(%arg78: tensor<2x7x4xi32>, %arg79: tensor<2xi32>, %arg80: tensor<2x3x4xi32>):
    %73 = "linalg.pooling_nwc_min_unsigned"(%arg78, %arg79, %arg80) <{dilations = dense<2> : tensor<1xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<1xi64>}> ({
    ^bb0(%arg81: i32, %arg82: i32, %arg83: i32):
      %74 = "arith.minui"(%arg83, %arg81) : (i32, i32) -> i32
      "linalg.yield"(%74) : (i32) -> ()
    }) {linalg.memoized_indexing_maps = [#map64, #map96, #map13]} : (tensor<2x7x4xi32>, tensor<2xi32>, tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
    "func.return"(%73) : (tensor<2x3x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "pooling_ndhwc_sum_memref"}> ({
  ^bb0(%arg72: memref<2x6x5x4x3xf32>, %arg73: memref<4x2x3xf32>, %arg74: memref<2x3x4x2x3xf32>):
    "linalg.pooling_ndhwc_sum"(%arg72, %arg73, %arg74) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg75: f32, %arg76: f32, %arg77: f32):
      %72 = "arith.addf"(%arg77, %arg75) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%72) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "pooling_ndhwc_sum_dynamic"}> ({
  ^bb0(%arg66: tensor<?x?x?x?x?xf32>, %arg67: tensor<?x?x?xf32>, %arg68: tensor<?x?x?x?x?xf32>):
    %70 = "linalg.pooling_ndhwc_sum"(%arg66, %arg67, %arg68) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg69: f32, %arg70: f32, %arg71: f32):
      %71 = "arith.addf"(%arg71, %arg69) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%71) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%70) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_sum_strided"}> ({
  ^bb0(%arg60: tensor<2x11x9x7x3xf32>, %arg61: tensor<4x2x3xf32>, %arg62: tensor<2x3x4x2x3xf32>):
    %68 = "linalg.pooling_ndhwc_sum"(%arg60, %arg61, %arg62) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg63: f32, %arg64: f32, %arg65: f32):
      %69 = "arith.addf"(%arg65, %arg63) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%69) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map101, #map100, #map47]} : (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%68) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "pooling_ndhwc_max_memref"}> ({
  ^bb0(%arg54: memref<2x6x5x4x3xf32>, %arg55: memref<4x2x3xf32>, %arg56: memref<2x3x4x2x3xf32>):
    "linalg.pooling_ndhwc_max"(%arg54, %arg55, %arg56) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg57: f32, %arg58: f32, %arg59: f32):
      %67 = "arith.maximumf"(%arg59, %arg57) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%67) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "pooling_ndhwc_max_dynamic"}> ({
  ^bb0(%arg48: tensor<?x?x?x?x?xf32>, %arg49: tensor<?x?x?xf32>, %arg50: tensor<?x?x?x?x?xf32>):
    %65 = "linalg.pooling_ndhwc_max"(%arg48, %arg49, %arg50) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg51: f32, %arg52: f32, %arg53: f32):
      %66 = "arith.maximumf"(%arg53, %arg51) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%66) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%65) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_max_strided"}> ({
  ^bb0(%arg42: tensor<2x11x9x7x3xf32>, %arg43: tensor<4x2x3xf32>, %arg44: tensor<2x3x4x2x3xf32>):
    %63 = "linalg.pooling_ndhwc_max"(%arg42, %arg43, %arg44) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg45: f32, %arg46: f32, %arg47: f32):
      %64 = "arith.maximumf"(%arg47, %arg45) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%64) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map101, #map100, #map47]} : (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%63) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> (), sym_name = "pooling_ndhwc_min_memref"}> ({
  ^bb0(%arg36: memref<2x6x5x4x3xf32>, %arg37: memref<4x2x3xf32>, %arg38: memref<2x3x4x2x3xf32>):
    "linalg.pooling_ndhwc_min"(%arg36, %arg37, %arg38) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg39: f32, %arg40: f32, %arg41: f32):
      %62 = "arith.minimumf"(%arg41, %arg39) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%62) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (memref<2x6x5x4x3xf32>, memref<4x2x3xf32>, memref<2x3x4x2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>, sym_name = "pooling_ndhwc_min_dynamic"}> ({
  ^bb0(%arg30: tensor<?x?x?x?x?xf32>, %arg31: tensor<?x?x?xf32>, %arg32: tensor<?x?x?x?x?xf32>):
    %60 = "linalg.pooling_ndhwc_min"(%arg30, %arg31, %arg32) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg33: f32, %arg34: f32, %arg35: f32):
      %61 = "arith.minimumf"(%arg35, %arg33) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%61) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map99, #map100, #map47]} : (tensor<?x?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?x?xf32>) -> tensor<?x?x?x?x?xf32>
    "func.return"(%60) : (tensor<?x?x?x?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>, sym_name = "pooling_ndhwc_min_strided"}> ({
  ^bb0(%arg24: tensor<2x11x9x7x3xf32>, %arg25: tensor<4x2x3xf32>, %arg26: tensor<2x3x4x2x3xf32>):
    %58 = "linalg.pooling_ndhwc_min"(%arg24, %arg25, %arg26) <{dilations = dense<2> : tensor<3xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<3xi64>}> ({
    ^bb0(%arg27: f32, %arg28: f32, %arg29: f32):
      %59 = "arith.minimumf"(%arg29, %arg27) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%59) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map101, #map100, #map47]} : (tensor<2x11x9x7x3xf32>, tensor<4x2x3xf32>, tensor<2x3x4x2x3xf32>) -> tensor<2x3x4x2x3xf32>
    "func.return"(%58) : (tensor<2x3x4x2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, memref<4x3xf32>) -> (), sym_name = "fill_memref"}> ({
  ^bb0(%arg20: f32, %arg21: memref<4x3xf32>):
    "linalg.fill"(%arg20, %arg21) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg22: f32, %arg23: f32):
      "linalg.yield"(%arg22) : (f32) -> ()
    }) : (f32, memref<4x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "fill_dynamic"}> ({
  ^bb0(%arg16: f32, %arg17: tensor<?x?xf32>):
    %57 = "linalg.fill"(%arg16, %arg17) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg18: f32, %arg19: f32):
      "linalg.yield"(%arg18) : (f32) -> ()
    }) : (f32, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%57) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f64, f64, i32, memref<2x3xf32>) -> (), sym_name = "fill_rng_2d_memref"}> ({
  ^bb0(%arg8: f64, %arg9: f64, %arg10: i32, %arg11: memref<2x3xf32>):
    "linalg.fill_rng_2d"(%arg8, %arg9, %arg10, %arg11) <{operandSegmentSizes = array<i32: 3, 1>}> ({
    ^bb0(%arg12: f64, %arg13: f64, %arg14: i32, %arg15: f32):
      %29 = "arith.constant"() <{value = 2147483647 : i64}> : () -> i64
      %30 = "arith.sitofp"(%29) : (i64) -> f64
      %31 = "linalg.index"() <{dim = 1 : i64}> : () -> index
      %32 = "arith.index_cast"(%31) : (index) -> i32
      %33 = "linalg.index"() <{dim = 0 : i64}> : () -> index
      %34 = "arith.index_cast"(%33) : (index) -> i32
      %35 = "arith.addi"(%34, %arg14) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %36 = "arith.constant"() <{value = 1103515245 : i64}> : () -> i64
      %37 = "arith.trunci"(%36) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %38 = "arith.muli"(%35, %37) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %39 = "arith.constant"() <{value = 12345 : i64}> : () -> i64
      %40 = "arith.trunci"(%39) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %41 = "arith.addi"(%38, %40) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %42 = "arith.addi"(%32, %41) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %43 = "arith.constant"() <{value = 1103515245 : i64}> : () -> i64
      %44 = "arith.trunci"(%43) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %45 = "arith.muli"(%42, %44) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %46 = "arith.constant"() <{value = 12345 : i64}> : () -> i64
      %47 = "arith.trunci"(%46) <{overflowFlags = #arith.overflow<none>}> : (i64) -> i32
      %48 = "arith.addi"(%45, %47) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      %49 = "arith.sitofp"(%48) : (i32) -> f64
      %50 = "arith.addf"(%30, %49) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %51 = "arith.subf"(%arg13, %arg12) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %52 = "arith.constant"() <{value = 2.3283063999999999E-10 : f64}> : () -> f64
      %53 = "arith.mulf"(%51, %52) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %54 = "arith.mulf"(%50, %53) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %55 = "arith.addf"(%54, %arg12) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
      %56 = "arith.truncf"(%55) : (f64) -> f32
      "linalg.yield"(%56) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map102, #map102, #map102, #map14]} : (f64, f64, i32, memref<2x3xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f64, f64, i32, tensor<?x?xf32>) -> tensor<?x?xf32>, sym_name = "fill_rng_2d_dynamic"}> ({
  ^bb0(%arg0: f64, %arg1: f64, %arg2: i32, %arg3: tensor<?x?xf32>):
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
    }) {linalg.memoized_indexing_maps = [#map102, #map102, #map102, #map14]} : (f64, f64, i32, tensor<?x?xf32>) -> tensor<?x?xf32>
    "func.return"(%0) : (tensor<?x?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

