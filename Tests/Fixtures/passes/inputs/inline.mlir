// PIPELINE: builtin.module(inline)
// Single-block callees; private callees die once inlined, public ones stay,
// private ones nobody calls go too.
func.func private @unused() {
  return
}
func.func private @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  return %0 : i32
}
func.func private @twice(%a: i32) -> i32 {
  %0 = call @add(%a, %a) : (i32, i32) -> i32
  %c1 = arith.constant 1 : i32
  %1 = arith.muli %0, %c1 : i32
  return %1 : i32
}
func.func @main(%x: i32) -> (i32, i32) {
  %c2 = arith.constant 2 : i32
  %0 = call @twice(%x) : (i32) -> i32
  %1 = call @add(%0, %c2) : (i32, i32) -> i32
  %2 = call @twice(%1) : (i32) -> i32
  return %1, %2 : i32, i32
}
func.func @pub(%x: i32) -> i32 {
  %0 = arith.muli %x, %x : i32
  return %0 : i32
}
func.func @usepub(%x: i32) -> i32 {
  %0 = call @pub(%x) : (i32) -> i32
  return %0 : i32
}

// -----

// A multi-block callee: the caller's block is split and each return becomes
// a branch to the rest of it; canonicalize then cleans up.
func.func private @select(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %a, %b : i32
  return %0 : i32
^bb2:
  %1 = arith.muli %a, %b : i32
  return %1 : i32
}
func.func @caller(%c: i1, %x: i32) -> i32 {
  %0 = call @select(%c, %x, %x) : (i1, i32, i32) -> i32
  %1 = arith.subi %0, %x : i32
  return %1 : i32
}

// -----

// Recursion: a self-recursive callee and a mutually recursive pair are not
// inlined into each other; calls into them from outside are inlined once.
func.func private @self(%n: i32) -> i32 {
  %c = arith.constant 0 : i32
  %z = arith.cmpi eq, %n, %c : i32
  cf.cond_br %z, ^bb1, ^bb2
^bb1:
  return %n : i32
^bb2:
  %c1 = arith.constant 1 : i32
  %m = arith.subi %n, %c1 : i32
  %r = call @self(%m) : (i32) -> i32
  return %r : i32
}
func.func private @ping(%n: i32) -> i32 {
  %r = call @pong(%n) : (i32) -> i32
  return %r : i32
}
func.func private @pong(%n: i32) -> i32 {
  %r = call @ping(%n) : (i32) -> i32
  return %r : i32
}
func.func @entry(%n: i32) -> (i32, i32) {
  %0 = call @self(%n) : (i32) -> i32
  %1 = call @ping(%n) : (i32) -> i32
  return %0, %1 : i32, i32
}

// -----

// Calls and callees marked no_inline, callees with ops of a dialect that
// does not allow inlining, and declarations are left alone.
func.func private @small(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
func.func private @marked(%a: i32) -> i32 attributes {no_inline} {
  %0 = arith.muli %a, %a : i32
  return %0 : i32
}
func.func private @opaque(%a: i32) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @external(%a: i32) -> i32
func.func @user(%x: i32) -> (i32, i32, i32, i32, i32) {
  %0 = call @small(%x) {no_inline} : (i32) -> i32
  %1 = call @small(%0) : (i32) -> i32
  %2 = call @marked(%1) : (i32) -> i32
  %3 = call @opaque(%2) : (i32) -> i32
  %4 = call @external(%3) : (i32) -> i32
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, i32
}

// -----

// A callee referenced by something other than a call stays even when all
// its calls are inlined; calls inside inlined bodies are inlined too.
func.func private @leaf(%a: i32) -> i32 {
  %0 = arith.xori %a, %a : i32
  return %0 : i32
}
func.func private @mid(%a: i32) -> i32 {
  %0 = call @leaf(%a) : (i32) -> i32
  %1 = arith.ori %a, %0 : i32
  return %1 : i32
}
func.func private @kept(%a: i32) -> i32 {
  %0 = arith.andi %a, %a : i32
  return %0 : i32
}
func.func @top(%a: i32) -> (i32, i32, (i32) -> i32) {
  %f = func.constant @kept : (i32) -> i32
  %0 = call @mid(%a) : (i32) -> i32
  %1 = call @kept(%0) : (i32) -> i32
  return %0, %1, %f : i32, i32, (i32) -> i32
}

// -----

// A call in a multi-block caller is inlined at its position; the other
// call keeps the callee alive until the last one is inlined in place.
func.func private @inc(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  return %0 : i32
}
func.func @nested(%a: i32, %c: i1) -> (i32, i32) {
  %0 = call @inc(%a) : (i32) -> i32
  cf.cond_br %c, ^bb1, ^bb2(%a : i32)
^bb1:
  %2 = arith.muli %a, %a : i32
  %3 = call @inc(%2) : (i32) -> i32
  cf.br ^bb2(%3 : i32)
^bb2(%r: i32):
  return %0, %r : i32, i32
}
