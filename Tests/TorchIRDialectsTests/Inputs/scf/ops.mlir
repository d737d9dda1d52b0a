// Custom forms of every scf op (printed by torch-mlir-opt into
// Tests/Fixtures/scf/ops.{custom,generic}.mlir).

func.func @for_loops(%lb: index, %ub: index, %step: index, %x: f32, %n: i32) -> f32 {
  scf.for %i = %lb to %ub step %step {
  }
  scf.for unsigned %i = %lb to %ub step %step {
    %t = arith.index_cast %i : index to i32
  }
  scf.for %i = %n to %n step %n : i32 {
    %y = arith.addi %i, %n : i32
  }
  %sum = scf.for %i = %lb to %ub step %step iter_args(%acc = %x) -> (f32) {
    %next = arith.addf %acc, %x : f32
    scf.yield %next : f32
  }
  %a:2 = scf.for %i = %lb to %ub step %step iter_args(%p = %x, %q = %lb) -> (f32, index) {
    scf.for %j = %lb to %q step %step {
      scf.yield
    }
    scf.yield %p, %i : f32, index
  } {some.attr = 3 : i64}
  %u = scf.for unsigned %i = %n to %n step %n iter_args(%k = %n) -> (i32) : i32 {
    scf.yield %i : i32
  }
  return %sum : f32
}

func.func @ifs(%c: i1, %x: f32, %y: f32) -> (f32, f32) {
  scf.if %c {
  }
  scf.if %c {
    %z = arith.addf %x, %y : f32
  } else {
    %z = arith.mulf %x, %y : f32
  }
  %r = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %y : f32
  }
  %s:2 = scf.if %c -> (f32, f32) {
    %n = scf.if %c -> (f32) {
      scf.yield %x : f32
    } else {
      scf.yield %y : f32
    }
    scf.yield %n, %x : f32, f32
  } else {
    scf.yield %y, %y : f32, f32
  } {tag = "two"}
  return %s#0, %r : f32, f32
}

func.func @whiles(%c: i1, %x: f32, %i: index) -> f32 {
  %w:2 = scf.while (%a = %x, %b = %i) : (f32, index) -> (f32, index) {
    scf.condition(%c) %a, %b : f32, index
  } do {
  ^bb0(%a2: f32, %b2: index):
    %a3 = arith.addf %a2, %a2 : f32
    scf.yield %a3, %b2 : f32, index
  }
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  %shared = scf.while (%a = %x) : (f32) -> i1 {
    scf.condition(%c) %c : i1
  } do {
  ^bb0(%flag: i1):
    scf.yield %x : f32
  } attributes {note = "do-while"}
  return %w#0 : f32
}

func.func @switches(%i: index, %x: f32) -> f32 {
  %r = scf.index_switch %i -> f32
  case 2 {
    scf.yield %x : f32
  }
  case -5 {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  default {
    scf.yield %x : f32
  }
  scf.index_switch %i
  default {
  }
  scf.index_switch %i {attr = 1 : i32}
  case 0 {
    scf.yield
  }
  default {
    scf.yield
  }
  %p:2 = scf.index_switch %i -> f32, index
  default {
    scf.yield %x, %i : f32, index
  }
  return %r : f32
}

func.func @parallels(%lb: index, %ub: index, %step: index, %x: f32, %y: i32) -> f32 {
  scf.parallel (%i) = (%lb) to (%ub) step (%step) {
  }
  %init = arith.constant 0.0 : f32
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%step, %step) init (%init) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %r2: f32):
      %s = arith.addf %l, %r2 : f32
      scf.reduce.return %s : f32
    }
  }
  %two:2 = scf.parallel (%i) = (%lb) to (%ub) step (%step) init (%x, %y) -> (f32, i32) {
    scf.reduce(%x, %y : f32, i32) {
    ^bb0(%l: f32, %r2: f32):
      %s = arith.mulf %l, %r2 : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%l: i32, %r2: i32):
      %s = arith.addi %l, %r2 : i32
      scf.reduce.return %s : i32
    }
  } {mapping = "none"}
  return %r : f32
}

func.func @execute_regions(%c: i1, %x: i64) -> i64 {
  scf.execute_region {
    scf.yield
  }
  %v = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    %a = arith.constant 1 : i64
    cf.br ^bb3(%a : i64)
  ^bb2:
    cf.br ^bb3(%x : i64)
  ^bb3(%r: i64):
    scf.yield %r : i64
  }
  %w:2 = scf.execute_region -> (i64, i1) no_inline {
    scf.yield %x, %c : i64, i1
  } {kept}
  return %v : i64
}

func.func @foralls(%a: index, %b: index, %t: tensor<8xf32>, %u: tensor<?x4xf32>) -> tensor<8xf32> {
  scf.forall (%i, %j) in (%a, 8) {
  }
  scf.forall (%i) = (0) to (%a) step (2) {
  }
  scf.forall (%i, %j) = (%a, -1) to (%b, 10) step (%a, 3) {
    %x = arith.addi %i, %j : index
  }
  scf.forall (%i) = (0) to (%a) step (1) {
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%i) = (%c0) to (%a) step (%c1) {
  }
  scf.forall (%i) in ([4]) {
  } {kept = 1 : i64}
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
    }
  }
  %r2:2 = scf.forall (%i) in (4) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<?x4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<8xf32>
}
