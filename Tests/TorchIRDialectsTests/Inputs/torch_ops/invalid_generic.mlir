// RUN: --split-input-file --verify-diagnostics
// Generic forms with operands, results, regions or attributes of the wrong
// count or kind: ODS's verifier messages.

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.prim.ListUnpack' op requires a single operand}}
  %0 = "torch.prim.ListUnpack"() : () -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.prim.If' op requires a single operand}}
  "torch.prim.If"() ({}, {}) : () -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.constant.int' op requires zero regions}}
  %0 = "torch.constant.int"() ({}) {value = 1 : i64} : () -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.shape.calculate' op expected 2 regions}}
  "torch.shape.calculate"() ({}) : () -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.constant.str' op attribute 'value' failed to satisfy constraint: string attribute}}
  %0 = "torch.constant.str"() {value = 1 : i64} : () -> !torch.str
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.vtensor.literal' op requires attribute 'value'}}
  %0 = "torch.vtensor.literal"() : () -> !torch.vtensor
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op expected 1 or more operands, but found 0}}
  "torch.bind_symbolic_shape"() {shape_expressions = affine_map<() -> ()>} : () -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.constant.int' op requires one result}}
  "torch.constant.int"() {value = 1 : i64} : () -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.prim.Loop' op expected 2 or more operands, but found 1}}
  "torch.prim.Loop"(%a) ({}) : (!torch.int) -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.runtime.assert' op requires a single operand}}
  "torch.runtime.assert"(%a, %a) {message = "x"} : (!torch.int, !torch.int) -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.linear_params.create' op operand #0 must be Any Torch tensor type, but got '!torch.int'}}
  "torch.linear_params.create"(%a, %a, %a) : (!torch.int, !torch.int, !torch.int) -> !torch.LinearParams
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.linear_params.create' op operand group starting at #1 requires 0 or 1 element, but found 2}}
  %0 = "torch.linear_params.create"(%t, %t, %t) : (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) -> !torch.LinearParams
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.operator' op requires attribute 'name'}}
  %0 = "torch.operator"(%a) : (!torch.int) -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch_c.to_i64' op result #0 must be 64-bit signless integer, but got 'i32'}}
  %0 = "torch_c.to_i64"(%a) : (!torch.int) -> i32
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch_c.get_next_seed' op result #0 must be 64-bit signless integer, but got 'i32'}}
  %0 = "torch_c.get_next_seed"() : () -> i32
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.prim.NumToTensor.Scalar' op result #0 must be Optional torch tensor type, but got '!torch.int'}}
  %0 = "torch.prim.NumToTensor.Scalar"(%a) : (!torch.int) -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.prim.RaiseException' op operand #0 must be Torch StringType, but got '!torch.int'}}
  "torch.prim.RaiseException"(%a, %a) : (!torch.int, !torch.int) -> ()
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.symbolic_int' op requires attribute 'max_val'}}
  %0 = "torch.symbolic_int"() {symbol_name = "s0", min_val = 1 : i64} : () -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.global_slot.get' op attribute 'slot' failed to satisfy constraint: flat symbol reference attribute}}
  %0 = "torch.global_slot.get"() {slot = @a::@b} : () -> !torch.int
  return
}

// -----

func.func @f(%a: !torch.int, %t: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{'torch.tensor_static_info_cast' op operand #0 must be Any Torch tensor type, but got '!torch.int'}}
  %0 = "torch.tensor_static_info_cast"(%a) : (!torch.int) -> !torch.vtensor
  return
}
