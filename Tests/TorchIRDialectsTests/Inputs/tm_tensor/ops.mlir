// tm_tensor ops on tensors and memrefs, in the forms Torch-MLIR's
// TorchToTMTensor and tm-tensor-bufferize write.

func.func @scan_1d_inclusive(%in: tensor<128xi32>, %out: tensor<128xi32>, %acc: tensor<i32>) -> (tensor<128xi32>, tensor<i32>) {
  %ret_out, %ret_acc = tm_tensor.scan dimension(0) inclusive(true)
    ins(%in : tensor<128xi32>) outs(%out, %acc: tensor<128xi32>, tensor<i32>) {
    ^bb0(%arg0 : i32, %arg1 : i32):
      %sum = arith.addi %arg0, %arg1 : i32
      tm_tensor.yield %sum : i32
  } -> tensor<128xi32>, tensor<i32>
  return %ret_out, %ret_acc: tensor<128xi32>, tensor<i32>
}

func.func @scan_2d_exclusive_attrs(%in: tensor<?x8xf32>, %out: tensor<?x8xf32>, %acc: tensor<?xf32>) -> (tensor<?x8xf32>, tensor<?xf32>) {
  %0:2 = tm_tensor.scan dimension(1) inclusive(false) {tag = "x"}
    ins(%in : tensor<?x8xf32>) outs(%out, %acc : tensor<?x8xf32>, tensor<?xf32>) {
    ^bb0(%a : f32, %b : f32):
      %m = arith.mulf %a, %b : f32
      tm_tensor.yield %m : f32
  } -> tensor<?x8xf32>, tensor<?xf32>
  return %0#0, %0#1 : tensor<?x8xf32>, tensor<?xf32>
}

func.func @scan_memref(%in: memref<4x5xf64>, %out: memref<4x5xf64>, %acc: memref<5xf64>) {
  tm_tensor.scan dimension(0) inclusive(true) ins(%in : memref<4x5xf64>) outs(%out, %acc : memref<4x5xf64>, memref<5xf64>) {
  ^bb0(%a : f64, %b : f64):
    %s = arith.addf %a, %b : f64
    tm_tensor.yield %s : f64
  }
  return
}

func.func @scatter_update_scalar_1D(%original: tensor<8xi32>, %indices: tensor<3x1xi32>, %updates: tensor<3xi32>) -> tensor<8xi32> {
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true)
    ins(%updates, %indices : tensor<3xi32>, tensor<3x1xi32>)
    outs(%original : tensor<8xi32>)  {
  ^bb0(%update: i32, %orig: i32):
    tm_tensor.yield %update: i32
  } -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

func.func @scatter_add_slices(%original: tensor<4x3x5xf32>, %indices: tensor<2x2xi64>, %updates: tensor<2x5xf32>) -> tensor<4x3x5xf32> {
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(false)
    ins(%updates, %indices : tensor<2x5xf32>, tensor<2x2xi64>)
    outs(%original : tensor<4x3x5xf32>) {
  ^bb0(%u: f32, %o: f32):
    %s = arith.addf %u, %o : f32
    tm_tensor.yield %s : f32
  } -> tensor<4x3x5xf32>
  return %0 : tensor<4x3x5xf32>
}

func.func @scatter_memref(%original: memref<8xf32>, %indices: memref<3x1xi32>, %updates: memref<3xf32>) {
  tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%updates, %indices : memref<3xf32>, memref<3x1xi32>) outs(%original : memref<8xf32>) {
  ^bb0(%u: f32, %o: f32):
    tm_tensor.yield %u : f32
  }
  return
}

func.func @sort_two(%v: tensor<3x4xf32>, %i: tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>) {
  %0:2 = tm_tensor.sort dimension(1) outs(%v, %i : tensor<3x4xf32>, tensor<3x4xi64>) {
  ^bb0(%a: f32, %b: f32, %c: i64, %d: i64):
    %lt = arith.cmpf olt, %a, %b : f32
    tm_tensor.yield %lt : i1
  } -> tensor<3x4xf32>, tensor<3x4xi64>
  return %0#0, %0#1 : tensor<3x4xf32>, tensor<3x4xi64>
}

func.func @sort_memref(%v: memref<?xi32>) {
  tm_tensor.sort {extra} dimension(0) outs(%v : memref<?xi32>) {
  ^bb0(%a: i32, %b: i32):
    %gt = arith.cmpi sgt, %a, %b : i32
    tm_tensor.yield %gt : i1
  }
  return
}

func.func @topk(%in: tensor<2x6xf32>, %ov: tensor<2x3xf32>, %oi: tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
  %0:2 = tm_tensor.topk dimension(1) ins(%in : tensor<2x6xf32>) outs(%ov, %oi : tensor<2x3xf32>, tensor<2x3xi32>) {
  ^bb0(%a: f32, %b: f32):
    %gt = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %gt : i1
  } -> tensor<2x3xf32>, tensor<2x3xi32>
  return %0#0, %0#1 : tensor<2x3xf32>, tensor<2x3xi32>
}

func.func @topk_indices_memref(%in: memref<6xf32>, %idx: memref<6xi32>, %ov: memref<2xf32>, %oi: memref<2xi32>) {
  tm_tensor.topk dimension(0) ins(%in, %idx : memref<6xf32>, memref<6xi32>) outs(%ov, %oi : memref<2xf32>, memref<2xi32>) {
  ^bb0(%a: f32, %b: f32):
    %lt = arith.cmpf olt, %a, %b : f32
    tm_tensor.yield %lt : i1
  }
  return
}

func.func @attention(%q: tensor<2x4x8xf32>, %k: tensor<2x5x8xf32>, %v: tensor<2x5x3xf32>, %o: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
  %0 = tm_tensor.attention ins(%q, %k, %v : tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x3xf32>) outs(%o : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

func.func @attention_mask_scale(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %v: tensor<5x3xf32>, %m: tensor<4x5xi1>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %0 = tm_tensor.attention {scale = 5.000000e-01 : f64} ins(%q, %k, %v, %m : tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x5xi1>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

func.func @attention_memref(%q: memref<4x8xf32>, %k: memref<5x8xf32>, %v: memref<5x3xf32>, %m: memref<4x5xf32>, %o: memref<4x3xf32>) {
  tm_tensor.attention ins(%q, %k, %v, %m : memref<4x8xf32>, memref<5x8xf32>, memref<5x3xf32>, memref<4x5xf32>) outs(%o : memref<4x3xf32>)
  return
}

func.func @implicit_yield(%in: tensor<4xf32>, %out: tensor<4xf32>, %acc: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<4xf32>) outs(%out, %acc : tensor<4xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
  } -> tensor<4xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

func.func @scatter_generic_default(%o: tensor<8xi32>, %i: tensor<3x1xi32>, %u: tensor<3xi32>) -> tensor<8xi32> {
  %0 = "tm_tensor.scatter"(%u, %i, %o) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>}> ({
  ^bb0(%a: i32, %b: i32):
    "tm_tensor.yield"(%a) : (i32) -> ()
  }) : (tensor<3xi32>, tensor<3x1xi32>, tensor<8xi32>) -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// A BoolAttr is an i1 integer: `inclusive(0)` reads as `inclusive(false)`.
func.func @scan_integer_bool(%in: tensor<4xf32>, %out: tensor<4xf32>, %acc: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  %0:2 = tm_tensor.scan dimension(0) inclusive(0) ins(%in : tensor<4xf32>) outs(%out, %acc : tensor<4xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    tm_tensor.yield %s : f32
  } -> tensor<4xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}
