// The tm_tensor dialect's .mlir inputs (Inputs/tm_tensor) run through
// torchir-opt's driver in-process and compared byte for byte with
// torch-mlir-opt's outputs in Tests/Fixtures/tm_tensor (made by
// Tests/Fixtures/make_dialect_fixtures.py --dialect tm_tensor); inputs
// starting with `// RUN:` are --verify-diagnostics tests whose expectations
// torch-mlir-opt confirmed (invalid.mlir starts with Torch-MLIR's own
// test/Dialect/TMTensor/invalid.mlir); Inputs/tm_tensor_canonicalize holds
// --canonicalize inputs whose expected outputs the same script made.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let corpus = ReferenceCorpus(dialect: "tm_tensor")

final class TMTensorCorpusTests: XCTestCase {
  /// Custom and generic printing match the reference tool byte for byte, and
  /// both printed forms re-parse to the same custom text.
  func testPrintingMatchesReference() throws {
    XCTAssertFalse(corpus.names.isEmpty)
    try corpus.checkPrinting()
  }

  /// `expected-error` / `expected-note` lines were checked with
  /// torch-mlir-opt; ours must agree.
  func testDiagnostics() throws { XCTAssertGreaterThan(try corpus.checkDiagnostics(), 0) }

  /// --canonicalize output (the dialect's FoldTensorCastOp, ScanOp's
  /// memref.cast folding) matches torch-mlir-opt --canonicalize.
  func testCanonicalizationMatchesReference() throws { XCTAssertGreaterThan(try corpus.checkCanonicalize(), 0) }

  /// Truncated and malformed forms are diagnostics, never crashes.
  func testMalformedInputIsADiagnostic() {
    let cases = [
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = tm_tensor.sort dimension(\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = tm_tensor.sort dimension(0) outs(%a : ) {\n  }\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = tm_tensor.scan dimension(0) inclusive(1) ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {\n  }\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = \"tm_tensor.sort\"(%a) <{dimension = 0 : i64}> ({\n  }) : (tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = \"tm_tensor.sort\"(%a) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 0, 1>}> ({\n  }) : (tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = \"tm_tensor.scan\"(%a) <{dimension = 0 : i64, inclusive = true, operandSegmentSizes = array<i32: 1, 0>}> ({\n  }) : (tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = \"tm_tensor.attention\"(%a) <{operandSegmentSizes = array<i32: 0, 1>}> : (tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0 = \"tm_tensor.attention\"(%a, %a, %a, %a) <{operandSegmentSizes = array<i32: 3, 1>}> : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>, %i: tensor<1xi32>) {\n  %0 = \"tm_tensor.scatter\"(%a, %i, %a) <{dimension_map = array<i64: 0>, operandSegmentSizes = array<i32: 2, 1>}> ({\n  }) : (tensor<4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4xf32>\n  return\n}\n",
      "func.func @f(%a: tensor<4xf32>) {\n  %0:2 = \"tm_tensor.topk\"(%a, %a, %a) <{dimension = 0 : i64, operandSegmentSizes = array<i32: 1, 2>}> ({\n  }) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)\n  return\n}\n",
    ]
    for (i, c) in cases.enumerated() {
      let run = runDriver(Array(c.utf8), name: "bad\(i).mlir", flags: [])
      XCTAssertNotEqual(run.code, 0, "case \(i) was accepted")
      XCTAssertTrue(text(run.stderr).contains("error:"), "case \(i): \(text(run.stderr))")
    }
  }
}
