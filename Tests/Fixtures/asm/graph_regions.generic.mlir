"builtin.module"() ({
  %0 = "foo.add"(%1, %1) : (i32, i32) -> i32
  %1 = "foo.constant"() {value = 1 : i32} : () -> i32
  "foo.graph"() ({
    %4 = "foo.node"(%5) : (i32) -> i32
    %5 = "foo.node"(%4) : (i32) -> i32
    %6 = "foo.node"(%6) : (i32) -> i32
    "foo.node"(%7#1) : (f32) -> ()
    %7:2 = "foo.pair"() : () -> (i1, f32)
  }) : () -> ()
  "foo.outer_graph"() ({
    "foo.inner_graph"() ({
      "foo.use"(%3) : (i64) -> ()
    }) : () -> ()
    %3 = "foo.def"() : () -> i64
  }) : () -> ()
  "foo.cfg"() ({
    %2 = "foo.def"() : () -> i8
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.use"(%2) : (i8) -> ()
  }) : () -> ()
}) : () -> ()

