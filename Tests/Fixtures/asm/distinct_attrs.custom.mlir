#distinct = distinct[0]<42 : i32>
#distinct1 = distinct[1]<"str">
#distinct2 = distinct[2]<#foo.x>
#distinct3 = distinct[3]<[1, 2]>
#distinct4 = distinct[4]<i32>
#distinct5 = distinct[5]<{k = #distinct4}>
module {
  "foo.distinct"() {a = #distinct, b = #distinct1, c = #distinct, d = #distinct2} : () -> ()
  "foo.distinct"() {e = #distinct1, f = distinct[6]<>, g = [#distinct3, #distinct3]} : () -> ()
  "foo.distinct"() {h = #distinct5} : () -> ()
}

