// The linalg executors against numpy: each Tests/Fixtures/interp/linalg case
// (make_linalg_interp_fixtures.py) runs with the fast kernels and again with
// every linalg op on the reference generic path; both must give numpy's
// results within the ulps the case allows. Also run-time faults: shapes
// that do not fit the indexing maps are located diagnostics.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter
import XCTest

final class LinalgFixtureTests: XCTestCase {
  private var keep: [MLIRContext] = []

  private func parse(_ text: String, name: String = "linalg.mlir") throws -> TorchIRCore.Operation {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    keep.append(ctx)
    return try Parser.parseSourceFile(SourceBuffer(name: name, text: text), context: ctx)
  }

  private func run(_ m: TorchIRCore.Operation, _ args: [RuntimeValue], fast: Bool) throws -> [RuntimeValue] {
    let registry = ExecutorRegistry.standard()
    if !fast { registerLinalgExecutors(registry, fastPaths: false) }
    let interp = Interpreter(module: m, registry: registry)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    return try interp.run(f, args)
  }

  func testCasesMatchNumpyOnBothPaths() throws {
    let dir = interpFixtures.appendingPathComponent("linalg")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".mlir") }.map { String($0.dropLast(5)) }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 5, "fixtures missing")
    var checked = 0
    for name in names {
      let meta = try JSONSerialization.jsonObject(
        with: Data(contentsOf: dir.appendingPathComponent(name + ".json"))) as? [String: Any]
      let results = meta?["results"] as? [[String: Any]] ?? []
      let text = try String(contentsOf: dir.appendingPathComponent(name + ".mlir"), encoding: .utf8)
      for fast in [true, false] {
        var inputs: [RuntimeValue] = []
        while true {
          let p = dir.appendingPathComponent("\(name).input_\(inputs.count).npy").path
          guard FileManager.default.fileExists(atPath: p) else { break }
          inputs.append(.buffer(try Npy.read(path: p)))
        }
        let outs = try run(try parse(text, name: name + ".mlir"), inputs, fast: fast)
        XCTAssertEqual(outs.count, results.count, name)
        for (i, r) in results.enumerated() where i < outs.count {
          let label = "\(name) result #\(i) (\(r["name"] as? String ?? "?")), \(fast ? "fast" : "reference") path"
          let expected = try Npy.read(path: dir.appendingPathComponent("\(name).expected_\(i).npy").path)
          guard let actual = outs[i].bufferValue else {
            XCTFail("\(label): not a buffer")
            continue
          }
          if let diff = compareBuffers(expected, try actual.contiguous(at: .unknown), ulp: r["ulp"] as? Int ?? 0) {
            XCTFail("\(label): \(diff)")
          }
          checked += 1
        }
      }
    }
    XCTAssertGreaterThanOrEqual(checked, 40)
  }

  private func buffer(_ shape: [Int]) throws -> RuntimeValue {
    .buffer(try Buffer(allocating: .float(.f32), shape: shape, at: .unknown))
  }

  func testShapeMismatchIsALocatedFault() throws {
    let m = try parse("""
      func.func @main(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
        %0 = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
        return %0 : tensor<?x?xf32>
      }
      """)
    for fast in [true, false] {
      XCTAssertThrowsError(try run(m, [try buffer([2, 3]), try buffer([4, 5]), try buffer([2, 5])], fast: fast)) { e in
        let s = "\(e)"
        XCTAssertTrue(s.contains("linalg.mlir:2:8") && s.contains("'linalg.matmul' op: dimension 0 of operand #1 has size 4, but loop d2 has size 3"), s)
      }
    }
  }

  func testOutOfBoundsWindowIsALocatedFault() throws {
    // The output asks for 4 positions of a 3-wide window over 5 inputs.
    let m = try parse("""
      func.func @main(%x: tensor<?xf32>, %k: tensor<?xf32>, %o: tensor<?xf32>) -> tensor<?xf32> {
        %0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 + d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>],
            iterator_types = ["parallel", "reduction"]} ins(%x, %k : tensor<?xf32>, tensor<?xf32>) outs(%o : tensor<?xf32>) {
        ^bb0(%a: f32, %b: f32, %c: f32):
          %p = arith.mulf %a, %b : f32
          %s = arith.addf %c, %p : f32
          linalg.yield %s : f32
        } -> tensor<?xf32>
        return %0 : tensor<?xf32>
      }
      """)
    XCTAssertEqual(try run(m, [try buffer([5]), try buffer([3]), try buffer([3])], fast: false).count, 1)
    XCTAssertThrowsError(try run(m, [try buffer([5]), try buffer([3]), try buffer([4])], fast: false)) { e in
      let s = "\(e)"
      XCTAssertTrue(s.contains("linalg.mlir:2:8") && s.contains("operand #0 is indexed from 0 to 5 along dimension 0, whose size is 5"), s)
    }
  }

  func testConvolutionWindowOutOfBoundsIsALocatedFault() throws {
    let m = try parse("""
      func.func @main(%x: tensor<1x1x?x?xf32>, %w: tensor<1x1x3x3xf32>, %o: tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> {
        %0 = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x?x?xf32>, tensor<1x1x3x3xf32>) outs(%o : tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
        return %0 : tensor<1x1x?x?xf32>
      }
      """)
    for fast in [true, false] {
      XCTAssertThrowsError(try run(m, [try buffer([1, 1, 4, 4]), try buffer([1, 1, 3, 3]), try buffer([1, 1, 3, 2])], fast: fast)) { e in
        XCTAssertTrue("\(e)".contains("operand #0 is indexed from 0 to 4 along dimension 2, whose size is 4"), "\(e)")
      }
    }
  }
}
