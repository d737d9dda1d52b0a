#loc7 = loc("regions_blocks.mlir":12:6)
#loc8 = loc("regions_blocks.mlir":12:15)
#loc13 = loc("regions_blocks.mlir":22:6)
#loc19 = loc("regions_blocks.mlir":30:7)
#loc30 = loc("regions_blocks.mlir":49:7)
#loc44 = loc("regions_blocks.mlir":72:6)
#loc47 = loc("regions_blocks.mlir":78:8)
#loc51 = loc("regions_blocks.mlir":85:8)
module {
  "foo.one_region"() ({
    "foo.inner"() : () -> () loc(#loc2)
  }) : () -> () loc(#loc1)
  "foo.two_regions"() ({
    "foo.a"() : () -> () loc(#loc4)
  }, {
    "foo.b"() : () -> () loc(#loc5)
  }) : () -> () loc(#loc3)
  "foo.entry_args"() ({
  ^bb0(%arg0: i32 loc("regions_blocks.mlir":12:6), %arg1: f32 loc("regions_blocks.mlir":12:15)):
    "foo.use"(%arg0, %arg1) : (i32, f32) -> () loc(#loc9)
  }) : () -> () loc(#loc6)
  "foo.entry_label"() ({
    "foo.use"() : () -> () loc(#loc11)
  }) : () -> () loc(#loc10)
  "foo.cfg"() ({
  ^bb0(%arg0: i32 loc("regions_blocks.mlir":22:6)):
    %2 = "foo.cond"() : () -> i1 loc(#loc14)
    "foo.cond_br"(%2, %arg0)[^bb1, ^bb2] : (i1, i32) -> () loc(#loc15)
  ^bb1:  // pred: ^bb0
    "foo.br"(%arg0)[^bb3] : (i32) -> () loc(#loc16)
  ^bb2:  // pred: ^bb0
    %3 = "foo.value"() : () -> i32 loc(#loc17)
    "foo.br"(%3)[^bb3] : (i32) -> () loc(#loc18)
  ^bb3(%4: i32 loc("regions_blocks.mlir":30:7)):  // 2 preds: ^bb1, ^bb2
    "foo.return"(%4) : (i32) -> () loc(#loc20)
  }) : () -> () loc(#loc12)
  "foo.cfg2"() ({
    "foo.br"()[^bb2] <{p = 1 : i32}> {a = 2 : i32} : () -> () loc(#loc22)
  ^bb1:  // no predecessors
    "foo.br"()[^bb2] : () -> () loc(#loc23)
  ^bb2:  // 2 preds: ^bb0, ^bb1
    "foo.switch"()[^bb3, ^bb4, ^bb3] : () -> () loc(#loc24)
  ^bb3:  // 2 preds: ^bb2, ^bb2
    "foo.end"() : () -> () loc(#loc25)
  ^bb4:  // pred: ^bb2
    "foo.end"() : () -> () loc(#loc26)
  }) : () -> () loc(#loc21)
  "foo.loop"() ({
    %2 = "foo.init"() : () -> index loc(#loc28)
    "foo.br"(%2)[^bb1] : (index) -> () loc(#loc29)
  ^bb1(%3: index loc("regions_blocks.mlir":49:7)):  // 2 preds: ^bb0, ^bb1
    "foo.br"(%3)[^bb1] : (index) -> () loc(#loc31)
  }) : () -> () loc(#loc27)
  "foo.dominance"() ({
    %2 = "foo.def"() : () -> i64 loc(#loc33)
    "foo.br"()[^bb1] : () -> () loc(#loc34)
  ^bb1:  // pred: ^bb0
    "foo.use"(%2) : (i64) -> () loc(#loc35)
    "foo.br"()[^bb2] : () -> () loc(#loc36)
  ^bb2:  // pred: ^bb1
    "foo.use"(%2) : (i64) -> () loc(#loc37)
  }) : () -> () loc(#loc32)
  %0 = "foo.top"() : () -> f32 loc(#loc38)
  "foo.outer"() ({
    %2 = "foo.mid"(%0) : (f32) -> f32 loc(#loc40)
    "foo.inner"() ({
      "foo.use"(%0, %2) : (f32, f32) -> () loc(#loc42)
    }) : () -> () loc(#loc41)
  }) : () -> () loc(#loc39)
  %1:2 = "foo.everything"(%0) <{p}> ({
  ^bb0(%arg0: f32 loc("regions_blocks.mlir":72:6)):
    "foo.yield"(%arg0) : (f32) -> () loc(#loc45)
  }, {
  }) {attr = "x"} : (f32) -> (i1, i2) loc(#loc43)
  "foo.numbering"() ({
  ^bb0(%arg0: i1 loc("regions_blocks.mlir":78:8)):
    "foo.br"()[^bb1] : () -> () loc(#loc48)
  ^bb1:  // pred: ^bb0
    "foo.br"()[^bb2] : () -> () loc(#loc49)
  ^bb2:  // pred: ^bb1
    "foo.end"() : () -> () loc(#loc50)
  }, {
  ^bb0(%arg0: i1 loc("regions_blocks.mlir":85:8)):
    "foo.end"() : () -> () loc(#loc52)
  }) : () -> () loc(#loc46)
} loc(#loc)
#loc = loc("regions_blocks.mlir":0:0)
#loc1 = loc("regions_blocks.mlir":2:1)
#loc2 = loc("regions_blocks.mlir":3:3)
#loc3 = loc("regions_blocks.mlir":5:1)
#loc4 = loc("regions_blocks.mlir":6:3)
#loc5 = loc("regions_blocks.mlir":8:3)
#loc6 = loc("regions_blocks.mlir":11:1)
#loc9 = loc("regions_blocks.mlir":13:3)
#loc10 = loc("regions_blocks.mlir":16:1)
#loc11 = loc("regions_blocks.mlir":18:3)
#loc12 = loc("regions_blocks.mlir":21:1)
#loc14 = loc("regions_blocks.mlir":23:8)
#loc15 = loc("regions_blocks.mlir":24:3)
#loc16 = loc("regions_blocks.mlir":26:3)
#loc17 = loc("regions_blocks.mlir":28:8)
#loc18 = loc("regions_blocks.mlir":29:3)
#loc20 = loc("regions_blocks.mlir":31:3)
#loc21 = loc("regions_blocks.mlir":34:1)
#loc22 = loc("regions_blocks.mlir":35:3)
#loc23 = loc("regions_blocks.mlir":37:3)
#loc24 = loc("regions_blocks.mlir":39:3)
#loc25 = loc("regions_blocks.mlir":41:3)
#loc26 = loc("regions_blocks.mlir":43:3)
#loc27 = loc("regions_blocks.mlir":46:1)
#loc28 = loc("regions_blocks.mlir":47:11)
#loc29 = loc("regions_blocks.mlir":48:3)
#loc31 = loc("regions_blocks.mlir":50:3)
#loc32 = loc("regions_blocks.mlir":53:1)
#loc33 = loc("regions_blocks.mlir":54:12)
#loc34 = loc("regions_blocks.mlir":55:3)
#loc35 = loc("regions_blocks.mlir":57:3)
#loc36 = loc("regions_blocks.mlir":58:3)
#loc37 = loc("regions_blocks.mlir":60:3)
#loc38 = loc("regions_blocks.mlir":63:8)
#loc39 = loc("regions_blocks.mlir":64:1)
#loc40 = loc("regions_blocks.mlir":65:10)
#loc41 = loc("regions_blocks.mlir":66:3)
#loc42 = loc("regions_blocks.mlir":67:5)
#loc43 = loc("regions_blocks.mlir":71:10)
#loc45 = loc("regions_blocks.mlir":73:3)
#loc46 = loc("regions_blocks.mlir":77:1)
#loc48 = loc("regions_blocks.mlir":79:3)
#loc49 = loc("regions_blocks.mlir":81:3)
#loc50 = loc("regions_blocks.mlir":83:3)
#loc52 = loc("regions_blocks.mlir":86:3)

