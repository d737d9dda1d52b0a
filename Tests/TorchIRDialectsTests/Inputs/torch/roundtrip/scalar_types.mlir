// Every Torch type without parameters, as function arguments, results, type
// attributes and operand/result types of unregistered ops.

func.func @scalars(%a: !torch.int, %b: !torch.float, %c: !torch.bool, %d: !torch.str, %e: !torch.none, %f: !torch.number, %g: !torch.any) -> (!torch.int, !torch.float) {
  return %a, %b : !torch.int, !torch.float
}

func.func @objects(%a: !torch.Device, %b: !torch.Generator, %c: !torch.LinearParams) -> !torch.Device {
  return %a : !torch.Device
}

func.func @quantized(%a: !torch.qint8, %b: !torch.quint8, %c: !torch.qint16, %d: !torch.qint32) {
  return
}

func.func private @declaration(!torch.int, !torch.none) -> !torch.bool

func.func @ops() {
  %0 = "foo.int"() {value = 3 : i64} : () -> !torch.int
  %1 = "foo.float"() {value = 1.5 : f64} : () -> !torch.float
  %2:2 = "foo.pair"(%0, %1) : (!torch.int, !torch.float) -> (!torch.number, !torch.any)
  "foo.use"(%2#0, %2#1) {types = [!torch.int, !torch.str, !torch.Generator], t = !torch.qint8} : (!torch.number, !torch.any) -> ()
  %3 = "foo.none"() : () -> !torch.none
  "foo.region"() ({
  ^bb0(%x: !torch.bool, %y: !torch.LinearParams):
    "foo.yield"(%x) : (!torch.bool) -> ()
  }) : () -> ()
  return
}

// The verbose form `!torch<...>` is printed in the pretty form.
func.func @verbose(%a: !torch<int>, %b: !torch<none>) {
  return
}
