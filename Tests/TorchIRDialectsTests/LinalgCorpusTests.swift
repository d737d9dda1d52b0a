// The linalg dialect's .mlir inputs (Inputs/linalg) run through torchir-opt's
// driver in-process and compared byte for byte with torch-mlir-opt's outputs
// in Tests/Fixtures/linalg (made by make_dialect_fixtures.py --dialect linalg);
// inputs starting with `// RUN:` are --verify-diagnostics tests confirmed by
// the reference tool. The generic outputs print the bodies the named ops'
// parser builds, so they check the region builder op for op.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let linalgInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/linalg")
private let linalgFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/linalg")

final class LinalgCorpusTests: XCTestCase {
  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(mlirFileNames(in: linalgInputs).count, 4)
  }

  /// Custom and generic printing match the reference tool byte for byte, and
  /// both printed forms re-parse to the reference custom text.
  func testPrintingMatchesReference() throws {
    for name in mlirFileNames(in: linalgInputs) {
      let input = try XCTUnwrap(contents(linalgInputs.appendingPathComponent(name)))
      if input.starts(with: Array("// RUN:".utf8)) { continue }
      let base = String(name.dropLast(5))
      let custom = try XCTUnwrap(contents(linalgFixtures.appendingPathComponent("\(base).custom.mlir")))
      for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
        let fixture = linalgFixtures.appendingPathComponent("\(base).\(kind).mlir")
        let expected = try XCTUnwrap(contents(fixture), "missing \(fixture.path)")
        let run = runDriver(input, name: name, flags: flags)
        XCTAssertEqual(run.code, 0, "\(name) \(kind): \(text(run.stderr))")
        XCTAssertEqual(run.stdout, expected, "\(name) \(kind): \(firstDifference(expected, run.stdout))")
        let again = runDriver(run.stdout, name: name, flags: [])
        XCTAssertEqual(again.stdout, custom, "\(name) \(kind) re-parsed: \(firstDifference(custom, again.stdout))")
      }
    }
  }

  /// `expected-error` lines were checked with torch-mlir-opt; ours must agree.
  func testDiagnostics() throws {
    var ran = 0
    for name in mlirFileNames(in: linalgInputs) {
      let input = try XCTUnwrap(contents(linalgInputs.appendingPathComponent(name)))
      guard input.starts(with: Array("// RUN:".utf8)) else { continue }
      let run = runDriver(input, name: name, flags: runLineFlags(input))
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      ran += 1
    }
    XCTAssertGreaterThan(ran, 0)
  }

  /// A named op whose body cannot be built is a parse error at the op, not
  /// a crash: the reference has unsigned max for integers only.
  func testRegionBuilderErrors() {
    let input = Array("""
      func.func @f(%i: tensor<1x4x4x1xf32>, %k: tensor<2x2xf32>, %o: tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32> {
        %0 = linalg.pooling_nhwc_max_unsigned ins(%i, %k : tensor<1x4x4x1xf32>, tensor<2x2xf32>) outs(%o : tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
        return %0 : tensor<1x3x3x1xf32>
      }
      func.func @g(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xf32> {
        %0 = linalg.add ins(%a, %b : tensor<4xf32>, tensor<4xi32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
        return %0 : tensor<4xf32>
      }

      """.utf8)
    let run = runDriver(input, name: "in.mlir", flags: [])
    XCTAssertNotEqual(run.code, 0)
    // Message text from torch-mlir-opt on the same input.
    XCTAssertTrue(
      text(run.stderr).hasPrefix(
        "in.mlir:2:41: error: custom op 'linalg.pooling_nhwc_max_unsigned' unsupported operation: unsigned max not on uint\n"),
      text(run.stderr))
    let second = Array(String(decoding: input, as: UTF8.self).split(separator: "\n").dropFirst(4)
      .joined(separator: "\n").utf8)
    let run2 = runDriver(second, name: "in.mlir", flags: [])
    XCTAssertNotEqual(run2.code, 0)
    XCTAssertTrue(
      text(run2.stderr).hasPrefix(
        "in.mlir:2:19: error: custom op 'linalg.add' Cannot build binary Linalg operation: expects allComplex, allFloatingPoint, or allInteger, got 'f32' and 'i32'\n"),
      text(run2.stderr))
  }

  /// Every structured op describes itself as a linalg.generic: one map per
  /// operand over the loops, an iterator type per loop, a body whose block
  /// takes one element per operand and yields one per output.
  func testStructuredOpDescriptions() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    var seen = Set<String>()
    for name in mlirFileNames(in: linalgInputs) {
      let input = try XCTUnwrap(contents(linalgInputs.appendingPathComponent(name)))
      if input.starts(with: Array("// RUN:".utf8)) { continue }
      let module = try Parser.parseSourceFile(SourceBuffer(name: name, bytes: input), context: ctx)
      try Verifier().verify(module)
      module.walk { op in
        // pack, unpack, softmax and the Winograd transforms have no body and
        // are not structured ops.
        guard op.name.name.hasPrefix("linalg."), !op.name.name.hasPrefix("linalg.winograd_"),
          !["linalg.yield", "linalg.index", "linalg.pack", "linalg.unpack", "linalg.softmax"].contains(op.name.name)
        else { return }
        seen.insert(op.name.name)
        guard let d = structuredOpDescription(op) else {
          XCTFail("\(op.name.name) has no description")
          return
        }
        XCTAssertEqual(d.inputs.count + d.outputs.count, op.numOperands, op.name.name)
        XCTAssertEqual(d.indexingMaps.count, op.numOperands, op.name.name)
        for m in d.indexingMaps {
          XCTAssertEqual(m.numDims, d.iteratorTypes.count, op.name.name)
          XCTAssertEqual(m.numSymbols, 0, op.name.name)
        }
        XCTAssertEqual(d.body?.arguments.count, op.numOperands, op.name.name)
        XCTAssertEqual(d.body?.terminator?.name.name, "linalg.yield", op.name.name)
        XCTAssertEqual(d.body?.terminator?.numOperands, d.outputs.count, op.name.name)
      }
    }
    // 81 OpDSL ops, 3 contractions, contract, elementwise, generic, map,
    // reduce, transpose, broadcast.
    XCTAssertEqual(seen.count, 91)
  }

  /// The maps and iterator types of a few ops, written out by hand from
  /// their definitions (conv with strides 2 and dilations 1, 3: MLIR's
  /// generic print of the same op shows the same maps).
  func testKnownDescriptions() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    let source = """
      func.func @f(%i: tensor<1x3x16x16xf32>, %w: tensor<8x3x3x3xf32>, %o: tensor<1x8x7x5xf32>, %a: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<1x8x7x5xf32> {
        %0 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 3]> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%i, %w : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%o : tensor<1x8x7x5xf32>) -> tensor<1x8x7x5xf32>
        %1 = linalg.reduce { arith.addf } ins(%a : tensor<4x8xf32>) outs(%b : tensor<8xf32>) dimensions = [0]
        return %0 : tensor<1x8x7x5xf32>
      }
      """
    let module = try Parser.parseSourceFile(SourceBuffer(name: "f.mlir", bytes: Array(source.utf8)), context: ctx)
    try Verifier().verify(module)
    var ops: [TorchIRCore.Operation] = []
    module.walk { if $0.name.name == "linalg.conv_2d_nchw_fchw" || $0.name.name == "linalg.reduce" { ops.append($0) } }
    XCTAssertEqual(ops.count, 2)
    let conv = try XCTUnwrap(structuredOpDescription(ops[0]))
    let d = (0..<7).map { AffineExpr.dim($0) }
    XCTAssertEqual(conv.indexingMaps[0].results, [
      d[0], d[4], .add(lhs: .mul(lhs: d[2], rhs: .constant(2)), rhs: d[5]),
      .add(lhs: .mul(lhs: d[3], rhs: .constant(2)), rhs: .mul(lhs: d[6], rhs: .constant(3))),
    ])
    XCTAssertEqual(conv.indexingMaps[1].results, [d[1], d[4], d[5], d[6]])
    XCTAssertEqual(conv.indexingMaps[2].results, [d[0], d[1], d[2], d[3]])
    XCTAssertEqual(conv.iteratorTypes, [.parallel, .parallel, .parallel, .parallel, .reduction, .reduction, .reduction])
    let reduce = try XCTUnwrap(structuredOpDescription(ops[1]))
    XCTAssertEqual(reduce.indexingMaps.map(\.results), [[d[0], d[1]], [d[1]]])
    XCTAssertEqual(reduce.iteratorTypes, [.reduction, .parallel])
  }

  /// Truncated and corrupted linalg text gives diagnostics, never a crash:
  /// every input cut at many points, and with each `linalg.` op name swapped
  /// for another op's (wrong operand counts, attributes and bodies); torch-mlir-opt
  /// rejects each of those mutated files too (checked when the list was made).
  func testHostileInputsDoNotCrash() throws {
    var runs = 0
    for name in ["ops.mlir", "generic.mlir", "relayout.mlir", "softmax_winograd.mlir", "elementwise_contract.mlir"] {
      let input = try XCTUnwrap(contents(linalgInputs.appendingPathComponent(name)))
      var cut = 0
      while cut < input.count {
        _ = runDriver(Array(input[..<cut]), name: name, flags: [])
        runs += 1
        cut += 97
      }
      let text = String(decoding: input, as: UTF8.self)
      let swaps = [
        ("linalg.matmul", "linalg.fill"), ("linalg.map", "linalg.reduce"), ("linalg.generic", "linalg.map"),
        ("linalg.transpose", "linalg.broadcast"), ("linalg.pack", "linalg.unpack"), ("linalg.softmax", "linalg.pack"),
        ("linalg.conv_2d_nchw_fchw", "linalg.add"), ("linalg.elementwise", "linalg.contract"),
        ("linalg.reduce", "linalg.map"), ("linalg.winograd_filter_transform", "linalg.winograd_output_transform"),
        ("\"linalg.matmul\"", "\"linalg.generic\""), ("\"linalg.generic\"", "\"linalg.matmul\""),
        ("\"linalg.reduce\"", "\"linalg.transpose\""), ("\"linalg.pack\"", "\"linalg.unpack\""),
        ("\"linalg.unpack\"", "\"linalg.pack\""), ("\"linalg.map\"", "\"linalg.reduce\""),
        ("\"linalg.elementwise\"", "\"linalg.contract\""), ("\"linalg.softmax\"", "\"linalg.winograd_input_transform\""),
        ("linalg.memoized_indexing_maps = [#map", "linalg.memoized_indexing_maps = [#map1"),
        ("operandSegmentSizes = array<i32: 2, 1>", "operandSegmentSizes = array<i32: 3, 0>"),
        ("operandSegmentSizes = array<i32: 1, 1, 0, 0>", "operandSegmentSizes = array<i32: 1, 0, 1, 0>"),
        ("permutation = array<i64: 1, 0>", "permutation = array<i64: 7, -1>"),
        ("dimensions = array<i64: 1>", "dimensions = array<i64: 9>"),
        ("static_inner_tiles = array<i64: 8, 32>", "static_inner_tiles = array<i64: 8>"),
        ("dim = 1 : i64", "dim = -5 : i64"),
      ]
      for (from, to) in swaps where text.contains(from) {
        let mutated = text.replacingOccurrences(of: from, with: to)
        let run = runDriver(Array(mutated.utf8), name: name, flags: [])
        XCTAssertNotEqual(run.code, 0, "\(name): \(from) -> \(to) was accepted")
        runs += 1
      }
    }
    XCTAssertGreaterThan(runs, 100)
  }

  /// Ops built from Swift print as the parsed ones do: a matmul on i8
  /// operands with an i32 accumulator and a generic adding two tensors print
  /// as torch-mlir-opt prints the same ops written by hand (Inputs/linalg/
  /// builders.mlir), in custom and generic form.
  func testBuilders() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    let source = """
      func.func @f(%a: tensor<4x8xi8>, %b: tensor<8x16xi8>, %c: tensor<4x16xi32>) -> tensor<4x16xi32> {
        return %c : tensor<4x16xi32>
      }
      """
    let module = try Parser.parseSourceFile(SourceBuffer(name: "f.mlir", bytes: Array(source.utf8)), context: ctx)
    var ret: TorchIRCore.Operation?
    module.walk { if $0.name.name == "func.return" { ret = $0 } }
    let returnOp = try XCTUnwrap(ret)
    let args = Array(try XCTUnwrap(returnOp.block?.arguments)).map { $0 as Value }
    var b = OpBuilder(ctx)
    b.setInsertionPoint(before: returnOp)
    let mm = try buildNamedStructuredOp(b, name: "linalg.matmul", inputs: [args[0], args[1]], outputs: [args[2]])
    let add = buildGenericOp(
      b, inputs: [mm.result(0)], outputs: [mm.result(0)], indexingMaps: [.identity(2), .identity(2)],
      iteratorTypes: [.parallel, .parallel]
    ) { inner, values in
      let sum = inner.create("arith.addi", operands: [values[0], values[1]], resultTypes: [values[0].type])
      return [sum.result(0)]
    }
    returnOp.setOperand(0, add.result(0))
    try Verifier().verify(module)
    for generic in [false, true] {
      var options = AsmPrinterOptions()
      options.printGenericOpForm = generic
      let out = OutputSink()
      printOperation(module, options: options, to: out)
      let fixture = linalgFixtures.appendingPathComponent("builders.\(generic ? "generic" : "custom").mlir")
      let expected = try XCTUnwrap(contents(fixture))
      // The tool ends its output with one more newline than the module's.
      let printed = out.bytes + [UInt8(ascii: "\n")]
      XCTAssertEqual(text(printed), text(expected), firstDifference(expected, printed))
    }
    XCTAssertThrowsError(try buildNamedStructuredOp(b, name: "linalg.matmul", inputs: [args[0]], outputs: [args[2]]))
    XCTAssertThrowsError(try buildNamedStructuredOp(b, name: "linalg.nope", inputs: [], outputs: []))
  }

  /// --canonicalize gives torch-mlir-opt's output byte for byte
  /// (Tests/Fixtures/linalg_canonicalize, made by
  /// make_linalg_flag_fixtures.py): identity transposes, broadcasts,
  /// copies and generics go away, transposes and broadcasts combine, and the
  /// ops left dead on tensors are erased.
  func testCanonicalization() throws {
    try compareWithFlagFixtures("linalg_canonicalize", ["--canonicalize"])
    // And every linalg corpus file canonicalizes as the reference does.
    let fixtures = linalgFixtures.deletingLastPathComponent().appendingPathComponent("linalg_canonicalized")
    let names = mlirFileNames(in: fixtures)
    XCTAssertGreaterThanOrEqual(names.count, 8)
    for name in names {
      let input = try XCTUnwrap(contents(linalgInputs.appendingPathComponent(name)))
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent(name)))
      let run = runDriver(input, name: name, flags: ["--canonicalize"])
      XCTAssertEqual(run.code, 0, text(run.stderr))
      XCTAssertEqual(run.stdout, expected, "\(name): \(firstDifference(expected, run.stdout))")
    }
  }

  /// The bodies the parsers build carry MLIR's locations: unknown for named
  /// ops' bodies, the op's for map/reduce payloads and for the yield of
  /// transpose/broadcast, whose block arguments take their operands'
  /// (Tests/Fixtures/linalg_debuginfo, made by make_linalg_flag_fixtures.py).
  func testDebugInfo() throws {
    try compareWithFlagFixtures("linalg_debuginfo", ["--mlir-print-op-generic", "--mlir-print-debuginfo"])
  }

  private func compareWithFlagFixtures(_ dir: String, _ flags: [String]) throws {
    let inputs = linalgInputs.deletingLastPathComponent().appendingPathComponent(dir)
    let fixtures = linalgFixtures.deletingLastPathComponent().appendingPathComponent(dir)
    let names = mlirFileNames(in: inputs)
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent(name)))
      let run = runDriver(input, name: name, flags: flags)
      XCTAssertEqual(run.code, 0, text(run.stderr))
      XCTAssertEqual(run.stdout, expected, "\(name): \(firstDifference(expected, run.stdout))")
    }
  }

  /// Real linalg as torch-mlir emits it: small Torch programs lowered by the
  /// reference to the linalg-on-tensors contract and printed in generic form
  /// (Tests/Fixtures/linalg_pipeline, made by make_linalg_pipeline_fixtures.py).
  /// Read with their tensor ops as unregistered ops, they print back byte for
  /// byte, and through our custom form too.
  func testTorchMlirPipelineOutput() throws {
    let dir = linalgFixtures.deletingLastPathComponent().appendingPathComponent("linalg_pipeline")
    let names = mlirFileNames(in: dir)
    XCTAssertEqual(names.count, 3)
    let flags = ["--allow-unregistered-dialect", "--mlir-print-op-generic"]
    for name in names {
      let input = try XCTUnwrap(contents(dir.appendingPathComponent(name)))
      let run = runDriver(input, name: name, flags: flags)
      XCTAssertEqual(run.code, 0, text(run.stderr))
      XCTAssertEqual(run.stdout, input, "\(name): \(firstDifference(input, run.stdout))")
      let custom = runDriver(input, name: name, flags: ["--allow-unregistered-dialect"])
      XCTAssertEqual(custom.code, 0, text(custom.stderr))
      XCTAssertTrue(text(custom.stdout).contains("linalg.generic {indexing_maps"), name)
      let again = runDriver(custom.stdout, name: name, flags: flags)
      XCTAssertEqual(again.stdout, input, "\(name) via custom form: \(firstDifference(input, again.stdout))")
      // The pipeline's output is canonical: torch-mlir-opt --canonicalize
      // leaves it unchanged (checked when the fixtures were made), so must we.
      let canonical = runDriver(input, name: name, flags: flags + ["--canonicalize"])
      XCTAssertEqual(canonical.stdout, input, "\(name) canonicalized: \(firstDifference(input, canonical.stdout))")
    }
  }

  /// Custom-form parse errors (enum attributes, dynamic index lists) are the
  /// reference's first error of each split, position and text
  /// (Tests/Fixtures/linalg_parse_errors, made by make_linalg_flag_fixtures.py).
  func testParseErrorsMatchReference() throws {
    let inputs = linalgInputs.deletingLastPathComponent().appendingPathComponent("linalg_parse_errors")
    let fixtures = linalgFixtures.deletingLastPathComponent().appendingPathComponent("linalg_parse_errors")
    for name in mlirFileNames(in: inputs) {
      let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent(
        String(name.dropLast(5)) + ".first-errors.txt")))
      let run = runDriver(input, name: name, flags: ["--split-input-file"])
      XCTAssertNotEqual(run.code, 0)
      let errors = text(run.stderr).split(separator: "\n").filter { $0.contains(": error: ") }
      XCTAssertEqual(errors.joined(separator: "\n") + "\n", text(expected))
    }
  }
}
