// The greedy driver through `canonicalize`: folding with constant
// materialization, uniquing and hoisting, patterns, dead-op removal and the
// iteration / rewrite limits. Each input mirrors an `arith` one run through
// torch-mlir-opt (quoted), with test.constant/test.add standing for
// arith.constant/arith.addi and test.mul for arith.muli (whose folders this
// test dialect leaves out).

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

@testable import TorchIRPass

final class GreedyDriverTests: XCTestCase {
  // torch-mlir-opt --canonicalize on:
  //   %0 = arith.addi %a, %a; %c1 = arith.constant 1; %1 = arith.muli %0, %0
  //   %c2 = arith.constant 2; %s = arith.addi %c1, %c2; %c3 = arith.constant 3
  //   %t = arith.addi %s, %c1; %u = arith.addi %1, %c3; return %s, %t, %u
  // gives (constants hoisted, the folded 3 reuses %c3, the new 4 goes first):
  //   %c4_i32 = arith.constant 4 : i32
  //   %c3_i32 = arith.constant 3 : i32
  //   %0 = arith.addi %arg0, %arg0 : i32
  //   %1 = arith.muli %0, %0 : i32
  //   %2 = arith.addi %1, %c3_i32 : i32
  //   return %c3_i32, %c4_i32, %2 : i32, i32, i32
  func testFoldingMaterializesUniquesAndHoistsConstants() throws {
    let input = """
      func.func @f(%a: i32) -> (i32, i32, i32) {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        %c1 = "test.constant"() {value = 1 : i32} : () -> i32
        %1 = "test.mul"(%0, %0) : (i32, i32) -> i32
        %c2 = "test.constant"() {value = 2 : i32} : () -> i32
        %s = "test.add"(%c1, %c2) : (i32, i32) -> i32
        %c3 = "test.constant"() {value = 3 : i32} : () -> i32
        %t = "test.add"(%s, %c1) : (i32, i32) -> i32
        %u = "test.add"(%1, %c3) : (i32, i32) -> i32
        return %s, %t, %u : i32, i32, i32
      }
      """
    for pipeline in ["builtin.module(func.func(canonicalize))",
      "builtin.module(func.func(canonicalize{top-down=false}))"]
    {
      XCTAssertEqual(try runPipeline(pipeline, on: input), """
        module {
          func.func @f(%arg0: i32) -> (i32, i32, i32) {
            %0 = "test.constant"() <{value = 4 : i32}> : () -> i32
            %1 = "test.constant"() <{value = 3 : i32}> : () -> i32
            %2 = "test.add"(%arg0, %arg0) : (i32, i32) -> i32
            %3 = "test.mul"(%2, %2) : (i32, i32) -> i32
            %4 = "test.add"(%3, %1) : (i32, i32) -> i32
            return %1, %0, %4 : i32, i32, i32
          }
        }

        """, pipeline)
    }
  }

