module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: i1, %arg2: f32, %arg3: f32, %arg4: index) -> f32 {
    %true = arith.constant true
    %0 = scf.while (%arg5 = %arg3) : (f32) -> f32 {
      scf.execute_region no_inline {
        %1 = arith.addf %arg2, %arg5 : f32
        func.call @sink(%1) : (f32) -> ()
        scf.yield
      }
      scf.while : () -> () {
        scf.condition(%true)
      } do {
        scf.while : () -> () {
          func.call @sink(%arg5) : (f32) -> ()
          scf.condition(%true)
        } do {
          func.call @sink(%arg5) : (f32) -> ()
          scf.yield
        }
        scf.yield
      }
      scf.condition(%true) %arg5 : f32
    } do {
    ^bb0(%arg5: f32):
      %1 = arith.addf %arg3, %arg3 : f32
      scf.yield %1 : f32
    }
    scf.while : () -> () {
      scf.condition(%arg0)
    } do {
      func.call @sink(%0) : (f32) -> ()
      scf.yield
    }
    return %arg3 : f32
  }
}

