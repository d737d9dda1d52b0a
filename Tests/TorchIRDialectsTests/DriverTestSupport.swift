// Runs torchir-opt's driver in-process for the dialect test suites, and the
// small helpers they share for comparing its output with reference fixtures.

import Foundation
import TorchIRAsm
import TorchIRTool
import XCTest

struct DriverRun {
  var code: Int32
  var stdout: [UInt8]
  var stderr: [UInt8]
}

/// Runs the driver on `text` (through a temporary file), naming the buffer
/// `name` so that locations match the reference tool's.
func runDriver(_ text: [UInt8], name: String, flags: [String]) -> DriverRun {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("torchir-dialects-\(getpid())")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let file = dir.appendingPathComponent(UUID().uuidString + ".mlir")
  _ = FileManager.default.createFile(atPath: file.path, contents: Data(text))
  defer { try? FileManager.default.removeItem(at: file) }
  var c = OptConfiguration()
  c.inputFilename = file.path
  c.bufferName = name
  for f in flags {
    switch f {
    case "--split-input-file": c.splitInputFile = true
    case "--verify-diagnostics": c.verifyDiagnostics = true
    case "--allow-unregistered-dialect": c.allowUnregisteredDialect = true
    case "--mlir-print-op-generic": c.printer.printGenericOpForm = true
    case "--mlir-print-debuginfo": c.printer.printDebugInfo = true
    case "--canonicalize": c.passPipeline = "builtin.module(canonicalize)"
    case "--cse": c.passPipeline = "builtin.module(cse)"
    default: XCTFail("unknown flag \(f)")
    }
  }
  let out = OutputSink()
  let err = OutputSink()
  let code = runOnLargeStack { runOpt(c, stdout: out, stderr: err) }
  return DriverRun(code: code, stdout: out.bytes, stderr: err.bytes)
}

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// The first line where two outputs differ, for a readable failure.
func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
  let a = text(expected).split(separator: "\n", omittingEmptySubsequences: false)
  let b = text(actual).split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<max(a.count, b.count) {
    let x = i < a.count ? String(a[i]) : "<end>"
    let y = i < b.count ? String(b[i]) : "<end>"
    if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
  }
  return "(identical text)"
}

/// The `.mlir` file names in `dir`, sorted.
func mlirFileNames(in dir: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
    .filter { $0.hasSuffix(".mlir") }.sorted()
}

/// The `.mlir` files in `dir`, sorted.
func mlirFiles(in dir: URL) -> [URL] { mlirFileNames(in: dir).map { dir.appendingPathComponent($0) } }

func contents(_ url: URL) -> [UInt8]? {
  FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
}

/// The flags of a `// RUN: ...` first line.
func runLineFlags(_ bytes: [UInt8]) -> [String] {
  let first = text(Array(bytes.prefix { $0 != 10 }))
  guard first.hasPrefix("// RUN:") else { return [] }
  return first.dropFirst("// RUN:".count).split(separator: " ").map(String.init)
}
