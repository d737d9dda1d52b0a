#extern = #ml_program.extern : tensor<4xi32>
#extern1 = #ml_program.extern
"builtin.module"() ({
  "ml_program.global"() <{sym_name = "no_visibility", type = tensor<2xi8>, value = dense<1> : tensor<2xi8>}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "ext", sym_visibility = "private", type = tensor<4xi32>, value = #extern}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "ext_doc", sym_visibility = "private", type = tensor<4xi32>, value = #extern1}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "ext_bare", sym_visibility = "private", type = tensor<?xi32>, value = #extern1}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "ext_again", sym_visibility = "private", type = tensor<4xi32>, value = #extern}> : () -> ()
  "ml_program.global"() <{sym_name = "quoted name", sym_visibility = "private", type = tensor<f32>, value = dense<0.000000e+00> : tensor<f32>}> : () -> ()
  "func.func"() <{function_type = () -> (tensor<f32>, tensor<4xi32>), sym_name = "generic"}> ({
    %2 = "ml_program.global_load_const"() <{global = @"quoted name"}> : () -> tensor<f32>
    %3 = "ml_program.global_load"() <{global = @ext}> {other = 3 : i64} : () -> tensor<4xi32>
    "ml_program.global_store"(%3) <{global = @ext_again}> : (tensor<4xi32>) -> ()
    "func.return"(%2, %3) : (tensor<f32>, tensor<4xi32>) -> ()
  }) : () -> ()
  "ml_program.subgraph"() <{function_type = (!ml_program.token) -> !ml_program.token, sym_name = "g", sym_visibility = "private"}> ({
  ^bb0(%arg1: !ml_program.token):
    %0:2 = "ml_program.global_load_graph"(%arg1, %arg1) <{global = @ext}> : (!ml_program.token, !ml_program.token) -> (tensor<4xi32>, !ml_program.token)
    %1 = "ml_program.global_store_graph"(%0#0, %0#1) <{global = @ext}> {x} : (tensor<4xi32>, !ml_program.token) -> !ml_program.token
    "ml_program.output"(%1) : (!ml_program.token) -> ()
  }) : () -> ()
  "ml_program.func"() <{arg_attrs = [{ml.arg}], function_type = (i32) -> i32, res_attrs = [{ml.res = 1 : i32}], sym_name = "attrs"}> ({
  ^bb0(%arg0: i32):
    "ml_program.return"(%arg0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()

