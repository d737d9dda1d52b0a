// The torch_c (TorchConversion) dialect.
func.func @conversions(%arg0: !torch.vtensor<[2,?],f32>, %arg1: tensor<2x?xf32>, %arg2: !torch.int, %arg3: i64, %arg4: !torch.float, %arg5: f64, %arg6: !torch.bool, %arg7: i1, %arg8: !torch.Generator) -> i64 {
  %0 = torch_c.to_builtin_tensor %arg0 : !torch.vtensor<[2,?],f32> -> tensor<2x?xf32>
  %1 = torch_c.from_builtin_tensor %arg1 : tensor<2x?xf32> -> !torch.vtensor<[2,?],f32>
  %2 = torch_c.to_i64 %arg2
  %3 = torch_c.from_i64 %arg3
  %4 = torch_c.to_f64 %arg4
  %5 = torch_c.from_f64 %arg5
  %6 = torch_c.to_i1 %arg6
  %7 = torch_c.from_i1 %arg7 {a}
  %8 = torch_c.get_next_seed : () -> i64
  %9 = torch_c.generator_to_i64 %arg8
  %10 = torch_c.i64_to_generator %arg3
  return %2 : i64
}

func.func @signless(%arg0: !torch.vtensor<[3],si64>, %arg1: !torch.vtensor<*,f32>) -> tensor<3xi64> {
  %0 = torch_c.to_builtin_tensor %arg0 : !torch.vtensor<[3],si64> -> tensor<3xi64>
  %1 = torch_c.to_builtin_tensor %arg1 : !torch.vtensor<*,f32> -> tensor<*xf32>
  return %0 : tensor<3xi64>
}
