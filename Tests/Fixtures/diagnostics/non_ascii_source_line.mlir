// RUN: --allow-unregistered-dialect
"foo.x"() {s = "日本語", a = 1000 : i8} : () -> ()
