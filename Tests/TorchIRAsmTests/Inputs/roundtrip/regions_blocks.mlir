// Regions, blocks, block arguments and successors.
"foo.one_region"() ({
  "foo.inner"() : () -> ()
}) : () -> ()
"foo.two_regions"() ({
  "foo.a"() : () -> ()
}, {
  "foo.b"() : () -> ()
}) : () -> ()
// Entry block with arguments (explicit label is required when it has arguments).
"foo.entry_args"() ({
^bb0(%x: i32, %y: f32):
  "foo.use"(%x, %y) : (i32, f32) -> ()
}) : () -> ()
// An explicit label on an argument-less entry block is dropped by the printer.
"foo.entry_label"() ({
^entry:
  "foo.use"() : () -> ()
}) : () -> ()
// A CFG with successors, successor operands and block arguments.
"foo.cfg"() ({
^bb0(%arg: i32):
  %c = "foo.cond"() : () -> i1
  "foo.cond_br"(%c, %arg) [^then, ^else] : (i1, i32) -> ()
^then:
  "foo.br"(%arg)[^join] : (i32) -> ()
^else:
  %v = "foo.value"() : () -> i32
  "foo.br"(%v)[^join] : (i32) -> ()
^join(%j: i32):
  "foo.return"(%j) : (i32) -> ()
}) : () -> ()
// Successors with properties and attributes, and a block used before its definition.
"foo.cfg2"() ({
  "foo.br"() [^later] <{p = 1 : i32}> {a = 2 : i32} : () -> ()
^unreachable:
  "foo.br"() [^later] : () -> ()
^later:
  "foo.switch"() [^bb_a, ^bb_b, ^bb_a] : () -> ()
^bb_a:
  "foo.end"() : () -> ()
^bb_b:
  "foo.end"() : () -> ()
}) : () -> ()
// Block arguments of many types, and a block referencing itself.
"foo.loop"() ({
  %init = "foo.init"() : () -> index
  "foo.br"(%init) [^loop] : (index) -> ()
^loop(%i: index):
  "foo.br"(%i) [^loop] : (index) -> ()
}) : () -> ()
// Values defined in a dominating block used in later blocks.
"foo.dominance"() ({
  %outer = "foo.def"() : () -> i64
  "foo.br"() [^next] : () -> ()
^next:
  "foo.use"(%outer) : (i64) -> ()
  "foo.br"() [^last] : () -> ()
^last:
  "foo.use"(%outer) : (i64) -> ()
}) : () -> ()
// Nested regions using values from enclosing regions.
%top = "foo.top"() : () -> f32
"foo.outer"() ({
  %mid = "foo.mid"(%top) : (f32) -> f32
  "foo.inner"() ({
    "foo.use"(%top, %mid) : (f32, f32) -> ()
  }) : () -> ()
}) : () -> ()
// Regions with results, operands and attributes on the same op.
%res:2 = "foo.everything"(%top) <{p}> ({
^bb0(%arg0: f32):
  "foo.yield"(%arg0) : (f32) -> ()
}, {
}) {attr = "x"} : (f32) -> (i1, i2)
// Block argument names are not preserved; numbering restarts per region (bbN too).
"foo.numbering"() ({
^first(%q: i1):
  "foo.br"() [^second] : () -> ()
^second:
  "foo.br"() [^third] : () -> ()
^third:
  "foo.end"() : () -> ()
}, {
^other(%r: i1):
  "foo.end"() : () -> ()
}) : () -> ()
