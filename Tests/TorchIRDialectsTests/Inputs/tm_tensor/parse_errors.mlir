// RUN: --split-input-file --verify-diagnostics

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected attribute value}}
  %0 = tm_tensor.sort dimension(x) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
  }
  return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{custom op 'tm_tensor.sort' number of operands and types do not match: got 2 operands and 1 types}}
  %0 = tm_tensor.sort dimension(0) outs(%a, %a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
  }
  return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{integer constant out of range for attribute}}
  %0 = tm_tensor.scan dimension(0) inclusive(2) ins(%a : tensor<4xf32>) outs(%a, %a : tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
  }
  return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{custom op 'tm_tensor.scan' invalid kind of attribute specified}}
  %0 = tm_tensor.scan dimension(0) inclusive("s") ins(%a : tensor<4xf32>) outs(%a, %a : tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
  }
  return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected ':'}}
  %0 = tm_tensor.sort dimension(0) outs(%a tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
  }
  return
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<4xi64>) -> (tensor<4xf32>, tensor<4xi64>) {
  // expected-error @+1 {{expected type of `outs` operand #1 'tensor<4xi64>' to be same as result type 'tensor<4xi32>'}}
  %0:2 = tm_tensor.sort dimension(0) outs(%a, %b : tensor<4xf32>, tensor<4xi64>) {
  ^bb0(%x: f32, %y: f32, %i: i64, %j: i64):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>, tensor<4xi32>
  return %0#0, %0#1 : tensor<4xf32>, tensor<4xi32>
}
