// Every ml_program op in its custom form.
ml_program.global private @const(dense<4> : tensor<4xi32>) : tensor<4xi32>
ml_program.global public mutable @narrow(dense<[1, 2]> : tensor<2xi32>) : tensor<?xi32>
ml_program.global private mutable @undefined : tensor<3xf32>
ml_program.global nested mutable @external(#ml_program.extern<tensor<4xi32>>) : tensor<4xi32> {note = "x"}
ml_program.global private @scalar(4.5 : f32) : f32
ml_program.global private mutable @unit_like(unit) : i1

func.func @loads(%arg0: tensor<3xf32>) -> tensor<4xi32> {
  %0 = ml_program.global_load_const @const : tensor<4xi32>
  %1 = ml_program.global_load @undefined : tensor<3xf32>
  ml_program.global_store @undefined = %arg0 : tensor<3xf32>
  %2 = ml_program.global_load @narrow : tensor<?xi32> {tag}
  ml_program.global_store @narrow = %2 : tensor<?xi32> {tag}
  return %0 : tensor<4xi32>
}

ml_program.func @compute(%arg0: i32) -> i32 {
  ml_program.return %arg0 : i32
}

ml_program.func private @extern_fn(i32) -> (i32, f32)

ml_program.func @no_results() attributes {keep} {
  ml_program.return
}

ml_program.subgraph @graph(%arg0: tensor<3xf32>, %t: !ml_program.token) -> (tensor<3xf32>, !ml_program.token) {
  %x, %tok = ml_program.global_load_graph @undefined ordering(%t -> !ml_program.token) : tensor<3xf32>
  %y, %tok2 = ml_program.global_load_graph @undefined ordering(() -> !ml_program.token) : tensor<3xf32>
  %tok3 = ml_program.global_store_graph @undefined = %arg0 ordering(%tok, %tok2 -> !ml_program.token) : tensor<3xf32>
  %tok4 = ml_program.token {a = 1 : i32}
  %tok5 = ml_program.global_store_graph @undefined = %x ordering(%tok3, %tok4 -> !ml_program.token) : tensor<3xf32>
  ml_program.output %y, %tok5 : tensor<3xf32>, !ml_program.token
}

ml_program.subgraph private @empty_graph()

ml_program.subgraph @no_outputs() {
  ml_program.output
}

// Nested references name the loaded value after their leaf.
module @nested {
  module @deeper {
    ml_program.global public @g(dense<1.0> : tensor<3xf32>) : tensor<3xf32>
  }
  ml_program.global nested mutable @h(dense<1.0> : tensor<3xf32>) : tensor<3xf32>
}
func.func @nested_loads() -> tensor<3xf32> {
  %0 = ml_program.global_load_const @nested::@deeper::@g : tensor<3xf32>
  %1 = ml_program.global_load @nested::@h : tensor<3xf32>
  ml_program.global_store @nested::@h = %0 : tensor<3xf32>
  return %1 : tensor<3xf32>
}
