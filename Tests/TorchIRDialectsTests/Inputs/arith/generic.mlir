// Generic forms: properties given, omitted (defaults filled in), and ops
// whose custom form differs.
func.func @generic(%a: i32, %b: i32, %x: f32, %c: i1) {
  %0 = "arith.addi"(%a, %b) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
  %1 = "arith.addi"(%a, %b) : (i32, i32) -> i32
  %2 = "arith.muli"(%a, %b) {overflowFlags = #arith.overflow<nuw>} : (i32, i32) -> i32
  %3 = "arith.divsi"(%a, %b) <{isExact}> : (i32, i32) -> i32
  %4 = "arith.addf"(%x, %x) : (f32, f32) -> f32
  %5 = "arith.cmpi"(%a, %b) {predicate = 3 : i64} : (i32, i32) -> i1
  %6 = "arith.cmpf"(%x, %x) <{predicate = 11 : i64}> : (f32, f32) -> i1
  %7 = "arith.truncf"(%x) <{roundingmode = 4 : i32}> : (f32) -> f16
  %8 = "arith.constant"() <{value = 7 : i32}> : () -> i32
  %9 = "arith.select"(%c, %a, %b) : (i1, i32, i32) -> i32
  %10:2 = "arith.mului_extended"(%a, %b) : (i32, i32) -> (i32, i32)
  %11 = "arith.negf"(%x) <{fastmath = #arith.fastmath<nnan,nsz>}> : (f32) -> f32
  %12 = "arith.addi"(%a, %b) <{overflowFlags = #arith.overflow<none>}> {x = 1 : i32} : (i32, i32) -> i32
  return
}
