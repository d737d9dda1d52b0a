module {
  func.func @branches(%arg0: i1, %arg1: i32, %arg2: f32, %arg3: index) -> i32 {
    cf.br ^bb1(%arg1, %arg2 : i32, f32)
  ^bb1(%0: i32, %1: f32):  // 2 preds: ^bb0, ^bb3
    cf.cond_br %arg0, ^bb2(%0, %1 : i32, f32), ^bb3(%arg3 : index)
  ^bb2(%2: i32, %3: f32):  // pred: ^bb1
    cf.br ^bb4
  ^bb3(%4: index):  // pred: ^bb1
    cf.cond_br %arg0, ^bb4, ^bb1(%arg1, %arg2 : i32, f32) {tag = "x"}
  ^bb4:  // 2 preds: ^bb2, ^bb3
    cf.assert %arg0, "with \22quotes\22 and\0Anewline" {extra}
    cf.br ^bb5
  ^bb5:  // pred: ^bb4
    return %arg1 : i32
  }
  func.func @switches(%arg0: i64, %arg1: i8, %arg2: i32) {
    cf.switch %arg0 : i64, [
      default: ^bb1,
      5: ^bb2(%arg2 : i32),
      0: ^bb1,
      9223372036854775807: ^bb3
    ]
  ^bb1:  // 2 preds: ^bb0, ^bb0
    cf.switch %arg1 : i8, [
      default: ^bb2(%arg2 : i32)]
  ^bb2(%0: i32):  // 2 preds: ^bb0, ^bb1
    cf.switch %arg2 : i32, [
      default: ^bb3,
      4294967168: ^bb3,
      7: ^bb3
    ] {note = 1 : i64}
  ^bb3:  // 4 preds: ^bb0, ^bb2, ^bb2, ^bb2
    return
  }
}

