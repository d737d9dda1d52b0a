// RUN: --split-input-file --verify-diagnostics
// The hand-written verifiers of generated ops (`hooks verifier` in
// Specs/TorchGenerated.spec): at least one failing case per check, and inputs
// that verify. Confirmed with torch-mlir-opt --split-input-file
// --verify-diagnostics by Tests/Fixtures/make_torch_op_corpus.py --tool.

// norm.Scalar: float and complex inputs only (bf16 is not one of them).

func.func @norm_scalar_dtype(%arg0: !torch.vtensor<[2,3],si64>, %arg1: !torch.vtensor<[2],bf16>) {
  %int2 = torch.constant.int 2
  // expected-error @+1 {{'torch.aten.norm.Scalar' op expected a float or complex type for input tensor, but got 'si64'}}
  %0 = torch.aten.norm.Scalar %arg0, %int2 : !torch.vtensor<[2,3],si64>, !torch.int -> !torch.vtensor<[],f32>
  return
}

// -----

func.func @norm_scalar_bf16(%arg0: !torch.vtensor<[2],bf16>) {
  %int2 = torch.constant.int 2
  // expected-error @+1 {{'torch.aten.norm.Scalar' op expected a float or complex type for input tensor, but got 'bf16'}}
  %0 = torch.aten.norm.Scalar %arg0, %int2 : !torch.vtensor<[2],bf16>, !torch.int -> !torch.vtensor<[],bf16>
  return
}

// -----

func.func @norm_scalar_valid(%arg0: !torch.vtensor<[2,3],f16>, %arg1: !torch.vtensor<[4],complex<f64>>, %arg2: !torch.vtensor<[?],unk>, %arg3: !torch.tensor) {
  %float1 = torch.constant.float 1.500000e+00
  %0 = torch.aten.norm.Scalar %arg0, %float1 : !torch.vtensor<[2,3],f16>, !torch.float -> !torch.vtensor<[],f16>
  %1 = torch.aten.norm.Scalar %arg1, %float1 : !torch.vtensor<[4],complex<f64>>, !torch.float -> !torch.vtensor<[],f64>
  %2 = torch.aten.norm.Scalar %arg2, %float1 : !torch.vtensor<[?],unk>, !torch.float -> !torch.vtensor
  %3 = torch.aten.norm.Scalar %arg3, %float1 : !torch.tensor, !torch.float -> !torch.tensor
  return
}

// -----
// renorm(self, p, dim, maxnorm)

func.func @renorm_dtype(%arg0: !torch.vtensor<[2,3],si32>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  // expected-error @+1 {{'torch.aten.renorm' op expected a float or complex type for input tensor, but got 'si32'}}
  %0 = torch.aten.renorm %arg0, %int1, %int0, %int1 : !torch.vtensor<[2,3],si32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],si32>
  return
}

// -----

func.func @renorm_rank(%arg0: !torch.vtensor<[3],bf16>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  // expected-error @+1 {{'torch.aten.renorm' op renorm: input needs at least 2 dimensions, got 1 dimensions}}
  %0 = torch.aten.renorm %arg0, %int1, %int0, %int1 : !torch.vtensor<[3],bf16>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[3],bf16>
  return
}

// -----

