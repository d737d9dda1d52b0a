// Unit, array, dictionary and type attributes.
"foo.unit"() {u, v = unit, w} : () -> ()
"foo.arrays"() {
  empty = [], ints = [1, 2, 3], mixed = [1 : i32, "s", 2.0, true, unit, f32, [], [[]], {}],
  nested = [[1, 2], [3, [4, [5]]]], types = [i32, tensor<2xf32>, () -> ()]
} : () -> ()
"foo.dicts"() {
  empty = {}, one = {a = 1 : i32}, nested = {inner = {deeper = {x}}, list = [{}, {y = "z"}]},
  unsorted = {zeta = 1, alpha = 2, "Mid" = 3, _under = 4, a.b = 5, a$c = 6, "b-c" = 7}
} : () -> ()
// Type attributes, including ones that look like other attributes.
"foo.types"() {
  a = i32, b = index, c = none, d = tensor<*xf32>, e = !foo.bar, f = !foo<"opaque">,
  g = (i32) -> (), h = memref<?xf32>, i = vector<[4]xi1>, j = complex<f32>, k = tuple<>
} : () -> ()
// Attribute names with unusual characters.
"foo.names"() {a_b = 1, a.b.c = 2, a$b = 3, _x = 4, x1 = 5, X = 6, "with space" = 7, "9starts_with_digit" = 8} : () -> ()
// Attributes on an op that also has properties; discardable attributes are sorted.
"foo.both"() <{b = 2 : i32, a = 1 : i32}> {z = 3 : i32, y = 4 : i32} : () -> ()
