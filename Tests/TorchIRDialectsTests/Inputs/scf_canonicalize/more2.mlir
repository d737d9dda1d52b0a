// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more2.canonicalize.mlir.
func.func private @sink(f32)
func.func private @sinki(i1)
func.func @if_bool_results(%c: i1, %x: f32) -> (i1, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %r:2 = scf.if %c -> (i1, i1) {
    func.call @sink(%x) : (f32) -> ()
    scf.yield %true, %false : i1, i1
  } else {
    scf.yield %false, %true : i1, i1
  }
  return %r#0, %r#1 : i1, i1
}
func.func @if_empty_else(%c: i1, %x: f32) {
  scf.if %c {
    func.call @sink(%x) : (f32) -> ()
  } else {
  }
  return
}
func.func @nested_if(%c: i1, %d: i1, %x: f32) {
  scf.if %c {
    scf.if %d {
      func.call @sink(%x) : (f32) -> ()
    }
  }
  return
}
func.func @for_init_yielded(%lb: index, %ub: index, %st: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (f32) {
    func.call @sink(%a) : (f32) -> ()
    scf.yield %x : f32
  }
  return %r : f32
}
func.func @for_unused_arg(%lb: index, %ub: index, %st: index, %x: f32) {
  %r = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (f32) {
    func.call @sink(%x) : (f32) -> ()
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return
}
func.func @for_one_i32(%x: f32) -> f32 {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %r = scf.for %i = %c3 to %c5 step %c5 iter_args(%a = %x) -> (f32) : i32 {
    func.call @sink(%a) : (f32) -> ()
    scf.yield %a : f32
  }
  return %r : f32
}
func.func @for_two(%x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c2 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    func.call @sink(%b) : (f32) -> ()
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @for_unsigned_zero(%x: f32) -> f32 {
  %cm1 = arith.constant -1 : index
  %c1 = arith.constant 1 : index
  %r = scf.for unsigned %i = %c1 to %cm1 step %c1 iter_args(%a = %x) -> (f32) {
    func.call @sink(%a) : (f32) -> ()
    scf.yield %a : f32
  }
  %s = scf.for %i = %c1 to %cm1 step %c1 iter_args(%a = %x) -> (f32) {
    func.call @sink(%a) : (f32) -> ()
    %b = arith.addf %a, %a : f32
    scf.yield %b : f32
  }
  return %s : f32
}
func.func @for_no_results_one(%x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %i = %c0 to %c1 step %c4 {
    %f = arith.index_cast %i : index to i32
    %g = arith.sitofp %f : i32 to f32
    func.call @sink(%g) : (f32) -> ()
  }
  return
}
func.func @while_dead(%c: i1, %x: f32) {
  %r = scf.while (%a = %x) : (f32) -> f32 {
    scf.condition(%c) %a : f32
  } do {
  ^bb0(%b: f32):
    scf.yield %b : f32
  }
  return
}
func.func @while_live(%c: i1, %x: f32) -> f32 {
  %r = scf.while (%a = %x) : (f32) -> f32 {
    func.call @sink(%a) : (f32) -> ()
    scf.condition(%c) %a : f32
  } do {
  ^bb0(%b: f32):
    %n = arith.addf %b, %b : f32
    scf.yield %n : f32
  }
  return %r : f32
}
func.func @exec_noinline(%x: f32) -> f32 {
  %r = scf.execute_region -> f32 no_inline {
    scf.yield %x : f32
  }
  return %r : f32
}
func.func @switch_default(%x: f32, %y: f32) -> f32 {
  %c7 = arith.constant 7 : index
  %r = scf.index_switch %c7 -> f32
  case 2 {
    scf.yield %x : f32
  }
  default {
    func.call @sink(%y) : (f32) -> ()
    scf.yield %y : f32
  }
  return %r : f32
}
func.func @parallel_dead(%lb: index, %ub: index, %st: index) {
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    %j = arith.addi %i, %i : index
  }
  return
}
func.func @parallel_live(%lb: index, %ub: index, %st: index, %x: f32) {
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    func.call @sink(%x) : (f32) -> ()
  }
  return
}
func.func @if_attrs(%c: i1, %x: f32, %y: f32) -> f32 {
  %r:2 = scf.if %c -> (f32, f32) {
    %a = arith.addf %x, %y : f32
    scf.yield %a, %a : f32, f32
  } else {
    %b = arith.mulf %x, %y : f32
    scf.yield %b, %b : f32, f32
  } {keep.me = 1 : i64}
  return %r#1 : f32
}
