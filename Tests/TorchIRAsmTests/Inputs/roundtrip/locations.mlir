// Location forms. Locations are only printed with --mlir-print-debuginfo.
#loc_alias = loc("aliased.mlir":10:20)
#loc_fused_alias = loc(fused[#loc_alias, "named"])
"foo.file_line_col"() : () -> () loc("file.mlir":1:2)
"foo.file_range"() : () -> () loc("file.mlir":1:2 to 3:4)
"foo.file_same_line"() : () -> () loc("file.mlir":5:6 to :9)
"foo.file_line_only"() : () -> () loc("file.mlir":7)
"foo.unknown"() : () -> () loc(unknown)
"foo.name"() : () -> () loc("name")
"foo.name_child"() : () -> () loc("name"("child.mlir":3:4))
"foo.name_nested"() : () -> () loc("outer"("inner"(unknown)))
"foo.callsite"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":2:2))
"foo.callsite_nested"() : () -> () loc(callsite("a" at callsite("b.mlir":1:1 at "c.mlir":2:2)))
"foo.fused"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
"foo.fused_meta"() : () -> () loc(fused<"metadata">["a.mlir":1:1, "b"])
"foo.fused_dialect_meta"() : () -> () loc(fused<#foo.meta<1>>["a.mlir":1:1, unknown])
"foo.fused_one"() : () -> () loc(fused["single.mlir":4:4])
"foo.fused_empty"() : () -> () loc(fused[])
"foo.alias_use"() : () -> () loc(#loc_alias)
"foo.alias_use2"() : () -> () loc(#loc_fused_alias)
"foo.alias_in_fused"() : () -> () loc(fused[#loc_alias, "x.mlir":9:9])
"foo.escaped"() : () -> () loc("dir with space/file \"q\".mlir":1:1)
"foo.unicode"() : () -> () loc("ünïcode.mlir":1:1)
"foo.big_numbers"() : () -> () loc("f.mlir":4294967295:4294967295)
// Locations on block arguments and in regions.
"foo.region"() ({
^bb0(%a: i32 loc("arg.mlir":1:1), %b: f32 loc(unknown), %c: index):
  "foo.inner"(%a, %b, %c) : (i32, f32, index) -> () loc("inner.mlir":2:2)
}) : () -> () loc("region.mlir":3:3)
// Locations on results of generic ops with results.
%r = "foo.result"() : () -> i32 loc(callsite("x" at "y"))
// Location as attribute value.
"foo.loc_attr"() {l = loc("attr.mlir":1:1), m = loc(unknown)} : () -> ()
// Locations on function arguments and custom-form operations.
func.func @with_locs(%a: i32 loc("fn_arg.mlir":1:1), %b: i32) -> i32 {
  %c = builtin.unrealized_conversion_cast %a : i32 to i64 loc("cast.mlir":2:2)
  return %b : i32 loc("ret.mlir":3:3)
} loc("fn.mlir":4:4)
func.func private @decl_with_loc(i32 loc("decl_arg.mlir":5:5)) loc("decl.mlir":6:6)
