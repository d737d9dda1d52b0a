"builtin.module"() ({
  "func.func"() <{function_type = () -> (), sym_name = "constants"}> ({
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 42 : i32}> : () -> i32
    %2 = "arith.constant"() <{value = -1 : i8}> : () -> i8
    %3 = "arith.constant"() <{value = -7 : index}> : () -> index
    %4 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
    %5 = "arith.constant"() <{value = 2.500000e+00 : f64}> : () -> f64
    %6 = "arith.constant"() <{value = true}> : () -> i1
    %7 = "arith.constant"() <{value = false}> : () -> i1
    %8 = "arith.constant"() <{value = false}> : () -> i1
    %9 = "arith.constant"() <{value = dense<1> : tensor<4xi32>}> : () -> tensor<4xi32>
    %10 = "arith.constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : vector<2xf32>}> : () -> vector<2xf32>
    %11 = "arith.constant"() <{value = 0x7FC00000 : f32}> : () -> f32
    %12 = "arith.constant"() <{value = 42 : i32}> : () -> i32
    %13 = "arith.constant"() <{value = 9223372036854775807 : i64}> : () -> i64
    %14 = "arith.constant"() <{value = -1.500000e+00 : bf16}> : () -> bf16
    %15 = "arith.constant"() <{value = 3 : i16}> {tag} : () -> i16
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

