// RUN: --allow-unregistered-dialect
func.func @f() {
  %0 = "foo.x"(%undefined) : (i32) -> i32
  return
}
