// Dense array attributes for every supported element type.
"foo.dense_arrays"() {
  a = array<i64: 1, 2, 3>, b = array<i32: -1, 0, 2147483647>, c = array<i16: 7>, d = array<i8: -128, 127>,
  e = array<i1: true, false, true>, f = array<f32: 1.0, -2.5, 0.1>, g = array<f64: 1.0e100, -0.0>,
  h = array<i32>, i = array<i64>, j = array<f32>, k = array<i1>, l = array<f64>, m = array<i8>, n = array<i16>
} : () -> ()
// Dense arrays as properties and inside other attributes.
"foo.props"() <{sizes = array<i64: 4, 4>, flags = array<i1: false>}> {nested = [array<i32: 1>, {x = array<f64: 2.0>}]} : () -> ()
// Hex literals (integers and float bit patterns, incl. inf/nan).
"foo.hex"() {a = array<i32: 0x10, -0x1>, b = array<f32: 0x7F800000, 1.5, 0x7FC00000>, c = array<f64: 0xFFF0000000000000>} : () -> ()
// Other element types the generic DenseArrayAttr accepts.
"foo.other"() {a = array<f16: 1.0, 0.5>, b = array<bf16: 2.0>, c = array<i128: 1, -1>, d = array<si8: -1>, e = array<ui8: 255>} : () -> ()
