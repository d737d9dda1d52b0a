// Symbols and symbol visibility on functions, modules and unregistered ops.
module @outer {
  func.func private @priv()
  func.func nested @nest() {
    return
  }
  func.func public @pub() {
    return
  }
  func.func @default_public() {
    return
  }
  // Unregistered symbol-like ops: sym_name/sym_visibility are plain attributes here.
  "foo.global"() {sym_name = "g", sym_visibility = "private", type = i32} : () -> ()
  "foo.global"() <{sym_name = "g2"}> : () -> ()
  module @inner attributes {sym_visibility = "nested"} {
    func.func @f() {
      "foo.ref"() {target = @outer::@inner::@f, local = @f, parent = @pub} : () -> ()
      return
    }
  }
  // A quoted symbol name and calls to it.
  func.func @"name with spaces"(%x: i32) -> i32 {
    return %x : i32
  }
  func.func @"quote\"d"() {
    %c = "foo.c"() : () -> i32
    %r = call @"name with spaces"(%c) : (i32) -> i32
    return
  }
  func.func @"unicode_✓"() {
    return
  }
}
