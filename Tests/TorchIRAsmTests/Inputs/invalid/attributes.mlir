// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Invalid integer, float, string and dense array attributes.

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 1000 : i8} : () -> ()

// -----

// Signless integers accept the unsigned range too (255 : i8 is -1), but no more.
// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = -129 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 128 : si8} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"foo.x"() {a = -1 : ui8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 2 : i1} : () -> ()

// -----

// Quirk: a negated zero is rejected as out of range.
// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = -0 : i32} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 0x100 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.x"() {a = 99999999999999999999999999 : i64} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.x"() {a = 1.0 : i32} : () -> ()

// -----

// expected-error @+1 {{unexpected decimal integer literal for a floating point value}}
"foo.x"() {a = 1 : f32} : () -> ()
// expected-note @-1 {{add a trailing dot to make the literal a float}}

// -----

// expected-error @+1 {{integer literal not valid for specified type}}
"foo.x"() {a = 1 : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"foo.x"() {a = 0x7FC000000 : f32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"foo.x"() {a = 0x1FF : f4E2M1FN} : () -> ()

// -----

// `true`/`false` take no type.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.x"() {a = true : i1} : () -> ()

// -----

// A type is a valid attribute (TypeAttr), but then no `: type` may follow.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.x"() {a = i32 : i32} : () -> ()

// -----

// An attribute where a type belongs.
// expected-error @+1 {{expected non-function type}}
"foo.x"() : () -> (1)

// -----

// expected-error @+1 {{expected attribute value}}
"foo.x"() {a = } : () -> ()

// -----

// expected-error @+1 {{expected valid attribute name}}
"foo.x"() {"" = 1} : () -> ()

// -----

// expected-error @+1 {{expected ',' or ']'}}
"foo.x"() {a = [1, 2} : () -> ()

// -----

// expected-error @+1 {{expected 'true' or 'false' values for i1 type}}
"foo.x"() {a = array<i1: 1, 0>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: 'index'}}
"foo.x"() {a = array<index: 1>} : () -> ()

// -----

// expected-error @+1 {{element type bitwidth must be a multiple of 8}}
"foo.x"() {a = array<i4: 1>} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range}}
"foo.x"() {a = array<i8: 300>} : () -> ()

// -----

// expected-error @+1 {{unexpected decimal integer literal for a floating point value}}
"foo.x"() {a = array<f32: 1>} : () -> ()
// expected-note @-1 {{add a trailing dot to make the literal a float}}

// -----

// Module attribute names must be dialect-prefixed (builtin.module verifier).
// expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'a'}}
module attributes {a = 1 : i32} {
}
