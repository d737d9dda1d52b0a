// Attributes and types of unregistered dialects: opaque and pretty forms.
"foo.types"() : () -> (!foo.bar, !foo<"bar">, !foo.bar<1, 2>, !foo<bar<"nested">>, !bar.baz<[1, {a}], (x)>)
"foo.types"() : () -> (!foo.t<"string with > and < inside">, !foo.t<a<b<c<d>>>>, !foo.t<"escaped \" quote">, !foo<"">)
"foo.types"() : () -> (!mydialect.type_with.dots, !foo.t<{nested = [1, 2]}>, !foo.t<x -> y>, !foo.t<i32, tensor<4xf32>>)
"foo.attrs"() {
  a = #foo.bar, b = #foo<"bar">, c = #foo.bar<1, 2>, d = #foo<bar<"nested">>, e = #bar.baz<[1, {a}], (x)>,
  f = #foo.t<"string with > and < inside">, g = #foo.t<a<b<c<d>>>>, h = #foo.t<"escaped \" quote">,
  i = #mydialect.attr.with.dots, j = #foo.t<{nested = [1, 2]}>, k = #foo.t<x -> y>, l = #foo<"">,
  m = #foo.typed : i32, n = #foo<"opaque with type"> : tensor<2xf32>, o = #foo.t<@sym, %not_ssa, ^bb>,
  p = #foo.t<"unicode ✓">, q = #foo.t<0x1F, -3.5e2, 1.0>
} : () -> ()
// Dialect attributes as discardable attribute names (dialect-prefixed names).
"foo.op"() {foo.discardable = 1 : i32, mydialect.flag, bar.info = #bar.info<x>} : () -> ()
// Dialect types nested in builtin types.
"foo.nest"() {t = tensor<4x!foo.elt>, c = tuple<!foo.a, !bar.b<1>>, f = (!foo.a) -> !foo.b<"x">, v = vector<4xi32>} : () -> ()
// The body of a dialect type/attribute is kept verbatim (including whitespace);
// `!foo<ident...>` is printed in the pretty form `!foo.ident...` when it can be.
"foo.verbatim"() {
  a = !foo<bar.baz<1>>, b = !foo<1>, c = !foo<>, d = !foo.bar<>, e = !foo.bar<  spaced   out  >,
  f = !foo<bar baz>, g = !foo<bar<1>baz>, h = #foo<bar.baz<1>>, i = #foo<1>, j = #foo.bar<>,
  k = #foo.bar<  two  spaces >, l = #foo<"quoted"> : i8, m = !foo.bar<"a\nb">, n = #foo<x>,
  o = !foo.multi<line one
  line two>
} : () -> ()
