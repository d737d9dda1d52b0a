"builtin.module"() ({
  "foo.dense_arrays"() {a = array<i64: 1, 2, 3>, b = array<i32: -1, 0, 2147483647>, c = array<i16: 7>, d = array<i8: -128, 127>, e = array<i1: true, false, true>, f = array<f32: 1.000000e+00, -2.500000e+00, 1.000000e-01>, g = array<f64: 1.000000e+100, -0.000000e+00>, h = array<i32>, i = array<i64>, j = array<f32>, k = array<i1>, l = array<f64>, m = array<i8>, n = array<i16>} : () -> ()
  "foo.props"() <{flags = array<i1: false>, sizes = array<i64: 4, 4>}> {nested = [array<i32: 1>, {x = array<f64: 2.000000e+00>}]} : () -> ()
  "foo.hex"() {a = array<i32: 16, -1>, b = array<f32: 0x7F800000, 1.500000e+00, 0x7FC00000>, c = array<f64: 0xFFF0000000000000>} : () -> ()
  "foo.other"() {a = array<f16: 1.000000e+00, 5.000000e-01>, b = array<bf16: 2.000000e+00>, c = array<i128: 1, -1>, d = array<si8: -1>, e = array<ui8: 255>} : () -> ()
}) : () -> ()

