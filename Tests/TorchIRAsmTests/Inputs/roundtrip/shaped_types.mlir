// Ranked and unranked tensors, vectors (fixed, scalable, 0-d).
"foo.tensors"() : () -> (tensor<f32>, tensor<4xf32>, tensor<2x3x4xi8>, tensor<?xf32>, tensor<?x?xindex>)
"foo.tensors"() : () -> (tensor<4x?x8x?xcomplex<f32>>, tensor<0xi32>, tensor<1x0x3xf16>, tensor<*xf32>, tensor<*xi1>)
"foo.tensors"() : () -> (tensor<2x!foo.elem>, tensor<4xvector<4xf32>>, tensor<9223372036854775807xi8>)
// Tensors with an encoding attribute.
"foo.tensors"() : () -> (tensor<4xf32, "enc">, tensor<?x4xi8, #foo.enc>, tensor<2xf32, {a = 1 : i64}>, tensor<f32, 42 : i64>)
"foo.tensors"() : () -> (tensor<8xi32, #foo<"opaque enc">>, tensor<2x2xf32, affine_map<(d0, d1) -> (d1, d0)>>)
// Vectors.
"foo.vectors"() : () -> (vector<f32>, vector<4xf32>, vector<2x3xi8>, vector<4xindex>, vector<1x1x1xi1>)
"foo.vectors"() : () -> (vector<[4]xf32>, vector<[4]x[8]xi8>, vector<2x[4]xf16>, vector<[1]xi1>, vector<4x[2]x8xbf16>)
"foo.vectors"() : () -> (vector<4xf8E4M3FN>, vector<16xf4E2M1FN>, vector<2xui8>, vector<2xsi16>)
// Nested shaped types.
"foo.nested"() {t = tensor<2xvector<3xf32>>, v = vector<4xf32>, c = complex<f32>} : () -> ()
