// The library API an embedder (or another dialect's executors) uses:
// parse, prepare, run with run-time values, and extend the registry.

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter
import XCTest

final class InterpreterAPITests: XCTestCase {
  private func parse(_ text: String) throws -> TorchIRCore.Operation {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    let m = try Parser.parseSourceFile(SourceBuffer(name: "api.mlir", text: text), context: ctx)
    keep.append(ctx)
    return m
  }
  private var keep: [MLIRContext] = []

  func testPrepareOnceRunMany() throws {
    let m = try parse("""
      func.func @main(%x: i64) -> i64 {
        %c3 = arith.constant 3 : i64
        %0 = arith.muli %x, %c3 : i64
        return %0 : i64
      }
      """)
    let interp = Interpreter(module: m)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    // Hand-computed: x * 3, wrapping at 64 bits.
    XCTAssertEqual(try interp.run(f, [RuntimeValue.int(14)]).map { $0.intBits }, [42])
    XCTAssertEqual(try interp.run(f, [RuntimeValue.int(UInt64.max)]).map { $0.intBits }, [UInt64.max - 2])
    XCTAssertThrowsError(try interp.run(f, []))
  }

  /// Another dialect adds its executors to a registry without touching the
  /// interpreter core: here builtin.unrealized_conversion_cast, which the
  /// standard registry lacks.
  func testRegistryIsExtensible() throws {
    let m = try parse("""
      func.func @main() -> i32 {
        %c = arith.constant 7 : i32
        %f = builtin.unrealized_conversion_cast %c : i32 to i64
        return %c : i32
      }
      """)
    let entry = try Interpreter.entryFunction(in: m, named: nil)
    XCTAssertThrowsError(try Interpreter(module: m).prepare(function: entry)) { e in
      XCTAssertTrue("\(e)".contains("'builtin.unrealized_conversion_cast' op is not supported"), "\(e)")
    }
    let registry = ExecutorRegistry.standard()
    registry.register("builtin.unrealized_conversion_cast") { op, ctx in
      let r = ctx.slot(op.result(0))
      return { frame in
        frame.slots[r] = .int(0)
        return .next
      }
    }
    let interp = Interpreter(module: m, registry: registry)
    let f = try interp.prepare(function: entry)
    XCTAssertEqual(try interp.run(f, []).map { $0.intBits }, [7])
  }

  /// An op with a region, added from outside the core the way scf.for and
  /// linalg.generic will be: the body is prepared once, then run per
  /// iteration by writing its argument slots and calling `execute`; its
  /// terminator hands values back through `frame.setResults`.
  /// (Hand-computed: the sum of 0..<n is n(n-1)/2.)
  func testRegionOpsCanBeAddedFromOutside() throws {
    let ctx = MLIRContext()
    ctx.allowUnregisteredDialects = true
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    keep.append(ctx)
    let m = try Parser.parseSourceFile(SourceBuffer(name: "region.mlir", text: """
      func.func @main(%n: i64) -> i64 {
        %c0 = arith.constant 0 : i64
        %r = "test.sum_loop"(%n, %c0) ({
        ^bb0(%i: i64, %acc: i64):
          %x = arith.addi %acc, %i : i64
          "test.yield"(%x) : (i64) -> ()
        }) : (i64, i64) -> i64
        return %r : i64
      }
      """), context: ctx)
    let registry = ExecutorRegistry.standard()
    registry.register("test.yield") { op, ctx in
      let s = ctx.slots(op.operandValues)
      return { frame in
        frame.setResults(s)
        return .exit
      }
    }
    registry.register("test.sum_loop") { op, ctx in
      let body = try ctx.prepareRegion(op.regions[0])
      let (n, initial, r) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
      let args = body.entryArgumentSlots
      return { frame in
        var acc = frame.slots[initial]
        for i in 0..<frame.slots[n].intBits {
          frame.slots[args[0]] = .int(i)
          frame.slots[args[1]] = acc
          try body.execute(frame)
          acc = frame.results[0]
        }
        frame.slots[r] = acc
        return .next
      }
    }
    let interp = Interpreter(module: m, registry: registry)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    XCTAssertEqual(try interp.run(f, [RuntimeValue.int(1000)]).map { $0.intBits }, [499_500])
    XCTAssertEqual(try interp.run(f, [RuntimeValue.int(0)]).map { $0.intBits }, [0])
  }

