// RUN: --allow-unregistered-dialect
"foo.x"() {a = "unterminated} : () -> ()
