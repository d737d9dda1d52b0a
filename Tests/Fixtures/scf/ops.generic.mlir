"builtin.module"() ({
  "func.func"() <{function_type = (index, index, index, f32, i32) -> f32, sym_name = "for_loops"}> ({
  ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: f32, %arg52: i32):
    "scf.for"(%arg48, %arg49, %arg50) ({
    ^bb0(%arg63: index):
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%arg48, %arg49, %arg50) <{unsignedCmp}> ({
    ^bb0(%arg62: index):
      %31 = "arith.index_cast"(%arg62) : (index) -> i32
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%arg52, %arg52, %arg52) ({
    ^bb0(%arg61: i32):
      %30 = "arith.addi"(%arg61, %arg52) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"() : () -> ()
    }) : (i32, i32, i32) -> ()
    %26 = "scf.for"(%arg48, %arg49, %arg50, %arg51) ({
    ^bb0(%arg59: index, %arg60: f32):
      %29 = "arith.addf"(%arg60, %arg51) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%29) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    %27:2 = "scf.for"(%arg48, %arg49, %arg50, %arg51, %arg48) ({
    ^bb0(%arg55: index, %arg56: f32, %arg57: index):
      "scf.for"(%arg48, %arg57, %arg50) ({
      ^bb0(%arg58: index):
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"(%arg56, %arg55) : (f32, index) -> ()
    }) {some.attr = 3 : i64} : (index, index, index, f32, index) -> (f32, index)
    %28 = "scf.for"(%arg52, %arg52, %arg52, %arg52) <{unsignedCmp}> ({
    ^bb0(%arg53: i32, %arg54: i32):
      "scf.yield"(%arg53) : (i32) -> ()
    }) : (i32, i32, i32, i32) -> i32
    "func.return"(%26) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, f32, f32) -> (f32, f32), sym_name = "ifs"}> ({
  ^bb0(%arg45: i1, %arg46: f32, %arg47: f32):
    "scf.if"(%arg45) ({
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    "scf.if"(%arg45) ({
      %25 = "arith.addf"(%arg46, %arg47) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"() : () -> ()
    }, {
      %24 = "arith.mulf"(%arg46, %arg47) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"() : () -> ()
    }) : (i1) -> ()
    %21 = "scf.if"(%arg45) ({
      "scf.yield"(%arg46) : (f32) -> ()
    }, {
      "scf.yield"(%arg47) : (f32) -> ()
    }) : (i1) -> f32
    %22:2 = "scf.if"(%arg45) ({
      %23 = "scf.if"(%arg45) ({
        "scf.yield"(%arg46) : (f32) -> ()
      }, {
        "scf.yield"(%arg47) : (f32) -> ()
      }) : (i1) -> f32
      "scf.yield"(%23, %arg46) : (f32, f32) -> ()
    }, {
      "scf.yield"(%arg47, %arg47) : (f32, f32) -> ()
    }) {tag = "two"} : (i1) -> (f32, f32)
    "func.return"(%22#0, %21) : (f32, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, f32, index) -> f32, sym_name = "whiles"}> ({
  ^bb0(%arg36: i1, %arg37: f32, %arg38: index):
    %18:2 = "scf.while"(%arg37, %arg38) ({
    ^bb0(%arg43: f32, %arg44: index):
      "scf.condition"(%arg36, %arg43, %arg44) : (i1, f32, index) -> ()
    }, {
    ^bb0(%arg41: f32, %arg42: index):
      %20 = "arith.addf"(%arg41, %arg41) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%20, %arg42) : (f32, index) -> ()
    }) : (f32, index) -> (f32, index)
    "scf.while"() ({
      "scf.condition"(%arg36) : (i1) -> ()
    }, {
      "scf.yield"() : () -> ()
    }) : () -> ()
    %19 = "scf.while"(%arg37) ({
    ^bb0(%arg40: f32):
      "scf.condition"(%arg36, %arg36) : (i1, i1) -> ()
    }, {
    ^bb0(%arg39: i1):
      "scf.yield"(%arg37) : (f32) -> ()
    }) {note = "do-while"} : (f32) -> i1
    "func.return"(%18#0) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, f32) -> f32, sym_name = "switches"}> ({
  ^bb0(%arg34: index, %arg35: f32):
    %15 = "scf.index_switch"(%arg34) <{cases = array<i64: 2, -5>}> ({
      "scf.yield"(%arg35) : (f32) -> ()
    }, {
      "scf.yield"(%arg35) : (f32) -> ()
    }, {
      %17 = "arith.addf"(%arg35, %arg35) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%17) : (f32) -> ()
    }) : (index) -> f32
    "scf.index_switch"(%arg34) <{cases = array<i64>}> ({
      "scf.yield"() : () -> ()
    }) : (index) -> ()
    "scf.index_switch"(%arg34) <{cases = array<i64: 0>}> ({
      "scf.yield"() : () -> ()
    }, {
      "scf.yield"() : () -> ()
    }) {attr = 1 : i32} : (index) -> ()
    %16:2 = "scf.index_switch"(%arg34) <{cases = array<i64>}> ({
      "scf.yield"(%arg35, %arg34) : (f32, index) -> ()
    }) : (index) -> (f32, index)
    "func.return"(%15) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, index, index, f32, i32) -> f32, sym_name = "parallels"}> ({
  ^bb0(%arg19: index, %arg20: index, %arg21: index, %arg22: f32, %arg23: i32):
    "scf.parallel"(%arg19, %arg20, %arg21) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%arg33: index):
      "scf.reduce"() : () -> ()
    }) : (index, index, index) -> ()
    %9 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %10 = "scf.parallel"(%arg19, %arg19, %arg20, %arg20, %arg21, %arg21, %9) <{operandSegmentSizes = array<i32: 2, 2, 2, 1>}> ({
    ^bb0(%arg29: index, %arg30: index):
      "scf.reduce"(%arg22) ({
      ^bb0(%arg31: f32, %arg32: f32):
        %14 = "arith.addf"(%arg31, %arg32) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "scf.reduce.return"(%14) : (f32) -> ()
      }) : (f32) -> ()
    }) : (index, index, index, index, index, index, f32) -> f32
    %11:2 = "scf.parallel"(%arg19, %arg20, %arg21, %arg22, %arg23) <{operandSegmentSizes = array<i32: 1, 1, 1, 2>}> ({
    ^bb0(%arg24: index):
      "scf.reduce"(%arg22, %arg23) ({
      ^bb0(%arg27: f32, %arg28: f32):
        %13 = "arith.mulf"(%arg27, %arg28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "scf.reduce.return"(%13) : (f32) -> ()
      }, {
      ^bb0(%arg25: i32, %arg26: i32):
        %12 = "arith.addi"(%arg25, %arg26) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
        "scf.reduce.return"(%12) : (i32) -> ()
      }) : (f32, i32) -> ()
    }) {mapping = "none"} : (index, index, index, f32, i32) -> (f32, i32)
    "func.return"(%10) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i64) -> i64, sym_name = "execute_regions"}> ({
  ^bb0(%arg17: i1, %arg18: i64):
    "scf.execute_region"() ({
      "scf.yield"() : () -> ()
    }) : () -> ()
    %5 = "scf.execute_region"() ({
      "cf.cond_br"(%arg17)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
    ^bb1:  // pred: ^bb0
      %7 = "arith.constant"() <{value = 1 : i64}> : () -> i64
      "cf.br"(%7)[^bb3] : (i64) -> ()
    ^bb2:  // pred: ^bb0
      "cf.br"(%arg18)[^bb3] : (i64) -> ()
    ^bb3(%8: i64):  // 2 preds: ^bb1, ^bb2
      "scf.yield"(%8) : (i64) -> ()
    }) : () -> i64
    %6:2 = "scf.execute_region"() <{no_inline}> ({
      "scf.yield"(%arg18, %arg17) : (i64, i1) -> ()
    }) {kept} : () -> (i64, i1)
    "func.return"(%5) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, index, tensor<8xf32>, tensor<?x4xf32>) -> tensor<8xf32>, sym_name = "foralls"}> ({
  ^bb0(%arg0: index, %arg1: index, %arg2: tensor<8xf32>, %arg3: tensor<?x4xf32>):
    "scf.forall"(%arg0) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0, 0>, staticStep = array<i64: 1, 1>, staticUpperBound = array<i64: -9223372036854775808, 8>}> ({
    ^bb0(%arg15: index, %arg16: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index) -> ()
    "scf.forall"(%arg0) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 2>, staticUpperBound = array<i64: -9223372036854775808>}> ({
    ^bb0(%arg14: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index) -> ()
    "scf.forall"(%arg0, %arg1, %arg0) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, staticLowerBound = array<i64: -9223372036854775808, -1>, staticStep = array<i64: -9223372036854775808, 3>, staticUpperBound = array<i64: -9223372036854775808, 10>}> ({
    ^bb0(%arg12: index, %arg13: index):
      %4 = "arith.addi"(%arg12, %arg13) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index, index, index) -> ()
    "scf.forall"(%arg0) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: -9223372036854775808>}> ({
    ^bb0(%arg11: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index) -> ()
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.forall"(%0, %arg0, %1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, staticLowerBound = array<i64: -9223372036854775808>, staticStep = array<i64: -9223372036854775808>, staticUpperBound = array<i64: -9223372036854775808>}> ({
    ^bb0(%arg10: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index, index, index) -> ()
    "scf.forall"() <{operandSegmentSizes = array<i32: 0, 0, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: 4>}> ({
    ^bb0(%arg9: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) {kept = 1 : i64} : () -> ()
    %2 = "scf.forall"(%arg2) <{operandSegmentSizes = array<i32: 0, 0, 0, 1>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: 4>}> ({
    ^bb0(%arg7: index, %arg8: tensor<8xf32>):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (tensor<8xf32>) -> tensor<8xf32>
    %3:2 = "scf.forall"(%arg2, %arg3) <{operandSegmentSizes = array<i32: 0, 0, 0, 2>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: 4>}> ({
    ^bb0(%arg4: index, %arg5: tensor<8xf32>, %arg6: tensor<?x4xf32>):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (tensor<8xf32>, tensor<?x4xf32>) -> (tensor<8xf32>, tensor<?x4xf32>)
    "func.return"(%2) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

