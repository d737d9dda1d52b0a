module {
  func.func @constants() -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number) {
    %none = torch.constant.none
    %str = torch.constant.str "some str"
    %true = torch.constant.bool true
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %int3 = torch.constant.int 3
    %float2.500000e00 = torch.constant.float 2.500000e+00
    %0 = torch.derefine %float2.500000e00 : !torch.float to !torch.number
    %1 = torch.derefine %int3 : !torch.int to !torch.number
    %cpu = torch.constant.device "cpu"
    return %int3, %float1.000000e00, %true, %str, %none, %cpu, %1, %0 : !torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number
  }
}

