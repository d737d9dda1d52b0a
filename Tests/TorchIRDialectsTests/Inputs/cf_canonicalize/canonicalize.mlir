func.func @cond_true(%a: i32, %b: i32) -> i32 {
  %true = arith.constant true
  cf.assert %true, "always"
  cf.cond_br %true, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  %z = arith.addi %y, %y : i32
  return %z : i32
}

func.func @cond_false(%a: i32, %b: i32, %c: i1) -> i32 {
  %false = arith.constant false
  cf.assert %c, "kept"
  cf.cond_br %false, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  %z = arith.addi %y, %y : i32
  return %z : i32
}
