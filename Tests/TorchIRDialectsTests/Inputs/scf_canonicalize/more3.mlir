// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more3.canonicalize.mlir.
func.func private @sink(f32)
func.func @exec_dead(%x: f32) {
  scf.execute_region no_inline {
    %a = arith.addf %x, %x : f32
    scf.yield
  }
  return
}
func.func @exec_inner(%x: f32) -> f32 {
  %r:2 = scf.execute_region -> (f32, f32) no_inline {
    %a = arith.addf %x, %x : f32
    func.call @sink(%a) : (f32) -> ()
    scf.yield %a, %x : f32, f32
  }
  return %r#1 : f32
}
func.func @sel_attrs(%c: i1, %x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.if %c -> (f32, f32) {
    %a = arith.addf %x, %y : f32
    scf.yield %a, %x : f32, f32
  } else {
    scf.yield %y, %y : f32, f32
  } {keep.me = 1 : i64}
  return %r#0, %r#1 : f32, f32
}
func.func @while_forward(%c: i1, %x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.while (%a = %x, %b = %y) : (f32, f32) -> (f32, f32) {
    func.call @sink(%a) : (f32) -> ()
    scf.condition(%c) %a, %b : f32, f32
  } do {
  ^bb0(%p: f32, %q: f32):
    %n = arith.addf %p, %p : f32
    scf.yield %n, %q : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