func.func @renorm_p_int(%arg0: !torch.vtensor<[2,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.renorm' op renorm: non-positive norm not supported}}
  %0 = torch.aten.renorm %arg0, %int0, %int0, %int1 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @renorm_p_float(%arg0: !torch.vtensor<[2,3],f32>) {
  %float = torch.constant.float -2.500000e-01
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.renorm' op renorm: non-positive norm not supported}}
  %0 = torch.aten.renorm %arg0, %float, %int0, %int1 : !torch.vtensor<[2,3],f32>, !torch.float, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @renorm_maxnorm_int(%arg0: !torch.vtensor<[2,3],f64>) {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  // expected-error @+1 {{'torch.aten.renorm' op renorm: expected maxnorm to be >= 0}}
  %0 = torch.aten.renorm %arg0, %int2, %int0, %int-1 : !torch.vtensor<[2,3],f64>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],f64>
  return
}

// -----

func.func @renorm_maxnorm_float(%arg0: !torch.vtensor<[2,3],f64>) {
  %float2 = torch.constant.float 2.000000e+00
  %float = torch.constant.float -5.000000e-01
  %int0 = torch.constant.int 0
  // expected-error @+1 {{'torch.aten.renorm' op renorm: expected maxnorm to be >= 0}}
  %0 = torch.aten.renorm %arg0, %float2, %int0, %float : !torch.vtensor<[2,3],f64>, !torch.float, !torch.int, !torch.float -> !torch.vtensor<[2,3],f64>
  return
}

// -----

func.func @renorm_dim(%arg0: !torch.vtensor<[2,3],complex<f32>>) {
  %int2 = torch.constant.int 2
  %float = torch.constant.float 1.000000e+00
  // expected-error @+1 {{'torch.aten.renorm' op Dimension out of range (expected to be in range of [-2, 1], but got 2}}
  %0 = torch.aten.renorm %arg0, %int2, %int2, %float : !torch.vtensor<[2,3],complex<f32>>, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[2,3],complex<f32>>
  return
}

// -----

func.func @renorm_negative_dim(%arg0: !torch.vtensor<[2,3,4],f16>) {
  %int2 = torch.constant.int 2
  %int-4 = torch.constant.int -4
  // expected-error @+1 {{'torch.aten.renorm' op Dimension out of range (expected to be in range of [-3, 2], but got -4}}
  %0 = torch.aten.renorm %arg0, %int2, %int-4, %int2 : !torch.vtensor<[2,3,4],f16>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3,4],f16>
  return
}

// -----

// Checks stop at the first operand that is not a constant.
func.func @renorm_valid(%arg0: !torch.vtensor<[2,3],f32>, %p: !torch.float, %m: !torch.number, %d: !torch.int) {
  %int2 = torch.constant.int 2
  %int5 = torch.constant.int 5
  %int-2 = torch.constant.int -2
  %float = torch.constant.float 1.000000e+00
  %0 = torch.aten.renorm %arg0, %int2, %int-2, %float : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.renorm %arg0, %p, %int5, %float : !torch.vtensor<[2,3],f32>, !torch.float, !torch.int, !torch.float -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.renorm %arg0, %int2, %int5, %m : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.number -> !torch.vtensor<[2,3],f32>
  %3 = torch.aten.renorm %arg0, %float, %d, %int2 : !torch.vtensor<[2,3],f32>, !torch.float, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----
// permute(self, dims)

func.func @permute_rank(%arg0: !torch.vtensor<[1,2,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int0, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.permute' op expected input and output tensors to have same rank, but 3 != 2.}}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[1,2],f32>
  return
}

// -----

func.func @permute_length(%arg0: !torch.vtensor<[1,2,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.permute' op expected permutation to have size equal result tensor rank. The permutation has 2 elements, the output has rank 3.}}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[1,2,3],f32>
  return
}

// -----

func.func @permute_index(%arg0: !torch.vtensor<[1,2,3],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0 = torch.prim.ListConstruct %int0, %int1, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{observed invalid index in permutation (3) for input tensor of rank 3.}}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[1,2,3],f32>
  return
}

// -----

func.func @permute_negative_index(%arg0: !torch.vtensor<[1,2],f32>) {
  %int-3 = torch.constant.int -3
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int-3, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{observed invalid index in permutation (-3) for input tensor of rank 2.}}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[1,2],f32>
  return
}

// -----

func.func @permute_duplicate(%arg0: !torch.vtensor<[?,?,3],f32>, %arg1: !torch.int) {
  %int-1 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int-1, %arg1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.permute' op has a duplicate dimension (2) in its permutation %2 = "torch.prim.ListConstruct"(%0, %arg1, %1) : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>.}}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[?,?,3],f32>, !torch.list<int> -> !torch.vtensor<[3,?,?],f32>
  return
}

// -----

func.func @permute_sizes(%arg0: !torch.vtensor<[1,2,3],f32>) {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int0, %int1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.permute' op has a permutation which is not compatible with the input and output shapes. The input shape in dimension 0 is 1, and the output shape in dimension 1 is 2 : they should be the same with this permutation. }}
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[3,2,1],f32>
  return
}

// -----

func.func @permute_valid(%arg0: !torch.vtensor<[1,2,3],f32>, %arg1: !torch.int, %arg2: !torch.list<int>) {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int-2 = torch.constant.int -2
  %0 = torch.prim.ListConstruct %int2, %int0, %int-2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[3,1,2],f32>
  %2 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[?,1,?],f32>
  %3 = torch.prim.ListConstruct %arg1, %arg1, %arg1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %4 = torch.aten.permute %arg0, %3 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[5,6,7],f32>
  %5 = torch.aten.permute %arg0, %arg2 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<[1,2],f32>
  %6 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,2,3],f32>, !torch.list<int> -> !torch.vtensor<*,f32>
  return
}

// -----
// linalg_cross(self, other, dim)

func.func @linalg_cross_dtype(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2,3],f64>) {
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.linalg_cross' op input tensors must have the same dtype, but got 'f32' and 'f64'}}
  %0 = torch.aten.linalg_cross %arg0, %arg1, %int1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f64>, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @linalg_cross_bool(%arg0: !torch.vtensor<[2,3],i1>) {
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.linalg_cross' op input tensors must not have bool dtype}}
  %0 = torch.aten.linalg_cross %arg0, %arg0, %int1 : !torch.vtensor<[2,3],i1>, !torch.vtensor<[2,3],i1>, !torch.int -> !torch.vtensor<[2,3],i1>
  return
}

// -----

func.func @linalg_cross_rank(%arg0: !torch.vtensor<[2,3],si64>, %arg1: !torch.vtensor<[3],si64>, %arg2: !torch.int) {
  // expected-error @+1 {{'torch.aten.linalg_cross' op input tensors must have the same number of dimensions, but got 2 and 1}}
  %0 = torch.aten.linalg_cross %arg0, %arg1, %arg2 : !torch.vtensor<[2,3],si64>, !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[2,3],si64>
  return
}

// -----

func.func @linalg_cross_dim(%arg0: !torch.vtensor<[2,3],f32>) {
  %int-3 = torch.constant.int -3
  // expected-error @+1 {{'torch.aten.linalg_cross' op dim expected to be in rank of [-2, 1], but got -3}}
  %0 = torch.aten.linalg_cross %arg0, %arg0, %int-3 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @linalg_cross_length(%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[3,?],f32>) {
  %int-1 = torch.constant.int -1
  // expected-error @+1 {{'torch.aten.linalg_cross' op inputs dimension 1 must have length 3, but got 4 and -1}}
  %0 = torch.aten.linalg_cross %arg0, %arg1, %int-1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,?],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
  return
}

// -----

func.func @linalg_cross_broadcast(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[4,3],f32>) {
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.linalg_cross' op the size of first tensor (2) must match the size of second tensor (4) at dimension 0 or one of them must be 1}}
  %0 = torch.aten.linalg_cross %arg0, %arg1, %int1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,3],f32>, !torch.int -> !torch.vtensor<[4,3],f32>
  return
}

