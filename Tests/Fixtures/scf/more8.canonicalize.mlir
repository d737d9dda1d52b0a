module {
  func.func @par_iv_reduce(%arg0: index) -> index {
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %0 = scf.parallel (%arg1) = (%c3) to (%arg0) step (%c1) init (%arg0) -> index {
      scf.reduce(%arg1 : index) {
      ^bb0(%arg2: index, %arg3: index):
        %2 = arith.muli %arg2, %arg3 : index
        scf.reduce.return %2 : index
      }
    }
    %1 = arith.subi %0, %c1 : index
    return %1 : index
  }
}

