// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Invalid types.

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
"foo.x"() : () -> (i16777216)

// -----

// expected-error @+1 {{expected non-function type}}
"foo.x"() : () -> (f33)

// -----

// expected-error @+1 {{expected function type}}
"foo.x"() : i32

// -----

// expected-error @+1 {{invalid tensor element type}}
"foo.x"() : () -> (tensor<2xtuple<i32>>)

// -----

// expected-error @+1 {{invalid memref element type}}
"foo.x"() : () -> (memref<2x!foo.t>)

// -----

// Dialect attributes of unregistered dialects are not valid memory spaces.
// expected-error @+1 {{unsupported memory space Attribute}}
"foo.x"() : () -> (memref<2xf32, #foo.space>)

// -----

// expected-error @+1 {{expected the number of strides to match the rank}}
"foo.x"() : () -> (memref<4xf32, strided<[1, 1]>>)

// -----

// expected-error @+1 {{vector types must have positive constant sizes but got 0}}
"foo.x"() : () -> (vector<0xf32>)

// -----

// expected-error @+1 {{expected non-function type}}
"foo.x"() : () -> (vector<?xf32>)

// -----

// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
"foo.x"() : () -> (vector<4x!foo.t>)

// -----

// expected-error @+1 {{invalid element type for complex}}
"foo.x"() : () -> (complex<!foo.t>)

// -----

// expected-error @+1 {{expected ')'}}
"foo.x"() : () -> (tensor<4xf32>

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined_alias'}}
"foo.x"() : () -> !undefined_alias
