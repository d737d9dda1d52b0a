// PIPELINE: builtin.module(inline)
// Callees from the other dialects that allow inlining (scf, tensor, torch, torch_c).
func.func private @callee(%t: tensor<4xf32>, %i: index, %c: i1) -> f32 {
  %r = scf.if %c -> (f32) {
    %e = tensor.extract %t[%i] : tensor<4xf32>
    scf.yield %e : f32
  } else {
    %z = arith.constant 0.0 : f32
    scf.yield %z : f32
  }
  return %r : f32
}
func.func private @torch_callee(%a: !torch.int) -> i64 {
  %b = torch.aten.add.int %a, %a : !torch.int, !torch.int -> !torch.int
  %c = torch_c.to_i64 %b
  return %c : i64
}
func.func @caller(%t: tensor<4xf32>, %i: index, %c: i1, %a: !torch.int) -> (f32, i64) {
  %0 = call @callee(%t, %i, %c) : (tensor<4xf32>, index, i1) -> f32
  %1 = call @torch_callee(%a) : (!torch.int) -> i64
  return %0, %1 : f32, i64
}
