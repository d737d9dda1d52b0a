// Dialect conversion: type conversion (1:1 and 1:N), function signatures,
// legality (partial vs full, explicitly illegal, unknown ops), pattern
// benefit order, recursive legalization of created ops, rollback, and
// materializations. The expected IR is derived by hand from MLIR's
// documented semantics (mlir/docs/DialectConversion.md): replaced values
// that keep a user which was not converted get a source materialization
// (by default `builtin.unrealized_conversion_cast`) placed where the
// replaced op was; a pattern that needs a converted operand from an
// unconverted producer gets a target materialization before the op; a
// failed conversion leaves the IR untouched.

import TorchIRAsm
import TorchIRCore
import XCTest

@testable import TorchIRPass

/// i32 -> i64; tuple<...> -> its elements (1:N); everything else is legal.
private func makeConverter(_ ctx: MLIRContext) -> TypeConverter {
  let tc = TypeConverter()
  let i32 = ctx.integerType(32)
  let i64 = ctx.integerType(64)
  tc.addConversion { (t: Type) -> Type? in t }
  tc.addConversion { (t: Type) -> Type? in t == i32 ? i64 : nil }
  tc.addConversion { (t: Type) -> TypeConversionResult in
    guard case .tuple(let elements) = t.kind else { return .notHandled }
    return .converted(elements)
  }
  return tc
}

/// test.add / test.mul on converted operands and result types.
private func retypePattern(_ name: String, _ tc: TypeConverter) -> ConversionClosurePattern {
  ConversionClosurePattern(name, typeConverter: tc, name: "retype-\(name)") { op, adaptor, rewriter in
    guard let t = tc.convertType1(op.result(0).type) else { return false }
    var s = OperationState(context: op.context, name: op.name, location: op.location)
    s.operands = adaptor.operands
    s.resultTypes = [t]
    rewriter.setInsertionPoint(before: op)
    rewriter.replaceOp(op, with: Array(rewriter.create(s).results))
    return true
  }
}

private struct ConversionSetup {
  let ctx: MLIRContext
  let module: TorchIRCore.Operation
  let converter: TypeConverter
  let target: ConversionTarget
  var patterns: [any RewritePattern]

  init(_ text: String) throws {
    ctx = makePassTestContext()
    module = try parseModule(text, ctx)
    converter = makeConverter(ctx)
    target = ConversionTarget(ctx)
    target.addLegalOp("builtin.module")
    target.addFunctionSignatureLegality("func.func", converter)
    for n in ["func.return", "func.call", "test.add", "test.mul"] { target.addTypeLegality(n, converter) }
    patterns = [
      FunctionSignatureConversionPattern("func.func", converter),
      ReturnOpTypeConversionPattern("func.return", converter),
      CallOpTypeConversionPattern("func.call", converter),
      retypePattern("test.add", converter),
      retypePattern("test.mul", converter),
    ]
  }

  var printed: String { operationString(module) }
  func partial() throws { try applyPartialConversion(module, target, FrozenPatternSet(patterns)) }
  func full() throws { try applyFullConversion(module, target, FrozenPatternSet(patterns)) }
}

private func failureMessage(_ body: () throws -> Void) -> String? {
  do {
    try body()
    return nil
  } catch let d as Diagnostic {
    return d.message
  } catch {
    return "\(error)"
  }
}

final class ConversionTests: XCTestCase {
  func testSignaturesCallsAndOpsConvert() throws {
    let s = try ConversionSetup("""
      func.func @callee(%a: i32, %f: f32) -> i32 {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        return %0 : i32
      }
      func.func @caller(%x: i32, %f: f32) -> (i32, f32) {
        %r = call @callee(%x, %f) : (i32, f32) -> i32
        %m = "test.mul"(%r, %x) : (i32, i32) -> i32
        return %m, %f : i32, f32
      }
      """)
    try s.full()
    XCTAssertEqual(s.printed, """
      module {
        func.func @callee(%arg0: i64, %arg1: f32) -> i64 {
          %0 = "test.add"(%arg0, %arg0) : (i64, i64) -> i64
          return %0 : i64
        }
        func.func @caller(%arg0: i64, %arg1: f32) -> (i64, f32) {
          %0 = call @callee(%arg0, %arg1) : (i64, f32) -> i64
          %1 = "test.mul"(%0, %arg0) : (i64, i64) -> i64
          return %1, %arg1 : i64, f32
        }
      }

      """)
  }

