"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[2,?,3],f32>, !torch.tensor<[2,?,3],f32>, !torch.vtensor, !torch.tensor, !torch.vtensor<*,f32>, !torch.tensor<*,f32>, !torch.vtensor<[2],unk>, !torch.tensor<[?,?],unk>, !torch.vtensor, !torch.tensor, !torch.vtensor<[],f64>, !torch.tensor<[],unk>) -> (), sym_name = "forms"}> ({
  ^bb0(%arg41: !torch.vtensor<[2,?,3],f32>, %arg42: !torch.tensor<[2,?,3],f32>, %arg43: !torch.vtensor, %arg44: !torch.tensor, %arg45: !torch.vtensor<*,f32>, %arg46: !torch.tensor<*,f32>, %arg47: !torch.vtensor<[2],unk>, %arg48: !torch.tensor<[?,?],unk>, %arg49: !torch.vtensor, %arg50: !torch.tensor, %arg51: !torch.vtensor<[],f64>, %arg52: !torch.tensor<[],unk>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[3,4],f16>, !torch.vtensor<[2],f32>, !torch.vtensor<[?,5],f32>, !torch.vtensor<[16],si64>, !torch.vtensor<[1],f32>, !torch.vtensor<[0,9223372036854775807],bf16>) -> (), sym_name = "spellings"}> ({
  ^bb0(%arg35: !torch.vtensor<[3,4],f16>, %arg36: !torch.vtensor<[2],f32>, %arg37: !torch.vtensor<[?,5],f32>, %arg38: !torch.vtensor<[16],si64>, %arg39: !torch.vtensor<[1],f32>, %arg40: !torch.vtensor<[0,9223372036854775807],bf16>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1],i1>, !torch.vtensor<[1],si4>, !torch.vtensor<[1],si8>, !torch.vtensor<[1],si16>, !torch.vtensor<[1],si32>, !torch.vtensor<[1],si64>, !torch.vtensor<[1],ui4>, !torch.vtensor<[1],ui8>, !torch.vtensor<[1],ui16>, !torch.vtensor<[1],ui32>, !torch.vtensor<[1],ui64>) -> (), sym_name = "int_dtypes"}> ({
  ^bb0(%arg24: !torch.vtensor<[1],i1>, %arg25: !torch.vtensor<[1],si4>, %arg26: !torch.vtensor<[1],si8>, %arg27: !torch.vtensor<[1],si16>, %arg28: !torch.vtensor<[1],si32>, %arg29: !torch.vtensor<[1],si64>, %arg30: !torch.vtensor<[1],ui4>, %arg31: !torch.vtensor<[1],ui8>, %arg32: !torch.vtensor<[1],ui16>, %arg33: !torch.vtensor<[1],ui32>, %arg34: !torch.vtensor<[1],ui64>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1],f16>, !torch.vtensor<[1],bf16>, !torch.vtensor<[1],f32>, !torch.vtensor<[1],f64>, !torch.vtensor<[1],f4E2M1FN>, !torch.vtensor<[1],f8E5M2>, !torch.vtensor<[1],f8E4M3FN>, !torch.vtensor<[1],f8E5M2FNUZ>, !torch.vtensor<[1],f8E4M3FNUZ>, !torch.vtensor<[1],f8E4M3B11FNUZ>, !torch.vtensor<[1],f8E8M0FNU>) -> (), sym_name = "float_dtypes"}> ({
  ^bb0(%arg13: !torch.vtensor<[1],f16>, %arg14: !torch.vtensor<[1],bf16>, %arg15: !torch.vtensor<[1],f32>, %arg16: !torch.vtensor<[1],f64>, %arg17: !torch.vtensor<[1],f4E2M1FN>, %arg18: !torch.vtensor<[1],f8E5M2>, %arg19: !torch.vtensor<[1],f8E4M3FN>, %arg20: !torch.vtensor<[1],f8E5M2FNUZ>, %arg21: !torch.vtensor<[1],f8E4M3FNUZ>, %arg22: !torch.vtensor<[1],f8E4M3B11FNUZ>, %arg23: !torch.vtensor<[1],f8E8M0FNU>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1],complex<f16>>, !torch.vtensor<[1],complex<bf16>>, !torch.vtensor<[1],complex<f32>>, !torch.vtensor<[1],complex<f64>>, !torch.tensor<[1],complex<si8>>, !torch.tensor<[1],complex<i1>>, !torch.tensor<[1],complex<f8E5M2>>) -> (), sym_name = "complex_dtypes"}> ({
  ^bb0(%arg6: !torch.vtensor<[1],complex<f16>>, %arg7: !torch.vtensor<[1],complex<bf16>>, %arg8: !torch.vtensor<[1],complex<f32>>, %arg9: !torch.vtensor<[1],complex<f64>>, %arg10: !torch.tensor<[1],complex<si8>>, %arg11: !torch.tensor<[1],complex<i1>>, %arg12: !torch.tensor<[1],complex<f8E5M2>>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[1],!torch.qint8>, !torch.vtensor<[1],!torch.quint8>, !torch.vtensor<[1],!torch.qint16>, !torch.vtensor<[1],!torch.qint32>, !torch.tensor<*,!torch.str>) -> (), sym_name = "torch_dtypes"}> ({
  ^bb0(%arg1: !torch.vtensor<[1],!torch.qint8>, %arg2: !torch.vtensor<[1],!torch.quint8>, %arg3: !torch.vtensor<[1],!torch.qint16>, %arg4: !torch.vtensor<[1],!torch.qint32>, %arg5: !torch.tensor<*,!torch.str>):
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32>, sym_name = "ops"}> ({
  ^bb0(%arg0: !torch.vtensor<[2,3],f32>):
    %0 = "foo.copy"(%arg0) : (!torch.vtensor<[2,3],f32>) -> !torch.tensor<[2,3],f32>
    %1 = "foo.erase"(%0) {from = !torch.tensor, to = !torch.vtensor} : (!torch.tensor<[2,3],f32>) -> !torch.tensor
    %2 = "foo.literal"() {value = dense<1.000000e+00> : tensor<2x3xf32>} : () -> !torch.vtensor<[2,3],f32>
    "func.return"(%0) : (!torch.tensor<[2,3],f32>) -> ()
  }) : () -> ()
}) : () -> ()

