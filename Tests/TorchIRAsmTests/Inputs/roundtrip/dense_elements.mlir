// Dense elements attributes: splats, nested literals, all element kinds.
"foo.splats"() {
  a = dense<1.0> : tensor<4xf32>, b = dense<0> : tensor<2x3xi32>, c = dense<true> : tensor<8xi1>,
  d = dense<false> : vector<4xi1>, e = dense<-1> : tensor<i64>, f = dense<7> : tensor<0xi8>,
  g = dense<1.5> : tensor<2x2xf32>, h = dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>,
  i = dense<(1, -1)> : tensor<complex<i32>>, j = dense<3> : vector<[4]xi32>, k = dense<2> : tensor<4xindex>
} : () -> ()
"foo.literals"() {
  a = dense<[1, 2, 3, 4]> : tensor<4xi32>, b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi16>,
  c = dense<[[[1.0], [2.0]], [[3.0], [4.0]]]> : tensor<2x2x1xf64>, d = dense<[true, false, true]> : tensor<3xi1>,
  e = dense<[0.5, -0.25]> : vector<2xf16>, f = dense<[(1.0, 0.0), (0.0, -1.0)]> : tensor<2xcomplex<f64>>,
  g = dense<[[1, 2, 3]]> : tensor<1x3xui8>, h = dense<[-128, 127]> : tensor<2xsi8>, i = dense<[1, 2]> : tensor<2xindex>,
  j = dense<[]> : tensor<0xf32>, k = dense<[[]]> : tensor<1x0xi32>, l = dense<42> : tensor<i32>,
  m = dense<[0x7F800000, 1.0, 0xFF800000]> : tensor<3xf32>, n = dense<[1, 0]> : tensor<2xi1>
} : () -> ()
// Every float element type.
"foo.float_elems"() {
  a = dense<[1.0, 2.0]> : tensor<2xbf16>, b = dense<[1.0, 2.0]> : tensor<2xf16>, c = dense<[1.0, 2.0]> : tensor<2xtf32>,
  d = dense<[1.0, 2.0]> : tensor<2xf80>, e = dense<[1.0, 2.0]> : tensor<2xf128>, f = dense<[1.0, 2.0]> : tensor<2xf8E4M3FN>,
  g = dense<[1.0, 2.0]> : tensor<2xf8E5M2>, h = dense<[1.0, 2.0]> : tensor<2xf4E2M1FN>, i = dense<[1.0, 2.0]> : tensor<2xf6E2M3FN>,
  j = dense<[1.0, 2.0]> : tensor<2xf8E8M0FNU>, k = dense<[1.0, 2.0]> : tensor<2xf8E3M4>, l = dense<[1.0, 2.0]> : tensor<2xf8E4M3B11FNUZ>
} : () -> ()
// Integer element types of unusual widths.
"foo.int_elems"() {
  a = dense<[1, -1]> : tensor<2xi3>, b = dense<[1, 2]> : tensor<2xi128>, c = dense<[5, 6]> : tensor<2xi7>,
  d = dense<[1, 0]> : tensor<2xui1>, e = dense<-1> : tensor<3xi256>, f = dense<[0, 0, 0]> : tensor<3xi0>
} : () -> ()
// Hex (raw data) form.
"foo.hex"() {
  a = dense<"0x0100000002000000"> : tensor<2xi32>, b = dense<"0x0000803F00000040"> : tensor<2xf32>,
  c = dense<"0x01020304"> : tensor<4xi8>, d = dense<"0x00003C00"> : tensor<2xf16>, e = dense<"0x0000803F"> : tensor<4xf32>,
  f = dense<"0x0000000000000000000000000000F03F"> : tensor<2xf64>, g = dense<"0x01"> : tensor<3xi1>,
  h = dense<"0x0000803F00000040"> : tensor<complex<f32>>, i = dense<"0x0F010203"> : tensor<2x2xi4>, j = dense<"0x05"> : tensor<3x3xi4>
} : () -> ()
// Dense elements as properties and on vectors.
"foo.props"() <{value = dense<[1, 2]> : vector<2xi64>}> {v = dense<0.0> : vector<2x[4]xf32>} : () -> ()
