// RUN: --split-input-file --verify-diagnostics

func.func @tensor_operand(%a: !torch.int) {
  // expected-error@+1 {{'torch.aten.relu' op operand #0 must be Any Torch tensor type, but got '!torch.int'}}
  %0 = torch.aten.relu %a : !torch.int -> !torch.vtensor
  return
}

// -----

func.func @tensor_result(%a: !torch.vtensor) {
  // expected-error@+1 {{'torch.aten.relu' op result #0 must be Optional torch tensor type, but got '!torch.int'}}
  %0 = torch.aten.relu %a : !torch.vtensor -> !torch.int
  return
}

// -----

func.func @non_value_tensor(%a: !torch.vtensor) {
  // expected-error@+1 {{'torch.aten.relu_' op operand #0 must be Multi-dimensional array modeling Torch's Tensor type, but got '!torch.vtensor'}}
  %0 = torch.aten.relu_ %a : !torch.vtensor -> !torch.tensor
  return
}

// -----

func.func @non_value_result(%a: !torch.tensor) {
  // expected-error@+1 {{'torch.aten.relu_' op result #0 must be Optional torch non value tensor type, but got '!torch.vtensor'}}
  %0 = torch.aten.relu_ %a : !torch.tensor -> !torch.vtensor
  return
}

// -----

func.func @scalar(%a: !torch.vtensor, %b: !torch.bool) {
  // expected-error@+1 {{'torch.aten.add.Scalar' op operand #1 must be Any Python numeric type compatible with being the scalar type of a tensor, but got '!torch.bool'}}
  %0 = torch.aten.add.Scalar %a, %b, %b : !torch.vtensor, !torch.bool, !torch.bool -> !torch.vtensor
  return
}

// -----

func.func @int(%a: !torch.vtensor, %f: !torch.float) {
  // expected-error@+1 {{'torch.aten.unsqueeze' op operand #1 must be Torch IntType, but got '!torch.float'}}
  %0 = torch.aten.unsqueeze %a, %f : !torch.vtensor, !torch.float -> !torch.vtensor
  return
}

// -----

func.func @int_list(%a: !torch.vtensor, %l: !torch.list<float>) {
  // expected-error@+1 {{'torch.aten.permute' op operand #1 must be Int list type (int[]) of Torch IntType values, but got '!torch.list<float>'}}
  %0 = torch.aten.permute %a, %l : !torch.vtensor, !torch.list<float> -> !torch.vtensor
  return
}

// -----

func.func @optional_int(%a: !torch.vtensor, %l: !torch.list<int>, %b: !torch.bool, %f: !torch.float) {
  // expected-error@+1 {{'torch.aten.sum.dim_IntList' op operand #3 must be Optional torch int type, but got '!torch.float'}}
  %0 = torch.aten.sum.dim_IntList %a, %l, %b, %f : !torch.vtensor, !torch.list<int>, !torch.bool, !torch.float -> !torch.vtensor
  return
}

// -----

func.func @optional_int_list(%a: !torch.vtensor, %l: !torch.list<bool>, %b: !torch.bool, %n: !torch.none) {
  // expected-error@+1 {{'torch.aten.sum.dim_IntList' op operand #1 must be Optional torch int list type (int[]?), but got '!torch.list<bool>'}}
  %0 = torch.aten.sum.dim_IntList %a, %l, %b, %n : !torch.vtensor, !torch.list<bool>, !torch.bool, !torch.none -> !torch.vtensor
  return
}

// -----

func.func @tensor_list(%l: !torch.list<int>, %i: !torch.int) {
  // expected-error@+1 {{'torch.aten.cat' op operand #0 must be Any int list type (Tensor[]) of Any Torch tensor type values, but got '!torch.list<int>'}}
  %0 = torch.aten.cat %l, %i : !torch.list<int>, !torch.int -> !torch.vtensor
  return
}

// -----

func.func @optional_tensor_list(%a: !torch.vtensor, %l: !torch.list<int>, %b: !torch.vtensor) {
  // expected-error@+1 {{'torch.aten.index.Tensor' op operand #1 must be Any optional tensor list type (Tensor?[]) of Optional torch tensor type values, but got '!torch.list<int>'}}
  %0 = torch.aten.index.Tensor %a, %l : !torch.vtensor, !torch.list<int> -> !torch.vtensor
  return
}

// -----

func.func @optional_scalar(%a: !torch.vtensor, %s: !torch.str) {
  // expected-error@+1 {{'torch.aten.clamp' op operand #1 must be Optional torch scalar type, but got '!torch.str'}}
  %0 = torch.aten.clamp %a, %s, %s : !torch.vtensor, !torch.str, !torch.str -> !torch.vtensor
  return
}

// -----

func.func @string(%a: !torch.vtensor, %b: !torch.vtensor, %i: !torch.int) {
  // expected-error@+1 {{'torch.aten.div.Tensor_mode' op operand #2 must be Optional torch Str type, but got '!torch.int'}}
  %0 = torch.aten.div.Tensor_mode %a, %b, %i : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
  return
}

// -----

func.func @device(%a: !torch.vtensor, %i: !torch.int, %b: !torch.bool) {
  // expected-error@+1 {{'torch.prims.iota' op operand #4 must be Torch device, but got '!torch.int'}}
  %0 = torch.prims.iota %i, %i, %i, %i, %i, %b : !torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.bool -> !torch.vtensor
  return
}

// -----

