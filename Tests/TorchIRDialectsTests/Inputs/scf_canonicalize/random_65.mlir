// A random scf program (Tests/Fixtures/scf_random_programs.py, seed 2, program 65); torch-mlir-opt
// --canonicalize output is Tests/Fixtures/scf/random_65.canonicalize.mlir.
func.func private @sink(f32)
func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {
  %true = arith.constant true
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r1 = scf.while (%w2 = %y) : (f32) -> f32 {
    %r4 = scf.while (%w5 = %w2) : (f32) -> f32 {
      %r7 = scf.execute_region -> f32 no_inline {
        %v8 = arith.addf %w5, %y : f32
        %b9 = arith.xori %false, %true : i1
        scf.yield %w5 : f32
      }
      func.call @sink(%w5) : (f32) -> ()
      scf.condition(%c) %x : f32
    } do {
    ^bb0(%w6: f32):
      %b10 = arith.xori %d, %true : i1
      %r11 = scf.index_switch %c2 -> f32
      case 0 {
        %v12 = arith.addf %x, %y : f32
        %v13 = arith.addf %x, %w6 : f32
        scf.yield %v13 : f32
      }
      default {
        func.call @sink(%w6) : (f32) -> ()
        %v14 = arith.addf %y, %w6 : f32
        func.call @sink(%w6) : (f32) -> ()
        scf.yield %v14 : f32
      }
      %v15 = arith.addf %y, %y : f32
      scf.yield %w2 : f32
    }
    %r16 = scf.index_switch %n -> f32
    case 2 {
      scf.for %i17 = %n to %c2 step %c2 {
        %v18 = arith.addf %w2, %r4 : f32
      }
      scf.yield %w2 : f32
    }
    case 5 {
      %v19 = arith.addf %w2, %x : f32
      %r20 = scf.while (%w21 = %y) : (f32) -> f32 {
        func.call @sink(%v19) : (f32) -> ()
        %v23 = arith.addf %r4, %w21 : f32
        scf.condition(%c) %w21 : f32
      } do {
      ^bb0(%w22: f32):
        scf.yield %w22 : f32
      }
      scf.yield %x : f32
    }
    default {
      %r25 = scf.if %false -> (f32) {
        scf.yield %w2 : f32
      } else {
        %b26 = arith.xori %d, %true : i1
        scf.yield %y : f32
      }
      %v27 = arith.addf %y, %x : f32
      scf.yield %x : f32
    }
    scf.condition(%false) %w2 : f32
  } do {
  ^bb0(%w3: f32):
    %r30 = scf.for %i28 = %c0 to %c1 step %c2 iter_args(%a29 = %w3) -> (f32) {
      %r34:2 = scf.for %i31 = %c1 to %c2 step %c1 iter_args(%a32 = %w3, %a33 = %x) -> (f32, f32) {
        func.call @sink(%a29) : (f32) -> ()
        %v35 = arith.addf %a32, %y : f32
        %b36 = arith.xori %d, %true : i1
        scf.yield %a33, %a29 : f32, f32
      }
      %r38 = scf.if %c -> (f32) {
        %b39 = arith.xori %false, %true : i1
        func.call @sink(%a29) : (f32) -> ()
        scf.yield %r34#0 : f32
      } else {
        scf.yield %y : f32
      }
      %b40 = arith.xori %d, %true : i1
      scf.yield %w3 : f32
    }
    %r43:2 = scf.if %c -> (f32, f32) {
      %v44 = arith.addf %y, %r30 : f32
      scf.yield %w3, %w3 : f32, f32
    } else {
      %r45 = scf.execute_region -> f32 {
        func.call @sink(%r30) : (f32) -> ()
        %v46 = arith.addf %w3, %y : f32
        scf.yield %r30 : f32
      }
      %r47 = scf.execute_region -> f32 {
        %v48 = arith.addf %y, %y : f32
        scf.yield %w3 : f32
      }
      scf.yield %w3, %r47 : f32, f32
    }
    %r51:2 = scf.if %d -> (f32, f32) {
      %b52 = arith.xori %d, %true : i1
      func.call @sink(%r30) : (f32) -> ()
      scf.yield %r43#1, %y : f32, f32
    } else {
      %r53 = scf.index_switch %c2 -> f32
      default {
        scf.yield %r43#1 : f32
      }
      %r54 = scf.index_switch %n -> f32
      case 1 {
        scf.yield %r53 : f32
      }
      case 2 {
        func.call @sink(%r43#1) : (f32) -> ()
        %b55 = arith.xori %d, %true : i1
        func.call @sink(%w3) : (f32) -> ()
        scf.yield %r30 : f32
      }
      default {
        scf.yield %x : f32
      }
      %b56 = arith.xori %false, %true : i1
      scf.yield %x, %r43#0 : f32, f32
    }
    scf.yield %r43#1 : f32
  }
  %b57 = arith.xori %false, %true : i1
  %r60:2 = scf.if %d -> (f32, f32) {
    %r64:2 = scf.for %i61 = %c2 to %n step %c2 iter_args(%a62 = %r1, %a63 = %x) -> (f32, f32) {
      %r65 = scf.execute_region -> f32 {
        %b66 = arith.xori %false, %true : i1
        %v67 = arith.addf %r1, %a62 : f32
        %v68 = arith.addf %x, %r1 : f32
        scf.yield %y : f32
      }
      func.call @sink(%y) : (f32) -> ()
      %r71 = scf.for %i69 = %c0 to %c0 step %c2 iter_args(%a70 = %x) -> (f32) {
        func.call @sink(%y) : (f32) -> ()
        %v72 = arith.addf %x, %a63 : f32
        scf.yield %v72 : f32
      }
      scf.yield %a62, %a63 : f32, f32
    }
    %r75:2 = scf.if %false -> (f32, f32) {
      %r78:2 = scf.if %d -> (f32, f32) {
        func.call @sink(%r64#0) : (f32) -> ()
        scf.yield %x, %r1 : f32, f32
      } else {
        %v79 = arith.addf %r64#0, %r64#0 : f32
        scf.yield %v79, %y : f32, f32
      }
      scf.yield %r78#0, %x : f32, f32
    } else {
      %r83:2 = scf.for %i80 = %c1 to %c0 step %c2 iter_args(%a81 = %x, %a82 = %r64#0) -> (f32, f32) {
        func.call @sink(%r1) : (f32) -> ()
        %b84 = arith.xori %d, %true : i1
        scf.yield %r64#1, %a81 : f32, f32
      }
      %r85 = scf.while (%w86 = %r83#0) : (f32) -> f32 {
        func.call @sink(%x) : (f32) -> ()
        scf.condition(%b57) %y : f32
      } do {
      ^bb0(%w87: f32):
        scf.yield %y : f32
      }
      scf.yield %r64#0, %r83#1 : f32, f32
    }
    scf.if %b57 {
    } else {
    }
    scf.yield %x, %x : f32, f32
  } else {
    scf.if %c {
      %v88 = arith.addf %x, %y : f32
      %v89 = arith.addf %y, %y : f32
      %r93:2 = scf.for %i90 = %c0 to %n step %c1 iter_args(%a91 = %x, %a92 = %v88) -> (f32, f32) {
        %b94 = arith.xori %c, %true : i1
        %b95 = arith.xori %b57, %true : i1
        func.call @sink(%a91) : (f32) -> ()
        scf.yield %a92, %a92 : f32, f32
      }
    } else {
      %r98 = scf.for %i96 = %c2 to %c0 step %c2 iter_args(%a97 = %r1) -> (f32) {
        %b99 = arith.xori %true, %true : i1
        %v100 = arith.addf %r1, %x : f32
        %v101 = arith.addf %v100, %y : f32
        scf.yield %v100 : f32
      }
      %r102 = scf.execute_region -> f32 {
        scf.yield %x : f32
      }
    }
    %r103 = scf.index_switch %c1 -> f32
    case 1 {
      %r104 = scf.execute_region -> f32 {
        scf.yield %r1 : f32
      }
      %r105 = scf.index_switch %n -> f32
      default {
        %b106 = arith.xori %false, %true : i1
        %v107 = arith.addf %r1, %y : f32
        %b108 = arith.xori %d, %true : i1
        scf.yield %v107 : f32
      }
      %v109 = arith.addf %y, %r1 : f32
      scf.yield %x : f32
    }
    case 2 {
      %b110 = arith.xori %b57, %true : i1
      scf.yield %x : f32
    }
    default {
      %r113:2 = scf.if %d -> (f32, f32) {
        func.call @sink(%r1) : (f32) -> ()
        %b114 = arith.xori %d, %true : i1
        func.call @sink(%x) : (f32) -> ()
        scf.yield %y, %y : f32, f32
      } else {
        func.call @sink(%y) : (f32) -> ()
        scf.yield %r1, %r1 : f32, f32
      }
      %r115 = scf.while (%w116 = %y) : (f32) -> f32 {
        %v118 = arith.addf %r113#1, %r1 : f32
        scf.condition(%true) %r113#1 : f32
      } do {
      ^bb0(%w117: f32):
        %v119 = arith.addf %r1, %x : f32
        %b120 = arith.xori %false, %true : i1
        scf.yield %r113#1 : f32
      }
      scf.yield %y : f32
    }
    %r122 = scf.if %true -> (f32) {
      %b123 = arith.xori %false, %true : i1
      %r124 = scf.while (%w125 = %x) : (f32) -> f32 {
        scf.condition(%c) %r103 : f32
      } do {
      ^bb0(%w126: f32):
        func.call @sink(%r1) : (f32) -> ()
        scf.yield %x : f32
      }
      scf.yield %r103 : f32
    } else {
      %v127 = arith.addf %r103, %r103 : f32
      %r128 = scf.while (%w129 = %x) : (f32) -> f32 {
        func.call @sink(%r1) : (f32) -> ()
        func.call @sink(%r103) : (f32) -> ()
        scf.condition(%c) %y : f32
      } do {
      ^bb0(%w130: f32):
        scf.yield %r103 : f32
      }
      scf.yield %r128 : f32
    }
    scf.yield %r122, %r103 : f32, f32
  }
  return %x : f32
}
