// Graph regions. The body of builtin.module is a graph region, and a
// single-block region of an unregistered op is treated as one too (the
// dominance verifier does not know unregistered ops): values may be used
// before they are defined, including cycles.
%use_first = "foo.add"(%def_later, %def_later) : (i32, i32) -> i32
%def_later = "foo.constant"() {value = 1 : i32} : () -> i32
"foo.graph"() ({
  %b = "foo.node"(%a) : (i32) -> i32
  %a = "foo.node"(%b) : (i32) -> i32
  %self = "foo.node"(%self) : (i32) -> i32
  "foo.node"(%later#1) : (f32) -> ()
  %later:2 = "foo.pair"() : () -> (i1, f32)
}) : () -> ()
// Nested graph regions may use values of the enclosing region defined later.
"foo.outer_graph"() ({
  "foo.inner_graph"() ({
    "foo.use"(%outer_later) : (i64) -> ()
  }) : () -> ()
  %outer_later = "foo.def"() : () -> i64
}) : () -> ()
// Multi-block regions always have SSA dominance, even for unregistered ops.
"foo.cfg"() ({
  %x = "foo.def"() : () -> i8
  "foo.br"() [^bb1] : () -> ()
^bb1:
  "foo.use"(%x) : (i8) -> ()
}) : () -> ()
