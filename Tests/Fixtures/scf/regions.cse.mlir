module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: f32, %arg2: f32, %arg3: index, %arg4: index) -> (f32, f32, f32, f32) {
    %0 = scf.if %arg0 -> (f32) {
      %2 = arith.addf %arg1, %arg2 : f32
      scf.yield %2 : f32
    } else {
      scf.yield %arg2 : f32
    }
    %c1 = arith.constant 1 : index
    %1 = scf.for %arg5 = %arg3 to %arg4 step %c1 iter_args(%arg6 = %arg1) -> (f32) {
      %2 = arith.addf %arg6, %arg2 : f32
      scf.yield %2 : f32
    }
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    scf.if %arg0 {
      func.call @sink(%arg1) : (f32) -> ()
    }
    return %0, %0, %1, %1 : f32, f32, f32, f32
  }
}

