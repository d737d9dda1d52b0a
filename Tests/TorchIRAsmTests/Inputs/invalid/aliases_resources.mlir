// RUN: --verify-diagnostics --split-input-file --allow-unregistered-dialect
// Alias definitions and the file-level resource section.

!a = i32
// expected-error @+1 {{redefinition of type alias id 'a'}}
!a = i64

// -----

#a = 1
// expected-error @+1 {{redefinition of attribute alias id 'a'}}
#a = 2

// -----

// Aliases must be defined before they are used.
// expected-error @+1 {{undefined symbol alias id 'b'}}
"foo.x"() : () -> !b
!b = i32

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined_alias'}}
"foo.x"() {a = #undefined_alias} : () -> ()

// -----

// expected-error @+1 {{type names with a '.' are reserved for dialect-defined names}}
!with.dot = i32

// -----

// expected-error @+1 {{attribute names with a '.' are reserved for dialect-defined names}}
#with.dot = 1

// -----

// expected-error @+1 {{expected hex string blob for key 'x' to encode alignment in first 4 bytes}}
{-# dialect_resources: { builtin: { x: "0x0100" } } #-}

// -----

// expected-error @+1 {{expected hex string blob for key 'x' to encode alignment in first 4 bytes, but got non-power-of-2 value: 3}}
{-# dialect_resources: { builtin: { x: "0x03000000" } } #-}

// -----

// expected-error @+1 {{expected hex string blob for key 'x'}}
{-# dialect_resources: { builtin: { x: "hello" } } #-}

// -----

// expected-error @+1 {{unknown key 'bogus_section' in file metadata dictionary}}
{-# bogus_section: { } #-}

// -----

// Resources of unregistered dialects can not be parsed.
// expected-error @+1 {{dialect 'foo' is unknown}}
{-# dialect_resources: { foo: { x: "0x04000000" } } #-}
