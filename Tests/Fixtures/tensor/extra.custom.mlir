module {
  func.func @edges(%arg0: tensor<f32>, %arg1: tensor<*xf32>, %arg2: index, %arg3: f32, %arg4: tensor<4x?xf32, "enc">) -> (f32, tensor<f32>) {
    %extracted = tensor.extract %arg0[] {a = 1 : i64} : tensor<f32>
    %inserted = tensor.insert %arg3 into %arg0[] {b} : tensor<f32>
    %from_elements = tensor.from_elements %arg3 {c} : tensor<f32>
    %from_elements_0 = tensor.from_elements  : tensor<0xf32>
    %extracted_slice = tensor.extract_slice %arg0[] [] [] {d} : tensor<f32> to tensor<f32>
    %inserted_slice = tensor.insert_slice %extracted_slice into %arg0[] [] [] {e} : tensor<f32> into tensor<f32>
    %dim = tensor.dim {f} %arg1, %arg2 : tensor<*xf32>
    %rank = tensor.rank %arg1 {g} : tensor<*xf32>
    %cast = tensor.cast %arg1 {h} : tensor<*xf32> to tensor<?x?xf32>
    %0 = tensor.empty(%arg2) {k} : tensor<4x?xf32, "enc">
    %splat = tensor.splat %arg3[%arg2, %arg2] {l} : tensor<?x2x?xf32>
    %concat = tensor.concat dim(1) %arg4 {m} : (tensor<4x?xf32, "enc">) -> tensor<4x?xf32, "enc">
    %collapsed = tensor.collapse_shape %arg0 [] {n} : tensor<f32> into tensor<f32>
    %expanded = tensor.expand_shape %arg0 [] output_shape [] {o} : tensor<f32> into tensor<f32>
    %expanded_1 = tensor.expand_shape %arg4 [[0], [1, 2]] output_shape [4, %arg2, 2] : tensor<4x?xf32, "enc"> into tensor<4x?x2xf32, "enc">
    %generated = tensor.generate %arg2, %arg2 {
    ^bb0(%arg5: index, %arg6: index):
      %2 = arith.index_cast %arg5 : index to i32
      %3 = arith.sitofp %2 : i32 to f32
      tensor.yield %3 : f32
    } {p} : tensor<?x?xf32>
    %padded = tensor.pad %arg0 low[] high[] {
      tensor.yield %arg3 : f32
    } {q} : tensor<f32> to tensor<f32>
    %from_elements_2 = tensor.from_elements %arg2, %arg2 : tensor<2xindex>
    %reshape = tensor.reshape %arg1(%from_elements_2) {r} : (tensor<*xf32>, tensor<2xindex>) -> tensor<?x?xf32>
    %extracted_slice_3 = tensor.extract_slice %generated[%arg2, 0] [1, %arg2] [%arg2, 1] : tensor<?x?xf32> to tensor<?xf32>
    %inserted_slice_4 = tensor.insert_slice %extracted_slice_3 into %generated[%arg2, 0] [1, %arg2] [%arg2, 1] : tensor<?xf32> into tensor<?x?xf32>
    %1 = tensor.bitcast %arg4 {s} : tensor<4x?xf32, "enc"> to tensor<4x?xi32, "enc">
    return %extracted, %inserted : f32, tensor<f32>
  }
  func.func @g(%arg0: f32) {
    %generated = tensor.generate  {
    ^bb0(%arg1: index):
      tensor.yield %arg0 : f32
    } : tensor<3xf32>
    %generated_0 = tensor.generate  {
      tensor.yield %arg0 : f32
    } : tensor<f32>
    return
  }
}

