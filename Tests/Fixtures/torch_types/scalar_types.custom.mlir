module {
  func.func @scalars(%arg0: !torch.int, %arg1: !torch.float, %arg2: !torch.bool, %arg3: !torch.str, %arg4: !torch.none, %arg5: !torch.number, %arg6: !torch.any) -> (!torch.int, !torch.float) {
    return %arg0, %arg1 : !torch.int, !torch.float
  }
  func.func @objects(%arg0: !torch.Device, %arg1: !torch.Generator, %arg2: !torch.LinearParams) -> !torch.Device {
    return %arg0 : !torch.Device
  }
  func.func @quantized(%arg0: !torch.qint8, %arg1: !torch.quint8, %arg2: !torch.qint16, %arg3: !torch.qint32) {
    return
  }
  func.func private @declaration(!torch.int, !torch.none) -> !torch.bool
  func.func @ops() {
    %0 = "foo.int"() {value = 3 : i64} : () -> !torch.int
    %1 = "foo.float"() {value = 1.500000e+00 : f64} : () -> !torch.float
    %2:2 = "foo.pair"(%0, %1) : (!torch.int, !torch.float) -> (!torch.number, !torch.any)
    "foo.use"(%2#0, %2#1) {t = !torch.qint8, types = [!torch.int, !torch.str, !torch.Generator]} : (!torch.number, !torch.any) -> ()
    %3 = "foo.none"() : () -> !torch.none
    "foo.region"() ({
    ^bb0(%arg0: !torch.bool, %arg1: !torch.LinearParams):
      "foo.yield"(%arg0) : (!torch.bool) -> ()
    }) : () -> ()
    return
  }
  func.func @verbose(%arg0: !torch.int, %arg1: !torch.none) {
    return
  }
}

