module {
  func.func private @sink(f32)
  func.func @for_dup(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) -> (f32, f32) {
    %0 = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3) -> (f32) {
      %1 = arith.addf %arg5, %arg5 : f32
      func.call @sink(%1) : (f32) -> ()
      scf.yield %1 : f32
    }
    return %0, %0 : f32, f32
  }
  func.func @if_dup(%arg0: i1, %arg1: f32, %arg2: f32) -> (f32, f32) {
    %0 = scf.if %arg0 -> (f32) {
      %1 = arith.addf %arg1, %arg2 : f32
      scf.yield %1 : f32
    } else {
      %1 = arith.mulf %arg1, %arg2 : f32
      scf.yield %1 : f32
    }
    return %0, %0 : f32, f32
  }
  func.func @while_dup_results(%arg0: i1, %arg1: f32) -> (f32, f32) {
    %0 = scf.while (%arg2 = %arg1) : (f32) -> f32 {
      %1 = arith.addf %arg2, %arg2 : f32
      func.call @sink(%1) : (f32) -> ()
      scf.condition(%arg0) %1 : f32
    } do {
    ^bb0(%arg2: f32):
      %1 = arith.addf %arg2, %arg2 : f32
      scf.yield %1 : f32
    }
    return %0, %0 : f32, f32
  }
  func.func @while_dup_args(%arg0: i1, %arg1: f32) -> f32 {
    %0 = scf.while (%arg2 = %arg1) : (f32) -> f32 {
      %1 = arith.addf %arg2, %arg2 : f32
      func.call @sink(%1) : (f32) -> ()
      scf.condition(%arg0) %1 : f32
    } do {
    ^bb0(%arg2: f32):
      scf.yield %arg2 : f32
    }
    return %0 : f32
  }
  func.func @switch_dup(%arg0: index, %arg1: f32, %arg2: f32) -> (f32, f32) {
    %0 = scf.index_switch %arg0 -> f32 
    case 1 {
      %1 = arith.addf %arg1, %arg2 : f32
      scf.yield %1 : f32
    }
    default {
      scf.yield %arg1 : f32
    }
    return %0, %0 : f32, f32
  }
  func.func @exec_dup(%arg0: f32, %arg1: f32) -> (f32, f32) {
    %0 = scf.execute_region -> f32 no_inline {
      %1 = arith.addf %arg0, %arg1 : f32
      scf.yield %1 : f32
    }
    return %0, %0 : f32, f32
  }
}

