module {
  func.func @f(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
    cf.assert %arg0, "msg"
    cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb2
    cf.br ^bb3(%0 : i32)
  ^bb2:  // 2 preds: ^bb0, ^bb2
    cf.switch %arg2 : i32, [
      default: ^bb3(%arg1 : i32),
      42: ^bb1(%arg1 : i32),
      43: ^bb2
    ]
  ^bb3(%1: i32):  // 2 preds: ^bb1, ^bb2
    return %1 : i32
  }
}

