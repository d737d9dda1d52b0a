// torchir-interp-bench: the interpreter's linalg kernels, side by side with
// numpy (and onnxruntime when importable) on the same ops, in one run.
//
//   swift build -c release --product torchir-interp-bench
//   .build/release/torchir-interp-bench [--runs R] [--python PATH] [--ew-elements N]
//
// (a) a 1024 x 1024 x 1024 f32 linalg.matmul (GFLOP/s, 2*M*N*K flops);
// (b) a ResNet-style 3x3 linalg.conv_2d_nchw_fchw: input 1x64x58x58 (the
//     56x56 image padded by one), 64 filters, output 1x64x56x56 (GFLOP/s);
// (c) an element-wise f32 linalg.generic adding two vectors of N (default
//     16M) elements (GB/s: two reads and one write of 4 bytes per element),
//     on tensors (each run allocates its 64 MB result, page faults included)
//     and on memrefs (in place into an existing output), against numpy's
//     `np.add(a, b)` (allocating) and `np.add(a, b, out=c)` respectively.
// Each module is parsed and prepared once and run R times (best time; one
// warm-up run first); a tensor result is a fresh buffer per run, as in the
// interpreter. numpy runs `A @ B`, im2col + `@` for the convolution (numpy
// has no convolution) and `np.add(out=)`; onnxruntime runs MatMul, Conv and
// Add with 2 intra-op threads. The Python side is reference_bench.py next to
// this file, run by the first of --python, $TORCHIR_BENCH_PYTHON,
// /work/venv-ort/bin/python, /work/venv/bin/python, python3 that works; with
// none, only TorchIR's numbers are printed. Ratios are library time /
// TorchIR time (above 1 means TorchIR is faster).
//
// Measured on the shared 2-core development machine (AMD EPYC, Zen 4 with
// AVX-512; 2026-11-25, release build, numpy 2.4.6 with OpenBLAS, onnxruntime
// 1.32.0; other builds running alongside, so single figures moved up to 2x
// between runs, numpy's im2col convolution even more). Three consecutive
// runs, best of 7 each: matmul 35-36 GFLOP/s against numpy 68-70 (ratio
// 0.50-0.53) and onnxruntime 89-91; conv 25-29 GFLOP/s against onnxruntime
// 94 (numpy im2col + BLAS 10-12, up to 143 in quieter runs); element-wise
// 16-18 GB/s on tensors (numpy allocating 17-18) and 19-42 GB/s in place
// (numpy out= 32-35). In the quietest run seen, numpy's matmul reached 151
// GFLOP/s against our 49 (ratio 0.32).
//
// What stands between the matmul and 1x: (1) the instruction set. Swift
// builds for baseline x86-64 (SSE2: 4-wide, no FMA) unless told otherwise;
// OpenBLAS dispatches at run time to AVX-512 FMA kernels (16-wide, fused), 4x
// the lanes and 2x the flops per instruction. The same code built with
// `-Xswiftc -target-cpu -Xswiftc znver4` ran at 84 GFLOP/s in the same noisy
// session (numpy then: 69). A portable fix is run-time dispatch between
// kernels compiled for several targets, which SwiftPM cannot express without
// unsafe flags. (2) No fused multiply-add: Swift does not contract a * b + c,
// and the kernel keeps MLIR's separately rounded mulf + addf. (3) The
// micro-kernel is 6x8 Swift SIMD code, with broadcasts of A done by shuffles
// on the baseline target; OpenBLAS's are hand-scheduled assembly with
// prefetching, and its threads share one packed B where ours pack their own.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var runs = 5
var pythonOverride: String? = nil
var ewElements = 1 << 24
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
  switch a {
  case "--runs": runs = Int(args.next() ?? "") ?? runs
  case "--python": pythonOverride = args.next()
  case "--ew-elements": ewElements = Int(args.next() ?? "") ?? ewElements
  default:
    FileHandle.standardError.write("usage: torchir-interp-bench [--runs R] [--python PATH] [--ew-elements N]\n".data(using: .utf8)!)
    exit(2)
  }
}

struct Case {
  let name: String
  let text: String
  let argShapes: [[Int]]
  /// Work per run: flops (GFLOP/s) or bytes (GB/s).
  let work: Double
  let unit: String
}

