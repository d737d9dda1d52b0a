// RUN: --allow-unregistered-dialect
"foo.x"() : () -> () Ã
