#loc = loc("attr.mlir":1:1)
#loc1 = loc(unknown)
module {
  "foo.file_line_col"() : () -> ()
  "foo.file_range"() : () -> ()
  "foo.file_same_line"() : () -> ()
  "foo.file_line_only"() : () -> ()
  "foo.unknown"() : () -> ()
  "foo.name"() : () -> ()
  "foo.name_child"() : () -> ()
  "foo.name_nested"() : () -> ()
  "foo.callsite"() : () -> ()
  "foo.callsite_nested"() : () -> ()
  "foo.fused"() : () -> ()
  "foo.fused_meta"() : () -> ()
  "foo.fused_dialect_meta"() : () -> ()
  "foo.fused_one"() : () -> ()
  "foo.fused_empty"() : () -> ()
  "foo.alias_use"() : () -> ()
  "foo.alias_use2"() : () -> ()
  "foo.alias_in_fused"() : () -> ()
  "foo.escaped"() : () -> ()
  "foo.unicode"() : () -> ()
  "foo.big_numbers"() : () -> ()
  "foo.region"() ({
  ^bb0(%arg0: i32, %arg1: f32, %arg2: index):
    "foo.inner"(%arg0, %arg1, %arg2) : (i32, f32, index) -> ()
  }) : () -> ()
  %0 = "foo.result"() : () -> i32
  "foo.loc_attr"() {l = #loc, m = #loc1} : () -> ()
  func.func @with_locs(%arg0: i32, %arg1: i32) -> i32 {
    %1 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
    return %arg1 : i32
  }
  func.func private @decl_with_loc(i32)
}