  // A user the conversion leaves alone keeps the original type through a
  // source materialization placed where the replaced op was.
  func testPartialConversionBridgesUnconvertedUsers() throws {
    let s = try ConversionSetup("""
      func.func @f(%a: i32) {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        "test.effect"(%0) : (i32) -> ()
        return
      }
      """)
    try s.partial()
    XCTAssertEqual(s.printed, """
      module {
        func.func @f(%arg0: i64) {
          %0 = "test.add"(%arg0, %arg0) : (i64, i64) -> i64
          %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
          "test.effect"(%1) : (i32) -> ()
          return
        }
      }

      """)
  }

  // Full conversion refuses the op no rule covers, and undoes everything.
  func testFullConversionFailsOnUnknownOpAndLeavesIRUnchanged() throws {
    let s = try ConversionSetup("""
      func.func @f(%a: i32) {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        "test.effect"(%0) : (i32) -> ()
        return
      }
      """)
    let before = s.printed
    XCTAssertEqual(failureMessage { try s.full() }, "failed to legalize operation 'test.effect'")
    XCTAssertEqual(s.printed, before)
    XCTAssertNoThrow(try Verifier().verify(s.module))
  }

  // An illegal op without a pattern fails a partial conversion even after
  // earlier ops were converted; the IR is as it was.
  func testExplicitlyIllegalOpFailsPartialConversion() throws {
    let s = try ConversionSetup("""
      func.func @f(%a: i32) -> i32 {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        %1 = "test.neg"(%0) : (i32) -> i32
        return %1 : i32
      }
      """)
    s.target.addIllegalOp("test.neg")
    let before = s.printed
    XCTAssertEqual(failureMessage { try s.partial() },
      "failed to legalize operation 'test.neg' that was explicitly marked illegal")
    XCTAssertEqual(s.printed, before)
    XCTAssertNoThrow(try Verifier().verify(s.module))
  }

  // tuple<i64, f32> splits into two values across signatures, calls and
  // returns; a user that stays gets the tuple back from an argument
  // materialization at the start of the block.
  func testOneToNTupleSplitting() throws {
    let s = try ConversionSetup("""
      func.func @id(%t: tuple<i64, f32>) -> tuple<i64, f32> {
        "test.effect"(%t) : (tuple<i64, f32>) -> ()
        return %t : tuple<i64, f32>
      }
      func.func @user(%t: tuple<i64, f32>) -> tuple<i64, f32> {
        %r = call @id(%t) : (tuple<i64, f32>) -> tuple<i64, f32>
        return %r : tuple<i64, f32>
      }
      """)
    try s.partial()
    XCTAssertEqual(s.printed, """
      module {
        func.func @id(%arg0: i64, %arg1: f32) -> (i64, f32) {
          %0 = builtin.unrealized_conversion_cast %arg0, %arg1 : i64, f32 to tuple<i64, f32>
          "test.effect"(%0) : (tuple<i64, f32>) -> ()
          return %arg0, %arg1 : i64, f32
        }
        func.func @user(%arg0: i64, %arg1: f32) -> (i64, f32) {
          %0:2 = call @id(%arg0, %arg1) : (i64, f32) -> (i64, f32)
          return %0#0, %0#1 : i64, f32
        }
      }

      """)
  }

