// RUN: --allow-unregistered-dialect
module attributes {a = 1 : i32} {
  "foo.x"() : () -> ()
}
