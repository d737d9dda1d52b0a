// PIPELINE: builtin.module(canonicalize{region-simplify=aggressive})
// Unreachable blocks, dead ops and dead block arguments (aggressive level: also merges blocks and drops redundant arguments).
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

// -----

func.func @merge_with_new_arguments(%a: i32, %b: i32, %d: i32, %c: i1, %e: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %a, %b : i32
  cf.br ^bb4(%0 : i32)
^bb2:
  cf.cond_br %e, ^bb3, ^bb5
^bb3:
  %1 = arith.addi %d, %b : i32
  cf.br ^bb4(%1 : i32)
^bb5:
  %2 = arith.addi %d, %d : i32
  cf.br ^bb4(%2 : i32)
^bb4(%r: i32):
  return %r : i32
}

// -----

func.func @not_mergeable_region_ops(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = "test.region"() ({
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  cf.br ^bb3(%0 : i32)
^bb2:
  %1 = "test.region"() ({
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  cf.br ^bb3(%1 : i32)
^bb3(%r: i32):
  return %r : i32
}
