// A random scf program (Tests/Fixtures/scf_random_programs.py --kinds 11, seed 6, program 116); torch-mlir-opt
// --canonicalize output is Tests/Fixtures/scf/random_s6_116.canonicalize.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r5:2 = scf.while (%w1 = %y, %w2 = %y) : (f32, f32) -> (f32, f32) {
    %b6 = arith.xori %false, %true : i1
    %r7 = scf.execute_region -> f32 no_inline {
      %v8 = arith.addf %x, %w2 : f32
      func.call @sink(%v8) : (f32) -> ()
      %b9 = arith.xori %false, %true : i1
      scf.yield %w1 : f32
    }
    %r13 = scf.while (%w10 = %w2, %w11 = %w1) : (f32, f32) -> (f32) {
      scf.condition(%b6) %x : f32
    } do {
    ^bb0(%w12: f32):
      scf.forall (%i14, %i15) in (1, 4) {
      }
      %r18 = scf.while (%w16 = %w2) : (f32) -> (f32) {
        func.call @sink(%w16) : (f32) -> ()
        scf.condition(%true) %x : f32
      } do {
      ^bb0(%w17: f32):
        %b19 = arith.xori %false, %true : i1
        func.call @sink(%w2) : (f32) -> ()
        %b20 = arith.xori %false, %true : i1
        scf.yield %w1 : f32
      }
      scf.yield %x, %y : f32, f32
    }
    scf.condition(%true) %w2, %w1 : f32, f32
  } do {
  ^bb0(%w3: f32, %w4: f32):
    scf.forall (%i21) in (%c0) {
      %r22 = scf.execute_region -> f32 no_inline {
        func.call @sink(%y) : (f32) -> ()
        scf.yield %w4 : f32
      }
      %r24 = scf.parallel (%i23) = (%i21) to (%n) step (%c1) init (%w4) -> f32 {
        scf.reduce(%x : f32) {
        ^bb0(%l25: f32, %l26: f32):
          %v27 = arith.addf %l25, %l26 : f32
          scf.reduce.return %v27 : f32
        }
      }
    }
    %v28 = arith.addf %y, %y : f32
    scf.yield %v28, %v28 : f32, f32
  }
  %r32:2 = scf.while (%w29 = %y) : (f32) -> (f32, f32) {
    scf.parallel (%i33) = (%c0) to (%c0) step (%c1) {
      scf.for %i34 = %c0 to %n step %c1 {
        %v35 = arith.addf %w29, %x : f32
        %b36 = arith.xori %false, %true : i1
      }
      %b37 = arith.xori %c, %true : i1
    }
    scf.parallel (%i38) = (%n) to (%n) step (%c1) {
      %r39 = scf.while (%w40 = %y) : (f32) -> f32 {
        %v42 = arith.addf %r5#1, %w29 : f32
        func.call @sink(%r5#1) : (f32) -> ()
        func.call @sink(%x) : (f32) -> ()
        scf.condition(%true) %r5#1 : f32
      } do {
      ^bb0(%w41: f32):
        %b43 = arith.xori %d, %true : i1
        %b44 = arith.xori %b43, %true : i1
        scf.yield %r5#0 : f32
      }
      %r45 = scf.execute_region -> f32 no_inline {
        %v46 = arith.addf %w29, %w29 : f32
        func.call @sink(%r39) : (f32) -> ()
        scf.yield %r5#1 : f32
      }
    }
    %r51:2 = scf.while (%w47 = %w29, %w48 = %w29) : (f32, f32) -> (f32, f32) {
      scf.condition(%true) %w48, %w29 : f32, f32
    } do {
    ^bb0(%w49: f32, %w50: f32):
      scf.yield %x, %r5#0 : f32, f32
    }
    scf.condition(%c) %y, %r5#0 : f32, f32
  } do {
  ^bb0(%w30: f32, %w31: f32):
    func.call @sink(%r5#0) : (f32) -> ()
    scf.yield %r5#0 : f32
  }
  %b52 = arith.xori %false, %true : i1
  return %y : f32
}
