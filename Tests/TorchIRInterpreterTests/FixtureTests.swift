// Every op against numpy: each Tests/Fixtures/interp/cases/NAME.mlir is run
// on its inputs, and each result compared with NAME.expected_<i>.npy within
// the ulps NAME.json allows (see Tests/Fixtures/make_interp_fixtures.py).

import Foundation
import TorchIRInterpreter
import XCTest

final class FixtureTests: XCTestCase {
  func testCasesMatchNumpy() throws {
    let dir = interpFixtures.appendingPathComponent("cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".mlir") }.map { String($0.dropLast(5)) }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 20, "fixtures missing")
    var checked = 0
    for name in names {
      let meta = try JSONSerialization.jsonObject(
        with: Data(contentsOf: dir.appendingPathComponent(name + ".json"))) as? [String: Any]
      let results = meta?["results"] as? [[String: Any]] ?? []
      var inputs: [String] = []
      while true {
        let p = dir.appendingPathComponent("\(name).input_\(inputs.count).npy").path
        guard FileManager.default.fileExists(atPath: p) else { break }
        inputs.append(p)
      }
      let out = temporaryDirectory(name)
      let run = runTool(dir.appendingPathComponent(name + ".mlir").path, inputs: inputs, outputDir: out)
      guard run.code == 0 else {
        XCTFail("\(name): exit \(run.code)\n\(run.stderr)")
        continue
      }
      for (i, r) in results.enumerated() {
        let label = "\(name) result #\(i) (\(r["name"] as? String ?? "?"))"
        do {
          let expected = try Npy.read(path: dir.appendingPathComponent("\(name).expected_\(i).npy").path)
          let actual = try Npy.read(path: out + "/output_\(i).npy")
          if let diff = compareBuffers(expected, actual, ulp: r["ulp"] as? Int ?? 0) {
            XCTFail("\(label): \(diff)")
          }
          checked += 1
        } catch {
          XCTFail("\(label): \(error)")
        }
      }
      try? FileManager.default.removeItem(atPath: out)
    }
    XCTAssertGreaterThan(checked, 300)
  }
}
