module {
  func.func @f(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32, %arg5: i32) -> i32 {
    %0 = arith.addi %arg3, %arg4 : i32
    %1 = arith.muli %0, %0 : i32
    %2 = arith.cmpi slt, %arg3, %arg4 : i32
    %3 = scf.if %2 -> (i32) {
      %8 = arith.subi %arg3, %arg4 : i32
      scf.yield %8 : i32
    } else {
      scf.yield %arg3 : i32
    }
    %4 = scf.for %arg6 = %arg0 to %arg1 step %arg2 iter_args(%arg7 = %arg5) -> (i32) {
      %8 = arith.addi %arg7, %1 : i32
      %9 = arith.addi %8, %3 : i32
      scf.yield %9 : i32
    }
    %5 = arith.muli %arg3, %arg4 : i32
    %6 = arith.addi %arg3, %arg3 : i32
    %7 = scf.while (%arg6 = %4) : (i32) -> i32 {
      %8 = arith.cmpi slt, %arg6, %5 : i32
      scf.condition(%8) %arg6 : i32
    } do {
    ^bb0(%arg6: i32):
      %8 = arith.addi %arg6, %6 : i32
      scf.yield %8 : i32
    }
    return %7 : i32
  }
}

