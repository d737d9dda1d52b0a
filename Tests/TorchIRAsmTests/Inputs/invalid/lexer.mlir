// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Lexer errors. Each split section is parsed as a separate buffer.

// expected-error @+1 {{expected '"' in string literal}}
"foo.x"() {a = "unterminated} : () -> ()

// -----

// A string may not span lines; the error is at the end of the first line.
// expected-error @+1 {{expected '"' in string literal}}
"foo.x"() {a = "line one
line two"} : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"foo.x"() {a = "bad \q escape"} : () -> ()

// -----

// A hex escape needs two hex digits.
// expected-error @+1 {{unknown escape in string literal}}
"foo.x"() {a = "\0g"} : () -> ()

// -----

// expected-error @+1 {{unexpected character}}
"foo.x"() : () -> () `

// -----

// expected-error @+1 {{unexpected character}}
"foo.x"() {a = ~1} : () -> ()

// -----

// expected-error @+1 {{unexpected character}}
"foo.x"() : () -> () \

// -----

// A '%' must be followed by a valid suffix id.
// expected-error @+1 {{invalid SSA name}}
% = "foo.x"() : () -> i32

// -----

// expected-error @+1 {{invalid block name}}
"foo.x"() [^] : () -> ()

// -----

// expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.x"() {a = @} : () -> ()

// -----

// `1e5` is not a float literal: it lexes as `1` followed by `e5`.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.x"() {a = 1e5 : f32} : () -> ()

// -----

// A hexadecimal float literal may not be negated.
// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
"foo.x"() {a = -0x3F800000 : f32} : () -> ()

// -----

// expected-error @+1 {{invalid attribute name}}
"foo.x"() {a = #} : () -> ()
