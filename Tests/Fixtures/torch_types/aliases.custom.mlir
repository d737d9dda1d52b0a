module {
  func.func @f(%arg0: !torch.vtensor<[2,?],f32>, %arg1: !torch.list<int>, %arg2: tuple<!torch.vtensor<[2,?],f32>, !torch.int>, %arg3: tensor<2x!torch.int>) -> !torch.vtensor<[2,?],f32> {
    %0 = "foo.op"(%arg0, %arg1) {t = !torch.vtensor<[2,?],f32>, u = [!torch.list<int>], v = (!torch.vtensor<[2,?],f32>) -> !torch.none} : (!torch.vtensor<[2,?],f32>, !torch.list<int>) -> !torch.vtensor<[2,?],f32>
    return %0 : !torch.vtensor<[2,?],f32>
  }
  "foo.top"() {sig = !torch.optional<vtensor<[2,?],f32>>} : () -> ()
}

