// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Invalid locations.

// expected-error @+1 {{expected integer line number in FileLineColRange}}
"foo.x"() : () -> () loc("a.mlir":x)

// -----

// expected-error @+1 {{expected location instance}}
"foo.x"() : () -> () loc(foo)

// -----

// expected-error @+1 {{expected 'at' in callsite location}}
"foo.x"() : () -> () loc(callsite("a" "b"))

// -----

// The use of an undefined location alias is only reported at the end of the file.
// expected-error @+1 {{operation location alias was never defined}}
"foo.x"() : () -> () loc(#undefined)

// -----

// expected-error @+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"foo.x"() : () -> () loc("a.mlir":1:2 to 3)

// -----

// expected-error @+1 {{expected '(' in location}}
"foo.x"() : () -> () loc

// -----

// A non-location attribute can not be used as a location.
// expected-error @+1 {{expected location attribute, but got#foo.loc<"custom">}}
"foo.x"() : () -> () loc(#foo.loc<"custom">)

// -----

#not_a_loc = 1 : i32
// expected-error @+1 {{expected location, but found '1 : i32'}}
"foo.x"() : () -> () loc(#not_a_loc)
