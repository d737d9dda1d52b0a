// `-o PATH`: a regular file is replaced only on success (through a
// temporary file), a symlink keeps pointing at its file, and an existing
// device such as /dev/null is written in place, never renamed over.

import Foundation
import TorchIRTool
import XCTest

final class OutputFileTests: XCTestCase {
  func testDevicesAreWrittenInPlace() {
    // Only classified here: writing to /dev/null in a test would clobber it
    // on a machine where this check had regressed.
    guard case .special = outputTarget("/dev/null") else {
      return XCTFail("/dev/null must be written directly")
    }
    guard case .file = outputTarget(NSTemporaryDirectory() + "torchir-no-such-\(UUID().uuidString)") else {
      return XCTFail("a new path is a regular file")
    }
  }

  func testSymlinkedOutputReplacesTheFileNotTheLink() throws {
    let dir = NSTemporaryDirectory() + "torchir-out-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "old\n".write(toFile: dir + "/real.mlir", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.mlir", withDestinationPath: "real.mlir")
    let (code, _, err) = try runDriver("func.func @f() {\n  return\n}\n") { $0.outputFilename = dir + "/link.mlir" }
    XCTAssertEqual(code, 0, err)
    let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/link.mlir")
    XCTAssertEqual(attrs[.type] as? FileAttributeType, .typeSymbolicLink)
    let text = try String(contentsOfFile: dir + "/real.mlir", encoding: .utf8)
    XCTAssertEqual(text, "module {\n  func.func @f() {\n    return\n  }\n}\n\n")
  }

  func testFailedRunLeavesTheOldFile() throws {
    let dir = NSTemporaryDirectory() + "torchir-out-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "old\n".write(toFile: dir + "/out.mlir", atomically: true, encoding: .utf8)
    let (code, _, _) = try runDriver("func.func @f() {\n  retur\n}\n") { $0.outputFilename = dir + "/out.mlir" }
    XCTAssertEqual(code, 1)
    XCTAssertEqual(try String(contentsOfFile: dir + "/out.mlir", encoding: .utf8), "old\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["out.mlir"])
  }
}
