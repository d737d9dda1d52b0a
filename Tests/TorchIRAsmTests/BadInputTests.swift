// Hostile and broken input: every case ends in a located diagnostic and exit
// code 1, never a crash, a hang or a partial output file.

import Foundation
import TorchIRAsm
import TorchIRTool
import XCTest

final class BadInputTests: XCTestCase {
  func assertRejected(
    _ text: String, _ message: String, flags: [String] = ["--allow-unregistered-dialect"],
    file: StaticString = #filePath, line: UInt = #line
  ) {
    let r = runTool(text: Array(text.utf8), name: "bad.mlir", flags: flags)
    let err = String(decoding: r.stderr, as: UTF8.self)
    XCTAssertEqual(r.code, 1, err, file: file, line: line)
    XCTAssertTrue(err.hasPrefix("bad.mlir:"), "diagnostic without location: \(err)", file: file, line: line)
    XCTAssertTrue(err.contains(message), "expected '\(message)' in: \(err)", file: file, line: line)
    XCTAssertTrue(r.stdout.isEmpty, file: file, line: line)
  }

  func testDeeplyNestedRegions() {
    let n = 100_000
    let text = String(repeating: "\"foo.op\"() ({\n", count: n)
    assertRejected(text, "nesting too deep")
  }

  func testDeeplyNestedAttributesAndTypes() {
    let n = 100_000
    assertRejected("\"foo.op\"() {a = " + String(repeating: "[", count: n) + "} : () -> ()",
      "nesting too deep")
    assertRejected("\"foo.op\"() : () -> " + String(repeating: "tuple<", count: n),
      "nesting too deep")
    assertRejected("\"foo.op\"() : () -> " + String(repeating: "(", count: n), "nesting too deep")
    assertRejected("\"foo.op\"() {a = affine_map<(d0) -> (" + String(repeating: "(", count: n) + "} : () -> ()",
      "nesting too deep")
    assertRejected("\"foo.op\"() : () -> () loc(" + String(repeating: "callsite(", count: n),
      "nesting too deep")
    assertRejected("\"foo.op\"() {a = dense<" + String(repeating: "[", count: n) + "} : () -> ()",
      "nesting too deep")
  }

  /// An unbalanced dialect body is scanned iteratively.
  func testDeepDialectBody() {
    assertRejected("\"foo.op\"() : () -> !foo<" + String(repeating: "<", count: 100_000),
      "unbalanced '<' character in pretty dialect name")
  }

  func testNestingWithinTheLimitIsAccepted() {
    let n = 200
    var text = ""
    for _ in 0..<n { text += "\"foo.op\"() ({\n" }
    for _ in 0..<n { text += "}) : () -> ()\n" }
    let r = runTool(text: Array(text.utf8), name: "deep.mlir", flags: ["--allow-unregistered-dialect"])
    XCTAssertEqual(r.code, 0, String(decoding: r.stderr, as: UTF8.self))
  }

  func testLexicalErrors() {
    assertRejected("\"foo.op\"() {a = \"abc} : () -> ()\n", "expected '\"' in string literal")
    assertRejected("\"foo.op\"() {a = \"a\\qb\"} : () -> ()\n", "unknown escape in string literal")
    assertRejected("\"foo.op\"() {a = 1} : () -> () ~\n", "unexpected character")
    var bytes = Array("\"foo.op\"() ".utf8)
    bytes += [0xFF, 0xFE]
    let r = runTool(text: bytes, name: "bad.mlir", flags: ["--allow-unregistered-dialect"])
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(String(decoding: r.stderr, as: UTF8.self).contains("bad.mlir:1:12: error: unexpected character"))
  }

  func testSemanticErrors() {
    assertRejected("\"foo.op\"() {a = 1000 : i8} : () -> ()", "integer constant out of range for attribute")
    assertRejected("\"foo.op\"() {a = 99999999999999999999999 : i64} : () -> ()",
      "integer constant out of range for attribute")
    assertRejected("\"foo.op\"() {a = i32 : i32} : () -> ()", "expected '}' in attribute dictionary")
    assertRejected("\"foo.op\"(%x) : (i32) -> ()", "use of undeclared SSA value name")
    assertRejected("%0 = \"foo.a\"() : () -> i32\n%0 = \"foo.b\"() : () -> i32", "redefinition of SSA value '%0'")
    assertRejected("func.func @f() {\n  %1 = \"foo.b\"(%0) : (i32) -> i32\n  %0 = \"foo.a\"() : () -> i32\n  return\n}",
      "operand #0 does not dominate this use")
    assertRejected("\"foo.op\"() : () -> ()", "unregistered dialect", flags: [])
    assertRejected("func.func @f() -> i32 {\n  return\n}", "has 0 operands, but enclosing function (@f) returns 1")
  }

  func testTruncatedInputsNeverCrash() throws {
    // Every prefix of a few corpus files either parses or fails with a
    // located diagnostic.
    for name in ["func_dialect", "locations", "dense_elements", "affine_attrs", "regions_blocks"] {
      guard let bytes = readBytes(roundtripDirectory.appendingPathComponent("\(name).mlir")) else {
        XCTFail("missing corpus file \(name)")
        continue
      }
      let step = max(1, bytes.count / 150)
      var cut = 0
      while cut < bytes.count {
        let r = runTool(text: Array(bytes[0..<cut]), name: "cut.mlir", flags: ["--allow-unregistered-dialect"])
        if r.code != 0 {
          let err = String(decoding: r.stderr, as: UTF8.self)
          XCTAssertTrue(err.hasPrefix("cut.mlir:") || err.hasPrefix("<unknown>"),
            "\(name) cut at \(cut): \(err)")
        }
        cut += step
      }
    }
  }

  func testNoPartialOutputFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("torchir-out-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.mlir")
    let output = dir.appendingPathComponent("out.mlir")
    // The first chunk is fine, the second fails: nothing may be written.
    let text = "\"foo.ok\"() : () -> ()\n// -----\n\"foo.bad\"(%x) : (i32) -> ()\n"
    _ = FileManager.default.createFile(atPath: input.path, contents: Data(text.utf8))
    var c = OptConfiguration()
    c.inputFilename = input.path
    c.outputFilename = output.path
    c.splitInputFile = true
    c.allowUnregisteredDialect = true
    let code = runOpt(c, stdout: OutputSink(), stderr: OutputSink())
    XCTAssertEqual(code, 1)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    XCTAssertEqual(leftovers, ["in.mlir"])
  }
}