  // torch-mlir-opt --canonicalize on arith.addi %a, %c0 (folds to %a) and
  // unused pure ops (erased); an op with side effects stays.
  func testPatternsFoldsAndDeadCode() throws {
    let input = """
      func.func @f(%a: i32) -> (i32, i32) {
        %c0 = "test.constant"() {value = 0 : i32} : () -> i32
        %0 = "test.add"(%a, %c0) : (i32, i32) -> i32
        %1 = "test.neg"(%0) : (i32) -> i32
        %2 = "test.neg"(%1) : (i32) -> i32
        %3 = "test.neg"(%a) : (i32) -> i32
        "test.effect"(%3) : (i32) -> ()
        %4 = "test.mul"(%a, %a) : (i32, i32) -> i32
        return %2, %0 : i32, i32
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(canonicalize)", on: input), """
      module {
        func.func @f(%arg0: i32) -> (i32, i32) {
          %0 = "test.neg"(%arg0) : (i32) -> i32
          "test.effect"(%0) : (i32) -> ()
          return %arg0, %arg0 : i32, i32
        }
      }

      """)
  }

  // A pattern that always applies never converges: the limits stop it, and
  // test-convergence turns that into a failure with a diagnostic (MLIR fails
  // silently there).
  func testNonConvergenceIsReported() throws {
    let input = """
      func.func @f() {
        "test.flip"() : () -> ()
        return
      }
      """
    let failing = "builtin.module(func.func(canonicalize{max-iterations=3 max-num-rewrites=4 test-convergence=true}))"
    XCTAssertEqual(try runPipeline(failing, on: input),
      "FAILED: greedy pattern rewrite failed to converge (max-iterations=3, max-num-rewrites=4)")
    // Without test-convergence the pass succeeds with what it did.
    let lenient = "builtin.module(func.func(canonicalize{max-num-rewrites=3}))"
    XCTAssertFalse(try runPipeline(lenient, on: input).hasPrefix("FAILED"))
  }

  func testDriverAPIReportsIterations() throws {
    let ctx = makePassTestContext()
    let module = try parseModule("""
      func.func @f(%a: i32) -> i32 {
        %c1 = "test.constant"() {value = 1 : i32} : () -> i32
        %c2 = "test.constant"() {value = 2 : i32} : () -> i32
        %0 = "test.add"(%c1, %c2) : (i32, i32) -> i32
        return %0 : i32
      }
      """, ctx)
    guard let fn = module.region(0).entryBlock?.first else { return XCTFail("no function") }
    let result = try applyPatternsGreedily(fn, FrozenPatternSet([]))
    XCTAssertTrue(result.converged)
    XCTAssertTrue(result.changed)
    XCTAssertEqual(result.iterations, 2)
    var once = GreedyRewriteConfig()
    once.maxIterations = 1
    let again = try applyPatternsGreedily(fn, FrozenPatternSet([]), config: once)
    XCTAssertTrue(again.converged)
    XCTAssertFalse(again.changed)
  }

  func testPatternsAreTriedInBenefitOrder() throws {
    var tried: [String] = []
    let low = ClosurePattern("test.mul", benefit: 1, name: "low") { _, _ in
      tried.append("low")
      return false
    }
    let high = ClosurePattern("test.mul", benefit: 5, name: "high") { _, _ in
      tried.append("high")
      return false
    }
    let any = ClosurePattern(nil, benefit: 3, name: "any") { op, _ in
      if op.name.name == "test.mul" { tried.append("any") }
      return false
    }
    let set = FrozenPatternSet([low, any, high])
    XCTAssertEqual(set.patterns(for: "test.mul").map(\.debugName), ["high", "any", "low"])
    let ctx = makePassTestContext()
    let module = try parseModule("""
      func.func @f(%a: i32) -> i32 {
        %0 = "test.mul"(%a, %a) : (i32, i32) -> i32
        return %0 : i32
      }
      """, ctx)
    try applyPatternsGreedily(module, set)
    XCTAssertEqual(tried, ["high", "any", "low"])
  }

  // The driver looks patterns up by the op name's per-context index; one
  // pattern set applied in two contexts, where that index names different
  // ops, must still give each op only its own patterns.
  func testPatternSetSharedByContextsWithDifferentNameIndices() throws {
    var seen: [String] = []
    let onMul = ClosurePattern("test.mul", name: "onMul") { op, _ in
      seen.append(op.name.name)
      return false
    }
    let set = FrozenPatternSet([onMul])
    let text = """
      func.func @f(%a: i32) -> i32 {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        %1 = "test.mul"(%0, %0) : (i32, i32) -> i32
        return %1 : i32
      }
      """
    let first = makePassTestContext()
    // The same dialects with one name made before the test dialect's, so
    // that its ops' indices shift by one: `test.add` gets the index
    // `test.mul` has in the first context.
    let second = MLIRContext()
    registerAllDialects(second)
    _ = second.operationName("shift.op")
    second.loadDialect(TestDialect())
    installPrintHooks(second)
    XCTAssertEqual(second.operationName("test.add").index, first.operationName("test.mul").index)
    for ctx in [first, second] {
      try applyPatternsGreedily(try parseModule(text, ctx), set)
    }
    XCTAssertEqual(seen, ["test.mul", "test.mul"])
  }
}
