module {
  "foo.strings"() {all_printable = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~", backslash = "C:\\path\\to", control = "\1B[0m", empty = "", escaped_utf8 = "\C3\A9", hex_mixed = "\00\01\7F\FF\FE", hex_nl = "x\0Ay", newline = "line1\0Aline2", plain = "hello world", quote = "say \22hi\22", tab = "a\09b", utf8 = "h\C3\A9llo w\C3\B6rld \E2\9C\93 \E6\97\A5\E6\9C\AC\E8\AA\9E \F0\9F\9A\80"} : () -> () loc(#loc1)
  "foo.typed"() {a = "abc" : i32, b = "", c = "x" : tensor<2xf32>, d = "t" : !foo.ty} : () -> () loc(#loc2)
  "foo.nested"() <{p = "prop\0A"}> {arr = ["a", "b\22", "\\"], dict = {k = "v"}, "key\0Awith\09escapes" = 1 : i32, "quoted key" = "x"} : () -> () loc(#loc3)
} loc(#loc)
#loc = loc("string_attrs.mlir":0:0)
#loc1 = loc("string_attrs.mlir":2:1)
#loc2 = loc("string_attrs.mlir":9:1)
#loc3 = loc("string_attrs.mlir":11:1)