  /// A failed preparation (an unsupported op in a callee) leaves the
  /// interpreter usable for another function.
  func testFailedPreparationLeavesNothingBehind() throws {
    let m = try parse("""
      func.func @good() -> i32 {
        %c = arith.constant 1 : i32
        return %c : i32
      }
      func.func @bad() -> i32 {
        %r = func.call @good() : () -> i32
        %s = func.call @worse() : () -> i32
        return %r : i32
      }
      func.func private @worse() -> i32 {
        %c = arith.constant 2 : i32
        %f = builtin.unrealized_conversion_cast %c : i32 to i64
        return %c : i32
      }
      """)
    let interp = Interpreter(module: m)
    XCTAssertThrowsError(try interp.prepare(function: try Interpreter.entryFunction(in: m, named: "bad")))
    let g = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: "good"))
    XCTAssertEqual(try interp.run(g, []).map { $0.intBits }, [1])
  }

  /// The default call-depth limit fails cleanly on an ordinary thread's
  /// stack (no large-stack thread), even in a debug build.
  func testDefaultCallDepthIsSafeOnAnOrdinaryStack() throws {
    let m = try parse("""
      func.func @main(%n: i64) -> i64 {
        %r = func.call @main(%n) : (i64) -> i64
        return %r : i64
      }
      """)
    let interp = Interpreter(module: m)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    XCTAssertThrowsError(try interp.run(f, [RuntimeValue.int(1)])) { e in
      XCTAssertTrue("\(e)".contains("call depth exceeds the limit of 1000"), "\(e)")
    }
  }

  /// Deallocated storage is detected through every view of it.
  func testUseAfterDeallocationIsDetected() throws {
    let b = try Buffer(allocating: .float(.f32), shape: [4], at: .unknown)
    let view = Buffer(storage: b.storage, elementType: .float(.f32), shape: [2], strides: [2], offset: 1)
    XCTAssertNoThrow(try view.checkLive(at: .unknown))
    b.storage.deallocate()
    XCTAssertThrowsError(try view.checkLive(at: .unknown))
    XCTAssertThrowsError(try Npy.encode(view))
  }

  func testStridedViewsCopyInOrder() throws {
    // A 2x3 row-major buffer 0..5 seen transposed (3x2, strides [1, 3]).
    let b = try Buffer(allocating: .integer(width: 32, signedness: .signless), shape: [2, 3], at: .unknown)
    for i in 0..<6 { b.store(i, .int(UInt64(i))) }
    let t = Buffer(storage: b.storage, elementType: b.elementType, shape: [3, 2], strides: [1, 3], offset: 0)
    let c = try t.contiguous(at: .unknown)
    XCTAssertEqual((0..<6).map { c.load($0).intBits }, [0, 3, 1, 4, 2, 5])
  }

  func testIndexingIsBoundsChecked() throws {
    let b = try Buffer(allocating: .float(.f32), shape: [2, 3], at: .unknown)
    // A 2x2 subview at [0, 1] of the 2x3 buffer: element [1, 1] is at 1 + 3 + 1.
    let view = Buffer(storage: b.storage, elementType: .float(.f32), shape: [2, 2], strides: [3, 1], offset: 1)
    XCTAssertEqual(try view.position(of: [1, 1], at: .unknown), 5)
    XCTAssertEqual(try b.position(of: [1, 2], at: .unknown), 5)
    XCTAssertThrowsError(try view.position(of: [0, 2], at: .unknown)) { e in
      XCTAssertTrue("\(e)".contains("index 2 is out of bounds for dimension 1 of size 2"), "\(e)")
    }
    XCTAssertThrowsError(try b.position(of: [-1, 0], at: .unknown))
    XCTAssertThrowsError(try b.position(of: [0], at: .unknown))
  }

  func testHugeAllocationIsADiagnostic() {
    XCTAssertThrowsError(try Buffer(allocating: .float(.f64), shape: [1 << 40, 1 << 40], at: .unknown))
    XCTAssertThrowsError(try Buffer(allocating: .float(.f64), shape: [1 << 61], at: .unknown))
    XCTAssertThrowsError(try Buffer(allocating: .float(.f64), shape: [-1], at: .unknown))
  }
}
