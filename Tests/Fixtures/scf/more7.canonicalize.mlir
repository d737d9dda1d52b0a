module {
  func.func private @sink(f32)
  func.func private @sinkb(i1)
  func.func @combine(%arg0: i1, %arg1: f32, %arg2: f32) {
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
    } else {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return
  }
  func.func @propagate(%arg0: i1, %arg1: f32) {
    %false = arith.constant false
    %true = arith.constant true
    scf.if %arg0 {
      func.call @sinkb(%true) : (i1) -> ()
    } else {
      func.call @sinkb(%false) : (i1) -> ()
    }
    return
  }
  func.func @while_truth(%arg0: i1, %arg1: f32) -> f32 {
    scf.while : () -> () {
      func.call @sink(%arg1) : (f32) -> ()
      scf.condition(%arg0)
    } do {
      func.call @sinkb(%arg0) : (i1) -> ()
      scf.yield
    }
    return %arg1 : f32
  }
  func.func @while_unused(%arg0: i1, %arg1: f32, %arg2: f32) -> f32 {
    %0 = scf.while (%arg3 = %arg2) : (f32) -> f32 {
      func.call @sink(%arg1) : (f32) -> ()
      %1 = arith.addf %arg3, %arg3 : f32
      scf.condition(%arg0) %1 : f32
    } do {
    ^bb0(%arg3: f32):
      scf.yield %arg3 : f32
    }
    return %arg1 : f32
  }
  func.func @combine_results(%arg0: i1, %arg1: f32, %arg2: f32) -> (f32, f32) {
    %0:2 = scf.if %arg0 -> (f32, f32) {
      %1 = arith.addf %arg1, %arg2 : f32
      %2 = arith.divf %1, %arg1 : f32
      scf.yield %1, %2 : f32, f32
    } else {
      %1 = arith.mulf %arg1, %arg2 : f32
      %2 = arith.subf %1, %arg2 : f32
      scf.yield %1, %2 : f32, f32
    }
    return %0#0, %0#1 : f32, f32
  }
}