let n = 1024
let cases = [
  Case(
    name: "matmul",
    text: """
      func.func @main(%a: tensor<\(n)x\(n)xf32>, %b: tensor<\(n)x\(n)xf32>, %c: tensor<\(n)x\(n)xf32>) -> tensor<\(n)x\(n)xf32> {
        %0 = linalg.matmul ins(%a, %b : tensor<\(n)x\(n)xf32>, tensor<\(n)x\(n)xf32>) outs(%c : tensor<\(n)x\(n)xf32>) -> tensor<\(n)x\(n)xf32>
        return %0 : tensor<\(n)x\(n)xf32>
      }
      """, argShapes: [[n, n], [n, n], [n, n]], work: 2 * Double(n * n * n), unit: "GFLOP/s"),
  Case(
    name: "conv",
    text: """
      func.func @main(%x: tensor<1x64x58x58xf32>, %w: tensor<64x64x3x3xf32>, %o: tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32> {
        %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
          ins(%x, %w : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%o : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
        return %0 : tensor<1x64x56x56xf32>
      }
      """, argShapes: [[1, 64, 58, 58], [64, 64, 3, 3], [1, 64, 56, 56]], work: 2 * 64 * 56 * 56 * 64 * 9,
    unit: "GFLOP/s"),
  Case(
    name: "elementwise",
    text: """
      #id = affine_map<(d0) -> (d0)>
      func.func @main(%x: tensor<\(ewElements)xf32>, %y: tensor<\(ewElements)xf32>, %o: tensor<\(ewElements)xf32>) -> tensor<\(ewElements)xf32> {
        %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
            ins(%x, %y : tensor<\(ewElements)xf32>, tensor<\(ewElements)xf32>) outs(%o : tensor<\(ewElements)xf32>) {
        ^bb0(%a: f32, %b: f32, %out: f32):
          %s = arith.addf %a, %b : f32
          linalg.yield %s : f32
        } -> tensor<\(ewElements)xf32>
        return %0 : tensor<\(ewElements)xf32>
      }
      """, argShapes: [[ewElements], [ewElements], [ewElements]], work: 12 * Double(ewElements), unit: "GB/s"),
  Case(
    name: "ew-memref",
    text: """
      #id = affine_map<(d0) -> (d0)>
      func.func @main(%x: memref<\(ewElements)xf32>, %y: memref<\(ewElements)xf32>, %o: memref<\(ewElements)xf32>) {
        linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
            ins(%x, %y : memref<\(ewElements)xf32>, memref<\(ewElements)xf32>) outs(%o : memref<\(ewElements)xf32>) {
        ^bb0(%a: f32, %b: f32, %out: f32):
          %s = arith.addf %a, %b : f32
          linalg.yield %s : f32
        }
        return
      }
      """, argShapes: [[ewElements], [ewElements], [ewElements]], work: 12 * Double(ewElements), unit: "GB/s"),
]

func randomBuffer(_ shape: [Int], _ seed: inout UInt64) throws -> Buffer {
  let b = try Buffer(allocating: .float(.f32), shape: shape, at: .unknown)
  guard let p = b.storage.base?.assumingMemoryBound(to: Float.self) else { return b }
  for i in 0..<b.count {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    p[i] = Float(Int64(seed >> 40) - (1 << 23)) / Float(1 << 23)
  }
  return b
}

var torchir: [String: Double] = [:]
print("TorchIR interpreter (\(ProcessInfo.processInfo.activeProcessorCount) cores), best of \(runs) runs:")
for c in cases {
  do {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    let module = try Parser.parseSourceFile(SourceBuffer(name: c.name + ".mlir", text: c.text), context: ctx)
    let interp = Interpreter(module: module)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))
    var seed: UInt64 = 42
    let inputs = try c.argShapes.map { RuntimeValue.buffer(try randomBuffer($0, &seed)) }
    _ = try interp.run(f, inputs)
    var t = Double.infinity
    for _ in 0..<runs {
      let s = now()
      _ = try interp.run(f, inputs)
      t = min(t, now() - s)
    }
    torchir[c.name] = t
    print("  \(c.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%9.3f ms  %8.2f %@", t * 1e3, c.work / t / 1e9, c.unit))")
  } catch {
    print("  \(c.name): failed: \(error)")
  }
}

// The reference libraries.
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference_bench.py").path
var candidates: [String] = []
if let p = pythonOverride { candidates.append(p) }
if let p = ProcessInfo.processInfo.environment["TORCHIR_BENCH_PYTHON"] { candidates.append(p) }
candidates += ["/work/venv-ort/bin/python", "/work/venv/bin/python", "/usr/bin/python3"]
var reference: [String: Any]? = nil
for py in candidates where FileManager.default.isExecutableFile(atPath: py) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: py)
  p.arguments = [script, "--runs", String(runs), "--ew-elements", String(ewElements)]
  var env = ProcessInfo.processInfo.environment
  env["OPENBLAS_NUM_THREADS"] = "2"
  env["OMP_NUM_THREADS"] = "2"
  p.environment = env
  let pipe = Pipe()
  p.standardOutput = pipe
  p.standardError = FileHandle.nullDevice
  do { try p.run() } catch { continue }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  if p.terminationStatus == 0, let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
    reference = obj
    print("reference: \(py) (numpy \(obj["numpy_version"] ?? "?")\(obj["onnxruntime_version"].map { ", onnxruntime \($0)" } ?? ""))")
    break
  }
}
guard let ref = reference, let results = ref["results"] as? [String: [String: Double]] else {
  print("numpy not found: no reference numbers (pass --python PATH)")
  exit(0)
}
print("side by side (ratio = library time / TorchIR time; above 1: TorchIR faster):")
for c in cases {
  guard let ours = torchir[c.name] else { continue }
  var line = "  \(c.name.padding(toLength: 12, withPad: " ", startingAt: 0)) TorchIR \(String(format: "%8.2f", c.work / ours / 1e9)) \(c.unit)"
  for lib in ["numpy", "onnxruntime"] {
    guard let t = results[c.name]?[lib] else { continue }
    line += String(format: " | %@ %8.2f %@ (ratio %.2f)", lib, c.work / t / 1e9, c.unit, t / ours)
  }
  print(line)
}
