// Lexical details: comments, whitespace, identifiers, long names.
// A comment at the start.    // a comment containing //
	// a comment after a tab, with unicode: ✓ 日本
"foo.a"() : () -> ()   // trailing comment
"foo.b"()
  :
  ()
  ->
  ()
"foo.c"(){x=1:i32,y="z"}:()->()
%0="foo.d"():()->i32
"foo.e"  (  %0  ,  %0  )  :  (  i32  ,  i32  )  ->  (  )
%x_1.y$z = "foo.f"() : () -> i1
%42 = "foo.g"() : () -> i1
%_ = "foo.h"() : () -> i1
%$ = "foo.i"() : () -> i1
%- = "foo.j"() : () -> i1
%very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij = "foo.k"() : () -> i1
"foo.use"(%x_1.y$z, %42, %_, %$, %-, %very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij) : (i1, i1, i1, i1, i1, i1) -> ()
%very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_value = "foo.long_value"() : () -> i1
"foo.very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij"(%very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_value) : (i1) -> ()
"foo.region"() ({
^very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_block(%arg: i1):
  "foo.br"() [^very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_block2] : () -> ()
^very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_block2:
  "foo.end"() : () -> ()
}) : () -> ()
"foo.long_attr"() {very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_attr = @very_long_name_abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_sym} : () -> ()
"foo.crlf"() : () -> ()
"foo.tabs"()	:	()	->	()
// Comment at end of file without trailing newline