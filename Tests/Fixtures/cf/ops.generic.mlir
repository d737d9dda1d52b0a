"builtin.module"() ({
  "func.func"() <{function_type = (i1, i32, f32, index) -> i32, sym_name = "branches"}> ({
  ^bb0(%arg3: i1, %arg4: i32, %arg5: f32, %arg6: index):
    "cf.br"(%arg4, %arg5)[^bb1] : (i32, f32) -> ()
  ^bb1(%1: i32, %2: f32):  // 2 preds: ^bb0, ^bb3
    "cf.cond_br"(%arg3, %1, %2, %arg6)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 2, 1>}> : (i1, i32, f32, index) -> ()
  ^bb2(%3: i32, %4: f32):  // pred: ^bb1
    "cf.br"()[^bb4] : () -> ()
  ^bb3(%5: index):  // pred: ^bb1
    "cf.cond_br"(%arg3, %arg4, %arg5)[^bb4, ^bb1] <{operandSegmentSizes = array<i32: 1, 0, 2>}> {tag = "x"} : (i1, i32, f32) -> ()
  ^bb4:  // 2 preds: ^bb2, ^bb3
    "cf.assert"(%arg3) <{msg = "with \22quotes\22 and\0Anewline"}> {extra} : (i1) -> ()
    "cf.br"()[^bb5] : () -> ()
  ^bb5:  // pred: ^bb4
    "func.return"(%arg4) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i64, i8, i32) -> (), sym_name = "switches"}> ({
  ^bb0(%arg0: i64, %arg1: i8, %arg2: i32):
    "cf.switch"(%arg0, %arg2)[^bb1, ^bb2, ^bb1, ^bb3] <{case_operand_segments = array<i32: 1, 0, 0>, case_values = dense<[5, 0, 9223372036854775807]> : vector<3xi64>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i64, i32) -> ()
  ^bb1:  // 2 preds: ^bb0, ^bb0
    "cf.switch"(%arg1, %arg2)[^bb2] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (i8, i32) -> ()
  ^bb2(%0: i32):  // 2 preds: ^bb0, ^bb1
    "cf.switch"(%arg2)[^bb3, ^bb3, ^bb3] <{case_operand_segments = array<i32: 0, 0>, case_values = dense<[-128, 7]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> {note = 1 : i64} : (i32) -> ()
  ^bb3:  // 4 preds: ^bb0, ^bb2, ^bb2, ^bb2
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

