module {
  func.func @main(%arg0: i32) -> (i32, i32) {
    %c2_i32 = arith.constant 2 : i32
    %0 = arith.addi %arg0, %arg0 : i32
    %1 = arith.addi %0, %c2_i32 : i32
    %2 = arith.addi %1, %1 : i32
    return %1, %2 : i32, i32
  }
  func.func @pub(%arg0: i32) -> i32 {
    %0 = arith.muli %arg0, %arg0 : i32
    return %0 : i32
  }
  func.func @usepub(%arg0: i32) -> i32 {
    %0 = arith.muli %arg0, %arg0 : i32
    return %0 : i32
  }
}

// -----
module {
  func.func @caller(%arg0: i1, %arg1: i32) -> i32 {
    cf.cond_br %arg0, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %0 = arith.addi %arg1, %arg1 : i32
    cf.br ^bb3(%0 : i32)
  ^bb2:  // pred: ^bb0
    %1 = arith.muli %arg1, %arg1 : i32
    cf.br ^bb3(%1 : i32)
  ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
    %3 = arith.subi %2, %arg1 : i32
    return %3 : i32
  }
}

// -----
module {
  func.func private @self(%arg0: i32) -> i32 {
    %c1_i32 = arith.constant 1 : i32
    %c0_i32 = arith.constant 0 : i32
    %0 = arith.cmpi eq, %arg0, %c0_i32 : i32
    cf.cond_br %0, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    return %arg0 : i32
  ^bb2:  // pred: ^bb0
    %1 = arith.subi %arg0, %c1_i32 : i32
    %2 = call @self(%1) : (i32) -> i32
    return %2 : i32
  }
  func.func private @ping(%arg0: i32) -> i32 {
    %0 = call @pong(%arg0) : (i32) -> i32
    return %0 : i32
  }
  func.func private @pong(%arg0: i32) -> i32 {
    %0 = call @ping(%arg0) : (i32) -> i32
    return %0 : i32
  }
  func.func @entry(%arg0: i32) -> (i32, i32) {
    %0 = call @self(%arg0) : (i32) -> i32
    %1 = call @ping(%arg0) : (i32) -> i32
    return %0, %1 : i32, i32
  }
}

// -----
module {
  func.func private @small(%arg0: i32) -> i32 {
    %0 = arith.addi %arg0, %arg0 : i32
    return %0 : i32
  }
  func.func private @marked(%arg0: i32) -> i32 attributes {no_inline} {
    %0 = arith.muli %arg0, %arg0 : i32
    return %0 : i32
  }
  func.func private @opaque(%arg0: i32) -> i32 {
    %0 = "test.op"(%arg0) : (i32) -> i32
    return %0 : i32
  }
  func.func private @external(i32) -> i32
  func.func @user(%arg0: i32) -> (i32, i32, i32, i32, i32) {
    %0 = call @small(%arg0) {no_inline} : (i32) -> i32
    %1 = arith.addi %0, %0 : i32
    %2 = call @marked(%1) : (i32) -> i32
    %3 = call @opaque(%2) : (i32) -> i32
    %4 = call @external(%3) : (i32) -> i32
    return %0, %1, %2, %3, %4 : i32, i32, i32, i32, i32
  }
}

// -----
module {
  func.func private @kept(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
  func.func @top(%arg0: i32) -> (i32, i32, (i32) -> i32) {
    %f = constant @kept : (i32) -> i32
    return %arg0, %arg0, %f : i32, i32, (i32) -> i32
  }
}

// -----
module {
  func.func @nested(%arg0: i32, %arg1: i1) -> (i32, i32) {
    %c1_i32 = arith.constant 1 : i32
    %0 = arith.addi %arg0, %c1_i32 : i32
    cf.cond_br %arg1, ^bb1, ^bb2(%arg0 : i32)
  ^bb1:  // pred: ^bb0
    %1 = arith.muli %arg0, %arg0 : i32
    %2 = arith.addi %1, %c1_i32 : i32
    cf.br ^bb2(%2 : i32)
  ^bb2(%3: i32):  // 2 preds: ^bb0, ^bb1
    return %0, %3 : i32, i32
  }
}

