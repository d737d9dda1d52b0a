module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: i1, %arg2: f32, %arg3: f32, %arg4: index) -> f32 {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    scf.while (%arg5 = %arg3) : (f32) -> () {
      %0 = scf.for %arg6 = %arg4 to %c2 step %c1 iter_args(%arg7 = %arg2) -> (f32) {
        scf.yield %arg5 : f32
      }
      scf.if %arg0 {
      } else {
        scf.while : () -> () {
          func.call @sink(%0) : (f32) -> ()
          scf.condition(%arg1)
        } do {
          scf.yield
        }
      }
      scf.condition(%true)
    } do {
      func.call @sink(%arg3) : (f32) -> ()
      scf.yield %arg2 : f32
    }
    return %arg3 : f32
  }
}

