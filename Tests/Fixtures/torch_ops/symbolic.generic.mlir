#map = affine_map<()[s0, s1] -> (s0, s1, 3)>
#map1 = affine_map<()[s0, s1] -> (s0, s1 * 2 + s0, 3)>
"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[?,?,3],f32>, !torch.bool) -> !torch.vtensor<[?,?,3],f32>, sym_name = "symbolic"}> ({
  ^bb0(%arg0: !torch.vtensor<[?,?,3],f32>, %arg1: !torch.bool):
    %0 = "torch.symbolic_int"() <{max_val = 10 : i64, min_val = 5 : i64, symbol_name = "s0"}> : () -> !torch.int
    %1 = "torch.symbolic_int"() <{max_val = 9223372036854775806 : i64, min_val = 2 : i64, symbol_name = "s1"}> : () -> !torch.int
    "torch.bind_symbolic_shape"(%arg0, %0, %1) <{shape_expressions = #map}> : (!torch.vtensor<[?,?,3],f32>, !torch.int, !torch.int) -> ()
    "torch.bind_symbolic_shape"(%arg0, %0, %1) <{shape_expressions = #map1}> {foo = 1 : i64} : (!torch.vtensor<[?,?,3],f32>, !torch.int, !torch.int) -> ()
    "torch.runtime.assert"(%arg1) <{message = "must hold"}> : (!torch.bool) -> ()
    "torch.runtime.assert"(%arg1) <{message = "with attr"}> {bar} : (!torch.bool) -> ()
    "func.return"(%arg0) : (!torch.vtensor<[?,?,3],f32>) -> ()
  }) : () -> ()
}) : () -> ()

