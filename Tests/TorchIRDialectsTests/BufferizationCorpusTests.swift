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
}
