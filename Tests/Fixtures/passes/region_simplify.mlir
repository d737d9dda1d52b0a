module {
  func.func @unreachable(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
}

// -----
module {
  func.func @dead_loop_carried(%arg0: i32, %arg1: i1) -> i32 {
    cf.br ^bb1(%arg0 : i32)
  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
    cf.cond_br %arg1, ^bb1(%0 : i32), ^bb2
  ^bb2:  // pred: ^bb1
    return %0 : i32
  }
}

// -----
module {
  func.func @nested_dead_blocks(%arg0: i32, %arg1: i1) -> i32 {
    %0 = "test.region"() ({
      "test.yield"(%arg0) : (i32) -> ()
    }) : () -> i32
    return %0 : i32
  }
}

// -----
module {
  func.func @identical_blocks_normal(%arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
    cf.cond_br %arg2, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %0 = arith.muli %arg0, %arg1 : i32
    cf.br ^bb3(%0 : i32)
  ^bb2:  // pred: ^bb0
    %1 = arith.muli %arg0, %arg1 : i32
    cf.br ^bb3(%1 : i32)
  ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
    return %2 : i32
  }
}

// -----
module {
  func.func @same_argument_everywhere(%arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
    %0 = arith.select %arg2, %arg1, %arg0 : i32
    %1 = arith.addi %arg0, %0 : i32
    return %1 : i32
  }
}

