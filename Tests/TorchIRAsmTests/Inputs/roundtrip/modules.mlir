// Explicit top-level module with a name and attributes, nested modules.
module @top attributes {foo.attr = 1 : i32, top.level} {
  module {
  }
  module @named {
    "foo.op"() : () -> ()
  }
  module @"quoted name" attributes {foo.a = "b"} {
    module @deeper {
      module @deepest {
        "foo.leaf"() : () -> ()
      }
    }
  }
  module attributes {unnamed.with_attrs} {
    "foo.x"() : () -> ()
  }
  module @private_sym attributes {sym_visibility = "private"} {
  }
  // Generic form of builtin.module.
  "builtin.module"() ({
    "foo.in_generic_module"() : () -> ()
  }) {sym_name = "generic"} : () -> ()
  "builtin.module"() <{sym_name = "generic_props"}> ({
  ^bb0:
  }) : () -> ()
  module @with_loc {
  } loc("module.mlir":1:1)
} loc("top.mlir":0:0)
