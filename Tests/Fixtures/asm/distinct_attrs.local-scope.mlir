module {
  "foo.distinct"() {a = distinct[0]<42 : i32>, b = distinct[1]<"str">, c = distinct[0]<42 : i32>, d = distinct[2]<#foo.x>} : () -> ()
  "foo.distinct"() {e = distinct[1]<"str">, f = distinct[3]<>, g = [distinct[4]<[1, 2]>, distinct[4]<[1, 2]>]} : () -> ()
  "foo.distinct"() {h = distinct[5]<{k = distinct[6]<i32>}>} : () -> ()
}
