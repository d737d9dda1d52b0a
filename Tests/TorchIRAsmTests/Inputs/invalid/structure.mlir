// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Structural errors: unterminated regions and braces, stray tokens.
// At end of input the error is reported just after the last token.

"foo.x"() ({
  // expected-error @+1 {{expected operation name in quotes}}
  "foo.y"() : () -> ()

// -----

module {
  // expected-error @+1 {{expected operation name in quotes}}
  "foo.y"() : () -> ()

// -----

func.func @f() {
  // expected-error @+1 {{expected operation name in quotes}}
  return

// -----

// A stray closing brace at the top level.
// expected-error @+1 {{expected operation name in quotes}}
"foo.x"() : () -> ()
}

// -----

// An attribute dictionary after the function type is not allowed.
// expected-error @+1 {{expected operation name in quotes}}
"foo.x"() : () -> () {a}

// -----

// Two property dictionaries.
// expected-error @+1 {{expected ':' followed by operation type}}
"foo.x"() <{a = 1}> <{b = 2}> : () -> ()

// -----

// An unterminated attribute dictionary at end of input.
// expected-error @+1 {{expected attribute value}}
"foo.x"() {a =

// -----

// An unterminated dialect attribute body.
// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
"foo.x"() {a = #foo.bar<1, 2} : () -> ()

// -----

// expected-error @+1 {{unbalanced '[' character in pretty dialect name}}
"foo.x"() {a = !foo.bar<[>} : () -> ()

// -----

// Regions are separated by commas in the generic form.
// expected-error @+1 {{expected ')' to end region list}}
"foo.x"() ({ } { }) : () -> ()

// -----

// A result list must be followed by '='.
// expected-error @+1 {{expected '=' after SSA name}}
%0 "foo.x"() : () -> i32