// -----

func.func @linalg_cross_valid(%arg0: !torch.vtensor<[1,3,?],f32>, %arg1: !torch.vtensor<[5,3,1],f32>, %arg2: !torch.vtensor<[2,4],f32>, %arg3: !torch.int) {
  %int1 = torch.constant.int 1
  %0 = torch.aten.linalg_cross %arg0, %arg1, %int1 : !torch.vtensor<[1,3,?],f32>, !torch.vtensor<[5,3,1],f32>, !torch.int -> !torch.vtensor<[5,3,?],f32>
  %1 = torch.aten.linalg_cross %arg2, %arg2, %arg3 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
  return
}

// -----
// kthvalue(self, k, dim, keepdim)

func.func @kthvalue_bool(%arg0: !torch.vtensor<[2,3],i1>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  // expected-error @+1 {{'torch.aten.kthvalue' op input tensors must not have bool dtype}}
  %0:2 = torch.aten.kthvalue %arg0, %int1, %int1, %false : !torch.vtensor<[2,3],i1>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[2],i1>, !torch.vtensor<[2],si64>
  return
}

// -----

// The message shows the dim after adding the rank.
func.func @kthvalue_dim(%arg0: !torch.vtensor<[2,3],f32>) {
  %int1 = torch.constant.int 1
  %int-4 = torch.constant.int -4
  %false = torch.constant.bool false
  // expected-error @+1 {{'torch.aten.kthvalue' op dim expected to be in range of [-2, 1], but got -2}}
  %0:2 = torch.aten.kthvalue %arg0, %int1, %int-4, %false : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  return
}

// -----

func.func @kthvalue_k(%arg0: !torch.vtensor<[2,3],f32>) {
  %int4 = torch.constant.int 4
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  // expected-error @+1 {{'torch.aten.kthvalue' op k expected to be in range of [1, 3], but got 4}}
  %0:2 = torch.aten.kthvalue %arg0, %int4, %int-1, %false : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  return
}

// -----

func.func @kthvalue_k_zero(%arg0: !torch.vtensor<[2,3],si32>) {
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  // expected-error @+1 {{'torch.aten.kthvalue' op k expected to be in range of [1, 2], but got 0}}
  %0:2 = torch.aten.kthvalue %arg0, %int0, %int0, %false : !torch.vtensor<[2,3],si32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[3],si32>, !torch.vtensor<[3],si64>
  return
}

// -----

func.func @kthvalue_valid(%arg0: !torch.vtensor<[2,?],f32>, %arg1: !torch.int) {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %int9 = torch.constant.int 9
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %0:2 = torch.aten.kthvalue %arg0, %int2, %int0, %true : !torch.vtensor<[2,?],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[1,?],f32>, !torch.vtensor<[1,?],si64>
  %1:2 = torch.aten.kthvalue %arg0, %int9, %int1, %true : !torch.vtensor<[2,?],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[2,1],f32>, !torch.vtensor<[2,1],si64>
  %2:2 = torch.aten.kthvalue %arg0, %arg1, %int1, %true : !torch.vtensor<[2,?],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[2,1],f32>, !torch.vtensor<[2,1],si64>
  %3:2 = torch.aten.kthvalue %arg0, %int9, %arg1, %true : !torch.vtensor<[2,?],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor, !torch.vtensor
  return
}

// -----

