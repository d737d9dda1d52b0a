// The walks added for conversion, cloning, region simplification and LICM
// are iterative: IR nested thousands of regions deep (built in memory; the
// parser stops at --mlir-max-nesting-depth) is processed without
// overflowing the stack.

import TorchIRCore
import XCTest

@testable import TorchIRPass

final class DeepNestingTests: XCTestCase {
  /// func.func @f(%a: i32) with `depth` test.loop ops nested inside each
  /// other, each holding an invariant test.add and a test.yield.
  private func makeNest(_ ctx: MLIRContext, depth: Int) -> (TorchIRCore.Operation, TorchIRCore.Operation) {
    let module = createModuleOp(ctx, location: .unknown)
    let i32 = ctx.integerType(32)
    var fs = OperationState(context: ctx, name: "func.func", location: .unknown)
    fs.addAttribute("sym_name", ctx.stringAttr("f"))
    fs.addAttribute("function_type", ctx.typeAttr(ctx.functionType([i32], [])))
    let body = fs.addRegion()
    let entry = Block()
    let a = entry.addArgument(i32, .unknown)
    body.append(entry)
    let fn = TorchIRCore.Operation(fs)
    module.region(0).entryBlock?.append(fn)
    var block = entry
    var b = OpBuilder(ctx)
    for _ in 0..<depth {
      b.setInsertionPointToEnd(block)
      let loop = b.create("test.loop", regionCount: 1)
      let inner = Block()
      loop.region(0).append(inner)
      b.setInsertionPointToEnd(inner)
      b.create("test.add", operands: [a, a], resultTypes: [i32])
      b.create("test.yield")
      block = inner
      _ = loop
    }
    b.setInsertionPointToEnd(entry)
    b.create("func.return")
    return (module, fn)
  }

  func testDeepNestsDoNotOverflow() throws {
    let ctx = makePassTestContext()
    let depth = 2000
    let (module, fn) = makeNest(ctx, depth: depth)
    // Clone and compare op counts.
    let copy = cloneOperation(fn)
    var n = 0
    copy.walk { _ in n += 1 }
    XCTAssertEqual(n, 1 + 1 + 3 * depth)
    // Region simplification: the unused test.add ops die.
    XCTAssertTrue(runRegionDCE(PatternRewriter(ctx), Array(fn.regions)))
    XCTAssertFalse(eraseUnreachableBlocks(PatternRewriter(ctx), Array(fn.regions)))
    var adds = 0
    fn.walk { if $0.name.name == "test.add" { adds += 1 } }
    XCTAssertEqual(adds, 0)
    // A conversion of every op of the deep copy.
    let target = ConversionTarget(ctx)
    target.addLegalDialect("func", "builtin", "test")
    target.addIllegalOp("test.add")
    let toMul = ConversionClosurePattern("test.add") { op, adaptor, rewriter in
      rewriter.replaceOp(op, withNew: op.context.opState("test.mul", op.location, adaptor.operands, op.resultTypes))
      return true
    }
    try applyFullConversion(copy, target, FrozenPatternSet([toMul]))
    var muls = 0
    copy.walk { if $0.name.name == "test.mul" { muls += 1 } }
    XCTAssertEqual(muls, depth)
    _ = module
    // LICM hoists each invariant op one level per loop, innermost first, so
    // its work grows with the square of the depth (as MLIR's does): a
    // shallower nest keeps the test quick while still far deeper than
    // recursion-friendly.
    let (_, small) = makeNest(ctx, depth: 400)
    try LoopInvariantCodeMotionPass().run(on: small, PassExecutionState(context: ctx))
    XCTAssertEqual(small.region(0).entryBlock?.operations.filter { $0.name.name == "test.add" }.count, 400)
  }
}
