// Type aliases of Torch types are resolved when parsing; Torch-MLIR gives no
// alias names of its own, so none are printed.

!vt = !torch.vtensor<[2,?],f32>
!ints = !torch.list<int>

func.func @f(%a: !vt, %b: !ints, %c: tuple<!vt, !torch.int>, %d: tensor<2x!torch.int>) -> !vt {
  %0 = "foo.op"(%a, %b) {t = !vt, u = [!ints], v = (!vt) -> !torch.none} : (!vt, !ints) -> !vt
  return %0 : !vt
}

"foo.top"() {sig = !torch.optional<vtensor<[2,?],f32>>} : () -> ()
