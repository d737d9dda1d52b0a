module {
  func.func @forms(%arg0: !torch.vtensor<[2,?,3],f32>, %arg1: !torch.tensor<[2,?,3],f32>, %arg2: !torch.vtensor, %arg3: !torch.tensor, %arg4: !torch.vtensor<*,f32>, %arg5: !torch.tensor<*,f32>, %arg6: !torch.vtensor<[2],unk>, %arg7: !torch.tensor<[?,?],unk>, %arg8: !torch.vtensor, %arg9: !torch.tensor, %arg10: !torch.vtensor<[],f64>, %arg11: !torch.tensor<[],unk>) {
    return
  }
  func.func @spellings(%arg0: !torch.vtensor<[3,4],f16>, %arg1: !torch.vtensor<[2],f32>, %arg2: !torch.vtensor<[?,5],f32>, %arg3: !torch.vtensor<[16],si64>, %arg4: !torch.vtensor<[1],f32>, %arg5: !torch.vtensor<[0,9223372036854775807],bf16>) {
    return
  }
  func.func @int_dtypes(%arg0: !torch.vtensor<[1],i1>, %arg1: !torch.vtensor<[1],si4>, %arg2: !torch.vtensor<[1],si8>, %arg3: !torch.vtensor<[1],si16>, %arg4: !torch.vtensor<[1],si32>, %arg5: !torch.vtensor<[1],si64>, %arg6: !torch.vtensor<[1],ui4>, %arg7: !torch.vtensor<[1],ui8>, %arg8: !torch.vtensor<[1],ui16>, %arg9: !torch.vtensor<[1],ui32>, %arg10: !torch.vtensor<[1],ui64>) {
    return
  }
  func.func @float_dtypes(%arg0: !torch.vtensor<[1],f16>, %arg1: !torch.vtensor<[1],bf16>, %arg2: !torch.vtensor<[1],f32>, %arg3: !torch.vtensor<[1],f64>, %arg4: !torch.vtensor<[1],f4E2M1FN>, %arg5: !torch.vtensor<[1],f8E5M2>, %arg6: !torch.vtensor<[1],f8E4M3FN>, %arg7: !torch.vtensor<[1],f8E5M2FNUZ>, %arg8: !torch.vtensor<[1],f8E4M3FNUZ>, %arg9: !torch.vtensor<[1],f8E4M3B11FNUZ>, %arg10: !torch.vtensor<[1],f8E8M0FNU>) {
    return
  }
  func.func @complex_dtypes(%arg0: !torch.vtensor<[1],complex<f16>>, %arg1: !torch.vtensor<[1],complex<bf16>>, %arg2: !torch.vtensor<[1],complex<f32>>, %arg3: !torch.vtensor<[1],complex<f64>>, %arg4: !torch.tensor<[1],complex<si8>>, %arg5: !torch.tensor<[1],complex<i1>>, %arg6: !torch.tensor<[1],complex<f8E5M2>>) {
    return
  }
  func.func @torch_dtypes(%arg0: !torch.vtensor<[1],!torch.qint8>, %arg1: !torch.vtensor<[1],!torch.quint8>, %arg2: !torch.vtensor<[1],!torch.qint16>, %arg3: !torch.vtensor<[1],!torch.qint32>, %arg4: !torch.tensor<*,!torch.str>) {
    return
  }
  func.func @ops(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32> {
    %0 = "foo.copy"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32>
    %1 = "foo.erase"(%0) {from = !torch.tensor, to = !torch.vtensor} : (!torch.tensor<[2,3],f32>) -> !torch.tensor
    %2 = "foo.literal"() {value = dense<1.000000e+00> : tensor<2x3xf32>} : () -> !torch.vtensor<[2,3],f32>
    return %0 : !torch.tensor<[2,3],f32>
  }
}

