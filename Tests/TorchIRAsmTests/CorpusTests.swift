// Drives the .mlir test corpus through torchir-opt's driver and compares with
// the outputs of the reference tool (torch-mlir-opt) committed under
// Tests/Fixtures (see Tests/Fixtures/README.md for how they were made).

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRTool
import XCTest

let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
let roundtripDirectory = testsDirectory.appendingPathComponent("TorchIRAsmTests/Inputs/roundtrip")
let invalidDirectory = testsDirectory.appendingPathComponent("TorchIRAsmTests/Inputs/invalid")
let asmFixtures = testsDirectory.appendingPathComponent("Fixtures/asm")
let diagnosticFixtures = testsDirectory.appendingPathComponent("Fixtures/diagnostics")

struct OptRun {
  var code: Int32
  var stdout: [UInt8]
  var stderr: [UInt8]
}

/// Runs the driver in-process on `path`, naming the buffer `name`.
func runTool(_ path: String, name: String, flags: [String], stdin: [UInt8]? = nil) -> OptRun {
  var c = OptConfiguration()
  c.inputFilename = path
  c.bufferName = name
  for f in flags {
    switch f {
    case "--split-input-file": c.splitInputFile = true
    case "--verify-diagnostics": c.verifyDiagnostics = true
    case "--allow-unregistered-dialect": c.allowUnregisteredDialect = true
    case "--mlir-print-op-generic": c.printer.printGenericOpForm = true
    case "--mlir-print-debuginfo": c.printer.printDebugInfo = true
    case "--mlir-print-local-scope": c.printer.printLocalScope = true
    default:
      if f.hasPrefix("--mlir-elide-elementsattrs-if-larger=") {
        c.printer.elideElementsAttrsIfLarger = Int(f.split(separator: "=")[1])
      } else {
        XCTFail("unknown flag \(f)")
      }
    }
  }
  let out = OutputSink()
  let err = OutputSink()
  let code = runOnLargeStack { runOpt(c, stdout: out, stderr: err) }
  return OptRun(code: code, stdout: out.bytes, stderr: err.bytes)
}

/// Runs the driver on text (through a temporary file).
func runTool(text: [UInt8], name: String, flags: [String]) -> OptRun {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("torchir-tests-\(getpid())")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let file = dir.appendingPathComponent(UUID().uuidString + ".mlir")
  _ = FileManager.default.createFile(atPath: file.path, contents: Data(text))
  defer { try? FileManager.default.removeItem(at: file) }
  return runTool(file.path, name: name, flags: flags)
}

func files(in dir: URL, suffix: String) -> [URL] {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
  return names.filter { $0.hasSuffix(suffix) }.sorted().map { dir.appendingPathComponent($0) }
}

func readBytes(_ url: URL) -> [UInt8]? {
  guard let d = FileManager.default.contents(atPath: url.path) else { return nil }
  return [UInt8](d)
}

/// The first line where two outputs differ, for a readable failure.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
  let la = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let lb = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<max(la.count, lb.count) {
    let x = i < la.count ? String(la[i]) : "<end>"
    let y = i < lb.count ? String(lb[i]) : "<end>"
    if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
  }
  return "(identical text)"
}

final class CorpusTests: XCTestCase {
  let variants: [(String, [String])] = [
    ("custom", []),
    ("generic", ["--mlir-print-op-generic"]),
    ("debuginfo", ["--mlir-print-debuginfo"]),
    ("local-scope", ["--mlir-print-local-scope"]),
    ("elide", ["--mlir-elide-elementsattrs-if-larger=2"]),
  ]

