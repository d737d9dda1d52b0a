// Generic forms of scf ops as input (operand segments, implicit terminators
// written out, discardable attributes); printed by torch-mlir-opt into
// Tests/Fixtures/scf/generic.{custom,generic}.mlir.

"func.func"() <{function_type = (index, i1, f32) -> f32, sym_name = "generic"}> ({
^bb0(%i: index, %c: i1, %x: f32):
  %0 = "scf.for"(%i, %i, %i, %x) ({
  ^bb0(%iv: index, %acc: f32):
    "scf.yield"(%acc) : (f32) -> ()
  }) {unsignedCmp} : (index, index, index, f32) -> f32
  "scf.for"(%i, %i, %i) ({
  ^bb0(%iv: index):
    "scf.yield"() {marker} : () -> ()
  }) : (index, index, index) -> ()
  %1 = "scf.if"(%c) ({
    "scf.yield"(%0) : (f32) -> ()
  }, {
    "scf.yield"(%x) : (f32) -> ()
  }) : (i1) -> f32
  "scf.if"(%c) ({
    "scf.yield"() : () -> ()
  }, {
  }) {discardable = 1 : i64} : (i1) -> ()
  %2 = "scf.while"(%1) ({
  ^bb0(%a: f32):
    "scf.condition"(%c, %a) : (i1, f32) -> ()
  }, {
  ^bb0(%b: f32):
    "scf.yield"(%b) : (f32) -> ()
  }) : (f32) -> f32
  %3 = "scf.index_switch"(%i) <{cases = array<i64: 7, 9>}> ({
    "scf.yield"(%x) : (f32) -> ()
  }, {
    "scf.yield"(%2) : (f32) -> ()
  }, {
    "scf.yield"(%1) : (f32) -> ()
  }) : (index) -> f32
  "scf.index_switch"(%i) <{cases = array<i64>}> ({
    "scf.yield"() {kept} : () -> ()
  }) : (index) -> ()
  %4 = "scf.parallel"(%i, %i, %i, %3) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>}> ({
  ^bb0(%iv: index):
    "scf.reduce"(%x) ({
    ^bb0(%l: f32, %r: f32):
      "scf.reduce.return"(%l) : (f32) -> ()
    }) : (f32) -> ()
  }) : (index, index, index, f32) -> f32
  %5 = "scf.execute_region"() <{no_inline}> ({
    "scf.yield"(%4) : (f32) -> ()
  }) : () -> f32
  "func.return"(%5) : (f32) -> ()
}) : () -> ()
