module {
  func.func @casts(%arg0: i32, %arg1: f32) -> (i64, !foo.t) {
    %3 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
    %4 = builtin.unrealized_conversion_cast %arg1 : f32 to !foo.t
    %5:2 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, f32 to i1, i2
    %6 = builtin.unrealized_conversion_cast to tensor<4xf32>
    %7 = builtin.unrealized_conversion_cast %3 : i64 to i64 {foo.attr = "x"}
    %8 = builtin.unrealized_conversion_cast %arg0 : i32 to index
    "foo.use"(%5#0, %5#1, %6, %7, %8) : (i1, i2, tensor<4xf32>, i64, index) -> ()
    return %3, %4 : i64, !foo.t
  }
  %0 = "foo.val"() : () -> i32
  %1 = unrealized_conversion_cast %0 : i32 to si32
  %2 = unrealized_conversion_cast %1 : si32 to ui32
  func.func @nested_builtin() {
    "foo.region"() ({
      builtin.module {
      }
      %3 = "foo.v"() : () -> i8
      %4 = builtin.unrealized_conversion_cast %3 : i8 to i16
    }) : () -> ()
    return
  }
}

