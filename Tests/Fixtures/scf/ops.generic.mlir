"builtin.module"() ({
  "func.func"() <{function_type = (index, index, index, f32, i32) -> f32, sym_name = "for_loops"}> ({
  ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: f32, %arg35: i32):
    "scf.for"(%arg31, %arg32, %arg33) ({
    ^bb0(%arg46: index):
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%arg31, %arg32, %arg33) <{unsignedCmp}> ({
    ^bb0(%arg45: index):
      %26 = "arith.index_cast"(%arg45) : (index) -> i32
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%arg35, %arg35, %arg35) ({
    ^bb0(%arg44: i32):
      %25 = "arith.addi"(%arg44, %arg35) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"() : () -> ()
    }) : (i32, i32, i32) -> ()
    %21 = "scf.for"(%arg31, %arg32, %arg33, %arg34) ({
    ^bb0(%arg42: index, %arg43: f32):
      %24 = "arith.addf"(%arg43, %arg34) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%24) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    %22:2 = "scf.for"(%arg31, %arg32, %arg33, %arg34, %arg31) ({
    ^bb0(%arg38: index, %arg39: f32, %arg40: index):
      "scf.for"(%arg31, %arg40, %arg33) ({
      ^bb0(%arg41: index):
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"(%arg39, %arg38) : (f32, index) -> ()
    }) {some.attr = 3 : i64} : (index, index, index, f32, index) -> (f32, index)
    %23 = "scf.for"(%arg35, %arg35, %arg35, %arg35) <{unsignedCmp}> ({
    ^bb0(%arg36: i32, %arg37: i32):
      "scf.yield"(%arg36) : (i32) -> ()
    }) : (i32, i32, i32, i32) -> i32
    "func.return"(%21) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, f32, f32) -> (f32, f32), sym_name = "ifs"}> ({
  ^bb0(%arg28: i1, %arg29: f32, %arg30: f32):
    "scf.if"(%arg28) ({
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    "scf.if"(%arg28) ({
      %20 = "arith.addf"(%arg29, %arg30) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"() : () -> ()
    }, {
      %19 = "arith.mulf"(%arg29, %arg30) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"() : () -> ()
    }) : (i1) -> ()
    %16 = "scf.if"(%arg28) ({
      "scf.yield"(%arg29) : (f32) -> ()
    }, {
      "scf.yield"(%arg30) : (f32) -> ()
    }) : (i1) -> f32
    %17:2 = "scf.if"(%arg28) ({
      %18 = "scf.if"(%arg28) ({
        "scf.yield"(%arg29) : (f32) -> ()
      }, {
        "scf.yield"(%arg30) : (f32) -> ()
      }) : (i1) -> f32
      "scf.yield"(%18, %arg29) : (f32, f32) -> ()
    }, {
      "scf.yield"(%arg30, %arg30) : (f32, f32) -> ()
    }) {tag = "two"} : (i1) -> (f32, f32)
    "func.return"(%17#0, %16) : (f32, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, f32, index) -> f32, sym_name = "whiles"}> ({
  ^bb0(%arg19: i1, %arg20: f32, %arg21: index):
    %13:2 = "scf.while"(%arg20, %arg21) ({
    ^bb0(%arg26: f32, %arg27: index):
      "scf.condition"(%arg19, %arg26, %arg27) : (i1, f32, index) -> ()
    }, {
    ^bb0(%arg24: f32, %arg25: index):
      %15 = "arith.addf"(%arg24, %arg24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%15, %arg25) : (f32, index) -> ()
    }) : (f32, index) -> (f32, index)
    "scf.while"() ({
      "scf.condition"(%arg19) : (i1) -> ()
    }, {
      "scf.yield"() : () -> ()
    }) : () -> ()
    %14 = "scf.while"(%arg20) ({
    ^bb0(%arg23: f32):
      "scf.condition"(%arg19, %arg19) : (i1, i1) -> ()
    }, {
    ^bb0(%arg22: i1):
      "scf.yield"(%arg20) : (f32) -> ()
    }) {note = "do-while"} : (f32) -> i1
    "func.return"(%13#0) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, f32) -> f32, sym_name = "switches"}> ({
  ^bb0(%arg17: index, %arg18: f32):
    %10 = "scf.index_switch"(%arg17) <{cases = array<i64: 2, -5>}> ({
      "scf.yield"(%arg18) : (f32) -> ()
    }, {
      "scf.yield"(%arg18) : (f32) -> ()
    }, {
      %12 = "arith.addf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%12) : (f32) -> ()
    }) : (index) -> f32
    "scf.index_switch"(%arg17) <{cases = array<i64>}> ({
      "scf.yield"() : () -> ()
    }) : (index) -> ()
    "scf.index_switch"(%arg17) <{cases = array<i64: 0>}> ({
      "scf.yield"() : () -> ()
    }, {
      "scf.yield"() : () -> ()
    }) {attr = 1 : i32} : (index) -> ()
    %11:2 = "scf.index_switch"(%arg17) <{cases = array<i64>}> ({
      "scf.yield"(%arg18, %arg17) : (f32, index) -> ()
    }) : (index) -> (f32, index)
    "func.return"(%10) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, index, index, f32, i32) -> f32, sym_name = "parallels"}> ({
  ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: f32, %arg6: i32):
    "scf.parallel"(%arg2, %arg3, %arg4) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%arg16: index):
      "scf.reduce"() : () -> ()
    }) : (index, index, index) -> ()
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "scf.parallel"(%arg2, %arg2, %arg3, %arg3, %arg4, %arg4, %4) <{operandSegmentSizes = array<i32: 2, 2, 2, 1>}> ({
    ^bb0(%arg12: index, %arg13: index):
      "scf.reduce"(%arg5) ({
      ^bb0(%arg14: f32, %arg15: f32):
        %9 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "scf.reduce.return"(%9) : (f32) -> ()
      }) : (f32) -> ()
    }) : (index, index, index, index, index, index, f32) -> f32
    %6:2 = "scf.parallel"(%arg2, %arg3, %arg4, %arg5, %arg6) <{operandSegmentSizes = array<i32: 1, 1, 1, 2>}> ({
    ^bb0(%arg7: index):
      "scf.reduce"(%arg5, %arg6) ({
      ^bb0(%arg10: f32, %arg11: f32):
        %8 = "arith.mulf"(%arg10, %arg11) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "scf.reduce.return"(%8) : (f32) -> ()
      }, {
      ^bb0(%arg8: i32, %arg9: i32):
        %7 = "arith.addi"(%arg8, %arg9) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
        "scf.reduce.return"(%7) : (i32) -> ()
      }) : (f32, i32) -> ()
    }) {mapping = "none"} : (index, index, index, f32, i32) -> (f32, i32)
    "func.return"(%5) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i64) -> i64, sym_name = "execute_regions"}> ({
  ^bb0(%arg0: i1, %arg1: i64):
    "scf.execute_region"() ({
      "scf.yield"() : () -> ()
    }) : () -> ()
    %0 = "scf.execute_region"() ({
      "cf.cond_br"(%arg0)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
    ^bb1:  // pred: ^bb0
      %2 = "arith.constant"() <{value = 1 : i64}> : () -> i64
      "cf.br"(%2)[^bb3] : (i64) -> ()
    ^bb2:  // pred: ^bb0
      "cf.br"(%arg1)[^bb3] : (i64) -> ()
    ^bb3(%3: i64):  // 2 preds: ^bb1, ^bb2
      "scf.yield"(%3) : (i64) -> ()
    }) : () -> i64
    %1:2 = "scf.execute_region"() <{no_inline}> ({
      "scf.yield"(%arg1, %arg0) : (i64, i1) -> ()
    }) {kept} : () -> (i64, i1)
    "func.return"(%0) : (i64) -> ()
  }) : () -> ()
}) : () -> ()

