#extern = #ml_program.extern : tensor<4xi32>
#extern1 = #ml_program.extern
module {
  ml_program.global public @no_visibility(dense<1> : tensor<2xi8>) : tensor<2xi8>
  ml_program.global private mutable @ext(#extern) : tensor<4xi32>
  ml_program.global private mutable @ext_doc(#extern1) : tensor<4xi32>
  ml_program.global private mutable @ext_bare(#extern1) : tensor<?xi32>
  ml_program.global private mutable @ext_again(#extern) : tensor<4xi32>
  ml_program.global private @"quoted name"(dense<0.000000e+00> : tensor<f32>) : tensor<f32>
  func.func @generic() -> (tensor<f32>, tensor<4xi32>) {
    %quoted_name = ml_program.global_load_const @"quoted name" : tensor<f32>
    %ext = ml_program.global_load @ext : tensor<4xi32> {other = 3 : i64}
    ml_program.global_store @ext_again = %ext : tensor<4xi32>
    return %quoted_name, %ext : tensor<f32>, tensor<4xi32>
  }
  ml_program.subgraph private @g(%arg0: !ml_program.token) -> !ml_program.token {
    %result, %produceToken = ml_program.global_load_graph @ext ordering(%arg0, %arg0 -> !ml_program.token) : tensor<4xi32>
    %0 = ml_program.global_store_graph @ext = %result ordering(%produceToken -> !ml_program.token) : tensor<4xi32> {x}
    ml_program.output %0 : !ml_program.token
  }
  ml_program.func @attrs(%arg0: i32 {ml.arg}) -> (i32 {ml.res = 1 : i32}) {
    ml_program.return %arg0 : i32
  }
}

