module {
  "foo.floats"() {a = 1.000000e+00 : f64, b = -1.000000e+00 : f64, c = 0.000000e+00 : f64, d = -0.000000e+00 : f64, e = 1.500000e+00 : f32, f = 3.141590e+00 : f32, g = 1.000000e-01 : f64, h = 1.000000e+10 : f64, i = 9.99999974E-6 : f32, j = -2.500000e+03 : f16, k = 0x419D6F3454000000 : f64, l = 1.000000e-300 : f64, m = 6.499200e+04 : f16, n = 3.40282347E+38 : f32, o = 1.17549435E-38 : f32, p = 0.33333333333333331 : f64, q = 1.000000e+02 : bf16, r = 1.000000e+100 : f64, s = 0x4B800000 : f32, t = 2.000000e+00 : f32, u = 5.000000e-01 : tf32} : () -> () loc(#loc1)
  "foo.hexfloats"() {a = 0x7F800000 : f32, b = 0xFF800000 : f32, c = 0x7FC00000 : f32, d = 0x7FF8000000000000 : f64, e = 0x7FF0000000000000 : f64, f = 0xFFF0000000000000 : f64, g = 0x7C00 : f16, h = 0xFC00 : f16, i = 0x7E00 : f16, j = 0x7F80 : bf16, k = 0x7FC0 : bf16, l = 1.000000e+00 : f32, m = 1.401300e-45 : f32, n = -0.000000e+00 : f32, o = 0x7FFFFFFF : f32, p = 0x7FBFFFFF : f32, q = 5.960460e-08 : f16} : () -> () loc(#loc2)
  "foo.smallfloats"() {a = 0x7F : f8E4M3FN, b = 0x7C : f8E5M2, c = 0x80 : f8E5M2FNUZ, d = 0x80 : f8E4M3FNUZ, e = 0x80 : f8E4M3B11FNUZ, f = 0x78 : f8E4M3, g = 0x70 : f8E3M4, h = 0xFF : f8E8M0FNU, i = 6.000000e+00 : f4E2M1FN, j = -6.000000e+00 : f4E2M1FN, k = 7.500000e+00 : f6E2M3FN, l = 2.800000e+01 : f6E3M2FN, m = 0x7FFF8000000000000000 : f80, n = 0x7FFF0000000000000000000000000000 : f128} : () -> () loc(#loc3)
  "foo.rounding"() {a = 9.997550e-02 : f16, b = 1.000980e-01 : bf16, c = 1.015630e-01 : f8E4M3FN, d = 0.000000e+00 : f16, e = 0x7C00 : f16} : () -> () loc(#loc4)
  "foo.list"() {l = [1.000000e+00, -2.500000e+00 : f32, 9221120237041090560]} : () -> () loc(#loc5)
} loc(#loc)
#loc = loc("float_attrs.mlir":0:0)
#loc1 = loc("float_attrs.mlir":2:1)
#loc2 = loc("float_attrs.mlir":9:1)
#loc3 = loc("float_attrs.mlir":16:1)
#loc4 = loc("float_attrs.mlir":23:1)
#loc5 = loc("float_attrs.mlir":25:1)

