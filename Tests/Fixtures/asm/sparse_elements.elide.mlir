module {
  "foo.sparse"() {a = dense_resource<__elided__> : tensor<3x4xi32>, b = sparse<[[0], [3]], [1.500000e+00, -2.000000e+00]> : tensor<8xf32>, c = sparse<1, true> : tensor<2x2xi1>, d = sparse<> : tensor<4xf32>, e = sparse<0, -1> : tensor<4xi8>, f = dense_resource<__elided__> : tensor<3x3x3xcomplex<f64>>, g = dense_resource<__elided__> : vector<2x2xi64>} : () -> ()
}

