// RUN: --split-input-file --verify-diagnostics
// Values passed along region control flow edges (RegionBranchOpInterface).

func.func @f(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  // expected-error @+1 {{'torch.prim.If' op along control flow edge from Operation torch.prim.If.yield to Operation torch.prim.If: region branch point has 2 operands, but region successor needs 1 inputs}}
  %0 = torch.prim.If %arg0 -> (!torch.int) {
    // expected-note @+1 {{region branch point}}
    torch.prim.If.yield %arg1, %arg1 : !torch.int, !torch.int
  } else {
    torch.prim.If.yield %arg1 : !torch.int
  }
  return %0 : !torch.int
}

// -----

func.func @f(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  // expected-error @+1 {{'torch.prim.If' op along control flow edge from Operation torch.prim.If.yield to Operation torch.prim.If: successor operand type #0 '!torch.bool' should match successor input type #0 '!torch.int'}}
  %0 = torch.prim.If %arg0 -> (!torch.int) {
    // expected-note @+1 {{region branch point}}
    torch.prim.If.yield %arg0 : !torch.bool
  } else {
    torch.prim.If.yield %arg1 : !torch.int
  }
  return %0 : !torch.int
}

// -----

func.func @f(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  // expected-error @+1 {{'torch.prim.Loop' op along control flow edge from Operation torch.prim.Loop.condition to Region #0: region branch point has 2 operands, but region successor needs 1 inputs}}
  %0 = torch.prim.Loop %arg1, %arg0, init(%arg1) {
  ^bb0(%i: !torch.int, %x: !torch.int):
    // expected-note @+1 {{region branch point}}
    torch.prim.Loop.condition %arg0, iter(%x, %x : !torch.int, !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return %0 : !torch.int
}

// -----

func.func @f(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  // expected-error @+2 {{'torch.prim.Loop' op along control flow edge from parent to Region #0: region branch point has 1 operands, but region successor needs 0 inputs}}
  // expected-note @+1 {{region branch point}}
  %0 = torch.prim.Loop %arg1, %arg0, init(%arg1) {
  ^bb0(%i: !torch.int):
    torch.prim.Loop.condition %arg0, iter(%i : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return %0 : !torch.int
}

// -----

func.func @f(%arg0: !torch.vtensor, %arg1: !torch.int) -> !torch.vtensor {
  // expected-error @+1 {{'torch.shape.calculate' op along control flow edge from Operation torch.shape.calculate.yield to Operation torch.shape.calculate: successor operand type #0 '!torch.int' should match successor input type #0 '!torch.vtensor'}}
  %0 = torch.shape.calculate {
    // expected-note @+1 {{region branch point}}
    torch.shape.calculate.yield %arg1 : !torch.int
  } shapes {
    %l = torch.prim.ListConstruct %arg1 : (!torch.int) -> !torch.list<int>
    torch.shape.calculate.yield.shapes %l : !torch.list<int>
  } : !torch.vtensor
  return %0 : !torch.vtensor
}
