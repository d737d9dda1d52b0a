module {
  %0:2 = "foo.types"() : () -> (index, none)
  %1:5 = "foo.types"() : () -> (complex<f32>, complex<f64>, complex<i32>, complex<bf16>, complex<si8>)
  %2:4 = "foo.types"() : () -> (tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<i1, none>, tuple<>, index>)
  %3 = "foo.types"() : () -> tuple<complex<f16>, tensor<2xi8>, !foo.thing>
  "foo.fn_types"() {a = () -> (), b = (i32) -> i32, c = (i32, f32) -> (i1, index), d = () -> (() -> ()), e = ((i32) -> i32) -> ((i64) -> (i64, i64)), f = (() -> i1, (f32, f32) -> ()) -> (), g = (tuple<i32, (i1) -> i1>) -> (complex<f32>, none), h = (i32) -> i32, i = (i32) -> tuple<>} : () -> ()
  %4:2 = "foo.types"() : () -> ((i32) -> i32, () -> ())
  %5 = "foo.fn"() : () -> ((i32, i32) -> (i32, i32))
}

