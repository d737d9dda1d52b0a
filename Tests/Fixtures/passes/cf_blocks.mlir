module {
  func.func @prune(%arg0: i32, %arg1: i32, %arg2: i1, %arg3: i1) -> i32 {
    cf.cond_br %arg2, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    cf.cond_br %arg3, ^bb3, ^bb4
  ^bb2:  // pred: ^bb0
    %0 = arith.addi %arg0, %arg0 : i32
    %1 = arith.addi %0, %arg1 : i32
    "test.use"(%1) : (i32) -> ()
    cf.br ^bb5
  ^bb3:  // pred: ^bb1
    %2 = arith.addi %arg1, %arg1 : i32
    %3 = arith.addi %2, %arg1 : i32
    "test.use"(%3) : (i32) -> ()
    cf.br ^bb5
  ^bb4:  // pred: ^bb1
    %4 = arith.addi %arg0, %arg0 : i32
    %5 = arith.addi %4, %arg0 : i32
    "test.use"(%5) : (i32) -> ()
    cf.br ^bb5
  ^bb5:  // 3 preds: ^bb2, ^bb3, ^bb4
    return %arg0 : i32
  }
}

// -----
module {
  func.func @dead_cycle(%arg0: i32, %arg1: i32) -> i32 {
    %c0_i32 = arith.constant 0 : i32
    %c1_i32 = arith.constant 1 : i32
    cf.br ^bb1(%c0_i32 : i32)
  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
    %1 = arith.cmpi sge, %0, %arg1 : i32
    %2 = arith.addi %0, %c1_i32 : i32
    cf.cond_br %1, ^bb2, ^bb1(%2 : i32)
  ^bb2:  // pred: ^bb1
    return %0 : i32
  }
}

// -----
module {
  func.func @graph_like(%arg0: i32, %arg1: i1) -> i32 {
    cf.cond_br %arg1, ^bb1(%arg0 : i32), ^bb2(%arg0 : i32)
  ^bb1(%0: i32):  // pred: ^bb0
    "test.use"(%0) : (i32) -> ()
    cf.br ^bb3(%0 : i32)
  ^bb2(%1: i32):  // pred: ^bb0
    "test.use"(%1) : (i32) -> ()
    cf.br ^bb3(%1 : i32)
  ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
    %3 = arith.addi %2, %arg0 : i32
    return %3 : i32
  }
}

// -----
module {
  func.func @switch_dead(%arg0: i32, %arg1: i32) -> i32 {
    cf.switch %arg0 : i32, [
      default: ^bb1,
      1: ^bb2(%arg1 : i32)
    ]
  ^bb1:  // pred: ^bb0
    return %arg1 : i32
  ^bb2(%0: i32):  // pred: ^bb0
    "test.use"(%0) : (i32) -> ()
    return %arg1 : i32
  }
}

// -----
module {
  func.func @a(%arg0: i32, %arg1: i1) -> i32 {
    %false = arith.constant false
    cf.cond_br %arg1, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    "test.use"(%arg0) : (i32) -> ()
    cf.br ^bb3
  ^bb2:  // pred: ^bb0
    "test.use"(%false) : (i1) -> ()
    cf.br ^bb3
  ^bb3:  // 2 preds: ^bb1, ^bb2
    return %arg0 : i32
  }
}

// -----
module {
  func.func @b(%arg0: i32, %arg1: i1) -> i32 {
    "test.br"()[^bb1, ^bb2] : () -> ()
  ^bb1:  // pred: ^bb0
    "test.use"(%arg0) : (i32) -> ()
    "test.br"(%arg0)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    "test.use"(%arg1) : (i1) -> ()
    "test.br"(%arg0)[^bb3] : (i32) -> ()
  ^bb3(%0: i32):  // 2 preds: ^bb1, ^bb2
    return %0 : i32
  }
}

// -----
module {
  func.func @c1(%arg0: i32, %arg1: i1) -> i32 {
    %false = arith.constant false
    cf.cond_br %arg1, ^bb1(%arg0 : i32), ^bb2
  ^bb1(%0: i32):  // pred: ^bb0
    "test.use"(%0) : (i32) -> ()
    return %0 : i32
  ^bb2:  // pred: ^bb0
    "test.use"(%false) : (i1) -> ()
    return %arg0 : i32
  }
}

// -----
module {
  func.func @c2(%arg0: i32, %arg1: i1, %arg2: i1) -> i32 {
    %false = arith.constant false
    cf.cond_br %arg1, ^bb1, ^bb2
  ^bb1:  // 2 preds: ^bb0, ^bb2
    "test.use"(%arg0) : (i32) -> ()
    return %arg0 : i32
  ^bb2:  // pred: ^bb0
    "test.use"(%false) : (i1) -> ()
    cf.cond_br %arg2, ^bb1, ^bb3
  ^bb3:  // pred: ^bb2
    return %arg0 : i32
  }
}

// -----
module {
  func.func @s1(%arg0: i32, %arg1: i32) -> i32 {
    cf.switch %arg0 : i32, [
      default: ^bb1(%arg1 : i32),
      1: ^bb2
    ]
  ^bb1(%0: i32):  // pred: ^bb0
    "test.use"(%0) : (i32) -> ()
    return %0 : i32
  ^bb2:  // pred: ^bb0
    "test.use"(%arg0) : (i32) -> ()
    return %arg1 : i32
  }
}

// -----
module {
  func.func @o(%arg0: i32, %arg1: i1) -> i32 {
    %true = arith.constant true
    %false = arith.constant false
    cf.cond_br %arg1, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    "test.use"(%true) : (i1) -> ()
    cf.br ^bb3
  ^bb2:  // pred: ^bb0
    "test.use"(%false) : (i1) -> ()
    cf.br ^bb3
  ^bb3:  // 2 preds: ^bb1, ^bb2
    "test.use"(%arg0) : (i32) -> ()
    return %arg0 : i32
  }
}

// -----
module {
  func.func @o(%arg0: i32, %arg1: i1) -> i32 {
    return %arg0 : i32
  }
}

// -----
module {
  func.func @p(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
}

// -----
module {
  func.func @q(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
}

// -----
module {
  func.func @r(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
}

// -----
module {
  func.func @s(%arg0: i32) -> i32 {
    "test.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    return %arg0 : i32
  }
}

// -----
module {
  func.func @t(%arg0: i32) -> i32 {
    "test.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    return %arg0 : i32
  }
}

