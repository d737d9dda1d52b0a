#extern = #ml_program.extern
"builtin.module"() ({
  "ml_program.global"() <{sym_name = "const", sym_visibility = "private", type = tensor<4xi32>, value = dense<4> : tensor<4xi32>}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "narrow", sym_visibility = "public", type = tensor<?xi32>, value = dense<[1, 2]> : tensor<2xi32>}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "undefined", sym_visibility = "private", type = tensor<3xf32>}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "external", sym_visibility = "nested", type = tensor<4xi32>, value = #extern}> {note = "x"} : () -> ()
  "ml_program.global"() <{sym_name = "scalar", sym_visibility = "private", type = f32, value = 4.500000e+00 : f32}> : () -> ()
  "ml_program.global"() <{is_mutable, sym_name = "unit_like", sym_visibility = "private", type = i1, value}> : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<4xi32>, sym_name = "loads"}> ({
  ^bb0(%arg3: tensor<3xf32>):
    %7 = "ml_program.global_load_const"() <{global = @const}> : () -> tensor<4xi32>
    %8 = "ml_program.global_load"() <{global = @undefined}> : () -> tensor<3xf32>
    "ml_program.global_store"(%arg3) <{global = @undefined}> : (tensor<3xf32>) -> ()
    %9 = "ml_program.global_load"() <{global = @narrow}> {tag} : () -> tensor<?xi32>
    "ml_program.global_store"(%9) <{global = @narrow}> {tag} : (tensor<?xi32>) -> ()
    "func.return"(%7) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "ml_program.func"() <{function_type = (i32) -> i32, sym_name = "compute"}> ({
  ^bb0(%arg2: i32):
    "ml_program.return"(%arg2) : (i32) -> ()
  }) : () -> ()
  "ml_program.func"() <{function_type = (i32) -> (i32, f32), sym_name = "extern_fn", sym_visibility = "private"}> ({
  }) : () -> ()
  "ml_program.func"() <{function_type = () -> (), sym_name = "no_results"}> ({
    "ml_program.return"() : () -> ()
  }) {keep} : () -> ()
  "ml_program.subgraph"() <{function_type = (tensor<3xf32>, !ml_program.token) -> (tensor<3xf32>, !ml_program.token), sym_name = "graph"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: !ml_program.token):
    %2:2 = "ml_program.global_load_graph"(%arg1) <{global = @undefined}> : (!ml_program.token) -> (tensor<3xf32>, !ml_program.token)
    %3:2 = "ml_program.global_load_graph"() <{global = @undefined}> : () -> (tensor<3xf32>, !ml_program.token)
    %4 = "ml_program.global_store_graph"(%arg0, %2#1, %3#1) <{global = @undefined}> : (tensor<3xf32>, !ml_program.token, !ml_program.token) -> !ml_program.token
    %5 = "ml_program.token"() {a = 1 : i32} : () -> !ml_program.token
    %6 = "ml_program.global_store_graph"(%2#0, %4, %5) <{global = @undefined}> : (tensor<3xf32>, !ml_program.token, !ml_program.token) -> !ml_program.token
    "ml_program.output"(%3#0, %6) : (tensor<3xf32>, !ml_program.token) -> ()
  }) : () -> ()
  "ml_program.subgraph"() <{function_type = () -> (), sym_name = "empty_graph", sym_visibility = "private"}> ({
  }) : () -> ()
  "ml_program.subgraph"() <{function_type = () -> (), sym_name = "no_outputs"}> ({
    "ml_program.output"() : () -> ()
  }) : () -> ()
  "builtin.module"() <{sym_name = "nested"}> ({
    "builtin.module"() <{sym_name = "deeper"}> ({
      "ml_program.global"() <{sym_name = "g", sym_visibility = "public", type = tensor<3xf32>, value = dense<1.000000e+00> : tensor<3xf32>}> : () -> ()
    }) : () -> ()
    "ml_program.global"() <{is_mutable, sym_name = "h", sym_visibility = "nested", type = tensor<3xf32>, value = dense<1.000000e+00> : tensor<3xf32>}> : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> tensor<3xf32>, sym_name = "nested_loads"}> ({
    %0 = "ml_program.global_load_const"() <{global = @nested::@deeper::@g}> : () -> tensor<3xf32>
    %1 = "ml_program.global_load"() <{global = @nested::@h}> : () -> tensor<3xf32>
    "ml_program.global_store"(%0) <{global = @nested::@h}> : (tensor<3xf32>) -> ()
    "func.return"(%1) : (tensor<3xf32>) -> ()
  }) : () -> ()
}) : () -> ()

