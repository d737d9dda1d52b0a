// The tensor, scf, memref, bufferization and ml_program executors against
// numpy: each Tests/Fixtures/interp/structured/NAME.mlir is run on its
// inputs and each result compared with NAME.expected_<i>.npy (see
// Tests/Fixtures/make_interp_structured_fixtures.py).

import Foundation
import TorchIRInterpreter
import XCTest

final class StructuredFixtureTests: XCTestCase {
  private let dir = interpFixtures.appendingPathComponent("structured")

  private func check(_ name: String) throws {
    let meta = try JSONSerialization.jsonObject(
      with: Data(contentsOf: dir.appendingPathComponent(name + ".json"))) as? [String: Any]
    let results = meta?["results"] as? [[String: Any]] ?? []
    XCTAssertFalse(results.isEmpty, "\(name): no results in its .json")
    var inputs: [String] = []
    while true {
      let p = dir.appendingPathComponent("\(name).input_\(inputs.count).npy").path
      guard FileManager.default.fileExists(atPath: p) else { break }
      inputs.append(p)
    }
    let out = temporaryDirectory(name)
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = runTool(dir.appendingPathComponent(name + ".mlir").path, inputs: inputs, outputDir: out)
    guard run.code == 0 else {
      XCTFail("\(name): exit \(run.code)\n\(run.stderr)")
      return
    }
    for (i, r) in results.enumerated() {
      let label = "\(name) result #\(i) (\(r["name"] as? String ?? "?"))"
      let expected = try Npy.read(path: dir.appendingPathComponent("\(name).expected_\(i).npy").path)
      let actual = try Npy.read(path: out + "/output_\(i).npy")
      if let diff = compareBuffers(expected, actual, ulp: r["ulp"] as? Int ?? 0) {
        XCTFail("\(label): \(diff)")
      }
    }
  }

  func testEveryCaseIsChecked() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".mlir") }.map { String($0.dropLast(5)) }.sorted()
    XCTAssertEqual(
      names,
      [
        "bufferization", "matmul_loops", "memref_atomic", "memref_hints", "memref_misc", "memref_transpose", "memref_views", "ml_program_globals", "prefix_sum", "scf_control", "scf_control_trivial",
        "scf_forall", "scf_parallel", "scf_while_types", "tensor_gather_scatter", "tensor_loop", "tensor_loop_insert", "tensor_misc", "tensor_pad", "tensor_slices",
      ])
  }

  func testPrefixSum() throws { try check("prefix_sum") }
  func testMatmulLoops() throws { try check("matmul_loops") }
  func testScfControl() throws {
    try check("scf_control")
    // n = 1: the while loop never runs its body; k = 7 takes the default.
    try check("scf_control_trivial")
  }
  func testScfParallel() throws { try check("scf_parallel") }
  func testScfWhileTypes() throws { try check("scf_while_types") }
  func testScfForall() throws { try check("scf_forall") }
  func testTensorSlices() throws { try check("tensor_slices") }
  func testTensorMisc() throws { try check("tensor_misc") }
  func testTensorPad() throws { try check("tensor_pad") }
  func testTensorLoop() throws { try check("tensor_loop") }
  func testTensorLoopInsert() throws { try check("tensor_loop_insert") }
  func testTensorGatherScatter() throws { try check("tensor_gather_scatter") }
  func testMemRefViews() throws { try check("memref_views") }
  func testMemRefMisc() throws { try check("memref_misc") }
  func testMemRefAtomic() throws { try check("memref_atomic") }
  func testMemRefTranspose() throws { try check("memref_transpose") }
  func testMemRefHints() throws { try check("memref_hints") }
  func testBufferization() throws { try check("bufferization") }
  func testMLProgramGlobals() throws { try check("ml_program_globals") }
}
