// Operations, blocks, regions and SSA names. Each test builds IR equal to
// the quoted input and compares with torch-mlir-opt's output for it
// (`torch-mlir-opt --allow-unregistered-dialect [flags] input.mlir`).

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterOperationTests: XCTestCase {
  let ctx = makePrinterTestContext()
  lazy var i32 = ctx.integerType(32)
  lazy var f32 = ctx.f32Type

  /* op1.mlir:
    "foo.no_results"() : () -> ()
    %0 = "foo.one_result"() : () -> i32
    %1:2 = "foo.two_results"() : () -> (i32, f32)
    "foo.use"(%0, %1#0, %1#1) : (i32, i32, f32) -> ()
    "foo.props"() <{a = 1 : i32}> {b = "x"} : () -> ()
    "foo.props"() <{}> : () -> ()
    "foo.attrs"() {x} : () -> ()
    "foo.empty_region"() ({}) : () -> ()
    "foo.two_empty_regions"() ({}, {}) : () -> ()
    %2 = "foo.paren_result"() : () -> ((i32) -> i32)
    "foo.a_b$c"(%2) : ((i32) -> i32) -> ()
    "foo.empty_block"() ({
    ^bb0:
    }) : () -> ()
  */
  private func buildOp1() -> TorchIRCore.Operation {
    let (m, body) = makeModule(ctx)
    addOp(ctx, body, "foo.no_results")
    let one = addOp(ctx, body, "foo.one_result", results: [i32])
    let two = addOp(ctx, body, "foo.two_results", results: [i32, f32])
    addOp(ctx, body, "foo.use", operands: [one.result(0), two.result(0), two.result(1)])
    addOp(ctx, body, "foo.props", attributes: [named("b", ctx.stringAttr("x"))],
      properties: ctx.dictionaryAttr([named("a", ctx.integerAttr(1, i32))]))
    addOp(ctx, body, "foo.props", properties: ctx.emptyDictionary)
    addOp(ctx, body, "foo.attrs", attributes: [named("x", ctx.unitAttr)])
    addOp(ctx, body, "foo.empty_region", regions: 1)
    addOp(ctx, body, "foo.two_empty_regions", regions: 2)
    let fnType = ctx.functionType([i32], [i32])
    let paren = addOp(ctx, body, "foo.paren_result", results: [fnType])
    addOp(ctx, body, "foo.a_b$c", operands: [paren.result(0)])
    let emptyBlock = addOp(ctx, body, "foo.empty_block", regions: 1)
    addBlock(emptyBlock.region(0))
    return m
  }

  func testGenericOperations() {
    let expected = """
      module {
        "foo.no_results"() : () -> ()
        %0 = "foo.one_result"() : () -> i32
        %1:2 = "foo.two_results"() : () -> (i32, f32)
        "foo.use"(%0, %1#0, %1#1) : (i32, i32, f32) -> ()
        "foo.props"() <{a = 1 : i32}> {b = "x"} : () -> ()
        "foo.props"() <{}> : () -> ()
        "foo.attrs"() {x} : () -> ()
        "foo.empty_region"() ({
        }) : () -> ()
        "foo.two_empty_regions"() ({
        }, {
        }) : () -> ()
        %2 = "foo.paren_result"() : () -> ((i32) -> i32)
        "foo.a_b$c"(%2) : ((i32) -> i32) -> ()
        "foo.empty_block"() ({
        ^bb0:
        }) : () -> ()
      }


      """
    XCTAssertEqual(mlirOptOutput(buildOp1()), expected)
  }

  func testGenericModule() {
    // op1.mlir with --mlir-print-op-generic: only the module line changes.
    let out = mlirOptOutput(buildOp1(), AsmPrinterOptions(printGenericOpForm: true))
    XCTAssertTrue(out.hasPrefix("\"builtin.module\"() ({\n  \"foo.no_results\"() : () -> ()\n"))
    XCTAssertTrue(out.hasSuffix("  ^bb0:\n  }) : () -> ()\n}) : () -> ()\n\n"))
  }

  func testSkipRegions() {
    // op1.mlir with --mlir-print-skip-regions.
    XCTAssertEqual(mlirOptOutput(buildOp1(), AsmPrinterOptions(skipRegions: true)), "module {...}\n\n")
  }

  /* op2.mlir:
    %top = "foo.top"() : () -> f32
    "foo.cfg"() ({
    ^bb0(%arg: i32):
      %c = "foo.cond"() : () -> i1
      "foo.cond_br"(%c, %arg) [^then, ^else] : (i1, i32) -> ()
    ^then:
      "foo.br"(%arg)[^join] : (i32) -> ()
    ^else:
      %v = "foo.value"(%top) : (f32) -> i32
      "foo.br"(%v)[^join] : (i32) -> ()
    ^join(%j: i32):
      "foo.return"(%j) : (i32) -> ()
    }, {
    ^bb0(%x: i1, %y: i2):
      "foo.switch"() [^a, ^b, ^a] : () -> ()
    ^a:
      "foo.br"() [^a] : () -> ()
    ^b:
      "foo.end"() : () -> ()
    ^dead:
      "foo.end"() : () -> ()
    }) : () -> ()
    "foo.outer"() ({
      %mid = "foo.mid"(%top) : (f32) -> f32
      "foo.inner"() ({
      ^bb0(%q: f32):
        "foo.use"(%top, %mid, %q) : (f32, f32, f32) -> ()
      }) : () -> ()
    }) : () -> ()
  */
  private func buildOp2() -> (TorchIRCore.Operation, TorchIRCore.Operation) {
    let (m, body) = makeModule(ctx)
    let top = addOp(ctx, body, "foo.top", results: [f32]).result(0)
    let cfg = addOp(ctx, body, "foo.cfg", regions: 2)
    let r0 = cfg.region(0)
    let entry = addBlock(r0, [i32])
    let then = addBlock(r0)
    let els = addBlock(r0)
    let join = addBlock(r0, [i32])
    let c = addOp(ctx, entry, "foo.cond", results: [ctx.i1Type]).result(0)
    addOp(ctx, entry, "foo.cond_br", operands: [c, entry.arguments[0]], successors: [then, els])
    addOp(ctx, then, "foo.br", operands: [entry.arguments[0]], successors: [join])
    let v = addOp(ctx, els, "foo.value", operands: [top], results: [i32]).result(0)
    addOp(ctx, els, "foo.br", operands: [v], successors: [join])
    addOp(ctx, join, "foo.return", operands: [join.arguments[0]])
    let r1 = cfg.region(1)
    let e1 = addBlock(r1, [ctx.i1Type, ctx.integerType(2)])
    let a = addBlock(r1)
    let b = addBlock(r1)
    let dead = addBlock(r1)
    addOp(ctx, e1, "foo.switch", successors: [a, b, a])
    addOp(ctx, a, "foo.br", successors: [a])
    addOp(ctx, b, "foo.end")
    addOp(ctx, dead, "foo.end")
    let outer = addOp(ctx, body, "foo.outer", regions: 1)
    let ob = addBlock(outer.region(0))
    let mid = addOp(ctx, ob, "foo.mid", operands: [top], results: [f32]).result(0)
    let inner = addOp(ctx, ob, "foo.inner", regions: 1)
    let ib = addBlock(inner.region(0), [f32])
    let use = addOp(ctx, ib, "foo.use", operands: [top, mid, ib.arguments[0]])
    return (m, use)
  }

  func testBlocksSuccessorsAndPredecessorComments() {
    let expected = """
      module {
        %0 = "foo.top"() : () -> f32
        "foo.cfg"() ({
        ^bb0(%arg0: i32):
          %1 = "foo.cond"() : () -> i1
          "foo.cond_br"(%1, %arg0)[^bb1, ^bb2] : (i1, i32) -> ()
        ^bb1:  // pred: ^bb0
          "foo.br"(%arg0)[^bb3] : (i32) -> ()
        ^bb2:  // pred: ^bb0
          %2 = "foo.value"(%0) : (f32) -> i32
          "foo.br"(%2)[^bb3] : (i32) -> ()
        ^bb3(%3: i32):  // 2 preds: ^bb1, ^bb2
          "foo.return"(%3) : (i32) -> ()
        }, {
        ^bb0(%arg0: i1, %arg1: i2):
          "foo.switch"()[^bb1, ^bb2, ^bb1] : () -> ()
        ^bb1:  // 3 preds: ^bb0, ^bb0, ^bb1
          "foo.br"()[^bb1] : () -> ()
        ^bb2:  // pred: ^bb0
          "foo.end"() : () -> ()
        ^bb3:  // no predecessors
          "foo.end"() : () -> ()
        }) : () -> ()
        "foo.outer"() ({
          %1 = "foo.mid"(%0) : (f32) -> f32
          "foo.inner"() ({
          ^bb0(%arg0: f32):
            "foo.use"(%0, %1, %arg0) : (f32, f32, f32) -> ()
          }) : () -> ()
        }) : () -> ()
      }


      """
    XCTAssertEqual(mlirOptOutput(buildOp2().0), expected)
  }

  func testGenericFormNumbersEveryRegionUniquely() {
    // op2.mlir with --mlir-print-op-generic: counters are not restored between
    // sibling regions, and the last-pushed region is numbered first.
    let out = mlirOptOutput(buildOp2().0, AsmPrinterOptions(printGenericOpForm: true))
    XCTAssertTrue(out.contains("""
        ^bb0(%arg3: i32):
          %2 = "foo.cond"() : () -> i1
          "foo.cond_br"(%2, %arg3)[^bb1, ^bb2] : (i1, i32) -> ()
      """))
    XCTAssertTrue(out.contains("  ^bb3(%4: i32):  // 2 preds: ^bb1, ^bb2\n"))
    XCTAssertTrue(out.contains("  ^bb0(%arg1: i1, %arg2: i2):\n"))
    XCTAssertTrue(out.contains("    %1 = \"foo.mid\"(%0) : (f32) -> f32\n"))
    XCTAssertTrue(out.contains("      \"foo.use\"(%0, %1, %arg0) : (f32, f32, f32) -> ()\n"))
  }

  func testNestedOpPrintsAloneWithEnclosingNames() {
    // Printing one nested op (as MLIR's Operation::print does) keeps the names
    // numbered from the root; the same line appears in op2.mlir's output.
    let (module, use) = buildOp2()
    withExtendedLifetime(module) {
      XCTAssertEqual(operationString(use), "\"foo.use\"(%0, %1, %arg0) : (f32, f32, f32) -> ()")
      XCTAssertEqual(
        operationString(use, options: AsmPrinterOptions(printLocalScope: true)),
        "\"foo.use\"(%0, %1, %arg0) : (f32, f32, f32) -> ()")
    }
  }

  /* n3.mlir (Torch-MLIR constants name their results):
    %0 = torch.constant.int 0
    %1 = torch.constant.int 0
    %2 = torch.constant.int -1
    %3 = torch.constant.none
    %4 = torch.constant.bool true
    "foo.r"() ({
      %5 = torch.constant.int 0
      %6 = torch.constant.none
      "foo.r"() ({
        %7 = torch.constant.int 0
        %8 = "foo.x"() : () -> index
      }) : () -> ()
      %9 = "foo.x"() : () -> index
    }, {
      %10 = torch.constant.int 0
      %11 = torch.constant.int 2
    }) : () -> ()
    %12 = torch.constant.int 0
    %13 = "foo.x"() : () -> index
    "foo.y"(%0, %1, %2, %3, %4, %12) : (!torch.int, !torch.int, !torch.int, !torch.none, !torch.bool, !torch.int) -> ()
  */
  func testResultNamesAreUniquedAcrossNestedRegions() {
    registerTorchConstants(ctx)
    let (m, body) = makeModule(ctx)
    let index = ctx.indexType
    let a = torchInt(ctx, body, 0).result(0)
    let b = torchInt(ctx, body, 0).result(0)
    let c = torchInt(ctx, body, -1).result(0)
    let none = addOp(ctx, body, "torch.constant.none", results: [opaqueType(ctx, "torch", "none")]).result(0)
    let bool = addOp(ctx, body, "torch.constant.bool", results: [opaqueType(ctx, "torch", "bool")],
      properties: ctx.dictionaryAttr([named("value", ctx.boolAttr(true))])).result(0)
    let r = addOp(ctx, body, "foo.r", regions: 2)
    let r0 = addBlock(r.region(0))
    torchInt(ctx, r0, 0)
    addOp(ctx, r0, "torch.constant.none", results: [opaqueType(ctx, "torch", "none")])
    let inner = addOp(ctx, r0, "foo.r", regions: 1)
    let ib = addBlock(inner.region(0))
    torchInt(ctx, ib, 0)
    addOp(ctx, ib, "foo.x", results: [index])
    addOp(ctx, r0, "foo.x", results: [index])
    let r1 = addBlock(r.region(1))
    torchInt(ctx, r1, 0)
    torchInt(ctx, r1, 2)
    let last = torchInt(ctx, body, 0).result(0)
    addOp(ctx, body, "foo.x", results: [index])
    addOp(ctx, body, "foo.y", operands: [a, b, c, none, bool, last])
    let expected = """
      module {
        %int0 = torch.constant.int 0
        %int0_0 = torch.constant.int 0
        %int-1 = torch.constant.int -1
        %none = torch.constant.none
        %true = torch.constant.bool true
        "foo.r"() ({
          %int0_2 = torch.constant.int 0
          %none_3 = torch.constant.none
          "foo.r"() ({
            %int0_4 = torch.constant.int 0
            %2 = "foo.x"() : () -> index
          }) : () -> ()
          %1 = "foo.x"() : () -> index
        }, {
          %int0_2 = torch.constant.int 0
          %int2 = torch.constant.int 2
        }) : () -> ()
        %int0_1 = torch.constant.int 0
        %0 = "foo.x"() : () -> index
        "foo.y"(%int0, %int0_0, %int-1, %none, %true, %int0_1) : (!torch.int, !torch.int, !torch.int, !torch.none, !torch.bool, !torch.int) -> ()
      }


      """
    XCTAssertEqual(mlirOptOutput(m), expected)
    // With --mlir-print-op-generic the names are not used.
    let generic = mlirOptOutput(m, AsmPrinterOptions(printGenericOpForm: true))
    XCTAssertTrue(generic.contains("  %0 = \"torch.constant.int\"() <{value = 0 : i64}> : () -> !torch.int\n"))
  }

  /* uc.mlir:
    %0 = "foo.x"() : () -> i32
    %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
    "foo.r"() ({
      %2 = builtin.unrealized_conversion_cast %0 : i32 to i8
      "foo.y"(%2) : (i8) -> ()
    }) : () -> ()
    module {
      %4 = "foo.x"() : () -> i32
      %3 = builtin.unrealized_conversion_cast %4 : i32 to i16
    }
  */
  func testDefaultDialectPrefixIsDroppedOnlyWhereItApplies() {
    let (m, body) = makeModule(ctx)
    let x = addOp(ctx, body, "foo.x", results: [i32]).result(0)
    addOp(ctx, body, "builtin.unrealized_conversion_cast", operands: [x], results: [ctx.i64Type])
    let r = addOp(ctx, body, "foo.r", regions: 1)
    let rb = addBlock(r.region(0))
    let cast = addOp(ctx, rb, "builtin.unrealized_conversion_cast", operands: [x], results: [ctx.integerType(8)])
    addOp(ctx, rb, "foo.y", operands: [cast.result(0)])
    let (inner, ib) = makeModule(ctx)
    body.append(inner)
    let y = addOp(ctx, ib, "foo.x", results: [i32]).result(0)
    addOp(ctx, ib, "builtin.unrealized_conversion_cast", operands: [y], results: [ctx.integerType(16)])
    let expected = """
      module {
        %0 = "foo.x"() : () -> i32
        %1 = unrealized_conversion_cast %0 : i32 to i64
        "foo.r"() ({
          %2 = builtin.unrealized_conversion_cast %0 : i32 to i8
          "foo.y"(%2) : (i8) -> ()
        }) : () -> ()
        module {
          %2 = "foo.x"() : () -> i32
          %3 = unrealized_conversion_cast %2 : i32 to i16
        }
      }


      """
    XCTAssertEqual(mlirOptOutput(m), expected)
  }

  func testDiagnosticFormUsesLocalScopeAndGenericForm() {
    // The note of uc.mlir's variant in which the nested module's cast uses %0
    // from the outer module:
    //   note: see current operation: %0 = "builtin.unrealized_conversion_cast"(<<UNKNOWN SSA VALUE>>) : (i32) -> i16
    let (outer, body) = makeModule(ctx)
    let x = addOp(ctx, body, "foo.x", results: [i32]).result(0)
    let (inner, ib) = makeModule(ctx)
    body.append(inner)
    let cast = addOp(ctx, ib, "builtin.unrealized_conversion_cast", operands: [x], results: [ctx.integerType(16)])
    withExtendedLifetime(outer) {
      XCTAssertEqual(
        "\(cast)", "%0 = \"builtin.unrealized_conversion_cast\"(<<UNKNOWN SSA VALUE>>) : (i32) -> i16")
    }
  }

  func testInvalidIRFallsBackToTheGenericForm() {
    // inv.mlir, printed with --mlir-very-unsafe-disable-verifier-on-parsing:
    //   module attributes {bad} {
    //     %0 = "foo.x"() : () -> i32
    //     %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
    //   }
    let (m, body) = makeModule(ctx)
    m.setAttr("bad", ctx.unitAttr)
    let x = addOp(ctx, body, "foo.x", results: [i32]).result(0)
    addOp(ctx, body, "builtin.unrealized_conversion_cast", operands: [x], results: [ctx.i64Type])
    let expected = """
      "builtin.module"() ({
        %0 = "foo.x"() : () -> i32
        %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> i64
      }) {bad} : () -> ()

      """
    XCTAssertEqual(operationString(m), expected)
  }
}
