module {
  func.func @shape_calculations(%arg0: !torch.vtensor, %arg1: !torch.list<int>) -> !torch.vtensor {
    %0 = torch.shape.calculate {
      %1 = torch.tensor_static_info_cast %arg0 : !torch.vtensor to !torch.vtensor
      torch.shape.calculate.yield %1 : !torch.vtensor
    } shapes {
      torch.shape.calculate.yield.shapes %arg1 : !torch.list<int>
    } : !torch.vtensor
    return %0 : !torch.vtensor
  }
  func.func @dtype_calculations(%arg0: !torch.vtensor) -> !torch.vtensor {
    %0 = torch.dtype.calculate {
      torch.dtype.calculate.yield %arg0 : !torch.vtensor
    } dtypes {
      %1 = torch.prim.dtype %arg0 : !torch.vtensor -> !torch.int
      torch.dtype.calculate.yield.dtypes %1 : !torch.int
    } : !torch.vtensor
    return %0 : !torch.vtensor
  }
}

