module {
  func.func @generic(%arg0: index, %arg1: i1, %arg2: f32) -> f32 {
    %0 = scf.for unsigned %arg3 = %arg0 to %arg0 step %arg0 iter_args(%arg4 = %arg2) -> (f32) {
      scf.yield %arg4 : f32
    }
    scf.for %arg3 = %arg0 to %arg0 step %arg0 {
    }
    %1 = scf.if %arg1 -> (f32) {
      scf.yield %0 : f32
    } else {
      scf.yield %arg2 : f32
    }
    scf.if %arg1 {
    } {discardable = 1 : i64}
    %2 = scf.while (%arg3 = %1) : (f32) -> f32 {
      scf.condition(%arg1) %arg3 : f32
    } do {
    ^bb0(%arg3: f32):
      scf.yield %arg3 : f32
    }
    %3 = scf.index_switch %arg0 -> f32 
    case 7 {
      scf.yield %2 : f32
    }
    case 9 {
      scf.yield %1 : f32
    }
    default {
      scf.yield %arg2 : f32
    }
    scf.index_switch %arg0 
    default {
      scf.yield {kept}
    }
    %4 = scf.parallel (%arg3) = (%arg0) to (%arg0) step (%arg0) init (%3) -> f32 {
      scf.reduce(%arg2 : f32) {
      ^bb0(%arg4: f32, %arg5: f32):
        scf.reduce.return %arg4 : f32
      }
    }
    %5 = scf.execute_region -> f32 no_inline {
      scf.yield %4 : f32
    }
    return %5 : f32
  }
}

