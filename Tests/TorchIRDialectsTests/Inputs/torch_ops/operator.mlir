// torch.operator as the ONNX importer writes it, with attributes and regions.
func.func @onnx_conv(%arg0: !torch.vtensor<[1,3,8,8],f32>, %arg1: !torch.vtensor<[4,3,3,3],f32>, %arg2: !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,6,6],f32> attributes {torch.onnx_meta.ir_version = 8 : si64, torch.onnx_meta.opset_version = 17 : si64, torch.onnx_meta.producer_name = "pytorch", torch.onnx_meta.producer_version = "2.1.0"} {
  %0 = torch.operator "onnx.Conv"(%arg0, %arg1, %arg2) {torch.onnx.dilations = [1 : si64, 1 : si64], torch.onnx.group = 1 : si64, torch.onnx.kernel_shape = [3 : si64, 3 : si64], torch.onnx.pads = [0 : si64, 0 : si64, 0 : si64, 0 : si64], torch.onnx.strides = [1 : si64, 1 : si64]} : (!torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,6,6],f32>
  %none = torch.constant.none
  %1 = torch.operator "onnx.Relu"(%0) : (!torch.vtensor<[1,4,6,6],f32>) -> !torch.vtensor<[1,4,6,6],f32>
  %2:2 = torch.operator "onnx.Split"(%1) {torch.onnx.axis = 1 : si64} : (!torch.vtensor<[1,4,6,6],f32>) -> (!torch.vtensor<[1,2,6,6],f32>, !torch.vtensor<[1,2,6,6],f32>)
  %3 = torch.operator "onnx.Constant"() {torch.onnx.value = dense<1.0> : tensor<2xf32>} : () -> !torch.vtensor<[2],f32>
  torch.operator "onnx.Nothing"(%none) : (!torch.none) -> ()
  return %1 : !torch.vtensor<[1,4,6,6],f32>
}

func.func @onnx_if(%arg0: !torch.vtensor<[1],i1>, %arg1: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.operator "onnx.If"(%arg0) : (!torch.vtensor<[1],i1>) -> !torch.vtensor<[2],f32> {
    %1 = torch.operator "onnx.Neg"(%arg1) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
    torch.operator_terminator %1 : !torch.vtensor<[2],f32>
  }, {
    torch.operator_terminator %arg1 : !torch.vtensor<[2],f32>
  }
  return %0 : !torch.vtensor<[2],f32>
}

func.func @onnx_loop(%arg0: !torch.vtensor<[],si64>, %arg1: !torch.vtensor<[],i1>, %arg2: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.operator "onnx.Loop"(%arg0, %arg1, %arg2) : (!torch.vtensor<[],si64>, !torch.vtensor<[],i1>, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  ^bb0(%iter: !torch.vtensor<[],si64>, %cond: !torch.vtensor<[],i1>, %acc: !torch.vtensor<[2],f32>):
    torch.operator_terminator %cond, %acc : !torch.vtensor<[],i1>, !torch.vtensor<[2],f32>
  }
  return %0 : !torch.vtensor<[2],f32>
}

func.func @torch_operator(%arg0: !torch.tensor, %arg1: !torch.tensor) -> !torch.tensor {
  %0 = torch.operator "ns.unqual.overload"(%arg0, %arg1) : (!torch.tensor, !torch.tensor) -> !torch.tensor
  return %0 : !torch.tensor
}
