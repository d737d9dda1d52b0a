// Literals MLIR rejects, with the messages it gives (see README.md).
// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = -0 : i32} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = -129 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 128 : si8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 0x1FF : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 2 : i1} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 1 : si1} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = -1 : i0} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 1 : i0} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 18446744073709551616 : i64} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"t.e"() {v = 9223372036854775808 : index} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"t.e"() {v = -5 : ui8} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"t.e"() {v = -0 : ui8} : () -> ()

// -----

// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
"t.e"() {v = 1 : f32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
"t.e"() {v = -0x3C00 : f16} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"t.e"() {v = 0x1FFFF : f16} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"t.e"() {v = 0xFFFFF : tf32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"t.e"() {v = 0x10 : f4E2M1FN} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"t.e"() {v = 0x100000000000000000000 : f80} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"t.e"() {v = 1.5 : i32} : () -> ()
