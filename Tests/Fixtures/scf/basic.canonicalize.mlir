module {
  func.func @if_true(%arg0: f32, %arg1: f32) -> f32 {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
  func.func @if_false(%arg0: f32, %arg1: f32) -> f32 {
    %0 = arith.mulf %arg0, %arg1 : f32
    return %0 : f32
  }
  func.func @if_false_no_else(%arg0: f32, %arg1: f32) {
    return
  }
  func.func @if_true_no_else(%arg0: f32) {
    call @sink(%arg0) : (f32) -> ()
    return
  }
  func.func private @sink(f32)
  func.func @if_unused(%arg0: i1, %arg1: f32, %arg2: f32) {
    %0 = arith.select %arg0, %arg2, %arg1 : f32
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    call @sink(%0) : (f32) -> ()
    return
  }
  func.func @if_dead(%arg0: i1, %arg1: f32, %arg2: f32) {
    return
  }
  func.func @for_zero(%arg0: f32) -> f32 {
    return %arg0 : f32
  }
  func.func @for_one(%arg0: f32) -> f32 {
    %0 = arith.addf %arg0, %arg0 : f32
    call @sink(%0) : (f32) -> ()
    return %0 : f32
  }
  func.func @for_unused(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: f32) -> f32 {
    %0:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (f32, f32) {
      %1 = arith.addf %arg6, %arg6 : f32
      func.call @sink(%1) : (f32) -> ()
      %2 = arith.mulf %arg7, %arg7 : f32
      scf.yield %1, %2 : f32, f32
    }
    return %0#0 : f32
  }
  func.func @for_forwarded(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: f32) -> (f32, f32) {
    %0 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3) -> (f32) {
      %1 = arith.addf %arg6, %arg4 : f32
      func.call @sink(%1) : (f32) -> ()
      scf.yield %1 : f32
    }
    return %0, %arg4 : f32, f32
  }
  func.func @for_dead(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) {
    return
  }
  func.func @exec(%arg0: f32) -> f32 {
    %0 = arith.addf %arg0, %arg0 : f32
    return %0 : f32
  }
  func.func @switch_const(%arg0: f32, %arg1: f32) -> f32 {
    return %arg0 : f32
  }
  func.func @if_same(%arg0: i1, %arg1: f32) -> f32 {
    return %arg1 : f32
  }
}

