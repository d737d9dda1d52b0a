// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more7.canonicalize.mlir.
func.func private @sink(f32)
func.func private @sinkb(i1)
func.func @combine(%c: i1, %x: f32, %y: f32) {
  scf.if %c {
    func.call @sink(%x) : (f32) -> ()
  }
  scf.if %c {
    func.call @sink(%y) : (f32) -> ()
  } else {
    func.call @sink(%x) : (f32) -> ()
  }
  return
}
func.func @propagate(%c: i1, %x: f32) {
  scf.if %c {
    func.call @sinkb(%c) : (i1) -> ()
  } else {
    func.call @sinkb(%c) : (i1) -> ()
  }
  return
}
func.func @while_truth(%c: i1, %x: f32) -> f32 {
  %r = scf.while (%a = %x) : (f32) -> f32 {
    func.call @sink(%a) : (f32) -> ()
    scf.condition(%c) %a : f32
  } do {
  ^bb0(%b: f32):
    func.call @sinkb(%c) : (i1) -> ()
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @while_unused(%c: i1, %x: f32, %y: f32) -> f32 {
  %r:2 = scf.while (%a = %x, %q = %y) : (f32, f32) -> (f32, f32) {
    func.call @sink(%a) : (f32) -> ()
    %n = arith.addf %q, %q : f32
    scf.condition(%c) %a, %n : f32, f32
  } do {
  ^bb0(%b: f32, %d: f32):
    scf.yield %b, %d : f32, f32
  }
  return %r#0 : f32
}
func.func @combine_results(%c: i1, %x: f32, %y: f32) -> (f32, f32) {
  %a = scf.if %c -> f32 {
    %s = arith.addf %x, %y : f32
    scf.yield %s : f32
  } else {
    %m = arith.mulf %x, %y : f32
    scf.yield %m : f32
  }
  %true = arith.constant true
  %nc = arith.xori %c, %true : i1
  %b = scf.if %nc -> f32 {
    %t = arith.subf %a, %y : f32
    scf.yield %t : f32
  } else {
    %u = arith.divf %a, %x : f32
    scf.yield %u : f32
  }
  return %a, %b : f32, f32
}
