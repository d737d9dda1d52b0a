module {
  func.func private @sink(index)
  func.func @forall_const(%arg0: index) {
    return
  }
  func.func @forall_one(%arg0: index) {
    %c0 = arith.constant 0 : index
    scf.forall (%arg1) in (%arg0) {
      func.call @sink(%c0) : (index) -> ()
      func.call @sink(%arg1) : (index) -> ()
    }
    return
  }
  func.func @forall_all_one(%arg0: index) {
    %c0 = arith.constant 0 : index
    call @sink(%c0) : (index) -> ()
    return
  }
  func.func @forall_zero(%arg0: index) {
    return
  }
  func.func @forall_dead(%arg0: index) {
    return
  }
  func.func @forall_out(%arg0: index, %arg1: tensor<4xf32>) -> tensor<4xf32> {
    scf.forall (%arg2) in (%arg0) {
      func.call @sink(%arg2) : (index) -> ()
    }
    return %arg1 : tensor<4xf32>
  }
  func.func @par_one(%arg0: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.parallel (%arg1) = (%c0) to (%arg0) step (%c1) {
      func.call @sink(%c0) : (index) -> ()
      func.call @sink(%arg1) : (index) -> ()
      scf.reduce 
    }
    return
  }
  func.func @par_zero(%arg0: index) {
    return
  }
  func.func @par_nested(%arg0: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.parallel (%arg1, %arg2) = (%c0, %c0) to (%arg0, %arg0) step (%c1, %c1) {
      func.call @sink(%arg2) : (index) -> ()
      scf.reduce 
    }
    return
  }
  func.func @switch_unused(%arg0: index, %arg1: f32) {
    scf.index_switch %arg0 
    case 1 {
      func.call @sink(%arg0) : (index) -> ()
      scf.yield
    }
    default {
    }
    return
  }
}

