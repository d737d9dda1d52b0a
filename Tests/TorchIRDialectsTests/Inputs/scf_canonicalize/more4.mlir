// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more4.canonicalize.mlir.
func.func private @sink(index)
func.func @forall_const(%a: index) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c2 = arith.constant 2 : index
  scf.forall (%i, %j) = (%c0, %a) to (%c4, %a) step (%c2, %c2) {
    func.call @sink(%i) : (index) -> ()
    func.call @sink(%j) : (index) -> ()
  }
  return
}
func.func @forall_one(%a: index) {
  scf.forall (%i, %j) in (1, %a) {
    func.call @sink(%i) : (index) -> ()
    func.call @sink(%j) : (index) -> ()
  }
  return
}
func.func @forall_all_one(%a: index) {
  scf.forall (%i) in (1) {
    func.call @sink(%i) : (index) -> ()
  }
  return
}
func.func @forall_zero(%a: index) {
  scf.forall (%i) in (0) {
    func.call @sink(%i) : (index) -> ()
  }
  return
}
func.func @forall_dead(%a: index) {
  scf.forall (%i) in (%a) {
    %x = arith.addi %i, %i : index
  }
  return
}
func.func @forall_out(%a: index, %t: tensor<4xf32>) -> tensor<4xf32> {
  %r = scf.forall (%i) in (%a) shared_outs(%o = %t) -> (tensor<4xf32>) {
    func.call @sink(%i) : (index) -> ()
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}
func.func @par_one(%a: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%c1, %a) step (%c1, %c1) {
    func.call @sink(%i) : (index) -> ()
    func.call @sink(%j) : (index) -> ()
  }
  return
}
func.func @par_zero(%a: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c1) to (%c0) step (%c1) {
    func.call @sink(%i) : (index) -> ()
  }
  return
}
func.func @par_nested(%a: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%a) step (%c1) {
    scf.parallel (%j) = (%c0) to (%a) step (%c1) {
      func.call @sink(%j) : (index) -> ()
    }
  }
  return
}
func.func @switch_unused(%i: index, %x: f32) {
  %r = scf.index_switch %i -> f32
  case 1 {
    func.call @sink(%i) : (index) -> ()
    scf.yield %x : f32
  }
  default {
    scf.yield %x : f32
  }
  return
}