// An unknown size is compared as -1.
func.func @linalg_cross_unknown_size(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[2,3],f32>) {
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.linalg_cross' op the size of first tensor (-1) must match the size of second tensor (2) at dimension 0 or one of them must be 1}}
  %0 = torch.aten.linalg_cross %arg0, %arg1, %int1 : !torch.vtensor<[?,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return
}

// -----
// triu_indices and tril_indices(row, col, offset, dtype, layout, device, pin_memory)

func.func @triu_indices_row() {
  %int-1 = torch.constant.int -1
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.triu_indices' op row must be non-negative, got -1}}
  %0 = torch.aten.triu_indices %int-1, %int3, %int0, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

func.func @triu_indices_col() {
  %int-2 = torch.constant.int -2
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.triu_indices' op col must be non-negative, got -2}}
  %0 = torch.aten.triu_indices %int3, %int-2, %int0, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

func.func @triu_indices_dtype() {
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %int6 = torch.constant.int 6
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.triu_indices' op 'triu_indices' implemented only for torch.int32 and torch.int64}}
  %0 = torch.aten.triu_indices %int3, %int3, %int0, %int6, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

func.func @tril_indices_row() {
  %int-1 = torch.constant.int -1
  %int0 = torch.constant.int 0
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.tril_indices' op row must be non-negative, got -1}}
  %0 = torch.aten.tril_indices %int-1, %int0, %int0, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

func.func @tril_indices_col() {
  %int-5 = torch.constant.int -5
  %int0 = torch.constant.int 0
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.tril_indices' op col must be non-negative, got -5}}
  %0 = torch.aten.tril_indices %int0, %int-5, %int0, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

// tril_indices reports its dtype as triu_indices' does.
func.func @tril_indices_dtype() {
  %int4 = torch.constant.int 4
  %int-1 = torch.constant.int -1
  %int11 = torch.constant.int 11
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.tril_indices' op 'triu_indices' implemented only for torch.int32 and torch.int64}}
  %0 = torch.aten.tril_indices %int4, %int4, %int-1, %int11, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----

// Nothing is checked unless row, col and offset are all constants.
func.func @triangle_indices_valid(%arg0: !torch.int) {
  %int-1 = torch.constant.int -1
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %int6 = torch.constant.int 6
  %none = torch.constant.none
  %0 = torch.aten.triu_indices %int4, %int3, %int-1, %int3, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,9],si32>
  %1 = torch.aten.tril_indices %int4, %int3, %int-1, %int4, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,?],si64>
  %2 = torch.aten.triu_indices %int-1, %int-1, %arg0, %int6, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  %3 = torch.aten.tril_indices %int4, %int4, %int4, %arg0, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return
}

// -----
// rot90(self, k, dims)

func.func @rot90_dims_count(%arg0: !torch.vtensor<[2,3,4],f32>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int0, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.rot90' op expected total rotation dims == 2, but got dims = 3}}
  %1 = torch.aten.rot90 %arg0, %int1, %0 : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return
}

// -----

func.func @rot90_rank(%arg0: !torch.vtensor<[?],f32>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.rot90' op expected total dims >= 2, but got total dims = 1}}
  %1 = torch.aten.rot90 %arg0, %int1, %0 : !torch.vtensor<[?],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[?],f32>
  return
}

// -----

// The dims are compared as values: the message prints the op that makes them.
func.func @rot90_same_dims(%arg0: !torch.vtensor<[2,3],f32>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.rot90' op expected rotation dims to be different, but got dim0 = %1 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int and dim1 = %1 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int}}
  %1 = torch.aten.rot90 %arg0, %int1, %0 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @rot90_same_dim_argument(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int) {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg1, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.rot90' op expected rotation dims to be different, but got dim0 = <block argument> of type '!torch.int' at index: 1 and dim1 = <block argument> of type '!torch.int' at index: 1}}
  %1 = torch.aten.rot90 %arg0, %int1, %0 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  return
}

// -----

func.func @rot90_valid(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[5],f32>, %arg2: !torch.list<int>) {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %int0_0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int0, %int0_0 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.rot90 %arg0, %int1, %0 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.rot90 %arg1, %int1, %arg2 : !torch.vtensor<[5],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[5],f32>
  return
}

// -----
// count_nonzero(self, dim) and count_nonzero.dim_IntList(self, dim)

func.func @count_nonzero_dim_type(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.optional<int>) {
  // expected-error @+1 {{'torch.aten.count_nonzero' op parameter dim must be none or int type}}
  %0 = torch.aten.count_nonzero %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.optional<int> -> !torch.vtensor<[],si64>
  return
}

// -----

func.func @count_nonzero_dim(%arg0: !torch.vtensor<[2,3],f32>) {
  %int2 = torch.constant.int 2
  // expected-error @+1 {{'torch.aten.count_nonzero' op expected dim to be in [ -2, 1 ], but got dim = 2}}
  %0 = torch.aten.count_nonzero %arg0, %int2 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2],si64>
  return
}

// -----

func.func @count_nonzero_valid(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.optional<int>, %arg2: !torch.vtensor<[2,3],unk>) {
  %int-2 = torch.constant.int -2
  %none = torch.constant.none
  %0 = torch.aten.count_nonzero %arg0, %int-2 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[3],si64>
  %1 = torch.aten.count_nonzero %arg0, %none : !torch.vtensor<[2,3],f32>, !torch.none -> !torch.vtensor<[],si64>
  %2 = torch.aten.count_nonzero %arg2, %arg1 : !torch.vtensor<[2,3],unk>, !torch.optional<int> -> !torch.vtensor
  return
}

// -----

func.func @count_nonzero_dims_list(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>) {
  // expected-error @+1 {{'torch.aten.count_nonzero.dim_IntList' op expected dim to be constructed from list construct}}
  %0 = torch.aten.count_nonzero.dim_IntList %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor
  return
}

// -----

func.func @count_nonzero_dims_constant(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.int) {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.count_nonzero.dim_IntList' op expected dim to be constructed from list construct}}
  %1 = torch.aten.count_nonzero.dim_IntList %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor
  return
}

// -----

func.func @count_nonzero_dims(%arg0: !torch.vtensor<[2,3],f32>) {
  %int1 = torch.constant.int 1
  %int-3 = torch.constant.int -3
  %0 = torch.prim.ListConstruct %int1, %int-3 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.count_nonzero.dim_IntList' op expected to be in [ -2 , 1 ], but got dim = -3}}
  %1 = torch.aten.count_nonzero.dim_IntList %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor
  return
}

// -----

func.func @count_nonzero_dims_valid(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.list<int>, %arg2: !torch.vtensor<*,f32>) {
  %int1 = torch.constant.int 1
  %int-2 = torch.constant.int -2
  %0 = torch.prim.ListConstruct %int1, %int-2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.count_nonzero.dim_IntList %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[],si64>
  %2 = torch.aten.count_nonzero.dim_IntList %arg2, %arg1 : !torch.vtensor<*,f32>, !torch.list<int> -> !torch.vtensor
  %3 = torch.prim.ListConstruct : () -> !torch.list<int>
  %4 = torch.aten.count_nonzero.dim_IntList %arg0, %3 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[],si64>
  return
}

// -----
// _scaled_mm(self, mat2, scale_a, scale_b, bias, scale_result, out_dtype,
// use_fast_accum)

func.func @scaled_mm_self_dtype(%self: !torch.vtensor<[128,128],f32>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected self to have an FP8 or FP4 dtype, but got 'f32'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f32>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_mat2_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],bf16>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected mat2 to have an FP8 or FP4 dtype, but got 'bf16'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],bf16>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_rank(%self: !torch.vtensor<[128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected self and mat2 to be rank 2, but got ranks 1 and 2}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_k_mismatch(%self: !torch.vtensor<[128,64],f8E4M3FN>, %mat2: !torch.vtensor<[32,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected self and mat2 contracting dimensions to match, but got 64 and 32}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,64],f8E4M3FN>, !torch.vtensor<[32,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_self_k(%self: !torch.vtensor<[128,40],f8E4M3FN>, %mat2: !torch.vtensor<[?,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected self contracting dimension to be divisible by 16, but got 40}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,40],f8E4M3FN>, !torch.vtensor<[?,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_mat2_k(%self: !torch.vtensor<[128,?],f8E4M3FN>, %mat2: !torch.vtensor<[40,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected mat2 contracting dimension to be divisible by 16, but got 40}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,?],f8E4M3FN>, !torch.vtensor<[40,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_n(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,127],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected mat2 non-contracting dimension to be divisible by 16, but got 127}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,127],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,127],bf16>
  return
}

// -----

func.func @scaled_mm_bias_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %bias: !torch.vtensor<[64],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected bias to have 128 elements, but got 64}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[64],bf16>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_bias_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %bias: !torch.vtensor<[128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected bias to have bf16 or f16 dtype, but got 'f32'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[128],f32>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_bias_f32_result(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %bias: !torch.vtensor<[128],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected bias to be absent for f32 result dtype}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[128],bf16>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],f32>
  return
}

// -----

func.func @scaled_mm_bias_bf16_result(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %bias: !torch.vtensor<[128],f16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected bias to have bf16 dtype for bf16 result dtype, but got 'f16'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[128],f16>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_bias_f16_result(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %bias: !torch.vtensor<[128],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected bias to have f16 dtype for f16 result dtype, but got 'bf16'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[128],bf16>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],f16>
  return
}

// -----

func.func @scaled_mm_scale_result_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %sr: !torch.vtensor<[],f16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected scale_result to have f32 dtype, but got 'f16'}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %sr, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.vtensor<[],f16>, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_scale_result_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[],f32>, %sr: !torch.vtensor<[2],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected scale_result to have 1 element, but got 2}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %sr, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[],f32>, !torch.none, !torch.vtensor<[2],f32>, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_tensorwise_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[1,128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected scale_a and scale_b to both be scalar for tensorwise scaling}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[1,128],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_tensorwise_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],bf16>, %sb: !torch.vtensor<[1],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected tensorwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],bf16>, !torch.vtensor<[1],bf16>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_blockwise_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[256],f8E8M0FNU>, %sb: !torch.vtensor<[256],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op invalid blockwise scaling configuration: expected scale_a to have 512 elements and scale_b to have 512 elements, but got 256 and 256}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[256],f8E8M0FNU>, !torch.vtensor<[256],f8E8M0FNU>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_nv_blockwise_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[512],f8E4M3FN>, %sb: !torch.vtensor<[512],f8E4M3FN>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op invalid blockwise scaling configuration: expected scale_a to have 2048 elements and scale_b to have 2048 elements, but got 512 and 512}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[512],f8E4M3FN>, !torch.vtensor<[512],f8E4M3FN>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_fp4_blockwise_numel(%self: !torch.vtensor<[128,128],f4E2M1FN>, %mat2: !torch.vtensor<[128,128],f4E2M1FN>, %sa: !torch.vtensor<[512],f8E8M0FNU>, %sb: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op invalid blockwise scaling configuration: expected scale_a to have 1024 elements and scale_b to have 1024 elements, but got 512 and 512}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f4E2M1FN>, !torch.vtensor<[128,128],f4E2M1FN>, !torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_mixed_scale_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[128,1],f8E8M0FNU>, %sb: !torch.vtensor<[1,128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected non-tensorwise, non-blockwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,1],f8E8M0FNU>, !torch.vtensor<[1,128],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_scale_rank(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[128],f32>, %sb: !torch.vtensor<[128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op expected non-tensorwise scale_a and scale_b to be rank 2, but got ranks 1 and 1}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128],f32>, !torch.vtensor<[128],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_scale_config(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[128,2],f32>, %sb: !torch.vtensor<[1,128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  // expected-error @+1 {{'torch.aten._scaled_mm' op invalid scaling configuration for scale_a and scale_b}}
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,2],f32>, !torch.vtensor<[1,128],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_valid_tensorwise(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[],f32>, %sb: !torch.vtensor<[1],f32>, %bias: !torch.vtensor<[128],bf16>, %sr: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %sr, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[],f32>, !torch.vtensor<[1],f32>, !torch.vtensor<[128],bf16>, !torch.vtensor<[],f32>, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_valid_rowwise(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[128,1],f32>, %sb: !torch.vtensor<[1,128],f32>, %bias: !torch.vtensor<[128],f16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,1],f32>, !torch.vtensor<[1,128],f32>, !torch.vtensor<[128],f16>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],f16>
  return
}

