module {
  "foo.refs"() {a = @sym, b = @a::@b, c = @a::@b::@c, d = @"with space", e = @"quote\22d", f = @nested::@"also nested"::@plain, g = @_under.score$dollar, h = @"9digit", j = @a::@"b c", k = @"unicode_\C3\A9", l = [@x, @y::@z], m = {ref = @inner}} : () -> ()
  "foo.call"() <{callee = @some::@function}> : () -> ()
}

