// Distinct attributes: each distinct[N]<...> is a unique attribute; the ID
// only identifies it within the file and is renumbered by the printer.
"foo.distinct"() {a = distinct[0]<42 : i32>, b = distinct[7]<"str">, c = distinct[0]<42 : i32>, d = distinct[3]<#foo.x>} : () -> ()
"foo.distinct"() {e = distinct[7]<"str">, f = distinct[99]<unit>, g = [distinct[5]<[1, 2]>, distinct[5]<[1, 2]>]} : () -> ()
"foo.distinct"() {h = distinct[100]<{k = distinct[101]<i32>}>} : () -> ()
