// `symbol-dce` on nested symbol tables. Expected output from:
//   torch-mlir-opt --symbol-dce --allow-unregistered-dialect s1.mlir
// (the same input, with "test.use" unregistered there).

import XCTest

@testable import TorchIRPass

final class SymbolDCETests: XCTestCase {
  func testNestedSymbolTables() throws {
    let input = """
      module {
        func.func private @dead()
        func.func private @live()
        func.func private @chain2()
        func.func private @chain1() { func.call @chain2() : () -> () return }
        func.func @pub() { func.call @live() : () -> () return }
        func.func nested @n() { return }
        module @inner {
          func.func @innerpub() { return }
          func.func private @innerpriv() { return }
        }
        module @used attributes {sym_visibility = "private"} {
          func.func @x() { return }
          func.func @y() { return }
        }
        func.func @usesx() { "test.use"() {ref = @used::@x} : () -> () return }
        module @hidden attributes {sym_visibility = "private"} {
          func.func @z() { return }
        }
      }
      """
    XCTAssertEqual(try runPipeline("builtin.module(symbol-dce)", on: input), """
      module {
        func.func private @live()
        func.func @pub() {
          call @live() : () -> ()
          return
        }
        module @inner {
          func.func @innerpub() {
            return
          }
        }
        module @used attributes {sym_visibility = "private"} {
          func.func @x() {
            return
          }
          func.func @y() {
            return
          }
        }
        func.func @usesx() {
          "test.use"() {ref = @used::@x} : () -> ()
          return
        }
      }

      """)
  }

  // torch-mlir-opt --pass-pipeline='builtin.module(func.func(symbol-dce))':
  //   error: 'func.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table
  func testRequiresSymbolTable() throws {
    let out = try runPipeline("builtin.module(func.func(symbol-dce))", on: "func.func @f() { return }")
    XCTAssertEqual(out,
      "FAILED: 'func.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table")
  }
}
