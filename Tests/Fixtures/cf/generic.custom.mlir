module {
  func.func @g(%arg0: i1, %arg1: i32, %arg2: i32) {
    cf.assert %arg0, "m"
    cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2(%arg1 : i32)
  ^bb1(%0: i32):  // pred: ^bb0
    cf.br ^bb2(%0 : i32)
  ^bb2(%1: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
    cf.switch %arg2 : i32, [
      default: ^bb3,
      5: ^bb2(%1 : i32),
      6: ^bb3
    ]
  ^bb3:  // 2 preds: ^bb2, ^bb2
    return
  }
}

