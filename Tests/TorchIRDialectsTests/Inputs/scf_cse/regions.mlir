// CSE inputs: torch-mlir-opt --cse output is Tests/Fixtures/scf/regions.cse.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %x: f32, %y: f32, %lb: index, %ub: index) -> (f32, f32, f32, f32) {
  %a = scf.if %c -> f32 {
    %s = arith.addf %x, %y : f32
    scf.yield %s : f32
  } else {
    scf.yield %y : f32
  }
  %b = scf.if %c -> f32 {
    %s = arith.addf %x, %y : f32
    scf.yield %s : f32
  } else {
    scf.yield %y : f32
  }
  %c1 = arith.constant 1 : index
  %p = scf.for %i = %lb to %ub step %c1 iter_args(%v = %x) -> (f32) {
    %t = arith.addf %v, %y : f32
    scf.yield %t : f32
  }
  %q = scf.for %i = %lb to %ub step %c1 iter_args(%v = %x) -> (f32) {
    %t = arith.addf %v, %y : f32
    scf.yield %t : f32
  }
  scf.if %c {
    func.call @sink(%x) : (f32) -> ()
  }
  scf.if %c {
    func.call @sink(%x) : (f32) -> ()
  }
  return %a, %b, %p, %q : f32, f32, f32, f32
}
