"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[2,?],f32>, tensor<2x?xf32>, !torch.int, i64, !torch.float, f64, !torch.bool, i1, !torch.Generator) -> i64, sym_name = "conversions"}> ({
  ^bb0(%arg2: !torch.vtensor<[2,?],f32>, %arg3: tensor<2x?xf32>, %arg4: !torch.int, %arg5: i64, %arg6: !torch.float, %arg7: f64, %arg8: !torch.bool, %arg9: i1, %arg10: !torch.Generator):
    %2 = "torch_c.to_builtin_tensor"(%arg2) : (!torch.vtensor<[2,?],f32>) -> tensor<2x?xf32>
    %3 = "torch_c.from_builtin_tensor"(%arg3) : (tensor<2x?xf32>) -> !torch.vtensor<[2,?],f32>
    %4 = "torch_c.to_i64"(%arg4) : (!torch.int) -> i64
    %5 = "torch_c.from_i64"(%arg5) : (i64) -> !torch.int
    %6 = "torch_c.to_f64"(%arg6) : (!torch.float) -> f64
    %7 = "torch_c.from_f64"(%arg7) : (f64) -> !torch.float
    %8 = "torch_c.to_i1"(%arg8) : (!torch.bool) -> i1
    %9 = "torch_c.from_i1"(%arg9) {a} : (i1) -> !torch.bool
    %10 = "torch_c.get_next_seed"() : () -> i64
    %11 = "torch_c.generator_to_i64"(%arg10) : (!torch.Generator) -> i64
    %12 = "torch_c.i64_to_generator"(%arg5) : (i64) -> !torch.Generator
    "func.return"(%4) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[3],si64>, !torch.vtensor<*,f32>) -> tensor<3xi64>, sym_name = "signless"}> ({
  ^bb0(%arg0: !torch.vtensor<[3],si64>, %arg1: !torch.vtensor<*,f32>):
    %0 = "torch_c.to_builtin_tensor"(%arg0) : (!torch.vtensor<[3],si64>) -> tensor<3xi64>
    %1 = "torch_c.to_builtin_tensor"(%arg1) : (!torch.vtensor<*,f32>) -> tensor<*xf32>
    "func.return"(%0) : (tensor<3xi64>) -> ()
  }) : () -> ()
}) : () -> ()

