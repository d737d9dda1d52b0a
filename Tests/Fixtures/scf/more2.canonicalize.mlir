module {
  func.func private @sink(f32)
  func.func private @sinki(i1)
  func.func @if_bool_results(%arg0: i1, %arg1: f32) -> (i1, i1) {
    %true = arith.constant true
    %0 = arith.xori %arg0, %true : i1
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return %arg0, %0 : i1, i1
  }
  func.func @if_empty_else(%arg0: i1, %arg1: f32) {
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return
  }
  func.func @nested_if(%arg0: i1, %arg1: i1, %arg2: f32) {
    %0 = arith.andi %arg0, %arg1 : i1
    scf.if %0 {
      func.call @sink(%arg2) : (f32) -> ()
    }
    return
  }
  func.func @for_init_yielded(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) -> f32 {
    scf.for %arg4 = %arg0 to %arg1 step %arg2 {
      func.call @sink(%arg3) : (f32) -> ()
    }
    return %arg3 : f32
  }
  func.func @for_unused_arg(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) {
    scf.for %arg4 = %arg0 to %arg1 step %arg2 {
      func.call @sink(%arg3) : (f32) -> ()
    }
    return
  }
  func.func @for_one_i32(%arg0: f32) -> f32 {
    call @sink(%arg0) : (f32) -> ()
    return %arg0 : f32
  }
  func.func @for_two(%arg0: f32) -> f32 {
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg1 = %c0 to %c2 step %c1 iter_args(%arg2 = %arg0) -> (f32) {
      %1 = arith.addf %arg2, %arg2 : f32
      func.call @sink(%1) : (f32) -> ()
      scf.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @for_unsigned_zero(%arg0: f32) -> f32 {
    %c-1 = arith.constant -1 : index
    %c1 = arith.constant 1 : index
    scf.for unsigned %arg1 = %c1 to %c-1 step %c1 {
      func.call @sink(%arg0) : (f32) -> ()
    }
    return %arg0 : f32
  }
  func.func @for_no_results_one(%arg0: f32) {
    %cst = arith.constant 0.000000e+00 : f32
    call @sink(%cst) : (f32) -> ()
    return
  }
  func.func @while_dead(%arg0: i1, %arg1: f32) {
    return
  }
  func.func @while_live(%arg0: i1, %arg1: f32) -> f32 {
    %0 = scf.while (%arg2 = %arg1) : (f32) -> f32 {
      func.call @sink(%arg2) : (f32) -> ()
      scf.condition(%arg0) %arg2 : f32
    } do {
    ^bb0(%arg2: f32):
      %1 = arith.addf %arg2, %arg2 : f32
      scf.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @exec_noinline(%arg0: f32) -> f32 {
    return %arg0 : f32
  }
  func.func @switch_default(%arg0: f32, %arg1: f32) -> f32 {
    call @sink(%arg1) : (f32) -> ()
    return %arg1 : f32
  }
  func.func @parallel_dead(%arg0: index, %arg1: index, %arg2: index) {
    return
  }
  func.func @parallel_live(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) {
    scf.parallel (%arg4) = (%arg0) to (%arg1) step (%arg2) {
      func.call @sink(%arg3) : (f32) -> ()
      scf.reduce 
    }
    return
  }
  func.func @if_attrs(%arg0: i1, %arg1: f32, %arg2: f32) -> f32 {
    %0 = scf.if %arg0 -> (f32) {
      %1 = arith.addf %arg1, %arg2 : f32
      scf.yield %1 : f32
    } else {
      %1 = arith.mulf %arg1, %arg2 : f32
      scf.yield %1 : f32
    } {keep.me = 1 : i64}
    return %0 : f32
  }
}

