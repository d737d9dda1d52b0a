module {
  func.func @integer(%arg0: i32, %arg1: i32, %arg2: index, %arg3: vector<4xi8>, %arg4: tensor<4x?xi64>) {
    %0 = arith.addi %arg0, %arg1 : i32
    %1 = arith.addi %arg0, %arg1 overflow<nsw> : i32
    %2 = arith.addi %arg0, %arg1 overflow<nsw, nuw> : i32
    %3 = arith.subi %arg2, %arg2 overflow<nuw> : index
    %4 = arith.muli %arg3, %arg3 : vector<4xi8>
    %5 = arith.divui %arg0, %arg1 : i32
    %6 = arith.divsi %arg0, %arg1 exact : i32
    %7 = arith.ceildivui %arg0, %arg1 : i32
    %8 = arith.ceildivsi %arg2, %arg2 : index
    %9 = arith.floordivsi %arg4, %arg4 : tensor<4x?xi64>
    %10 = arith.remui %arg0, %arg1 : i32
    %11 = arith.remsi %arg0, %arg1 : i32
    %12 = arith.andi %arg0, %arg1 : i32
    %13 = arith.ori %arg0, %arg1 : i32
    %14 = arith.xori %arg3, %arg3 : vector<4xi8>
    %15 = arith.shli %arg0, %arg1 overflow<nsw> : i32
    %16 = arith.shrsi %arg0, %arg1 : i32
    %17 = arith.shrui %arg0, %arg1 exact : i32
    %18 = arith.maxsi %arg0, %arg1 : i32
    %19 = arith.maxui %arg0, %arg1 : i32
    %20 = arith.minsi %arg0, %arg1 : i32
    %21 = arith.minui %arg0, %arg1 : i32
    %sum, %overflow = arith.addui_extended %arg0, %arg1 : i32, i1
    %sum_0, %overflow_1 = arith.addui_extended %arg3, %arg3 : vector<4xi8>, vector<4xi1>
    %low, %high = arith.mulsi_extended %arg0, %arg1 : i32
    %low_2, %high_3 = arith.mului_extended %arg4, %arg4 : tensor<4x?xi64>
    %22 = arith.cmpi eq, %arg0, %arg1 : i32
    %23 = arith.cmpi uge, %arg3, %arg3 : vector<4xi8>
    %24 = arith.cmpi sle, %arg2, %arg2 : index
    return
  }
  func.func @float(%arg0: f32, %arg1: f32, %arg2: f16, %arg3: vector<2xf64>, %arg4: tensor<?xbf16>) {
    %0 = arith.addf %arg0, %arg1 : f32
    %1 = arith.addf %arg0, %arg1 fastmath<fast> : f32
    %2 = arith.subf %arg0, %arg1 fastmath<nnan,ninf> : f32
    %3 = arith.mulf %arg3, %arg3 fastmath<reassoc,contract> : vector<2xf64>
    %4 = arith.divf %arg4, %arg4 : tensor<?xbf16>
    %5 = arith.remf %arg0, %arg1 : f32
    %6 = arith.negf %arg0 : f32
    %7 = arith.negf %arg2 fastmath<nsz> : f16
    %8 = arith.maximumf %arg0, %arg1 : f32
    %9 = arith.minimumf %arg0, %arg1 : f32
    %10 = arith.maxnumf %arg0, %arg1 fastmath<arcp> : f32
    %11 = arith.minnumf %arg0, %arg1 : f32
    %12 = arith.cmpf oeq, %arg0, %arg1 : f32
    %13 = arith.cmpf une, %arg3, %arg3 fastmath<fast> : vector<2xf64>
    %14 = arith.cmpf true, %arg0, %arg1 : f32
    %15 = arith.cmpf false, %arg0, %arg1 : f32
    %16 = arith.cmpf uno, %arg4, %arg4 : tensor<?xbf16>
    %17 = arith.addf %arg0, %arg1 fastmath<fast> : f32
    %18 = arith.addf %arg0, %arg1 fastmath<reassoc,afn> : f32
    return
  }
  func.func @casts(%arg0: i32, %arg1: f32, %arg2: index, %arg3: vector<4xi16>, %arg4: memref<4xi32>, %arg5: f8E8M0FNU) {
    %0 = arith.extui %arg0 : i32 to i64
    %1 = arith.extsi %arg3 : vector<4xi16> to vector<4xi32>
    %2 = arith.trunci %arg0 : i32 to i8
    %3 = arith.trunci %arg0 overflow<nsw, nuw> : i32 to i16
    %4 = arith.extf %arg1 : f32 to f64
    %5 = arith.extf %arg1 fastmath<fast> : f32 to f64
    %6 = arith.truncf %arg1 : f32 to f16
    %7 = arith.truncf %arg1 upward : f32 to bf16
    %8 = arith.truncf %arg1 toward_zero fastmath<nnan> : f32 to f16
    %9 = arith.sitofp %arg0 : i32 to f32
    %10 = arith.uitofp %arg3 : vector<4xi16> to vector<4xf16>
    %11 = arith.fptosi %arg1 : f32 to i64
    %12 = arith.fptoui %arg1 : f32 to i8
    %13 = arith.index_cast %arg0 : i32 to index
    %14 = arith.index_castui %arg2 : index to i64
    %15 = arith.index_cast %arg4 : memref<4xi32> to memref<4xindex>
    %16 = arith.bitcast %arg0 : i32 to f32
    %17 = arith.bitcast %arg3 : vector<4xi16> to vector<4xf16>
    %18 = arith.scaling_extf %arg5, %arg5 : f8E8M0FNU, f8E8M0FNU to f32
    %19 = arith.scaling_truncf %arg1, %arg5 : f32, f8E8M0FNU to f4E2M1FN
    %20 = arith.scaling_truncf %arg1, %arg5 downward fastmath<fast> : f32, f8E8M0FNU to f4E2M1FN
    return
  }
  func.func @select(%arg0: i1, %arg1: i32, %arg2: i32, %arg3: vector<4xi1>, %arg4: vector<4xf32>, %arg5: tensor<2xi64>) {
    %0 = arith.select %arg0, %arg1, %arg2 : i32
    %1 = arith.select %arg0, %arg4, %arg4 : vector<4xf32>
    %2 = arith.select %arg3, %arg4, %arg4 : vector<4xi1>, vector<4xf32>
    %3 = arith.select %arg0, %arg5, %arg5 {tag = "x"} : tensor<2xi64>
    return
  }
  func.func @attributes(%arg0: i32, %arg1: i32) {
    %0 = arith.addi %arg0, %arg1 {some.attr = 1 : i64} : i32
    %1 = arith.cmpi ne, %arg0, %arg1 {tag} : i32
    return
  }
}

