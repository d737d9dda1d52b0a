module {
  func.func @generic(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: i1) {
    %0 = arith.addi %arg0, %arg1 overflow<nsw, nuw> : i32
    %1 = arith.addi %arg0, %arg1 : i32
    %2 = arith.muli %arg0, %arg1 overflow<nuw> : i32
    %3 = arith.divsi %arg0, %arg1 exact : i32
    %4 = arith.addf %arg2, %arg2 : f32
    %5 = arith.cmpi sle, %arg0, %arg1 : i32
    %6 = arith.cmpf ult, %arg2, %arg2 : f32
    %7 = arith.truncf %arg2 to_nearest_away : f32 to f16
    %c7_i32 = arith.constant 7 : i32
    %8 = arith.select %arg3, %arg0, %arg1 : i32
    %low, %high = arith.mului_extended %arg0, %arg1 : i32
    %9 = arith.negf %arg2 fastmath<nnan,nsz> : f32
    %10 = arith.addi %arg0, %arg1 {x = 1 : i32} : i32
    return
  }
}

