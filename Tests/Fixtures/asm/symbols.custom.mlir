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
  "foo.global"() {sym_name = "g", sym_visibility = "private", type = i32} : () -> ()
  "foo.global"() <{sym_name = "g2"}> : () -> ()
  module @inner attributes {sym_visibility = "nested"} {
    func.func @f() {
      "foo.ref"() {local = @f, parent = @pub, target = @outer::@inner::@f} : () -> ()
      return
    }
  }
  func.func @"name with spaces"(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
  func.func @"quote\22d"() {
    %0 = "foo.c"() : () -> i32
    %1 = call @"name with spaces"(%0) : (i32) -> i32
    return
  }
  func.func @"unicode_\E2\9C\93"() {
    return
  }
}

