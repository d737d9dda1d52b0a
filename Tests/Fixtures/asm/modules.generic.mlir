"builtin.module"() <{sym_name = "top"}> ({
  "builtin.module"() ({
  ^bb0:
  }) : () -> ()
  "builtin.module"() <{sym_name = "named"}> ({
    "foo.op"() : () -> ()
  }) : () -> ()
  "builtin.module"() <{sym_name = "quoted name"}> ({
    "builtin.module"() <{sym_name = "deeper"}> ({
      "builtin.module"() <{sym_name = "deepest"}> ({
        "foo.leaf"() : () -> ()
      }) : () -> ()
    }) : () -> ()
  }) {foo.a = "b"} : () -> ()
  "builtin.module"() ({
    "foo.x"() : () -> ()
  }) {unnamed.with_attrs} : () -> ()
  "builtin.module"() <{sym_name = "private_sym", sym_visibility = "private"}> ({
  ^bb0:
  }) : () -> ()
  "builtin.module"() <{sym_name = "generic"}> ({
    "foo.in_generic_module"() : () -> ()
  }) : () -> ()
  "builtin.module"() <{sym_name = "generic_props"}> ({
  ^bb0:
  }) : () -> ()
  "builtin.module"() <{sym_name = "with_loc"}> ({
  ^bb0:
  }) : () -> ()
}) {foo.attr = 1 : i32, top.level} : () -> ()

