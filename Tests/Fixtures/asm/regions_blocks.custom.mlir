module {
  "foo.one_region"() ({
    "foo.inner"() : () -> ()
  }) : () -> ()
  "foo.two_regions"() ({
    "foo.a"() : () -> ()
  }, {
    "foo.b"() : () -> ()
  }) : () -> ()
  "foo.entry_args"() ({
  ^bb0(%arg0: i32, %arg1: f32):
    "foo.use"(%arg0, %arg1) : (i32, f32) -> ()
  }) : () -> ()
  "foo.entry_label"() ({
    "foo.use"() : () -> ()
  }) : () -> ()
  "foo.cfg"() ({
  ^bb0(%arg0: i32):
    %2 = "foo.cond"() : () -> i1
    "foo.cond_br"(%2, %arg0)[^bb1, ^bb2] : (i1, i32) -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"(%arg0)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    %3 = "foo.value"() : () -> i32
    "foo.br"(%3)[^bb3] : (i32) -> ()
  ^bb3(%4: i32):  // 2 preds: ^bb1, ^bb2
    "foo.return"(%4) : (i32) -> ()
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
    %2 = "foo.init"() : () -> index
    "foo.br"(%2)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb1
    "foo.br"(%3)[^bb1] : (index) -> ()
  }) : () -> ()
  "foo.dominance"() ({
    %2 = "foo.def"() : () -> i64
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.use"(%2) : (i64) -> ()
    "foo.br"()[^bb2] : () -> ()
  ^bb2:  // pred: ^bb1
    "foo.use"(%2) : (i64) -> ()
  }) : () -> ()
  %0 = "foo.top"() : () -> f32
  "foo.outer"() ({
    %2 = "foo.mid"(%0) : (f32) -> f32
    "foo.inner"() ({
      "foo.use"(%0, %2) : (f32, f32) -> ()
    }) : () -> ()
  }) : () -> ()
  %1:2 = "foo.everything"(%0) <{p}> ({
  ^bb0(%arg0: f32):
    "foo.yield"(%arg0) : (f32) -> ()
  }, {
  }) {attr = "x"} : (f32) -> (i1, i2)
  "foo.numbering"() ({
  ^bb0(%arg0: i1):
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.br"()[^bb2] : () -> ()
  ^bb2:  // pred: ^bb1
    "foo.end"() : () -> ()
  }, {
  ^bb0(%arg0: i1):
    "foo.end"() : () -> ()
  }) : () -> ()
}

