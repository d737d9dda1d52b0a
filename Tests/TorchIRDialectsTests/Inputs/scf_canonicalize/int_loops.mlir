// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/int_loops.canonicalize.mlir.
func.func private @sink(i32)
func.func @int_loops(%n: i32, %x: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c5 = arith.constant 5 : i32
  %cm3 = arith.constant -3 : i32
  %a = scf.for %i = %c0 to %c5 step %c5 iter_args(%v = %x) -> (i32) : i32 {
    %w = arith.addi %v, %i : i32
    func.call @sink(%w) : (i32) -> ()
    scf.yield %w : i32
  }
  %b = scf.for unsigned %i = %cm3 to %c5 step %c1 iter_args(%v = %x) -> (i32) : i32 {
    func.call @sink(%v) : (i32) -> ()
    scf.yield %i : i32
  }
  %c = scf.for %i = %cm3 to %c5 step %c1 iter_args(%v = %x) -> (i32) : i32 {
    func.call @sink(%v) : (i32) -> ()
    scf.yield %i : i32
  }
  scf.for %i = %n to %n step %c1 : i32 {
    func.call @sink(%i) : (i32) -> ()
  }
  return %a, %b, %c : i32, i32, i32
}
