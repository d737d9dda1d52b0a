// A random scf program (Tests/Fixtures/scf_random_programs.py, seed 2, program 90); torch-mlir-opt
// --canonicalize output is Tests/Fixtures/scf/random_90.canonicalize.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %v1 = arith.addf %y, %x : f32
  %r2 = scf.index_switch %n -> f32
  case 5 {
    %r3 = scf.index_switch %c2 -> f32
    default {
      scf.for %i4 = %c2 to %c1 step %c1 {
        %b5 = arith.xori %c, %true : i1
        func.call @sink(%x) : (f32) -> ()
        func.call @sink(%x) : (f32) -> ()
      }
      func.call @sink(%y) : (f32) -> ()
      %v6 = arith.addf %v1, %v1 : f32
      scf.yield %x : f32
    }
    %r7 = scf.index_switch %n -> f32
    default {
      %r8 = scf.index_switch %c0 -> f32
      case 1 {
        %v9 = arith.addf %x, %y : f32
        %v10 = arith.addf %r3, %v1 : f32
        %b11 = arith.xori %c, %true : i1
        scf.yield %x : f32
      }
      case 2 {
        func.call @sink(%y) : (f32) -> ()
        func.call @sink(%x) : (f32) -> ()
        func.call @sink(%x) : (f32) -> ()
        scf.yield %v1 : f32
      }
      default {
        scf.yield %v1 : f32
      }
      scf.yield %v1 : f32
    }
    scf.if %false {
      scf.for %i12 = %c0 to %c1 step %c1 {
        %v13 = arith.addf %r7, %v1 : f32
        %v14 = arith.addf %v13, %r3 : f32
        %v15 = arith.addf %v14, %r7 : f32
      }
      %b16 = arith.xori %false, %true : i1
    } else {
      func.call @sink(%y) : (f32) -> ()
      %r17 = scf.execute_region -> f32 no_inline {
        %b18 = arith.xori %d, %true : i1
        func.call @sink(%r7) : (f32) -> ()
        scf.yield %y : f32
      }
    }
    scf.yield %x : f32
  }
  default {
    scf.yield %x : f32
  }
  %r19 = scf.while (%w20 = %r2) : (f32) -> f32 {
    %b22 = arith.xori %true, %true : i1
    %r23 = scf.index_switch %n -> f32
    case 1 {
      %r24 = scf.index_switch %c2 -> f32
      case 5 {
        func.call @sink(%r2) : (f32) -> ()
        %b25 = arith.xori %c, %true : i1
        scf.yield %x : f32
      }
      default {
        scf.yield %w20 : f32
      }
      %r27 = scf.if %c -> (f32) {
        %b28 = arith.xori %true, %true : i1
        scf.yield %r24 : f32
      } else {
        %v29 = arith.addf %w20, %r24 : f32
        func.call @sink(%r2) : (f32) -> ()
        scf.yield %v29 : f32
      }
      %r30 = scf.index_switch %c1 -> f32
      case 0 {
        func.call @sink(%w20) : (f32) -> ()
        %b31 = arith.xori %c, %true : i1
        scf.yield %y : f32
      }
      case 1 {
        %v32 = arith.addf %x, %r2 : f32
        scf.yield %w20 : f32
      }
      default {
        scf.yield %w20 : f32
      }
      scf.yield %r30 : f32
    }
    case 2 {
      scf.yield %v1 : f32
    }
    default {
      scf.yield %r2 : f32
    }
    %r35:2 = scf.if %b22 -> (f32, f32) {
      %r36 = scf.while (%w37 = %r2) : (f32) -> f32 {
        %b39 = arith.xori %true, %true : i1
        func.call @sink(%r23) : (f32) -> ()
        %v40 = arith.addf %v1, %r23 : f32
        scf.condition(%d) %r2 : f32
      } do {
      ^bb0(%w38: f32):
        %b41 = arith.xori %d, %true : i1
        func.call @sink(%w20) : (f32) -> ()
        scf.yield %w20 : f32
      }
      %r42 = scf.execute_region -> f32 no_inline {
        scf.yield %r2 : f32
      }
      scf.yield %r23, %r2 : f32, f32
    } else {
      %r43 = scf.while (%w44 = %r23) : (f32) -> f32 {
        func.call @sink(%r2) : (f32) -> ()
        %v46 = arith.addf %r23, %r2 : f32
        %b47 = arith.xori %false, %true : i1
        scf.condition(%false) %r23 : f32
      } do {
      ^bb0(%w45: f32):
        scf.yield %w20 : f32
      }
      %r48 = scf.execute_region -> f32 {
        scf.yield %w20 : f32
      }
      scf.yield %y, %r23 : f32, f32
    }
    scf.condition(%c) %v1 : f32
  } do {
  ^bb0(%w21: f32):
    %r49 = scf.while (%w50 = %w21) : (f32) -> f32 {
      %r52 = scf.execute_region -> f32 {
        func.call @sink(%y) : (f32) -> ()
        func.call @sink(%r2) : (f32) -> ()
        scf.yield %r2 : f32
      }
      scf.condition(%false) %y : f32
    } do {
    ^bb0(%w51: f32):
      %r53 = scf.while (%w54 = %w21) : (f32) -> f32 {
        %v56 = arith.addf %x, %y : f32
        func.call @sink(%v1) : (f32) -> ()
        %v57 = arith.addf %v1, %r2 : f32
        scf.condition(%false) %w54 : f32
      } do {
      ^bb0(%w55: f32):
        %b58 = arith.xori %c, %true : i1
        func.call @sink(%y) : (f32) -> ()
        func.call @sink(%y) : (f32) -> ()
        scf.yield %y : f32
      }
      %r59 = scf.while (%w60 = %v1) : (f32) -> f32 {
        %b62 = arith.xori %c, %true : i1
        scf.condition(%false) %x : f32
      } do {
      ^bb0(%w61: f32):
        func.call @sink(%w61) : (f32) -> ()
        scf.yield %x : f32
      }
      scf.yield %y : f32
    }
    %r63 = scf.index_switch %n -> f32
    case 2 {
      %r64 = scf.execute_region -> f32 {
        func.call @sink(%r49) : (f32) -> ()
        %v65 = arith.addf %y, %v1 : f32
        %b66 = arith.xori %c, %true : i1
        scf.yield %r2 : f32
      }
      %r67 = scf.while (%w68 = %v1) : (f32) -> f32 {
        %b70 = arith.xori %c, %true : i1
        scf.condition(%false) %x : f32
      } do {
      ^bb0(%w69: f32):
        %v71 = arith.addf %r64, %w69 : f32
        scf.yield %y : f32
      }
      func.call @sink(%r2) : (f32) -> ()
      scf.yield %v1 : f32
    }
    case 5 {
      scf.yield %y : f32
    }
    default {
      scf.yield %v1 : f32
    }
    scf.yield %x : f32
  }
  return %y : f32
}
