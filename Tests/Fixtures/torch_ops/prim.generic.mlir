"builtin.module"() ({
  "func.func"() <{function_type = (!torch.int, !torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>) -> (!torch.list<int>, !torch.list<vtensor>), sym_name = "lists"}> ({
  ^bb0(%arg13: !torch.int, %arg14: !torch.vtensor<[2],f32>, %arg15: !torch.vtensor<[3],f32>):
    %32 = "torch.prim.ListConstruct"(%arg13, %arg13) : (!torch.int, !torch.int) -> !torch.list<int>
    %33 = "torch.prim.ListConstruct"() : () -> !torch.list<int>
    %34 = "torch.prim.ListConstruct"(%arg14, %arg15) : (!torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>) -> !torch.list<vtensor>
    %35:2 = "torch.prim.ListUnpack"(%32) : (!torch.list<int>) -> (!torch.int, !torch.int)
    %36 = "torch.prim.ListConstruct"(%arg13) {foo} : (!torch.int) -> !torch.list<optional<int>>
    "func.return"(%32, %34) : (!torch.list<int>, !torch.list<vtensor>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.int, !torch.vtensor) -> !torch.tuple<int, vtensor>, sym_name = "tuples"}> ({
  ^bb0(%arg11: !torch.int, %arg12: !torch.vtensor):
    %27 = "torch.prim.TupleConstruct"(%arg11, %arg12) : (!torch.int, !torch.vtensor) -> !torch.tuple<int, vtensor>
    %28:2 = "torch.prim.TupleUnpack"(%27) : (!torch.tuple<int, vtensor>) -> (!torch.int, !torch.vtensor)
    %29 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int
    %30 = "torch.prim.TupleIndex"(%27, %29) : (!torch.tuple<int, vtensor>, !torch.int) -> !torch.vtensor
    %31 = "torch.prim.TupleConstruct"(%arg11) : (!torch.int) -> !torch.tuple<optional<int>>
    "func.return"(%27) : (!torch.tuple<int, vtensor>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.str, !torch.vtensor) -> !torch.dict<str, vtensor>, sym_name = "dicts"}> ({
  ^bb0(%arg9: !torch.str, %arg10: !torch.vtensor):
    %25 = "torch.prim.DictConstruct"(%arg9, %arg10) : (!torch.str, !torch.vtensor) -> !torch.dict<str, vtensor>
    %26 = "torch.prim.DictConstruct"() : () -> !torch.dict<str, int>
    "func.return"(%25) : (!torch.dict<str, vtensor>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.bool, !torch.int) -> !torch.int, sym_name = "control"}> ({
  ^bb0(%arg4: !torch.bool, %arg5: !torch.int):
    %18 = "torch.prim.If"(%arg4) ({
      "torch.prim.If.yield"(%arg5) : (!torch.int) -> ()
    }, {
      %24 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int
      "torch.prim.If.yield"(%24) : (!torch.int) -> ()
    }) : (!torch.bool) -> !torch.int
    "torch.prim.If"(%arg4) ({
      "torch.prim.If.yield"() : () -> ()
    }, {
      %22 = "torch.constant.str"() <{value = "bad"}> : () -> !torch.str
      %23 = "torch.constant.none"() : () -> !torch.none
      "torch.prim.RaiseException"(%22, %23) : (!torch.str, !torch.none) -> ()
      "torch.prim.If.yield"() : () -> ()
    }) : (!torch.bool) -> ()
    %19:2 = "torch.prim.If"(%arg4) ({
      "torch.prim.If.yield"(%arg5, %arg4) : (!torch.int, !torch.bool) -> ()
    }, {
      "torch.prim.If.yield"(%arg5, %arg4) : (!torch.int, !torch.bool) -> ()
    }) {attr = 1 : i64} : (!torch.bool) -> (!torch.int, !torch.bool)
    %20 = "torch.constant.bool"() <{value = true}> : () -> !torch.bool
    %21 = "torch.prim.Loop"(%arg5, %20, %arg5) ({
    ^bb0(%arg7: !torch.int, %arg8: !torch.int):
      "torch.prim.Loop.condition"(%20, %arg8) : (!torch.bool, !torch.int) -> ()
    }) : (!torch.int, !torch.bool, !torch.int) -> !torch.int
    "torch.prim.Loop"(%arg5, %arg4) ({
    ^bb0(%arg6: !torch.int):
      "torch.prim.Loop.condition"(%arg4) : (!torch.bool) -> ()
    }) : (!torch.int, !torch.bool) -> ()
    "func.return"(%18) : (!torch.int) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[2,3],f32>, !torch.int, !torch.float, !torch.optional<int>) -> !torch.vtensor<[],si64>, sym_name = "misc"}> ({
  ^bb0(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: !torch.float, %arg3: !torch.optional<int>):
    %0 = "torch.prim.NumToTensor.Scalar"(%arg1) : (!torch.int) -> !torch.vtensor<[],si64>
    %1 = "torch.prim.NumToTensor.Scalar"(%arg2) : (!torch.float) -> !torch.vtensor<[],f64>
    %2 = "torch.prim.device"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.Device
    %3 = "torch.prim.dtype"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.int
    %4 = "torch.prim.Uninitialized"() : () -> !torch.vtensor
    %5 = "torch.prim.unchecked_cast"(%arg3) : (!torch.optional<int>) -> !torch.int
    "torch.prim.Print"(%arg1, %arg2) : (!torch.int, !torch.float) -> ()
    %6 = "torch.prim.CreateObject"() : () -> !torch.nn.Module<"c">
    %7 = "torch.prim.GetAttr"(%6) <{name = "f"}> : (!torch.nn.Module<"c">) -> !torch.int
    "torch.prim.SetAttr"(%6, %arg1) <{name = "f"}> : (!torch.nn.Module<"c">, !torch.int) -> ()
    %8 = "torch.prim.CallMethod"(%6, %arg1) <{name = "forward"}> : (!torch.nn.Module<"c">, !torch.int) -> !torch.int
    "torch.prim.Store"(%arg1) <{name = "x"}> : (!torch.int) -> ()
    %9 = "torch.prim.Load"() <{name = "x"}> : () -> !torch.int
    %10 = "torch.prim.layout"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.int
    %11 = "torch.prim.min.int"(%arg1, %arg1) : (!torch.int, !torch.int) -> !torch.int
    %12 = "torch.prim.max.int"(%arg1, %arg1) : (!torch.int, !torch.int) -> !torch.int
    %13 = "torch.prim.ListConstruct"(%arg1) : (!torch.int) -> !torch.list<int>
    %14 = "torch.prim.min.self_int"(%13) : (!torch.list<int>) -> !torch.int
    %15 = "torch.prim.max.self_int"(%13) : (!torch.list<int>) -> !torch.int
    %16 = "torch.prim.abs.Scalar"(%arg2) : (!torch.float) -> !torch.float
    %17:2 = "torch.prim.tolist"(%arg0) : (!torch.vtensor<[2,3],f32>) -> (!torch.list<list<float>>, !torch.int)
    "func.return"(%0) : (!torch.vtensor<[],si64>) -> ()
  }) : () -> ()
}) : () -> ()

