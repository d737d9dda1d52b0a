module {
  func.func @g(%arg0: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,64],f16> attributes {torch.onnx_meta.ir_version = 14 : si64, torch.onnx_meta.opset_version = 17 : si64, torch.onnx_meta.producer_name = "torchir-test", torch.onnx_meta.producer_version = ""} {
    %0 = torch.operator "onnx.Constant"() {torch.onnx.value = dense_resource<W> : tensor<4x3x3x3xf32>} : () -> !torch.vtensor<[4,3,3,3],f32> 
    %1 = torch.operator "onnx.Constant"() {torch.onnx.value = dense_resource<B> : tensor<4xf32>} : () -> !torch.vtensor<[4],f32> 
    %2 = torch.operator "onnx.Constant"() {torch.onnx.value = dense_resource<shape> : tensor<2xsi64>} : () -> !torch.vtensor<[2],si64> 
    %none = torch.constant.none
    %3 = torch.operator "onnx.Conv"(%arg0, %0, %1) {torch.onnx.group = 1 : si64, torch.onnx.kernel_shape = [3 : si64, 3 : si64], torch.onnx.pads = [1 : si64, 1 : si64, 1 : si64, 1 : si64], torch.onnx.strides = [1 : si64, 1 : si64]} : (!torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,8,8],f32> 
    %4 = torch.operator "onnx.Relu"(%3) : (!torch.vtensor<[1,4,8,8],f32>) -> !torch.vtensor<[1,4,8,8],f32> 
    %5 = torch.operator "onnx.MaxPool"(%4) {torch.onnx.kernel_shape = [2 : si64, 2 : si64], torch.onnx.strides = [2 : si64, 2 : si64]} : (!torch.vtensor<[1,4,8,8],f32>) -> !torch.vtensor<[1,4,4,4],f32> 
    %6 = torch.operator "onnx.Reshape"(%5, %2) : (!torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[2],si64>) -> !torch.vtensor<[1,64],f32> 
    %7 = torch.operator "onnx.Constant"() {torch.onnx.value_float = 5.000000e-01 : f32} : () -> !torch.vtensor<[],f32> 
    %8 = torch.operator "onnx.Mul"(%6, %7) : (!torch.vtensor<[1,64],f32>, !torch.vtensor<[],f32>) -> !torch.vtensor<[1,64],f32> 
    %9 = torch.operator "onnx.Softmax"(%8) {torch.onnx.axis = -1 : si64} : (!torch.vtensor<[1,64],f32>) -> !torch.vtensor<[1,64],f32> 
    %10 = torch.operator "onnx.Cast"(%9) {torch.onnx.to = 10 : si64} : (!torch.vtensor<[1,64],f32>) -> !torch.vtensor<[1,64],f16> 
    return %10 : !torch.vtensor<[1,64],f16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      W: "0x0800000078CCE13F68E1CC3E938E7A3FCB6A0F40240CEF3FE22E7ABFFF38733F62FD1ABE6864D3BDF839D23E2880133EA225BA3F5ED3423FC030F93D0B42E33E5DD7AA3EFC3DBF3F021552BE694AA03E05A65ABF2F6423C08C53273FB14B5D3F87FE3DBFA9431140A828BABF486D3B3D20AD3FBE1C32C43FF313BC3F8AAA1E3E859EC13EED4563BFBD8AFDBF8B21B2BEF219203E2A7A9D3F95E7993FB34FC6BE6DC79ABEFC3686BF26C3B5BF1067DABF02B3F93F917802BF464BE0BE995BA0BF9C09473F3494CEBF97D859BE4C3D65BF1618C63E20C402BFF51E97BF6BDEE6BC514EDB3E2E3A883D99DD9A3EEF6222BF36B9B9BE5E262CBF5A17B8BE5B2A50BFD4F6DCBF33AF353E3BB6CDBE57AAD0BFCCF1EC3EB54468BFB2C4543DAEA53A3F1914043EE2D7913FC60E9EBFB9FFCD3EB74F2FBF90EC5EBF7E2F14BFD0839FBEA10D663DA12395BF919C663F4F6BEE3EA2A3C4BF0C7FBE3F7FACF23F40E2963F373E38BE6C0E89BF46F8863F356DCEBE14799C3F0946553E04057A3FA875B63EFBE1343F47082C3C6897E43F3EF5013E8DD1CD3E150BF13F5E83ACBF419FA2BF622A783FE82896BF94C8F83FDEC5D3BE33593FBF",
      B: "0x08000000000000000000803F0000004000004040",
      shape: "0x080000000100000000000000FFFFFFFFFFFFFFFF"
    }
  }
#-}

