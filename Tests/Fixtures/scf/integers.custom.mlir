module {
  func.func @f(%arg0: index) {
    scf.index_switch %arg0 
    case -9223372036854775808 {
      scf.yield
    }
    case 9223372036854775807 {
      scf.yield
    }
    default {
    }
    return
  }
  func.func @g(%arg0: index) {
    scf.forall (%arg1, %arg2) = (-9223372036854775807, %arg0) to (9223372036854775807, 0) step (%arg0, 3) {
    }
    return
  }
}

