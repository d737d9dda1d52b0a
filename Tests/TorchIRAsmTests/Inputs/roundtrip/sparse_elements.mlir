// Sparse elements attributes: indices (i64 tensor) and values.
"foo.sparse"() {
  a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>,
  b = sparse<[[0], [3]], [1.5, -2.0]> : tensor<8xf32>,
  c = sparse<[[1, 1]], [true]> : tensor<2x2xi1>,
  d = sparse<[], []> : tensor<4xf32>,
  e = sparse<0, -1> : tensor<4xi8>,
  f = sparse<[[0, 1, 2]], [(1.0, 2.0)]> : tensor<3x3x3xcomplex<f64>>,
  g = sparse<[[0, 0], [1, 1]], 7> : vector<2x2xi64>
} : () -> ()
