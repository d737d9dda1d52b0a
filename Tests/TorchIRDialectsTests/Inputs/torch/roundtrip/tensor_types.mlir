// !torch.tensor and !torch.vtensor: known and unknown sizes and dtypes, and
// every dtype Torch-MLIR accepts.

func.func @forms(%a: !torch.vtensor<[2,?,3],f32>, %b: !torch.tensor<[2,?,3],f32>, %c: !torch.vtensor, %d: !torch.tensor, %e: !torch.vtensor<*,f32>, %f: !torch.tensor<*,f32>, %g: !torch.vtensor<[2],unk>, %h: !torch.tensor<[?,?],unk>, %i: !torch.vtensor<*,unk>, %j: !torch.tensor<*,unk>, %k: !torch.vtensor<[],f64>, %l: !torch.tensor<[],unk>) {
  return
}

// Spelling variants that print in the canonical form: spaces, a trailing
// comma, -1 for an unknown size, hexadecimal sizes, the verbose dialect form.
func.func @spellings(%a: !torch.vtensor< [ 3 , 4 ] , f16 >, %b: !torch.vtensor<[2,],f32>, %c: !torch.vtensor<[-1,5],f32>, %d: !torch.vtensor<[0x10],si64>, %e: !torch<vtensor<[1],f32>>, %f: !torch.vtensor<[0,9223372036854775807],bf16>) {
  return
}

func.func @int_dtypes(%a: !torch.vtensor<[1],i1>, %b: !torch.vtensor<[1],si4>, %c: !torch.vtensor<[1],si8>, %d: !torch.vtensor<[1],si16>, %e: !torch.vtensor<[1],si32>, %f: !torch.vtensor<[1],si64>, %g: !torch.vtensor<[1],ui4>, %h: !torch.vtensor<[1],ui8>, %i: !torch.vtensor<[1],ui16>, %j: !torch.vtensor<[1],ui32>, %k: !torch.vtensor<[1],ui64>) {
  return
}

func.func @float_dtypes(%a: !torch.vtensor<[1],f16>, %b: !torch.vtensor<[1],bf16>, %c: !torch.vtensor<[1],f32>, %d: !torch.vtensor<[1],f64>, %e: !torch.vtensor<[1],f4E2M1FN>, %f: !torch.vtensor<[1],f8E5M2>, %g: !torch.vtensor<[1],f8E4M3FN>, %h: !torch.vtensor<[1],f8E5M2FNUZ>, %i: !torch.vtensor<[1],f8E4M3FNUZ>, %j: !torch.vtensor<[1],f8E4M3B11FNUZ>, %k: !torch.vtensor<[1],f8E8M0FNU>) {
  return
}

func.func @complex_dtypes(%a: !torch.vtensor<[1],complex<f16>>, %b: !torch.vtensor<[1],complex<bf16>>, %c: !torch.vtensor<[1],complex<f32>>, %d: !torch.vtensor<[1],complex<f64>>, %e: !torch.tensor<[1],complex<si8>>, %f: !torch.tensor<[1],complex<i1>>, %g: !torch.tensor<[1],complex<f8E5M2>>) {
  return
}

func.func @torch_dtypes(%a: !torch.vtensor<[1],!torch.qint8>, %b: !torch.vtensor<[1],!torch.quint8>, %c: !torch.vtensor<[1],!torch.qint16>, %d: !torch.vtensor<[1],!torch.qint32>, %e: !torch.tensor<*,!torch.str>) {
  return
}

func.func @ops(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32> {
  %0 = "foo.copy"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32>
  %1 = "foo.erase"(%0) {to = !torch.vtensor, from = !torch.tensor<*,unk>} : (!torch.tensor<[2,3],f32>) -> !torch.tensor
  %2 = "foo.literal"() {value = dense<1.0> : tensor<2x3xf32>} : () -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.tensor<[2,3],f32>
}
