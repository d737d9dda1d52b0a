func.func @f(%c: i1, %a: i32, %flag: i32) -> i32 {
  cf.assert %c, "msg"
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb3(%x : i32)
^bb2:
  cf.switch %flag : i32, [
    default: ^bb3(%a : i32),
    42: ^bb1(%a : i32),
    43: ^bb2
  ]
^bb3(%y: i32):
  return %y : i32
}
