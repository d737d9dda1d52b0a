// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more6.canonicalize.mlir.
func.func private @sink(f32)
func.func @if_not(%c: i1, %x: f32, %y: f32) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    func.call @sink(%x) : (f32) -> ()
  } else {
    func.call @sink(%y) : (f32) -> ()
  }
  return
}
func.func @if_not_noelse(%c: i1, %x: f32) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    func.call @sink(%x) : (f32) -> ()
  }
  return
}
func.func @if_not_results(%c: i1, %x: f32, %y: f32) -> f32 {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %r = scf.if %n -> f32 {
    %a = arith.addf %x, %y : f32
    scf.yield %a : f32
  } else {
    %b = arith.mulf %x, %y : f32
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @while_cond_const(%x: f32) -> f32 {
  %false = arith.constant false
  %r = scf.while (%a = %x) : (f32) -> f32 {
    func.call @sink(%a) : (f32) -> ()
    scf.condition(%false) %a : f32
  } do {
  ^bb0(%b: f32):
    %n = arith.addf %b, %b : f32
    scf.yield %n : f32
  }
  return %r : f32
}
