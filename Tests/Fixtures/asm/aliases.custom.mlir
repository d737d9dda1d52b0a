#map = affine_map<(d0, d1) -> (d0 * 8 + d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
#map2 = affine_map<(d0)[s0] -> (d0 * 2 + s0)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#set = affine_set<(d0) : (d0 >= 0)>
module {
  %0:6 = "foo.use_types"() : () -> (i32, tensor<4x?xf32>, tuple<i32, tensor<4x?xf32>>, !foo.thing<"x">, (i32) -> tensor<4x?xf32>, memref<4x8xf32, #map>)
  %1 = "foo.use_types2"() : () -> i64
  "foo.use_attrs"() {a = [1, 2, 3], aa = #map1, d = {a = 1 : i32, b = "two"}, da = #foo.attr<"payload">, i = 42 : i64, m = #map1, s = #map2, set = #set, st = "a string attribute"} : () -> ()
  %2:2 = "foo.use_in_types"() : () -> (tensor<2x2xf32, #map1>, memref<4xf32, #map2>)
  "foo.repeat"() {x = #map3, y = #map3, z = [#map3]} : () -> ()
  %3:4 = "foo.auto_types"() : () -> (tuple<i32, f32>, tuple<i32, f32>, !foo.very_long_dialect_type_name<"with a fairly long payload string that is repeated">, !foo.very_long_dialect_type_name<"with a fairly long payload string that is repeated">)
  %4:2 = "foo.dialect_repeat"() {a = #foo.attr<"payload">, b = #foo.attr<"payload">} : () -> (!foo.thing<"x">, !foo.thing<"x">)
}

