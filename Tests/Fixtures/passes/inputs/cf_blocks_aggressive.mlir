// PIPELINE: builtin.module(canonicalize{region-simplify=aggressive})
// Block merging, dead loop-carried values, uniform block arguments, switch
// and constant branches (aggressive region simplification).
func.func @prune(%a: i32, %b: i32, %c: i1, %d: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.cond_br %d, ^bb3, ^bb4
^bb2:
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %0, %b : i32
  "test.use"(%1) : (i32) -> ()
  cf.br ^bb5
^bb3:
  %2 = arith.addi %b, %b : i32
  %3 = arith.addi %2, %b : i32
  "test.use"(%3) : (i32) -> ()
  cf.br ^bb5
^bb4:
  %4 = arith.addi %a, %a : i32
  %5 = arith.addi %4, %a : i32
  "test.use"(%5) : (i32) -> ()
  cf.br ^bb5
^bb5:
  return %a : i32
}


// -----


func.func @dead_cycle(%a: i32, %n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^loop(%c0, %a : i32, i32)
^loop(%i: i32, %acc: i32):
  %done = arith.cmpi sge, %i, %n : i32
  %acc2 = arith.muli %acc, %acc : i32
  %i2 = arith.addi %i, %c1 : i32
  cf.cond_br %done, ^exit, ^loop(%i2, %acc2 : i32, i32)
^exit:
  return %i : i32
}


// -----


func.func @graph_like(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2(%a : i32)
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  cf.br ^bb3(%x, %a : i32, i32)
^bb2(%y: i32):
  "test.use"(%y) : (i32) -> ()
  cf.br ^bb3(%y, %a : i32, i32)
^bb3(%p: i32, %q: i32):
  %r = arith.addi %p, %q : i32
  return %r : i32
}


// -----


func.func @switch_dead(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    1: ^bb2(%a, %a : i32, i32),
    2: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32, %z: i32):
  "test.use"(%y) : (i32) -> ()
  return %a : i32
}

// -----

func.func @a(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%a) : (i32) -> ()
  cf.br ^bb3(%a : i32)
^bb2:
  "test.use"(%c) : (i1) -> ()
  cf.br ^bb3(%a : i32)
^bb3(%p: i32):
  return %p : i32
}

// -----

func.func @b(%a: i32, %c: i1) -> i32 {
  "test.br"()[^bb1, ^bb2] : () -> ()
^bb1:
  "test.use"(%a) : (i32) -> ()
  "test.br"(%a)[^bb3] : (i32) -> ()
^bb2:
  "test.use"(%c) : (i1) -> ()
  "test.br"(%a)[^bb3] : (i32) -> ()
^bb3(%p: i32):
  return %p : i32
}

// -----

func.func @c1(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  return %x : i32
^bb2:
  "test.use"(%c) : (i1) -> ()
  return %a : i32
}

// -----

func.func @c2(%a: i32, %c: i1, %d: i1) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  return %x : i32
^bb2:
  "test.use"(%c) : (i1) -> ()
  cf.cond_br %d, ^bb1(%a : i32), ^bb3
^bb3:
  return %a : i32
}

// -----

func.func @s1(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    1: ^bb2
  ]
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  return %x : i32
^bb2:
  "test.use"(%f) : (i32) -> ()
  return %a : i32
}

// -----

func.func @o(%a: i32, %c: i1) -> i32 {
  %true = arith.constant true
  cf.cond_br %c, ^bb3, ^bb4
^bb3:
  "test.use"(%c) : (i1) -> ()
  cf.cond_br %true, ^bb1(%a : i32), ^bb2
^bb4:
  "test.use"(%c) : (i1) -> ()
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  "test.use"(%x) : (i32) -> ()
  return %x : i32
^bb2:
  return %a : i32
}

// -----

func.func @o(%a: i32, %c: i1) -> i32 {
  %true = arith.constant true
  cf.cond_br %true, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  return %a : i32
}

// -----

func.func @p(%a: i32) -> i32 {
  cf.br ^bb1
^bb2:
  return %a : i32
^bb1:
  return %a : i32
}

// -----

func.func @q(%a: i32) -> i32 {
  %c = arith.constant 1 : i32
  cf.switch %c : i32, [
    default: ^bb1,
    1: ^bb2
  ]
^bb1:
  return %a : i32
^bb2:
  return %a : i32
}

// -----

func.func @r(%a: i32) -> i32 {
  return %a : i32
^bb1:
  return %a : i32
}

// -----

func.func @s(%a: i32) -> i32 {
  "test.br"()[^bb2] : () -> ()
^bb1:
  return %a : i32
^bb2:
  return %a : i32
}

// -----

func.func @t(%a: i32) -> i32 {
  %c = arith.addi %a, %a : i32
  "test.br"()[^bb2] : () -> ()
^bb1:
  %d = arith.addi %a, %a : i32
  return %d : i32
^bb2:
  return %a : i32
}
