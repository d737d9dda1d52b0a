// RUN: --split-input-file --verify-diagnostics
// Written by Tests/Fixtures/make_torch_op_corpus.py: each type constraint of
// Specs/TorchGenerated.spec rejecting `i32`, as an operand and as a result.

// -----

func.func @operand_AnyTorchTensorType(%arg0: i32, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.hardtanh' op operand #0 must be Any Torch tensor type, but got 'i32'}}
  %0 = torch.aten.hardtanh %arg0, %arg1, %arg1 : i32, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchScalarType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.int) {
  // expected-error@+1 {{'torch.aten.hardtanh' op operand #1 must be Any Python numeric type compatible with being the scalar type of a tensor, but got 'i32'}}
  %0 = torch.aten.hardtanh %arg0, %arg1, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @result_AnyTorchOptionalTensorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.hardtanh' op result #0 must be Optional torch tensor type, but got 'i32'}}
  %0 = torch.aten.hardtanh %arg0, %arg1, %arg1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int -> i32
  return
}

// -----

func.func @operand_Torch_NonValueTensorType(%arg0: i32, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.hardtanh_' op operand #0 must be Multi-dimensional array modeling Torch's Tensor type, but got 'i32'}}
  %0 = torch.aten.hardtanh_ %arg0, %arg1, %arg1 : i32, !torch.int, !torch.int -> !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @result_AnyTorchOptionalNonValueTensorType(%arg0: !torch.tensor<[2,3],f32>, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.hardtanh_' op result #0 must be Optional torch non value tensor type, but got 'i32'}}
  %0 = torch.aten.hardtanh_ %arg0, %arg1, %arg1 : !torch.tensor<[2,3],f32>, !torch.int, !torch.int -> i32
  return
}

// -----

func.func @operand_Torch_BoolType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: i32, %arg3: !torch.none) {
  // expected-error@+1 {{'torch.aten.rrelu' op operand #3 must be Torch BoolType, but got 'i32'}}
  %0 = torch.aten.rrelu %arg0, %arg1, %arg1, %arg2, %arg3 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, i32, !torch.none -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalGeneratorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: !torch.bool, %arg3: i32) {
  // expected-error@+1 {{'torch.aten.rrelu' op operand #4 must be Optional torch Generator type, but got 'i32'}}
  %0 = torch.aten.rrelu %arg0, %arg1, %arg1, %arg2, %arg3 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.bool, i32 -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalScalarType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.float) {
  // expected-error@+1 {{'torch.aten.clamp' op operand #1 must be Optional torch scalar type, but got 'i32'}}
  %0 = torch.aten.clamp %arg0, %arg1, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.float -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalTensorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.clamp.Tensor' op operand #1 must be Optional torch tensor type, but got 'i32'}}
  %0 = torch.aten.clamp.Tensor %arg0, %arg1, %arg0 : !torch.vtensor<[2,3],f32>, i32, !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalNonValueTensorType(%arg0: !torch.tensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.clamp_.Tensor' op operand #1 must be Optional torch non value tensor type, but got 'i32'}}
  %0 = torch.aten.clamp_.Tensor %arg0, %arg1, %arg0 : !torch.tensor<[2,3],f32>, i32, !torch.tensor<[2,3],f32> -> !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalFloatType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.logit' op operand #1 must be Optional torch float type, but got 'i32'}}
  %0 = torch.aten.logit %arg0, %arg1 : !torch.vtensor<[2,3],f32>, i32 -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_Torch_IntType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.unsqueeze' op operand #1 must be Torch IntType, but got 'i32'}}
  %0 = torch.aten.unsqueeze %arg0, %arg1 : !torch.vtensor<[2,3],f32>, i32 -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalStringType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.div.Tensor_mode' op operand #2 must be Optional torch Str type, but got 'i32'}}
  %0 = torch.aten.div.Tensor_mode %arg0, %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, i32 -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_Torch_FloatType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.int) {
  // expected-error@+1 {{'torch.aten.fake_quantize_per_tensor_affine' op operand #1 must be Torch FloatType, but got 'i32'}}
  %0 = torch.aten.fake_quantize_per_tensor_affine %arg0, %arg1, %arg2, %arg2, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_Torch_StringType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.gelu' op operand #1 must be Torch StringType, but got 'i32'}}
  %0 = torch.aten.gelu %arg0, %arg1 : !torch.vtensor<[2,3],f32>, i32 -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @result_AnyTorchListOfTensorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.unbind_copy.int' op result #0 must be Any int list type (Tensor[]) of Any Torch tensor type values, but got 'i32'}}
  %0 = torch.aten.unbind_copy.int %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.int -> i32
  return
}

// -----

func.func @operand_AnyTorchListOfTorchIntType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.int) {
  // expected-error@+1 {{'torch.aten.split_with_sizes_copy' op operand #1 must be Int list type (int[]) of Torch IntType values, but got 'i32'}}
  %0 = torch.aten.split_with_sizes_copy %arg0, %arg1, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.int -> !torch.list<vtensor>
  return
}

