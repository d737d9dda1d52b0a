// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// func dialect errors: bodies, terminators, return types, symbols, calls.

// expected-error @+1 {{custom op 'func.func' expected non-empty function body}}
func.func @f() {
}

// -----

// A block must end in a terminator. (An unregistered op at the end of a
// block is accepted because it might be a terminator.)
func.func @f() -> i32 {
  // expected-error @+1 {{block with no terminator, has %0 = "builtin.unrealized_conversion_cast"() : () -> i32}}
  %0 = builtin.unrealized_conversion_cast to i32
}

// -----

func.func @f() -> i32 {
  %0 = "foo.x"() : () -> i64
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @f}}
  return %0 : i64
}

// -----

func.func @f() -> i32 {
  // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@f) returns 1}}
  return
}

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  "func.return"() : () -> ()
  "foo.x"() : () -> ()
}

// -----

"foo.x"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-note @+1 {{see existing symbol definition here}}
func.func @f() {
  return
}
// expected-error @+1 {{redefinition of symbol named 'f'}}
func.func @f() {
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'func.call' op 'nope' does not reference a valid function}}
  call @nope() : () -> ()
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f() {
  %0 = "foo.c"() : () -> i64
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'i64' for operand number 0}}
  %1 = call @g(%0) : (i64) -> i32
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'func.constant' op reference to undefined function 'nope'}}
  %0 = constant @nope : () -> ()
  return
}

// -----

// expected-error @+1 {{'func.func' op entry block must have 1 arguments to match function signature}}
func.func @f(i32) {
  return
}

// -----

// expected-error @+1 {{custom op 'func.func' expected SSA identifier}}
func.func @f(%a: i32, i32)

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{expected ':'}}
  return %a
}

// -----

// Inside func.func the default dialect is func, so builtin ops need a prefix.
func.func @f(%a: i32) {
  // expected-error @+1 {{custom op 'unrealized_conversion_cast' is unknown (tried 'func.unrealized_conversion_cast' as well)}}
  %0 = unrealized_conversion_cast %a : i32 to i64
  return
}

// -----

func.func @f(%a: i32, %b: f32) {
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op expected at least one result for cast operation}}
  "builtin.unrealized_conversion_cast"(%a, %b) : (i32, f32) -> ()
  return
}

// -----

// The custom form of an op of an unregistered dialect. The note lists the
// tool's registered dialects, so only its start is matched.
// expected-error @+2 {{Dialect `foo' not found for custom op 'foo.bar'}}
// expected-note @+1 {{Available dialects: }}
foo.bar

// -----

// expected-error @+1 {{custom op 'func.nope' is unknown}}
func.nope

// -----

// At the top level the default dialect is builtin.
// expected-error @+1 {{custom op 'bar' is unknown (tried 'builtin.bar' as well)}}
bar

// -----

// An unknown op of a registered dialect in generic form is rejected by the
// verifier even with --allow-unregistered-dialect.
// expected-error @+1 {{unregistered operation 'func.nope' found in dialect ('func') that does not allow unknown operations}}
"func.nope"() : () -> ()

// -----

// A call resolves in the nearest symbol table only (MLIR's
// lookupNearestSymbolFrom); confirmed with torch-mlir-opt 20261001.
module {
  func.func @f() {
    return
  }
  module @inner {
    func.func @g() {
      // expected-error @+1 {{'func.call' op 'f' does not reference a valid function}}
      func.call @f() : () -> ()
      return
    }
  }
}

