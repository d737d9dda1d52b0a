// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/duplicates.canonicalize.mlir.
func.func private @sink(f32)
func.func @for_dup(%lb: index, %ub: index, %st: index, %x: f32) -> (f32, f32) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %x) -> (f32, f32) {
    %n = arith.addf %a, %b : f32
    func.call @sink(%n) : (f32) -> ()
    scf.yield %n, %n : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @if_dup(%c: i1, %x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.if %c -> (f32, f32) {
    %n = arith.addf %x, %y : f32
    scf.yield %n, %n : f32, f32
  } else {
    %m = arith.mulf %x, %y : f32
    scf.yield %m, %m : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @while_dup_results(%c: i1, %x: f32) -> (f32, f32) {
  %r:2 = scf.while (%a = %x) : (f32) -> (f32, f32) {
    %n = arith.addf %a, %a : f32
    func.call @sink(%n) : (f32) -> ()
    scf.condition(%c) %n, %n : f32, f32
  } do {
  ^bb0(%p: f32, %q: f32):
    %s = arith.addf %p, %q : f32
    scf.yield %s : f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @while_dup_args(%c: i1, %x: f32) -> f32 {
  %r = scf.while (%a = %x, %b = %x) : (f32, f32) -> f32 {
    %n = arith.addf %a, %b : f32
    func.call @sink(%n) : (f32) -> ()
    scf.condition(%c) %n : f32
  } do {
  ^bb0(%p: f32):
    scf.yield %p, %p : f32, f32
  }
  return %r : f32
}
func.func @switch_dup(%i: index, %x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.index_switch %i -> f32, f32
  case 1 {
    %n = arith.addf %x, %y : f32
    scf.yield %n, %n : f32, f32
  }
  default {
    scf.yield %x, %x : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @exec_dup(%x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.execute_region -> (f32, f32) no_inline {
    %n = arith.addf %x, %y : f32
    scf.yield %n, %n : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
