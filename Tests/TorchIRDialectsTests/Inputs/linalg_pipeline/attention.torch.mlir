func.func @forward(%q: !torch.vtensor<[2,4,8],f32>, %k: !torch.vtensor<[2,4,8],f32>, %v: !torch.vtensor<[2,4,8],f32>) -> !torch.vtensor<[2,4,8],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  %none = torch.constant.none
  %float = torch.constant.float 0.35355339059327379
  %0 = torch.aten.transpose.int %k, %int1, %int2 : !torch.vtensor<[2,4,8],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,8,4],f32>
  %1 = torch.aten.bmm %q, %0 : !torch.vtensor<[2,4,8],f32>, !torch.vtensor<[2,8,4],f32> -> !torch.vtensor<[2,4,4],f32>
  %2 = torch.aten.mul.Scalar %1, %float : !torch.vtensor<[2,4,4],f32>, !torch.float -> !torch.vtensor<[2,4,4],f32>
  %3 = torch.aten.softmax.int %2, %int-1, %none : !torch.vtensor<[2,4,4],f32>, !torch.int, !torch.none -> !torch.vtensor<[2,4,4],f32>
  %4 = torch.aten.bmm %3, %v : !torch.vtensor<[2,4,4],f32>, !torch.vtensor<[2,4,8],f32> -> !torch.vtensor<[2,4,8],f32>
  %5 = torch.aten.add.Tensor %4, %q, %int1 : !torch.vtensor<[2,4,8],f32>, !torch.vtensor<[2,4,8],f32>, !torch.int -> !torch.vtensor<[2,4,8],f32>
  %6 = torch.aten.tanh %5 : !torch.vtensor<[2,4,8],f32> -> !torch.vtensor<[2,4,8],f32>
  return %6 : !torch.vtensor<[2,4,8],f32>
}
