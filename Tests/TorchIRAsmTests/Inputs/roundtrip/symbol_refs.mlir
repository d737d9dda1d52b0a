// Symbol reference attributes: flat, nested, quoted.
"foo.refs"() {
  a = @sym, b = @a::@b, c = @a::@b::@c, d = @"with space", e = @"quote\"d",
  f = @"nested"::@"also nested"::@plain, g = @_under.score$dollar, h = @"9digit",
  j = @a::@"b c", k = @"unicode_é", l = [@x, @y::@z], m = {ref = @inner}
} : () -> ()
// Symbol references as properties.
"foo.call"() <{callee = @some::@function}> : () -> ()
