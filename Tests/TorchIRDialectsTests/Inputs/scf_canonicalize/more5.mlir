// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more5.canonicalize.mlir.
func.func private @sink(index)
func.func private @sinkf(f32)
func.func @forall_static(%a: index) {
  %c8 = arith.constant 8 : index
  %c3 = arith.constant 3 : index
  scf.forall (%i, %j) = (%a, %c3) to (%c8, %c8) step (%c3, %a) {
    func.call @sink(%i) : (index) -> ()
    func.call @sink(%j) : (index) -> ()
  }
  return
}
func.func @par_reduce_one(%x: f32, %y: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%x) -> f32 {
    %v = arith.mulf %y, %y : f32
    scf.reduce(%v : f32) {
    ^bb0(%l: f32, %r2: f32):
      %s = arith.addf %l, %r2 : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
func.func @par_reduce_partial(%x: f32, %y: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i, %j) = (%c0, %c0) to (%c1, %n) step (%c1, %c1) init (%x) -> f32 {
    func.call @sink(%i) : (index) -> ()
    scf.reduce(%y : f32) {
    ^bb0(%l: f32, %r2: f32):
      %s = arith.addf %l, %r2 : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
func.func @for_same_bounds(%a: index, %x: f32) -> f32 {
  %r = scf.for %i = %a to %a step %a iter_args(%v = %x) -> (f32) {
    func.call @sinkf(%v) : (f32) -> ()
    %w = arith.addf %v, %v : f32
    scf.yield %w : f32
  }
  return %r : f32
}
func.func @for_neg_step(%a: index, %b: index, %x: f32) -> f32 {
  %cm1 = arith.constant -1 : index
  %r = scf.for %i = %a to %b step %cm1 iter_args(%v = %x) -> (f32) {
    func.call @sinkf(%v) : (f32) -> ()
    %w = arith.addf %v, %v : f32
    scf.yield %w : f32
  }
  return %r : f32
}
func.func @for_i8_wrap(%x: f32) -> f32 {
  %lo = arith.constant -128 : i8
  %hi = arith.constant 127 : i8
  %st = arith.constant 100 : i8
  %r = scf.for %i = %lo to %hi step %st iter_args(%v = %x) -> (f32) : i8 {
    func.call @sinkf(%v) : (f32) -> ()
    %w = arith.addf %v, %v : f32
    scf.yield %w : f32
  }
  %s = scf.for unsigned %i = %lo to %hi step %st iter_args(%v = %x) -> (f32) : i8 {
    func.call @sinkf(%v) : (f32) -> ()
    %w = arith.addf %v, %v : f32
    scf.yield %w : f32
  }
  %t = scf.for %i = %hi to %lo step %st iter_args(%v = %s) -> (f32) : i8 {
    func.call @sinkf(%v) : (f32) -> ()
    scf.yield %v : f32
  }
  return %r : f32
}
func.func @forall_zero_out(%a: index, %t: tensor<4xf32>) -> tensor<4xf32> {
  %r = scf.forall (%i) = (5) to (5) step (1) shared_outs(%o = %t) -> (tensor<4xf32>) {
    func.call @sink(%i) : (index) -> ()
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}
