module {
  func.func private @sink(f32)
  func.func @move_if_down(%arg0: i1, %arg1: f32, %arg2: f32) {
    scf.while : () -> () {
      func.call @sink(%arg1) : (f32) -> ()
      scf.condition(%arg0)
    } do {
      %0 = arith.addf %arg1, %arg2 : f32
      func.call @sink(%0) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
      scf.yield
    }
    return
  }
  func.func @no_move_if_down(%arg0: i1, %arg1: f32, %arg2: f32) {
    %0 = scf.while (%arg3 = %arg1) : (f32) -> f32 {
      scf.condition(%arg0) %arg3 : f32
    } do {
    ^bb0(%arg3: f32):
      func.call @sink(%arg3) : (f32) -> ()
      scf.yield %arg2 : f32
    }
    return
  }
}

