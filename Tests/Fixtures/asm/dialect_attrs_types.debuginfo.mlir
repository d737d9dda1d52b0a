module {
  %0:5 = "foo.types"() : () -> (!foo.bar, !foo<"bar">, !foo.bar<1, 2>, !foo.bar<"nested">, !bar.baz<[1, {a}], (x)>) loc(#loc1)
  %1:4 = "foo.types"() : () -> (!foo.t<"string with > and < inside">, !foo.t<a<b<c<d>>>>, !foo.t<"escaped \" quote">, !foo<"">) loc(#loc2)
  %2:4 = "foo.types"() : () -> (!mydialect.type_with.dots, !foo.t<{nested = [1, 2]}>, !foo.t<x -> y>, !foo.t<i32, tensor<4xf32>>) loc(#loc3)
  "foo.attrs"() {a = #foo.bar, b = #foo<"bar">, c = #foo.bar<1, 2>, d = #foo.bar<"nested">, e = #bar.baz<[1, {a}], (x)>, f = #foo.t<"string with > and < inside">, g = #foo.t<a<b<c<d>>>>, h = #foo.t<"escaped \" quote">, i = #mydialect.attr.with.dots, j = #foo.t<{nested = [1, 2]}>, k = #foo.t<x -> y>, l = #foo<"">, m = #foo.typed : i32, n = #foo<"opaque with type"> : tensor<2xf32>, o = #foo.t<@sym, %not_ssa, ^bb>, p = #foo.t<"unicode ✓">, q = #foo.t<0x1F, -3.5e2, 1.0>} : () -> () loc(#loc4)
  "foo.op"() {bar.info = #bar.info<x>, foo.discardable = 1 : i32, mydialect.flag} : () -> () loc(#loc5)
  "foo.nest"() {c = tuple<!foo.a, !bar.b<1>>, f = (!foo.a) -> !foo.b<"x">, t = tensor<4x!foo.elt>, v = vector<4xi32>} : () -> () loc(#loc6)
  "foo.verbatim"() {a = !foo.bar.baz<1>, b = !foo<1>, c = !foo<>, d = !foo.bar<>, e = !foo.bar<  spaced   out  >, f = !foo<bar baz>, g = !foo<bar<1>baz>, h = #foo.bar.baz<1>, i = #foo<1>, j = #foo.bar<>, k = #foo.bar<  two  spaces >, l = #foo<"quoted"> : i8, m = !foo.bar<"a\nb">, n = #foo.x, o = !foo.multi<line one
  line two>} : () -> () loc(#loc7)
} loc(#loc)
#loc = loc("dialect_attrs_types.mlir":0:0)
#loc1 = loc("dialect_attrs_types.mlir":2:1)
#loc2 = loc("dialect_attrs_types.mlir":3:1)
#loc3 = loc("dialect_attrs_types.mlir":4:1)
#loc4 = loc("dialect_attrs_types.mlir":5:1)
#loc5 = loc("dialect_attrs_types.mlir":13:1)
#loc6 = loc("dialect_attrs_types.mlir":15:1)
#loc7 = loc("dialect_attrs_types.mlir":18:1)

