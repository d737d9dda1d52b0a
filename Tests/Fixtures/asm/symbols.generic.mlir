"builtin.module"() <{sym_name = "outer"}> ({
  "func.func"() <{function_type = () -> (), sym_name = "priv", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "nest", sym_visibility = "nested"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "pub", sym_visibility = "public"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "default_public"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
  "foo.global"() {sym_name = "g", sym_visibility = "private", type = i32} : () -> ()
  "foo.global"() <{sym_name = "g2"}> : () -> ()
  "builtin.module"() <{sym_name = "inner", sym_visibility = "nested"}> ({
    "func.func"() <{function_type = () -> (), sym_name = "f"}> ({
      "foo.ref"() {local = @f, parent = @pub, target = @outer::@inner::@f} : () -> ()
      "func.return"() : () -> ()
    }) : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "name with spaces"}> ({
  ^bb0(%arg0: i32):
    "func.return"(%arg0) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "quote\22d"}> ({
    %0 = "foo.c"() : () -> i32
    %1 = "func.call"(%0) <{callee = @"name with spaces"}> : (i32) -> i32
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "unicode_\E2\9C\93"}> ({
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

