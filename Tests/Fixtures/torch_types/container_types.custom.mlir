module {
  func.func @lists(%arg0: !torch.list<int>, %arg1: !torch.list<vtensor<[2],f32>>, %arg2: !torch.list<list<float>>, %arg3: !torch.list<optional<tensor>>, %arg4: !torch.list<tensor>, %arg5: !torch.list<vtensor<[1],!torch.qint8>>) {
    return
  }
  func.func @optionals(%arg0: !torch.optional<int>, %arg1: !torch.optional<list<int>>, %arg2: !torch.optional<vtensor>, %arg3: !torch.optional<Device>, %arg4: !torch.optional<nn.Module<"m">>) {
    return
  }
  func.func @tuples(%arg0: !torch.tuple<>, %arg1: !torch.tuple<int>, %arg2: !torch.tuple<int, float, tensor>, %arg3: !torch.tuple<tuple<int, bool>, union<none, str>>, %arg4: !torch.tuple<int, float>) -> !torch.tuple<int, float> {
    return %arg4 : !torch.tuple<int, float>
  }
  func.func @unions(%arg0: !torch.union<>, %arg1: !torch.union<int, none>, %arg2: !torch.union<float, int, vtensor<[?],f32>>) {
    return
  }
  func.func @dicts(%arg0: !torch.dict<str, tensor>, %arg1: !torch.dict<int, list<float>>, %arg2: !torch.dict<tensor<[2],si64>, any>, %arg3: !torch.dict<str, dict<int, optional<str>>>) {
    return
  }
  func.func @modules(%arg0: !torch.nn.Module<"__torch__.Foo">, %arg1: !torch.nn.Module<"">, %arg2: !torch.nn.Module<"with \22quotes\22 and \\ and \0A">, %arg3: !torch.nn.Module<"caf\C3\A9 \C3\A9">, %arg4: !torch.nn.Module<"a\FFb\00c\09\\">) {
    return
  }
  func.func @ops() {
    %0 = "foo.make_list"() : () -> !torch.list<optional<vtensor<[?,4],si32>>>
    %1 = "foo.make_dict"(%0) {key = !torch.dict<str, int>} : (!torch.list<optional<vtensor<[?,4],si32>>>) -> !torch.dict<str, list<optional<vtensor<[?,4],si32>>>>
    "foo.use"() {types = [!torch.tuple<int, list<union<int, float>>>, !torch.nn.Module<"x">]} : () -> ()
    return
  }
}

