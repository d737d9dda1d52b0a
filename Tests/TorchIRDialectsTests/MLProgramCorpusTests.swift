// The ml_program dialect's .mlir inputs (Inputs/ml_program) run through
// torchir-opt's driver in-process and compared byte for byte with
// torch-mlir-opt's outputs in Tests/Fixtures/ml_program (made by
// Tests/Fixtures/make_dialect_fixtures.py --dialect ml_program); the
// `// RUN:` input's expected errors were confirmed with the same tool.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

private let mlProgram = ReferenceCorpus(dialect: "ml_program")

final class MLProgramCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(mlProgram.names.count, 3)
  }

  func testPrintingMatchesReference() throws {
    try mlProgram.checkPrinting()
  }

  func testDiagnostics() throws {
    XCTAssertEqual(try mlProgram.checkDiagnostics(), 1)
  }

  /// The extern attribute carries its type (a TypedAttr), and the token
  /// type is a dialect type of ml_program.
  func testExternAndTokenAreTyped() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    let src = """
      ml_program.global private mutable @e(#ml_program.extern : tensor<2xf32>) : tensor<2xf32>
      func.func private @f(!ml_program.token)
      """
    let module = try Parser.parseSourceFile(SourceBuffer(name: "t.mlir", text: src), context: ctx)
    var externType: Type?
    var tokenIsDialectType = false
    module.walk { op in
      if op.name.name == "ml_program.global" { externType = op.attr("value")?.type }
      if op.name.name == "func.func", let t = op.attr("function_type")?.typeValue,
        case .function(let inputs, _) = t.kind, case .dialect(let d) = inputs.first?.kind
      {
        tokenIsDialectType = d.dialect == "ml_program" && d.mnemonic == "token"
      }
    }
    XCTAssertEqual(externType, ctx.tensorType([2], ctx.f32Type))
    XCTAssertTrue(tokenIsDialectType)
  }
}
