"builtin.module"() ({
  "foo.unit"() {u, v, w} : () -> ()
  "foo.arrays"() {empty = [], ints = [1, 2, 3], mixed = [1 : i32, "s", 2.000000e+00, true, unit, f32, [], [[]], {}], nested = [[1, 2], [3, [4, [5]]]], types = [i32, tensor<2xf32>, () -> ()]} : () -> ()
  "foo.dicts"() {empty = {}, nested = {inner = {deeper = {x}}, list = [{}, {y = "z"}]}, one = {a = 1 : i32}, unsorted = {Mid = 3 : i64, _under = 4 : i64, a$c = 6 : i64, a.b = 5 : i64, alpha = 2 : i64, "b-c" = 7 : i64, zeta = 1 : i64}} : () -> ()
  "foo.types"() {a = i32, b = index, c = none, d = tensor<*xf32>, e = !foo.bar, f = !foo<"opaque">, g = (i32) -> (), h = memref<?xf32>, i = vector<[4]xi1>, j = complex<f32>, k = tuple<>} : () -> ()
  "foo.names"() {"9starts_with_digit" = 8 : i64, X = 6 : i64, _x = 4 : i64, a$b = 3 : i64, a.b.c = 2 : i64, a_b = 1 : i64, "with space" = 7 : i64, x1 = 5 : i64} : () -> ()
  "foo.both"() <{a = 1 : i32, b = 2 : i32}> {y = 4 : i32, z = 3 : i32} : () -> ()
}) : () -> ()

