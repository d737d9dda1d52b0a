// The driver with passes: instrumentation output and pipeline errors
// compared byte for byte with torch-mlir-opt. Each expected text is the
// reference tool's stderr for the command quoted above it (command
// substitution strips trailing newlines, so they are added back here).

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRTool
import XCTest

@testable import TorchIRPass

/// The input of the driver tests (func ops only, so any dialect set works).
let driverInput = """
func.func @f(%a: i32) -> (i32, i32) {
  %0 = func.constant @g : () -> ()
  %1 = func.constant @g : () -> ()
  return %a, %a : i32, i32
}
func.func private @g() {
  return
}
func.func private @h() {
  return
}
"""

/// Runs `runOpt` on `input` with `configure` applied; returns (exit, stdout, stderr).
func runDriver(_ input: String, _ configure: (inout OptConfiguration) -> Void) throws
  -> (Int32, String, String)
{
  let path = NSTemporaryDirectory() + "torchir-pass-\(UUID().uuidString).mlir"
  try input.write(toFile: path, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(atPath: path) }
  var config = OptConfiguration()
  config.inputFilename = path
  config.bufferName = "f1.mlir"
  configure(&config)
  let out = OutputSink()
  let err = OutputSink()
  let code = runOpt(config, stdout: out, stderr: err)
  return (code, out.string, err.string)
}

final class DriverTests: XCTestCase {
  // torch-mlir-opt f1.mlir --pass-pipeline='builtin.module(func.func(canonicalize,cse),symbol-dce)' \
  //   --mlir-print-ir-after-all -o /dev/null
  func testPrintIRAfterAllMatchesReference() throws {
    let expected = """
// -----// IR Dump After CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} //----- //
func.func @f(%arg0: i32) -> (i32, i32) {
  return %arg0, %arg0 : i32, i32
}

// -----// IR Dump After CSEPass: cse //----- //
func.func @f(%arg0: i32) -> (i32, i32) {
  return %arg0, %arg0 : i32, i32
}

// -----// IR Dump After CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} //----- //
func.func private @g() {
  return
}

// -----// IR Dump After CSEPass: cse //----- //
func.func private @g() {
  return
}

// -----// IR Dump After CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} //----- //
func.func private @h() {
  return
}

// -----// IR Dump After CSEPass: cse //----- //
func.func private @h() {
  return
}

// -----// IR Dump After SymbolDCEPass: symbol-dce //----- //
module {
  func.func @f(%arg0: i32) -> (i32, i32) {
    return %arg0, %arg0 : i32, i32
  }
}
""" + "\n\n\n"
    let (code, _, err) = try runDriver(driverInput) {
      $0.passPipeline = "builtin.module(func.func(canonicalize,cse),symbol-dce)"
      $0.printIRAfterAll = true
    }
    XCTAssertEqual(code, 0)
    XCTAssertEqual(err, expected)
  }

  // torch-mlir-opt f1.mlir --pass-pipeline='builtin.module(func.func(cse),symbol-dce)' \
  //   --mlir-print-ir-before=cse --mlir-print-ir-after-all --mlir-print-ir-after-change -o /dev/null
  func testPrintIRBeforeAndAfterChangeMatchesReference() throws {
    let expected = """
// -----// IR Dump Before CSEPass: cse //----- //
func.func @f(%arg0: i32) -> (i32, i32) {
  %f = constant @g : () -> ()
  %f_0 = constant @g : () -> ()
  return %arg0, %arg0 : i32, i32
}

// -----// IR Dump After CSEPass: cse //----- //
func.func @f(%arg0: i32) -> (i32, i32) {
  return %arg0, %arg0 : i32, i32
}

// -----// IR Dump Before CSEPass: cse //----- //
func.func private @g() {
  return
}

// -----// IR Dump Before CSEPass: cse //----- //
func.func private @h() {
  return
}

// -----// IR Dump After SymbolDCEPass: symbol-dce //----- //
module {
  func.func @f(%arg0: i32) -> (i32, i32) {
    return %arg0, %arg0 : i32, i32
  }
}
""" + "\n\n\n"
    let (code, _, err) = try runDriver(driverInput) {
      $0.passPipeline = "builtin.module(func.func(cse),symbol-dce)"
      $0.printIRBefore = ["cse"]
      $0.printIRAfterAll = true
      $0.printIRAfterChange = true
    }
    XCTAssertEqual(code, 0)
    XCTAssertEqual(err, expected)
  }

