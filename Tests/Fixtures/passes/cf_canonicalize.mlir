module {
  func.func @pass_through(%arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
    %0 = arith.select %arg2, %arg0, %arg1 : i32
    "test.use"(%0) : (i32) -> ()
    return %0 : i32
  }
}

// -----
module {
  func.func @truth_propagation(%arg0: i1, %arg1: i32) -> i1 {
    %true = arith.constant true
    %false = arith.constant false
    cf.cond_br %arg0, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    "test.use"(%true) : (i1) -> ()
    cf.br ^bb3(%true : i1)
  ^bb2:  // pred: ^bb0
    "test.use"(%false) : (i1) -> ()
    cf.br ^bb3(%false : i1)
  ^bb3(%0: i1):  // 2 preds: ^bb1, ^bb2
    return %0 : i1
  }
}

// -----
module {
  func.func @same_condition(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
    cf.cond_br %arg0, ^bb1, ^bb2(%arg2 : i32)
  ^bb1:  // pred: ^bb0
    "test.use"(%arg1) : (i32) -> ()
    "test.use"(%arg1) : (i32) -> ()
    cf.br ^bb2(%arg1 : i32)
  ^bb2(%0: i32):  // 2 preds: ^bb0, ^bb1
    return %0 : i32
  }
}

// -----
module {
  func.func @loop(%arg0: index) -> index {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi sge, %0, %arg0 : index
    cf.cond_br %1, ^bb3, ^bb2
  ^bb2:  // pred: ^bb1
    %2 = arith.addi %0, %c1 : index
    cf.br ^bb1(%2 : index)
  ^bb3:  // pred: ^bb1
    return %0 : index
  }
}

// -----
module {
  func.func @constant_branches() -> i32 {
    %c1_i32 = arith.constant 1 : i32
    return %c1_i32 : i32
  }
}

