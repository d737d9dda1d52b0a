// RUN: --split-input-file --verify-diagnostics

// Generic forms whose attributes or operand segments are malformed.

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{'tm_tensor.scan' op operand count (3) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i64, inclusive = true}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{invalid properties {dimension = 0 : i64, inclusive = 3 : i64, operandSegmentSizes = array<i32: 1, 2>} for op tm_tensor.scan: Invalid attribute `inclusive` in property conversion: 3 : i64}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i64, inclusive = 3 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{'tm_tensor.scan' op requires attribute 'inclusive'}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{'tm_tensor.scan' op requires attribute 'dimension'}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{'tm_tensor.scan' op attribute 'dimension' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i32, inclusive = true, operandSegmentSizes = array<i32: 1, 2>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{invalid properties {dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 1, 1>} for op tm_tensor.scan: for `operandSegmentSizes`: size mismatch in attribute conversion: 3 vs 2}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 1, 1>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{'tm_tensor.scan' op operand count (3) does not match with the total size (2) specified in attribute 'operandSegmentSizes'}}
  %0:2 = "tm_tensor.scan"(%a, %a, %b) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 1>}> ({
  ^bb0(%x: f32, %y: f32):
    "tm_tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @f(%o: tensor<8xi32>, %i: tensor<3x1xi32>, %u: tensor<3xi32>) -> tensor<8xi32> {
  // expected-error @+1 {{for op tm_tensor.scatter: Invalid attribute `dimension_map` in property conversion: [0]}}
  %0 = "tm_tensor.scatter"(%u, %i, %o) <{dimension_map = [0], operandSegmentSizes = array<i32: 2, 1>}> ({
  ^bb0(%a: i32, %b: i32):
    "tm_tensor.yield"(%a) : (i32) -> ()
  }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

func.func @f(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %v: tensor<5x3xf32>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{invalid properties {operandSegmentSizes = array<i32: 3, 1>, scale = "x"} for op tm_tensor.attention: Invalid attribute `scale` in property conversion: "x"}}
  %0 = "tm_tensor.attention"(%q, %k, %v, %o) <{operandSegmentSizes = array<i32: 3, 1>, scale = "x"}> : (tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}
