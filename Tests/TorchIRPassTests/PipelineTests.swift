// The pass manager and the textual pipeline syntax: parsing and printing,
// nesting, order of execution, options, verification after each pass and
// failure propagation. Error texts are torch-mlir-opt's (see DriverTests for
// the byte-for-byte driver checks).

import TorchIRAsm
import TorchIRCore
import XCTest

@testable import TorchIRPass

final class PipelineTests: XCTestCase {
  override func setUp() { registerTransformPasses() }

  func testParseAndPrintNestedPipeline() throws {
    let pm = try parsePassPipeline(
      "  builtin.module( func.func( cse , canonicalize{max-iterations=3 top-down=false} ), symbol-dce )")
    XCTAssertEqual(pm.anchorName, "builtin.module")
    XCTAssertEqual(pm.count, 2)
    XCTAssertEqual(pm.printAsTextualPipeline(pretty: false),
      "builtin.module(func.func(cse,canonicalize{cse-between-iterations=false    max-iterations=3 "
        + "max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=false}),symbol-dce)")
    // torch-mlir-opt --pass-pipeline='builtin.module()' --dump-pass-pipeline
    XCTAssertEqual(dumpPassPipeline(try parsePassPipeline("builtin.module()")),
      "Pass Manager with 0 passes:\nbuiltin.module(\n\n)\n\n")
    // torch-mlir-opt --pass-pipeline='builtin.module(func.func(cse),func.func(cse))' --dump-pass-pipeline
    XCTAssertEqual(dumpPassPipeline(try parsePassPipeline("builtin.module(func.func(cse),func.func(cse))")),
      "Pass Manager with 2 passes:\nbuiltin.module(\n  func.func(\n    cse\n  ),\n  func.func(\n    cse\n  )\n)\n\n")
    let any = try parsePassPipeline("any(cse)")
    XCTAssertNil(any.anchorName)
    XCTAssertEqual(any.printAsTextualPipeline(pretty: false), "any(cse)")
  }

  func testPipelineErrorsSayWhatAndWhere() {
    func error(_ text: String) -> String {
      do {
        _ = try parsePassPipeline(text)
        return "no error"
      } catch {
        return error.message
      }
    }
    XCTAssertEqual(error("builtin.module(func.func(foo))"),
      "MLIR Textual PassPipeline Parser:1:11: error: 'foo' does not refer to a registered pass or pass pipeline\nfunc.func(foo)\n          ^\n")
    // torch-mlir-opt --pass-pipeline='builtin.module(a(b(cse))'
    XCTAssertEqual(error("builtin.module(a(b(cse))"),
      "MLIR Textual PassPipeline Parser:1:9: error: encountered unbalanced parentheses while parsing pipeline\na(b(cse)\n        ^\n")
    XCTAssertEqual(error("builtin.module(canonicalize{max-iterations=x})"),
      "for the --max-iterations option: 'x' value invalid for long argument!\n\nfailed to add `canonicalize` with options `max-iterations=x`\n")
    XCTAssertEqual(error("builtin.module(canonicalize{region-simplify=foo})"),
      "for the --region-simplify option: Cannot find option named 'foo'!\n\nfailed to add `canonicalize` with options `region-simplify=foo`\n")
    XCTAssertEqual(error("(cse)"),
      "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'")
  }

  func testOptionsParseTypedValues() throws {
    let pass = CanonicalizerPass()
    try pass.options.parse("max-iterations=3 top-down=false region-simplify=aggressive disable-patterns=A,B test-convergence")
    XCTAssertEqual(pass.maxIterations.value, 3)
    XCTAssertFalse(pass.topDown.value)
    XCTAssertEqual(pass.regionSimplify.value, .aggressive)
    XCTAssertEqual(pass.disabledPatterns.values, ["A", "B"])
    XCTAssertTrue(pass.testConvergence.value)
    XCTAssertEqual(pass.textualPipeline,
      "canonicalize{cse-between-iterations=false disable-patterns=A,B   max-iterations=3 max-num-rewrites=-1 "
        + "region-simplify=aggressive test-convergence=true top-down=false}")
    XCTAssertThrowsError(try pass.options.parse("nope=1"))
  }

  /// Records the order passes run in and the ops they run on.
  private func recorder(_ log: Box<[String]>, _ name: String, anchor: String? = nil) -> Pass {
    ClosurePass(name, anchor: anchor) { op, _ in
      log.value.append("\(name)@\(SymbolTable.symbolName(op) ?? op.name.name)")
    }
  }

