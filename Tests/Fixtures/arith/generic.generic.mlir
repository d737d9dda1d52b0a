"builtin.module"() ({
  "func.func"() <{function_type = (i32, i32, f32, i1) -> (), sym_name = "generic"}> ({
  ^bb0(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: i1):
    %0 = "arith.addi"(%arg0, %arg1) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %1 = "arith.addi"(%arg0, %arg1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %2 = "arith.muli"(%arg0, %arg1) <{overflowFlags = #arith.overflow<nuw>}> : (i32, i32) -> i32
    %3 = "arith.divsi"(%arg0, %arg1) <{isExact}> : (i32, i32) -> i32
    %4 = "arith.addf"(%arg2, %arg2) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %5 = "arith.cmpi"(%arg0, %arg1) <{predicate = 3 : i64}> : (i32, i32) -> i1
    %6 = "arith.cmpf"(%arg2, %arg2) <{fastmath = #arith.fastmath<none>, predicate = 11 : i64}> : (f32, f32) -> i1
    %7 = "arith.truncf"(%arg2) <{roundingmode = 4 : i32}> : (f32) -> f16
    %8 = "arith.constant"() <{value = 7 : i32}> : () -> i32
    %9 = "arith.select"(%arg3, %arg0, %arg1) : (i1, i32, i32) -> i32
    %10:2 = "arith.mului_extended"(%arg0, %arg1) : (i32, i32) -> (i32, i32)
    %11 = "arith.negf"(%arg2) <{fastmath = #arith.fastmath<nnan,nsz>}> : (f32) -> f32
    %12 = "arith.addi"(%arg0, %arg1) <{overflowFlags = #arith.overflow<none>}> {x = 1 : i32} : (i32, i32) -> i32
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

