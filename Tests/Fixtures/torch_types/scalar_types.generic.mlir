"builtin.module"() ({
  "func.func"() <{function_type = (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.number, !torch.any) -> (!torch.int, !torch.float), sym_name = "scalars"}> ({
  ^bb0(%arg11: !torch.int, %arg12: !torch.float, %arg13: !torch.bool, %arg14: !torch.str, %arg15: !torch.none, %arg16: !torch.number, %arg17: !torch.any):
    "func.return"(%arg11, %arg12) : (!torch.int, !torch.float) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.Device, !torch.Generator, !torch.LinearParams) -> !torch.Device, sym_name = "objects"}> ({
  ^bb0(%arg8: !torch.Device, %arg9: !torch.Generator, %arg10: !torch.LinearParams):
    "func.return"(%arg8) : (!torch.Device) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.qint8, !torch.quint8, !torch.qint16, !torch.qint32) -> (), sym_name = "quantized"}> ({
  ^bb0(%arg4: !torch.qint8, %arg5: !torch.quint8, %arg6: !torch.qint16, %arg7: !torch.qint32):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.int, !torch.none) -> !torch.bool, sym_name = "declaration", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "ops"}> ({
    %0 = "foo.int"() {value = 3 : i64} : () -> !torch.int
    %1 = "foo.float"() {value = 1.500000e+00 : f64} : () -> !torch.float
    %2:2 = "foo.pair"(%0, %1) : (!torch.int, !torch.float) -> (!torch.number, !torch.any)
    "foo.use"(%2#0, %2#1) {t = !torch.qint8, types = [!torch.int, !torch.str, !torch.Generator]} : (!torch.number, !torch.any) -> ()
    %3 = "foo.none"() : () -> !torch.none
    "foo.region"() ({
    ^bb0(%arg2: !torch.bool, %arg3: !torch.LinearParams):
      "foo.yield"(%arg2) : (!torch.bool) -> ()
    }) : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.int, !torch.none) -> (), sym_name = "verbose"}> ({
  ^bb0(%arg0: !torch.int, %arg1: !torch.none):
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

