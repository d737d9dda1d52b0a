// The cf dialect's .mlir inputs (Inputs/cf) run through torchir-opt's
// driver in-process and compared byte for byte with torch-mlir-opt's outputs
// in Tests/Fixtures/cf (made by Tests/Fixtures/make_dialect_fixtures.py --dialect cf);
// inputs starting with `// RUN:` are --verify-diagnostics tests.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRTool
import XCTest

private let cfInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/cf")
private let cfFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/cf")

private func inputNames() -> [String] { mlirFileNames(in: cfInputs) }

final class ControlFlowCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(inputNames().count, 4)
  }

  /// Custom and generic printing match the reference tool byte for byte, and
  /// both printed forms re-parse to the same custom text.
  func testPrintingMatchesReference() throws {
    for name in inputNames() {
      let input = try XCTUnwrap(FileManager.default.contents(atPath: cfInputs.appendingPathComponent(name).path))
      if input.starts(with: Array("// RUN:".utf8)) { continue }
      let base = String(name.dropLast(5))
      for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
        let fixture = cfFixtures.appendingPathComponent("\(base).\(kind).mlir")
        let expected = try XCTUnwrap(FileManager.default.contents(atPath: fixture.path), "missing \(fixture.path)")
        let run = runDriver([UInt8](input), name: name, flags: flags)
        XCTAssertEqual(run.code, 0, "\(name) \(kind): \(String(decoding: run.stderr, as: UTF8.self))")
        XCTAssertEqual(run.stdout, [UInt8](expected), "\(name) \(kind): \(firstDifference([UInt8](expected), run.stdout))")
        // Round trip: what we print parses back to the reference custom form.
        let custom = try XCTUnwrap(FileManager.default.contents(
          atPath: cfFixtures.appendingPathComponent("\(base).custom.mlir").path))
        let again = runDriver(run.stdout, name: name, flags: [])
        XCTAssertEqual(again.stdout, [UInt8](custom), "\(name) \(kind) re-parsed: \(firstDifference([UInt8](custom), again.stdout))")
      }
    }
  }

  /// `expected-error` lines were checked with torch-mlir-opt; ours must agree.
  func testDiagnostics() throws {
    for name in inputNames() {
      let input = try XCTUnwrap(FileManager.default.contents(atPath: cfInputs.appendingPathComponent(name).path))
      let text = String(decoding: input, as: UTF8.self)
      guard text.hasPrefix("// RUN:"), let firstLine = text.split(separator: "\n").first else { continue }
      let flags = firstLine.dropFirst("// RUN:".count).split(separator: " ").map(String.init)
      let run = runDriver([UInt8](input), name: name, flags: flags)
      XCTAssertEqual(run.code, 0, "\(name): \(String(decoding: run.stderr, as: UTF8.self))")
    }
  }

  /// cond_br on a constant condition becomes br to the taken successor with
  /// its operands; assert of constant true is erased, others are kept; the
  /// blocks then merge and the unreachable ones go (region simplification
  /// and cf.br's own patterns). Expected: the stdout of
  ///   torch-mlir-opt --canonicalize cf_canonicalize/canonicalize.mlir
  func testCanonicalization() throws {
    let url = cfInputs.deletingLastPathComponent().appendingPathComponent("cf_canonicalize/canonicalize.mlir")
    let input = try XCTUnwrap(FileManager.default.contents(atPath: url.path))
    let run = runDriver([UInt8](input), name: "canonicalize.mlir", flags: ["--canonicalize"])
    XCTAssertEqual(run.code, 0, String(decoding: run.stderr, as: UTF8.self))
    XCTAssertEqual(String(decoding: run.stdout, as: UTF8.self), """
      module {
        func.func @cond_true(%arg0: i32, %arg1: i32) -> i32 {
          return %arg0 : i32
        }
        func.func @cond_false(%arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
          cf.assert %arg2, "kept"
          %0 = arith.addi %arg1, %arg1 : i32
          return %0 : i32
        }
      }


      """)
  }
}
