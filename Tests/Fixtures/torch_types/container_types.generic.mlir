"builtin.module"() ({
  "func.func"() <{function_type = (!torch.list<int>, !torch.list<vtensor<[2],f32>>, !torch.list<list<float>>, !torch.list<optional<tensor>>, !torch.list<tensor>, !torch.list<vtensor<[1],!torch.qint8>>) -> (), sym_name = "lists"}> ({
  ^bb0(%arg22: !torch.list<int>, %arg23: !torch.list<vtensor<[2],f32>>, %arg24: !torch.list<list<float>>, %arg25: !torch.list<optional<tensor>>, %arg26: !torch.list<tensor>, %arg27: !torch.list<vtensor<[1],!torch.qint8>>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.optional<int>, !torch.optional<list<int>>, !torch.optional<vtensor>, !torch.optional<Device>, !torch.optional<nn.Module<"m">>) -> (), sym_name = "optionals"}> ({
  ^bb0(%arg17: !torch.optional<int>, %arg18: !torch.optional<list<int>>, %arg19: !torch.optional<vtensor>, %arg20: !torch.optional<Device>, %arg21: !torch.optional<nn.Module<"m">>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.tuple<>, !torch.tuple<int>, !torch.tuple<int, float, tensor>, !torch.tuple<tuple<int, bool>, union<none, str>>, !torch.tuple<int, float>) -> !torch.tuple<int, float>, sym_name = "tuples"}> ({
  ^bb0(%arg12: !torch.tuple<>, %arg13: !torch.tuple<int>, %arg14: !torch.tuple<int, float, tensor>, %arg15: !torch.tuple<tuple<int, bool>, union<none, str>>, %arg16: !torch.tuple<int, float>):
    "func.return"(%arg16) : (!torch.tuple<int, float>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.union<>, !torch.union<int, none>, !torch.union<float, int, vtensor<[?],f32>>) -> (), sym_name = "unions"}> ({
  ^bb0(%arg9: !torch.union<>, %arg10: !torch.union<int, none>, %arg11: !torch.union<float, int, vtensor<[?],f32>>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.dict<str, tensor>, !torch.dict<int, list<float>>, !torch.dict<tensor<[2],si64>, any>, !torch.dict<str, dict<int, optional<str>>>) -> (), sym_name = "dicts"}> ({
  ^bb0(%arg5: !torch.dict<str, tensor>, %arg6: !torch.dict<int, list<float>>, %arg7: !torch.dict<tensor<[2],si64>, any>, %arg8: !torch.dict<str, dict<int, optional<str>>>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.nn.Module<"__torch__.Foo">, !torch.nn.Module<"">, !torch.nn.Module<"with \22quotes\22 and \\ and \0A">, !torch.nn.Module<"caf\C3\A9 \C3\A9">, !torch.nn.Module<"a\FFb\00c\09\\">) -> (), sym_name = "modules"}> ({
  ^bb0(%arg0: !torch.nn.Module<"__torch__.Foo">, %arg1: !torch.nn.Module<"">, %arg2: !torch.nn.Module<"with \22quotes\22 and \\ and \0A">, %arg3: !torch.nn.Module<"caf\C3\A9 \C3\A9">, %arg4: !torch.nn.Module<"a\FFb\00c\09\\">):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "ops"}> ({
    %0 = "foo.make_list"() : () -> !torch.list<optional<vtensor<[?,4],si32>>>
    %1 = "foo.make_dict"(%0) {key = !torch.dict<str, int>} : (!torch.list<optional<vtensor<[?,4],si32>>>) -> !torch.dict<str, list<optional<vtensor<[?,4],si32>>>>
    "foo.use"() {types = [!torch.tuple<int, list<union<int, float>>>, !torch.nn.Module<"x">]} : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

