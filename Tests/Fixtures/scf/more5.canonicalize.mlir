module {
  func.func private @sink(index)
  func.func private @sinkf(f32)
  func.func @forall_static(%arg0: index) {
    scf.forall (%arg1, %arg2) = (%arg0, 3) to (8, 8) step (3, %arg0) {
      func.call @sink(%arg1) : (index) -> ()
      func.call @sink(%arg2) : (index) -> ()
    }
    return
  }
  func.func @par_reduce_one(%arg0: f32, %arg1: f32) -> f32 {
    %0 = arith.mulf %arg1, %arg1 : f32
    %1 = arith.addf %arg0, %0 : f32
    return %1 : f32
  }
  func.func @par_reduce_partial(%arg0: f32, %arg1: f32, %arg2: index) -> f32 {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.parallel (%arg3) = (%c0) to (%arg2) step (%c1) init (%arg0) -> f32 {
      func.call @sink(%c0) : (index) -> ()
      scf.reduce(%arg1 : f32) {
      ^bb0(%arg4: f32, %arg5: f32):
        %1 = arith.addf %arg4, %arg5 : f32
        scf.reduce.return %1 : f32
      }
    }
    return %0 : f32
  }
  func.func @for_same_bounds(%arg0: index, %arg1: f32) -> f32 {
    return %arg1 : f32
  }
  func.func @for_neg_step(%arg0: index, %arg1: index, %arg2: f32) -> f32 {
    %c-1 = arith.constant -1 : index
    %0 = scf.for %arg3 = %arg0 to %arg1 step %c-1 iter_args(%arg4 = %arg2) -> (f32) {
      func.call @sinkf(%arg4) : (f32) -> ()
      %1 = arith.addf %arg4, %arg4 : f32
      scf.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @for_i8_wrap(%arg0: f32) -> f32 {
    %c-128_i8 = arith.constant -128 : i8
    %c127_i8 = arith.constant 127 : i8
    %c100_i8 = arith.constant 100 : i8
    %0 = scf.for %arg1 = %c-128_i8 to %c127_i8 step %c100_i8 iter_args(%arg2 = %arg0) -> (f32)  : i8 {
      func.call @sinkf(%arg2) : (f32) -> ()
      %1 = arith.addf %arg2, %arg2 : f32
      scf.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @forall_zero_out(%arg0: index, %arg1: tensor<4xf32>) -> tensor<4xf32> {
    return %arg1 : tensor<4xf32>
  }
}

