// String attributes and escapes.
"foo.strings"() {
  empty = "", plain = "hello world", quote = "say \"hi\"", backslash = "C:\\path\\to",
  newline = "line1\nline2", tab = "a\tb", hex_nl = "x\0Ay", hex_mixed = "\00\01\7F\ff\FE",
  utf8 = "héllo wörld ✓ 日本語 🚀", escaped_utf8 = "\C3\A9", control = "\1B[0m",
  all_printable = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"
} : () -> ()
// Typed strings.
"foo.typed"() {a = "abc" : i32, b = "" : none, c = "x" : tensor<2xf32>, d = "t" : !foo.ty} : () -> ()
// Strings as properties, in arrays, in dictionaries, and as a dictionary key.
"foo.nested"() <{p = "prop\n"}> {arr = ["a", "b\"", "\\"], dict = {k = "v"}, "quoted key" = "x", "key\nwith\tescapes" = 1 : i32} : () -> ()
