// A small dialect for exercising the pass layer: a constant op the folder
// materializes, folding arithmetic, a canonicalization pattern, an op with
// side effects, region ops (plain and isolated) and a branch. Ops use the
// generic syntax; expectations in the tests were derived from
// torch-mlir-opt runs on the `arith` / `scf` / `cf` equivalents quoted there.

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

@testable import TorchIRPass

final class TestDialect: Dialect {
  init() { super.init(namespace: "test") }

  override func initialize(in context: MLIRContext) {
    // test.constant: like arith.constant.
    let constant = OpInfo(traits: [.pure, .constantLike], inherentAttributes: ["value"])
    constant.fold = { op, _ in op.attr("value").map { [.attribute($0)] } }
    context.registerOperation("test.constant", constant)

    // test.add: commutative integer addition; folds constants and `x + 0`.
    let add = OpInfo(traits: [.pure, .commutative])
    add.fold = { op, operands in
      if let a = operands[0]?.integerValue, let b = operands[1]?.integerValue,
        let t = op.result(0).type as Type?
      {
        return [.attribute(op.context.integerAttr(a.asInt64 &+ b.asInt64, t))]
      }
      if let b = operands[1]?.integerValue, b.isZero { return [.value(op.operand(0))] }
      if let a = operands[0]?.integerValue, a.isZero { return [.value(op.operand(1))] }
      return nil
    }
    context.registerOperation("test.add", add)

    // test.mul: pure, no folder (CSE fodder).
    context.registerOperation("test.mul", OpInfo(traits: [.pure]))

    // test.neg: neg(neg(x)) -> x by pattern, not by folder.
    let neg = OpInfo(traits: [.pure])
    neg.canonicalizationPatterns = [
      ClosurePattern("test.neg", name: "DoubleNeg") { op, rewriter in
        guard let inner = op.operand(0).definingOp, inner.name.name == "test.neg" else {
          return false
        }
        rewriter.replaceOp(op, with: [inner.operand(0)])
        return true
      }
    ]
    context.registerOperation("test.neg", neg)

    // test.flip: a pattern that never converges (flips an attribute).
    let flip = OpInfo(traits: [])
    flip.canonicalizationPatterns = [
      ClosurePattern("test.flip", name: "Flip") { op, rewriter in
        let on = op.attr("on") != nil
        rewriter.modifyOpInPlace(op) {
          if on { op.removeAttr("on") } else { op.setAttr("on", op.context.unitAttr) }
        }
        return true
      }
    ]
    context.registerOperation("test.flip", flip)

    // test.effect: has side effects (no `pure`).
    context.registerOperation("test.effect", OpInfo())
    // test.use: holds symbol references, side effects.
    context.registerOperation("test.use", OpInfo())
    // test.region: pure op with one single-block region (like scf.execute_region).
    context.registerOperation("test.region", OpInfo(traits: [.pure, .singleBlock]))
    // test.isolated: region isolated from above.
    context.registerOperation("test.isolated", OpInfo(traits: [.pure, .isolatedFromAbove]))
    context.registerOperation("test.yield", OpInfo(traits: [.pure, .isTerminator, .returnLike]))
    context.registerOperation("test.br", OpInfo(traits: [.isTerminator]))
    // test.source: produces values, has side effects (like a load).
    context.registerOperation("test.source", OpInfo())
    // test.cast: a pure one-operand conversion (materializations in tests).
    context.registerOperation("test.cast", OpInfo(traits: [.pure]))
    // test.loop: a loop (like scf.for) whose body is region 0; test.while
    // (like scf.while) loops over both of its regions.
    let loop = OpInfo()
    loop.loopLike = LoopLikeInterface(loopRegions: { [$0.region(0)] })
    context.registerOperation("test.loop", loop)
    let whileLoop = OpInfo()
    whileLoop.loopLike = LoopLikeInterface(loopRegions: { Array($0.regions) })
    context.registerOperation("test.while", whileLoop)
  }

  override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> TorchIRCore.Operation? {
    var state = OperationState(context: builder.context, name: "test.constant", location: location)
    state.addAttribute("value", value)
    state.resultTypes = [type]
    return builder.create(state)
  }
}

/// A context with all dialects, the test dialect and the printer's hooks.
func makePassTestContext() -> MLIRContext {
  let ctx = MLIRContext()
  registerAllDialects(ctx)
  ctx.loadDialect(TestDialect())
  installPrintHooks(ctx)
  return ctx
}

/// Parses `text` into a module (throws the parser's diagnostic).
func parseModule(_ text: String, _ ctx: MLIRContext) throws -> TorchIRCore.Operation {
  try Parser.parseSourceFile(SourceBuffer(name: "test.mlir", text: text), context: ctx)
}

/// Parses `text`, runs `pipeline` (textual, e.g. `builtin.module(cse)`) and
/// returns the printed module, or the diagnostics on failure.
func runPipeline(_ pipeline: String, on text: String, verifyEach: Bool = true) throws -> String {
  registerTransformPasses()
  let ctx = makePassTestContext()
  let module = try parseModule(text, ctx)
  let pm = PassManager(context: ctx, root: try parsePassPipeline(pipeline))
  pm.verifyEach = verifyEach
  var diagnostics: [Diagnostic] = []
  ctx.diagnostics.register { d in
    diagnostics.append(d)
    return true
  }
  if !pm.run(module) {
    return "FAILED: " + diagnostics.map(\.message).joined(separator: "\n")
  }
  return operationString(module)
}
