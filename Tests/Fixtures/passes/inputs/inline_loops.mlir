// PIPELINE: builtin.module(inline)
// FLAGS: --mlir-print-debuginfo
// A multi-block callee with a loop, inlined twice into a multi-block caller;
// inlined ops get call-site locations.
func.func private @sum(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  cf.br ^h(%c0, %c0 : index, index)
^h(%i: index, %acc: index):
  %d = arith.cmpi sge, %i, %n : index
  cf.cond_br %d, ^x, ^b
^b:
  %a2 = arith.addi %acc, %i : index
  %i2 = arith.addi %i, %c1 : index
  cf.br ^h(%i2, %a2 : index, index)
^x:
  return %acc : index
}
func.func @main(%n: index, %c: i1) -> index {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = call @sum(%n) : (index) -> index
  %1 = call @sum(%0) : (index) -> index
  cf.br ^bb3(%1 : index)
^bb2:
  cf.br ^bb3(%n : index)
^bb3(%r: index):
  return %r : index
}
