// An empty forall mapping (printed by torch-mlir-opt into Tests/Fixtures/scf/forall_mapping.*.mlir).
func.func @f(%i: index) {
  scf.forall (%x) in (4) {
  } {mapping = []}
  return
}
