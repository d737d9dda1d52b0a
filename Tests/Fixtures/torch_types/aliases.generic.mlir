"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[2,?],f32>, !torch.list<int>, tuple<!torch.vtensor<[2,?],f32>, !torch.int>, tensor<2x!torch.int>) -> !torch.vtensor<[2,?],f32>, sym_name = "f"}> ({
  ^bb0(%arg0: !torch.vtensor<[2,?],f32>, %arg1: !torch.list<int>, %arg2: tuple<!torch.vtensor<[2,?],f32>, !torch.int>, %arg3: tensor<2x!torch.int>):
    %0 = "foo.op"(%arg0, %arg1) {t = !torch.vtensor<[2,?],f32>, u = [!torch.list<int>], v = (!torch.vtensor<[2,?],f32>) -> !torch.none} : (!torch.vtensor<[2,?],f32>, !torch.list<int>) -> !torch.vtensor<[2,?],f32>
    "func.return"(%0) : (!torch.vtensor<[2,?],f32>) -> ()
  }) : () -> ()
  "foo.top"() {sig = !torch.optional<vtensor<[2,?],f32>>} : () -> ()
}) : () -> ()

