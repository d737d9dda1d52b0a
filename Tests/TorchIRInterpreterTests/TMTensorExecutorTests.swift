// The tm_tensor executors against numpy: each
// Tests/Fixtures/tm_tensor_interp/NAME.mlir (made by
// Tests/Fixtures/make_tmtensor_fixtures.py) runs on its inputs. On tensors
// torchir-run's driver runs it and its results are compared; on memrefs
// (NAME.json lists `memref_outputs`) the library runs it and the contents
// of those arguments are compared. Run-time faults are checked below.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter
import XCTest

private let tmFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/tm_tensor_interp")

final class TMTensorExecutorTests: XCTestCase {
  private var keep: [MLIRContext] = []

  private func parse(_ text: String, name: String) throws -> TorchIRCore.Operation {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    keep.append(ctx)
    return try Parser.parseSourceFile(SourceBuffer(name: name, text: text), context: ctx)
  }

  func testCasesMatchNumpy() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: tmFixtures.path)
      .filter { $0.hasSuffix(".mlir") }.map { String($0.dropLast(5)) }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 12, "fixtures missing")
    var checked = 0
    for name in names {
      let meta = try JSONSerialization.jsonObject(
        with: Data(contentsOf: tmFixtures.appendingPathComponent(name + ".json"))) as? [String: Any]
      let results = meta?["results"] as? [[String: Any]] ?? []
      var inputs: [String] = []
      while true {
        let p = tmFixtures.appendingPathComponent("\(name).input_\(inputs.count).npy").path
        guard FileManager.default.fileExists(atPath: p) else { break }
        inputs.append(p)
      }
      var actual: [Buffer] = []
      if let memrefOutputs = meta?["memref_outputs"] as? [Int] {
        let text = try String(contentsOf: tmFixtures.appendingPathComponent(name + ".mlir"), encoding: .utf8)
        let module = try parse(text, name: name + ".mlir")
        let interp = Interpreter(module: module)
        let f = try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))
        let args = try inputs.map { try Npy.read(path: $0) }
        _ = try interp.run(f, args.map { .buffer($0) })
        actual = memrefOutputs.map { args[$0] }
      } else {
        let out = temporaryDirectory(name)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = runTool(tmFixtures.appendingPathComponent(name + ".mlir").path, inputs: inputs, outputDir: out)
        guard run.code == 0 else {
          XCTFail("\(name): exit \(run.code)\n\(run.stderr)")
          continue
        }
        actual = try results.indices.map { try Npy.read(path: out + "/output_\($0).npy") }
      }
      for (i, r) in results.enumerated() {
        let label = "\(name) result #\(i) (\(r["name"] as? String ?? "?"))"
        let expected = try Npy.read(path: tmFixtures.appendingPathComponent("\(name).expected_\(i).npy").path)
        guard i < actual.count else {
          XCTFail("\(label): missing")
          continue
        }
        if let diff = compareBuffers(expected, actual[i], ulp: r["ulp"] as? Int ?? 0) {
          XCTFail("\(label): \(diff)")
        }
        checked += 1
      }
    }
    XCTAssertGreaterThanOrEqual(checked, 18)
  }

  /// A scatter index outside the original value is a located fault, and
  /// nothing is written.
  func testScatterIndexOutOfBoundsIsAFault() throws {
    let text = """
      func.func @main(%o: tensor<4xf32>, %i: tensor<2x1xi32>, %u: tensor<2xf32>) -> tensor<4xf32> {
        %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true)
          ins(%u, %i : tensor<2xf32>, tensor<2x1xi32>) outs(%o : tensor<4xf32>) {
        ^bb0(%a: f32, %b: f32):
          tm_tensor.yield %a : f32
        } -> tensor<4xf32>
        return %r : tensor<4xf32>
      }
      """
    let module = try parse(text, name: "oob.mlir")
    let interp = Interpreter(module: module)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))
    let o = try Buffer(allocating: .float(.f32), shape: [4], at: .unknown)
    let u = try Buffer(allocating: .float(.f32), shape: [2], at: .unknown)
    let i = try Buffer(allocating: .integer(width: 32, signedness: .signless), shape: [2, 1], at: .unknown)
    i.store(0, .int(1))
    i.store(1, .int(UInt64(UInt32(bitPattern: -1))))
    XCTAssertThrowsError(try interp.run(f, [.buffer(o), .buffer(i), .buffer(u)])) { e in
      let message = "\(e)"
      XCTAssertTrue(message.contains("oob.mlir:2:"), message)
      XCTAssertTrue(message.contains("index -1 is out of bounds for dimension 0 of size 4"), message)
    }
  }

  /// Dynamic shapes that disagree at run time are faults, not crashes.
  func testShapeMismatchAtRunTimeIsAFault() throws {
    let text = """
      func.func @main(%x: tensor<?xf32>, %o: tensor<?xf32>, %a: tensor<f32>) -> (tensor<?xf32>, tensor<f32>) {
        %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<?xf32>) outs(%o, %a : tensor<?xf32>, tensor<f32>) {
        ^bb0(%p: f32, %q: f32):
          %s = arith.addf %p, %q : f32
          tm_tensor.yield %s : f32
        } -> tensor<?xf32>, tensor<f32>
        return %r#0, %r#1 : tensor<?xf32>, tensor<f32>
      }
      """
    let module = try parse(text, name: "shape.mlir")
    let interp = Interpreter(module: module)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))
    let x = try Buffer(allocating: .float(.f32), shape: [3], at: .unknown)
    let o = try Buffer(allocating: .float(.f32), shape: [4], at: .unknown)
    let a = try Buffer(allocating: .float(.f32), shape: [], at: .unknown)
    XCTAssertThrowsError(try interp.run(f, [.buffer(x), .buffer(o), .buffer(a)])) { e in
      XCTAssertTrue("\(e)".contains("shape.mlir:2:"), "\(e)")
    }
  }

  /// What the executors cannot run is reported when the function is
  /// prepared, at the op: a scatter whose dimension_map leaves a dimension
  /// of the original value without an index (Torch-MLIR's lowering would
  /// build an invalid load), an attention on integers.
  func testUnsupportedFormsAreDiagnosedBeforeRunning() throws {
    let cases: [(String, String)] = [
      ("""
        func.func @main(%o: tensor<4x3xf32>, %i: tensor<2x1xi32>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
          %r = tm_tensor.scatter {dimension_map = array<i64: 1>} unique_indices(true)
            ins(%u, %i : tensor<2x3xf32>, tensor<2x1xi32>) outs(%o : tensor<4x3xf32>) {
          ^bb0(%a: f32, %b: f32):
            tm_tensor.yield %a : f32
          } -> tensor<4x3xf32>
          return %r : tensor<4x3xf32>
        }
        """, "gives no index for dimension #0 of the original value"),
      ("""
        func.func @main(%q: tensor<2x4xi32>, %k: tensor<3x4xi32>, %v: tensor<3x5xi32>, %o: tensor<2x5xi32>) -> tensor<2x5xi32> {
          %r = tm_tensor.attention ins(%q, %k, %v : tensor<2x4xi32>, tensor<3x4xi32>, tensor<3x5xi32>) outs(%o : tensor<2x5xi32>) -> tensor<2x5xi32>
          return %r : tensor<2x5xi32>
        }
        """, "only float element types are supported"),
    ]
    for (text, message) in cases {
      let module = try parse(text, name: "unsupported.mlir")
      let interp = Interpreter(module: module)
      XCTAssertThrowsError(try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))) { e in
        XCTAssertTrue("\(e)".contains("unsupported.mlir:2:") && "\(e)".contains(message), "\(e)")
      }
    }
  }
}
