// RUN: --verify-diagnostics --split-input-file
// Without --allow-unregistered-dialect, unregistered dialect ops, types and
// attributes are errors.

// expected-error @+1 {{operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used}}
"foo.x"() : () -> ()

// -----

// expected-error @+1 {{operation being parsed with an unregistered dialect}}
%0 = "foo.x"() : () -> i32

// -----

// A `!name` without a dot is an alias reference, not a dialect type.
// expected-error @+1 {{undefined symbol alias id 'xyz'}}
func.func private @f() -> !xyz

// -----

// expected-error @+1 {{`!"xyz"<"t">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
func.func private @f() -> !xyz.t

// -----

// expected-error @+1 {{#"xyz"<"t"> : 'none' attribute created with unregistered dialect}}
func.func private @f() attributes {a = #xyz.t}

// -----

// expected-error @+1 {{#"xyz"<""t""> : 'none' attribute created with unregistered dialect}}
func.func private @f() attributes {a = #xyz<"t">}

// -----

// A registered dialect's unknown op in generic form.
// expected-error @+1 {{unregistered operation 'func.nope' found in dialect ('func') that does not allow unknown operations}}
"func.nope"() : () -> ()
