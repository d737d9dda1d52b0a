module {
  "foo.a"() : () -> ()
  "foo.b"() : () -> ()
  "foo.c"() {x = 1 : i32, y = "z"} : () -> ()
  %0 = "foo.d"() : () -> i32
  "foo.e"(%0, %0) : (i32, i32) -> ()
  %1 = "foo.f"() : () -> i1
  %2 = "foo.g"() : () -> i1
  %3 = "foo.h"() : () -> i1
  %4 = "foo.i"() : () -> i1
  %5 = "foo.j"() : () -> i1
  %6 = "foo.k"() : () -> i1
  "foo.use"(%1, %2, %3, %4, %5, %6) : (i1, i1, i1, i1, i1, i1) -> ()
  %7 = "foo.long_value"() : () -> i1
  "foo.very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij"(%7) : (i1) -> ()
  "foo.region"() ({
  ^bb0(%arg0: i1):
    "foo.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    "foo.end"() : () -> ()
  }) : () -> ()
  "foo.long_attr"() {very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_attr = @very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_sym} : () -> ()
  "foo.crlf"() : () -> ()
  "foo.tabs"() : () -> ()
}

