func.func @branches(%c: i1, %a: i32, %b: f32, %i: index) -> i32 {
  cf.br ^bb1(%a, %b : i32, f32)
^bb1(%x: i32, %y: f32):
  cf.cond_br %c, ^bb2(%x, %y : i32, f32), ^bb3(%i : index)
^bb2(%p: i32, %q: f32):
  cf.br ^bb4
^bb3(%r: index):
  cf.cond_br %c, ^bb4, ^bb1(%a, %b : i32, f32) {tag = "x"}
^bb4:
  cf.assert %c, "with \"quotes\" and\nnewline" {extra}
  cf.br ^bb5
^bb5:
  return %a : i32
}

func.func @switches(%flag: i64, %f8: i8, %a: i32) {
  cf.switch %flag : i64, [
    default: ^bb1,
    5: ^bb2(%a : i32),
    0: ^bb1,
    9223372036854775807: ^bb3
  ]
^bb1:
  cf.switch %f8 : i8, [
    default: ^bb2(%a : i32)
  ]
^bb2(%x: i32):
  cf.switch %a : i32, [
    default: ^bb3,
    -128: ^bb3,
    7: ^bb3
  ] {note = 1 : i64}
^bb3:
  return
}