// -----

func.func @scaled_mm_valid_blockwise_f32(%self: !torch.vtensor<[256,256],f8E4M3FN>, %mat2: !torch.vtensor<[256,256],f8E4M3FN>, %sa: !torch.vtensor<[2,2],f32>, %sb: !torch.vtensor<[2,256],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[256,256],f8E4M3FN>, !torch.vtensor<[256,256],f8E4M3FN>, !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,256],f32>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_valid_mx(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %sa: !torch.vtensor<[512],f8E8M0FNU>, %sb: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %none, %none, %int15, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>, !torch.none, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_valid_unknown(%self: !torch.vtensor, %mat2: !torch.vtensor<[?,128],f8E4M3FN>, %sa: !torch.vtensor, %sb: !torch.vtensor<[7],f16>, %bias: !torch.vtensor) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm %self, %mat2, %sa, %sb, %bias, %none, %int15, %false : !torch.vtensor, !torch.vtensor<[?,128],f8E4M3FN>, !torch.vtensor, !torch.vtensor<[7],f16>, !torch.vtensor, !torch.none, !torch.int, !torch.bool -> !torch.vtensor
  return
}

// -----
// _scaled_mm_v2(self, mat2, scale_a, recipe_a, swizzle_a, scale_b, recipe_b,
// swizzle_b, bias, out_dtype, contraction_dim, use_fast_accum); recipes 0-5 are
// PyTorch's ScalingType (tensorwise, rowwise, 1x16, 1x32, 1x128, 128x128).

