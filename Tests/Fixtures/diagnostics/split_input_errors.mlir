// RUN: --split-input-file --allow-unregistered-dialect
"foo.ok"() : () -> ()

// -----

"foo.x"() {a = 1000 : i8} : () -> ()

// -----

"foo.ok2"() : () -> ()

// -----

%0 = "foo.x"(%1) : (i32) -> i32
