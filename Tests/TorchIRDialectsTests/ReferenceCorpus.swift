// A dialect's .mlir inputs (Tests/TorchIRDialectsTests/Inputs/DIALECT) checked
// against the reference tool's outputs in Tests/Fixtures/DIALECT, made by
// Tests/Fixtures/make_dialect_fixtures.py --dialect DIALECT. Used by the
// corpus tests of the dialects added after arith and cf.

import Foundation
import XCTest

struct ReferenceCorpus {
  let inputs: URL
  let fixtures: URL

  init(dialect: String, file: StaticString = #filePath) {
    let here = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    inputs = here.appendingPathComponent("Inputs/\(dialect)")
    fixtures = here.deletingLastPathComponent().appendingPathComponent("Fixtures/\(dialect)")
  }

  var names: [String] { mlirFileNames(in: inputs) }

  private func input(_ name: String) throws -> [UInt8] {
    try XCTUnwrap(contents(inputs.appendingPathComponent(name)), "missing input \(name)")
  }

  /// Every input that is not a `// RUN:` test prints, in custom and generic
  /// form, byte for byte as the reference fixtures; what we print re-parses
  /// to the reference custom text.
  func checkPrinting() throws {
    for name in names {
      let source = try input(name)
      if source.starts(with: Array("// RUN:".utf8)) { continue }
      let base = String(name.dropLast(5))
      let custom = try XCTUnwrap(contents(fixtures.appendingPathComponent("\(base).custom.mlir")),
                                 "missing fixture \(base).custom.mlir")
      for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
        let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent("\(base).\(kind).mlir")),
                                     "missing fixture \(base).\(kind).mlir")
        let run = runDriver(source, name: name, flags: flags)
        XCTAssertEqual(run.code, 0, "\(name) \(kind): \(text(run.stderr))")
        XCTAssertEqual(run.stdout, expected, "\(name) \(kind): \(firstDifference(expected, run.stdout))")
        let again = runDriver(run.stdout, name: name, flags: [])
        XCTAssertEqual(again.stdout, custom, "\(name) \(kind) re-parsed: \(firstDifference(custom, again.stdout))")
      }
    }
  }

  /// Every `// RUN:` input passes with its flags (the reference tool passed
  /// with the same flags when the fixtures were made). Returns how many ran.
  @discardableResult
  func checkDiagnostics() throws -> Int {
    var count = 0
    for name in names {
      let source = try input(name)
      guard source.starts(with: Array("// RUN:".utf8)) else { continue }
      let run = runDriver(source, name: name, flags: runLineFlags(source))
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      count += 1
    }
    return count
  }

  /// Every input of Inputs/DIALECT_canonicalize under --canonicalize prints
  /// as Fixtures/DIALECT/NAME.canonicalize.mlir. Returns how many ran.
  @discardableResult
  func checkCanonicalize() throws -> Int { try checkPass("canonicalize") }

  /// Every input of Inputs/DIALECT_PASS under --PASS (canonicalize or cse)
  /// prints as Fixtures/DIALECT/NAME.PASS.mlir. Returns how many ran.
  @discardableResult
  func checkPass(_ pass: String) throws -> Int {
    let dir = URL(fileURLWithPath: inputs.path + "_" + pass)
    var count = 0
    for name in mlirFileNames(in: dir) {
      let source = try XCTUnwrap(contents(dir.appendingPathComponent(name)), "missing input \(name)")
      let base = String(name.dropLast(5))
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent("\(base).\(pass).mlir")),
                                   "missing fixture \(base).\(pass).mlir")
      let run = runDriver(source, name: name, flags: ["--" + pass])
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      XCTAssertEqual(run.stdout, expected, "\(name) \(pass): \(firstDifference(expected, run.stdout))")
      count += 1
    }
    return count
  }

}
