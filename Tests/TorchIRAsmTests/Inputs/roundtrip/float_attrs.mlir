// Float attributes: decimal, exponent, negative, hex bit patterns, inf/nan.
"foo.floats"() {
  a = 1.0, b = -1.0, c = 0.0, d = -0.0, e = 1.5 : f32, f = 3.14159 : f32, g = 0.1 : f64,
  h = 1.0e10 : f64, i = 1.0E-5 : f32, j = -2.5e+3 : f16, k = 123456789.0 : f64, l = 1.0e-300 : f64,
  m = 6.5e4 : f16, n = 3.40282347e38 : f32, o = 1.17549435e-38 : f32, p = 0.3333333333333333 : f64,
  q = 100.0 : bf16, r = 1.0e100 : f64, s = 16777217.0 : f32, t = 2. : f32, u = 0.5 : tf32
} : () -> ()
// Hexadecimal (bit pattern) forms, including the only way to write inf and nan.
"foo.hexfloats"() {
  a = 0x7F800000 : f32, b = 0xFF800000 : f32, c = 0x7FC00000 : f32, d = 0x7FF8000000000000 : f64,
  e = 0x7FF0000000000000 : f64, f = 0xFFF0000000000000 : f64, g = 0x7C00 : f16, h = 0xFC00 : f16,
  i = 0x7E00 : f16, j = 0x7F80 : bf16, k = 0x7FC0 : bf16, l = 0x3F800000 : f32, m = 0x00000001 : f32,
  n = 0x80000000 : f32, o = 0x7FFFFFFF : f32, p = 0x7FBFFFFF : f32, q = 0x0001 : f16
} : () -> ()
// Special values of the small float types.
"foo.smallfloats"() {
  a = 0x7F : f8E4M3FN, b = 0x7C : f8E5M2, c = 0x80 : f8E5M2FNUZ, d = 0x80 : f8E4M3FNUZ,
  e = 0x80 : f8E4M3B11FNUZ, f = 0x78 : f8E4M3, g = 0x70 : f8E3M4, h = 0xFF : f8E8M0FNU,
  i = 0x7 : f4E2M1FN, j = 0xF : f4E2M1FN, k = 0x1F : f6E2M3FN, l = 0x1F : f6E3M2FN,
  m = 0x7FFF8000000000000000 : f80, n = 0x7FFF0000000000000000000000000000 : f128
} : () -> ()
// Values that are not exactly representable round to the nearest value.
"foo.rounding"() {a = 0.1 : f16, b = 0.1 : bf16, c = 0.1 : f8E4M3FN, d = 1.0e-10 : f16, e = 1.0e10 : f16} : () -> ()
// Floats in arrays and with f64 default.
"foo.list"() {l = [1.0, -2.5 : f32, 0x7FF8000000000000]} : () -> ()
