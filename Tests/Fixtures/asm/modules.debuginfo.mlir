module @top attributes {foo.attr = 1 : i32, top.level} {
  module {
  } loc(#loc1)
  module @named {
    "foo.op"() : () -> () loc(#loc3)
  } loc(#loc2)
  module @"quoted name" attributes {foo.a = "b"} {
    module @deeper {
      module @deepest {
        "foo.leaf"() : () -> () loc(#loc7)
      } loc(#loc6)
    } loc(#loc5)
  } loc(#loc4)
  module attributes {unnamed.with_attrs} {
    "foo.x"() : () -> () loc(#loc9)
  } loc(#loc8)
  module @private_sym attributes {sym_visibility = "private"} {
  } loc(#loc10)
  module @generic {
    "foo.in_generic_module"() : () -> () loc(#loc12)
  } loc(#loc11)
  module @generic_props {
  } loc(#loc13)
  module @with_loc {
  } loc(#loc14)
} loc(#loc)
#loc = loc("top.mlir":0:0)
#loc1 = loc("modules.mlir":3:3)
#loc2 = loc("modules.mlir":5:3)
#loc3 = loc("modules.mlir":6:5)
#loc4 = loc("modules.mlir":8:3)
#loc5 = loc("modules.mlir":9:5)
#loc6 = loc("modules.mlir":10:7)
#loc7 = loc("modules.mlir":11:9)
#loc8 = loc("modules.mlir":15:3)
#loc9 = loc("modules.mlir":16:5)
#loc10 = loc("modules.mlir":18:3)
#loc11 = loc("modules.mlir":21:3)
#loc12 = loc("modules.mlir":22:5)
#loc13 = loc("modules.mlir":24:3)
#loc14 = loc("module.mlir":1:1)

