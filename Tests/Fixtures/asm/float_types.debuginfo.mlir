module {
  %0:3 = "foo.types"() : () -> (f4E2M1FN, f6E2M3FN, f6E3M2FN) loc(#loc1)
  %1:8 = "foo.types"() : () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4, f8E8M0FNU) loc(#loc2)
  %2:7 = "foo.types"() : () -> (bf16, f16, tf32, f32, f64, f80, f128) loc(#loc3)
  "foo.type_attrs"() {a = f4E2M1FN, b = f6E2M3FN, c = f6E3M2FN, d = f8E5M2, e = f8E4M3, f = f8E4M3FN, g = f8E5M2FNUZ, h = f8E4M3FNUZ, i = f8E4M3B11FNUZ, j = f8E3M4, k = f8E8M0FNU, l = bf16, m = f16, n = tf32, o = f32, p = f64, q = f80, r = f128} : () -> () loc(#loc4)
  "foo.values"() {a = 1.500000e+00 : f4E2M1FN, b = 1.500000e+00 : f6E2M3FN, c = 1.500000e+00 : f6E3M2FN, d = 1.500000e+00 : f8E5M2, e = 1.500000e+00 : f8E4M3, f = 1.500000e+00 : f8E4M3FN, g = 1.500000e+00 : f8E5M2FNUZ, h = 1.500000e+00 : f8E4M3FNUZ, i = 1.500000e+00 : f8E4M3B11FNUZ, j = 1.500000e+00 : f8E3M4, k = 2.000000e+00 : f8E8M0FNU, l = 1.500000e+00 : bf16, m = 1.500000e+00 : f16, n = 1.500000e+00 : tf32, o = 1.500000e+00 : f32, p = 1.500000e+00 : f64, q = 1.500000e+00 : f80, r = 1.500000e+00 : f128} : () -> () loc(#loc5)
} loc(#loc)
#loc = loc("float_types.mlir":0:0)
#loc1 = loc("float_types.mlir":2:1)
#loc2 = loc("float_types.mlir":3:1)
#loc3 = loc("float_types.mlir":4:1)
#loc4 = loc("float_types.mlir":5:1)
#loc5 = loc("float_types.mlir":11:1)

