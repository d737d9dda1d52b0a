// Every builtin floating-point type.
"foo.types"() : () -> (f4E2M1FN, f6E2M3FN, f6E3M2FN)
"foo.types"() : () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4, f8E8M0FNU)
"foo.types"() : () -> (bf16, f16, tf32, f32, f64, f80, f128)
"foo.type_attrs"() {
  a = f4E2M1FN, b = f6E2M3FN, c = f6E3M2FN, d = f8E5M2, e = f8E4M3, f = f8E4M3FN,
  g = f8E5M2FNUZ, h = f8E4M3FNUZ, i = f8E4M3B11FNUZ, j = f8E3M4, k = f8E8M0FNU,
  l = bf16, m = f16, n = tf32, o = f32, p = f64, q = f80, r = f128
} : () -> ()
// One value attribute of each float type.
"foo.values"() {
  a = 1.5 : f4E2M1FN, b = 1.5 : f6E2M3FN, c = 1.5 : f6E3M2FN, d = 1.5 : f8E5M2,
  e = 1.5 : f8E4M3, f = 1.5 : f8E4M3FN, g = 1.5 : f8E5M2FNUZ, h = 1.5 : f8E4M3FNUZ,
  i = 1.5 : f8E4M3B11FNUZ, j = 1.5 : f8E3M4, k = 2.0 : f8E8M0FNU,
  l = 1.5 : bf16, m = 1.5 : f16, n = 1.5 : tf32, o = 1.5 : f32, p = 1.5 : f64,
  q = 1.5 : f80, r = 1.5 : f128
} : () -> ()
