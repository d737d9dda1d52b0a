func.func @forward(%arg0: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>, %b: !torch.vtensor<[4],f32>, %m: !torch.vtensor<[4,4],f32>) -> !torch.vtensor<[1,4],f32> {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.prim.ListConstruct  : () -> !torch.list<int>
  %3 = torch.aten.convolution %arg0, %w, %b, %0, %1, %0, %false, %2, %int1 : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,6,6],f32>
  %4 = torch.aten.relu %3 : !torch.vtensor<[1,4,6,6],f32> -> !torch.vtensor<[1,4,6,6],f32>
  %5 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %6 = torch.aten.adaptive_avg_pool2d %4, %5 : !torch.vtensor<[1,4,6,6],f32>, !torch.list<int> -> !torch.vtensor<[1,4,1,1],f32>
  %int4 = torch.constant.int 4
  %7 = torch.prim.ListConstruct %int1, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %8 = torch.aten.view %6, %7 : !torch.vtensor<[1,4,1,1],f32>, !torch.list<int> -> !torch.vtensor<[1,4],f32>
  %9 = torch.aten.mm %8, %m : !torch.vtensor<[1,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[1,4],f32>
  return %9 : !torch.vtensor<[1,4],f32>
}
