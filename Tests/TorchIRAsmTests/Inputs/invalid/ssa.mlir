// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// SSA value errors: undefined values, redefinitions, dominance, result counts.

// expected-error @+1 {{use of undeclared SSA value name}}
%0 = "foo.x"(%1) : (i32) -> i32

// -----

func.func @f() {
  // expected-error @+1 {{use of undeclared SSA value name}}
  %0 = "foo.x"(%undefined) : (i32) -> i32
  return
}

// -----

func.func @f() {
  // expected-note @+1 {{previously defined here}}
  %0 = "foo.a"() : () -> i32
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = "foo.b"() : () -> i32
  return
}

// -----

// A function body is an SSACFG region: a use before the definition is a
// dominance error reported by the verifier.
func.func @f() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %1 = "foo.b"(%0) : (i32) -> i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "foo.a"() : () -> i32
  return
}

// -----

// Multi-block regions of unregistered ops also have SSA dominance.
"foo.op"() ({
  "foo.br"() [^bb1] : () -> ()
^bb1:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %1 = "foo.b"(%0) : (i32) -> i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "foo.a"() : () -> i32
  "foo.ret"() : () -> ()
}) : () -> ()

// -----

// A value defined in a nested region is not visible outside it.
// expected-error @+1 {{operand #0 does not dominate this use}}
%1 = "foo.b"(%0) : (i32) -> i32
"foo.op"() ({
  // expected-note @+1 {{operand defined here (op in a child region)}}
  %0 = "foo.a"() : () -> i32
  "foo.ret"() : () -> ()
}) : () -> ()

// -----

// A value defined in a block that does not dominate the use.
func.func @f(%c: i1) {
  "foo.cond_br"(%c) [^bb1, ^bb2] : (i1) -> ()
^bb1:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = "foo.a"() : () -> i32
  "foo.br"() [^bb3] : () -> ()
^bb2:
  "foo.br"() [^bb3] : () -> ()
^bb3:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%0) : (i32) -> ()
  return
}

// -----

// expected-note @+1 {{prior use here}}
%0 = "foo.a"() : () -> i32
// expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
"foo.x"(%0) : (i64) -> ()

// -----

// expected-error @+1 {{operation defines 2 results but was provided 1 to bind}}
%0 = "foo.x"() : () -> (i32, i32)

// -----

// expected-error @+1 {{operation defines 2 results but was provided 3 to bind}}
%0:3 = "foo.x"() : () -> (i32, i32)

// -----

// expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
%a, %b = "foo.x"() : () -> i32

// -----

%0:2 = "foo.x"() : () -> (i32, i32)
// expected-error @+1 {{reference to invalid result number}}
"foo.y"(%0#2) : (i32) -> ()

// -----

// Quirk: the tool's message contains a NUL byte after "operand type"
// ("expected 1 operand type<NUL> but had 0"), so it is matched with a regex.
// expected-error-re @+1 {{expected 1 operand type{{.*}}but had 0}}
"foo.x"(%0) : () -> ()

// -----

%0 = "foo.a"() : () -> i32
// expected-error @+1 {{but had 2}}
"foo.x"(%0) : (i32, i32) -> ()

// -----

// expected-error @+1 {{expected ':' followed by operation type}}
"foo.x"()

// -----

// expected-error @+1 {{expected ')' to end operand list}}
"foo.x"(() : () -> ()

// -----

// expected-error @+1 {{expected ')' to end operand list}}
"foo.x"(1) : (i32) -> ()
