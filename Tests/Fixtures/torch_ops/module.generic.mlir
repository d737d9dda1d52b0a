"builtin.module"() ({
  "func.func"() <{function_type = (!torch.nn.Module<"test">) -> (), sym_name = "f", sym_visibility = "private"}> ({
  ^bb0(%arg0: !torch.nn.Module<"test">):
    "func.return"() : () -> ()
  }) : () -> ()
  "torch.class_type"() <{sym_name = "empty"}> ({
    "torch.class_type_terminator"() : () -> ()
  }) : () -> ()
  %0 = "torch.nn_module"() ({
    "torch.nn_module_terminator"() : () -> ()
  }) : () -> !torch.nn.Module<"empty">
  "torch.class_type"() <{sym_name = "test"}> ({
    "torch.attr"() <{name = "b", type = !torch.bool}> : () -> ()
    "torch.attr"() <{isPrivate, name = "i", type = !torch.int}> : () -> ()
    "torch.attr"() <{name = "t", type = !torch.tensor}> : () -> ()
    "torch.attr"() <{name = "submodule", type = !torch.nn.Module<"empty">}> : () -> ()
    "torch.attr"() <{name = "ob", type = !torch.optional<bool>}> : () -> ()
    "torch.method"() <{function = @f, name = "method"}> : () -> ()
    "torch.method"() <{function = @f, isPrivate, name = "other"}> : () -> ()
    "torch.class_type_terminator"() : () -> ()
  }) : () -> ()
  %1 = "torch.constant.bool"() <{value = true}> : () -> !torch.bool
  %2 = "torch.constant.int"() <{value = 3 : i64}> : () -> !torch.int
  %3 = "torch.tensor.literal"() <{value = dense<1.000000e+00> : tensor<1xf32>}> : () -> !torch.tensor
  %4 = "torch.constant.none"() : () -> !torch.none
  %5 = "torch.nn_module"() ({
    "torch.slot"(%1) <{name = "b"}> : (!torch.bool) -> ()
    "torch.slot"(%2) <{name = "i"}> : (!torch.int) -> ()
    "torch.slot"(%3) <{name = "t"}> : (!torch.tensor) -> ()
    "torch.slot"(%0) <{name = "submodule"}> : (!torch.nn.Module<"empty">) -> ()
    "torch.slot"(%4) <{name = "ob"}> : (!torch.none) -> ()
    "torch.nn_module_terminator"() : () -> ()
  }) : () -> !torch.nn.Module<"test">
  "torch.global_slot"() <{sym_name = "a", sym_visibility = "private", typeBound = !torch.int}> : () -> ()
  "torch.global_slot"() <{sym_name = "b", typeBound = !torch.tensor}> : () -> ()
  "torch.global_slot.module_initializer"() ({
    %7 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int
    %8 = "torch.tensor.literal"() <{value = dense<0.000000e+00> : tensor<2xf32>}> : () -> !torch.tensor
    "torch.initialize.global_slots"(%7, %8) <{slotSymNames = [@a, @b]}> : (!torch.int, !torch.tensor) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> !torch.int, sym_name = "use_slots"}> ({
    %6 = "torch.global_slot.get"() <{slot = @a}> : () -> !torch.int
    "torch.global_slot.set"(%6) <{slot = @a}> : (!torch.int) -> ()
    "func.return"(%6) : (!torch.int) -> ()
  }) : () -> ()
}) : () -> ()

