// Passes compared byte for byte with torch-mlir-opt: every input in
// Tests/Fixtures/passes/inputs names its pipeline on its first line
// (`// PIPELINE: ...`; a second line `// FLAGS: --mlir-print-debuginfo`
// adds that flag), and Tests/Fixtures/passes/NAME.mlir is the
// reference tool's output for it (made by Tests/Fixtures/make_pass_fixtures.py;
// see that script for the exact command).

import Foundation
import XCTest

let passFixtures = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures/passes")

final class PassFixtureTests: XCTestCase {
  func testMatchesReferenceOutputs() throws {
    let inputs = passFixtures.appendingPathComponent("inputs")
    let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path)
      .filter { $0.hasSuffix(".mlir") }.sorted()
    XCTAssertFalse(names.isEmpty, "no inputs in \(inputs.path)")
    for name in names {
      let text = try String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8)
      let prefix = "// PIPELINE: "
      let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
      guard let first = lines.first, first.hasPrefix(prefix) else {
        XCTFail("\(name): no pipeline line")
        continue
      }
      let pipeline = String(first.dropFirst(prefix.count))
      let expected = try String(contentsOf: passFixtures.appendingPathComponent(name), encoding: .utf8)
      let (code, out, err) = try runDriver(text) {
        $0.passPipeline = pipeline
        $0.splitInputFile = true
        $0.allowUnregisteredDialect = true
        // Locations name the file as the reference tool saw it.
        $0.bufferName = name
        if lines.count > 1 && lines[1] == "// FLAGS: --mlir-print-debuginfo" { $0.printer.printDebugInfo = true }
      }
      XCTAssertEqual(code, 0, "\(name): \(err)")
      XCTAssertEqual(out, expected, name)
    }
  }
}
