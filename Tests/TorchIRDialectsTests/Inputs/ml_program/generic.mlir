// Generic-form input, typed and untyped externs, and a global without a
// visibility attribute (printed as `public`).
"ml_program.global"() <{sym_name = "no_visibility", type = tensor<2xi8>, value = dense<1> : tensor<2xi8>}> : () -> ()
"ml_program.global"() <{is_mutable, sym_name = "ext", sym_visibility = "private", type = tensor<4xi32>, value = #ml_program.extern : tensor<4xi32>}> : () -> ()
ml_program.global private mutable @ext_doc(#ml_program.extern<tensor<4xi32>>) : tensor<4xi32>
ml_program.global private mutable @ext_bare(#ml_program.extern) : tensor<?xi32>
ml_program.global private mutable @ext_again(#ml_program.extern : tensor<4xi32>) : tensor<4xi32>
ml_program.global private @"quoted name"(dense<0.0> : tensor<f32>) : tensor<f32>
"func.func"() <{function_type = () -> (tensor<f32>, tensor<4xi32>), sym_name = "generic"}> ({
  %0 = "ml_program.global_load_const"() <{global = @"quoted name"}> : () -> tensor<f32>
  %1 = "ml_program.global_load"() <{global = @ext}> {other = 3 : i64} : () -> tensor<4xi32>
  "ml_program.global_store"(%1) <{global = @ext_again}> : (tensor<4xi32>) -> ()
  "func.return"(%0, %1) : (tensor<f32>, tensor<4xi32>) -> ()
}) : () -> ()
"ml_program.subgraph"() <{function_type = (!ml_program.token) -> !ml_program.token, sym_name = "g", sym_visibility = "private"}> ({
^bb0(%t: !ml_program.token):
  %0:2 = "ml_program.global_load_graph"(%t, %t) <{global = @ext}> : (!ml_program.token, !ml_program.token) -> (tensor<4xi32>, !ml_program.token)
  %1 = "ml_program.global_store_graph"(%0#0, %0#1) <{global = @ext}> {x} : (tensor<4xi32>, !ml_program.token) -> !ml_program.token
  "ml_program.output"(%1) : (!ml_program.token) -> ()
}) : () -> ()
"ml_program.func"() <{arg_attrs = [{ml.arg}], function_type = (i32) -> i32, res_attrs = [{ml.res = 1 : i32}], sym_name = "attrs"}> ({
^bb0(%a: i32):
  "ml_program.return"(%a) : (i32) -> ()
}) : () -> ()
