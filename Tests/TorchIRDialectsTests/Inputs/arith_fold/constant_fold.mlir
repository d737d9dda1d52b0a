// Constant folding inputs for ArithFoldTests (the expected values are what
// `torch-mlir-opt --canonicalize` folds each returned value to).
func.func @f() -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i1, i1, f32, f32, i1, i1, i32, i32, i8, f32, i32, index, i32, f32, f32, f32, f16, i8) {
  %m7 = arith.constant -7 : i8
  %c2 = arith.constant 2 : i8
  %c127 = arith.constant 127 : i8
  %c1 = arith.constant 1 : i8
  %m1 = arith.constant -1 : i8
  %m16 = arith.constant -16 : i8
  %z = arith.constant 0 : i8
  %0 = arith.addi %c127, %c1 : i8
  %1 = arith.divsi %m7, %c2 : i8
  %2 = arith.ceildivsi %m7, %c2 : i8
  %3 = arith.floordivsi %m7, %c2 : i8
  %4 = arith.remsi %m7, %c2 : i8
  %5 = arith.divui %m1, %c2 : i8
  %6 = arith.shrsi %m16, %c2 : i8
  %7 = arith.shrui %m16, %c2 : i8
  %8 = arith.muli %c127, %c2 : i8
  %9 = arith.ceildivui %m7, %c2 : i8
  %10 = arith.cmpi slt, %m1, %z : i8
  %11 = arith.cmpi ult, %m1, %z : i8
  %f1 = arith.constant 1.0 : f32
  %f3 = arith.constant 3.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %12 = arith.divf %f1, %f3 : f32
  %13 = arith.addf %f1, %f3 : f32
  %14 = arith.cmpf olt, %nan, %f1 : f32
  %15 = arith.cmpf ult, %nan, %f1 : f32
  %16 = arith.extsi %m1 : i8 to i32
  %17 = arith.extui %m1 : i8 to i32
  %c300 = arith.constant 300 : i32
  %18 = arith.trunci %c300 : i32 to i8
  %19 = arith.sitofp %m7 : i8 to f32
  %f27 = arith.constant -2.7 : f32
  %20 = arith.fptosi %f27 : f32 to i32
  %mi = arith.constant -1 : i32
  %21 = arith.index_cast %mi : i32 to index
  %22 = arith.bitcast %f1 : f32 to i32
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %23 = arith.maximumf %nz, %pz : f32
  %24 = arith.minimumf %nz, %pz : f32
  %25 = arith.negf %f3 : f32
  %f15 = arith.constant 1.5 : f32
  %26 = arith.truncf %f15 : f32 to f16
  %27 = arith.remui %m7, %c2 : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27 : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i1, i1, f32, f32, i1, i1, i32, i32, i8, f32, i32, index, i32, f32, f32, f32, f16, i8
}
