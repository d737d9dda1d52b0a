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
  module @generic {
    "foo.in_generic_module"() : () -> ()
  }
  module @generic_props {
  }
  module @with_loc {
  }
}

