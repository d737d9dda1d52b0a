// The tensor and memref dialects' .mlir inputs (Inputs/tensor, Inputs/memref)
// run through torchir-opt's driver in-process and compared byte for byte with
// torch-mlir-opt's outputs in Tests/Fixtures/DIALECT (made by
// Tests/Fixtures/make_dialect_fixtures.py --dialect DIALECT); inputs starting
// with `// RUN:` are --verify-diagnostics tests whose expectations the script
// confirmed with the reference tool, and Inputs/DIALECT_canonicalize holds the
// folding inputs whose `--canonicalize` outputs are the fixtures
// NAME.canonicalize.mlir.

import Foundation
import XCTest

private let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

private func inputsDir(_ dialect: String) -> URL { here.appendingPathComponent("Inputs/\(dialect)") }
private func fixturesDir(_ dialect: String) -> URL {
  here.deletingLastPathComponent().appendingPathComponent("Fixtures/\(dialect)")
}

/// Custom and generic printing of every non-RUN input match the reference,
/// and what we print re-parses to the reference custom form.
private func checkPrinting(_ dialect: String, file: StaticString = #filePath, line: UInt = #line) throws {
  let inputs = inputsDir(dialect)
  let fixtures = fixturesDir(dialect)
  for name in mlirFileNames(in: inputs) {
    let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
    if input.starts(with: Array("// RUN:".utf8)) { continue }
    let base = String(name.dropLast(5))
    let custom = try XCTUnwrap(
      contents(fixtures.appendingPathComponent("\(base).custom.mlir")), "missing fixture for \(name)")
    for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent("\(base).\(kind).mlir")))
      let run = runDriver(input, name: name, flags: flags)
      XCTAssertEqual(run.code, 0, "\(name) \(kind): \(text(run.stderr))", file: file, line: line)
      XCTAssertEqual(text(run.stdout), text(expected), "\(name) \(kind): \(firstDifference(expected, run.stdout))", file: file, line: line)
      let again = runDriver(run.stdout, name: name, flags: [])
      XCTAssertEqual(text(again.stdout), text(custom), "\(name) \(kind) re-parsed: \(firstDifference(custom, again.stdout))", file: file, line: line)
    }
  }
}

/// The `// RUN:` inputs pass --verify-diagnostics with our driver too.
private func checkDiagnostics(_ dialect: String, file: StaticString = #filePath, line: UInt = #line) throws {
  let inputs = inputsDir(dialect)
  var count = 0
  for name in mlirFileNames(in: inputs) {
    let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
    guard input.starts(with: Array("// RUN:".utf8)) else { continue }
    count += 1
    let run = runDriver(input, name: name, flags: runLineFlags(input))
    XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))", file: file, line: line)
  }
  XCTAssertGreaterThan(count, 0, "no diagnostics inputs for \(dialect)", file: file, line: line)
}

/// `--canonicalize` of each folding input equals the reference output.
private func checkCanonicalization(_ dialect: String, file: StaticString = #filePath, line: UInt = #line) throws {
  let inputs = inputsDir(dialect + "_canonicalize")
  let names = mlirFileNames(in: inputs)
  XCTAssertFalse(names.isEmpty, file: file, line: line)
  for name in names {
    let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
    let expected = try XCTUnwrap(contents(
      fixturesDir(dialect).appendingPathComponent("\(name.dropLast(5)).canonicalize.mlir")))
    let run = runDriver(input, name: name, flags: ["--canonicalize"])
    XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))", file: file, line: line)
    XCTAssertEqual(text(run.stdout), text(expected), "\(name): \(firstDifference(expected, run.stdout))", file: file, line: line)
  }
}

final class TensorCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(mlirFileNames(in: inputsDir("tensor")).count, 4)
  }
  func testPrintingMatchesReference() throws { try checkPrinting("tensor") }
  func testDiagnostics() throws { try checkDiagnostics("tensor") }
  func testCanonicalization() throws { try checkCanonicalization("tensor") }
}

final class MemRefCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(mlirFileNames(in: inputsDir("memref")).count, 4)
  }
  func testPrintingMatchesReference() throws { try checkPrinting("memref") }
  func testDiagnostics() throws { try checkDiagnostics("memref") }
  func testCanonicalization() throws { try checkCanonicalization("memref") }
}
