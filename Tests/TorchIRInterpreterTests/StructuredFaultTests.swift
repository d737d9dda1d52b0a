// Run-time faults of the tensor, scf, memref and ml_program executors: each
// is a located `file:line:col: error: ...` with exit code 1 and no output
// file, never a crash.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter
import XCTest

final class StructuredFaultTests: XCTestCase {
  private var contexts: [MLIRContext] = []

  private func parseModule(_ text: String) throws -> TorchIRCore.Operation {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    contexts.append(ctx)
    return try Parser.parseSourceFile(SourceBuffer(name: "globals.mlir", text: text), context: ctx)
  }

  private func npy(_ b: Buffer) throws -> String { temporaryFile(try Npy.encode(b)) }

  private func index(_ v: Int) throws -> String {
    let b = try Buffer(allocating: .index, shape: [], at: .unknown)
    b.store(0, .int(UInt64(bitPattern: Int64(v))))
    return try npy(b)
  }

  private func zeros(_ e: ElementType, _ shape: [Int]) throws -> String {
    try npy(try Buffer(allocating: e, shape: shape, at: .unknown))
  }

  /// Runs `text` (as NAME.mlir) and checks the first line of its error.
  private func expectFault(
    _ name: String, _ text: String, _ inputs: [String], _ message: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let out = temporaryDirectory("fault")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let r = runText(text, name: name + ".mlir", inputs: inputs, outputDir: out)
    XCTAssertEqual(r.code, 1, r.stderr, file: file, line: line)
    XCTAssertEqual(r.stderr.split(separator: "\n").first.map(String.init), message, file: file, line: line)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: out + "/output_0.npy"), "partial output", file: file, line: line)
  }

  func testTensorExtractOutOfBounds() throws {
    let text = """
      func.func @main(%t: tensor<4xf32>, %i: index) -> f32 {
        %v = tensor.extract %t[%i] : tensor<4xf32>
        return %v : f32
      }
      """
    let t = try zeros(.float(.f32), [4])
    expectFault(
      "extract", text, [t, try index(-1)],
      "extract.mlir:2:8: error: index -1 is out of bounds for dimension 0 of size 4 (shape [4])")
    expectFault(
      "extract", text, [t, try index(4)],
      "extract.mlir:2:8: error: index 4 is out of bounds for dimension 0 of size 4 (shape [4])")
    expectFault(
      "extract", text, [t, try index(Int.max)],
      "extract.mlir:2:8: error: index 9223372036854775807 is out of bounds for dimension 0 of size 4 (shape [4])")
    // In bounds, the same program runs.
    XCTAssertEqual(runText(text, inputs: [t, try index(3)]).code, 0)
  }

  /// Offsets and strides whose products overflow are faults, not wraps.
  func testSliceArithmeticOverflow() throws {
    let text = """
      func.func @main(%m: memref<8xf32>, %s: index) -> f32 {
        %c1 = arith.constant 1 : index
        %v = memref.subview %m[1] [2] [%s] : memref<8xf32> to memref<2xf32, strided<[?], offset: 1>>
        %x = memref.load %v[%c1] : memref<2xf32, strided<[?], offset: 1>>
        return %x : f32
      }
      """
    let m = try zeros(.float(.f32), [8])
    expectFault(
      "overflow", text, [m, try index(Int.max)],
      "overflow.mlir:3:8: error: 'memref.subview' op: slice [offset 1, size 2, stride 9223372036854775807] is out of bounds for dimension 0 of size 8 (shape [8])"
    )
    expectFault(
      "overflow", text, [m, try index(Int.min)],
      "overflow.mlir:3:8: error: 'memref.subview' op: slice [offset 1, size 2, stride -9223372036854775808] is out of bounds for dimension 0 of size 8 (shape [8])"
    )
    XCTAssertEqual(runText(text, inputs: [m, try index(6)]).code, 0)
  }

  func testSliceOutOfBounds() throws {
    let text = """
      func.func @main(%t: tensor<4x5xf32>, %o: index) -> tensor<2x2xf32> {
        %s = tensor.extract_slice %t[1, %o] [2, 2] [1, 2] : tensor<4x5xf32> to tensor<2x2xf32>
        return %s : tensor<2x2xf32>
      }
      """
    let t = try zeros(.float(.f32), [4, 5])
    expectFault(
      "slice", text, [t, try index(4)],
      "slice.mlir:2:8: error: 'tensor.extract_slice' op: slice [offset 4, size 2, stride 2] is out of bounds for dimension 1 of size 5 (shape [4, 5])"
    )
    expectFault(
      "slice", text, [t, try index(-2)],
      "slice.mlir:2:8: error: 'tensor.extract_slice' op: slice [offset -2, size 2, stride 2] is out of bounds for dimension 1 of size 5 (shape [4, 5])"
    )
    // Offset 2: elements 2 and 4, the last in bounds.
    XCTAssertEqual(runText(text, inputs: [t, try index(2)]).code, 0)
  }

  func testInsertSliceShapeMismatch() throws {
    let text = """
      func.func @main(%s: tensor<?xf32>, %d: tensor<8xf32>, %n: index) -> tensor<8xf32> {
        %r = tensor.insert_slice %s into %d[2] [%n] [1] : tensor<?xf32> into tensor<8xf32>
        return %r : tensor<8xf32>
      }
      """
    expectFault(
      "insert", text, [try zeros(.float(.f32), [2]), try zeros(.float(.f32), [8]), try index(3)],
      "insert.mlir:2:8: error: 'tensor.insert_slice' op: source of shape [2] does not match the slice of shape [3]")
  }

  func testUseAfterDeallocThroughAView() throws {
    expectFault(
      "dealloc",
      """
      func.func @main() -> f32 {
        %c0 = arith.constant 0 : index
        %m = memref.alloc() : memref<4xf32>
        %v = memref.subview %m[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
        memref.dealloc %m : memref<4xf32>
        %x = memref.load %v[%c0] : memref<2xf32, strided<[1], offset: 1>>
        return %x : f32
      }
      """, [], "dealloc.mlir:6:8: error: access to a buffer after it was deallocated")
    expectFault(
      "twice",
      """
      func.func @main() {
        %m = memref.alloc() : memref<4xf32>
        memref.dealloc %m : memref<4xf32>
        memref.dealloc %m : memref<4xf32>
        return
      }
      """, [], "twice.mlir:4:3: error: 'memref.dealloc' op: the buffer was already deallocated")
  }

  /// bufferization.dealloc frees %b but not %a, which a retained view
  /// aliases (ownership passes to it: hand-derived from the op's spec).
  func testDeallocKeepsRetainedAliases() throws {
    let text = """
      func.func @main() -> (i1, f32) {
        %c0 = arith.constant 0 : index
        %true = arith.constant true
        %a = memref.alloc() : memref<4xf32>
        %b = memref.alloc() : memref<2xf32>
        %v = memref.subview %a[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
        %r = bufferization.dealloc (%a, %b : memref<4xf32>, memref<2xf32>) if (%true, %true) retain (%v : memref<2xf32, strided<[1], offset: 1>>)
        %x = memref.load %v[%c0] : memref<2xf32, strided<[1], offset: 1>>
        %y = memref.load %b[%c0] : memref<2xf32>
        return %r, %x : i1, f32
      }
      """
    expectFault("ownership", text, [], "ownership.mlir:9:8: error: access to a buffer after it was deallocated")
    let r = runText(text.replacingOccurrences(of: "%y = memref.load %b[%c0] : memref<2xf32>\n", with: ""), print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: i1 = true\noutput_1: f32 = 0.0\n")
  }

  /// realloc keeps the leading elements (hand-computed: [7, 0, 0]) and
  /// frees the old buffer.
  func testReallocFreesTheOldBuffer() throws {
    let text = """
      func.func @main() -> (memref<3xf32>, f32) {
        %c0 = arith.constant 0 : index
        %seven = arith.constant 7.0 : f32
        %m = memref.alloc() : memref<2xf32>
        memref.store %seven, %m[%c0] : memref<2xf32>
        %n = memref.realloc %m : memref<2xf32> to memref<3xf32>
        %x = memref.load %m[%c0] : memref<2xf32>
        return %n, %x : memref<3xf32>, f32
      }
      """
    expectFault("realloc", text, [], "realloc.mlir:7:8: error: access to a buffer after it was deallocated")
    let r = runText(
      text.replacingOccurrences(of: "%x = memref.load %m[%c0] : memref<2xf32>", with: "%x = memref.load %n[%c0] : memref<3xf32>"),
      print: true)
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "output_0: memref<3xf32> = [7.0, 0.0, 0.0]\noutput_1: f32 = 7.0\n")
  }

  func testMemRefStoreOutOfBounds() throws {
    expectFault(
      "store",
      """
      func.func @main(%m: memref<3x4xi32>, %i: index) -> memref<3x4xi32> {
        %c1 = arith.constant 1 : index
        %v = arith.constant 9 : i32
        memref.store %v, %m[%c1, %i] : memref<3x4xi32>
        return %m : memref<3x4xi32>
      }
      """, [try zeros(.integer(width: 32, signedness: .signless), [3, 4]), try index(4)],
      "store.mlir:4:3: error: index 4 is out of bounds for dimension 1 of size 4 (shape [3, 4])")
  }

  func testReinterpretCastOutsideItsBuffer() throws {
    expectFault(
      "reinterpret",
      """
      func.func @main(%m: memref<2x3xf32>) -> memref<3x3xf32, strided<[3, 1]>> {
        %r = memref.reinterpret_cast %m to offset: [0], sizes: [3, 3], strides: [3, 1] : memref<2x3xf32> to memref<3x3xf32, strided<[3, 1]>>
        return %r : memref<3x3xf32, strided<[3, 1]>>
      }
      """, [try zeros(.float(.f32), [2, 3])],
      "reinterpret.mlir:2:8: error: 'memref.reinterpret_cast' op: the view (offset 0, sizes [3, 3], strides [3, 1]) reaches elements [0, 8] outside its buffer of 6 elements"
    )
  }

  func testDynamicShapeMismatches() throws {
    expectFault(
      "cast",
      """
      func.func @main(%t: tensor<?x3xf32>) -> tensor<2x3xf32> {
        %c = tensor.cast %t : tensor<?x3xf32> to tensor<2x3xf32>
        return %c : tensor<2x3xf32>
      }
      """, [try zeros(.float(.f32), [3, 3])],
      "cast.mlir:2:8: error: 'tensor.cast' op: dimension 0 is 3 at run time, but the result type has 2 (shape [3, 3])")
    expectFault(
      "expand",
      """
      func.func @main(%t: tensor<?xf32>, %n: index) -> tensor<?x4xf32> {
        %e = tensor.expand_shape %t [[0, 1]] output_shape [%n, 4] : tensor<?xf32> into tensor<?x4xf32>
        return %e : tensor<?x4xf32>
      }
      """, [try zeros(.float(.f32), [10]), try index(3)],
      "expand.mlir:2:8: error: 'tensor.expand_shape' op: output sizes [3, 4] (product 12) do not match source dimension 0 of size 10"
    )
    expectFault(
      "dim",
      """
      func.func @main(%t: tensor<?x3xf32>, %d: index) -> index {
        %n = tensor.dim %t, %d : tensor<?x3xf32>
        return %n : index
      }
      """, [try zeros(.float(.f32), [2, 3]), try index(2)],
      "dim.mlir:2:8: error: 'tensor.dim' op: dimension index 2 is out of range for rank 2")
  }

  /// A dynamic column stride decides at run time whether the rows of a
  /// subview can be collapsed: stride 2 makes them contiguous (6 = 2 * 3),
  /// stride 1 does not.
  func testCollapseOfNonContiguousDims() throws {
    let text = """
      func.func @main(%m: memref<4x6xf32>, %s: index) -> memref<6xf32, strided<[?]>> {
        %v = memref.subview %m[0, 0] [2, 3] [1, %s] : memref<4x6xf32> to memref<2x3xf32, strided<[6, ?]>>
        %c = memref.collapse_shape %v [[0, 1]] : memref<2x3xf32, strided<[6, ?]>> into memref<6xf32, strided<[?]>>
        return %c : memref<6xf32, strided<[?]>>
      }
      """
    let m = try zeros(.float(.f32), [4, 6])
    expectFault(
      "collapse", text, [m, try index(1)],
      "collapse.mlir:3:8: error: 'memref.collapse_shape' op: dimensions [0, 1] are not contiguous (sizes [2, 3], strides [6, 1])"
    )
    XCTAssertEqual(runText(text, inputs: [m, try index(2)]).code, 0)
  }

  func testLoopStepsMustBePositive() throws {
    expectFault(
      "for",
      """
      func.func @main(%s: index) -> index {
        %c0 = arith.constant 0 : index
        %c4 = arith.constant 4 : index
        %r = scf.for %i = %c0 to %c4 step %s iter_args(%a = %c0) -> (index) {
          scf.yield %i : index
        }
        return %r : index
      }
      """, [try index(0)], "for.mlir:4:8: error: 'scf.for' op: step 0 is not positive")
    expectFault(
      "forall",
      """
      func.func @main(%s: index) -> tensor<4xf32> {
        %t = tensor.empty() : tensor<4xf32>
        %r = scf.forall (%i) = (0) to (4) step (%s) shared_outs(%o = %t) -> (tensor<4xf32>) {
          scf.forall.in_parallel {
          }
        }
        return %r : tensor<4xf32>
      }
      """, [try index(-1)], "forall.mlir:3:8: error: 'scf.forall' op: step -1 of dimension 0 is not positive")
  }

  func testParallelInsertSliceOutOfBounds() throws {
    expectFault(
      "pinsert",
      """
      func.func @main(%t: tensor<5xf32>) -> tensor<4xf32> {
        %init = tensor.empty() : tensor<4xf32>
        %r = scf.forall (%i) in (4) shared_outs(%o = %init) -> (tensor<4xf32>) {
          %s = tensor.extract_slice %t[%i] [2] [1] : tensor<5xf32> to tensor<2xf32>
          scf.forall.in_parallel {
            tensor.parallel_insert_slice %s into %o[%i] [2] [1] : tensor<2xf32> into tensor<4xf32>
          }
        }
        return %r : tensor<4xf32>
      }
      """, [try zeros(.float(.f32), [5])],
      "pinsert.mlir:6:7: error: 'tensor.parallel_insert_slice' op: slice [offset 3, size 2, stride 1] is out of bounds for dimension 0 of size 4 (shape [4])"
    )
  }

  func testGatherCoordinateOutOfBounds() throws {
    let i32 = ElementType.integer(width: 32, signedness: .signless)
    let idx = try Buffer(allocating: i32, shape: [2, 1], at: .unknown)
    idx.store(0, .int(1))
    idx.store(1, .int(UInt64(UInt32(bitPattern: -1))))
    expectFault(
      "gather",
      """
      func.func @main(%s: tensor<3x2xf32>, %i: tensor<2x1xi32>) -> tensor<2x1x2xf32> {
        %g = tensor.gather %s[%i] gather_dims([0]) : (tensor<3x2xf32>, tensor<2x1xi32>) -> tensor<2x1x2xf32>
        return %g : tensor<2x1x2xf32>
      }
      """, [try zeros(.float(.f32), [3, 2]), try npy(idx)],
      "gather.mlir:2:8: error: 'tensor.gather' op: coordinate -1 is out of bounds for dimension 0 of size 3 (shape [3, 2])")
  }

  func testExternalGlobalWithoutValue() throws {
    expectFault(
      "extern",
      """
      ml_program.global private mutable @state(#ml_program.extern : tensor<2xf32>) : tensor<2xf32>
      func.func @main() -> tensor<2xf32> {
        %v = ml_program.global_load @state : tensor<2xf32>
        return %v : tensor<2xf32>
      }
      """, [],
      "extern.mlir:3:8: error: 'ml_program.global_load' op: global @state has no value (it is external and was never stored)"
    )
  }

  /// Globals live as long as the Interpreter: a second run sees the first
  /// run's stores (hand-computed: 5 + 3, then 8 + 3).
  /// An op the interpreter lacks, deep in a loop body, is reported when
  /// the function is prepared: the failing assert before it never runs.
  func testUnsupportedOpsInRegionsAreReportedBeforeRunning() throws {
    let out = temporaryDirectory("nested")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let text = """
      func.func @main(%m: memref<4xf32>) {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c4 = arith.constant 4 : index
        %false = arith.constant false
        cf.assert %false, "must not run"
        scf.for %i = %c0 to %c4 step %c1 {
          %x = memref.load %m[%i] : memref<4xf32>
          memref.dma_wait %m[%i], %c4 : memref<4xf32>
        }
        return
      }
      """
    let r = runText(text, name: "nested.mlir", inputs: [try zeros(.float(.f32), [4])], outputDir: out)
    XCTAssertEqual(r.code, 1)
    XCTAssertTrue(
      r.stderr.hasPrefix("nested.mlir:9:5: error: 'memref.dma_wait' op is not supported by the interpreter"), r.stderr)
    XCTAssertFalse(r.stderr.contains("must not run"))
  }

  func testGlobalsPersistAcrossRuns() throws {
    let text = """
      ml_program.global private mutable @count(5 : i64) : i64
      func.func @main() -> i64 {
        %c = ml_program.global_load @count : i64
        %three = arith.constant 3 : i64
        %d = arith.addi %c, %three : i64
        ml_program.global_store @count = %d : i64
        return %d : i64
      }
      """
    let m = try parseModule(text)
    let interp = Interpreter(module: m)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    XCTAssertEqual(try interp.run(f, []).map { $0.intBits }, [8])
    XCTAssertEqual(try interp.run(f, []).map { $0.intBits }, [11])
    // A new interpreter starts from the initial value.
    let again = Interpreter(module: m)
    let g = try again.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    XCTAssertEqual(try again.run(g, []).map { $0.intBits }, [8])
  }
}