// -----

func.func @operand_AnyTorchOptionalIntType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.int, %arg3: !torch.Device, %arg4: !torch.bool) {
  // expected-error@+1 {{'torch.aten.rand_like' op operand #1 must be Optional torch int type, but got 'i32'}}
  %0 = torch.aten.rand_like %arg0, %arg1, %arg2, %arg3, %arg4, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.int, !torch.Device, !torch.bool, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalDeviceType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: i32, %arg3: !torch.bool) {
  // expected-error@+1 {{'torch.aten.rand_like' op operand #3 must be Optional torch device type, but got 'i32'}}
  %0 = torch.aten.rand_like %arg0, %arg1, %arg1, %arg2, %arg3, %arg1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, i32, !torch.bool, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalBoolType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int, %arg2: !torch.Device, %arg3: i32) {
  // expected-error@+1 {{'torch.aten.rand_like' op operand #4 must be Optional torch bool type, but got 'i32'}}
  %0 = torch.aten.rand_like %arg0, %arg1, %arg1, %arg2, %arg3, %arg1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.Device, i32, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchListOfOptionalTensorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.bool) {
  // expected-error@+1 {{'torch.aten.index_put' op operand #1 must be Any optional tensor list type (Tensor?[]) of Optional torch tensor type values, but got 'i32'}}
  %0 = torch.aten.index_put %arg0, %arg1, %arg0, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.vtensor<[2,3],f32>, !torch.bool -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchListOfOptionalNonValueTensorType(%arg0: !torch.tensor<[2,3],f32>, %arg1: i32, %arg2: !torch.bool) {
  // expected-error@+1 {{'torch.aten.index_put_' op operand #1 must be Any optional tensor list type (Tensor?[]) of Optional torch non value tensor type values, but got 'i32'}}
  %0 = torch.aten.index_put_ %arg0, %arg1, %arg0, %arg2 : !torch.tensor<[2,3],f32>, i32, !torch.tensor<[2,3],f32>, !torch.bool -> !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchListOfTensorType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.bool) {
  // expected-error@+1 {{'torch.aten.index_put.hacked_twin' op operand #1 must be Any int list type (Tensor[]) of Any Torch tensor type values, but got 'i32'}}
  %0 = torch.aten.index_put.hacked_twin %arg0, %arg1, %arg0, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.vtensor<[2,3],f32>, !torch.bool -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchListOfNonValueTensorType(%arg0: !torch.tensor<[2,3],f32>, %arg1: i32, %arg2: !torch.bool) {
  // expected-error@+1 {{'torch.aten.index_put_.hacked_twin' op operand #1 must be Any int list type (Tensor[]) of Multi-dimensional array modeling Torch's Tensor type values, but got 'i32'}}
  %0 = torch.aten.index_put_.hacked_twin %arg0, %arg1, %arg0, %arg2 : !torch.tensor<[2,3],f32>, i32, !torch.tensor<[2,3],f32>, !torch.bool -> !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalListOfTorchIntType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.list<int>, %arg3: !torch.bool, %arg4: !torch.int, %arg5: !torch.list<bool>) {
  // expected-error@+1 {{'torch.aten.convolution_backward' op operand #3 must be Optional torch int list type (int[]?), but got 'i32'}}
  %0:3 = torch.aten.convolution_backward %arg0, %arg0, %arg0, %arg1, %arg2, %arg2, %arg2, %arg3, %arg2, %arg4, %arg5 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, i32, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int, !torch.list<bool> -> !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchListOfTorchBoolType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>, %arg2: !torch.bool, %arg3: !torch.int, %arg4: i32) {
  // expected-error@+1 {{'torch.aten.convolution_backward' op operand #10 must be Bool list type (bool[]) of Torch BoolType values, but got 'i32'}}
  %0:3 = torch.aten.convolution_backward %arg0, %arg0, %arg0, %arg1, %arg1, %arg1, %arg1, %arg2, %arg1, %arg3, %arg4 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int, i32 -> !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @operand_AnyTorchOptionalListOfTorchFloatType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>, %arg2: i32, %arg3: !torch.str, %arg4: !torch.bool) {
  // expected-error@+1 {{'torch.aten.__interpolate.size_list_scale_list' op operand #2 must be Optional torch float list type (float[]?), but got 'i32'}}
  %0 = torch.aten.__interpolate.size_list_scale_list %arg0, %arg1, %arg2, %arg3, %arg4, %arg4, %arg4 : !torch.vtensor<[2,3],f32>, !torch.list<int>, i32, !torch.str, !torch.bool, !torch.bool, !torch.bool -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @result_Torch_IntType(%arg0: !torch.vtensor<[2,3],f32>) {
  // expected-error@+1 {{'torch.aten.dim' op result #0 must be Torch IntType, but got 'i32'}}
  %0 = torch.aten.dim %arg0 : !torch.vtensor<[2,3],f32> -> i32
  return
}

// -----

func.func @result_AnyTorchListOfTorchIntType(%arg0: !torch.vtensor<[2,3],f32>) {
  // expected-error@+1 {{'torch.aten.size' op result #0 must be Int list type (int[]) of Torch IntType values, but got 'i32'}}
  %0 = torch.aten.size %arg0 : !torch.vtensor<[2,3],f32> -> i32
  return
}

// -----

func.func @result_Torch_BoolType(%arg0: !torch.vtensor<[2,3],f32>) {
  // expected-error@+1 {{'torch.aten.Bool.Tensor' op result #0 must be Torch BoolType, but got 'i32'}}
  %0 = torch.aten.Bool.Tensor %arg0 : !torch.vtensor<[2,3],f32> -> i32
  return
}

// -----

func.func @operand_AnyTorchListType(%arg0: i32, %arg1: !torch.int, %arg2: !torch.Device, %arg3: !torch.bool) {
  // expected-error@+1 {{'torch.aten.tensor' op operand #0 must be Any Torch list Type of any non-token type values, but got 'i32'}}
  %0 = torch.aten.tensor %arg0, %arg1, %arg2, %arg3 : i32, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @result_Torch_DeviceType(%arg0: !torch.str, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.device.with_index' op result #0 must be Torch device, but got 'i32'}}
  %0 = torch.aten.device.with_index %arg0, %arg1 : !torch.str, !torch.int -> i32
  return
}

// -----

func.func @result_AnyTorchScalarType(%arg0: !torch.vtensor<[2,3],f32>) {
  // expected-error@+1 {{'torch.aten.item' op result #0 must be Any Python numeric type compatible with being the scalar type of a tensor, but got 'i32'}}
  %0 = torch.aten.item %arg0 : !torch.vtensor<[2,3],f32> -> i32
  return
}

// -----

func.func @operand_Torch_DeviceType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.int, %arg3: !torch.bool) {
  // expected-error@+1 {{'torch.aten.to.device' op operand #1 must be Torch device, but got 'i32'}}
  %0 = torch.aten.to.device %arg0, %arg1, %arg2, %arg3, %arg3, %arg2 : !torch.vtensor<[2,3],f32>, i32, !torch.int, !torch.bool, !torch.bool, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @result_Torch_FloatType(%arg0: !torch.vtensor<[2,3],f32>) {
  // expected-error@+1 {{'torch.aten.FloatImplicit' op result #0 must be Torch FloatType, but got 'i32'}}
  %0 = torch.aten.FloatImplicit %arg0 : !torch.vtensor<[2,3],f32> -> i32
  return
}

// -----

func.func @operand_Torch_DictType(%arg0: i32, %arg1: !torch.str) {
  // expected-error@+1 {{'torch.aten.__contains__.str' op operand #0 must be !torch.dict[KT, VT] , but got 'i32'}}
  %0 = torch.aten.__contains__.str %arg0, %arg1 : i32, !torch.str -> !torch.bool
  return
}

// -----

func.func @result_AnyTorchType(%arg0: !torch.dict<str, vtensor>, %arg1: !torch.str) {
  // expected-error@+1 {{'torch.aten.__getitem__.Dict_str' op result #0 must be Any type that is legal to pass to a Torch kernel, but got 'i32'}}
  %0 = torch.aten.__getitem__.Dict_str %arg0, %arg1 : !torch.dict<str, vtensor>, !torch.str -> i32
  return
}

// -----

func.func @operand_AnyTorchType(%arg0: !torch.dict<str, vtensor>, %arg1: !torch.str, %arg2: i32) {
  // expected-error@+1 {{'torch.aten._set_item.str' op operand #2 must be Any type that is legal to pass to a Torch kernel, but got 'i32'}}
  torch.aten._set_item.str %arg0, %arg1, %arg2 : !torch.dict<str, vtensor>, !torch.str, i32
  return
}

// -----

func.func @result_AnyTorchListOfTorchStringType(%arg0: !torch.dict<str, vtensor>) {
  // expected-error@+1 {{'torch.aten.keys.str' op result #0 must be Str list type (str[]) of Torch StringType values, but got 'i32'}}
  %0 = torch.aten.keys.str %arg0 : !torch.dict<str, vtensor> -> i32
  return
}

// -----

func.func @result_AnyTorchListType(%arg0: !torch.list<int>, %arg1: !torch.int) {
  // expected-error@+1 {{'torch.aten.append.t' op result #0 must be Any Torch list Type of any non-token type values, but got 'i32'}}
  %0 = torch.aten.append.t %arg0, %arg1 : !torch.list<int>, !torch.int -> i32
  return
}

// -----

func.func @result_Torch_StringType(%arg0: !torch.str) {
  // expected-error@+1 {{'torch.aten.add.str' op result #0 must be Torch StringType, but got 'i32'}}
  %0 = torch.aten.add.str %arg0, %arg0 : !torch.str, !torch.str -> i32
  return
}

// -----

func.func @operand_AnyTorchListOfTorchStringType(%arg0: !torch.str, %arg1: i32) {
  // expected-error@+1 {{'torch.aten.join' op operand #1 must be Str list type (str[]) of Torch StringType values, but got 'i32'}}
  %0 = torch.aten.join %arg0, %arg1 : !torch.str, i32 -> !torch.str
  return
}

// -----

func.func @operand_Torch_LinearParamsType(%arg0: !torch.vtensor<[2,3],f32>, %arg1: i32, %arg2: !torch.float, %arg3: !torch.int) {
  // expected-error@+1 {{'torch.quantized.linear' op operand #1 must be Torch packed linear params type, but got 'i32'}}
  %0 = torch.quantized.linear %arg0, %arg1, %arg2, %arg3 : !torch.vtensor<[2,3],f32>, i32, !torch.float, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}
