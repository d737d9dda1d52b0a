// TorchScript object graph: class types, nn modules, global slots.
func.func private @f(%arg0: !torch.nn.Module<"test">) {
  return
}

torch.class_type @empty {}
%submodule = torch.nn_module {} : !torch.nn.Module<"empty">

torch.class_type @test {
  torch.attr "b" : !torch.bool
  torch.attr private "i" : !torch.int
  torch.attr "t" : !torch.tensor
  torch.attr "submodule" : !torch.nn.Module<"empty">
  torch.attr "ob" : !torch.optional<bool>
  torch.method "method", @f
  torch.method private "other", @f
}
%true = torch.constant.bool true
%int3 = torch.constant.int 3
%tensor = torch.tensor.literal(dense<1.000000e+00> : tensor<1xf32>) : !torch.tensor
%none = torch.constant.none
torch.nn_module {
  torch.slot "b", %true : !torch.bool
  torch.slot "i", %int3 : !torch.int
  torch.slot "t", %tensor : !torch.tensor
  torch.slot "submodule", %submodule : !torch.nn.Module<"empty">
  torch.slot "ob", %none : !torch.none
} : !torch.nn.Module<"test">

torch.global_slot "private" @a : !torch.int
torch.global_slot @b : !torch.tensor
torch.global_slot.module_initializer {
  %int1 = torch.constant.int 1
  %t = torch.tensor.literal(dense<0.0> : tensor<2xf32>) : !torch.tensor
  torch.initialize.global_slots [
    @a(%int1 : !torch.int)
    @b(%t : !torch.tensor)
  ]
}
func.func @use_slots() -> !torch.int {
  %0 = torch.global_slot.get @a : !torch.int
  torch.global_slot.set @a = %0 : !torch.int
  return %0 : !torch.int
}
