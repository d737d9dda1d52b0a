// index, none, complex, tuple and function types.
"foo.types"() : () -> (index, none)
"foo.types"() : () -> (complex<f32>, complex<f64>, complex<i32>, complex<bf16>, complex<si8>)
"foo.types"() : () -> (tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<i1, none>, tuple<>, index>)
"foo.types"() : () -> (tuple<complex<f16>, tensor<2xi8>, !foo.thing>)
// Function types as attribute values and as results.
"foo.fn_types"() {
  a = () -> (),
  b = (i32) -> i32,
  c = (i32, f32) -> (i1, index),
  d = () -> (() -> ()),
  e = ((i32) -> i32) -> ((i64) -> (i64, i64)),
  f = (() -> i1, (f32, f32) -> ()) -> (),
  g = (tuple<i32, (i1) -> i1>) -> (complex<f32>, none),
  h = (i32) -> (i32),
  i = (i32) -> (tuple<>)
} : () -> ()
"foo.types"() : () -> ((i32) -> i32, () -> ())
%f = "foo.fn"() : () -> ((i32, i32) -> (i32, i32))
