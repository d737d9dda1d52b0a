module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: i1, %arg2: f32, %arg3: f32, %arg4: index) -> f32 {
    scf.execute_region no_inline {
      func.call @sink(%arg2) : (f32) -> ()
      scf.forall (%arg5, %arg6) in (2, 4) {
        func.call @sink(%arg2) : (f32) -> ()
      }
      scf.yield
    }
    scf.while : () -> () {
      func.call @sink(%arg2) : (f32) -> ()
      scf.condition(%arg1)
    } do {
      func.call @sink(%arg3) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
      scf.yield
    }
    call @sink(%arg2) : (f32) -> ()
    return %arg2 : f32
  }
}

