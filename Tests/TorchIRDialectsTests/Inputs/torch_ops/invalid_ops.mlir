// RUN: --split-input-file --verify-diagnostics

func.func @f() {
  // expected-error @+1 {{'torch.constant.int' op requires attribute 'value'}}
  %0 = "torch.constant.int"() : () -> !torch.int
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'torch.constant.int' op attribute 'value' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = "torch.constant.int"() {value = 1 : i32} : () -> !torch.int
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'torch.constant.float' op result #0 must be Torch FloatType, but got '!torch.int'}}
  %0 = "torch.constant.float"() {value = 1.0 : f64} : () -> !torch.int
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'torch.constant.number' op attribute 'value' failed to satisfy constraint: 64-bit float attribute or 64-bit signless integer attribute}}
  %0 = "torch.constant.number"() {value = "x"} : () -> !torch.number
  return
}

// -----

func.func @f(%arg0: !torch.int) {
  // expected-error @+1 {{'torch.prim.TupleConstruct' op failed to verify that contained types correspond to operand types}}
  %0 = torch.prim.TupleConstruct %arg0 : !torch.int -> !torch.tuple<float>
  return
}

// -----

func.func @f(%arg0: !torch.int) {
  // expected-error @+1 {{'torch.prim.ListConstruct' op result #0 must be Any Torch list Type of any non-token type values, but got '!torch.int'}}
  %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.int
  return
}

// -----

func.func @f(%arg0: !torch.int, %arg1: !torch.vtensor) {
  // expected-error @+1 {{keys should be of Dict key type}}
  %0 = torch.prim.DictConstruct keys(%arg0 : !torch.int) values(%arg1 : !torch.vtensor) -> !torch.dict<str, vtensor>
  return
}

// -----

func.func @f(%arg0: !torch.str, %arg1: !torch.int) {
  // expected-error @+1 {{values  should be of Dict value type}}
  %0 = torch.prim.DictConstruct keys(%arg0 : !torch.str) values(%arg1 : !torch.int) -> !torch.dict<str, vtensor>
  return
}

// -----

func.func @f(%arg0: !torch.int) {
  // expected-error @+1 {{'torch.prim.If.yield' op expects parent op 'torch.prim.If'}}
  torch.prim.If.yield %arg0 : !torch.int
}

// -----

func.func @f(%arg0: !torch.int) {
  // expected-error @+1 {{'torch.prim.If' op operand #0 must be Torch BoolType, but got '!torch.int'}}
  "torch.prim.If"(%arg0) ({
    torch.prim.If.yield
  }, {
    torch.prim.If.yield
  }) : (!torch.int) -> ()
  return
}

// -----

func.func @f(%arg0: !torch.tensor<[2],f32>) {
  // expected-error @+1 {{'torch.copy.to_vtensor' op failed to verify that operand is corresponding !torch.tensor}}
  %0 = "torch.copy.to_vtensor"(%arg0) : (!torch.tensor<[2],f32>) -> !torch.vtensor<[3],f32>
  return
}

// -----

func.func @f(%arg0: !torch.vtensor<[2],f32>) {
  // expected-error @+1 {{operand and result must have the same size and dtype}}
  %0 = torch_c.to_builtin_tensor %arg0 : !torch.vtensor<[2],f32> -> tensor<3xf32>
  return
}

// -----

func.func @f(%arg0: tensor<2xi32>) {
  // expected-error @+1 {{operand and result must have the same size and dtype}}
  %0 = torch_c.from_builtin_tensor %arg0 : tensor<2xi32> -> !torch.vtensor<[2],si64>
  return
}

// -----

func.func @f(%arg0: i32) {
  // expected-error @+1 {{'torch_c.from_i64' op operand #0 must be 64-bit signless integer, but got 'i32'}}
  %0 = "torch_c.from_i64"(%arg0) : (i32) -> !torch.int
  return
}

// -----

func.func @f(%arg0: !torch.vtensor, %arg1: !torch.list<int>) {
  %0 = torch.shape.calculate {
    torch.shape.calculate.yield %arg0 : !torch.vtensor
  } shapes {
    // expected-error @+1 {{'torch.shape.calculate.yield.shapes' op expected number of shapes to match number of results}}
    torch.shape.calculate.yield.shapes %arg1, %arg1 : !torch.list<int>, !torch.list<int>
  } : !torch.vtensor
  return
}

// -----

func.func @f(%arg0: !torch.vtensor, %arg1: !torch.int) {
  %0 = torch.dtype.calculate {
    torch.dtype.calculate.yield %arg0 : !torch.vtensor
  } dtypes {
    // expected-error @+1 {{'torch.dtype.calculate.yield.dtypes' op expected number of dtypes to match number of results}}
    torch.dtype.calculate.yield.dtypes
  } : !torch.vtensor
  return
}

// -----

func.func @f(%arg0: !torch.int) {
  // expected-error @+1 {{'torch.prim.unchecked_cast' op operand type '!torch.int' and result type '!torch.optional<int>' are cast incompatible}}
  %0 = torch.prim.unchecked_cast %arg0 : !torch.int -> !torch.optional<int>
  return
}

// -----

func.func @f(%arg0: !torch.float) {
  // expected-error @+1 {{'torch.runtime.assert' op operand #0 must be Torch BoolType, but got '!torch.float'}}
  "torch.runtime.assert"(%arg0) {message = "x"} : (!torch.float) -> ()
  return
}

// -----

func.func @f(%arg0: !torch.bool) {
  // expected-error @+1 {{'torch.prim.Loop' op operand #0 must be Torch IntType, but got '!torch.bool'}}
  "torch.prim.Loop"(%arg0, %arg0) ({
  ^bb0(%i: !torch.int):
    torch.prim.Loop.condition %arg0, iter()
  }) : (!torch.bool, !torch.bool) -> ()
  return
}

// -----

func.func @f(%arg0: !torch.list<float>, %arg1: !torch.list<int>) {
  // expected-error @+1 {{'torch.promote_dtypes' op operand #0 must be List of optional ints type (int?[]) of Optional torch int type values, but got '!torch.list<float>'}}
  %0 = torch.promote_dtypes %arg0, %arg1 : (!torch.list<float>, !torch.list<int>) -> !torch.int
  return
}

// -----

func.func @f(%arg0: !torch.list<optional<int>>, %arg1: !torch.list<float>) {
  // expected-error @+1 {{'torch.promote_dtypes' op operand #1 must be Int list type (int[]) of Torch IntType values, but got '!torch.list<float>'}}
  %0 = torch.promote_dtypes %arg0, %arg1 : (!torch.list<optional<int>>, !torch.list<float>) -> !torch.int
  return
}
