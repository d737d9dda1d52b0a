// RUN: --verify-diagnostics --split-input-file
// Invalid Torch types other than tensors; messages and locations are
// torch-mlir-opt's.

// expected-error @+1 {{unknown  type `foo` in dialect `torch`}}
func.func private @unknown(!torch.foo)

// -----

// expected-error @+1 {{unknown  type `Int` in dialect `torch`}}
func.func private @case(!torch.Int)

// -----

// expected-error @+1 {{expected valid keyword}}
func.func private @string_body(!torch<"int">)

// -----

// expected-error @+1 {{expected valid keyword}}
func.func private @prefixed_nested(!torch.list<!torch.int>)

// -----

// expected-error @+1 {{unknown  type `f32` in dialect `torch`}}
func.func private @builtin_nested(!torch.list<f32>)

// -----

// expected-error @+1 {{unknown  type `i32` in dialect `torch`}}
func.func private @builtin_int_nested(!torch.optional<i32>)

// -----

// expected-error @+1 {{expected '['}}
func.func private @builtin_tensor_nested(!torch.list<tensor<2xf32>>)

// -----

// expected-error @+1 {{expected valid keyword}}
func.func private @empty_list(!torch.list<>)

// -----

// expected-error @+1 {{expected '<'}}
func.func private @bare_list(!torch.list)

// -----

// expected-error @+1 {{expected '>'}}
func.func private @two_contained(!torch.optional<int, int>)

// -----

// expected-error @+1 {{expected valid keyword}}
func.func private @trailing_comma(!torch.tuple<int,>)

// -----

// expected-error @+1 {{expected '<'}}
func.func private @bare_tuple(!torch.tuple)

// -----

// expected-error @+1 {{expected ','}}
func.func private @dict_one(!torch.dict<int>)

// -----

// expected-error @+1 {{unknown  type `f32` in dialect `torch`}}
func.func private @dict_builtin(!torch.dict<int, f32>)

// -----

// expected-error @+1 {{expected '<'}}
func.func private @bare_module(!torch.nn.Module)

// -----

// expected-error @+1 {{expected '>'}}
func.func private @two_names(!torch.nn.Module<"a", "b">)

// -----

// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
func.func private @unbalanced(!torch.list<int)

// -----

// torch_c is loaded but defines no types.
// expected-error @+1 {{dialect 'torch_c' provides no type parsing hook}}
func.func private @torch_c_type(!torch_c.foo)

// -----

// expected-error @+1 {{dialect 'torch' provides no attribute parsing hook}}
func.func private @torch_attribute() attributes {a = #torch.foo}

// -----

// expected-error @+1 {{dialect 'torch_c' provides no attribute parsing hook}}
func.func private @torch_c_attribute() attributes {a = #torch_c<foo>}
