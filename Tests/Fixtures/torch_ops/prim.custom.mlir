module {
  func.func @lists(%arg0: !torch.int, %arg1: !torch.vtensor<[2],f32>, %arg2: !torch.vtensor<[3],f32>) -> (!torch.list<int>, !torch.list<vtensor>) {
    %0 = torch.prim.ListConstruct %arg0, %arg0 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %2 = torch.prim.ListConstruct %arg1, %arg2 : (!torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>) -> !torch.list<vtensor>
    %3:2 = torch.prim.ListUnpack %0 : !torch.list<int> -> !torch.int, !torch.int
    %4 = torch.prim.ListConstruct %arg0 {foo} : (!torch.int) -> !torch.list<optional<int>>
    return %0, %2 : !torch.list<int>, !torch.list<vtensor>
  }
  func.func @tuples(%arg0: !torch.int, %arg1: !torch.vtensor) -> !torch.tuple<int, vtensor> {
    %0 = torch.prim.TupleConstruct %arg0, %arg1 : !torch.int, !torch.vtensor -> !torch.tuple<int, vtensor>
    %1:2 = torch.prim.TupleUnpack %0 : !torch.tuple<int, vtensor> -> !torch.int, !torch.vtensor
    %int1 = torch.constant.int 1
    %2 = torch.prim.TupleIndex %0, %int1 : !torch.tuple<int, vtensor>, !torch.int -> !torch.vtensor
    %3 = torch.prim.TupleConstruct %arg0 : !torch.int -> !torch.tuple<optional<int>>
    return %0 : !torch.tuple<int, vtensor>
  }
  func.func @dicts(%arg0: !torch.str, %arg1: !torch.vtensor) -> !torch.dict<str, vtensor> {
    %0 = torch.prim.DictConstruct keys(%arg0 : !torch.str) values(%arg1 : !torch.vtensor) -> !torch.dict<str, vtensor>
    %1 = torch.prim.DictConstruct keys() values() -> !torch.dict<str, int>
    return %0 : !torch.dict<str, vtensor>
  }
  func.func @control(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
    %0 = torch.prim.If %arg0 -> (!torch.int) {
      torch.prim.If.yield %arg1 : !torch.int
    } else {
      %int0 = torch.constant.int 0
      torch.prim.If.yield %int0 : !torch.int
    }
    torch.prim.If %arg0 -> () {
      torch.prim.If.yield
    } else {
      %str = torch.constant.str "bad"
      %none = torch.constant.none
      torch.prim.RaiseException %str, %none : !torch.str, !torch.none
      torch.prim.If.yield
    }
    %1:2 = torch.prim.If %arg0 -> (!torch.int, !torch.bool) {
      torch.prim.If.yield %arg1, %arg0 : !torch.int, !torch.bool
    } else {
      torch.prim.If.yield %arg1, %arg0 : !torch.int, !torch.bool
    } {attr = 1 : i64}
    %true = torch.constant.bool true
    %2 = torch.prim.Loop %arg1, %true, init(%arg1) {
    ^bb0(%arg2: !torch.int, %arg3: !torch.int):
      torch.prim.Loop.condition %true, iter(%arg3 : !torch.int)
    } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
    torch.prim.Loop %arg1, %arg0, init() {
    ^bb0(%arg2: !torch.int):
      torch.prim.Loop.condition %arg0, iter()
    } : (!torch.int, !torch.bool) -> ()
    return %0 : !torch.int
  }
  func.func @misc(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: !torch.float, %arg3: !torch.optional<int>) -> !torch.vtensor<[],si64> {
    %0 = torch.prim.NumToTensor.Scalar %arg1 : !torch.int -> !torch.vtensor<[],si64>
    %1 = torch.prim.NumToTensor.Scalar %arg2 : !torch.float -> !torch.vtensor<[],f64>
    %2 = torch.prim.device %arg0 : !torch.vtensor<[2,3],f32> -> !torch.Device
    %3 = torch.prim.dtype %arg0 : !torch.vtensor<[2,3],f32> -> !torch.int
    %4 = torch.prim.Uninitialized : !torch.vtensor
    %5 = torch.prim.unchecked_cast %arg3 : !torch.optional<int> -> !torch.int
    torch.prim.Print(%arg1, %arg2) : !torch.int, !torch.float
    %6 = torch.prim.CreateObject !torch.nn.Module<"c">
    %7 = torch.prim.GetAttr %6["f"] : !torch.nn.Module<"c"> -> !torch.int
    torch.prim.SetAttr %6["f"] = %arg1 : !torch.nn.Module<"c">, !torch.int
    %8 = torch.prim.CallMethod %6["forward"] (%arg1) : !torch.nn.Module<"c">, (!torch.int) -> !torch.int
    torch.prim.Store "x", %arg1 : !torch.int
    %9 = torch.prim.Load "x" : !torch.int
    %10 = torch.prim.layout %arg0 : !torch.vtensor<[2,3],f32> -> !torch.int
    %11 = torch.prim.min.int %arg1, %arg1 : !torch.int, !torch.int -> !torch.int
    %12 = torch.prim.max.int %arg1, %arg1 : !torch.int, !torch.int -> !torch.int
    %13 = torch.prim.ListConstruct %arg1 : (!torch.int) -> !torch.list<int>
    %14 = torch.prim.min.self_int %13 : !torch.list<int> -> !torch.int
    %15 = torch.prim.max.self_int %13 : !torch.list<int> -> !torch.int
    %16 = torch.prim.abs.Scalar %arg2 : !torch.float -> !torch.float
    %17:2 = torch.prim.tolist(%arg0) : !torch.vtensor<[2,3],f32> -> !torch.list<list<float>>, !torch.int
    return %0 : !torch.vtensor<[],si64>
  }
}