func.func @generator(%a: !torch.vtensor, %f: !torch.float, %i: !torch.int) {
  // expected-error@+1 {{'torch.aten.uniform' op operand #3 must be Optional torch Generator type, but got '!torch.int'}}
  %0 = torch.aten.uniform %a, %f, %f, %i : !torch.vtensor, !torch.float, !torch.float, !torch.int -> !torch.vtensor
  return
}

// -----

func.func @linear_params(%a: !torch.vtensor, %f: !torch.float, %i: !torch.int) {
  // expected-error@+1 {{'torch.quantized.linear' op operand #1 must be Torch packed linear params type, but got '!torch.int'}}
  %0 = torch.quantized.linear %a, %i, %f, %i : !torch.vtensor, !torch.int, !torch.float, !torch.int -> !torch.vtensor
  return
}

// -----

func.func @any_type(%a: !torch.vtensor, %i: i32) {
  // expected-error@+1 {{'torch.aten.__is__' op operand #1 must be Any type that is legal to pass to a Torch kernel, but got 'i32'}}
  %0 = torch.aten.__is__ %a, %i : !torch.vtensor, i32 -> !torch.bool
  return
}

// -----

func.func @variadic(%a: !torch.int, %i: i32) {
  // expected-error@+1 {{'torch.aten.format' op operand #1 must be variadic of Any type that is legal to pass to a Torch kernel, but got 'i32'}}
  %0 = torch.aten.format(%a, %i) : !torch.int, i32 -> !torch.str
  return
}

// -----

func.func @generic_operand_count(%a: !torch.vtensor) {
  // expected-error@+1 {{'torch.aten.mm' op expected 2 operands, but found 1}}
  %0 = "torch.aten.mm"(%a) : (!torch.vtensor) -> !torch.vtensor
  return
}

// -----

func.func @generic_result_count(%a: !torch.vtensor) {
  // expected-error@+1 {{'torch.aten.mm' op requires one result}}
  "torch.aten.mm"(%a, %a) : (!torch.vtensor, !torch.vtensor) -> ()
  return
}

// -----

func.func @custom_operand_count(%a: !torch.vtensor) {
  // expected-error@+1 {{expected 2 operands}}
  %0 = torch.aten.mm %a : !torch.vtensor -> !torch.vtensor
  return
}

// -----

func.func @custom_type_count(%a: !torch.vtensor) {
  // expected-error@+1 {{number of operands and types do not match: got 2 operands and 1 types}}
  %0 = torch.aten.mm %a, %a : !torch.vtensor -> !torch.vtensor
  return
}

// -----

func.func @missing_arrow(%a: !torch.vtensor) {
  // expected-error@+1 {{expected '->'}}
  %0 = torch.aten.mm %a, %a : !torch.vtensor, !torch.vtensor !torch.vtensor
  return
}

// -----

func.func @missing_colon(%a: !torch.vtensor) {
  // expected-error@+1 {{expected ':'}}
  %0 = torch.aten.mm %a, %a -> !torch.vtensor
  return
}

// -----

func.func @missing_result_types(%a: !torch.vtensor) {
  // At the end of the line: the error is reported after the last token.
  // expected-error@+1 {{expected '->'}}
  %0 = torch.aten.mm %a, %a : !torch.vtensor, !torch.vtensor
  return
}

// -----

func.func @result_bound_to_zero_result_op(%s: !torch.str, %i: !torch.int) {
  // expected-error@+1 {{cannot name an operation with no results}}
  %0 = torch.aten.warn %s, %i : !torch.str, !torch.int
  return
}

// -----

func.func @arrow_after_zero_result_op(%s: !torch.str, %i: !torch.int) {
  // expected-error@+1 {{custom op 'torch.aten.warn' expected 2 operands}}
  torch.aten.warn %s : !torch.str, !torch.int -> !torch.int
  return
}

// -----

func.func @nested_list(%a: !torch.vtensor, %l: !torch.list<list<int>>) {
  // expected-error@+1 {{'torch.aten.permute' op operand #1 must be Int list type (int[]) of Torch IntType values, but got '!torch.list<list<int>>'}}
  %0 = torch.aten.permute %a, %l : !torch.vtensor, !torch.list<list<int>> -> !torch.vtensor
  return
}

// -----

func.func @optional_of_anything(%a: !torch.vtensor, %o: !torch.optional<str>) -> !torch.vtensor {
  // Optional constraints accept any !torch.optional (OptionalOf<T> in Torch-MLIR).
  %0 = torch.aten.clamp %a, %o, %o : !torch.vtensor, !torch.optional<str>, !torch.optional<str> -> !torch.vtensor
  return %0 : !torch.vtensor
}

// -----

func.func @scalar_union(%a: !torch.vtensor, %u: !torch.union<int, float>, %b: !torch.union<int, bool>) -> !torch.vtensor {
  %0 = torch.aten.add.Scalar %a, %u, %u : !torch.vtensor, !torch.union<int, float>, !torch.union<int, float> -> !torch.vtensor
  // expected-error@+1 {{'torch.aten.add.Scalar' op operand #1 must be Any Python numeric type compatible with being the scalar type of a tensor, but got '!torch.union<int, bool>'}}
  %1 = torch.aten.add.Scalar %a, %b, %u : !torch.vtensor, !torch.union<int, bool>, !torch.union<int, float> -> !torch.vtensor
  return %0 : !torch.vtensor
}
