// Types with contained Torch types, which are written without their
// `!torch.` prefix, and !torch.nn.Module.

func.func @lists(%a: !torch.list<int>, %b: !torch.list<vtensor<[2],f32>>, %c: !torch.list<list<float>>, %d: !torch.list<optional<tensor>>, %e: !torch.list<tensor<*,unk>>, %f: !torch.list<vtensor<[1],!torch.qint8>>) {
  return
}

func.func @optionals(%a: !torch.optional<int>, %b: !torch.optional<list<int>>, %c: !torch.optional<vtensor>, %d: !torch.optional<Device>, %e: !torch.optional<nn.Module<"m">>) {
  return
}

func.func @tuples(%a: !torch.tuple<>, %b: !torch.tuple<int>, %c: !torch.tuple<int, float, tensor>, %d: !torch.tuple<tuple<int,bool>,union<none,str>>, %e: !torch.tuple< int , float >) -> !torch.tuple<int, float> {
  return %e : !torch.tuple<int, float>
}

func.func @unions(%a: !torch.union<>, %b: !torch.union<int, none>, %c: !torch.union<float, int, vtensor<[?],f32>>) {
  return
}

func.func @dicts(%a: !torch.dict<str, tensor>, %b: !torch.dict<int, list<float>>, %c: !torch.dict<tensor<[2],si64>,any>, %d: !torch.dict<str, dict<int, optional<str>>>) {
  return
}

func.func @modules(%a: !torch.nn.Module<"__torch__.Foo">, %b: !torch.nn.Module<"">, %c: !torch.nn.Module<"with \"quotes\" and \\ and \0A">, %d: !torch.nn.Module<"caf\C3\A9 é">, %e: !torch.nn.Module<"a\FFb\00c\09\5C">) {
  return
}

func.func @ops() {
  %0 = "foo.make_list"() : () -> !torch.list<optional<vtensor<[?,4],si32>>>
  %1 = "foo.make_dict"(%0) {key = !torch.dict<str, int>} : (!torch.list<optional<vtensor<[?,4],si32>>>) -> !torch.dict<str, list<optional<vtensor<[?,4],si32>>>>
  "foo.use"() {types = [!torch.tuple<int, list<union<int, float>>>, !torch.nn.Module<"x">]} : () -> ()
  return
}