  /// Our output is byte-identical to torch-mlir-opt's for every corpus file
  /// and printing flag that has a fixture.
  func testMatchesReferenceFixtures() throws {
    let inputs = files(in: roundtripDirectory, suffix: ".mlir")
    XCTAssertGreaterThan(inputs.count, 20)
    var checked = 0
    for input in inputs {
      let name = input.deletingPathExtension().lastPathComponent
      for (variant, flags) in variants {
        let fixture = asmFixtures.appendingPathComponent("\(name).\(variant).mlir")
        guard let expected = readBytes(fixture) else { continue }
        let r = runTool(input.path, name: "\(name).mlir",
          flags: ["--allow-unregistered-dialect"] + flags)
        XCTAssertEqual(r.code, 0, "\(name) \(variant): \(String(decoding: r.stderr, as: UTF8.self))")
        if r.stdout != expected {
          XCTFail("\(name).\(variant) differs from torch-mlir-opt at \(firstDifference(expected, r.stdout))")
        }
        checked += 1
      }
    }
    XCTAssertGreaterThan(checked, 60)
  }

  /// print(parse(print(parse(x)))) == print(parse(x)), in custom and generic
  /// form, over the whole corpus.
  func testPrintParseFixedPoint() throws {
    for input in files(in: roundtripDirectory, suffix: ".mlir") {
      let name = input.deletingPathExtension().lastPathComponent
      for flags in [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"]] {
        let allFlags = ["--allow-unregistered-dialect"] + flags
        let first = runTool(input.path, name: "\(name).mlir", flags: allFlags)
        XCTAssertEqual(first.code, 0, "\(name): \(String(decoding: first.stderr, as: UTF8.self))")
        let second = runTool(text: first.stdout, name: "\(name).mlir", flags: allFlags)
        XCTAssertEqual(second.code, 0, "\(name) reparse: \(String(decoding: second.stderr, as: UTF8.self))")
        if first.stdout != second.stdout {
          XCTFail("\(name) \(flags) is not a fixed point: \(firstDifference(first.stdout, second.stdout))")
        }
      }
    }
  }

  /// The --verify-diagnostics tests: every expected diagnostic is produced and
  /// no other (their expectations were checked with torch-mlir-opt).
  func testVerifyDiagnosticsCorpus() throws {
    let inputs = files(in: invalidDirectory, suffix: ".mlir")
    XCTAssertGreaterThan(inputs.count, 10)
    for input in inputs {
      guard let bytes = readBytes(input) else { continue }
      let flags = runFlags(bytes)
      XCTAssertTrue(flags.contains("--verify-diagnostics"), input.lastPathComponent)
      let r = runTool(input.path, name: input.lastPathComponent, flags: flags)
      XCTAssertEqual(r.code, 0,
        "\(input.lastPathComponent):\n\(String(decoding: r.stderr, as: UTF8.self))")
    }
  }

  /// Rendered diagnostics (stderr), stdout and exit codes match the tool's.
  func testDiagnosticRendering() throws {
    for input in files(in: diagnosticFixtures, suffix: ".mlir") {
      let base = input.deletingPathExtension()
      let name = base.lastPathComponent
      guard let bytes = readBytes(input),
        let expectedErr = readBytes(base.appendingPathExtension("stderr")),
        let codeText = readBytes(base.appendingPathExtension("exitcode"))
      else { continue }
      let r = runTool(input.path, name: "\(name).mlir", flags: runFlags(bytes))
      let code = Int32(String(decoding: codeText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
      XCTAssertEqual(r.code, code, name)
      var expected = expectedErr
      var actual = r.stderr
      if name == "custom_op_unregistered_dialect" {
        // The note lists the registered dialects, which differ by design.
        expected = Array(expected.prefix { $0 != 10 })
        actual = Array(actual.prefix { $0 != 10 })
      }
      if expected != actual {
        XCTFail("\(name) stderr differs at \(firstDifference(expected, actual))")
      }
      if let expectedOut = readBytes(base.appendingPathExtension("stdout")) {
        if expectedOut != r.stdout {
          XCTFail("\(name) stdout differs at \(firstDifference(expectedOut, r.stdout))")
        }
      }
    }
  }
}

/// The flags of a `// RUN: ...` first line.
func runFlags(_ bytes: [UInt8]) -> [String] {
  let firstLine = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
  guard firstLine.hasPrefix("// RUN:") else { return [] }
  return firstLine.dropFirst("// RUN:".count).split(separator: " ").map(String.init)
}
