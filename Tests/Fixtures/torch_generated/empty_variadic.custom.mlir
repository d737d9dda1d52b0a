module {
  func.func @f(%arg0: !torch.int) {
    %0 = torch.aten.format() :  -> !torch.str
    %1 = torch.aten.format(%arg0) {foo} : !torch.int -> !torch.str
    return
  }
}

