module {
  func.func @constants() {
    %c0 = arith.constant 0 : index
    %c42_i32 = arith.constant 42 : i32
    %c-1_i8 = arith.constant -1 : i8
    %c-7 = arith.constant -7 : index
    %cst = arith.constant 1.000000e+00 : f32
    %cst_0 = arith.constant 2.500000e+00 : f64
    %true = arith.constant true
    %false = arith.constant false
    %false_1 = arith.constant false
    %cst_2 = arith.constant dense<1> : tensor<4xi32>
    %cst_3 = arith.constant dense<[1.000000e+00, 2.000000e+00]> : vector<2xf32>
    %cst_4 = arith.constant 0x7FC00000 : f32
    %c42_i32_5 = arith.constant 42 : i32
    %c9223372036854775807_i64 = arith.constant 9223372036854775807 : i64
    %cst_6 = arith.constant -1.500000e+00 : bf16
    %c3_i16 = arith.constant {tag} 3 : i16
    return
  }
}

