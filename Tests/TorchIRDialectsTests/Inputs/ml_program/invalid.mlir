// RUN: --split-input-file --verify-diagnostics

// expected-error @+1 {{'ml_program.global' op immutable global must have an initial value}}
ml_program.global private @no_value : tensor<4xi32>

// -----

// expected-error @+1 {{expected 'public', 'private', or 'nested'}}
ml_program.global @no_visibility(dense<1> : tensor<4xi32>) : tensor<4xi32>

// -----

func.func @undefined() -> tensor<4xi32> {
  // expected-error @+1 {{'ml_program.global_load' op undefined global: @missing}}
  %0 = ml_program.global_load @missing : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @not_a_global() -> tensor<4xi32> {
  // expected-error @+1 {{'ml_program.global_load_const' op undefined global: @not_a_global}}
  %0 = ml_program.global_load_const @not_a_global : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

ml_program.global private @g(dense<1> : tensor<4xi32>) : tensor<4xi32>
func.func @load_type() -> tensor<?xi32> {
  // expected-error @+1 {{'ml_program.global_load' op cannot load from global typed 'tensor<4xi32>' as 'tensor<?xi32>'}}
  %0 = ml_program.global_load @g : tensor<?xi32>
  return %0 : tensor<?xi32>
}

// -----

ml_program.global private mutable @m(dense<1> : tensor<4xi32>) : tensor<4xi32>
func.func @const_of_mutable() -> tensor<4xi32> {
  // expected-error @+1 {{'ml_program.global_load_const' op cannot load as const from mutable global @m}}
  %0 = ml_program.global_load_const @m : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

ml_program.global private @g(dense<1> : tensor<4xi32>) : tensor<4xi32>
func.func @store_immutable(%arg0: tensor<4xi32>) {
  // expected-error @+1 {{'ml_program.global_store' op cannot store to an immutable global @g}}
  ml_program.global_store @g = %arg0 : tensor<4xi32>
  return
}

// -----

ml_program.global private mutable @m : tensor<4xi32>
func.func @store_type(%arg0: tensor<4xf32>) {
  // expected-error @+1 {{'ml_program.global_store' op cannot store to a global typed 'tensor<4xi32>' from 'tensor<4xf32>'}}
  ml_program.global_store @m = %arg0 : tensor<4xf32>
  return
}

// -----

ml_program.global private @g(dense<1> : tensor<4xi32>) : tensor<4xi32>
ml_program.subgraph @store_graph_immutable(%arg0: tensor<4xi32>) {
  // expected-error @+1 {{'ml_program.global_store_graph' op cannot store to an immutable global @g}}
  %t = ml_program.global_store_graph @g = %arg0 ordering(() -> !ml_program.token) : tensor<4xi32>
  ml_program.output
}

// -----

ml_program.global private mutable @m : tensor<4xi32>
ml_program.subgraph @load_graph_type() {
  // expected-error @+1 {{'ml_program.global_load_graph' op cannot load from global typed 'tensor<4xi32>' as 'tensor<3xi32>'}}
  %x, %t = ml_program.global_load_graph @m ordering(() -> !ml_program.token) : tensor<3xi32>
  ml_program.output
}

// -----

ml_program.global private mutable @m : tensor<4xi32>
ml_program.subgraph @produce_not_token() {
  // expected-error @+1 {{'ml_program.global_load_graph' op result #1 must be Token for establishing execution ordering in a graph, but got 'i32'}}
  %x, %t = ml_program.global_load_graph @m ordering(() -> i32) : tensor<4xi32>
  ml_program.output
}

// -----

ml_program.subgraph @output_count() -> i32 {
  // expected-error @+1 {{'ml_program.output' op has 0 operands, but enclosing function (@output_count) outputs 1}}
  ml_program.output
}

// -----

ml_program.subgraph @output_type(%arg0: i64) -> i32 {
  // expected-error @+1 {{type of output operand 0 ('i64') doesn't match function result type ('i32') in function @output_type}}
  ml_program.output %arg0 : i64
}

// -----

ml_program.func @return_count(%arg0: i32) {
  // expected-error @+1 {{'ml_program.return' op has 1 operands, but enclosing function (@return_count) returns 0}}
  ml_program.return %arg0 : i32
}

// -----

ml_program.func @return_type(%arg0: i64) -> i32 {
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @return_type}}
  ml_program.return %arg0 : i64
}

// -----

func.func @return_parent() {
  // expected-error @+1 {{'ml_program.return' op expects parent op 'ml_program.func'}}
  ml_program.return
}

// -----

ml_program.func @output_parent() {
  // expected-error @+1 {{'ml_program.output' op expects parent op 'ml_program.subgraph'}}
  ml_program.output
}

// -----

// expected-error @+1 {{'ml_program.subgraph' op expects region #0 to have 0 or 1 blocks}}
ml_program.subgraph @subgraph_blocks() {
  ml_program.output
^bb1:
  ml_program.output
}

// -----

// expected-error @+1 {{unknown  type `tokens` in dialect `ml_program`}}
func.func @bad_type(%arg0: !ml_program.tokens)

// -----

// expected-error @+1 {{unknown attribute `external` in dialect `ml_program`}}
ml_program.global private mutable @bad_attr(#ml_program.external) : i32

// -----

// A nested reference does not see a private symbol.
module @m {
  ml_program.global private @g(dense<1.0> : tensor<3xf32>) : tensor<3xf32>
}
func.func @nested_private() -> tensor<3xf32> {
  // expected-error @+1 {{'ml_program.global_load_const' op undefined global: @m::@g}}
  %0 = ml_program.global_load_const @m::@g : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Only the nearest symbol table is searched.
ml_program.global public @outer(dense<1.0> : tensor<3xf32>) : tensor<3xf32>
module @inner {
  func.func @f() -> tensor<3xf32> {
    // expected-error @+1 {{'ml_program.global_load_const' op undefined global: @outer}}
    %0 = ml_program.global_load_const @outer : tensor<3xf32>
    return %0 : tensor<3xf32>
  }
}
