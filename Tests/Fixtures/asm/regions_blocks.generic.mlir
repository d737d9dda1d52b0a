"builtin.module"() ({
  "foo.one_region"() ({
    "foo.inner"() : () -> ()
  }) : () -> ()
  "foo.two_regions"() ({
    "foo.a"() : () -> ()
  }, {
    "foo.b"() : () -> ()
  }) : () -> ()
  "foo.entry_args"() ({
  ^bb0(%arg4: i32, %arg5: f32):
    "foo.use"(%arg4, %arg5) : (i32, f32) -> ()
  }) : () -> ()
  "foo.entry_label"() ({
    "foo.use"() : () -> ()
  }) : () -> ()
  "foo.cfg"() ({
  ^bb0(%arg3: i32):
    %6 = "foo.cond"() : () -> i1
    "foo.cond_br"(%6, %arg3)[^bb1, ^bb2] : (i1, i32) -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"(%arg3)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    %7 = "foo.value"() : () -> i32
    "foo.br"(%7)[^bb3] : (i32) -> ()
  ^bb3(%8: i32):  // 2 preds: ^bb1, ^bb2
    "foo.return"(%8) : (i32) -> ()
  }) : () -> ()
  "foo.cfg2"() ({
    "foo.br"()[^bb2] <{p = 1 : i32}> {a = 2 : i32} : () -> ()
  ^bb1:  // no predecessors
    "foo.br"()[^bb2] : () -> ()
  ^bb2:  // 2 preds: ^bb0, ^bb1
    "foo.switch"()[^bb3, ^bb4, ^bb3] : () -> ()
  ^bb3:  // 2 preds: ^bb2, ^bb2
    "foo.end"() : () -> ()
  ^bb4:  // pred: ^bb2
    "foo.end"() : () -> ()
  }) : () -> ()
  "foo.loop"() ({
    %4 = "foo.init"() : () -> index
    "foo.br"(%4)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb1
    "foo.br"(%5)[^bb1] : (index) -> ()
  }) : () -> ()
  "foo.dominance"() ({
    %3 = "foo.def"() : () -> i64
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.use"(%3) : (i64) -> ()
    "foo.br"()[^bb2] : () -> ()
  ^bb2:  // pred: ^bb1
    "foo.use"(%3) : (i64) -> ()
  }) : () -> ()
  %0 = "foo.top"() : () -> f32
  "foo.outer"() ({
    %2 = "foo.mid"(%0) : (f32) -> f32
    "foo.inner"() ({
      "foo.use"(%0, %2) : (f32, f32) -> ()
    }) : () -> ()
  }) : () -> ()
  %1:2 = "foo.everything"(%0) <{p}> ({
  ^bb0(%arg2: f32):
    "foo.yield"(%arg2) : (f32) -> ()
  }, {
  }) {attr = "x"} : (f32) -> (i1, i2)
  "foo.numbering"() ({
  ^bb0(%arg1: i1):
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"()[^bb2] : () -> ()
  ^bb2:  // pred: ^bb1
    "foo.end"() : () -> ()
  }, {
  ^bb0(%arg0: i1):
    "foo.end"() : () -> ()
  }) : () -> ()
}) : () -> ()

