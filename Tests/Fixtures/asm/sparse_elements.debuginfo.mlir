module {
  "foo.sparse"() {a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>, b = sparse<[[0], [3]], [1.500000e+00, -2.000000e+00]> : tensor<8xf32>, c = sparse<1, true> : tensor<2x2xi1>, d = sparse<> : tensor<4xf32>, e = sparse<0, -1> : tensor<4xi8>, f = sparse<[[0, 1, 2]], (1.000000e+00,2.000000e+00)> : tensor<3x3x3xcomplex<f64>>, g = sparse<[[0, 0], [1, 1]], 7> : vector<2x2xi64>} : () -> () loc(#loc1)
} loc(#loc)
#loc = loc("sparse_elements.mlir":0:0)
#loc1 = loc("sparse_elements.mlir":2:1)

