// A random scf program (Tests/Fixtures/scf_random_programs.py --kinds 11, seed 7, program 98); torch-mlir-opt
// --canonicalize output is Tests/Fixtures/scf/random_s7_98.canonicalize.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r1 = scf.execute_region -> f32 {
    %r2 = scf.execute_region -> f32 no_inline {
      %r3 = scf.index_switch %c1 -> f32
      default {
        func.call @sink(%x) : (f32) -> ()
        %b4 = arith.xori %false, %true : i1
        scf.yield %x : f32
      }
      scf.forall (%i5, %i6) in (%c2, 4) {
        func.call @sink(%r3) : (f32) -> ()
        %v7 = arith.addf %r3, %y : f32
      }
      scf.yield %x : f32
    }
    scf.while (%w8 = %r2, %w9 = %y) : (f32, f32) -> () {
      func.call @sink(%w8) : (f32) -> ()
      scf.if %d {
        func.call @sink(%y) : (f32) -> ()
      }
      %v11 = arith.addf %x, %y : f32
      scf.condition(%d)
    } do {
      %r15:2 = scf.for %i12 = %c0 to %c2 step %c2 iter_args(%a13 = %y, %a14 = %x) -> (f32, f32) {
        %v16 = arith.addf %y, %y : f32
        %b17 = arith.xori %c, %true : i1
        scf.yield %a13, %r2 : f32, f32
      }
      %r18 = scf.execute_region -> f32 {
        func.call @sink(%x) : (f32) -> ()
        func.call @sink(%x) : (f32) -> ()
        scf.yield %r15#1 : f32
      }
      scf.yield %x, %x : f32, f32
    }
    %v19 = arith.addf %r2, %y : f32
    scf.yield %x : f32
  }
  func.call @sink(%r1) : (f32) -> ()
  scf.while (%w20 = %r1, %w21 = %y) : (f32, f32) -> () {
    %v23 = arith.addf %w20, %x : f32
    scf.condition(%true)
  } do {
    scf.yield %r1, %x : f32, f32
  }
  return %x : f32
}
