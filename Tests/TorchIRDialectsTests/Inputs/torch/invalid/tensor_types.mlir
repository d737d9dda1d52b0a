// RUN: --verify-diagnostics --split-input-file
// Invalid !torch.tensor / !torch.vtensor types; messages and locations are
// torch-mlir-opt's.

// expected-error @+1 {{invalid dtype 'i32' for !torch.tensor type}}
func.func private @signless_int(!torch.vtensor<[2],i32>)

// -----

// expected-error @+1 {{invalid dtype 'f128' for !torch.tensor type}}
func.func private @f128(!torch.vtensor<[2],f128>)

// -----

// expected-error @+1 {{invalid dtype 'si1' for !torch.tensor type}}
func.func private @si1(!torch.tensor<*,si1>)

// -----

// expected-error @+1 {{invalid dtype 'ui1' for !torch.tensor type}}
func.func private @ui1(!torch.tensor<*,ui1>)

// -----

// expected-error @+1 {{invalid dtype 'si128' for !torch.tensor type}}
func.func private @si128(!torch.vtensor<[],si128>)

// -----

// expected-error @+1 {{invalid dtype 'index' for !torch.tensor type}}
func.func private @index(!torch.vtensor<[2],index>)

// -----

// expected-error @+1 {{invalid dtype 'tf32' for !torch.tensor type}}
func.func private @tf32(!torch.vtensor<[2],tf32>)

// -----

// expected-error @+1 {{invalid dtype 'f8E4M3' for !torch.tensor type}}
func.func private @f8E4M3(!torch.vtensor<[2],f8E4M3>)

// -----

// expected-error @+1 {{invalid dtype 'complex<i32>' for !torch.tensor type}}
func.func private @complex_i32(!torch.vtensor<[2],complex<i32>>)

// -----

// expected-error @+1 {{invalid dtype '!torch.int' for !torch.tensor type}}
func.func private @torch_int(!torch.vtensor<[2],!torch.int>)

// -----

// expected-error @+1 {{invalid dtype 'tensor<2xf32>' for !torch.tensor type}}
func.func private @tensor_dtype(!torch.vtensor<[2],tensor<2xf32>>)

// -----

// expected-error @+1 {{invalid dtype '!torch.vtensor<[2],f32>' for !torch.tensor type}}
func.func private @nested_tensor(!torch.vtensor<[2],!torch.vtensor<[2],f32>>)

// -----

// expected-error @+1 {{invalid size -2 for !torch.tensor type}}
func.func private @negative_size(!torch.vtensor<[-2],f32>)

// -----

// expected-error @+1 {{invalid size -9223372036854775808 for !torch.tensor type}}
func.func private @min_size(!torch.vtensor<[3,-9223372036854775808],f32>)

// -----

// expected-error @+1 {{integer value too large}}
func.func private @huge_size(!torch.vtensor<[99999999999999999999],f32>)

// -----

// expected-error @+1 {{expected '['}}
func.func private @empty(!torch.vtensor<>)

// -----

// expected-error @+1 {{expected '['}}
func.func private @builtin_shape(!torch.vtensor<2x3xf32>)

// -----

// expected-error @+1 {{expected ','}}
func.func private @no_dtype(!torch.vtensor<[2]>)

// -----

// expected-error @+1 {{expected ']'}}
func.func private @two_commas(!torch.vtensor<[,],f32>)

// -----

// expected-error @+1 {{expected ']'}}
func.func private @no_comma(!torch.vtensor<[2 3],f32>)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @missing_dtype(!torch.vtensor<[2],>)

// -----

// expected-error @+1 {{expected '>'}}
func.func private @two_dtypes(!torch.vtensor<[2],f32 f32>)

// -----

// expected-error @+1 {{invalid sparsity encoding attribute}}
func.func private @string_encoding(!torch.vtensor<[2],f32,"foo">)

// -----

// expected-error @+1 {{invalid sparsity encoding attribute}}
func.func private @unit_encoding(!torch.tensor<*,unk,unit>)
