module {
  func.func private @sink(f32)
  func.func @f(%arg0: i1, %arg1: i1, %arg2: f32, %arg3: f32, %arg4: index) -> f32 {
    %0 = arith.addf %arg3, %arg2 : f32
    scf.index_switch %arg4 
    case 5 {
      func.call @sink(%arg3) : (f32) -> ()
      func.call @sink(%arg3) : (f32) -> ()
      scf.execute_region no_inline {
        func.call @sink(%0) : (f32) -> ()
        scf.yield
      }
      scf.yield
    }
    default {
    }
    scf.while : () -> () {
      scf.index_switch %arg4 
      case 1 {
        scf.if %arg0 {
        } else {
          func.call @sink(%arg2) : (f32) -> ()
        }
        scf.yield
      }
      case 2 {
        scf.yield
      }
      default {
      }
      func.call @sink(%arg2) : (f32) -> ()
      scf.condition(%arg0)
    } do {
      func.call @sink(%arg3) : (f32) -> ()
      func.call @sink(%arg2) : (f32) -> ()
      scf.index_switch %arg4 
      case 2 {
        func.call @sink(%arg3) : (f32) -> ()
        func.call @sink(%arg2) : (f32) -> ()
        scf.yield
      }
      case 5 {
        scf.yield
      }
      default {
      }
      scf.yield
    }
    return %arg3 : f32
  }
}

