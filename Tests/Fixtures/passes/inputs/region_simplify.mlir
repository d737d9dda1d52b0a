// PIPELINE: builtin.module(canonicalize)
// Unreachable blocks, dead ops and dead block arguments (normal level).
func.func @unreachable(%a: i32) -> i32 {
  return %a : i32
^bb1(%x: i32):
  %0 = arith.addi %x, %x : i32
  cf.br ^bb2(%0 : i32)
^bb2(%y: i32):
  cf.br ^bb1(%y : i32)
}

// -----

func.func @dead_loop_carried(%a: i32, %c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%a, %a : i32, i32)
^bb1(%x: i32, %dead: i32):
  %next = arith.addi %dead, %c1 : i32
  cf.cond_br %c, ^bb1(%x, %next : i32, i32), ^bb2
^bb2:
  return %x : i32
}

// -----

func.func @nested_dead_blocks(%a: i32, %c: i1) -> i32 {
  %r = "test.region"() ({
    cf.br ^bb2
  ^bb1:
    %0 = arith.addi %a, %a : i32
    "test.yield"(%0) : (i32) -> ()
  ^bb2:
    %1 = arith.muli %a, %a : i32
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  return %r : i32
}

// -----

func.func @identical_blocks_normal(%a: i32, %b: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.muli %a, %b : i32
  cf.br ^bb3(%0 : i32)
^bb2:
  %1 = arith.muli %a, %b : i32
  cf.br ^bb3(%1 : i32)
^bb3(%r: i32):
  return %r : i32
}

// -----

func.func @same_argument_everywhere(%a: i32, %b: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb2
^bb2:
  cf.br ^bb1(%a, %a : i32, i32)
^bb1(%x: i32, %y: i32):
  %0 = arith.addi %x, %y : i32
  return %0 : i32
}