  // torch-mlir-opt f1.mlir --cse --canonicalize="max-iterations=3" --dump-pass-pipeline -o /dev/null
  func testDumpPassPipelineFromPassFlags() throws {
    let expected = """
Pass Manager with 2 passes:
builtin.module(
  cse,
  canonicalize{cse-between-iterations=false    max-iterations=3 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true}
)
""" + "\n\n"
    let (code, _, err) = try runDriver(driverInput) {
      $0.passes = [PassFlag("cse"), PassFlag("canonicalize", options: "max-iterations=3")]
      $0.dumpPassPipeline = true
    }
    XCTAssertEqual(code, 0)
    XCTAssertEqual(err, expected)
  }

  // torch-mlir-opt f1.mlir --pass-pipeline='builtin.module(func.func(canonicalize,cse),symbol-dce)'
  //   --mlir-timing -o /dev/null prints (times vary):
  //   ===-------------------------------------------------------------------------===
  //                            ... Execution time report ...
  //   ===-------------------------------------------------------------------------===
  //     Total Execution Time: 0.0009 seconds
  //
  //     ----Wall Time----  ----Name----
  //       0.0004 ( 46.3%)  Parser
  //       0.0001 ( 11.4%)  'func.func' Pipeline
  //       0.0001 (  8.7%)    CanonicalizerPass
  //       0.0000 (  2.2%)    CSEPass
  //       0.0000 (  1.1%)  SymbolDCEPass
  //       0.0001 (  5.7%)  Output
  //       0.0001 ( 12.4%)  Rest
  //       0.0009 (100.0%)  Total
  // (torch-mlir-opt adds a User Time column only when threads make it differ
  // from wall time, and "(A) ..." analysis rows, which TorchIR does not have.)
  func testTimingReportFormat() throws {
    let (code, _, err) = try runDriver(driverInput) {
      $0.passPipeline = "builtin.module(func.func(canonicalize,cse),symbol-dce)"
      $0.timing = true
    }
    XCTAssertEqual(code, 0)
    let lines = err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(lines.count, 15, err)
    guard lines.count >= 15 else { return }
    let rule = "===" + String(repeating: "-", count: 73) + "==="
    XCTAssertEqual(lines[0], rule)
    XCTAssertEqual(lines[1], String(repeating: " ", count: 25) + "... Execution time report ...")
    XCTAssertEqual(lines[2], rule)
    XCTAssertNotNil(lines[3].range(of: #"^  Total Execution Time: \d+\.\d{4} seconds$"#, options: .regularExpression))
    XCTAssertEqual(lines[4], "")
    XCTAssertEqual(lines[5], "  ----Wall Time----  ----Name----")
    let names = ["Parser", "'func.func' Pipeline", "  CanonicalizerPass", "  CSEPass", "SymbolDCEPass",
      "Output", "Rest", "Total"]
    for (i, name) in names.enumerated() {
      let line = lines[6 + i]
      XCTAssertNotNil(
        line.range(of: #"^ +\d+\.\d{4} \( *\d+\.\d%\)  "#, options: .regularExpression), line)
      XCTAssertTrue(line.hasSuffix("%)  " + name), line)
      XCTAssertEqual(line.firstIndex(of: "(").map { line.distance(from: line.startIndex, to: $0) }, 11)
    }
    XCTAssertTrue(lines[13].hasPrefix("    ") && lines[13].contains("(100.0%)  Total"))
  }

  // Errors in --pass-pipeline, each exactly as torch-mlir-opt prints it for
  // `torch-mlir-opt f1.mlir --pass-pipeline='<pipeline>'`.
  func testPipelineErrorsMatchReference() throws {
    let cases: [(String, String)] = [
      ("builtin.module(func.func(foo))",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:11: error: 'foo' does not refer to a registered pass or pass pipeline\nfunc.func(foo)\n          ^\n\n"),
      ("builtin.module(func.func(cse)",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline\nfunc.func(cse\n          ^\n\n"),
      ("builtin.module(func.func(cse)))",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:15: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline\nfunc.func(cse))\n              ^\n\n"),
      ("builtin.module(canonicalize{max-iterations=1)",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:13: error: missing closing '}' while processing pass options\ncanonicalize{max-iterations=1\n            ^\n\n"),
      ("builtin.module(canonicalize{foo=1})",
        "<unknown>:0: error: <Pass-Options-Parser>: no such option foo\n\nfailed to add `canonicalize` with options `foo=1`\n\n"),
      ("cse",
        "<unknown>:0: error: expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'\n"),
      ("builtin.module(cse,,cse)",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:5: error: '' does not refer to a registered pass or pass pipeline\ncse,,cse\n    ^\n\n"),
      ("builtin.module(cse canonicalize)",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:1: error: 'cse canonicalize' does not refer to a registered pass or pass pipeline\ncse canonicalize\n^\n\n"),
      ("builtin.module(func.func(cse)x,cse)",
        "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:15: error: expected ',' after parsing pipeline\nfunc.func(cse)x,cse\n              ^\n\n"),
    ]
    for (pipeline, expected) in cases {
      let (code, out, err) = try runDriver(driverInput) { $0.passPipeline = pipeline }
      XCTAssertEqual(code, 1, pipeline)
      XCTAssertEqual(out, "", pipeline)
      XCTAssertEqual(err, expected, pipeline)
    }
  }

  // torch-mlir-opt f1.mlir --pass-pipeline='func.func(cse)':
  //   f1.mlir:0:0: error: can't run 'func.func' pass manager on 'builtin.module' op
  func testAnchorMismatch() throws {
    let (code, _, err) = try runDriver(driverInput) { $0.passPipeline = "func.func(cse)" }
    XCTAssertEqual(code, 1)
    XCTAssertEqual(err, "f1.mlir:0:0: error: can't run 'func.func' pass manager on 'builtin.module' op\n")
  }

  // torch-mlir-opt f1.mlir --pass-pipeline='builtin.module(cse)' --cse
  func testPipelineAndPassFlagsConflict() throws {
    let (code, _, err) = try runDriver(driverInput) {
      $0.passPipeline = "builtin.module(cse)"
      $0.passes = [PassFlag("cse")]
    }
    XCTAssertEqual(code, 1)
    XCTAssertEqual(
      err, "<unknown>:0: error: '-pass-pipeline' option can't be used with individual pass options\n")
  }

  // torch-mlir-opt f1.mlir --canonicalize --cse --symbol-dce
  func testPassFlagsRunInOrder() throws {
    let (code, out, _) = try runDriver(driverInput) {
      $0.passes = [PassFlag("canonicalize"), PassFlag("cse"), PassFlag("symbol-dce")]
    }
    XCTAssertEqual(code, 0)
    XCTAssertEqual(out, """
      module {
        func.func @f(%arg0: i32) -> (i32, i32) {
          return %arg0, %arg0 : i32, i32
        }
      }


      """)
  }

  // torch-mlir-opt f1.mlir --pass-pipeline='builtin.module(func.func(symbol-dce))' reports the
  // error for every function (3 here), then fails.
  func testFailureInNestedPipelineReportsEveryOp() throws {
    let (code, out, err) = try runDriver(driverInput) {
      $0.passPipeline = "builtin.module(func.func(symbol-dce))"
    }
    XCTAssertEqual(code, 1)
    XCTAssertEqual(out, "")
    let needle = "error: 'func.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table"
    XCTAssertEqual(err.components(separatedBy: needle).count - 1, 3, err)
  }
}
