// RUN: --allow-unregistered-dialect
"foo.x"() {a = "bad \q escape"} : () -> ()
