// Raw bytes: invalid UTF-8 is accepted inside string literals, comments
// and dialect attribute bodies. This comment has a stray byte: ÿþ
"foo.x"() {a = "bad ÿþ utf8", b = "truncated Ã", c = "overlong À¯"} : () -> ()
"foo.y"() {d = #foo.t<"ÿ">, e = "í € surrogate"} : () -> ()
"foo.z"() : () -> () loc("fileÿ.mlir":1:1)
