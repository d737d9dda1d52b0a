// `inline` beyond the byte-compared fixtures (Tests/Fixtures/passes/inline.mlir):
// its option spelling and the symbol-table requirement, checked against
// torch-mlir-opt's output quoted with each test.

import XCTest

@testable import TorchIRPass

final class InlinerTests: XCTestCase {
  // torch-mlir-opt --pass-pipeline='builtin.module(inline)' --dump-pass-pipeline
  // prints `inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }`.
  func testOptionsPrintLikeMLIR() throws {
    registerTransformPasses()
    let pm = try parsePassPipeline("builtin.module(inline)")
    XCTAssertEqual(pm.printAsTextualPipeline(pretty: false),
      "builtin.module(inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 })")
  }

  // torch-mlir-opt --pass-pipeline='builtin.module(func.func(inline))':
  //   error: 'func.func' op  was scheduled to run under the inliner, but does not define a symbol table
  func testRequiresSymbolTable() throws {
    XCTAssertEqual(try runPipeline("builtin.module(func.func(inline))", on: "func.func @f() { return }"),
      "FAILED: 'func.func' op  was scheduled to run under the inliner, but does not define a symbol table")
  }

  // With an empty optimization pipeline nothing is canonicalized: the
  // inlined body appears as is (torch-mlir-opt
  // --pass-pipeline='builtin.module(inline{default-pipeline=})' gives the
  // same text), and op-pipelines choose per-op pipelines.
  func testPipelineOptions() throws {
    let input = """
      func.func private @f(%a: i32) -> i32 {
        %c0 = arith.constant 0 : i32
        %0 = arith.addi %a, %c0 : i32
        return %0 : i32
      }
      func.func @g(%a: i32) -> i32 {
        %0 = call @f(%a) : (i32) -> i32
        return %0 : i32
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(inline{default-pipeline=})", on: input), """
      module {
        func.func @g(%arg0: i32) -> i32 {
          %c0_i32 = arith.constant 0 : i32
          %0 = arith.addi %arg0, %c0_i32 : i32
          return %0 : i32
        }
      }

      """)
    XCTAssertEqual(
      try runPipeline("builtin.module(inline{default-pipeline= op-pipelines=func.func(canonicalize,cse)})", on: input), """
      module {
        func.func @g(%arg0: i32) -> i32 {
          return %arg0 : i32
        }
      }

      """)
  }
}
