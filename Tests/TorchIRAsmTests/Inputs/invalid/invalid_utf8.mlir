// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Invalid UTF-8 outside of string literals and comments. (Inside strings,
// comments and dialect attribute bodies raw bytes are accepted.)

// A lone continuation-start byte 0xC3 (truncated two-byte sequence).
// expected-error @+1 {{unexpected character}}
"foo.x"() : () -> () Ã

// -----

// A 0xFF byte, which never occurs in UTF-8.
// expected-error @+1 {{unexpected character}}
ÿ"foo.x"() : () -> ()

// -----

// A valid UTF-8 character is not an identifier character either.
// expected-error @+1 {{unexpected character}}
"foo.x"() {a = Ã©} : () -> ()

// -----

// Non-ASCII bytes after '%' do not form an SSA name.
// expected-error @+1 {{invalid SSA name}}
%Ã© = "foo.x"() : () -> i32

// -----

// An overlong encoding of '/' (0xC0 0xAF) in a bare identifier position.
// expected-error @+1 {{unexpected character}}
"foo.x"() : () -> À¯
