module {
  %0 = "foo.add"(%1, %1) : (i32, i32) -> i32
  %1 = "foo.constant"() {value = 1 : i32} : () -> i32
  "foo.graph"() ({
    %2 = "foo.node"(%3) : (i32) -> i32
    %3 = "foo.node"(%2) : (i32) -> i32
    %4 = "foo.node"(%4) : (i32) -> i32
    "foo.node"(%5#1) : (f32) -> ()
    %5:2 = "foo.pair"() : () -> (i1, f32)
  }) : () -> ()
  "foo.outer_graph"() ({
    "foo.inner_graph"() ({
      "foo.use"(%2) : (i64) -> ()
    }) : () -> ()
    %2 = "foo.def"() : () -> i64
  }) : () -> ()
  "foo.cfg"() ({
    %2 = "foo.def"() : () -> i8
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.use"(%2) : (i8) -> ()
  }) : () -> ()
}

