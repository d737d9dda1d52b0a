module {
  func.func @forward(%arg0: !torch.vtensor<[4,16],f32>, %arg1: !torch.vtensor<[4,5],si64>, %arg2: !torch.vtensor<[3],si64>) -> (!torch.vtensor<[4,16],f32>, !torch.vtensor<[4,5],f32>, !torch.vtensor<[3,16],f32>, !torch.vtensor<[4,8],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],si64>, !torch.vtensor<[3,16],f32>, !torch.vtensor<[3,16],si64>) {
    %0 = torch.vtensor.literal(dense<0.000000e+00> : tensor<4x8xf32>) : !torch.vtensor<[4,8],f32>
    %true = torch.constant.bool true
    %int3 = torch.constant.int 3
    %int6 = torch.constant.int 6
    %int8 = torch.constant.int 8
    %int4 = torch.constant.int 4
    %int0 = torch.constant.int 0
    %false = torch.constant.bool false
    %int1 = torch.constant.int 1
    %none = torch.constant.none
    %1 = torch.aten.cumsum %arg0, %int1, %none : !torch.vtensor<[4,16],f32>, !torch.int, !torch.none -> !torch.vtensor<[4,16],f32>
    %2 = torch.aten.gather %1, %int1, %arg1, %false : !torch.vtensor<[4,16],f32>, !torch.int, !torch.vtensor<[4,5],si64>, !torch.bool -> !torch.vtensor<[4,5],f32>
    %3 = torch.aten.index_select %arg0, %int0, %arg2 : !torch.vtensor<[4,16],f32>, !torch.int, !torch.vtensor<[3],si64> -> !torch.vtensor<[3,16],f32>
    %4 = torch.prim.ListConstruct %int4, %int8 : (!torch.int, !torch.int) -> !torch.list<int>
    %cpu = torch.constant.device "cpu"
    %5 = torch.aten.empty.memory_format %4, %int6, %int0, %cpu, %false, %none : !torch.list<int>, !torch.int, !torch.int, !torch.Device, !torch.bool, !torch.none -> !torch.vtensor<[4,8],f32>
    %6 = torch.aten.scatter_add %0, %int1, %arg1, %2 : !torch.vtensor<[4,8],f32>, !torch.int, !torch.vtensor<[4,5],si64>, !torch.vtensor<[4,5],f32> -> !torch.vtensor<[4,8],f32>
    %values, %indices = torch.aten.sort %arg0, %int1, %true : !torch.vtensor<[4,16],f32>, !torch.int, !torch.bool -> !torch.vtensor<[4,16],f32>, !torch.vtensor<[4,16],si64>
    %7 = torch.aten.slice.Tensor %values, %int1, %int0, %int3, %int1 : !torch.vtensor<[4,16],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],f32>
    %8 = torch.aten.slice.Tensor %indices, %int1, %int0, %int3, %int1 : !torch.vtensor<[4,16],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,3],si64>
    %values_0, %indices_1 = torch.aten.sort %3, %int1, %false : !torch.vtensor<[3,16],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3,16],f32>, !torch.vtensor<[3,16],si64>
    return %1, %2, %3, %6, %7, %8, %values_0, %indices_1 : !torch.vtensor<[4,16],f32>, !torch.vtensor<[4,5],f32>, !torch.vtensor<[3,16],f32>, !torch.vtensor<[4,8],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],si64>, !torch.vtensor<[3,16],f32>, !torch.vtensor<[3,16],si64>
  }
}
