func.func @forward(%x: !torch.vtensor<[4,8],f32>, %idx: !torch.vtensor<[3],si64>, %table: !torch.vtensor<[10,8],f32>) -> (!torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.vtensor<[3,8],f32>, !torch.vtensor<[4,8],f32>) {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %none = torch.constant.none
  %str = torch.constant.str "tanh"
  %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.mean.dim %x, %0, %false, %none : !torch.vtensor<[4,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[4],f32>
  %2 = torch.aten.argmax %x, %int1, %false : !torch.vtensor<[4,8],f32>, !torch.int, !torch.bool -> !torch.vtensor<[4],si64>
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %3 = torch.aten.embedding %table, %idx, %int-1, %false, %false : !torch.vtensor<[10,8],f32>, !torch.vtensor<[3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[3,8],f32>
  %4 = torch.aten.gelu %x, %str : !torch.vtensor<[4,8],f32>, !torch.str -> !torch.vtensor<[4,8],f32>
  %5 = torch.aten.sigmoid %4 : !torch.vtensor<[4,8],f32> -> !torch.vtensor<[4,8],f32>
  return %1, %2, %3, %5 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.vtensor<[3,8],f32>, !torch.vtensor<[4,8],f32>
}
