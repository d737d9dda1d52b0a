// `loop-invariant-code-motion` on the test dialect's loops. The inputs
// mirror scf/arith inputs run through
//   torch-mlir-opt --loop-invariant-code-motion
// (quoted below with the reference output), with test.loop for scf.for,
// test.add/test.mul for arith.addi/muli, test.cast for arith.index_cast,
// test.source for arith.divsi (not speculatable, so it stays), test.effect
// for memref.store and test.region for scf.if on an invariant condition.

import TorchIRCore
import XCTest

@testable import TorchIRPass

final class LICMTests: XCTestCase {
  // Reference (scf.for nest; see the header for the op mapping):
  //   %0 = arith.addi %arg3, %arg4 : i32
  //   %1 = arith.muli %0, %arg3 : i32
  //   %2 = arith.addi %1, %1 : i32        <- from the inner loop, then out
  //   scf.for %arg6 = ... {
  //     %3 = arith.index_cast %arg6 : index to i32
  //     %4 = arith.addi %1, %3 : i32
  //     %5 = arith.divsi %arg3, %arg4 : i32
  //     %6 = arith.addi %4, %2 : i32      <- from the inner loop only
  //     scf.for %arg7 = ... {
  //       %8 = arith.index_cast %arg7 ...; %9 = arith.addi %6, %8; memref.store %9
  //     }
  //     ... }
  // and an scf.if whose regions use only invariant values moves out, one
  // that uses the induction variable stays.
  func testHoistsInnermostFirstAndKeepsVariantOps() throws {
    let input = """
      func.func @f(%lb: index, %ub: index, %s: index, %a: i32, %b: i32) {
        "test.loop"(%lb, %ub, %s) ({
        ^bb0(%i: index):
          %0 = "test.add"(%a, %b) : (i32, i32) -> i32
          %1 = "test.mul"(%0, %a) : (i32, i32) -> i32
          %2 = "test.cast"(%i) : (index) -> i32
          %3 = "test.add"(%1, %2) : (i32, i32) -> i32
          %4 = "test.source"(%a, %b) : (i32, i32) -> i32
          "test.loop"(%lb, %ub, %s) ({
          ^bb0(%j: index):
            %5 = "test.add"(%1, %1) : (i32, i32) -> i32
            %6 = "test.add"(%3, %5) : (i32, i32) -> i32
            %7 = "test.cast"(%j) : (index) -> i32
            %8 = "test.add"(%6, %7) : (i32, i32) -> i32
            "test.effect"(%8) : (i32) -> ()
            "test.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %9 = "test.region"() ({
            %10 = "test.add"(%a, %a) : (i32, i32) -> i32
            "test.yield"(%10) : (i32) -> ()
          }) : () -> i32
          %11 = "test.region"() ({
            %12 = "test.cast"(%i) : (index) -> i32
            "test.yield"(%12) : (i32) -> ()
          }) : () -> i32
          "test.effect"(%9, %11) : (i32, i32) -> ()
          "test.yield"() : () -> ()
        }) : (index, index, index) -> ()
        return
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(func.func(loop-invariant-code-motion))", on: input), """
      module {
        func.func @f(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32) {
          %0 = "test.add"(%arg3, %arg4) : (i32, i32) -> i32
          %1 = "test.mul"(%0, %arg3) : (i32, i32) -> i32
          %2 = "test.add"(%1, %1) : (i32, i32) -> i32
          %3 = "test.region"() ({
            %4 = "test.add"(%arg3, %arg3) : (i32, i32) -> i32
            "test.yield"(%4) : (i32) -> ()
          }) : () -> i32
          "test.loop"(%arg0, %arg1, %arg2) ({
          ^bb0(%arg5: index):
            %4 = "test.cast"(%arg5) : (index) -> i32
            %5 = "test.add"(%1, %4) : (i32, i32) -> i32
            %6 = "test.source"(%arg3, %arg4) : (i32, i32) -> i32
            %7 = "test.add"(%5, %2) : (i32, i32) -> i32
            "test.loop"(%arg0, %arg1, %arg2) ({
            ^bb0(%arg6: index):
              %9 = "test.cast"(%arg6) : (index) -> i32
              %10 = "test.add"(%7, %9) : (i32, i32) -> i32
              "test.effect"(%10) : (i32) -> ()
              "test.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %8 = "test.region"() ({
              %9 = "test.cast"(%arg5) : (index) -> i32
              "test.yield"(%9) : (i32) -> ()
            }) : () -> i32
            "test.effect"(%3, %8) : (i32, i32) -> ()
            "test.yield"() : () -> ()
          }) : (index, index, index) -> ()
          return
        }
      }

      """)
  }

  // Every loop region is processed (scf.while has two); ops that use a
  // region's own block arguments, terminators and ops with effects stay.
  func testAllLoopRegionsAndDirectAPI() throws {
    let ctx = makePassTestContext()
    let module = try parseModule("""
      func.func @w(%a: i32) {
        "test.while"(%a) ({
        ^bb0(%x: i32):
          %0 = "test.neg"(%a) : (i32) -> i32
          %1 = "test.add"(%x, %0) : (i32, i32) -> i32
          "test.yield"(%1) : (i32) -> ()
        }, {
        ^bb0(%y: i32):
          %2 = "test.mul"(%a, %a) : (i32, i32) -> i32
          "test.effect"(%2) : (i32) -> ()
          "test.yield"(%y) : (i32) -> ()
        }) : (i32) -> ()
        return
      }
      """, ctx)
    var loop: TorchIRCore.Operation?
    module.walk { if $0.name.name == "test.while" { loop = $0 } }
    guard let w = loop else { return XCTFail("no loop") }
    XCTAssertEqual(moveLoopInvariantCode(w), 2)
    XCTAssertEqual(moveLoopInvariantCode(w), 0)
    XCTAssertEqual(w.prevInBlock?.name.name, "test.mul")
    XCTAssertEqual(w.prevInBlock?.prevInBlock?.name.name, "test.neg")
    XCTAssertEqual(w.region(0).entryBlock?.count, 2)
    XCTAssertEqual(w.region(1).entryBlock?.count, 2)
  }
}
