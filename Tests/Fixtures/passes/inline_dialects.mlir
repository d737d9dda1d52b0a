module {
  func.func @caller(%arg0: tensor<4xf32>, %arg1: index, %arg2: i1, %arg3: !torch.int) -> (f32, i64) {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = scf.if %arg2 -> (f32) {
      %extracted = tensor.extract %arg0[%arg1] : tensor<4xf32>
      scf.yield %extracted : f32
    } else {
      scf.yield %cst : f32
    }
    %1 = torch.aten.add.int %arg3, %arg3 : !torch.int, !torch.int -> !torch.int
    %2 = torch_c.to_i64 %1
    return %0, %2 : f32, i64
  }
}