  // A type that converts to nothing drops the argument; a user that stays
  // gets a value rebuilt from no inputs (an operand-less cast), as MLIR's
  // 1:0 conversions do.
  func testOneToZeroDropsArguments() throws {
    let s = try ConversionSetup("""
      func.func @f(%n: none, %a: i32) -> i32 {
        "test.effect"(%n) : (none) -> ()
        return %a : i32
      }
      """)
    s.converter.addConversion { (t: Type) -> TypeConversionResult in
      if case .none = t.kind { return .converted([]) }
      return .notHandled
    }
    try s.partial()
    XCTAssertEqual(s.printed, """
      module {
        func.func @f(%arg0: i64) -> i64 {
          %0 = builtin.unrealized_conversion_cast to none
          "test.effect"(%0) : (none) -> ()
          return %arg0 : i64
        }
      }

      """)
    var conv = SignatureConversion(numOriginalInputs: 2)
    conv.addInputs(1, [s.ctx.integerType(64), s.ctx.integerType(64)])
    conv.addInputs([s.ctx.integerType(1)])
    XCTAssertEqual(conv.convertedTypes.count, 3)
    XCTAssertNil(conv.inputs[0])
  }

  // The higher-benefit pattern makes an op nothing can legalize, so it is
  // undone and the next pattern is used; an op a pattern creates is itself
  // converted by its own pattern (recursive legalization).
  func testBenefitOrderRollbackAndRecursiveLegalization() throws {
    var s = try ConversionSetup("""
      func.func @f(%a: f32) -> (f32, f32) {
        %0 = "test.mul"(%a, %a) : (f32, f32) -> f32
        %1 = "test.flip"(%a) : (f32) -> f32
        return %0, %1 : f32, f32
      }
      """)
    s.target.addIllegalOp("test.mul", "test.flip", "test.neg")
    var tried: [String] = []
    func make(_ from: String, _ to: String, _ benefit: Int) -> ConversionClosurePattern {
      ConversionClosurePattern(from, benefit: benefit, name: "\(from)->\(to)") { op, adaptor, rewriter in
        tried.append("\(from)->\(to)")
        rewriter.setInsertionPoint(before: op)
        let new = rewriter.create(op.context.opState(to, op.location, [adaptor.operand(0)], op.resultTypes))
        rewriter.replaceOp(op, with: [new.result(0)])
        return true
      }
    }
    // test.neg has no pattern: mul->neg must be rolled back.
    s.patterns = [make("test.mul", "test.neg", 2), make("test.mul", "test.add", 1),
      make("test.flip", "test.effect", 1), make("test.effect", "test.cast", 1)]
    s.target.addIllegalOp("test.effect")
    s.target.addLegalOp("test.add", "test.cast", "func.func", "func.return")
    try s.partial()
    XCTAssertEqual(tried, ["test.mul->test.neg", "test.mul->test.add", "test.flip->test.effect",
      "test.effect->test.cast"])
    XCTAssertEqual(s.printed, """
      module {
        func.func @f(%arg0: f32) -> (f32, f32) {
          %0 = "test.add"(%arg0) : (f32) -> f32
          %1 = "test.cast"(%arg0) : (f32) -> f32
          return %0, %1 : f32, f32
        }
      }

      """)
  }

