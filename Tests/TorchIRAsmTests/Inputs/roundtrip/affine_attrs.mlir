// Affine maps.
"foo.maps"() {
  empty = affine_map<() -> ()>, const = affine_map<() -> (0)>, id1 = affine_map<(d0) -> (d0)>,
  id2 = affine_map<(d0, d1) -> (d0, d1)>, perm = affine_map<(d0, d1, d2) -> (d2, d0, d1)>,
  sym = affine_map<(d0)[s0] -> (d0 + s0)>, syms_only = affine_map<()[s0, s1] -> (s0 * 2, s1)>,
  arith = affine_map<(d0, d1) -> (d0 * 3 + d1 * -2 - 7, -d0, d0 - d1)>,
  divs = affine_map<(d0)[s0] -> (d0 floordiv 4, d0 ceildiv 8, d0 mod 16, (d0 + 1) floordiv s0)>,
  semi = affine_map<(d0, d1)[s0, s1] -> (d0 * s0, d0 mod s0, d1 floordiv s1, d1 ceildiv s0, s0 * s1, (d0 + d1) * s0)>,
  nested = affine_map<(d0, d1) -> (((d0 + d1) mod 4) floordiv 2, (d0 * 2) * 3)>,
  consts = affine_map<(d0) -> (1, -1, 0, 42)>, zero_results = affine_map<(d0, d1)[s0] -> ()>,
  unused = affine_map<(d0, d1, d2) -> (d1)>, neg = affine_map<(d0) -> (-(d0 * 2) + 1)>,
  renamed = affine_map<(i, j)[N] -> (i + j + N)>
} : () -> ()
// Integer sets.
"foo.sets"() {
  empty = affine_set<() : (0 == 0)>, one = affine_set<(d0) : (d0 >= 0)>,
  eqs = affine_set<(d0, d1)[s0] : (d0 - d1 == 0, d0 + s0 - 10 >= 0, -d1 + 5 >= 0)>,
  divs = affine_set<(d0)[s0] : (d0 mod 2 == 0, s0 floordiv 3 - d0 >= 0)>,
  false_set = affine_set<() : (1 == 0)>, syms = affine_set<()[s0, s1] : (s0 - s1 >= 0)>,
  renamed = affine_set<(i)[N] : (N - i - 1 >= 0)>
} : () -> ()
// Maps used as layouts and inside arrays.
"foo.uses"() {list = [affine_map<(d0) -> (d0)>, affine_set<(d0) : (d0 >= 0)>]} : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1 * 4 + d0)>>)
