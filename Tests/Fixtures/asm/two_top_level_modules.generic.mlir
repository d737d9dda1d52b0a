"builtin.module"() ({
  "builtin.module"() <{sym_name = "first"}> ({
  ^bb0:
  }) : () -> ()
  "builtin.module"() <{sym_name = "second"}> ({
    "foo.op"() : () -> ()
  }) : () -> ()
}) : () -> ()

