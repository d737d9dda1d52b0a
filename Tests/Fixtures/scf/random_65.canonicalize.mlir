module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: i1, %arg2: f32, %arg3: f32, %arg4: index) -> f32 {
    %true = arith.constant true
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    scf.while : () -> () {
      func.call @sink(%arg3) : (f32) -> ()
      scf.condition(%arg0)
    } do {
      func.call @sink(%arg2) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
      scf.yield
    }
    scf.index_switch %arg4 
    case 2 {
      scf.yield
    }
    case 5 {
      %0 = arith.addf %arg3, %arg2 : f32
      scf.while : () -> () {
        func.call @sink(%0) : (f32) -> ()
        scf.condition(%arg0)
      } do {
        scf.yield
      }
      scf.yield
    }
    default {
    }
    scf.if %arg1 {
      scf.for %arg5 = %c2 to %arg4 step %c2 {
        func.call @sink(%arg3) : (f32) -> ()
      }
      scf.while : () -> () {
        func.call @sink(%arg2) : (f32) -> ()
        scf.condition(%true)
      } do {
        scf.yield
      }
    } else {
      scf.if %arg0 {
        %0 = arith.addf %arg2, %arg3 : f32
        %1 = scf.for %arg5 = %c0 to %arg4 step %c1 iter_args(%arg6 = %arg2) -> (f32) {
          func.call @sink(%arg6) : (f32) -> ()
          scf.yield %0 : f32
        }
      }
      scf.while : () -> () {
        scf.condition(%arg0)
      } do {
        func.call @sink(%arg3) : (f32) -> ()
        scf.yield
      }
    }
    return %arg2 : f32
  }
}

