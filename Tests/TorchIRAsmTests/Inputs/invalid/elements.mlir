// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Invalid dense / sparse / dense_resource elements attributes.

// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
"foo.x"() {a = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{tensor literal is invalid; ranks are not consistent between elements}}
"foo.x"() {a = dense<[[1, 2], [3]]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected integer elements, but parsed floating-point}}
"foo.x"() {a = dense<[1.5, 2.0]> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{unexpected decimal integer literal for a floating point value}}
"foo.x"() {a = dense<[1, 2]> : tensor<2xf32>} : () -> ()
// expected-note @-1 {{add a trailing dot to make the literal a float}}

// -----

// expected-error @+1 {{integer constant out of range for type}}
"foo.x"() {a = dense<[1, 300]> : tensor<2xi8>} : () -> ()

// -----

// expected-error @+1 {{elements literal type must have static shape}}
"foo.x"() {a = dense<1> : tensor<?xi32>} : () -> ()

// -----

// expected-error @+1 {{expected ':'}}
"foo.x"() {a = dense<1>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<2xi32>'}}
"foo.x"() {a = dense<"0x010203"> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected string containing hex digits starting with `0x`}}
"foo.x"() {a = dense<"abc"> : tensor<2xi32>} : () -> ()

// -----

// String elements are only allowed for non-integer/float element types.
// expected-error @+1 {{integer constant out of range for type}}
"foo.x"() {a = dense<["a", "b"]> : tensor<2xi32>} : () -> ()

// -----

// Vectors of dialect types are not allowed.
// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
"foo.x"() {a = dense<["p", "q"]> : vector<2x!foo.str>} : () -> ()

// -----

// Complex elements need a (real, imag) pair per element.
// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<f32>>') expected 4 elements}}
"foo.x"() {a = dense<[1.0, 2.0]> : tensor<2xcomplex<f32>>} : () -> ()

// -----

// expected-error @+1 {{expected ':'}}
"foo.x"() {a = dense_resource<blob>} : () -> ()

// -----

// expected-error @+1 {{`dense_resource` expected a shaped type}}
"foo.x"() {a = dense_resource<blob> : i32} : () -> ()

// -----

// expected-error @+1 {{expected identifier key for 'resource' entry}}
"foo.x"() {a = dense_resource<> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected shape ([4]); inferred shape of indices literal ([1, 1]); inferred shape of values literal ([2])}}
"foo.x"() {a = sparse<[[0]], [1, 2]> : tensor<4xi32>} : () -> ()

// -----

// expected-error @+1 {{sparse index #0 is not contained within the value shape, with index=[5], and type='tensor<4xi32>'}}
"foo.x"() {a = sparse<[[5]], [1]> : tensor<4xi32>} : () -> ()

// -----

// expected-error @+1 {{expected distinct ID}}
"foo.x"() {a = distinct[x]<1>} : () -> ()

// -----

// expected-error @+1 {{referenced attribute does not match previous definition: 1 : i64}}
"foo.x"() {a = distinct[0]<1>, b = distinct[0]<2>} : () -> ()

// -----

// expected-error @+1 {{expected '<' after distinct ID}}
"foo.x"() {a = distinct[0]} : () -> ()
