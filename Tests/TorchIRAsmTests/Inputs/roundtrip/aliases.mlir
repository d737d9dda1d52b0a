// Type and attribute aliases: defined at the top, used anywhere; the printer
// re-derives its own alias names and drops unused or trivial ones.
!my_int = i32
!tensor_t = tensor<4x?xf32>
!nested_t = tuple<!my_int, !tensor_t>
!unused_type = f64
!dialect_t = !foo.thing<"x">
!fn_t = (!my_int) -> !tensor_t
#map = affine_map<(d0, d1) -> (d1, d0)>
#strided_map = affine_map<(d0)[s0] -> (d0 * 2 + s0)>
#set = affine_set<(d0) : (d0 >= 0)>
#dict = {a = 1 : i32, b = "two"}
#arr = [1, 2, 3]
#str = "a string attribute"
#int = 42 : i64
#unused_attr = unit
#dialect_attr = #foo.attr<"payload">
#alias_of_alias = #map
#memref_layout = affine_map<(d0, d1) -> (d0 * 8 + d1)>
!memref_t = memref<4x8xf32, #memref_layout>
!long_alias_name_with_digits_0123456789_and$dollar = i64
"foo.use_types"() : () -> (!my_int, !tensor_t, !nested_t, !dialect_t, !fn_t, !memref_t)
"foo.use_types2"() : () -> (!long_alias_name_with_digits_0123456789_and$dollar)
"foo.use_attrs"() {m = #map, s = #strided_map, set = #set, d = #dict, a = #arr, st = #str, i = #int, da = #dialect_attr, aa = #alias_of_alias} : () -> ()
"foo.use_in_types"() : () -> (tensor<2x2xf32, #map>, memref<4xf32, #strided_map>)
// The same attribute used many times gets one alias.
"foo.repeat"() {x = affine_map<(d0) -> (d0 + 1)>, y = affine_map<(d0) -> (d0 + 1)>, z = [affine_map<(d0) -> (d0 + 1)>]} : () -> ()
// Types that the printer aliases by itself (tuple, long dialect types).
"foo.auto_types"() : () -> (tuple<i32, f32>, tuple<i32, f32>, !foo.very_long_dialect_type_name<"with a fairly long payload string that is repeated">, !foo.very_long_dialect_type_name<"with a fairly long payload string that is repeated">)
// Dialect attributes and types used many times.
"foo.dialect_repeat"() {a = #foo.attr<"payload">, b = #foo.attr<"payload">} : () -> (!foo.thing<"x">, !foo.thing<"x">)
