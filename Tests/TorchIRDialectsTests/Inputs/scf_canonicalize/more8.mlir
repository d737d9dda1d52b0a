// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more8.canonicalize.mlir.
func.func @par_iv_reduce(%x: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %r = scf.parallel (%i) = (%c3) to (%c3) step (%c1) init (%x) -> index {
    scf.reduce(%i : index) {
    ^bb0(%l: index, %r2: index):
      %s = arith.addi %l, %r2 : index
      scf.reduce.return %s : index
    }
  }
  %q = scf.parallel (%i) = (%c3) to (%x) step (%c1) init (%r) -> index {
    scf.reduce(%i : index) {
    ^bb0(%l: index, %r2: index):
      %s = arith.muli %l, %r2 : index
      scf.reduce.return %s : index
    }
  }
  %t = scf.parallel (%i) = (%c1) to (%c1) step (%c1) init (%q) -> index {
    scf.reduce(%i : index) {
    ^bb0(%l: index, %r2: index):
      %s = arith.addi %l, %r2 : index
      scf.reduce.return %s : index
    }
  }
  %c2 = arith.constant 2 : index
  %u = scf.parallel (%i) = (%c1) to (%c2) step (%c1) init (%t) -> index {
    scf.reduce(%i : index) {
    ^bb0(%l: index, %r2: index):
      %s = arith.subi %l, %r2 : index
      scf.reduce.return %s : index
    }
  }
  return %u : index
}
