module {
  "foo.at_limit"() {a = dense_resource<__elided__> : tensor<100xi32>} : () -> ()
  "foo.over_limit"() {a = dense_resource<__elided__> : tensor<101xi32>} : () -> ()
  "foo.floats"() {a = dense_resource<__elided__> : tensor<10x11xf32>} : () -> ()
  "foo.bools"() {a = dense_resource<__elided__> : tensor<128xi1>} : () -> ()
  "foo.complex"() {a = dense_resource<__elided__> : tensor<101xcomplex<i16>>} : () -> ()
  "foo.splat"() {a = dense<3> : tensor<1000xi8>} : () -> ()
  "foo.hex_small"() {a = dense_resource<__elided__> : tensor<4xi64>} : () -> ()
}

