// The scf dialect's .mlir inputs (Inputs/scf) run through torchir-opt's
// driver in-process and compared byte for byte with torch-mlir-opt's outputs
// in Tests/Fixtures/scf (made by Tests/Fixtures/make_dialect_fixtures.py
// --dialect scf); inputs starting with `// RUN:` are --verify-diagnostics
// tests. Inputs/scf_canonicalize holds --canonicalize inputs whose expected
// outputs (Tests/Fixtures/scf/canonicalize) were made by the same script.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let scfInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/scf")
private let scfCanonicalizeInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/scf_canonicalize")
private let scfFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/scf")

private func inputNames() -> [String] { mlirFileNames(in: scfInputs) }

final class ScfCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(inputNames().count, 3)
  }

  /// Custom and generic printing match the reference tool byte for byte, and
  /// both printed forms re-parse to the same custom text.
  func testPrintingMatchesReference() throws {
    for name in inputNames() {
      let input = try XCTUnwrap(contents(scfInputs.appendingPathComponent(name)))
      if input.starts(with: Array("// RUN:".utf8)) { continue }
      let base = String(name.dropLast(5))
      let custom = try XCTUnwrap(contents(scfFixtures.appendingPathComponent("\(base).custom.mlir")))
      for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
        let fixture = scfFixtures.appendingPathComponent("\(base).\(kind).mlir")
        let expected = try XCTUnwrap(contents(fixture), "missing \(fixture.path)")
        let run = runDriver(input, name: name, flags: flags)
        XCTAssertEqual(run.code, 0, "\(name) \(kind): \(text(run.stderr))")
        XCTAssertEqual(run.stdout, expected, "\(name) \(kind): \(firstDifference(expected, run.stdout))")
        let again = runDriver(run.stdout, name: name, flags: [])
        XCTAssertEqual(again.stdout, custom, "\(name) \(kind) re-parsed: \(firstDifference(custom, again.stdout))")
      }
    }
  }

  /// `expected-error` / `expected-note` lines were checked with
  /// torch-mlir-opt; ours must agree.
  func testDiagnostics() throws {
    var checked = 0
    for name in inputNames() {
      let input = try XCTUnwrap(contents(scfInputs.appendingPathComponent(name)))
      let flags = runLineFlags(input)
      guard !flags.isEmpty else { continue }
      let run = runDriver(input, name: name, flags: flags)
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      checked += 1
    }
    XCTAssertGreaterThan(checked, 0)
  }

  /// --canonicalize output matches torch-mlir-opt --canonicalize byte for byte.
  func testCanonicalizationMatchesReference() throws {
    let names = mlirFileNames(in: scfCanonicalizeInputs)
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let input = try XCTUnwrap(contents(scfCanonicalizeInputs.appendingPathComponent(name)))
      let fixture = scfFixtures.appendingPathComponent("canonicalize/\(name)")
      let expected = try XCTUnwrap(contents(fixture), "missing \(fixture.path)")
      let run = runDriver(input, name: name, flags: ["--canonicalize"])
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      XCTAssertEqual(run.stdout, expected, "\(name): \(firstDifference(expected, run.stdout))")
    }
  }

  /// --cse output (region ops without side effects are merged) matches
  /// torch-mlir-opt --cse byte for byte.
  func testCSEMatchesReference() throws {
    let dir = scfCanonicalizeInputs.deletingLastPathComponent().appendingPathComponent("scf_cse")
    let names = mlirFileNames(in: dir)
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let input = try XCTUnwrap(contents(dir.appendingPathComponent(name)))
      let fixture = scfFixtures.appendingPathComponent("cse/\(name)")
      let expected = try XCTUnwrap(contents(fixture), "missing \(fixture.path)")
      let run = runDriverWithPipeline(input, name: name, pipeline: "builtin.module(cse)")
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      XCTAssertEqual(run.stdout, expected, "\(name): \(firstDifference(expected, run.stdout))")
    }
  }

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

/// Runs the driver on `text` with a pass pipeline (DriverTestSupport's
/// runDriver knows only --canonicalize among passes).
private func runDriverWithPipeline(_ text: [UInt8], name: String, pipeline: String) -> DriverRun {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("torchir-scf-\(getpid())")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let file = dir.appendingPathComponent(UUID().uuidString + ".mlir")
  _ = FileManager.default.createFile(atPath: file.path, contents: Data(text))
  defer { try? FileManager.default.removeItem(at: file) }
  var c = OptConfiguration()
  c.inputFilename = file.path
  c.bufferName = name
  c.passPipeline = pipeline
  let out = OutputSink()
  let err = OutputSink()
  let code = runOnLargeStack { runOpt(c, stdout: out, stderr: err) }
  return DriverRun(code: code, stdout: out.bytes, stderr: err.bytes)
}
