"builtin.module"() ({
  "func.func"() <{function_type = (i1, i32, i32) -> (), sym_name = "g"}> ({
  ^bb0(%arg0: i1, %arg1: i32, %arg2: i32):
    "cf.assert"(%arg0) <{msg = "m"}> : (i1) -> ()
    "cf.cond_br"(%arg0, %arg1, %arg1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
  ^bb1(%0: i32):  // pred: ^bb0
    "cf.br"(%0)[^bb2] : (i32) -> ()
  ^bb2(%1: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
    "cf.switch"(%arg2, %1)[^bb3, ^bb2, ^bb3] <{case_operand_segments = array<i32: 1, 0>, case_values = dense<[5, 6]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
  ^bb3:  // 2 preds: ^bb2, ^bb2
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

