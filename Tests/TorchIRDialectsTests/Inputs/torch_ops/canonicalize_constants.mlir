// RUN: --canonicalize
// Constants are uniqued and hoisted; constant.number becomes a constant and
// a derefine, whose new constant merges with an equal one further down.
func.func @constants() -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number) {
  %0 = torch.constant.int 3
  %1 = torch.constant.float 1.000000e+00
  %2 = torch.constant.bool true
  %3 = torch.constant.str "some str"
  %4 = torch.constant.none
  %5 = torch.constant.device "cpu"
  %6 = "torch.constant.number"() {value = 3 : i64} : () -> !torch.number
  %7 = "torch.constant.number"() {value = 2.5 : f64} : () -> !torch.number
  %8 = torch.constant.int 7
  %9 = torch.constant.float 1.000000e+00
  return %0, %9, %2, %3, %4, %5, %6, %7 : !torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number, !torch.number
}
