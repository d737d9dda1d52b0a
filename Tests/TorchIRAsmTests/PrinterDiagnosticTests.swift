// Diagnostic rendering, against the stderr of
// `torch-mlir-opt --allow-unregistered-dialect dN.mlir` for the file quoted
// in each test (the diagnostics themselves are built by hand here, with the
// message and locations mlir-opt reported).

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterDiagnosticTests: XCTestCase {
  let ctx = makePrinterTestContext()

  private func render(_ d: Diagnostic, _ buffers: [SourceBuffer]) -> String {
    let r = DiagnosticRenderer(context: ctx, buffers: buffers)
    r.loadsFilesFromDisk = false
    return r.render(d)
  }

  private func at(_ f: String, _ l: Int, _ c: Int) -> Location { .fileLineCol(file: f, line: l, column: c) }

  func testTabsExpandInTheExcerpt() {
    // d1.mlir: "foo.a"() {x = \t\tbadtok} : () -> ()
    let buf = SourceBuffer(name: "d1.mlir", text: "\"foo.a\"() {x = \t\tbadtok} : () -> ()\n")
    XCTAssertEqual(
      render(.error(at("d1.mlir", 1, 15), "expected attribute value"), [buf]),
      """
      d1.mlir:1:15: error: expected attribute value
      "foo.a"() {x =          badtok} : () -> ()
                    ^

      """)
  }

  func testCaretOnATabFillsTheTabWidth() {
    // d13.mlir: "foo.a"() {x =\t\t} : () -> ()
    let buf = SourceBuffer(name: "d13.mlir", text: "\"foo.a\"() {x =\t\t} : () -> ()\n")
    XCTAssertEqual(
      render(.error(at("d13.mlir", 1, 15), "expected attribute value"), [buf]),
      """
      d13.mlir:1:15: error: expected attribute value
      "foo.a"() {x =          } : () -> ()
                    ^^

      """)
  }

  func testNonASCIILineHasNoCaret() {
    // d9.mlir: "foo.a"() {x = "é" badtok} : () -> ()
    let buf = SourceBuffer(name: "d9.mlir", text: "\"foo.a\"() {x = \"é\" badtok} : () -> ()\n")
    XCTAssertEqual(
      render(.error(at("d9.mlir", 1, 20), "expected '}' in attribute dictionary"), [buf]),
      """
      d9.mlir:1:20: error: expected '}' in attribute dictionary
      "foo.a"() {x = "é" badtok} : () -> ()

      """)
  }

  func testCarriageReturnsEndTheLine() {
    // d12.mlir, with CRLF line ends.
    let buf = SourceBuffer(name: "d12.mlir", text: "\"foo.a\"() : () -> ()\r\n\"foo.b\"() : () -> (%)\r\n")
    XCTAssertEqual(
      render(.error(at("d12.mlir", 2, 20), "invalid SSA name"), [buf]),
      """
      d12.mlir:2:20: error: invalid SSA name
      "foo.b"() : () -> (%)
                         ^

      """)
  }

  func testLocationsWithoutAFilePosition() {
    // d3.mlir: "func.return"() : () -> () loc("named")
    let named = Diagnostic(.error, .name("named", child: nil), "'func.return' op expects parent op 'func.func'")
      .attachingNote(.name("named", child: nil), "see current operation: \"func.return\"() : () -> ()")
    XCTAssertEqual(
      render(named, []),
      """
      <unknown>:0: error: loc("named"): 'func.return' op expects parent op 'func.func'
      <unknown>:0: note: loc("named"): see current operation: "func.return"() : () -> ()

      """)
    // d4.mlir: the same with loc(unknown).
    let unknown = Diagnostic(.error, .unknown, "'func.return' op expects parent op 'func.func'")
      .attachingNote(.unknown, "see current operation: \"func.return\"() : () -> ()")
    XCTAssertEqual(
      render(unknown, []),
      """
      <unknown>:0: error: 'func.return' op expects parent op 'func.func'
      <unknown>:0: note: see current operation: "func.return"() : () -> ()

      """)
  }

  func testCallSitesAddCalledFromNotes() {
    // d5.mlir: "func.return"() : () -> () loc(callsite("callee"("d5.mlir":1:3)
    //            at callsite("x.mlir":4:5 at "d5.mlir":1:1)))
    let line = #""func.return"() : () -> () loc(callsite("callee"("d5.mlir":1:3) at callsite("x.mlir":4:5 at "d5.mlir":1:1)))"#
    let buf = SourceBuffer(name: "d5.mlir", text: line + "\n")
    let loc = Location.callSite(
      callee: .name("callee", child: at("d5.mlir", 1, 3)),
      caller: .callSite(callee: at("x.mlir", 4, 5), caller: at("d5.mlir", 1, 1)))
    let d = Diagnostic(.error, loc, "'func.return' op expects parent op 'func.func'")
      .attachingNote(loc, "see current operation: \"func.return\"() : () -> ()")
    XCTAssertEqual(
      render(d, [buf]),
      """
      d5.mlir:1:3: error: 'func.return' op expects parent op 'func.func'
      \(line)
        ^
      x.mlir:4:5: note: called from
      d5.mlir:1:1: note: called from
      \(line)
      ^
      d5.mlir:1:3: note: see current operation: "func.return"() : () -> ()
      \(line)
        ^

      """)
  }

  func testNotesAtTheSameLocationHaveNoExcerpt() {
    // d8.mlir: line 3 is `  return %0 : i32`.
    let buf = SourceBuffer(name: "d8.mlir", text: "func.func @f() {\n  %0 = \"foo.x\"() : () -> i32\n  return %0 : i32\n}\n")
    let d = Diagnostic(.error, at("d8.mlir", 3, 3), "'func.return' op has 1 operands, but enclosing function (@f) returns 0")
      .attachingNote(at("d8.mlir", 3, 3), "see current operation: \"func.return\"(%0) : (i32) -> ()")
    XCTAssertEqual(
      render(d, [buf]),
      """
      d8.mlir:3:3: error: 'func.return' op has 1 operands, but enclosing function (@f) returns 0
        return %0 : i32
        ^
      d8.mlir:3:3: note: see current operation: "func.return"(%0) : (i32) -> ()

      """)
  }

  func testRangesFusedLocationsAndPositionsOutsideTheFile() {
    // d6.mlir: loc("d6.mlir":1:2 to 1:5) shows its start.
    let line6 = #""func.return"() : () -> () loc("d6.mlir":1:2 to 1:5)"#
    let d6 = Diagnostic(.error, .fileLineColRange(file: "d6.mlir", line: 1, column: 2, endLine: 1, endColumn: 5),
      "'func.return' op expects parent op 'func.func'")
    XCTAssertEqual(
      render(d6, [SourceBuffer(name: "d6.mlir", text: line6 + "\n")]),
      "d6.mlir:1:2: error: 'func.return' op expects parent op 'func.func'\n\(line6)\n ^\n")
    // d7.mlir: loc(fused["nofile.mlir":3:0, "d7.mlir":1:4]) reports the first
    // file position; column 0 has no excerpt.
    let d7 = Diagnostic(.error, .fused([at("nofile.mlir", 3, 0), at("d7.mlir", 1, 4)], metadata: nil),
      "'func.return' op expects parent op 'func.func'")
    XCTAssertEqual(
      render(d7, [SourceBuffer(name: "d7.mlir", text: "x\n")]),
      "nofile.mlir:3:0: error: 'func.return' op expects parent op 'func.func'\n")
    // v3.mlir: a column past the end of the line and a line past the end of
    // the file are printed without an excerpt.
    let buf = SourceBuffer(name: "v3.mlir", text: "module attributes {bad} {}\n")
    XCTAssertEqual(render(.error(at("v3.mlir", 1, 200), "m"), [buf]), "v3.mlir:1:200: error: m\n")
    XCTAssertEqual(render(.error(at("v3.mlir", 7, 1), "m"), [buf]), "v3.mlir:7:1: error: m\n")
  }
}
