// Runs torchir-run's driver in-process, and compares .npy results with the
// numpy-made fixtures in Tests/Fixtures/interp (see make_interp_fixtures.py).

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRInterpreter
import TorchIRTool
import XCTest

let interpFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/interp")

struct RunResult {
  var code: Int32
  var stdout: String
  var stderr: String
}

/// A fresh, empty temporary directory.
func temporaryDirectory(_ tag: String) -> String {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("torchir-run-\(tag)-\(getpid())-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  return dir.path
}

/// Runs the driver on `file` (a path).
func runTool(_ file: String, inputs: [String] = [], outputDir: String? = nil, entry: String? = nil,
  print: Bool = false, timing: Bool = false, maxCallDepth: Int = 1000) -> RunResult {
  var c = RunConfiguration()
  c.inputFilename = file
  c.inputs = inputs
  c.outputDirectory = outputDir
  c.entry = entry
  c.printResults = print
  c.timing = timing
  c.maxCallDepth = maxCallDepth
  let out = OutputSink()
  let err = OutputSink()
  let code = runOnLargeStack { runRun(c, stdout: out, stderr: err) }
  return RunResult(code: code, stdout: out.string, stderr: err.string)
}

/// Runs the driver on MLIR text written to a temporary file named `name`.
func runText(_ text: String, name: String = "input.mlir", inputs: [String] = [], outputDir: String? = nil,
  entry: String? = nil, print: Bool = false, maxCallDepth: Int = 1000) -> RunResult {
  let dir = temporaryDirectory("src")
  let path = dir + "/" + name
  _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  var r = runTool(path, inputs: inputs, outputDir: outputDir, entry: entry, print: print, maxCallDepth: maxCallDepth)
  // Diagnostics name the file as given; tests see just its name.
  r.stderr = r.stderr.replacingOccurrences(of: dir + "/", with: "")
  return r
}

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "data.npy") -> String {
  let path = temporaryDirectory("file") + "/" + name
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  return path
}

/// The units in the last place between two values of `kind` (0 when equal,
/// Int.max when exactly one is NaN).
func ulpDistance(_ a: Double, _ b: Double, _ kind: FloatKind) -> Int {
  if a.isNaN && b.isNaN { return 0 }
  if a.isNaN || b.isNaN { return Int.max }
  if a == b { return 0 }
  func ordered(_ x: Double) -> Int64 {
    let bits: Int64
    switch kind {
    case .f64: bits = Int64(bitPattern: x.bitPattern & ~(1 << 63))
    case .f32: bits = Int64(Float(x).bitPattern & 0x7FFF_FFFF)
    default:
      // f16/bf16: count ulps through their 16-bit patterns.
      let b = npyBits16(x, kind)
      bits = Int64(b & 0x7FFF)
    }
    return x.sign == .minus ? -bits : bits
  }
  let d = ordered(a) - ordered(b)
  return Int(d.magnitude)
}

/// The 16-bit pattern of a value representable in f16 or bf16, through the
/// .npy writer (a one-element buffer).
func npyBits16(_ x: Double, _ kind: FloatKind) -> UInt16 {
  guard let b = try? Buffer(allocating: .float(kind), shape: [1], at: .unknown) else { return 0 }
  b.store(0, .float(x))
  return b.storage.base?.load(as: UInt16.self) ?? 0
}

/// Compares two buffers element by element; returns the first difference.
func compareBuffers(_ expected: Buffer, _ actual: Buffer, ulp: Int) -> String? {
  if expected.elementType != actual.elementType {
    return "element type \(actual.elementType), expected \(expected.elementType)"
  }
  if expected.shape != actual.shape { return "shape \(actual.shape), expected \(expected.shape)" }
  guard let e = try? expected.contiguous(at: .unknown), let a = try? actual.contiguous(at: .unknown) else {
    return "unreadable buffer"
  }
  for i in 0..<e.count {
    switch (e.load(i), a.load(i), e.elementType) {
    case (.float(let x), .float(let y), .float(let k)):
      let d = ulpDistance(x, y, k)
      let bitExact = ulp == 0 && !(x.isNaN && y.isNaN) && x.sign != y.sign
      if d > ulp || bitExact {
        return "element \(i): \(y), expected \(x) (\(d == Int.max ? "NaN mismatch" : "\(d) ulp"), allowed \(ulp))"
      }
    case (.int(let x), .int(let y), _):
      if x != y { return "element \(i): bits \(y), expected \(x)" }
    default:
      return "element \(i): unexpected value kinds"
    }
  }
  return nil
}
