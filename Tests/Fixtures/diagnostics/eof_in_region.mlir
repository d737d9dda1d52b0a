// RUN: --allow-unregistered-dialect
"foo.x"() ({
  "foo.y"() : () -> ()   // the region is never closed


