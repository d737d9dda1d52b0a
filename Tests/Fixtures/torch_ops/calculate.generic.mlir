"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor, !torch.list<int>) -> !torch.vtensor, sym_name = "shape_calculations"}> ({
  ^bb0(%arg1: !torch.vtensor, %arg2: !torch.list<int>):
    %2 = "torch.shape.calculate"() ({
      %3 = "torch.tensor_static_info_cast"(%arg1) : (!torch.vtensor) -> !torch.vtensor
      "torch.shape.calculate.yield"(%3) : (!torch.vtensor) -> ()
    }, {
      "torch.shape.calculate.yield.shapes"(%arg2) : (!torch.list<int>) -> ()
    }) : () -> !torch.vtensor
    "func.return"(%2) : (!torch.vtensor) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor) -> !torch.vtensor, sym_name = "dtype_calculations"}> ({
  ^bb0(%arg0: !torch.vtensor):
    %0 = "torch.dtype.calculate"() ({
      "torch.dtype.calculate.yield"(%arg0) : (!torch.vtensor) -> ()
    }, {
      %1 = "torch.prim.dtype"(%arg0) : (!torch.vtensor) -> !torch.int
      "torch.dtype.calculate.yield.dtypes"(%1) : (!torch.int) -> ()
    }) : () -> !torch.vtensor
    "func.return"(%0) : (!torch.vtensor) -> ()
  }) : () -> ()
}) : () -> ()

