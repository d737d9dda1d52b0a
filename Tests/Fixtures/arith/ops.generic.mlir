"builtin.module"() ({
  "func.func"() <{function_type = (i32, i32, index, vector<4xi8>, tensor<4x?xi64>) -> (), sym_name = "integer"}> ({
  ^bb0(%arg19: i32, %arg20: i32, %arg21: index, %arg22: vector<4xi8>, %arg23: tensor<4x?xi64>):
    %46 = "arith.addi"(%arg19, %arg20) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %47 = "arith.addi"(%arg19, %arg20) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
    %48 = "arith.addi"(%arg19, %arg20) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %49 = "arith.subi"(%arg21, %arg21) <{overflowFlags = #arith.overflow<nuw>}> : (index, index) -> index
    %50 = "arith.muli"(%arg22, %arg22) <{overflowFlags = #arith.overflow<none>}> : (vector<4xi8>, vector<4xi8>) -> vector<4xi8>
    %51 = "arith.divui"(%arg19, %arg20) : (i32, i32) -> i32
    %52 = "arith.divsi"(%arg19, %arg20) <{isExact}> : (i32, i32) -> i32
    %53 = "arith.ceildivui"(%arg19, %arg20) : (i32, i32) -> i32
    %54 = "arith.ceildivsi"(%arg21, %arg21) : (index, index) -> index
    %55 = "arith.floordivsi"(%arg23, %arg23) : (tensor<4x?xi64>, tensor<4x?xi64>) -> tensor<4x?xi64>
    %56 = "arith.remui"(%arg19, %arg20) : (i32, i32) -> i32
    %57 = "arith.remsi"(%arg19, %arg20) : (i32, i32) -> i32
    %58 = "arith.andi"(%arg19, %arg20) : (i32, i32) -> i32
    %59 = "arith.ori"(%arg19, %arg20) : (i32, i32) -> i32
    %60 = "arith.xori"(%arg22, %arg22) : (vector<4xi8>, vector<4xi8>) -> vector<4xi8>
    %61 = "arith.shli"(%arg19, %arg20) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
    %62 = "arith.shrsi"(%arg19, %arg20) : (i32, i32) -> i32
    %63 = "arith.shrui"(%arg19, %arg20) <{isExact}> : (i32, i32) -> i32
    %64 = "arith.maxsi"(%arg19, %arg20) : (i32, i32) -> i32
    %65 = "arith.maxui"(%arg19, %arg20) : (i32, i32) -> i32
    %66 = "arith.minsi"(%arg19, %arg20) : (i32, i32) -> i32
    %67 = "arith.minui"(%arg19, %arg20) : (i32, i32) -> i32
    %68:2 = "arith.addui_extended"(%arg19, %arg20) : (i32, i32) -> (i32, i1)
    %69:2 = "arith.addui_extended"(%arg22, %arg22) : (vector<4xi8>, vector<4xi8>) -> (vector<4xi8>, vector<4xi1>)
    %70:2 = "arith.mulsi_extended"(%arg19, %arg20) : (i32, i32) -> (i32, i32)
    %71:2 = "arith.mului_extended"(%arg23, %arg23) : (tensor<4x?xi64>, tensor<4x?xi64>) -> (tensor<4x?xi64>, tensor<4x?xi64>)
    %72 = "arith.cmpi"(%arg19, %arg20) <{predicate = 0 : i64}> : (i32, i32) -> i1
    %73 = "arith.cmpi"(%arg22, %arg22) <{predicate = 9 : i64}> : (vector<4xi8>, vector<4xi8>) -> vector<4xi1>
    %74 = "arith.cmpi"(%arg21, %arg21) <{predicate = 3 : i64}> : (index, index) -> i1
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, f32, f16, vector<2xf64>, tensor<?xbf16>) -> (), sym_name = "float"}> ({
  ^bb0(%arg14: f32, %arg15: f32, %arg16: f16, %arg17: vector<2xf64>, %arg18: tensor<?xbf16>):
    %27 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %28 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
    %29 = "arith.subf"(%arg14, %arg15) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
    %30 = "arith.mulf"(%arg17, %arg17) <{fastmath = #arith.fastmath<reassoc,contract>}> : (vector<2xf64>, vector<2xf64>) -> vector<2xf64>
    %31 = "arith.divf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>}> : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
    %32 = "arith.remf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %33 = "arith.negf"(%arg14) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %34 = "arith.negf"(%arg16) <{fastmath = #arith.fastmath<nsz>}> : (f16) -> f16
    %35 = "arith.maximumf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %36 = "arith.minimumf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %37 = "arith.maxnumf"(%arg14, %arg15) <{fastmath = #arith.fastmath<arcp>}> : (f32, f32) -> f32
    %38 = "arith.minnumf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %39 = "arith.cmpf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>, predicate = 1 : i64}> : (f32, f32) -> i1
    %40 = "arith.cmpf"(%arg17, %arg17) <{fastmath = #arith.fastmath<fast>, predicate = 13 : i64}> : (vector<2xf64>, vector<2xf64>) -> vector<2xi1>
    %41 = "arith.cmpf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>, predicate = 15 : i64}> : (f32, f32) -> i1
    %42 = "arith.cmpf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>, predicate = 0 : i64}> : (f32, f32) -> i1
    %43 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 14 : i64}> : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xi1>
    %44 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
    %45 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<reassoc,afn>}> : (f32, f32) -> f32
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, f32, index, vector<4xi16>, memref<4xi32>, f8E8M0FNU) -> (), sym_name = "casts"}> ({
  ^bb0(%arg8: i32, %arg9: f32, %arg10: index, %arg11: vector<4xi16>, %arg12: memref<4xi32>, %arg13: f8E8M0FNU):
    %6 = "arith.extui"(%arg8) : (i32) -> i64
    %7 = "arith.extsi"(%arg11) : (vector<4xi16>) -> vector<4xi32>
    %8 = "arith.trunci"(%arg8) <{overflowFlags = #arith.overflow<none>}> : (i32) -> i8
    %9 = "arith.trunci"(%arg8) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32) -> i16
    %10 = "arith.extf"(%arg9) : (f32) -> f64
    %11 = "arith.extf"(%arg9) <{fastmath = #arith.fastmath<fast>}> : (f32) -> f64
    %12 = "arith.truncf"(%arg9) : (f32) -> f16
    %13 = "arith.truncf"(%arg9) <{roundingmode = 2 : i32}> : (f32) -> bf16
    %14 = "arith.truncf"(%arg9) <{fastmath = #arith.fastmath<nnan>, roundingmode = 3 : i32}> : (f32) -> f16
    %15 = "arith.sitofp"(%arg8) : (i32) -> f32
    %16 = "arith.uitofp"(%arg11) : (vector<4xi16>) -> vector<4xf16>
    %17 = "arith.fptosi"(%arg9) : (f32) -> i64
    %18 = "arith.fptoui"(%arg9) : (f32) -> i8
    %19 = "arith.index_cast"(%arg8) : (i32) -> index
    %20 = "arith.index_castui"(%arg10) : (index) -> i64
    %21 = "arith.index_cast"(%arg12) : (memref<4xi32>) -> memref<4xindex>
    %22 = "arith.bitcast"(%arg8) : (i32) -> f32
    %23 = "arith.bitcast"(%arg11) : (vector<4xi16>) -> vector<4xf16>
    %24 = "arith.scaling_extf"(%arg13, %arg13) : (f8E8M0FNU, f8E8M0FNU) -> f32
    %25 = "arith.scaling_truncf"(%arg9, %arg13) : (f32, f8E8M0FNU) -> f4E2M1FN
    %26 = "arith.scaling_truncf"(%arg9, %arg13) <{fastmath = #arith.fastmath<fast>, roundingmode = 1 : i32}> : (f32, f8E8M0FNU) -> f4E2M1FN
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32, vector<4xi1>, vector<4xf32>, tensor<2xi64>) -> (), sym_name = "select"}> ({
  ^bb0(%arg2: i1, %arg3: i32, %arg4: i32, %arg5: vector<4xi1>, %arg6: vector<4xf32>, %arg7: tensor<2xi64>):
    %2 = "arith.select"(%arg2, %arg3, %arg4) : (i1, i32, i32) -> i32
    %3 = "arith.select"(%arg2, %arg6, %arg6) : (i1, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %4 = "arith.select"(%arg5, %arg6, %arg6) : (vector<4xi1>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %5 = "arith.select"(%arg2, %arg7, %arg7) {tag = "x"} : (i1, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32) -> (), sym_name = "attributes"}> ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "arith.addi"(%arg0, %arg1) <{overflowFlags = #arith.overflow<none>}> {some.attr = 1 : i64} : (i32, i32) -> i32
    %1 = "arith.cmpi"(%arg0, %arg1) <{predicate = 1 : i64}> {tag} : (i32, i32) -> i1
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