  // A pattern needing an i64 operand from an i32 producer it does not
  // convert gets one target materialization (shared by both operands);
  // reconcile-unrealized-casts then folds the i32 -> i64 -> i32 chain.
  func testTargetMaterializationAndReconcile() throws {
    let s = try ConversionSetup("""
      func.func @g() {
        %0 = "test.source"() : () -> i32
        %1 = "test.add"(%0, %0) : (i32, i32) -> i32
        "test.effect"(%1, %0) : (i32, i32) -> ()
        return
      }
      """)
    try s.partial()
    XCTAssertEqual(s.printed, """
      module {
        func.func @g() {
          %0 = "test.source"() : () -> i32
          %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
          %2 = "test.add"(%1, %1) : (i64, i64) -> i64
          %3 = builtin.unrealized_conversion_cast %2 : i64 to i32
          "test.effect"(%3, %0) : (i32, i32) -> ()
          return
        }
      }

      """)
    XCTAssertNoThrow(try Verifier().verify(s.module))
    // Chains that lead back to the original type fold (A -> B -> A and
    // A -> B -> C -> A, MLIR's documented example); casts still needed stay.
    let casts = """
      func.func @h(%a: i32) -> i32 {
        %0 = builtin.unrealized_conversion_cast %a : i32 to i64
        %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
        %2 = builtin.unrealized_conversion_cast %a : i32 to f32
        %3 = builtin.unrealized_conversion_cast %a : i32 to i32
        %4 = builtin.unrealized_conversion_cast %3 : i32 to f32
        "test.effect"(%4) : (f32) -> ()
        %5 = builtin.unrealized_conversion_cast %a : i32 to i64
        %6 = builtin.unrealized_conversion_cast %5 : i64 to f32
        %7 = builtin.unrealized_conversion_cast %6 : f32 to i32
        "test.effect"(%7, %6) : (i32, f32) -> ()
        return %1 : i32
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(reconcile-unrealized-casts)", on: casts), """
      module {
        func.func @h(%arg0: i32) -> i32 {
          %0 = builtin.unrealized_conversion_cast %arg0 : i32 to f32
          "test.effect"(%0) : (f32) -> ()
          %1 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
          %2 = builtin.unrealized_conversion_cast %1 : i64 to f32
          "test.effect"(%arg0, %2) : (i32, f32) -> ()
          return %arg0 : i32
        }
      }

      """)
  }

  // A source materialization callback is used instead of the default cast;
  // one that declines everything makes the conversion fail, unchanged.
  func testMaterializationCallbacks() throws {
    let input = """
      func.func @f(%a: i32) {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        "test.effect"(%0) : (i32) -> ()
        return
      }
      """
    let s = try ConversionSetup(input)
    s.converter.addSourceMaterialization { builder, types, inputs, loc in
      guard types.count == 1, inputs.count == 1 else { return nil }
      return Array(builder.create("test.cast", location: loc, operands: inputs, resultTypes: types).results)
    }
    try s.partial()
    XCTAssertEqual(s.printed, """
      module {
        func.func @f(%arg0: i64) {
          %0 = "test.add"(%arg0, %arg0) : (i64, i64) -> i64
          %1 = "test.cast"(%0) : (i64) -> i32
          "test.effect"(%1) : (i32) -> ()
          return
        }
      }

      """)

    let r = try ConversionSetup(input)
    r.converter.addSourceMaterialization { _, _, _, _ in nil }
    let before = r.printed
    XCTAssertEqual(failureMessage { try r.partial() },
      "failed to legalize unresolved materialization from ('i64') to ('i32') that remained live after conversion")
    XCTAssertEqual(r.printed, before)
  }

  // Legality by dialect, by predicate, unknown-op rule and recursive
  // legality.
  func testTargetLegalityRules() throws {
    let ctx = makePassTestContext()
    let m = try parseModule("""
      func.func @f(%a: i32) -> i32 {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        %1 = "test.mul"(%0, %0) : (i32, i32) -> i32
        %2 = "test.region"() ({
          %3 = "test.neg"(%1) : (i32) -> i32
          "test.yield"(%3) : (i32) -> ()
        }) : () -> i32
        return %2 : i32
      }
      """, ctx)
    var ops: [String: TorchIRCore.Operation] = [:]
    m.walk { ops[$0.name.name] = $0 }
    let t = ConversionTarget(ctx)
    t.addLegalDialect("test")
    t.addIllegalOp("test.mul")
    t.addDynamicallyLegalOp("test.add") { $0.operand(0).type == ctx.integerType(64) ? true : nil }
    XCTAssertEqual(t.isLegal(ops["test.neg"]!), true)
    XCTAssertEqual(t.isLegal(ops["test.mul"]!), false)
    XCTAssertTrue(t.isIllegal(ops["test.mul"]!))
    // The predicate has no opinion on i32: the dialect rule decides.
    XCTAssertEqual(t.isLegal(ops["test.add"]!), true)
    XCTAssertNil(t.isLegal(ops["func.func"]!))
    t.markUnknownOpDynamicallyLegal { ["func", "builtin"].contains($0.name.dialectNamespace) }
    XCTAssertEqual(t.isLegal(ops["func.func"]!), true)
    XCTAssertFalse(t.isRecursivelyLegal(ops["test.region"]!))
    t.markOpRecursivelyLegal("test.region")
    XCTAssertTrue(t.isRecursivelyLegal(ops["test.region"]!))
    // Nested in a recursively legal op, an illegal op is not looked at.
    t.addIllegalOp("test.neg")
    t.addLegalOp("test.mul")
    XCTAssertNoThrow(try applyFullConversion(m, t, FrozenPatternSet([])))
  }

  // Patterns that move regions and merge blocks (a test.while becomes a
  // test.loop holding the same body; a test.br into its only successor
  // merges the blocks) are undone exactly when a later op cannot be
  // legalized, and kept when everything converts.
  func testRegionMovesAndBlockMergesRollBack() throws {
    let input = """
      func.func @f(%a: i32) -> i32 {
        %0 = "test.while"() ({
          %1 = "test.add"(%a, %a) : (i32, i32) -> i32
          "test.br"()[^bb1] : () -> ()
        ^bb1:
          "test.yield"(%1) : (i32) -> ()
        }) : () -> i32
        %2 = "test.neg"(%0) : (i32) -> i32
        return %2 : i32
      }
      """
    func run(negIsLegal: Bool) throws -> (String, String, String?) {
      let s = try ConversionSetup(input)
      s.target.addLegalOp("test.loop", "test.yield", "test.add", "func.func", "func.return")
      s.target.addIllegalOp("test.while", "test.br")
      if negIsLegal { s.target.addLegalOp("test.neg") } else { s.target.addIllegalOp("test.neg") }
      let moveRegion = ConversionClosurePattern("test.while") { op, _, rewriter in
        rewriter.setInsertionPoint(before: op)
        var state = OperationState(context: op.context, name: "test.loop", location: op.location)
        state.resultTypes = op.resultTypes
        state.addRegion()
        let new = rewriter.create(state)
        rewriter.inlineRegionBefore(op.region(0), new.region(0))
        rewriter.replaceOp(op, with: Array(new.results))
        return true
      }
      let mergeBranch = ConversionClosurePattern("test.br") { op, _, rewriter in
        guard let block = op.block, op.successors.count == 1 else { return false }
        let dest = op.successor(0)
        rewriter.eraseOp(op)
        rewriter.mergeBlocks(dest, into: block, arguments: [])
        return true
      }
      let before = s.printed
      let error = failureMessage {
        try applyPartialConversion(s.module, s.target, FrozenPatternSet([moveRegion, mergeBranch]))
      }
      return (before, s.printed, error)
    }
    let (before, after, error) = try run(negIsLegal: false)
    XCTAssertEqual(error, "failed to legalize operation 'test.neg' that was explicitly marked illegal")
    XCTAssertEqual(after, before)
    let (_, converted, noError) = try run(negIsLegal: true)
    XCTAssertNil(noError)
    XCTAssertEqual(converted, """
      module {
        func.func @f(%arg0: i32) -> i32 {
          %0 = "test.loop"() ({
            %2 = "test.add"(%arg0, %arg0) : (i32, i32) -> i32
            "test.yield"(%2) : (i32) -> ()
          }) : () -> i32
          %1 = "test.neg"(%0) : (i32) -> i32
          return %1 : i32
        }
      }

      """)
  }

  // An illegal op that folds is replaced by its folded value before any
  // pattern is tried (MLIR's default folding mode); when the constant it
  // folds to is illegal, the fold is undone and the pattern is used.
  func testFoldingBeforePatterns() throws {
    let input = """
      func.func @f() -> i32 {
        %c1 = "test.constant"() {value = 1 : i32} : () -> i32
        %c2 = "test.constant"() {value = 2 : i32} : () -> i32
        %0 = "test.add"(%c1, %c2) : (i32, i32) -> i32
        return %0 : i32
      }
      """
    for constantIsLegal in [true, false] {
      let ctx = makePassTestContext()
      let m = try parseModule(input, ctx)
      let t = ConversionTarget(ctx)
      t.addLegalDialect("func", "builtin")
      t.addIllegalOp("test.add")
      t.addLegalOp("test.mul")
      t.addDynamicallyLegalOp("test.constant") { op in
        constantIsLegal || op.attr("value")?.integerValue?.asInt64 != 3
      }
      var used = false
      let toMul = ConversionClosurePattern("test.add") { op, adaptor, rewriter in
        used = true
        rewriter.replaceOp(op, withNew: op.context.opState("test.mul", op.location, adaptor.operands, op.resultTypes))
        return true
      }
      try applyFullConversion(m, t, FrozenPatternSet([toMul]))
      XCTAssertEqual(used, !constantIsLegal)
      let text = operationString(m)
      XCTAssertEqual(text.contains("value = 3 : i32"), constantIsLegal, text)
      XCTAssertEqual(text.contains("test.mul"), !constantIsLegal, text)
      XCTAssertNoThrow(try Verifier().verify(m))
    }
  }

  // A pattern that reports an error stops the conversion; what was done
  // before is undone, and the diagnostic carries the op's location.
  func testThrowingPatternIsUndone() throws {
    let s = try ConversionSetup("""
      func.func @f(%a: i32) -> i32 {
        %0 = "test.add"(%a, %a) : (i32, i32) -> i32
        %1 = "test.neg"(%0) : (i32) -> i32
        return %1 : i32
      }
      """)
    s.target.addIllegalOp("test.neg")
    let before = s.printed
    let refuse = ConversionClosurePattern("test.neg") { op, _, _ in
      throw Diagnostic.error(op.location, "cannot lower test.neg")
    }
    do {
      try applyPartialConversion(s.module, s.target, FrozenPatternSet(s.patterns + [refuse]))
      XCTFail("expected an error")
    } catch let d as Diagnostic {
      XCTAssertEqual(d.message, "cannot lower test.neg")
      XCTAssertEqual(d.location.fileLineCol?.line, 3)
    }
    XCTAssertEqual(s.printed, before)
  }

  func testCloneKeepsStructureAndRemapsUses() throws {
    let ctx = makePassTestContext()
    let m = try parseModule("""
      func.func @f(%a: i32) -> i32 {
        "test.br"()[^bb1] : () -> ()
      ^bb1:
        %0 = "test.region"() ({
          %1 = "test.add"(%a, %a) : (i32, i32) -> i32
          "test.yield"(%1) : (i32) -> ()
        }) : () -> i32
        %2 = "test.neg"(%a) : (i32) -> i32
        return %0 : i32
      }
      """, ctx)
    guard let fn = m.region(0).entryBlock?.first else { return XCTFail("no function") }
    let copy = cloneOperation(fn)
    m.region(0).entryBlock?.append(copy)
    copy.setAttr("sym_name", ctx.stringAttr("g"))
    XCTAssertNoThrow(try Verifier().verify(m))
    let text = operationString(m)
    XCTAssertTrue(text.contains("func.func @g(%arg0: i32) -> i32 {\n    \"test.br\"()[^bb1]"), text)
    XCTAssertEqual(fn.region(0).entryBlock?.arguments.first?.users.count, 3)
    XCTAssertEqual(copy.region(0).entryBlock?.arguments.first?.users.count, 3)
  }
}

extension MLIRContext {
  /// An op state with operands and result types, for tests.
  func opState(_ name: String, _ loc: Location, _ operands: [Value], _ types: [Type]) -> OperationState {
    var s = OperationState(context: self, name: name, location: loc)
    s.operands = operands
    s.resultTypes = types
    return s
  }
}
