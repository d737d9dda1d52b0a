module {
  func.func @for_loops(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> f32 {
    scf.for %arg5 = %arg0 to %arg1 step %arg2 {
    }
    scf.for unsigned %arg5 = %arg0 to %arg1 step %arg2 {
      %3 = arith.index_cast %arg5 : index to i32
    }
    scf.for %arg5 = %arg4 to %arg4 step %arg4  : i32 {
      %3 = arith.addi %arg5, %arg4 : i32
    }
    %0 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3) -> (f32) {
      %3 = arith.addf %arg6, %arg3 : f32
      scf.yield %3 : f32
    }
    %1:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg0) -> (f32, index) {
      scf.for %arg8 = %arg0 to %arg7 step %arg2 {
      }
      scf.yield %arg6, %arg5 : f32, index
    } {some.attr = 3 : i64}
    %2 = scf.for unsigned %arg5 = %arg4 to %arg4 step %arg4 iter_args(%arg6 = %arg4) -> (i32)  : i32 {
      scf.yield %arg5 : i32
    }
    return %0 : f32
  }
  func.func @ifs(%arg0: i1, %arg1: f32, %arg2: f32) -> (f32, f32) {
    scf.if %arg0 {
    }
    scf.if %arg0 {
      %2 = arith.addf %arg1, %arg2 : f32
    } else {
      %2 = arith.mulf %arg1, %arg2 : f32
    }
    %0 = scf.if %arg0 -> (f32) {
      scf.yield %arg1 : f32
    } else {
      scf.yield %arg2 : f32
    }
    %1:2 = scf.if %arg0 -> (f32, f32) {
      %2 = scf.if %arg0 -> (f32) {
        scf.yield %arg1 : f32
      } else {
        scf.yield %arg2 : f32
      }
      scf.yield %2, %arg1 : f32, f32
    } else {
      scf.yield %arg2, %arg2 : f32, f32
    } {tag = "two"}
    return %1#0, %0 : f32, f32
  }
  func.func @whiles(%arg0: i1, %arg1: f32, %arg2: index) -> f32 {
    %0:2 = scf.while (%arg3 = %arg1, %arg4 = %arg2) : (f32, index) -> (f32, index) {
      scf.condition(%arg0) %arg3, %arg4 : f32, index
    } do {
    ^bb0(%arg3: f32, %arg4: index):
      %2 = arith.addf %arg3, %arg3 : f32
      scf.yield %2, %arg4 : f32, index
    }
    scf.while : () -> () {
      scf.condition(%arg0)
    } do {
      scf.yield
    }
    %1 = scf.while (%arg3 = %arg1) : (f32) -> i1 {
      scf.condition(%arg0) %arg0 : i1
    } do {
    ^bb0(%arg3: i1):
      scf.yield %arg1 : f32
    } attributes {note = "do-while"}
    return %0#0 : f32
  }
  func.func @switches(%arg0: index, %arg1: f32) -> f32 {
    %0 = scf.index_switch %arg0 -> f32 
    case 2 {
      scf.yield %arg1 : f32
    }
    case -5 {
      %2 = arith.addf %arg1, %arg1 : f32
      scf.yield %2 : f32
    }
    default {
      scf.yield %arg1 : f32
    }
    scf.index_switch %arg0 
    default {
    }
    scf.index_switch %arg0 {attr = 1 : i32} 
    case 0 {
      scf.yield
    }
    default {
    }
    %1:2 = scf.index_switch %arg0 -> f32, index 
    default {
      scf.yield %arg1, %arg0 : f32, index
    }
    return %0 : f32
  }
  func.func @parallels(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> f32 {
    scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) {
      scf.reduce 
    }
    %cst = arith.constant 0.000000e+00 : f32
    %0 = scf.parallel (%arg5, %arg6) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) init (%cst) -> f32 {
      scf.reduce(%arg3 : f32) {
      ^bb0(%arg7: f32, %arg8: f32):
        %2 = arith.addf %arg7, %arg8 : f32
        scf.reduce.return %2 : f32
      }
    }
    %1:2 = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3, %arg4) -> (f32, i32) {
      scf.reduce(%arg3, %arg4 : f32, i32) {
      ^bb0(%arg6: f32, %arg7: f32):
        %2 = arith.mulf %arg6, %arg7 : f32
        scf.reduce.return %2 : f32
      }, {
      ^bb0(%arg6: i32, %arg7: i32):
        %2 = arith.addi %arg6, %arg7 : i32
        scf.reduce.return %2 : i32
      }
    } {mapping = "none"}
    return %0 : f32
  }
  func.func @execute_regions(%arg0: i1, %arg1: i64) -> i64 {
    scf.execute_region {
      scf.yield
    }
    %0 = scf.execute_region -> i64 {
      cf.cond_br %arg0, ^bb1, ^bb2
    ^bb1:  // pred: ^bb0
      %c1_i64 = arith.constant 1 : i64
      cf.br ^bb3(%c1_i64 : i64)
    ^bb2:  // pred: ^bb0
      cf.br ^bb3(%arg1 : i64)
    ^bb3(%2: i64):  // 2 preds: ^bb1, ^bb2
      scf.yield %2 : i64
    }
    %1:2 = scf.execute_region -> (i64, i1) no_inline {
      scf.yield %arg1, %arg0 : i64, i1
    } {kept}
    return %0 : i64
  }
  func.func @foralls(%arg0: index, %arg1: index, %arg2: tensor<8xf32>, %arg3: tensor<?x4xf32>) -> tensor<8xf32> {
    scf.forall (%arg4, %arg5) in (%arg0, 8) {
    }
    scf.forall (%arg4) = (0) to (%arg0) step (2) {
    }
    scf.forall (%arg4, %arg5) = (%arg0, -1) to (%arg1, 10) step (%arg0, 3) {
      %2 = arith.addi %arg4, %arg5 : index
    }
    scf.forall (%arg4) in (%arg0) {
    }
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.forall (%arg4) in (%arg0) {
    }
    scf.forall (%arg4) in (4) {
    } {kept = 1 : i64}
    %0 = scf.forall (%arg4) in (4) shared_outs(%arg5 = %arg2) -> (tensor<8xf32>) {
      scf.forall.in_parallel {
      }
    }
    %1:2 = scf.forall (%arg4) in (4) shared_outs(%arg5 = %arg2, %arg6 = %arg3) -> (tensor<8xf32>, tensor<?x4xf32>) {
      scf.forall.in_parallel {
      }
    }
    return %0 : tensor<8xf32>
  }
}

