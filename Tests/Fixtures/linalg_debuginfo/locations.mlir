#loc2 = loc("locations.mlir":2:14)
#loc3 = loc("locations.mlir":2:35)
#loc4 = loc("locations.mlir":2:54)
#loc6 = loc(unknown)
#loc12 = loc("locations.mlir":10:14)
#loc13 = loc("locations.mlir":10:33)
#loc14 = loc("locations.mlir":10:54)
#loc18 = loc("locations.mlir":14:6)
#loc19 = loc("locations.mlir":14:15)
"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<4xf32>, tensor<8x4xf32>) -> tensor<4x8xf32>, sym_name = "f"}> ({
  ^bb0(%arg9: tensor<4x8xf32> loc("locations.mlir":2:14), %arg10: tensor<4xf32> loc("locations.mlir":2:35), %arg11: tensor<8x4xf32> loc("locations.mlir":2:54)):
    %1 = "linalg.map"(%arg9, %arg9) ({
    ^bb0(%arg19: f32 loc(unknown), %arg20: f32 loc(unknown)):
      %7 = "arith.negf"(%arg19) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32 loc(#loc5)
      "linalg.yield"(%7) : (f32) -> () loc(#loc5)
    }) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> loc(#loc5)
    %2 = "linalg.reduce"(%arg9, %arg10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg17: f32 loc(unknown), %arg18: f32 loc(unknown)):
      %6 = "arith.addf"(%arg18, %arg17) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32 loc(#loc7)
      "linalg.yield"(%6) : (f32) -> () loc(#loc7)
    }) : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4xf32> loc(#loc7)
    %3 = "linalg.transpose"(%arg9, %arg11) <{permutation = array<i64: 1, 0>}> ({
    ^bb0(%arg15: f32 loc("locations.mlir":2:14), %arg16: f32 loc("locations.mlir":2:54)):
      "linalg.yield"(%arg15) : (f32) -> () loc(#loc8)
    }) : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<8x4xf32> loc(#loc8)
    %4 = "linalg.add"(%arg9, %arg9, %arg9) <{operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg12: f32 loc(unknown), %arg13: f32 loc(unknown), %arg14: f32 loc(unknown)):
      %5 = "arith.addf"(%arg12, %arg13) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32 loc(#loc6)
      "linalg.yield"(%5) : (f32) -> () loc(#loc6)
    }) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> loc(#loc9)
    "func.return"(%1) : (tensor<4x8xf32>) -> () loc(#loc10)
  }) : () -> () loc(#loc1)
  "func.func"() <{function_type = (memref<4xf32>, memref<4x5xf32>, f32) -> (), sym_name = "g"}> ({
  ^bb0(%arg0: memref<4xf32> loc("locations.mlir":10:14), %arg1: memref<4x5xf32> loc("locations.mlir":10:33), %arg2: f32 loc("locations.mlir":10:54)):
    "linalg.broadcast"(%arg0, %arg1) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg7: f32 loc("locations.mlir":10:14), %arg8: f32 loc("locations.mlir":10:33)):
      "linalg.yield"(%arg7) : (f32) -> () loc(#loc15)
    }) : (memref<4xf32>, memref<4x5xf32>) -> () loc(#loc15)
    "linalg.fill"(%arg2, %arg1) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg5: f32 loc(unknown), %arg6: f32 loc(unknown)):
      "linalg.yield"(%arg5) : (f32) -> () loc(#loc6)
    }) : (f32, memref<4x5xf32>) -> () loc(#loc16)
    "linalg.reduce"(%arg1, %arg0) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg3: f32 loc("locations.mlir":14:6), %arg4: f32 loc("locations.mlir":14:15)):
      %0 = "arith.addf"(%arg3, %arg4) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32 loc(#loc20)
      "linalg.yield"(%0) : (f32) -> () loc(#loc21)
    }) : (memref<4x5xf32>, memref<4xf32>) -> () loc(#loc17)
    "func.return"() : () -> () loc(#loc22)
  }) : () -> () loc(#loc11)
}) : () -> () loc(#loc)
#loc = loc("locations.mlir":0:0)
#loc1 = loc("locations.mlir":2:1)
#loc5 = loc("locations.mlir":3:8)
#loc7 = loc("locations.mlir":4:8)
#loc8 = loc("locations.mlir":5:8)
#loc9 = loc("locations.mlir":6:8)
#loc10 = loc("locations.mlir":7:3)
#loc11 = loc("locations.mlir":10:1)
#loc15 = loc("locations.mlir":11:3)
#loc16 = loc("locations.mlir":12:3)
#loc17 = loc("locations.mlir":13:3)
#loc20 = loc("locations.mlir":15:12)
#loc21 = loc("locations.mlir":16:7)
#loc22 = loc("locations.mlir":18:3)

