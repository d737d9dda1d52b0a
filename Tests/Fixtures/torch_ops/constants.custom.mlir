module {
  func.func @constants() -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number) {
    %int3 = torch.constant.int 3
    %int-3 = torch.constant.int -3
    %int0 = torch.constant.int 0 {test = "value"}
    %int9223372036854775807 = torch.constant.int 9223372036854775807
    %int-9223372036854775808 = torch.constant.int -9223372036854775808
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %float1.000000e-10 = torch.constant.float 1.000000e-10
    %float1.000000e10 = torch.constant.float 1.000000e+10
    %float4.250000e01 = torch.constant.float 4.250000e+01
    %float1.000000e-01 = torch.constant.float 1.000000e-01
    %floatInf = torch.constant.float 0x7FF0000000000000
    %floatNaN = torch.constant.float 0x7FF8000000000000
    %float-Inf = torch.constant.float 0xFFF0000000000000
    %float1.234570e08 = torch.constant.float 0x419D6F3454000000
    %float1.500000e-300 = torch.constant.float 1.500000e-300
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %float-0.000000e00 = torch.constant.float -0.000000e+00
    %true = torch.constant.bool true
    %false = torch.constant.bool false
    %str = torch.constant.str "some str"
    %str_0 = torch.constant.str "with \22quotes\22 and \0A newline"
    %str_1 = torch.constant.str ""
    %none = torch.constant.none
    %cpu = torch.constant.device "cpu"
    %cuda3A0 = torch.constant.device "cuda:0"
    %0 = "torch.constant.number"() <{value = 3 : i64}> : () -> !torch.number
    %1 = "torch.constant.number"() <{value = 2.500000e+00 : f64}> : () -> !torch.number
    %int7 = torch.constant.int 7
    %int7_2 = torch.constant.int 7
    %float3.330000e00 = torch.constant.float 3.330000e+00
    return %int3, %float1.000000e00, %true, %str, %none, %cpu, %0, %1 : !torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number
  }
}

