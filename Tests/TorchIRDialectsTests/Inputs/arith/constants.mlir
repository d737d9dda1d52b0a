// arith.constant's custom form and the result names it picks.
func.func @constants() {
  %0 = arith.constant 0 : index
  %1 = arith.constant 42 : i32
  %2 = arith.constant -1 : i8
  %3 = arith.constant -7 : index
  %4 = arith.constant 1.0 : f32
  %5 = arith.constant 2.5 : f64
  %6 = arith.constant true
  %7 = arith.constant false
  %8 = arith.constant 0 : i1
  %9 = arith.constant dense<1> : tensor<4xi32>
  %10 = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %11 = arith.constant 0x7FC00000 : f32
  %12 = arith.constant 42 : i32
  %13 = arith.constant 9223372036854775807 : i64
  %14 = arith.constant -1.5 : bf16
  %15 = arith.constant {tag} 3 : i16
  return
}
