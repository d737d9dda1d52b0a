module {
  func.func private @sink(f32)
  func.func @if_not(%arg0: i1, %arg1: f32, %arg2: f32) {
    scf.if %arg0 {
      func.call @sink(%arg2) : (f32) -> ()
    } else {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return
  }
  func.func @if_not_noelse(%arg0: i1, %arg1: f32) {
    %true = arith.constant true
    %0 = arith.xori %arg0, %true : i1
    scf.if %0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return
  }
  func.func @if_not_results(%arg0: i1, %arg1: f32, %arg2: f32) -> f32 {
    %0 = scf.if %arg0 -> (f32) {
      %1 = arith.mulf %arg1, %arg2 : f32
      scf.yield %1 : f32
    } else {
      %1 = arith.addf %arg1, %arg2 : f32
      scf.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @while_cond_const(%arg0: f32) -> f32 {
    call @sink(%arg0) : (f32) -> ()
    return %arg0 : f32
  }
}

