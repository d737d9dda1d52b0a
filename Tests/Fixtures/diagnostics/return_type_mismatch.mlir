// RUN: --allow-unregistered-dialect
func.func @f() -> i32 {
  %0 = "foo.x"() : () -> i64
  return %0 : i64
}
