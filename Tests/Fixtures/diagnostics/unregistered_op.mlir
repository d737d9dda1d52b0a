// RUN:
"foo.x"() : () -> ()
