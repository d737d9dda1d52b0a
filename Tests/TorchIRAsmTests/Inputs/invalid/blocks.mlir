// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Block errors: redefinition, undefined references, entry block predecessors.

"foo.x"() ({
^bb0:
  "foo.a"() : () -> ()
// expected-error @+1 {{redefinition of block '^bb0'}}
^bb0:
  "foo.b"() : () -> ()
}) : () -> ()

// -----

"foo.x"() ({
  // expected-error @+1 {{reference to an undefined block}}
  "foo.br"() [^missing] : () -> ()
}) : () -> ()

// -----

// The implicit entry block has no name a successor could refer to.
"foo.x"() ({
  "foo.a"() : () -> ()
^bb1:
  // expected-error @+1 {{reference to an undefined block}}
  "foo.br"() [^bb0] : () -> ()
}) : () -> ()

// -----

// Blocks are local to their region.
"foo.x"() ({
^outer:
  "foo.y"() ({
    // expected-error @+1 {{reference to an undefined block}}
    "foo.br"() [^outer] : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// Successors are not allowed at the top level (no enclosing region).
// expected-error @+1 {{reference to an undefined block}}
"foo.x"() [^bb1] : () -> ()

// -----

// expected-error @+1 {{entry block of region may not have predecessors}}
"foo.x"() ({
^bb0:
  "foo.br"() [^bb0] : () -> ()
}) : () -> ()

// -----

"foo.x"() ({
// expected-note @+1 {{previously defined here}}
^bb0(%a: i32):
  "foo.br"() : () -> ()
// expected-error @+1 {{redefinition of SSA value '%a'}}
^bb1(%a: i32):
  "foo.br"() : () -> ()
}) : () -> ()

// -----

// A block label outside of a region.
// expected-error @+1 {{expected operation name in quotes}}
^bb0:
"foo.x"() : () -> ()

// -----

// expected-error @+1 {{expected '{' to begin a region}}
"foo.x"() () -> ()

// -----

"foo.x"() ({
// Block arguments need a type.
// expected-error @+1 {{expected ':' and type for SSA operand}}
^bb0(%a):
  "foo.y"() : () -> ()
}) : () -> ()
