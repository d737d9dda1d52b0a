module {
  "foo.x"() {a = "bad \FF\FE utf8", b = "truncated \C3", c = "overlong \C0\AF"} : () -> () loc(#loc1)
  "foo.y"() {d = #foo.t<"ÿ">, e = "\ED\A0\80 surrogate"} : () -> () loc(#loc2)
  "foo.z"() : () -> () loc(#loc3)
} loc(#loc)
#loc = loc("raw_bytes.mlir":0:0)
#loc1 = loc("raw_bytes.mlir":3:1)
#loc2 = loc("raw_bytes.mlir":4:1)
#loc3 = loc("file\FF.mlir":1:1)

