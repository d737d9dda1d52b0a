// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/basic.canonicalize.mlir.
func.func @if_true(%x: f32, %y: f32) -> f32 {
  %true = arith.constant true
  %r = scf.if %true -> f32 {
    %a = arith.addf %x, %y : f32
    scf.yield %a : f32
  } else {
    scf.yield %y : f32
  }
  return %r : f32
}
func.func @if_false(%x: f32, %y: f32) -> f32 {
  %false = arith.constant false
  %r = scf.if %false -> f32 {
    scf.yield %x : f32
  } else {
    %a = arith.mulf %x, %y : f32
    scf.yield %a : f32
  }
  return %r : f32
}
func.func @if_false_no_else(%x: f32, %m: f32) {
  %false = arith.constant false
  scf.if %false {
    func.call @sink(%x) : (f32) -> ()
  }
  return
}
func.func @if_true_no_else(%x: f32) {
  %true = arith.constant true
  scf.if %true {
    func.call @sink(%x) : (f32) -> ()
  }
  return
}
func.func private @sink(f32)
func.func @if_unused(%c: i1, %x: f32, %y: f32) {
  %r:2 = scf.if %c -> (f32, f32) {
    func.call @sink(%x) : (f32) -> ()
    scf.yield %x, %y : f32, f32
  } else {
    scf.yield %y, %x : f32, f32
  }
  func.call @sink(%r#1) : (f32) -> ()
  return
}
func.func @if_dead(%c: i1, %x: f32, %y: f32) {
  %r = scf.if %c -> (f32) {
    %a = arith.addf %x, %y : f32
    scf.yield %a : f32
  } else {
    scf.yield %y : f32
  }
  scf.if %c {
  }
  return
}
func.func @for_zero(%x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c4 to %c0 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    func.call @sink(%b) : (f32) -> ()
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @for_one(%x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    func.call @sink(%b) : (f32) -> ()
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @for_unused(%lb: index, %ub: index, %st: index, %x: f32, %y: f32) -> f32 {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %y) -> (f32, f32) {
    %n = arith.addf %a, %a : f32
    func.call @sink(%n) : (f32) -> ()
    %m = arith.mulf %b, %b : f32
    scf.yield %n, %m : f32, f32
  }
  return %r#0 : f32
}
func.func @for_forwarded(%lb: index, %ub: index, %st: index, %x: f32, %y: f32) -> (f32, f32) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %y) -> (f32, f32) {
    %n = arith.addf %a, %b : f32
    func.call @sink(%n) : (f32) -> ()
    scf.yield %n, %b : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
func.func @for_dead(%lb: index, %ub: index, %st: index, %x: f32) {
  %r = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (f32) {
    %n = arith.addf %a, %a : f32
    scf.yield %n : f32
  }
  return
}
func.func @exec(%x: f32) -> f32 {
  %r = scf.execute_region -> f32 {
    %a = arith.addf %x, %x : f32
    scf.yield %a : f32
  }
  return %r : f32
}
func.func @switch_const(%x: f32, %y: f32) -> f32 {
  %c2 = arith.constant 2 : index
  %r = scf.index_switch %c2 -> f32
  case 2 {
    scf.yield %x : f32
  }
  default {
    scf.yield %y : f32
  }
  return %r : f32
}
func.func @if_same(%c: i1, %x: f32) -> f32 {
  %r = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %x : f32
  }
  return %r : f32
}
