// RUN: --allow-unregistered-dialect
%0 = "foo.a"() : () -> i32
"foo.x"(%0) : (i32, i32) -> ()
