// Dense string elements (element type neither integer, index, float nor complex).
"foo.strs"() {
  a = dense<["a", "b"]> : tensor<2x!foo.str>,
  b = dense<"splat"> : tensor<3x!foo.str>,
  c = dense<[["x\n", ""], ["\"q\"", "tab\there"]]> : tensor<2x2x!foo.str>,
  d = dense<["utf8 ✓", "\00\FF"]> : tensor<2x!foo.bytes>,
  e = dense<"same"> : tensor<!foo.str>,
  f = dense<["same", "same"]> : tensor<2x!foo.str>
} : () -> ()