func.func @scaled_mm_v2_self_dtype(%self: !torch.vtensor<[128,64],f32>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected self to have an FP8 or FP4 dtype, but got 'f32'}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f32>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_mat2_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],bf16>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected mat2 to have an FP8 or FP4 dtype, but got 'bf16'}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],bf16>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_scale_a(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct : () -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_scale_b(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct : () -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_dynamic_recipe_a(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %recipe_a_elt: !torch.int, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_a = torch.prim.ListConstruct %recipe_a_elt : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected recipe_a to be a statically constructed int list}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_dynamic_recipe_b(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %recipe_b_elt: !torch.int) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %recipe_b_elt : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected recipe_b to be a statically constructed int list}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_recipe_a(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_a = torch.prim.ListConstruct : () -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_recipe_b(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct : () -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_dynamic_swizzle_a(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %swizzle_a_elt: !torch.int, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_a = torch.prim.ListConstruct %swizzle_a_elt : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected swizzle_a to be a statically constructed int list}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_dynamic_swizzle_b(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %swizzle_b_elt: !torch.int) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %swizzle_b_elt : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected swizzle_b to be a statically constructed int list}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_swizzle_a(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_a = torch.prim.ListConstruct : () -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected swizzle_a and swizzle_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_empty_swizzle_b(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct : () -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected swizzle_a and swizzle_b lists to be non-empty}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_long_recipe(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3, %int3, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to have at most two elements}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_long_scale(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b1: !torch.vtensor<[512],f8E8M0FNU>, %scale_b2: !torch.vtensor<[512],f8E8M0FNU>, %recipe_b: !torch.list<int>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0, %scale_b1, %scale_b2 : (!torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a, recipe_a, scale_b and recipe_b lists to have at most two elements}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_scale_a_length(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_a1: !torch.vtensor<[],f32>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0, %scale_a1 : (!torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a and recipe_a lists to have the same length}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_scale_b_length(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int0 = torch.constant.int 0
  %recipe_b = torch.prim.ListConstruct %int3, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_b and recipe_b lists to have the same length}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_mixed_recipes(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid scaling configuration for recipe_a and recipe_b}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_unknown_recipe(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int7 = torch.constant.int 7
  %recipe_a = torch.prim.ListConstruct %int7 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int7 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid scaling configuration for recipe_a and recipe_b}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_two_level_recipe(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_a1: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b1: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0, %scale_a1 : (!torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int3, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0, %scale_b1 : (!torch.vtensor<[512],f8E8M0FNU>, !torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid scaling configuration for recipe_a and recipe_b}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_tensorwise_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[],bf16>, %scale_b0: !torch.vtensor<[],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[],bf16>) -> !torch.list<vtensor>
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[],bf16>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected tensorwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_tensorwise_numel(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[2],f32>, %scale_b0: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[2],f32>) -> !torch.list<vtensor>
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected scale_a and scale_b to both be scalar for tensorwise scaling}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_rowwise_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[128,1],bf16>, %scale_b0: !torch.vtensor<[1,128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],bf16>) -> !torch.list<vtensor>
  %int1 = torch.constant.int 1
  %recipe_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[1,128],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected rowwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_nv_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int2 = torch.constant.int 2
  %recipe_a = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected NV blockwise scale_a and scale_b to have f8E4M3FN dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_two_level_dtype(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[1024],f8E4M3FN>, %scale_a1: !torch.vtensor<[],bf16>, %scale_b0: !torch.vtensor<[1024],f8E4M3FN>, %scale_b1: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0, %scale_a1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[],bf16>) -> !torch.list<vtensor>
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0, %scale_b1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected two-level NV tensorwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_two_level_numel(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[1024],f8E4M3FN>, %scale_a1: !torch.vtensor<[2],f32>, %scale_b0: !torch.vtensor<[1024],f8E4M3FN>, %scale_b1: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0, %scale_a1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[2],f32>) -> !torch.list<vtensor>
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0, %scale_b1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected two-level NV tensorwise scale_a and scale_b to both be scalar}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_f32_blockwise_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[128,1],bf16>, %scale_b0: !torch.vtensor<[128,1],bf16>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],bf16>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[128,1],bf16>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected f32 blockwise scale_a and scale_b to have f32 dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_f32_blockwise_rank(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[128],f32>, %scale_b0: !torch.vtensor<[128,1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int5 = torch.constant.int 5
  %recipe_b = torch.prim.ListConstruct %int5 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected f32 blockwise scale_a and scale_b to be rank 2, but got ranks 1 and 2}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_mx_dtype(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f32>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f32>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected MX blockwise scale_a and scale_b to have f8E8M0FNU dtype}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_swizzle(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int0 = torch.constant.int 0
  %swizzle_b = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected blockwise swizzle_a and swizzle_b to be SWIZZLE_32_4_4}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_dynamic_contraction_dim(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %contraction_dim_elt: !torch.int) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct %contraction_dim_elt : (!torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected contraction_dim to be a statically constructed int list}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_contraction_dim_length(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op contraction_dim must have exactly 2 elements}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_rank(%self: !torch.vtensor<[1,128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected self and mat2 to be rank 2, but got ranks 3 and 2}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[1,128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_contraction_dim_values(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %int2 = torch.constant.int 2
  %int_3 = torch.constant.int -3
  %contraction_dim = torch.prim.ListConstruct %int2, %int_3 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected contraction_dim values to be valid rank-2 dimensions, but got 2 and -3}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_contraction_dim_sizes(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %int0 = torch.constant.int 0
  %contraction_dim = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected self and mat2 contraction_dim-selected dimensions to match, but got 128 and 64}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_contracting_sizes(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[80,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected self and mat2 contracting dimensions to match, but got 128 and 160}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[80,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_self_k(%self: !torch.vtensor<[128,40],f8E4M3FN>, %mat2: !torch.vtensor<[40,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected self contracting dimension to be divisible by 16, but got 40}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,40],f8E4M3FN>, !torch.vtensor<[40,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_mat2_k(%self: !torch.vtensor<[128,64],f8E4M3FN>, %mat2: !torch.vtensor<[40,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>, %contraction_dim: !torch.list<int>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected mat2 contracting dimension to be divisible by 16, but got 40}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f8E4M3FN>, !torch.vtensor<[40,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_n(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,120],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected mat2 non-contracting dimension to be divisible by 16, but got 120}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,120],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,120],bf16>
  return
}

// -----

func.func @scaled_mm_v2_rowwise_numel(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[128,1],f32>, %scale_b0: !torch.vtensor<[1,64],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int1 = torch.constant.int 1
  %recipe_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[1,64],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid rowwise scaling configuration: expected scale_a to have 128 elements and scale_b to have 128 elements, but got 128 and 64}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_nv_numel(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E4M3FN>, %scale_b0: !torch.vtensor<[512],f8E4M3FN>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E4M3FN>) -> !torch.list<vtensor>
  %int2 = torch.constant.int 2
  %recipe_a = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E4M3FN>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid NV blockwise scaling configuration: expected scale_a to have 1024 elements and scale_b to have 1024 elements, but got 512 and 512}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_f32_blockwise_k(%self: !torch.vtensor<[128,64],f8E4M3FN>, %mat2: !torch.vtensor<[64,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[128,1],f32>, %scale_b0: !torch.vtensor<[128,1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op expected contracting dimension to be divisible by 128 for 1x128/128x128 blockwise scaling}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f8E4M3FN>, !torch.vtensor<[64,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_1x128_1x128(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[128,1],f32>, %scale_b0: !torch.vtensor<[1,128],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[1,128],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid 1x128 x 1x128 blockwise scaling configuration: expected scale_a shape [128, 1] and scale_b shape [128, 1]}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_1x128_128x128(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[128,1],f32>, %scale_b0: !torch.vtensor<[1,1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[1,1],f32>) -> !torch.list<vtensor>
  %int5 = torch.constant.int 5
  %recipe_b = torch.prim.ListConstruct %int5 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid 1x128 x 128x128 blockwise scaling configuration: expected scale_a shape [128, 1] and scale_b shape [4, 1]}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_128x128_1x128(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[1,1],f32>, %scale_b0: !torch.vtensor<[128,1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[1,1],f32>) -> !torch.list<vtensor>
  %int5 = torch.constant.int 5
  %recipe_a = torch.prim.ListConstruct %int5 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_b = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid 128x128 x 1x128 blockwise scaling configuration: expected scale_a shape [4, 1] and scale_b shape [128, 1]}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_mx_numel(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[256],f8E8M0FNU>, %scale_b0: !torch.vtensor<[256],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[256],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[256],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  // expected-error @+1 {{'torch.aten._scaled_mm_v2' op invalid blockwise scaling configuration: expected scale_a to have 512 elements and scale_b to have 512 elements, but got 256 and 256}}
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_valid_mx(%self: !torch.vtensor<[128,64],f4E2M1FN>, %mat2: !torch.vtensor<[64,128],f4E2M1FN>, %scale_a0: !torch.vtensor<[512],f8E8M0FNU>, %scale_b0: !torch.vtensor<[512],f8E8M0FNU>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %int3 = torch.constant.int 3
  %recipe_a = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[512],f8E8M0FNU>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,64],f4E2M1FN>, !torch.vtensor<[64,128],f4E2M1FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_valid_tensorwise(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[],f32>, %scale_b0: !torch.vtensor<[1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %swizzle_a = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[1],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %int_1 = torch.constant.int -1
  %contraction_dim = torch.prim.ListConstruct %int_1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_valid_two_level_nv(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[1024],f8E4M3FN>, %scale_a1: !torch.vtensor<[],f32>, %scale_b0: !torch.vtensor<[1024],f8E4M3FN>, %scale_b1: !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0, %scale_a1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %recipe_a = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0, %scale_b1 : (!torch.vtensor<[1024],f8E4M3FN>, !torch.vtensor<[],f32>) -> !torch.list<vtensor>
  %recipe_b = torch.prim.ListConstruct %int2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_valid_1x128_128x128(%self: !torch.vtensor<[128,128],f8E4M3FN>, %mat2: !torch.vtensor<[128,128],f8E4M3FN>, %scale_a0: !torch.vtensor<[128,1],f32>, %scale_b0: !torch.vtensor<[4,1],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %scale_a = torch.prim.ListConstruct %scale_a0 : (!torch.vtensor<[128,1],f32>) -> !torch.list<vtensor>
  %int4 = torch.constant.int 4
  %recipe_a = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %swizzle_a = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %scale_b = torch.prim.ListConstruct %scale_b0 : (!torch.vtensor<[4,1],f32>) -> !torch.list<vtensor>
  %int5 = torch.constant.int 5
  %recipe_b = torch.prim.ListConstruct %int5 : (!torch.int) -> !torch.list<int>
  %swizzle_b = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %contraction_dim = torch.prim.ListConstruct : () -> !torch.list<int>
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor<[128,128],f8E4M3FN>, !torch.vtensor<[128,128],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}

// -----

func.func @scaled_mm_v2_valid_dynamic(%self: !torch.vtensor, %mat2: !torch.vtensor<[?,?],f8E4M3FN>, %scale_a: !torch.list<vtensor>, %recipe_a: !torch.list<int>, %swizzle_a: !torch.list<int>, %scale_b: !torch.list<vtensor>, %recipe_b: !torch.list<int>, %swizzle_b: !torch.list<int>, %contraction_dim: !torch.list<int>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int15 = torch.constant.int 15
  %0 = torch.aten._scaled_mm_v2 %self, %mat2, %scale_a, %recipe_a, %swizzle_a, %scale_b, %recipe_b, %swizzle_b, %none, %int15, %contraction_dim, %false : !torch.vtensor, !torch.vtensor<[?,?],f8E4M3FN>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.list<vtensor>, !torch.list<int>, !torch.list<int>, !torch.none, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[128,128],bf16>
  return
}
