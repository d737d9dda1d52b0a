// builtin.unrealized_conversion_cast in custom and generic form.
func.func @casts(%a: i32, %b: f32) -> (i64, !foo.t) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %b : f32 to !foo.t
  %2:2 = builtin.unrealized_conversion_cast %a, %b : i32, f32 to i1, i2
  %3 = builtin.unrealized_conversion_cast to tensor<4xf32>
  %4 = builtin.unrealized_conversion_cast %0 : i64 to i64 {foo.attr = "x"}
  %5 = "builtin.unrealized_conversion_cast"(%a) : (i32) -> index
  "foo.use"(%2#0, %2#1, %3, %4, %5) : (i1, i2, tensor<4xf32>, i64, index) -> ()
  return %0, %1 : i64, !foo.t
}
// At the top level (default dialect builtin) the prefix may be omitted, and
// the printer omits it too.
%v = "foo.val"() : () -> i32
%c = unrealized_conversion_cast %v : i32 to si32
%d = builtin.unrealized_conversion_cast %c : si32 to ui32
// Inside a func.func (default dialect func), nested regions of unregistered
// ops need the builtin. prefix for builtin ops.
func.func @nested_builtin() {
  "foo.region"() ({
    builtin.module {
    }
    %x = "foo.v"() : () -> i8
    %y = builtin.unrealized_conversion_cast %x : i8 to i16
  }) : () -> ()
  return
}
