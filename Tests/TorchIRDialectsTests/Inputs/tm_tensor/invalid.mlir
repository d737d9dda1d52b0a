// RUN: --split-input-file --verify-diagnostics

func.func @scatter_mixed_tensor_memref(
    %update : memref<?x?xf32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{expected inputs and outputs to be RankedTensorType or scalar}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0, 1, 2>} unique_indices(true)
      ins(%update, %indices : memref<?x?xf32>, tensor<?x1xi32>)
      outs(%original : tensor<?x?xf32>) {
      ^bb0(%arg1: f32, %arg2: f32):
        %1 = arith.addf %arg1, %arg2 : f32
        tm_tensor.yield %1 : f32
      } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_mixed_tensor_memref(
    %update : tensor<?x?xf32>, %indices : memref<?x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{expected inputs and outputs to be RankedTensorType or scalar}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0, 1, 2>} unique_indices(true)
      ins(%update, %indices : tensor<?x?xf32>, memref<?x1xi32>)
      outs(%original : tensor<?x?xf32>) {
      ^bb0(%arg1: f32, %arg2: f32):
        %1 = arith.addf %arg1, %arg2 : f32
        tm_tensor.yield %1 : f32
      } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_extra_outputs(
    %update : tensor<?x?xf32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  // expected-error @+1 {{expected number of outputs to be same as the number of results}}
  %0, %1 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
      ins(%update, %indices : tensor<?x?xf32>, tensor<?x1xi32>)
      outs(%original : tensor<?x?xf32>) {
      ^bb0(%arg1: f32, %arg2: f32):
        %1 = arith.addf %arg1, %arg2 : f32
        tm_tensor.yield %1 : f32
      } -> tensor<?x?xf32>, tensor<?x?xf32>
  return %0, %1 : tensor<?x?xf32>, tensor<?x?xf32>
}

// -----

func.func @scatter_mixed_tensor_memref(
    %update : tensor<?x?xf32>, %indices : tensor<?x1xi32>,
    %original : memref<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{expected inputs and outputs to be RankedTensorType or scalar}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
      ins(%update, %indices : tensor<?x?xf32>, tensor<?x1xi32>)
      outs(%original : memref<?x?xf32>) {
      ^bb0(%arg1: f32, %arg2: f32):
        %1 = arith.addf %arg1, %arg2 : f32
        tm_tensor.yield %1 : f32
      } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_output_type_mismatch(
    %update : tensor<?x?xf32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<4x?xf32> {
  // expected-error @+1 {{expected type of `outs` operand #0 'tensor<?x?xf32>' to be same as result type 'tensor<4x?xf32>'}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
      ins(%update, %indices : tensor<?x?xf32>, tensor<?x1xi32>)
      outs(%original : tensor<?x?xf32>) {
      ^bb0(%arg1: f32, %arg2: f32):
        %1 = arith.addf %arg1, %arg2 : f32
        tm_tensor.yield %1 : f32
      } -> tensor<4x?xf32>
  return %0 : tensor<4x?xf32>
}

// -----

func.func @scatter_mixed_tensor_memref(
    %update : memref<?x?xf32>, %indices : tensor<?x1xi32>,
    %original : memref<?x?xf32>) {
  // expected-error @+1 {{expected inputs and outputs to be MemRefType or scalar}}
  tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : memref<?x?xf32>, tensor<?x1xi32>)
    outs(%original : memref<?x?xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    }
  return
}

// -----

func.func @scatter_mixed_tensor_memref(
    %update : memref<?x?xf32>, %indices : memref<?x1xi32>,
    %original : tensor<?x?xf32>) {
  // expected-error @+1 {{expected inputs and outputs to be MemRefType or scalar}}
  tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : memref<?x?xf32>, memref<?x1xi32>)
    outs(%original : tensor<?x?xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    }
  return
}

// -----

