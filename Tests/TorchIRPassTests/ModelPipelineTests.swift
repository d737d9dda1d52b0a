// `--canonicalize --cse` on real models (Tests/Fixtures/models, lowered from
// PyTorch by torch-mlir-opt) against torch-mlir-opt's output for the same
// command (Tests/Fixtures/models_canonicalized, made by
// make_model_pass_fixtures.py), byte for byte.

import Foundation
import TorchIRPass
import TorchIRTool
import XCTest

final class ModelPipelineTests: XCTestCase {
  let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  func testCanonicalizeCSEMatchesReference() throws {
    for name in ["mlp", "cnn", "gru", "index_ops"] {
      let input = try String(
        contentsOf: fixtures.appendingPathComponent("models/\(name).mlir"), encoding: .utf8)
      let expected = try String(
        contentsOf: fixtures.appendingPathComponent("models_canonicalized/\(name).mlir"), encoding: .utf8)
      let (code, out, err) = try runDriver(input) { $0.passes = [PassFlag("canonicalize"), PassFlag("cse")] }
      XCTAssertEqual(code, 0, "\(name): \(err)")
      XCTAssertTrue(out == expected, "\(name): --canonicalize --cse differs from torch-mlir-opt")
    }
  }
}
