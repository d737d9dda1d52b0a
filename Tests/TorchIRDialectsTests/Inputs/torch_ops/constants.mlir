// torch.constant.* ops and their result names.
func.func @constants() -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number) {
  %0 = torch.constant.int 3
  %1 = torch.constant.int -3
  %2 = torch.constant.int 0 {test = "value"}
  %3 = torch.constant.int 9223372036854775807
  %4 = torch.constant.int -9223372036854775808
  %5 = torch.constant.float 1.000000e+00
  %6 = torch.constant.float -1.000000e+00
  %7 = torch.constant.float 1.000000e-10
  %8 = torch.constant.float 1.000000e+10
  %9 = torch.constant.float 4.250000e+01
  %10 = torch.constant.float 0.1
  %11 = torch.constant.float 0x7FF0000000000000
  %12 = torch.constant.float 0x7FF8000000000000
  %13 = torch.constant.float 0xFFF0000000000000
  %14 = torch.constant.float 123456789.0
  %15 = torch.constant.float 1.5e-300
  %16 = torch.constant.float 0.0
  %17 = torch.constant.float -0.0
  %18 = torch.constant.bool true
  %19 = torch.constant.bool false
  %20 = torch.constant.str "some str"
  %21 = torch.constant.str "with \"quotes\" and \n newline"
  %22 = torch.constant.str ""
  %23 = torch.constant.none
  %24 = torch.constant.device "cpu"
  %25 = torch.constant.device "cuda:0"
  %26 = "torch.constant.number"() {value = 3 : i64} : () -> !torch.number
  %27 = "torch.constant.number"() {value = 2.5 : f64} : () -> !torch.number
  %28 = torch.constant.int 7
  %29 = torch.constant.int 7
  %30 = torch.constant.float 3.33
  return %0, %5, %18, %20, %23, %24, %26, %27 : !torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number
}
