// Symbolic shapes from torch.export and runtime assertions.
func.func @symbolic(%arg0: !torch.vtensor<[?,?,3],f32>, %arg1: !torch.bool) -> !torch.vtensor<[?,?,3],f32> {
  %0 = torch.symbolic_int "s0" {min_val = 5, max_val = 10} : !torch.int
  %1 = torch.symbolic_int "s1" {min_val = 2, max_val = 9223372036854775806} : !torch.int
  torch.bind_symbolic_shape %arg0, [%0, %1], affine_map<()[s0, s1] -> (s0, s1, 3)> : !torch.vtensor<[?,?,3],f32>
  torch.bind_symbolic_shape %arg0, [%0, %1], affine_map<()[s0, s1] -> (s0, s1 * 2 + s0, 3)> {foo = 1} : !torch.vtensor<[?,?,3],f32>
  torch.runtime.assert %arg1, "must hold"
  torch.runtime.assert %arg1, "with attr" {bar}
  return %arg0 : !torch.vtensor<[?,?,3],f32>
}
