module {
  "foo.x"() {a = "bad \FF\FE utf8", b = "truncated \C3", c = "overlong \C0\AF"} : () -> ()
  "foo.y"() {d = #foo.t<"ÿ">, e = "\ED\A0\80 surrogate"} : () -> ()
  "foo.z"() : () -> ()
}

