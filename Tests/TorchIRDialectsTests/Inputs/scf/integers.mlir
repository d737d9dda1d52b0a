// Extreme integer case values and bounds (printed by torch-mlir-opt into Tests/Fixtures/scf/integers.*.mlir).
func.func @f(%i: index) {
  scf.index_switch %i
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
func.func @g(%i: index) {
  scf.forall (%x, %y) = (-9223372036854775807, %i) to (9223372036854775807, 0) step (%i, 3) {
  }
  return
}