  func testNestedManagersRunOnDirectChildrenInOrder() throws {
    let ctx = makePassTestContext()
    let module = try parseModule("""
      func.func @a() { return }
      module @m {
        func.func @inner() { return }
      }
      func.func @b() { return }
      """, ctx)
    let log = Box<[String]>([])
    let pm = PassManager(context: ctx)
    try pm.addPass(recorder(log, "first"))
    let fn = pm.nest("func.func")
    try fn.addPass(recorder(log, "x", anchor: "func.func"))
    try fn.addPass(recorder(log, "y"))
    try pm.addPass(recorder(log, "last"))
    XCTAssertTrue(pm.run(module))
    // Nested functions of @m are not direct children: not visited.
    XCTAssertEqual(log.value,
      ["first@builtin.module", "x@a", "y@a", "x@b", "y@b", "last@builtin.module"])
  }

  func testRestrictedPassNeedsNesting() {
    let pm = OpPassManager(anchor: "builtin.module")
    XCTAssertThrowsError(try pm.addPass(ClosurePass("p", anchor: "func.func") { _, _ in })) { e in
      XCTAssertEqual((e as? PipelineError)?.message,
        "Can't add pass 'p' restricted to 'func.func' on a PassManager intended to run on 'builtin.module', did you intend to nest?")
    }
    // Pass flags nest implicitly, as mlir-opt does.
    let registry = PassRegistry()
    registry.registerPass { ClosurePass("onfunc", anchor: "func.func") { _, _ in } }
    let built = try? buildPassPipeline(
      anchor: "builtin.module", pipeline: nil, flags: [PassFlag("onfunc")], registry: registry)
    XCTAssertEqual(built?.printAsTextualPipeline(pretty: false), "builtin.module(func.func(onfunc))")
  }

  func testRegisteredTextualPipeline() throws {
    let registry = PassRegistry()
    registry.registerPass { CSEPass() }
    registry.registerPass { CanonicalizerPass() }
    registry.registerPipeline("my-cleanup", summary: "cse then canonicalize", text: "cse,canonicalize")
    let pm = try parsePassPipeline("builtin.module(func.func(my-cleanup))", registry: registry)
    XCTAssertTrue(pm.printAsTextualPipeline(pretty: false).hasPrefix("builtin.module(func.func(cse,canonicalize{"))
  }

  func testVerifyEachCatchesBrokenIR() throws {
    let ctx = makePassTestContext()
    let module = try parseModule("func.func @f() { return }", ctx)
    var diagnostics: [Diagnostic] = []
    ctx.diagnostics.register { d in
      diagnostics.append(d)
      return true
    }
    let log = Box<[String]>([])
    // Removes the function's terminator: invalid IR.
    let breaker = ClosurePass("break", anchor: "func.func") { op, _ in
      op.region(0).entryBlock?.last?.erase()
    }
    let pm = PassManager(context: ctx)
    try pm.nest("func.func").addPass(breaker)
    try pm.addPass(recorder(log, "after"))
    XCTAssertFalse(pm.run(module))
    XCTAssertEqual(diagnostics.first?.message, "empty block: expect at least a terminator")
    XCTAssertEqual(log.value, [], "a failure stops the pipeline")

    // With --verify-each=false the pipeline goes on.
    let module2 = try parseModule("func.func @f() { return }", ctx)
    let pm2 = PassManager(context: ctx)
    pm2.verifyEach = false
    try pm2.nest("func.func").addPass(breaker)
    try pm2.addPass(recorder(log, "after"))
    XCTAssertTrue(pm2.run(module2))
    XCTAssertEqual(log.value, ["after@builtin.module"])
  }

  func testFailingPassStopsAndPrintsAfterFailure() throws {
    let ctx = makePassTestContext()
    let module = try parseModule("func.func @f() { return }", ctx)
    ctx.diagnostics.register { _ in true }
    let failing = ClosurePass("fail", anchor: "func.func") { op, _ in
      throw Diagnostic.error(op.location, "nope")
    }
    var dumps = ""
    var config = IRPrintingConfig()
    config.printAfterOnlyOnFailure = true
    let pm = PassManager(context: ctx)
    pm.addInstrumentation(IRPrinterInstrumentation(config, printOp: { _ in "IR" }) { dumps += $0 })
    try pm.nest("func.func").addPass(failing)
    XCTAssertFalse(pm.run(module))
    // torch-mlir-opt: "// -----// IR Dump After CanonicalizerPass Failed: canonicalize{...} //----- //"
    XCTAssertEqual(dumps, "// -----// IR Dump After fail Failed: fail //----- //\nIR\n\n")
  }
}

/// A mutable box for closures that record what passes do.
final class Box<T> {
  var value: T
  init(_ value: T) { self.value = value }
}
