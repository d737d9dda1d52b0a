// Generic operation form: results, operands, properties, attributes, types.
"foo.no_results"() : () -> ()
%0 = "foo.one_result"() : () -> i32
%1:2 = "foo.two_results"() : () -> (i32, f32)
%named = "foo.named"() : () -> index
%multi:3 = "foo.three"() : () -> (i1, i1, i1)
"foo.use"(%0, %1#0, %1#1, %named, %multi#2) : (i32, i32, f32, index, i1) -> ()
// A bare name of a multi-result op refers to its first result.
"foo.use_first"(%1, %multi) : (i32, i1) -> ()
%2 = "foo.with_operands"(%0, %0) : (i32, i32) -> i32
// Result groups: several named groups of results on one op.
%a, %b:2, %c = "foo.groups"() : () -> (i8, i16, i32, i64)
"foo.use_groups"(%a, %b#0, %b#1, %c) : (i8, i16, i32, i64) -> ()
%d:2, %e:2 = "foo.two_groups"() : () -> (f16, f16, f32, f32)
"foo.use_groups2"(%d#1, %e#0) : (f16, f32) -> ()
// Properties, discardable attributes, and both.
"foo.props"() <{a = 1 : i32}> : () -> ()
"foo.props"() <{}> : () -> ()
"foo.props"() <{a = 1 : i32, b = [2, 3], c = "s"}> {d = 4 : i64} : () -> ()
"foo.attrs"() {} : () -> ()
"foo.attrs"() {x} : () -> ()
// Operation names: dialect prefix, dots, underscores, digits, '$'.
"foo.bar.baz"() : () -> ()
"foo.a_b$c"() : () -> ()
"foo.op1"() : () -> ()
"mydialect.op"() : () -> ()
"bar.op"() : () -> ()
// Values of many types flowing between ops.
%t = "foo.tensor"() : () -> tensor<4xf32>
%m = "foo.memref"() : () -> memref<?xf32>
%v = "foo.vector"() : () -> vector<[4]xi1>
%dt = "foo.dialect_type"() : () -> !foo.t<1>
%fn = "foo.fn"() : () -> ((i32) -> i32)
"foo.consume"(%t, %m, %v, %dt, %fn) : (tensor<4xf32>, memref<?xf32>, vector<[4]xi1>, !foo.t<1>, (i32) -> i32) -> ()
// Many results and operands.
%many:10 = "foo.many"() : () -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32)
"foo.consume_many"(%many#0, %many#1, %many#2, %many#3, %many#4, %many#5, %many#6, %many#7, %many#8, %many#9) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
// Empty region list vs. regions with empty blocks.
"foo.empty_region"() ({}) : () -> ()
"foo.two_empty_regions"() ({}, {}) : () -> ()
// A function type with a parenthesized single result.
%p = "foo.paren_result"() : () -> (i32)
