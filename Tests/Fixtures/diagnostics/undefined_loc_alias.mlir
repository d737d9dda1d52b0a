// RUN: --allow-unregistered-dialect
"foo.x"() : () -> () loc(#undefined)
"foo.y"() : () -> ()
