module {
  "foo.ints"() {a = 0 : i64, b = 1 : i64, c = -1 : i64, d = 42 : i32, e = -42 : i32, f = 42 : i32, g = -1 : i8, h = -16 : i16, i = 9223372036854775807 : i64, j = -9223372036854775808 : i64, k = -1 : i128, l = -170141183460469231731687303715884105728 : i128, m = 18446744073709551615 : ui64, n = -128 : si8, o = 127 : si8, p = 255 : ui8, q = 7 : index, r = -7 : index, s = 3735928559 : i64, t = -3 : i3, u = -4 : i3, v = 0 : i0} : () -> () loc(#loc1)
  "foo.bools"() {a = true, b = false, c = true, d = false, e = true} : () -> () loc(#loc2)
  "foo.wide"() {a = 123456789012345678901234567890123456789012345678901234567890 : i256, b = -57896044618658097711785492504343953926634992332820282019728792003956564819968 : i256} : () -> () loc(#loc3)
  "foo.props"() <{w = 3 : i32, x = [1, 2, -3]}> : () -> () loc(#loc4)
} loc(#loc)
#loc = loc("integer_attrs.mlir":0:0)
#loc1 = loc("integer_attrs.mlir":2:1)
#loc2 = loc("integer_attrs.mlir":10:1)
#loc3 = loc("integer_attrs.mlir":12:1)
#loc4 = loc("integer_attrs.mlir":14:1)

