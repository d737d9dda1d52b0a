"builtin.module"() ({
  "func.func"() <{function_type = (index, i1, f32) -> f32, sym_name = "generic"}> ({
  ^bb0(%arg0: index, %arg1: i1, %arg2: f32):
    %0 = "scf.for"(%arg0, %arg0, %arg0, %arg2) <{unsignedCmp}> ({
    ^bb0(%arg9: index, %arg10: f32):
      "scf.yield"(%arg10) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "scf.for"(%arg0, %arg0, %arg0) ({
    ^bb0(%arg8: index):
      "scf.yield"() {marker} : () -> ()
    }) : (index, index, index) -> ()
    %1 = "scf.if"(%arg1) ({
      "scf.yield"(%0) : (f32) -> ()
    }, {
      "scf.yield"(%arg2) : (f32) -> ()
    }) : (i1) -> f32
    "scf.if"(%arg1) ({
      "scf.yield"() : () -> ()
    }, {
    }) {discardable = 1 : i64} : (i1) -> ()
    %2 = "scf.while"(%1) ({
    ^bb0(%arg7: f32):
      "scf.condition"(%arg1, %arg7) : (i1, f32) -> ()
    }, {
    ^bb0(%arg6: f32):
      "scf.yield"(%arg6) : (f32) -> ()
    }) : (f32) -> f32
    %3 = "scf.index_switch"(%arg0) <{cases = array<i64: 7, 9>}> ({
      "scf.yield"(%arg2) : (f32) -> ()
    }, {
      "scf.yield"(%2) : (f32) -> ()
    }, {
      "scf.yield"(%1) : (f32) -> ()
    }) : (index) -> f32
    "scf.index_switch"(%arg0) <{cases = array<i64>}> ({
      "scf.yield"() {kept} : () -> ()
    }) : (index) -> ()
    %4 = "scf.parallel"(%arg0, %arg0, %arg0, %3) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>}> ({
    ^bb0(%arg3: index):
      "scf.reduce"(%arg2) ({
      ^bb0(%arg4: f32, %arg5: f32):
        "scf.reduce.return"(%arg4) : (f32) -> ()
      }) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    %5 = "scf.execute_region"() <{no_inline}> ({
      "scf.yield"(%4) : (f32) -> ()
    }) : () -> f32
    "func.return"(%5) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

