// The scf dialect's .mlir inputs (Inputs/scf) run through torchir-opt's
// driver in-process and compared byte for byte with torch-mlir-opt's outputs
// in Tests/Fixtures/scf (made by Tests/Fixtures/make_dialect_fixtures.py
// --dialect scf); inputs starting with `// RUN:` are --verify-diagnostics
// tests. Inputs/scf_canonicalize holds --canonicalize inputs whose expected
// outputs (Tests/Fixtures/scf/NAME.canonicalize.mlir, and NAME.cse.mlir for
// Inputs/scf_cse) were made by the same script.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let corpus = ReferenceCorpus(dialect: "scf")

final class ScfCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(corpus.names.count, 3)
  }

  /// Custom and generic printing match the reference tool byte for byte, and
  /// both printed forms re-parse to the same custom text.
  func testPrintingMatchesReference() throws { try corpus.checkPrinting() }

  /// `expected-error` / `expected-note` lines were checked with
  /// torch-mlir-opt; ours must agree.
  func testDiagnostics() throws { XCTAssertGreaterThan(try corpus.checkDiagnostics(), 0) }

  /// --canonicalize output matches torch-mlir-opt --canonicalize byte for byte.
  func testCanonicalizationMatchesReference() throws { XCTAssertGreaterThan(try corpus.checkPass("canonicalize"), 0) }

  /// --cse output (region ops without side effects are merged) matches
  /// torch-mlir-opt --cse byte for byte.
  func testCSEMatchesReference() throws { XCTAssertGreaterThan(try corpus.checkPass("cse"), 0) }

  /// Loops are marked for passes that look for them (LoopLikeOpInterface);
  /// the other region ops are not loops.
  func testLoopLikeTrait() {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    for name in ["scf.for", "scf.while", "scf.forall", "scf.parallel"] {
      XCTAssertTrue(ctx.registeredOperation(name)?.hasTrait(.loopLike) ?? false, name)
    }
    for name in ["scf.if", "scf.execute_region", "scf.index_switch", "scf.yield", "scf.reduce"] {
      XCTAssertFalse(ctx.registeredOperation(name)?.hasTrait(.loopLike) ?? true, name)
    }
  }

  /// Truncated and malformed custom forms are diagnostics, never crashes.
  func testMalformedInputIsADiagnostic() {
    let cases = [
      "func.func @f(%a: index) {\n  scf.for %i = %a to %a step\n",
      "func.func @f(%a: index) {\n  scf.for %i = %a to %a step %a iter_args(%x = ) -> (f32) {\n  }\n}\n",
      "func.func @f(%a: index) {\n  %r = scf.for %i = %a to %a step %a iter_args(%x = %a) -> (index, index) {\n  }\n}\n",
      "func.func @f(%c: i1) {\n  scf.if %c {\n  } else\n}\n",
      "func.func @f() {\n  scf.while (%a = ) : () -> () {\n  }\n}\n",
      "func.func @f(%x: f32) {\n  scf.while (%a = %x) : f32 {\n  } do {\n  }\n}\n",
      "func.func @f(%i: index) {\n  scf.index_switch %i\n  case {\n  }\n  default {\n  }\n}\n",
      "func.func @f(%i: index) {\n  scf.index_switch %i\n  case 1 {\n  }\n}\n",
      "func.func @f(%i: index) {\n  scf.parallel (%a, %b) = (%i) to (%i) step (%i) {\n  }\n}\n",
      "func.func @f(%i: index) {\n  scf.parallel (%a) = (%i) to (%i) step (%i) init (%i) {\n  }\n}\n",
      "func.func @f(%i: index) {\n  \"scf.parallel\"(%i) <{operandSegmentSizes = array<i32: 1, 1>}> ({\n  ^bb0(%a: index):\n    scf.reduce\n  }) : (index) -> ()\n  return\n}\n",
      "func.func @f(%i: index) {\n  \"scf.for\"(%i, %i, %i) ({\n  }) : (index, index, index) -> ()\n  return\n}\n",
      "func.func @f(%i: index) {\n  \"scf.for\"() ({\n  ^bb0:\n    scf.yield\n  }) : () -> ()\n  return\n}\n",
      "func.func @f(%c: i1) {\n  \"scf.if\"(%c) : (i1) -> ()\n  return\n}\n",
      "func.func @f(%c: i1) {\n  \"scf.while\"() ({\n  }) : () -> ()\n  return\n}\n",
      "func.func @f(%i: index) {\n  \"scf.index_switch\"(%i) <{cases = 3}> ({\n    scf.yield\n  }) : (index) -> ()\n  return\n}\n",
      "func.func @f(%x: f32) {\n  \"scf.reduce\"(%x) ({\n  }) : (f32) -> ()\n  return\n}\n",
    ]
    for (i, c) in cases.enumerated() {
      let run = runDriver(Array(c.utf8), name: "bad\(i).mlir", flags: [])
      XCTAssertNotEqual(run.code, 0, "case \(i) was accepted")
      XCTAssertTrue(text(run.stderr).contains("error:"), "case \(i): \(text(run.stderr))")
    }
  }
}
