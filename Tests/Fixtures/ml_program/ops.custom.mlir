#extern = #ml_program.extern
module {
  ml_program.global private @const(dense<4> : tensor<4xi32>) : tensor<4xi32>
  ml_program.global public mutable @narrow(dense<[1, 2]> : tensor<2xi32>) : tensor<?xi32>
  ml_program.global private mutable @undefined : tensor<3xf32>
  ml_program.global nested mutable @external(#extern) : tensor<4xi32> {note = "x"}
  ml_program.global private @scalar(4.500000e+00 : f32) : f32
  ml_program.global private mutable @unit_like(unit) : i1
  func.func @loads(%arg0: tensor<3xf32>) -> tensor<4xi32> {
    %const = ml_program.global_load_const @const : tensor<4xi32>
    %undefined = ml_program.global_load @undefined : tensor<3xf32>
    ml_program.global_store @undefined = %arg0 : tensor<3xf32>
    %narrow = ml_program.global_load @narrow : tensor<?xi32> {tag}
    ml_program.global_store @narrow = %narrow : tensor<?xi32> {tag}
    return %const : tensor<4xi32>
  }
  ml_program.func @compute(%arg0: i32) -> i32 {
    ml_program.return %arg0 : i32
  }
  ml_program.func private @extern_fn(i32) -> (i32, f32)
  ml_program.func @no_results() attributes {keep} {
    ml_program.return
  }
  ml_program.subgraph @graph(%arg0: tensor<3xf32>, %arg1: !ml_program.token) -> (tensor<3xf32>, !ml_program.token) {
    %result, %produceToken = ml_program.global_load_graph @undefined ordering(%arg1 -> !ml_program.token) : tensor<3xf32>
    %result_0, %produceToken_1 = ml_program.global_load_graph @undefined ordering(() -> !ml_program.token) : tensor<3xf32>
    %0 = ml_program.global_store_graph @undefined = %arg0 ordering(%produceToken, %produceToken_1 -> !ml_program.token) : tensor<3xf32>
    %1 = ml_program.token {a = 1 : i32}
    %2 = ml_program.global_store_graph @undefined = %result ordering(%0, %1 -> !ml_program.token) : tensor<3xf32>
    ml_program.output %result_0, %2 : tensor<3xf32>, !ml_program.token
  }
  ml_program.subgraph private @empty_graph()
  ml_program.subgraph @no_outputs() {
    ml_program.output
  }
  module @nested {
    module @deeper {
      ml_program.global public @g(dense<1.000000e+00> : tensor<3xf32>) : tensor<3xf32>
    }
    ml_program.global nested mutable @h(dense<1.000000e+00> : tensor<3xf32>) : tensor<3xf32>
  }
  func.func @nested_loads() -> tensor<3xf32> {
    %g = ml_program.global_load_const @nested::@deeper::@g : tensor<3xf32>
    %h = ml_program.global_load @nested::@h : tensor<3xf32>
    ml_program.global_store @nested::@h = %g : tensor<3xf32>
    return %h : tensor<3xf32>
  }
}

