module {
  module @first {
  } loc(#loc1)
  module @second {
    "foo.op"() : () -> () loc(#loc3)
  } loc(#loc2)
} loc(#loc)
#loc = loc("two_top_level_modules.mlir":0:0)
#loc1 = loc("two_top_level_modules.mlir":2:1)
#loc2 = loc("two_top_level_modules.mlir":4:1)
#loc3 = loc("two_top_level_modules.mlir":5:3)