func.func @scatter_dim_mismatch(
    %update : tensor<?x?xf32>, %indices : tensor<48x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{mismatch in shape of indices and update value at dim#0}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : tensor<?x?xf32>, tensor<48x1xi32>)
    outs(%original : tensor<?x?xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_dim_mismatch(
    %update : tensor<64x?xf32>, %indices : tensor<48x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{mismatch in shape of indices and update value at dim#0}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : tensor<64x?xf32>, tensor<48x1xi32>)
    outs(%original : tensor<?x?xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_dim_mismatch(
    %update : tensor<?x?x?x?xf32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{op update value rank exceeds the rank of the original value}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : tensor<?x?x?x?xf32>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @scatter_dim_mismatch(
    %update : tensor<?x4xf32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x3xf32>) -> tensor<?x3xf32> {
  // expected-error @+1 {{shape of update value dim#1 exceeds original value at dim#1}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>} unique_indices(true)
    ins(%update, %indices : tensor<?x4xf32>, tensor<?x1xi32>)
    outs(%original : tensor<?x3xf32>) {
    ^bb0(%arg1: f32, %arg2: f32):
      %1 = arith.addf %arg1, %arg2 : f32
      tm_tensor.yield %1 : f32
    } -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

func.func @scatter_region_type_mismatch(
    %update : tensor<?x?xi32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi32>) -> tensor<?x?xi32> {
  // expected-error @+1 {{expected region to have scalar argument of integer or float types}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi32>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi32>) {
    ^bb0(%arg1: index, %arg2: index):
      %1 = arith.addi %arg1, %arg2 : index
      %2 = arith.index_cast %1 : index to i32
      tm_tensor.yield %2 : i32
    } -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

func.func @scatter_region_type_mismatch(
    %update : tensor<?x?xi32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi32>) -> tensor<?x?xi32> {
  // expected-error @+1 {{mismatch in argument 0 of region 'i64' and element type of update value 'i32'}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi32>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi32>) {
    ^bb0(%arg1: i64, %arg2: i32):
      %1 = arith.trunci %arg1 : i64 to i32
      %2 = arith.addi %1, %arg2 : i32
      tm_tensor.yield %2 : i32
    } -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

func.func @scatter_region_type_mismatch(
    %update : tensor<?x?xi32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi32>) -> tensor<?x?xi32> {
  // expected-error @+1 {{mismatch in argument 1 of region 'i64' and element type of original value 'i32'}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi32>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi32>) {
    ^bb0(%arg1: i32, %arg2: i64):
      %1 = arith.trunci %arg2 : i64 to i32
      %2 = arith.addi %1, %arg1 : i32
      tm_tensor.yield %2 : i32
    } -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

func.func @scatter_region_type_mismatch(
    %update : tensor<?x?xi32>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  // expected-error @+1 {{mismatch in region argument types 'i32' and 'i64'}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi32>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i32, %arg2: i64):
      %1 = arith.extsi %arg1 : i32 to i64
      %2 = arith.addi %1, %arg2 : i64
      tm_tensor.yield %2 : i64
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

func.func @scatter_region_type_mismatch(
    %update : tensor<?x?xi64>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  // expected-error @+1 {{expected region to have two arguments}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi64>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i64, %arg2: i64, %arg3 : i64):
      %1 = arith.addi %arg1, %arg2 : i64
      tm_tensor.yield %1 : i64
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}


// -----

func.func @scatter_yield_mismatch(
    %update : tensor<?x?xi64>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi64>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %1 = arith.addi %arg1, %arg2 : i64
      %2 = arith.trunci %1 : i64 to i32
      // expected-error @+1 {{mismatch in type of yielded value 'i32' and argument of the region 'i64'}}
      tm_tensor.yield %2 : i32
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

func.func @scatter_yield_mismatch(
    %update : tensor<?x?xi64>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi64>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %1 = arith.addi %arg1, %arg2 : i64
      %2 = arith.trunci %1 : i64 to i32
      // expected-error @+1 {{expected region to yield a single value}}
      tm_tensor.yield %1, %2 : i64, i32
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

func.func @scatter_index_depth_dynamic(
    %update : tensor<?x?xi64>, %indices : tensor<?x?xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  // expected-error @+1 {{expected index depth is static}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?x?xi64>, tensor<?x?xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %1 = arith.addi %arg1, %arg2 : i64
      %2 = arith.trunci %1 : i64 to i32
      tm_tensor.yield %1, %2 : i64, i32
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

func.func @scatter_original_rank_mismatch(
    %update : tensor<?xi64>, %indices : tensor<?x1xi32>,
    %original : tensor<?x?xi64>) -> tensor<?x?xi64> {
  // expected-error @+1 {{op index depth and update value does not cover rank of original value}}
  %0 = tm_tensor.scatter {dimension_map= array<i64: 0>}  unique_indices(true)
    ins(%update, %indices : tensor<?xi64>, tensor<?x1xi32>)
    outs(%original : tensor<?x?xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %1 = arith.addi %arg1, %arg2 : i64
      %2 = arith.trunci %1 : i64 to i32
      tm_tensor.yield %1, %2 : i64, i32
    } -> tensor<?x?xi64>
  return %0 : tensor<?x?xi64>
}

// -----

func.func @scan_rank(%in: tensor<4x5xf32>, %out: tensor<4x5xf32>, %acc: tensor<f32>) -> (tensor<4x5xf32>, tensor<f32>) {
  // expected-error @+1 {{expected accumulator rank to be equal to input rank - 1}}
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<4x5xf32>) outs(%out, %acc : tensor<4x5xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4x5xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<4x5xf32>, tensor<f32>
}

// -----

func.func @scan_acc_shape(%in: tensor<4x5xf32>, %out: tensor<4x5xf32>, %acc: tensor<4xf32>) -> (tensor<4x5xf32>, tensor<4xf32>) {
  // expected-error @+1 {{incompatible input/accumulator shapes}}
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<4x5xf32>) outs(%out, %acc : tensor<4x5xf32>, tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4x5xf32>, tensor<4xf32>
  return %0#0, %0#1 : tensor<4x5xf32>, tensor<4xf32>
}

// -----

func.func @scan_one_output(%in: tensor<4xf32>, %out: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{expected two output operands}}
  %0 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<4xf32>) outs(%out : tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @scan_output_shape(%in: tensor<4xf32>, %out: tensor<5xf32>, %acc: tensor<f32>) -> (tensor<5xf32>, tensor<f32>) {
  // expected-error @+1 {{incompatible input/output shapes}}
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<4xf32>) outs(%out, %acc : tensor<5xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<5xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<5xf32>, tensor<f32>
}

// -----

func.func @scan_unranked(%in: tensor<*xf32>, %out: tensor<4xf32>, %acc: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{expected inputs and outputs to be RankedTensorType or scalar}}
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : tensor<*xf32>) outs(%out, %acc : tensor<4xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @scan_scalar(%in: f32, %out: tensor<4xf32>, %acc: tensor<f32>) -> (tensor<4xf32>, tensor<f32>) {
  // expected-error @+1 {{operand #0 must be variadic of shaped of any non-token type values, but got 'f32'}}
  %0:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%in : f32) outs(%out, %acc : tensor<4xf32>, tensor<f32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4xf32>, tensor<f32>
  return %0#0, %0#1 : tensor<4xf32>, tensor<f32>
}

// -----

func.func @scatter_dimension_map(%original: tensor<8xi32>, %indices: tensor<3x1xi32>, %updates: tensor<3xi32>) -> tensor<8xi32> {
  // expected-error @+1 {{dimension map is invalid}}
  %0 = tm_tensor.scatter {dimension_map = array<i64: 1>} unique_indices(true)
    ins(%updates, %indices : tensor<3xi32>, tensor<3x1xi32>) outs(%original : tensor<8xi32>) {
  ^bb0(%u: i32, %o: i32):
    tm_tensor.yield %u : i32
  } -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

func.func @scatter_map_count(%original: tensor<8xi32>, %indices: tensor<3x1xi32>, %updates: tensor<3xi32>) -> tensor<8xi32> {
  // expected-error @+1 {{invalid number of dimension map entries }}
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(true)
    ins(%updates, %indices : tensor<3xi32>, tensor<3x1xi32>) outs(%original : tensor<8xi32>) {
  ^bb0(%u: i32, %o: i32):
    tm_tensor.yield %u : i32
  } -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

func.func @scatter_indices_float(%original: tensor<8xi32>, %indices: tensor<3x1xf32>, %updates: tensor<3xi32>) -> tensor<8xi32> {
  // expected-error @+1 {{expected indices to be of rank 2 of integer element type}}
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true)
    ins(%updates, %indices : tensor<3xi32>, tensor<3x1xf32>) outs(%original : tensor<8xi32>) {
  ^bb0(%u: i32, %o: i32):
    tm_tensor.yield %u : i32
  } -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

func.func @scatter_indexed_dims(%original: tensor<4x3xf32>, %indices: tensor<2x1xi32>, %updates: tensor<2x5x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{indexed shape of update value dim#1 exceeds original value at dim#0 5 4}}
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true)
    ins(%updates, %indices : tensor<2x5x3xf32>, tensor<2x1xi32>) outs(%original : tensor<4x3xf32>) {
  ^bb0(%u: f32, %o: f32):
    tm_tensor.yield %u : f32
  } -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @scatter_memref_result(%original: memref<8xi32>, %x: f32, %updates: tensor<3xi32>) {
  // expected-error @+1 {{operand #1 must be variadic of ranked tensor or memref of any non-token type values, but got 'f32'}}
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true)
    ins(%updates, %x : tensor<3xi32>, f32) outs(%original : memref<8xi32>) {
  ^bb0(%u: i32, %o: i32):
    tm_tensor.yield %u : i32
  } -> tensor<8xi32>
  return
}

// -----

func.func @sort_inputs(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{does not expect to take any inputs}}
  %0 = tm_tensor.sort dimension(0) ins(%a : tensor<4xf32>) outs(%b : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf olt, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sort_dimension(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{dimension must be within (0, 1]}}
  %0 = tm_tensor.sort dimension(1) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.cmpf olt, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sort_args(%a: tensor<4xf32>, %b: tensor<4xi64>) -> (tensor<4xf32>, tensor<4xi64>) {
  // expected-error @+1 {{region block argument #3 should be of type 'i64' but got 'i32'}}
  %0:2 = tm_tensor.sort dimension(0) outs(%a, %b : tensor<4xf32>, tensor<4xi64>) {
  ^bb0(%x: f32, %y: f32, %i: i64, %j: i32):
    %c = arith.cmpf olt, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>, tensor<4xi64>
  return %0#0, %0#1 : tensor<4xf32>, tensor<4xi64>
}

// -----

func.func @sort_shape(%a: tensor<4xf32>, %b: tensor<5xi64>) -> (tensor<4xf32>, tensor<5xi64>) {
  // expected-error @+1 {{expected operand 1 to have same shape as other operands}}
  %0:2 = tm_tensor.sort dimension(0) outs(%a, %b : tensor<4xf32>, tensor<5xi64>) {
  ^bb0(%x: f32, %y: f32, %i: i64, %j: i64):
    %c = arith.cmpf olt, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>, tensor<5xi64>
  return %0#0, %0#1 : tensor<4xf32>, tensor<5xi64>
}

// -----

func.func @sort_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{should yield i1 type}}
  %0 = tm_tensor.sort dimension(0) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tm_tensor.yield %x : f32
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sort_block_args(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{region block should have 2 arguments}}
  %0 = tm_tensor.sort dimension(0) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32):
    %c = arith.cmpf olt, %x, %x : f32
    tm_tensor.yield %c : i1
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @topk_dim(%in: tensor<6xf32>, %ov: tensor<2xf32>, %oi: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-error @+1 {{dimension exceeds rank}}
  %0:2 = tm_tensor.topk dimension(1) ins(%in : tensor<6xf32>) outs(%ov, %oi : tensor<2xf32>, tensor<2xi32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<2xf32>, tensor<2xi32>
  return %0#0, %0#1 : tensor<2xf32>, tensor<2xi32>
}

// -----

func.func @topk_indices_type(%in: tensor<6xf32>, %ii: tensor<6xi64>, %ov: tensor<2xf32>, %oi: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-error @+1 {{expected input/output indices types to be int32}}
  %0:2 = tm_tensor.topk dimension(0) ins(%in, %ii : tensor<6xf32>, tensor<6xi64>) outs(%ov, %oi : tensor<2xf32>, tensor<2xi32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<2xf32>, tensor<2xi32>
  return %0#0, %0#1 : tensor<2xf32>, tensor<2xi32>
}

// -----

func.func @topk_shapes(%in: tensor<3x6xf32>, %ov: tensor<4x2xf32>, %oi: tensor<4x2xi32>) -> (tensor<4x2xf32>, tensor<4x2xi32>) {
  // expected-error @+1 {{incompatible input/output shapes}}
  %0:2 = tm_tensor.topk dimension(1) ins(%in : tensor<3x6xf32>) outs(%ov, %oi : tensor<4x2xf32>, tensor<4x2xi32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<4x2xf32>, tensor<4x2xi32>
  return %0#0, %0#1 : tensor<4x2xf32>, tensor<4x2xi32>
}

// -----

func.func @topk_region(%in: tensor<6xf32>, %ov: tensor<2xf32>, %oi: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-error @+1 {{region block must end with a linalg_ext.yield i1!}}
  %0:2 = tm_tensor.topk dimension(0) ins(%in : tensor<6xf32>) outs(%ov, %oi : tensor<2xf32>, tensor<2xi32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<2xf32>, tensor<2xi32>
  return %0#0, %0#1 : tensor<2xf32>, tensor<2xi32>
}

// -----

func.func @attention_head(%q: tensor<4x8xf32>, %k: tensor<5x7xf32>, %v: tensor<5x3xf32>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{query and key head dimension mismatch}}
  %0 = tm_tensor.attention ins(%q, %k, %v : tensor<4x8xf32>, tensor<5x7xf32>, tensor<5x3xf32>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @attention_batch(%q: tensor<2x4x8xf32>, %k: tensor<3x5x8xf32>, %v: tensor<2x5x3xf32>, %o: tensor<2x4x3xf32>) -> tensor<2x4x3xf32> {
  // expected-error @+1 {{query and key batch mismatch}}
  %0 = tm_tensor.attention ins(%q, %k, %v : tensor<2x4x8xf32>, tensor<3x5x8xf32>, tensor<2x5x3xf32>) outs(%o : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

// -----

func.func @attention_seq(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %v: tensor<6x3xf32>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{key and value sequence length dimension mismatch}}
  %0 = tm_tensor.attention ins(%q, %k, %v : tensor<4x8xf32>, tensor<5x8xf32>, tensor<6x3xf32>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @attention_mask(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %v: tensor<5x3xf32>, %m: tensor<4x6xf32>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{mask sequence lengt and key sequence length mismatch}}
  %0 = tm_tensor.attention ins(%q, %k, %v, %m : tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>, tensor<4x6xf32>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @attention_scale(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %v: tensor<5x3xf32>, %o: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{attribute 'scale' failed to satisfy constraint: 64-bit float attribute}}
  %0 = tm_tensor.attention {scale = 5.000000e-01 : f32} ins(%q, %k, %v : tensor<4x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}
