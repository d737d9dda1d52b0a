"builtin.module"() ({
  "foo.strs"() {a = dense<["a", "b"]> : tensor<2x!foo.str>, b = dense<"splat"> : tensor<3x!foo.str>, c = dense<[["x\0A", ""], ["\22q\22", "tab\09here"]]> : tensor<2x2x!foo.str>, d = dense<["utf8 \E2\9C\93", "\00\FF"]> : tensor<2x!foo.bytes>, e = dense<"same"> : tensor<!foo.str>, f = dense<"same"> : tensor<2x!foo.str>} : () -> ()
}) : () -> ()

