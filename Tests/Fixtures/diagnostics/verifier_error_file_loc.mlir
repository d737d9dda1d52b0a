// RUN: --allow-unregistered-dialect
// Diagnostics are reported at the op's location; the named files do not exist.
func.func @f() {
  %1 = "foo.b"(%0) : (i32) -> i32 loc("no_such_dir/other.mlir":3:4)
  %0 = "foo.a"() : () -> i32 loc(callsite("callee" at "no_such_dir/caller.mlir":1:1))
  return
}
