module {
  func.func private @sink(f32)
  func.func @exec_dead(%arg0: f32) {
    return
  }
  func.func @exec_inner(%arg0: f32) -> f32 {
    scf.execute_region no_inline {
      %0 = arith.addf %arg0, %arg0 : f32
      func.call @sink(%0) : (f32) -> ()
      scf.yield
    }
    return %arg0 : f32
  }
  func.func @sel_attrs(%arg0: i1, %arg1: f32, %arg2: f32) -> (f32, f32) {
    %0 = arith.select %arg0, %arg1, %arg2 : f32
    %1 = scf.if %arg0 -> (f32) {
      %2 = arith.addf %arg1, %arg2 : f32
      scf.yield %2 : f32
    } else {
      scf.yield %arg2 : f32
    }
    return %1, %0 : f32, f32
  }
  func.func @while_forward(%arg0: i1, %arg1: f32, %arg2: f32) -> (f32, f32) {
    %0 = scf.while (%arg3 = %arg1) : (f32) -> f32 {
      func.call @sink(%arg3) : (f32) -> ()
      scf.condition(%arg0) %arg3 : f32
    } do {
    ^bb0(%arg3: f32):
      %1 = arith.addf %arg3, %arg3 : f32
      scf.yield %1 : f32
    }
    return %0, %arg2 : f32, f32
  }
}

