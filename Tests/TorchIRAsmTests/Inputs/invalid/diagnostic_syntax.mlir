// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Exercises the forms of expected-* directives: @+N, @-N, @below, @above,
// same-line directives, notes, and expected-error-re with {{regex}} parts.
// Without -re, {{ and }} inside the message are matched literally.

// expected-error@below {{use of undeclared SSA value name}}
%0 = "foo.x"(%1) : (i32) -> i32

// -----

%0 = "foo.x"(%1) : (i32) -> i32
// expected-error@above {{use of undeclared SSA value name}}

// -----

%0 = "foo.x"(%1) : (i32) -> i32 // expected-error {{use of undeclared SSA value name}}

// -----

// expected-error @+3 {{integer constant out of range for attribute}}


"foo.x"() {a = 1000 : i8} : () -> ()

// -----

"foo.x"() {a = 1000 : i8} : () -> ()


// expected-error @-3 {{integer constant out of range for attribute}}

// -----

// Regex parts ({{...}} inside the message) need the `-re` suffix; POSIX ERE.
// expected-error-re @below {{integer constant out of range for {{[a-z]+}}}}
"foo.x"() {a = 1000 : i8} : () -> ()

// -----

%x = "foo.a"() : () -> i32
// expected-note @above {{previously defined here}}
// expected-error-re @below {{redefinition of SSA value '{{%[a-z]+}}'}}
%x = "foo.b"() : () -> i32

// -----

// A partial message is enough: expected text is matched as a substring.
// expected-error @below {{out of range}}
"foo.x"() {a = 1000 : i8} : () -> ()

// -----

func.func @f() -> i32 {
  %0 = "foo.x"() : () -> i64
  return %0 : i64 // expected-error {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @f}}
}

// -----

func.func @some_function() -> i32 {
  // expected-error-re @below {{'func.return' op has 0 operands, but enclosing function (@{{.*}}) returns 1}}
  return
}
