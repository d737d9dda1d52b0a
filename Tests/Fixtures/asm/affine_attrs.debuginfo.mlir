#map = affine_map<(d0, d1) -> (d0 * 3 - d1 * 2 - 7, -d0, d0 - d1)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<(d0) -> (1, -1, 0, 42)>
#map3 = affine_map<(d0)[s0] -> (d0 floordiv 4, d0 ceildiv 8, d0 mod 16, (d0 + 1) floordiv s0)>
#map4 = affine_map<() -> ()>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0) -> (d0 * -2 + 1)>
#map8 = affine_map<(d0, d1) -> (((d0 + d1) mod 4) floordiv 2, d0 * 6)>
#map9 = affine_map<(d0, d1, d2) -> (d2, d0, d1)>
#map10 = affine_map<(d0, d1)[s0] -> (d0 + d1 + s0)>
#map11 = affine_map<(d0, d1)[s0, s1] -> (d0 * s0, d0 mod s0, d1 floordiv s1, d1 ceildiv s0, s0 * s1, (d0 + d1) * s0)>
#map12 = affine_map<(d0)[s0] -> (d0 + s0)>
#map13 = affine_map<()[s0, s1] -> (s0 * 2, s1)>
#map14 = affine_map<(d0, d1, d2) -> (d1)>
#map15 = affine_map<(d0, d1)[s0] -> ()>
#map16 = affine_map<(d0, d1) -> (d1 * 4 + d0)>
#set = affine_set<(d0)[s0] : (d0 mod 2 == 0, -d0 + s0 floordiv 3 >= 0)>
#set1 = affine_set<() : (0 == 0)>
#set2 = affine_set<(d0, d1)[s0] : (d0 - d1 == 0, d0 + s0 - 10 >= 0, -d1 + 5 >= 0)>
#set3 = affine_set<() : (1 == 0)>
#set4 = affine_set<(d0) : (d0 >= 0)>
#set5 = affine_set<(d0)[s0] : (-d0 + s0 - 1 >= 0)>
#set6 = affine_set<()[s0, s1] : (s0 - s1 >= 0)>
module {
  "foo.maps"() {arith = #map, const = #map1, consts = #map2, divs = #map3, empty = #map4, id1 = #map5, id2 = #map6, neg = #map7, nested = #map8, perm = #map9, renamed = #map10, semi = #map11, sym = #map12, syms_only = #map13, unused = #map14, zero_results = #map15} : () -> () loc(#loc1)
  "foo.sets"() {divs = #set, empty = #set1, eqs = #set2, false_set = #set3, one = #set4, renamed = #set5, syms = #set6} : () -> () loc(#loc2)
  %0 = "foo.uses"() {list = [#map5, #set4]} : () -> memref<4x4xf32, #map16> loc(#loc3)
} loc(#loc)
#loc = loc("affine_attrs.mlir":0:0)
#loc1 = loc("affine_attrs.mlir":2:1)
#loc2 = loc("affine_attrs.mlir":15:1)
#loc3 = loc("affine_attrs.mlir":23:1)

