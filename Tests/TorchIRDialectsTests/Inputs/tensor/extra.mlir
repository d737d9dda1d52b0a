// Edge cases of the tensor custom forms: 0-d tensors, empty index lists,
// discardable attributes on each form, unranked and encoded tensors.
func.func @edges(%z: tensor<f32>, %u: tensor<*xf32>, %i: index, %f: f32, %r: tensor<4x?xf32, "enc">) -> (f32, tensor<f32>) {
  %0 = tensor.extract %z[] {a = 1 : i64} : tensor<f32>
  %1 = tensor.insert %f into %z[] {b} : tensor<f32>
  %2 = tensor.from_elements %f {c} : tensor<f32>
  %3 = tensor.from_elements : tensor<0xf32>
  %4 = tensor.extract_slice %z[] [] [] {d} : tensor<f32> to tensor<f32>
  %5 = tensor.insert_slice %4 into %z[] [] [] {e} : tensor<f32> into tensor<f32>
  %6 = tensor.dim {f} %u, %i : tensor<*xf32>
  %7 = tensor.rank %u {g} : tensor<*xf32>
  %8 = tensor.cast %u {h} : tensor<*xf32> to tensor<?x?xf32>
  %9 = tensor.empty(%i) {k} : tensor<4x?xf32, "enc">
  %10 = tensor.splat %f[%i, %i] {l} : tensor<?x2x?xf32>
  %11 = tensor.concat dim(1) %r {m} : (tensor<4x?xf32, "enc">) -> tensor<4x?xf32, "enc">
  %12 = tensor.collapse_shape %z [] {n} : tensor<f32> into tensor<f32>
  %13 = tensor.expand_shape %z [] output_shape [] {o} : tensor<f32> into tensor<f32>
  %14 = tensor.expand_shape %r [[0], [1, 2]] output_shape [4, %i, 2] : tensor<4x?xf32, "enc"> into tensor<4x?x2xf32, "enc">
  %15 = tensor.generate %i, %i {
  ^bb0(%a: index, %b: index):
    %s = arith.index_cast %a : index to i32
    %t = arith.sitofp %s : i32 to f32
    tensor.yield %t : f32
  } {p} : tensor<?x?xf32>
  %16 = tensor.pad %z low[] high[] {
  ^bb0:
    tensor.yield %f : f32
  } {q} : tensor<f32> to tensor<f32>
  %sh = tensor.from_elements %i, %i : tensor<2xindex>
  %17 = tensor.reshape %u(%sh) {r} : (tensor<*xf32>, tensor<2xindex>) -> tensor<?x?xf32>
  %18 = tensor.extract_slice %15[%i, 0] [1, %i] [%i, 1] : tensor<?x?xf32> to tensor<?xf32>
  %19 = tensor.insert_slice %18 into %15[%i, 0] [1, %i] [%i, 1] : tensor<?xf32> into tensor<?x?xf32>
  %20 = tensor.bitcast %r {s} : tensor<4x?xf32, "enc"> to tensor<4x?xi32, "enc">
  return %0, %1 : f32, tensor<f32>
}
func.func @g(%f: f32) {
  %0 = tensor.generate {
  ^bb0(%a: index):
    tensor.yield %f : f32
  } : tensor<3xf32>
  %1 = tensor.generate {
  ^bb0:
    tensor.yield %f : f32
  } : tensor<f32>
  return
}
