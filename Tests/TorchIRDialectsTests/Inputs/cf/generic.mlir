"func.func"() <{function_type = (i1, i32, i32) -> (), sym_name = "g"}> ({
^bb0(%c: i1, %a: i32, %f: i32):
  "cf.assert"(%c) <{msg = "m"}> : (i1) -> ()
  "cf.cond_br"(%c, %a, %a) [^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%x: i32):
  "cf.br"(%x) [^bb2] : (i32) -> ()
^bb2(%y: i32):
  "cf.switch"(%f, %y) [^bb3, ^bb2, ^bb3] <{case_operand_segments = array<i32: 1, 0>, case_values = dense<[5, 6]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
^bb3:
  "func.return"() : () -> ()
}) : () -> ()
