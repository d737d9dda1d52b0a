"builtin.module"() ({
  "func.func"() <{function_type = (index) -> (), sym_name = "f"}> ({
  ^bb0(%arg3: index):
    "scf.index_switch"(%arg3) <{cases = array<i64: -9223372036854775808, 9223372036854775807>}> ({
      "scf.yield"() : () -> ()
    }, {
      "scf.yield"() : () -> ()
    }, {
      "scf.yield"() : () -> ()
    }) : (index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> (), sym_name = "g"}> ({
  ^bb0(%arg0: index):
    "scf.forall"(%arg0, %arg0) <{operandSegmentSizes = array<i32: 1, 0, 1, 0>, staticLowerBound = array<i64: -9223372036854775807, -9223372036854775808>, staticStep = array<i64: -9223372036854775808, 3>, staticUpperBound = array<i64: 9223372036854775807, 0>}> ({
    ^bb0(%arg1: index, %arg2: index):
      "scf.forall.in_parallel"() ({
      ^bb0:
      }) : () -> ()
    }) : (index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

