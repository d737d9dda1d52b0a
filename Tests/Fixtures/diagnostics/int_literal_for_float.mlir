// RUN: --allow-unregistered-dialect
"foo.x"() {a = 1 : f32} : () -> ()
