#distinct = distinct[0]<42 : i32>
#distinct1 = distinct[1]<"str">
#distinct2 = distinct[2]<#foo.x>
#distinct3 = distinct[3]<[1, 2]>
#distinct4 = distinct[4]<i32>
#distinct5 = distinct[5]<{k = #distinct4}>
module {
  "foo.distinct"() {a = #distinct, b = #distinct1, c = #distinct, d = #distinct2} : () -> () loc(#loc1)
  "foo.distinct"() {e = #distinct1, f = distinct[6]<>, g = [#distinct3, #distinct3]} : () -> () loc(#loc2)
  "foo.distinct"() {h = #distinct5} : () -> () loc(#loc3)
} loc(#loc)
#loc = loc("distinct_attrs.mlir":0:0)
#loc1 = loc("distinct_attrs.mlir":3:1)
#loc2 = loc("distinct_attrs.mlir":4:1)
#loc3 = loc("distinct_attrs.mlir":5:1)

