// RUN: --split-input-file --verify-diagnostics
// Malformed custom forms: the parse errors torch-mlir-opt reports.

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{expected attribute value}}
  %0 = torch.constant.str
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{integer literal not valid for specified type}}
  %0 = torch.constant.str 1
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.constant.float' invalid kind of attribute specified}}
  %0 = torch.constant.float "x"
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{integer constant out of range for attribute}}
  %0 = torch.constant.bool 2
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{expected non-function type}}
  %0 = torch.prim.ListUnpack %l : !torch.list<int> -> 
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.prim.ListConstruct' invalid kind of type specified: expected builtin.function, but found '!torch.int'}}
  %0 = torch.prim.ListConstruct %i : !torch.int -> !torch.list<int>
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+2 {{custom op 'torch.prim.If' expected 'else'}}
  %0 = torch.prim.If %b -> (!torch.int) { torch.prim.If.yield %i : !torch.int }
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.prim.TupleIndex' expected 2 operands}}
  %0 = torch.prim.TupleIndex %i : !torch.int -> !torch.int
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.operator' invalid kind of type specified: expected builtin.function, but found '!torch.int'}}
  %0 = torch.operator "x"(%i) : !torch.int
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.vtensor.literal' invalid kind of attribute specified}}
  %0 = torch.vtensor.literal(1 : i64) : !torch.vtensor
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.copy.to_vtensor' 'result' must be Multi-dimensional array modeling Torch's Tensor type, but got '!torch.int'}}
  %0 = torch.copy.to_vtensor %i : !torch.int
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{integer literal not valid for specified type}}
  torch.bind_symbolic_shape %i, [%i], 1 : !torch.int
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{expected ','}}
  %0 = torch.symbolic_int "s0" {min_val = 1} : !torch.int
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{custom op 'torch.derefine' expected 'to'}}
  %0 = torch.derefine %i : !torch.int -> !torch.optional<int>
  return
}

// -----

func.func @f(%l: !torch.list<int>, %b: !torch.bool, %i: !torch.int, %m: !torch.nn.Module<"c">) {
  // expected-error @+1 {{expected ']'}}
  %0 = torch.prim.GetAttr %m["x" : !torch.nn.Module<"c"> -> !torch.int
  return
}
