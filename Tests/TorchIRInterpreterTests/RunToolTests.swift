// torchir-run's command-line behaviour: entry selection, input checking,
// unsupported ops and run-time faults reported with their location before
// (or instead of) any output, and the documented choices for MLIR's
// undefined cases (expected values computed by hand).

import Foundation
import TorchIRInterpreter
import XCTest

final class RunToolTests: XCTestCase {
  private func save(_ buffer: Buffer) throws -> String {
    temporaryFile(try Npy.encode(buffer))
  }

  private func f32Array(_ values: [Float], shape: [Int]) throws -> String {
    let b = try Buffer(allocating: .float(.f32), shape: shape, at: .unknown)
    for (i, v) in values.enumerated() { b.store(i, .float(Double(v))) }
    return try save(b)
  }

  private func i32Scalar(_ v: Int32) throws -> String {
    let b = try Buffer(allocating: .integer(width: 32, signedness: .signless), shape: [], at: .unknown)
    b.store(0, .int(UInt64(UInt32(bitPattern: v))))
    return try save(b)
  }

  private func contents(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
  }

  let add = """
    func.func @main(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
      %0 = arith.addf %a, %b : tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    }

    """

  func testRunsAndPrints() throws {
    let a = try f32Array([1, 2, 3, 4, 5, 6], shape: [2, 3])
    let b = try f32Array([0.5, 0.5, 0.5, -1, -1, -1], shape: [2, 3])
    let out = temporaryDirectory("ok") + "/nested/dir"
    let r = runText(add, inputs: [a, b], outputDir: out, print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: tensor<2x3xf32> = [[1.5, 2.5, 3.5], [3.0, 4.0, 5.0]]\n")
    XCTAssertEqual(contents(out), ["output_0.npy"])
    let result = try Npy.read(path: out + "/output_0.npy")
    XCTAssertEqual((0..<6).map { result.load($0).floatValue }, [1.5, 2.5, 3.5, 3, 4, 5])
  }

  func testWrongInputCountShapeAndDtype() throws {
    let a = try f32Array([1, 2, 3, 4, 5, 6], shape: [2, 3])
    let out = temporaryDirectory("bad")
    var r = runText(add, name: "count.mlir", inputs: [a], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("count.mlir:1:1: error: @main takes 2 arguments, but 1 --input file was given"), r.stderr)
    let wrongShape = try f32Array([1, 2, 3, 4, 5, 6], shape: [3, 2])
    r = runText(add, name: "shape.mlir", inputs: [a, wrongShape], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("shape.mlir:1:1: error: input #1"), r.stderr)
    XCTAssertTrue(r.stderr.contains("shape (3, 2) does not match tensor<2x3xf32>"), r.stderr)
    let f64 = try Buffer(allocating: .float(.f64), shape: [2, 3], at: .unknown)
    r = runText(add, name: "dtype.mlir", inputs: [a, try save(f64)], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("dtype '<f8' does not match element type f32 (expected '<f4')"), r.stderr)
    r = runText(add, name: "missing.mlir", inputs: [a, "/nonexistent/x.npy"], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("/nonexistent/x.npy"), r.stderr)
    // A scalar argument takes a 0-d array only.
    r = runText("func.func @main(%x: f32) -> f32 {\n  return %x : f32\n}\n", inputs: [a], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("shape (2, 3) does not match f32"), r.stderr)
    XCTAssertEqual(contents(out), [])
  }

  func testUnsupportedOpIsReportedBeforeRunning() {
    // The failing assert comes first, but preparing finds the unsupported op.
    let text = """
      func.func @main() -> i32 {
        %f = arith.constant false
        cf.assert %f, "must not run"
        %c = func.call @g() : () -> i32
        return %c : i32
      }
      func.func private @g() -> i32 {
        %0 = arith.constant 1 : i32
        %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
        return %0 : i32
      }

      """
    let out = temporaryDirectory("unsupported")
    let r = runText(text, name: "unsupported.mlir", outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(
      r.stderr.hasPrefix("unsupported.mlir:9:8: error: 'builtin.unrealized_conversion_cast' op is not supported by the interpreter"),
      r.stderr)
    XCTAssertFalse(r.stderr.contains("must not run"))
    XCTAssertEqual(contents(out), [])
  }

  /// Results that cannot be saved are reported before running (the assert
  /// would fail if the function ran).
  func testUnwritableResultsAreReportedBeforeRunning() {
    let text = """
      func.func @main() -> i4 {
        %f = arith.constant false
        cf.assert %f, "must not run"
        %c = arith.constant 3 : i4
        return %c : i4
      }

      """
    let out = temporaryDirectory("i4")
    var r = runText(text, name: "i4.mlir", outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("i4.mlir:1:1: error: result #0 of type i4 cannot be written: numpy has no dtype for i4"), r.stderr)
    // Printing alone is fine (and here runs into the assert).
    r = runText(text, name: "i4.mlir", print: true)
    XCTAssertTrue(r.stderr.hasPrefix("i4.mlir:3:3: error: assertion failed: must not run"), r.stderr)
    XCTAssertEqual(contents(out), [])
  }

  func testUnsupportedElementType() {
    let r = runText("func.func @main(%x: f8E4M3FN) -> f8E4M3FN {\n  return %x : f8E4M3FN\n}\n", name: "f8.mlir")
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("f8.mlir:1:1: error: element type f8E4M3FN is not supported"), r.stderr)
  }

  func testRunTimeFaultsAreLocatedAndWriteNothing() throws {
    let text = """
      func.func @main(%a: i32, %b: i32) -> (i32, i32) {
        %q = arith.divsi %a, %b : i32
        %c0 = arith.constant 0 : i32
        %ok = arith.cmpi sgt, %a, %c0 : i32
        cf.assert %ok, "a must be positive"
        return %q, %q : i32, i32
      }

      """
    let out = temporaryDirectory("fault")
    var r = runText(text, name: "fault.mlir", inputs: [try i32Scalar(7), try i32Scalar(0)], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("fault.mlir:2:8: error: 'arith.divsi' op: integer division by zero\n"), r.stderr)
    r = runText(text, name: "fault.mlir", inputs: [try i32Scalar(Int32.min), try i32Scalar(-1)], outputDir: out)
    XCTAssertTrue(r.stderr.hasPrefix("fault.mlir:2:8: error: 'arith.divsi' op: signed division overflow"), r.stderr)
    r = runText(text, name: "fault.mlir", inputs: [try i32Scalar(-6), try i32Scalar(3)], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("fault.mlir:5:3: error: assertion failed: a must be positive\n"), r.stderr)
    XCTAssertEqual(contents(out), [])
    r = runText(text, name: "fault.mlir", inputs: [try i32Scalar(6), try i32Scalar(3)], outputDir: out, print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: i32 = 2\noutput_1: i32 = 2\n")
    XCTAssertEqual(contents(out), ["output_0.npy", "output_1.npy"])
  }

  func testRecursionDepthIsBounded() {
    let text = """
      func.func @main(%n: i64) -> i64 {
        %r = func.call @down(%n) : (i64) -> i64
        return %r : i64
      }
      func.func private @down(%n: i64) -> i64 {
        %c1 = arith.constant 1 : i64
        %m = arith.subi %n, %c1 : i64
        %r = func.call @down(%m) : (i64) -> i64
        return %r : i64
      }

      """
    let b = try? Buffer(allocating: .integer(width: 64, signedness: .signless), shape: [], at: .unknown)
    let input = b.flatMap { try? Npy.encode($0) }.map { temporaryFile($0) } ?? ""
    let r = runText(text, name: "deep.mlir", inputs: [input], maxCallDepth: 200)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("deep.mlir:8:8: error: call depth exceeds the limit of 200"), r.stderr)
  }

  /// A block passing its own arguments permuted reads them all before
  /// writing any (hand-computed: 5 swaps of (1, 2) give (2, 1)).
  func testBranchArgumentsArePermutedInParallel() {
    let text = """
      func.func @main() -> (i32, i32) {
        %c0 = arith.constant 0 : i32
        %c1 = arith.constant 1 : i32
        %c2 = arith.constant 2 : i32
        %c5 = arith.constant 5 : i32
        cf.br ^loop(%c1, %c2, %c0 : i32, i32, i32)
      ^loop(%x: i32, %y: i32, %i: i32):
        %done = arith.cmpi eq, %i, %c5 : i32
        %next = arith.addi %i, %c1 : i32
        cf.cond_br %done, ^exit, ^loop(%y, %x, %next : i32, i32, i32)
      ^exit:
        return %x, %y : i32, i32
      }

      """
    let r = runText(text, print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: i32 = 2\noutput_1: i32 = 1\n")
  }

  func testDynamicShapesMismatchAtRunTime() throws {
    let text = """
      func.func @main(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
        %0 = arith.addf %a, %b : tensor<?xf32>
        return %0 : tensor<?xf32>
      }

      """
    let a = try f32Array([1, 2, 3], shape: [3])
    let b = try f32Array([1, 2], shape: [2])
    var r = runText(text, name: "dyn.mlir", inputs: [a, b])
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("dyn.mlir:2:8: error: 'arith.addf' op operands have different shapes at run time: [3] and [2]"), r.stderr)
    r = runText(text, inputs: [a, a], print: true)
    XCTAssertEqual(r.stdout, "output_0: tensor<?xf32> = [2.0, 4.0, 6.0]\n")
  }

  /// func.constant and func.call_indirect (hand-computed: twice(5) = 10,
  /// then the same value through a function picked at run time).
  func testIndirectCalls() {
    let text = """
      func.func @main(%pick: i1) -> (i32, i32) {
        %c5 = arith.constant 5 : i32
        %f = func.constant @twice : (i32) -> i32
        %g = func.constant @negate : (i32) -> i32
        %a = func.call_indirect %f(%c5) : (i32) -> i32
        %h = arith.select %pick, %f, %g : (i32) -> i32
        %b = func.call_indirect %h(%a) : (i32) -> i32
        return %a, %b : i32, i32
      }
      func.func private @twice(%x: i32) -> i32 {
        %0 = arith.addi %x, %x : i32
        return %0 : i32
      }
      func.func private @negate(%x: i32) -> i32 {
        %c0 = arith.constant 0 : i32
        %0 = arith.subi %c0, %x : i32
        return %0 : i32
      }

      """
    func bool(_ v: Bool) -> String {
      let b = try? Buffer(allocating: .integer(width: 1, signedness: .signless), shape: [], at: .unknown)
      b?.store(0, .int(v ? 1 : 0))
      return b.flatMap { try? Npy.encode($0) }.map { temporaryFile($0) } ?? ""
    }
    var r = runText(text, inputs: [bool(true)], print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: i32 = 10\noutput_1: i32 = 20\n")
    r = runText(text, inputs: [bool(false)], print: true)
    XCTAssertEqual(r.stdout, "output_0: i32 = 10\noutput_1: i32 = -10\n")
  }

  func testEntrySelection() {
    let two = """
      func.func @first() -> i32 {
        %0 = arith.constant 1 : i32
        return %0 : i32
      }
      func.func @second() -> i32 {
        %0 = arith.constant 2 : i32
        return %0 : i32
      }
      func.func private @helper() -> i32 {
        %0 = arith.constant 3 : i32
        return %0 : i32
      }

      """
    var r = runText(two, name: "two.mlir", print: true)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.contains("several public functions (@first, @second): choose one with --entry"), r.stderr)
    r = runText(two, entry: "second", print: true)
    XCTAssertEqual(r.stdout, "output_0: i32 = 2\n")
    r = runText(two, entry: "helper", print: true)
    XCTAssertEqual(r.stdout, "output_0: i32 = 3\n")
    r = runText(two, entry: "nope")
    XCTAssertTrue(r.stderr.contains("no function named 'nope'"), r.stderr)
    r = runText(two.replacingOccurrences(of: "@second", with: "@forward"), print: true)
    XCTAssertEqual(r.stdout, "output_0: i32 = 2\n")
    r = runText(two.replacingOccurrences(of: "func.func @second", with: "func.func private @second"), print: true)
    XCTAssertEqual(r.stdout, "output_0: i32 = 1\n")
  }

  /// MLIR's poison and UB cases, with our documented choices (by hand).
  func testDocumentedChoicesForUndefinedCases() {
    let text = """
      func.func @main() -> (i32, i32, i32, i8, i8, i32, i8) {
        %x = arith.constant -8 : i32
        %big = arith.constant 40 : i32
        %shl = arith.shli %x, %big : i32
        %shru = arith.shrui %x, %big : i32
        %shrs = arith.shrsi %x, %big : i32
        %nan = arith.constant 0x7FC00000 : f32
        %inf = arith.constant 1.0e+10 : f32
        %a = arith.fptosi %nan : f32 to i8
        %b = arith.fptosi %inf : f32 to i8
        %min = arith.constant -2147483648 : i32
        %m1 = arith.constant -1 : i32
        %rem = arith.remsi %min, %m1 : i32
        %c = arith.fptoui %inf : f32 to i8
        return %shl, %shru, %shrs, %a, %b, %rem, %c : i32, i32, i32, i8, i8, i32, i8
      }

      """
    let r = runText(text, print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, """
      output_0: i32 = 0
      output_1: i32 = 0
      output_2: i32 = -1
      output_3: i8 = 0
      output_4: i8 = 127
      output_5: i32 = 0
      output_6: i8 = -1

      """)
  }

  func testTimingReport() throws {
    let a = try f32Array([1, 2, 3, 4, 5, 6], shape: [2, 3])
    let path = temporaryDirectory("timing") + "/t.mlir"
    _ = FileManager.default.createFile(atPath: path, contents: Data(add.utf8))
    let r = runTool(path, inputs: [a, a], timing: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    for part in ["parse", "prepare", "read inputs", "run", "total", "arith.addf (1x)", "func.return (1x)"] {
      XCTAssertTrue(r.stderr.contains(part), "missing \(part) in\n\(r.stderr)")
    }
  }

  func testParseErrorsAreReported() {
    let r = runText("func.func @main() -> i32 {\n  %0 = arith.constant 1 : f32\n  return %0 : i32\n}\n", name: "bad.mlir")
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(r.stderr.hasPrefix("bad.mlir:"), r.stderr)
  }
}
