func.func @scan_tensor_cast(%arg0: tensor<128xi32>) -> tensor<128xi32> {
  %init = tensor.empty() : tensor<128xi32>
  %c0 = tensor.empty() : tensor<i32>
  %casted_arg0 = tensor.cast %arg0 : tensor<128xi32> to tensor<?xi32>
  %casted_init = tensor.cast %init : tensor<128xi32> to tensor<?xi32>
  %0, %1 = tm_tensor.scan dimension(0) inclusive(true)
       ins(%casted_arg0 : tensor<?xi32>)
       outs(%casted_init, %c0: tensor<?xi32>, tensor<i32>) {
       ^bb0(%barg0 : i32, %barg1 : i32):
         %sum = arith.addi %barg0, %barg1 : i32
         tm_tensor.yield %sum : i32
  } -> tensor<?xi32>, tensor<i32>
  %2 = tensor.cast %0: tensor<?xi32> to tensor<128xi32>
  return %2: tensor<128xi32>
}

func.func @sort_cast_kept_type(%arg0: tensor<4x5xf32>, %arg1: tensor<4x5xi64>) -> (tensor<4x?xf32>, tensor<?x5xi64>) {
  %a = tensor.cast %arg1 : tensor<4x5xi64> to tensor<?x5xi64>
  %b = tensor.cast %arg0 : tensor<4x5xf32> to tensor<?x5xf32>
  %0:2 = tm_tensor.sort dimension(1) outs(%b, %a : tensor<?x5xf32>, tensor<?x5xi64>) {
  ^bb0(%x: f32, %y: f32, %i: i64, %j: i64):
    %c = arith.cmpf ole, %x, %y : f32
    tm_tensor.yield %c : i1
  } -> tensor<?x5xf32>, tensor<?x5xi64>
  %1 = tensor.cast %0#0 : tensor<?x5xf32> to tensor<4x?xf32>
  return %1, %0#1 : tensor<4x?xf32>, tensor<?x5xi64>
}

func.func @attention_cast(%q: tensor<2x4xf32>, %k: tensor<3x4xf32>, %v: tensor<3x5xf32>, %o: tensor<2x5xf32>) -> tensor<?x?xf32> {
  %qc = tensor.cast %q : tensor<2x4xf32> to tensor<?x4xf32>
  %oc = tensor.cast %o : tensor<2x5xf32> to tensor<?x?xf32>
  %0 = tm_tensor.attention {scale = 1.0 : f64} ins(%qc, %k, %v : tensor<?x4xf32>, tensor<3x4xf32>, tensor<3x5xf32>) outs(%oc : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

func.func @no_fold_more_static(%arg0: tensor<?xf32>, %i: tensor<2x1xi32>, %u: tensor<2xf32>) -> tensor<4xf32> {
  %c = tensor.cast %arg0 : tensor<?xf32> to tensor<4xf32>
  %0 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%u, %i : tensor<2xf32>, tensor<2x1xi32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.addf %x, %y : f32
    tm_tensor.yield %s : f32
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

func.func @scan_memref_cast(%in: memref<8xf32>, %out: memref<8xf32>, %acc: memref<f32>) {
  %a = memref.cast %in : memref<8xf32> to memref<?xf32>
  %b = memref.cast %out : memref<8xf32> to memref<?xf32>
  tm_tensor.scan dimension(0) inclusive(true) ins(%a : memref<?xf32>) outs(%b, %acc : memref<?xf32>, memref<f32>) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.addf %x, %y : f32
    tm_tensor.yield %s : f32
  }
  return
}
