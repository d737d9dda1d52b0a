// RUN: --allow-unregistered-dialect
func.func @f() {
  %1 = "foo.b"(%0) : (i32) -> i32
  %0 = "foo.a"() : () -> i32
  return
}
