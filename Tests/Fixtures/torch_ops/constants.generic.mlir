"builtin.module"() ({
  "func.func"() <{function_type = () -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number), sym_name = "constants"}> ({
    %0 = "torch.constant.int"() <{value = 3 : i64}> : () -> !torch.int
    %1 = "torch.constant.int"() <{value = -3 : i64}> : () -> !torch.int
    %2 = "torch.constant.int"() <{value = 0 : i64}> {test = "value"} : () -> !torch.int
    %3 = "torch.constant.int"() <{value = 9223372036854775807 : i64}> : () -> !torch.int
    %4 = "torch.constant.int"() <{value = -9223372036854775808 : i64}> : () -> !torch.int
    %5 = "torch.constant.float"() <{value = 1.000000e+00 : f64}> : () -> !torch.float
    %6 = "torch.constant.float"() <{value = -1.000000e+00 : f64}> : () -> !torch.float
    %7 = "torch.constant.float"() <{value = 1.000000e-10 : f64}> : () -> !torch.float
    %8 = "torch.constant.float"() <{value = 1.000000e+10 : f64}> : () -> !torch.float
    %9 = "torch.constant.float"() <{value = 4.250000e+01 : f64}> : () -> !torch.float
    %10 = "torch.constant.float"() <{value = 1.000000e-01 : f64}> : () -> !torch.float
    %11 = "torch.constant.float"() <{value = 0x7FF0000000000000 : f64}> : () -> !torch.float
    %12 = "torch.constant.float"() <{value = 0x7FF8000000000000 : f64}> : () -> !torch.float
    %13 = "torch.constant.float"() <{value = 0xFFF0000000000000 : f64}> : () -> !torch.float
    %14 = "torch.constant.float"() <{value = 0x419D6F3454000000 : f64}> : () -> !torch.float
    %15 = "torch.constant.float"() <{value = 1.500000e-300 : f64}> : () -> !torch.float
    %16 = "torch.constant.float"() <{value = 0.000000e+00 : f64}> : () -> !torch.float
    %17 = "torch.constant.float"() <{value = -0.000000e+00 : f64}> : () -> !torch.float
    %18 = "torch.constant.bool"() <{value = true}> : () -> !torch.bool
    %19 = "torch.constant.bool"() <{value = false}> : () -> !torch.bool
    %20 = "torch.constant.str"() <{value = "some str"}> : () -> !torch.str
    %21 = "torch.constant.str"() <{value = "with \22quotes\22 and \0A newline"}> : () -> !torch.str
    %22 = "torch.constant.str"() <{value = ""}> : () -> !torch.str
    %23 = "torch.constant.none"() : () -> !torch.none
    %24 = "torch.constant.device"() <{value = "cpu"}> : () -> !torch.Device
    %25 = "torch.constant.device"() <{value = "cuda:0"}> : () -> !torch.Device
    %26 = "torch.constant.number"() <{value = 3 : i64}> : () -> !torch.number
    %27 = "torch.constant.number"() <{value = 2.500000e+00 : f64}> : () -> !torch.number
    %28 = "torch.constant.int"() <{value = 7 : i64}> : () -> !torch.int
    %29 = "torch.constant.int"() <{value = 7 : i64}> : () -> !torch.int
    %30 = "torch.constant.float"() <{value = 3.330000e+00 : f64}> : () -> !torch.float
    "func.return"(%0, %5, %18, %20, %23, %24, %26, %27) : (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number) -> ()
  }) : () -> ()
}) : () -> ()

