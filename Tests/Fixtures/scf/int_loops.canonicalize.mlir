module {
  func.func private @sink(i32)
  func.func @int_loops(%arg0: i32, %arg1: i32) -> (i32, i32, i32) {
    %c1_i32 = arith.constant 1 : i32
    %c5_i32 = arith.constant 5 : i32
    %c-3_i32 = arith.constant -3 : i32
    call @sink(%arg1) : (i32) -> ()
    %0 = scf.for %arg2 = %c-3_i32 to %c5_i32 step %c1_i32 iter_args(%arg3 = %arg1) -> (i32)  : i32 {
      func.call @sink(%arg3) : (i32) -> ()
      scf.yield %arg2 : i32
    }
    return %arg1, %arg1, %0 : i32, i32, i32
  }
}

