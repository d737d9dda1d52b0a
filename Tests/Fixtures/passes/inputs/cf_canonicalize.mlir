// PIPELINE: builtin.module(func.func(canonicalize))
// cf canonicalizations together with region simplification.
func.func @pass_through(%a: i32, %b: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%b : i32)
^bb1:
  cf.br ^bb3(%a : i32)
^bb2(%x: i32):
  cf.br ^bb3(%x : i32)
^bb3(%r: i32):
  "test.use"(%r) : (i32) -> ()
  cf.br ^bb4
^bb4:
  return %r : i32
}

// -----

func.func @truth_propagation(%c: i1, %a: i32) -> i1 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%c) : (i1) -> ()
  cf.br ^bb3(%c : i1)
^bb2:
  "test.use"(%c) : (i1) -> ()
  cf.br ^bb3(%c : i1)
^bb3(%r: i1):
  return %r : i1
}

// -----

func.func @same_condition(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb4(%b : i32)
^bb1:
  "test.use"(%a) : (i32) -> ()
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  "test.use"(%a) : (i32) -> ()
  cf.br ^bb4(%a : i32)
^bb3:
  "test.use"(%b) : (i32) -> ()
  cf.br ^bb4(%b : i32)
^bb4(%r: i32):
  return %r : i32
}

// -----

func.func @loop(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  cf.br ^header(%c0, %c0 : index, index)
^header(%i: index, %acc: index):
  %done = arith.cmpi sge, %i, %n : index
  cf.cond_br %done, ^exit, ^body
^body:
  %next = arith.addi %i, %c1 : index
  %acc2 = arith.addi %acc, %i : index
  cf.br ^header(%next, %acc2 : index, index)
^exit:
  return %i : index
}

// -----

func.func @constant_branches() -> i32 {
  %true = arith.constant true
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %true, ^bb1(%c1 : i32), ^bb2(%c2 : i32)
^bb1(%x: i32):
  cf.br ^bb3(%x : i32)
^bb2(%y: i32):
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}
