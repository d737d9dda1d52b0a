// `cse`: scopes, dominance, commutative operands, side effects, isolated
// regions. The input mirrors this torch-mlir-opt run (test.add = arith.addi,
// test.mul = arith.muli, test.region = scf.if, test.br = cf.br):
//
//   torch-mlir-opt --cse c1.mlir
//   func.func @f(%a, %b, %p) {
//     %0 = arith.addi %a, %b; %1 = arith.addi %a, %b; %2 = arith.addi %b, %a
//     %3 = scf.if %p { %4 = arith.addi %a, %b; %5 = arith.muli %4, %4; yield %5 }
//          else { %6 = arith.muli %0, %1; yield %6 }
//     %7 = arith.muli %0, %0; %dead = arith.muli %a, %a; %8 = arith.addi %3, %7
//     return %1, %2, %8 }
//   func.func @g(%a, %b) { %0 = arith.addi %a, %b; cf.br ^bb1
//     ^bb1: %1 = arith.addi %a, %b; %2 = arith.muli %0, %1; return %2 }
// which prints
//     %0 = arith.addi %arg0, %arg1 : i32
//     %1 = scf.if %arg2 -> (i32) {
//       %4 = arith.muli %0, %0 : i32
//       scf.yield %4 : i32
//     } else {
//       %4 = arith.muli %0, %0 : i32
//       scf.yield %4 : i32
//     }
//     %2 = arith.muli %0, %0 : i32
//     %3 = arith.addi %1, %2 : i32
//     return %0, %0, %3 : i32, i32, i32
//   ...
//     %0 = arith.addi %arg0, %arg1 : i32
//     cf.br ^bb1
//   ^bb1:  // pred: ^bb0
//     %1 = arith.muli %0, %0 : i32
//     return %1 : i32

import XCTest

@testable import TorchIRPass

final class CSETests: XCTestCase {
  func testScopesDominanceAndSideEffects() throws {
    let input = """
      func.func @f(%a: i32, %b: i32) -> (i32, i32, i32) {
        %0 = "test.add"(%a, %b) : (i32, i32) -> i32
        %1 = "test.add"(%a, %b) : (i32, i32) -> i32
        %2 = "test.add"(%b, %a) : (i32, i32) -> i32
        %3 = "test.region"() ({
          %4 = "test.add"(%a, %b) : (i32, i32) -> i32
          %5 = "test.mul"(%4, %4) : (i32, i32) -> i32
          "test.yield"(%5) : (i32) -> ()
        }) : () -> i32
        %6 = "test.region"() ({
          %7 = "test.mul"(%0, %1) : (i32, i32) -> i32
          "test.yield"(%7) : (i32) -> ()
        }) : () -> i32
        %8 = "test.mul"(%0, %0) : (i32, i32) -> i32
        %dead = "test.mul"(%a, %a) : (i32, i32) -> i32
        %e1 = "test.effect"(%a) : (i32) -> i32
        %e2 = "test.effect"(%a) : (i32) -> i32
        %9 = "test.add"(%3, %8) : (i32, i32) -> i32
        %10 = "test.add"(%9, %6) : (i32, i32) -> i32
        %11 = "test.add"(%e1, %e2) : (i32, i32) -> i32
        return %1, %2, %10 : i32, i32, i32
      }
      func.func @g(%a: i32, %b: i32) -> i32 {
        %0 = "test.add"(%a, %b) : (i32, i32) -> i32
        "test.br"()[^bb1] : () -> ()
      ^bb1:
        %1 = "test.add"(%a, %b) : (i32, i32) -> i32
        %2 = "test.mul"(%0, %1) : (i32, i32) -> i32
        %3 = "test.isolated"() ({
        ^bb0(%x: i32):
          %4 = "test.add"(%x, %x) : (i32, i32) -> i32
          %5 = "test.add"(%x, %x) : (i32, i32) -> i32
          %6 = "test.mul"(%4, %5) : (i32, i32) -> i32
          "test.yield"(%6) : (i32) -> ()
        }) : () -> i32
        %7 = "test.add"(%2, %3) : (i32, i32) -> i32
        return %7 : i32
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(func.func(cse))", on: input), """
      module {
        func.func @f(%arg0: i32, %arg1: i32) -> (i32, i32, i32) {
          %0 = "test.add"(%arg0, %arg1) : (i32, i32) -> i32
          %1 = "test.region"() ({
            %8 = "test.mul"(%0, %0) : (i32, i32) -> i32
            "test.yield"(%8) : (i32) -> ()
          }) : () -> i32
          %2 = "test.region"() ({
            %8 = "test.mul"(%0, %0) : (i32, i32) -> i32
            "test.yield"(%8) : (i32) -> ()
          }) : () -> i32
          %3 = "test.mul"(%0, %0) : (i32, i32) -> i32
          %4 = "test.effect"(%arg0) : (i32) -> i32
          %5 = "test.effect"(%arg0) : (i32) -> i32
          %6 = "test.add"(%1, %3) : (i32, i32) -> i32
          %7 = "test.add"(%6, %2) : (i32, i32) -> i32
          return %0, %0, %7 : i32, i32, i32
        }
        func.func @g(%arg0: i32, %arg1: i32) -> i32 {
          %0 = "test.add"(%arg0, %arg1) : (i32, i32) -> i32
          "test.br"()[^bb1] : () -> ()
        ^bb1:  // pred: ^bb0
          %1 = "test.mul"(%0, %0) : (i32, i32) -> i32
          %2 = "test.isolated"() ({
          ^bb0(%arg2: i32):
            %4 = "test.add"(%arg2, %arg2) : (i32, i32) -> i32
            %5 = "test.mul"(%4, %4) : (i32, i32) -> i32
            "test.yield"(%5) : (i32) -> ()
          }) : () -> i32
          %3 = "test.add"(%1, %2) : (i32, i32) -> i32
          return %3 : i32
        }
      }

      """)
  }

  // Equal ops in sibling functions are not merged (each function is
  // isolated from above), and CSE on the module alone works too.
  func testIsolatedFunctionsAreSeparateScopes() throws {
    let input = """
      func.func @f(%a: i32) -> i32 {
        %0 = "test.mul"(%a, %a) : (i32, i32) -> i32
        return %0 : i32
      }
      func.func @g(%a: i32) -> i32 {
        %0 = "test.mul"(%a, %a) : (i32, i32) -> i32
        %1 = "test.mul"(%a, %a) : (i32, i32) -> i32
        %2 = "test.add"(%0, %1) : (i32, i32) -> i32
        return %2 : i32
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(cse)", on: input), """
      module {
        func.func @f(%arg0: i32) -> i32 {
          %0 = "test.mul"(%arg0, %arg0) : (i32, i32) -> i32
          return %0 : i32
        }
        func.func @g(%arg0: i32) -> i32 {
          %0 = "test.mul"(%arg0, %arg0) : (i32, i32) -> i32
          %1 = "test.add"(%0, %0) : (i32, i32) -> i32
          return %1 : i32
        }
      }

      """)
  }
}
