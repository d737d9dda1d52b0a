"builtin.module"() ({
  "foo.no_results"() : () -> ()
  %0 = "foo.one_result"() : () -> i32
  %1:2 = "foo.two_results"() : () -> (i32, f32)
  %2 = "foo.named"() : () -> index
  %3:3 = "foo.three"() : () -> (i1, i1, i1)
  "foo.use"(%0, %1#0, %1#1, %2, %3#2) : (i32, i32, f32, index, i1) -> ()
  "foo.use_first"(%1#0, %3#0) : (i32, i1) -> ()
  %4 = "foo.with_operands"(%0, %0) : (i32, i32) -> i32
  %5:4 = "foo.groups"() : () -> (i8, i16, i32, i64)
  "foo.use_groups"(%5#0, %5#1, %5#2, %5#3) : (i8, i16, i32, i64) -> ()
  %6:4 = "foo.two_groups"() : () -> (f16, f16, f32, f32)
  "foo.use_groups2"(%6#1, %6#2) : (f16, f32) -> ()
  "foo.props"() <{a = 1 : i32}> : () -> ()
  "foo.props"() <{}> : () -> ()
  "foo.props"() <{a = 1 : i32, b = [2, 3], c = "s"}> {d = 4 : i64} : () -> ()
  "foo.attrs"() : () -> ()
  "foo.attrs"() {x} : () -> ()
  "foo.bar.baz"() : () -> ()
  "foo.a_b$c"() : () -> ()
  "foo.op1"() : () -> ()
  "mydialect.op"() : () -> ()
  "bar.op"() : () -> ()
  %7 = "foo.tensor"() : () -> tensor<4xf32>
  %8 = "foo.memref"() : () -> memref<?xf32>
  %9 = "foo.vector"() : () -> vector<[4]xi1>
  %10 = "foo.dialect_type"() : () -> !foo.t<1>
  %11 = "foo.fn"() : () -> ((i32) -> i32)
  "foo.consume"(%7, %8, %9, %10, %11) : (tensor<4xf32>, memref<?xf32>, vector<[4]xi1>, !foo.t<1>, (i32) -> i32) -> ()
  %12:10 = "foo.many"() : () -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32)
  "foo.consume_many"(%12#0, %12#1, %12#2, %12#3, %12#4, %12#5, %12#6, %12#7, %12#8, %12#9) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
  "foo.empty_region"() ({
  }) : () -> ()
  "foo.two_empty_regions"() ({
  }, {
  }) : () -> ()
  %13 = "foo.paren_result"() : () -> i32
}) : () -> ()

