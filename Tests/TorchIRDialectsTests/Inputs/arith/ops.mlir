// Every arith op in its custom form, with the optional flags.
func.func @integer(%a: i32, %b: i32, %i: index, %v: vector<4xi8>, %t: tensor<4x?xi64>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.addi %a, %b overflow<nsw, nuw> : i32
  %3 = arith.subi %i, %i overflow<nuw> : index
  %4 = arith.muli %v, %v : vector<4xi8>
  %5 = arith.divui %a, %b : i32
  %6 = arith.divsi %a, %b exact : i32
  %7 = arith.ceildivui %a, %b : i32
  %8 = arith.ceildivsi %i, %i : index
  %9 = arith.floordivsi %t, %t : tensor<4x?xi64>
  %10 = arith.remui %a, %b : i32
  %11 = arith.remsi %a, %b : i32
  %12 = arith.andi %a, %b : i32
  %13 = arith.ori %a, %b : i32
  %14 = arith.xori %v, %v : vector<4xi8>
  %15 = arith.shli %a, %b overflow<nsw> : i32
  %16 = arith.shrsi %a, %b : i32
  %17 = arith.shrui %a, %b exact : i32
  %18 = arith.maxsi %a, %b : i32
  %19 = arith.maxui %a, %b : i32
  %20 = arith.minsi %a, %b : i32
  %21 = arith.minui %a, %b : i32
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %s:2 = arith.addui_extended %v, %v : vector<4xi8>, vector<4xi1>
  %low, %high = arith.mulsi_extended %a, %b : i32
  %u:2 = arith.mului_extended %t, %t : tensor<4x?xi64>
  %22 = arith.cmpi eq, %a, %b : i32
  %23 = arith.cmpi uge, %v, %v : vector<4xi8>
  %24 = arith.cmpi sle, %i, %i : index
  return
}

func.func @float(%x: f32, %y: f32, %h: f16, %v: vector<2xf64>, %t: tensor<?xbf16>) {
  %0 = arith.addf %x, %y : f32
  %1 = arith.addf %x, %y fastmath<fast> : f32
  %2 = arith.subf %x, %y fastmath<nnan,ninf> : f32
  %3 = arith.mulf %v, %v fastmath<reassoc,contract> : vector<2xf64>
  %4 = arith.divf %t, %t : tensor<?xbf16>
  %5 = arith.remf %x, %y : f32
  %6 = arith.negf %x : f32
  %7 = arith.negf %h fastmath<nsz> : f16
  %8 = arith.maximumf %x, %y : f32
  %9 = arith.minimumf %x, %y : f32
  %10 = arith.maxnumf %x, %y fastmath<arcp> : f32
  %11 = arith.minnumf %x, %y : f32
  %12 = arith.cmpf oeq, %x, %y : f32
  %13 = arith.cmpf une, %v, %v fastmath<fast> : vector<2xf64>
  %14 = arith.cmpf true, %x, %y : f32
  %15 = arith.cmpf false, %x, %y : f32
  %16 = arith.cmpf uno, %t, %t : tensor<?xbf16>
  %17 = arith.addf %x, %y fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  %18 = arith.addf %x, %y fastmath<afn,reassoc> : f32
  return
}

func.func @casts(%a: i32, %x: f32, %i: index, %vi: vector<4xi16>, %m: memref<4xi32>, %s: f8E8M0FNU) {
  %0 = arith.extui %a : i32 to i64
  %1 = arith.extsi %vi : vector<4xi16> to vector<4xi32>
  %2 = arith.trunci %a : i32 to i8
  %3 = arith.trunci %a overflow<nsw, nuw> : i32 to i16
  %4 = arith.extf %x : f32 to f64
  %5 = arith.extf %x fastmath<fast> : f32 to f64
  %6 = arith.truncf %x : f32 to f16
  %7 = arith.truncf %x upward : f32 to bf16
  %8 = arith.truncf %x toward_zero fastmath<nnan> : f32 to f16
  %9 = arith.sitofp %a : i32 to f32
  %10 = arith.uitofp %vi : vector<4xi16> to vector<4xf16>
  %11 = arith.fptosi %x : f32 to i64
  %12 = arith.fptoui %x : f32 to i8
  %13 = arith.index_cast %a : i32 to index
  %14 = arith.index_castui %i : index to i64
  %15 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  %16 = arith.bitcast %a : i32 to f32
  %17 = arith.bitcast %vi : vector<4xi16> to vector<4xf16>
  %18 = arith.scaling_extf %s, %s : f8E8M0FNU, f8E8M0FNU to f32
  %19 = arith.scaling_truncf %x, %s : f32, f8E8M0FNU to f4E2M1FN
  %20 = arith.scaling_truncf %x, %s downward fastmath<fast> : f32, f8E8M0FNU to f4E2M1FN
  return
}

func.func @select(%c: i1, %a: i32, %b: i32, %vc: vector<4xi1>, %v: vector<4xf32>, %t: tensor<2xi64>) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %c, %v, %v : vector<4xf32>
  %2 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  %3 = arith.select %c, %t, %t {tag = "x"} : tensor<2xi64>
  return
}

func.func @attributes(%a: i32, %b: i32) {
  %0 = arith.addi %a, %b {some.attr = 1 : i64} : i32
  %1 = arith.cmpi ne, %a, %b {tag} : i32
  return
}
