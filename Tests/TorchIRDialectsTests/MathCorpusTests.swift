// The math dialect's .mlir inputs (Inputs/math) run through torchir-opt's
// driver in-process and compared byte for byte with the reference outputs in
// Tests/Fixtures/math, made by iree-opt (PyPI iree-base-compiler 3.13.0, LLVM
// 24.0.0git) with Tests/Fixtures/make_dialect_fixtures.py --dialect math
// (torch-mlir-opt does not register math). Inputs starting with `// RUN:` are
// --verify-diagnostics tests confirmed with the same tool. MathFoldTests
// covers the folders.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let math = ReferenceCorpus(dialect: "math")

final class MathCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(math.names.count, 3)
  }

  func testPrintingMatchesReference() throws {
    try math.checkPrinting()
  }

  func testFastMathIsArithAttribute() throws {
    let input = try XCTUnwrap(contents(math.inputs.appendingPathComponent("generic.mlir")))
    let run = runDriver(input, name: "generic.mlir", flags: ["--mlir-print-op-generic"])
    XCTAssertTrue(text(run.stdout).contains("<{fastmath = #arith.fastmath<fast>}>"), text(run.stdout))
    XCTAssertTrue(text(run.stdout).contains("\"math.ctpop\"(%arg1) : (i32) -> i32"), text(run.stdout))
  }

  func testDiagnostics() throws {
    XCTAssertEqual(try math.checkDiagnostics(), 1)
  }

  /// Constant folding of every folding op, scalar and dense, against
  /// `iree-opt --canonicalize` (Inputs/math_canonicalize).
  func testCanonicalizeMatchesReference() throws {
    XCTAssertEqual(try math.checkCanonicalize(), 1)
  }
}

/// The math folders called through OpInfo.fold with arith.constant operands.
final class MathFoldTests: XCTestCase {
  private func folded(_ body: String, results: String) throws -> [String] {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    let src = "func.func @f() -> (\(results)) {\n\(body)\n}\n"
    let module = try Parser.parseSourceFile(SourceBuffer(name: "t.mlir", text: src), context: ctx)
    defer { withExtendedLifetime(ctx) {} }
    var out: [String] = []
    module.walk { op in
      guard op.name.name == "func.return" else { return }
      out = op.operandValues.map { v in
        guard let d = v.definingOp, let fold = d.name.info?.fold else { return "no folder" }
        let consts = d.operandValues.map { o -> Attribute? in
          guard let c = o.definingOp, c.name.name == "arith.constant" else { return nil }
          return c.attr("value")
        }
        guard let r = fold(d, consts)?.first, case .attribute(let a) = r else { return "not folded" }
        return attributeString(a)
      }
    }
    return out
  }

  func testFloatFolders() throws {
    let r = try folded("""
        %a = arith.constant 2.5 : f64
        %n = arith.constant -2.5 : f32
        %z = arith.constant 0.0 : f64
        %h = arith.constant 1.5 : f16
        %nz = arith.constant -0.0 : f64
        %0 = math.floor %n : f32
        %1 = math.ceil %a : f64
        %2 = math.round %n : f32
        %3 = math.roundeven %a : f64
        %4 = math.absf %n : f32
        %5 = math.exp %z : f64
        %6 = math.sqrt %a : f64
        %7 = math.sqrt %n : f32
        %8 = math.log %h : f16
        %9 = math.copysign %a, %nz : f64
        %10 = math.trunc %h : f16
        return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : f32, f64, f32, f64, f32, f64, f64, f32, f16, f64, f16
      """, results: "f32, f64, f32, f64, f32, f64, f64, f32, f16, f64, f16")
    XCTAssertEqual(r, [
      "-3.000000e+00 : f32", "3.000000e+00 : f64", "-3.000000e+00 : f32", "2.000000e+00 : f64",
      "2.500000e+00 : f32", "1.000000e+00 : f64", "1.5811388300841898 : f64", "not folded", "not folded",
      // trunc folds only f32 and f64 (iree-opt leaves `math.trunc` of f16).
      "-2.500000e+00 : f64", "not folded",
    ])
  }

  func testIntegerFolders() throws {
    let r = try folded("""
        %a = arith.constant 12 : i8
        %m = arith.constant -128 : i8
        %three = arith.constant 3 : i8
        %0 = math.ctlz %a : i8
        %1 = math.cttz %a : i8
        %2 = math.ctpop %m : i8
        %3 = math.absi %m : i8
        %4 = math.ipowi %three, %three : i8
        return %0, %1, %2, %3, %4 : i8, i8, i8, i8, i8
      """, results: "i8, i8, i8, i8, i8")
    XCTAssertEqual(r, ["4 : i8", "2 : i8", "1 : i8", "-128 : i8", "27 : i8"])
  }
}
