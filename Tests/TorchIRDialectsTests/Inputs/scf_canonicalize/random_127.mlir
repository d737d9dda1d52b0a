// A random scf program (Tests/Fixtures/scf_random_programs.py, seed 2, program 127); torch-mlir-opt
// --canonicalize output is Tests/Fixtures/scf/random_127.canonicalize.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r1 = scf.while (%w2 = %y) : (f32) -> f32 {
    %r6 = scf.for %i4 = %n to %c2 step %c1 iter_args(%a5 = %x) -> (f32) {
      scf.yield %w2 : f32
    }
    %r9:2 = scf.if %c -> (f32, f32) {
      %r13:2 = scf.for %i10 = %c2 to %c0 step %c2 iter_args(%a11 = %y, %a12 = %r6) -> (f32, f32) {
        func.call @sink(%r6) : (f32) -> ()
        func.call @sink(%a12) : (f32) -> ()
        scf.yield %x, %x : f32, f32
      }
      scf.yield %r6, %y : f32, f32
    } else {
      %r14 = scf.while (%w15 = %y) : (f32) -> f32 {
        func.call @sink(%r6) : (f32) -> ()
        scf.condition(%d) %w2 : f32
      } do {
      ^bb0(%w16: f32):
        scf.yield %y : f32
      }
      scf.yield %x, %r6 : f32, f32
    }
    scf.condition(%true) %w2 : f32
  } do {
  ^bb0(%w3: f32):
    %r17 = scf.index_switch %n -> f32
    default {
      %r21:2 = scf.for %i18 = %c1 to %n step %c2 iter_args(%a19 = %x, %a20 = %y) -> (f32, f32) {
        scf.yield %a20, %y : f32, f32
      }
      %b22 = arith.xori %c, %true : i1
      %r23 = scf.index_switch %c1 -> f32
      case 1 {
        %v24 = arith.addf %r21#1, %r21#0 : f32
        %v25 = arith.addf %r21#1, %v24 : f32
        func.call @sink(%y) : (f32) -> ()
        scf.yield %v24 : f32
      }
      default {
        func.call @sink(%x) : (f32) -> ()
        func.call @sink(%w3) : (f32) -> ()
        scf.yield %r21#0 : f32
      }
      scf.yield %x : f32
    }
    %r28 = scf.for %i26 = %c0 to %c2 step %c1 iter_args(%a27 = %y) -> (f32) {
      %r29 = scf.while (%w30 = %w3) : (f32) -> f32 {
        %v32 = arith.addf %y, %r17 : f32
        %v33 = arith.addf %x, %w30 : f32
        scf.condition(%true) %r17 : f32
      } do {
      ^bb0(%w31: f32):
        scf.yield %r17 : f32
      }
      scf.yield %r29 : f32
    }
    scf.yield %r28 : f32
  }
  return %y : f32
}
