// PIPELINE: builtin.module(func.func(loop-invariant-code-motion))
// scf loops: invariant ops (including a pure scf.if) leave scf.for and both
// regions of scf.while.
func.func @f(%lb: index, %ub: index, %s: index, %a: i32, %b: i32, %init: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (i32) {
    %x = arith.addi %a, %b : i32
    %y = arith.muli %x, %x : i32
    %z = arith.addi %acc, %y : i32
    %c = arith.cmpi slt, %a, %b : i32
    %w = scf.if %c -> (i32) {
      %q = arith.subi %a, %b : i32
      scf.yield %q : i32
    } else {
      scf.yield %a : i32
    }
    %t = arith.addi %z, %w : i32
    scf.yield %t : i32
  }
  %r2 = scf.while (%v = %r) : (i32) -> i32 {
    %k = arith.muli %a, %b : i32
    %cc = arith.cmpi slt, %v, %k : i32
    scf.condition(%cc) %v : i32
  } do {
  ^bb0(%v2: i32):
    %k2 = arith.addi %a, %a : i32
    %n = arith.addi %v2, %k2 : i32
    scf.yield %n : i32
  }
  return %r2 : i32
}
