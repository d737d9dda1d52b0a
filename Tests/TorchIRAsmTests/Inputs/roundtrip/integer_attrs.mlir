// Integer and bool attributes.
"foo.ints"() {
  a = 0, b = 1, c = -1, d = 42 : i32, e = -42 : i32, f = 0x2A : i32, g = 0xFF : i8, h = -0x10 : i16,
  i = 9223372036854775807 : i64, j = -9223372036854775808 : i64,
  k = 340282366920938463463374607431768211455 : i128, l = -170141183460469231731687303715884105728 : i128,
  m = 18446744073709551615 : ui64, n = -128 : si8, o = 127 : si8, p = 255 : ui8,
  q = 7 : index, r = -7 : index, s = 0xDEADBEEF : i64, t = 5 : i3, u = -4 : i3, v = 0 : i0
} : () -> ()
// i1 values: true/false keywords, and integer forms of i1.
"foo.bools"() {a = true, b = false, c = 1 : i1, d = 0 : i1, e = -1 : i1} : () -> ()
// Wide integers.
"foo.wide"() {a = 123456789012345678901234567890123456789012345678901234567890 : i256, b = 0x8000000000000000000000000000000000000000000000000000000000000000 : i256} : () -> ()
// Integer attributes in arrays and as properties.
"foo.props"() <{w = 3 : i32, x = [1, 2, -3]}> : () -> ()
