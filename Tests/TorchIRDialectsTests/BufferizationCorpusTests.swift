// The bufferization dialect's .mlir inputs (Inputs/bufferization) run through
// torchir-opt's driver in-process and compared byte for byte with the
// reference outputs in Tests/Fixtures/bufferization, made by iree-opt (PyPI
// iree-base-compiler 3.13.0, LLVM 24.0.0git; torch-mlir-opt does not register
// bufferization) with Tests/Fixtures/make_dialect_fixtures.py --dialect
// bufferization; the `// RUN:` input's expected errors were confirmed with
// the same tool.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

private let bufferization = ReferenceCorpus(dialect: "bufferization")

final class BufferizationCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(bufferization.names.count, 1)
  }

  func testPrintingMatchesReference() throws {
    try bufferization.checkPrinting()
  }

  func testDiagnostics() throws {
    XCTAssertEqual(try bufferization.checkDiagnostics(), 1)
  }

  /// Tensor/buffer pairs whose shapes or element types differ. For each,
  /// iree-opt reports two errors at the op ("shapes do not match" or
  /// "element types do not match", then the message checked here), which a
  /// --verify-diagnostics input cannot share with TorchIR, which reports the
  /// second only.
  func testTensorBufferMismatch() throws {
    let cases = [
      "%0 = bufferization.to_tensor %m : memref<4xf32> to tensor<5xf32>",
      "%0 = bufferization.to_tensor %m : memref<4xf32> to tensor<4xi32>",
      "%0 = bufferization.to_tensor %m : memref<4xf32> to tensor<*xf32>",
      "%0 = bufferization.to_buffer %t : tensor<4xf32> to memref<4xi32>",
      "%0 = bufferization.to_buffer %t : tensor<4xf32> to memref<?xf32>",
    ]
    for body in cases {
      let src = "func.func @f(%m: memref<4xf32>, %t: tensor<4xf32>) {\n  \(body)\n  return\n}\n"
      let run = runDriver(Array(src.utf8), name: "t.mlir", flags: [])
      let op = body.contains("to_tensor") ? "to_tensor" : "to_buffer"
      XCTAssertEqual(run.code, 1, body)
      XCTAssertTrue(text(run.stderr).contains(
        "t.mlir:2:8: error: 'bufferization.\(op)' op failed to verify that specified tensor and buffer types match"),
        text(run.stderr))
    }
  }
}

/// Inputs/bufferization_canonicalize under --canonicalize, compared with
/// `iree-opt --canonicalize` (Fixtures/bufferization/NAME.canonicalize.mlir).
final class BufferizationFoldTests: XCTestCase {
  func testCanonicalizeMatchesReference() throws {
    XCTAssertEqual(try bufferization.checkCanonicalize(), 1)
  }

  /// A buffer of another layout is not folded: MLIR's pattern inserts a
  /// memref.cast there, which this dialect leaves to the memref dialect.
  func testOtherLayoutIsNotFolded() throws {
    let input = """
      func.func @d(%m: memref<4xf32>) -> memref<4xf32, strided<[1], offset: ?>> {
        %t = bufferization.to_tensor %m : memref<4xf32> to tensor<4xf32>
        %b = bufferization.to_buffer %t : tensor<4xf32> to memref<4xf32, strided<[1], offset: ?>>
        return %b : memref<4xf32, strided<[1], offset: ?>>
      }
      """
    let run = runDriver(Array(input.utf8), name: "c.mlir", flags: ["--canonicalize"])
    XCTAssertEqual(run.code, 0, text(run.stderr))
    let out = text(run.stdout)
    XCTAssertTrue(out.contains("bufferization.to_buffer %0 : tensor<4xf32> to memref<4xf32, strided<[1], offset: ?>>"), out)
  }
}
