// RUN: --split-input-file --verify-diagnostics
// torch.hop_flex_attention's verifier.

func.func @flex(%arg0: !torch.vtensor<[2,4,8],f32>, %arg1: !torch.vtensor<[2,4,8,16],f32>, %arg2: !torch.vtensor<[2,4,8,16],f32>) {
  %float1.0 = torch.constant.float 1.000000e+00
  %false = torch.constant.bool false
  // expected-error @+1 {{expected 4D query tensor}}
  %output, %logsumexp, %maxscore = torch.hop_flex_attention %arg0, %arg1, %arg2, %float1.0, %false, %false : !torch.vtensor<[2,4,8],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.float, !torch.bool, !torch.bool -> !torch.vtensor<[2,4,8,16],f32>, !torch.none, !torch.none
  return
}

// -----

func.func @flex(%arg0: !torch.vtensor<[2,4,8,16],si32>, %arg1: !torch.vtensor<[2,4,8,16],f32>, %arg2: !torch.vtensor) {
  %float1.0 = torch.constant.float 1.000000e+00
  %false = torch.constant.bool false
  // expected-error @+1 {{expected input(s) types having sizes}}
  %output, %logsumexp, %maxscore = torch.hop_flex_attention %arg0, %arg1, %arg2, %float1.0, %false, %false : !torch.vtensor<[2,4,8,16],si32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor, !torch.float, !torch.bool, !torch.bool -> !torch.vtensor<[2,4,8,16],f32>, !torch.none, !torch.none
  return
}

// -----

func.func @flex(%arg0: !torch.vtensor<[2,4,8,16],si32>, %arg1: !torch.vtensor<[2,4,8,16],f32>, %arg2: !torch.vtensor<[2,4,8,16],f32>) {
  %float1.0 = torch.constant.float 1.000000e+00
  %false = torch.constant.bool false
  // expected-error @+1 {{expected float element type}}
  %output, %logsumexp, %maxscore = torch.hop_flex_attention %arg0, %arg1, %arg2, %float1.0, %false, %false : !torch.vtensor<[2,4,8,16],si32>, !torch.vtensor<[2,4,8,16],f32>, !torch.vtensor<[2,4,8,16],f32>, !torch.float, !torch.bool, !torch.bool -> !torch.vtensor<[2,4,8,16],f32>, !torch.none, !torch.none
  return
}
