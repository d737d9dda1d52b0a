// The hand-written Torch ops and the torch_c dialect: the .mlir inputs under
// Inputs/torch_ops run through torchir-opt's driver in-process and are
// compared byte for byte with torch-mlir-opt's outputs in
// Tests/Fixtures/torch_ops (made by Tests/Fixtures/make_torch_op_fixtures.py).
// Inputs starting with `// RUN:` are --verify-diagnostics tests (confirmed
// with the reference tool) or --canonicalize tests (compared with the
// reference's canonicalized output).

import Foundation
import TorchIRAsm
import TorchIRCore
@testable import TorchIRDialects
import TorchIRTool
import XCTest

private let opInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/torch_ops")
private let opFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/torch_ops")

final class TorchOpsTests: XCTestCase {
  private func inputs() -> [URL] { mlirFiles(in: opInputs) }

  func testInputsExist() {
    XCTAssertGreaterThanOrEqual(inputs().count, 12)
  }

  /// Custom and generic printing equal torch-mlir-opt's, and both printed
  /// forms re-parse to the reference custom text.
  func testPrintingMatchesReference() throws {
    var checked = 0
    for input in inputs() {
      let source = try XCTUnwrap(contents(input))
      if !runLineFlags(source).isEmpty { continue }
      let name = input.lastPathComponent
      let base = input.deletingPathExtension().lastPathComponent
      let custom = try XCTUnwrap(contents(opFixtures.appendingPathComponent("\(base).custom.mlir")), base)
      for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
        let expected = try XCTUnwrap(contents(opFixtures.appendingPathComponent("\(base).\(kind).mlir")))
        let r = runDriver(source, name: name, flags: flags)
        XCTAssertEqual(r.code, 0, "\(name) \(kind): \(text(r.stderr))")
        XCTAssertEqual(r.stdout, expected, "\(name) \(kind): \(firstDifference(expected, r.stdout))")
        let again = runDriver(r.stdout, name: name, flags: [])
        XCTAssertEqual(again.stdout, custom, "\(name) \(kind) re-parsed: \(firstDifference(custom, again.stdout))")
        checked += 1
      }
    }
    XCTAssertGreaterThanOrEqual(checked, 16)
  }

  /// `expected-error` / `expected-note` lines, each confirmed by the
  /// reference tool, hold for TorchIR too.
  func testVerifyDiagnostics() throws {
    var checked = 0
    for input in inputs() {
      let source = try XCTUnwrap(contents(input))
      let flags = runLineFlags(source)
      guard flags.contains("--verify-diagnostics") else { continue }
      let r = runDriver(source, name: input.lastPathComponent, flags: flags)
      XCTAssertEqual(r.code, 0, "\(input.lastPathComponent):\n\(text(r.stderr))")
      checked += 1
    }
    XCTAssertGreaterThanOrEqual(checked, 3)
  }

  /// `--canonicalize` output (folders, canonicalization patterns and
  /// constant materialization of torch and torch_c) equals the reference's.
  func testCanonicalizeMatchesReference() throws {
    var checked = 0
    for input in inputs() {
      let source = try XCTUnwrap(contents(input))
      let flags = runLineFlags(source)
      guard flags == ["--canonicalize"] else { continue }
      let base = input.deletingPathExtension().lastPathComponent
      let expected = try XCTUnwrap(contents(opFixtures.appendingPathComponent("\(base).canonicalize.mlir")))
      let r = runDriver(source, name: input.lastPathComponent, flags: flags)
      XCTAssertEqual(r.code, 0, "\(base): \(text(r.stderr))")
      XCTAssertEqual(r.stdout, expected, "\(base): \(firstDifference(expected, r.stdout))")
      checked += 1
    }
    XCTAssertGreaterThanOrEqual(checked, 3)
  }

  /// Truncated and corrupted inputs give diagnostics, never a crash: every
  /// prefix of each input (at a stride) and each input with one byte
  /// replaced runs to completion with a non-zero exit when it fails.
  func testMalformedInputsDoNotCrash() throws {
    for input in inputs() {
      let source = try XCTUnwrap(contents(input))
      let name = input.lastPathComponent
      // About 20 prefixes per file.
      let stride = max(61, source.count / 20)
      var cut = 7
      while cut < source.count {
        let r = runDriver(Array(source[..<cut]), name: name, flags: [])
        if r.code != 0 { XCTAssertFalse(r.stderr.isEmpty, "\(name) cut at \(cut): silent failure") }
        cut += stride
      }
      for (at, byte) in [(source.count / 3, UInt8(ascii: "%")), (source.count / 2, UInt8(ascii: ":"))] {
        var bad = source
        bad[at] = byte
        let r = runDriver(bad, name: name, flags: [])
        if r.code != 0 { XCTAssertFalse(r.stderr.isEmpty, "\(name) corrupted at \(at): silent failure") }
      }
    }
  }

  /// `%float...` result names follow APFloat::toString(6, 0, false) with
  /// `+` dropped (values checked against torch-mlir-opt's names in
  /// constants.custom.mlir).
  func testFloatResultNames() {
    func name(_ d: Double) -> String {
      torchFloatResultName(bits: APInt(width: 64, value: d.bitPattern), kind: .f64)
    }
    XCTAssertEqual(name(1.0), "float1.000000e00")
    XCTAssertEqual(name(-1.0), "float-1.000000e00")
    XCTAssertEqual(name(1e-10), "float1.000000e-10")
    XCTAssertEqual(name(123456789.0), "float1.234570e08")
    XCTAssertEqual(name(.infinity), "floatInf")
    XCTAssertEqual(name(-.infinity), "float-Inf")
    XCTAssertEqual(name(.nan), "floatNaN")
  }

  /// The torch dialect materializes constants of Torch types with the
  /// torch.constant.* ops (TorchDialect::materializeConstant).
  func testMaterializeConstant() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    let torch = try XCTUnwrap(ctx.dialect("torch"))
    let block = Block()
    var b = OpBuilder(ctx)
    b.setInsertionPointToEnd(block)
    let i64 = ctx.integerType(64)
    let int = try XCTUnwrap(torch.materializeConstant(
      b, value: ctx.integerAttr(5, i64), type: TorchSimpleType.int.type(in: ctx), location: .unknown))
    XCTAssertEqual(int.name.name, "torch.constant.int")
    let none = try XCTUnwrap(torch.materializeConstant(
      b, value: ctx.typeAttr(TorchSimpleType.none.type(in: ctx)), type: TorchSimpleType.none.type(in: ctx),
      location: .unknown))
    XCTAssertEqual(none.name.name, "torch.constant.none")
    let bool = try XCTUnwrap(torch.materializeConstant(
      b, value: ctx.boolAttr(true), type: TorchSimpleType.bool.type(in: ctx), location: .unknown))
    XCTAssertEqual(bool.name.name, "torch.constant.bool")
    // A float value for an int type is not buildable.
    XCTAssertNil(torch.materializeConstant(
      b, value: ctx.stringAttr("x"), type: TorchSimpleType.int.type(in: ctx), location: .unknown))
  }
}

final class TorchOpBuilderTests: XCTestCase {
  /// Ops made through the builders verify and print as torch-mlir-opt
  /// prints the same ops (lines of constants.custom.mlir, prim.custom.mlir
  /// and tensors.custom.mlir).
  func testBuildersMakeValidOps() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    let module = try Parser.parseSourceFile(
      SourceBuffer(name: "b.mlir", text: "func.func @f() {\n  return\n}\n"), context: ctx)
    var ret: TorchIRCore.Operation?
    module.walk { if $0.name.name == "func.return" { ret = $0 } }
    var b = OpBuilder(ctx)
    b.setInsertionPoint(before: try XCTUnwrap(ret))
    let int = b.torchConstantInt(3, location: .unknown)
    _ = b.torchConstantFloat(1.0, location: .unknown)
    _ = b.torchConstantBool(true, location: .unknown)
    _ = b.torchConstantStr("some str", location: .unknown)
    _ = b.torchConstantNone(location: .unknown)
    _ = b.torchListConstruct([int, int], elementType: TorchSimpleType.int.type(in: ctx), location: .unknown)
    let dense = ctx.denseElementsAttr(
      ctx.tensorType([3], ctx.integerType(64, .signed)), rawData: (1...3).flatMap { [UInt8($0), 0, 0, 0, 0, 0, 0, 0] })
    let literal = try XCTUnwrap(b.torchVtensorLiteral(dense, location: .unknown))
    _ = b.torchDerefine(int, to: TorchContainerType(.optional, of: int.type).type(in: ctx), location: .unknown)
    _ = b.torchStaticInfoCast(
      literal, to: TorchTensorType(sizes: nil, dtype: nil, hasValueSemantics: true).type(in: ctx), location: .unknown)
    var invalid: [String] = []
    module.walk { op in
      do { try op.name.info?.verify?(op) } catch { invalid.append(op.name.name) }
    }
    XCTAssertEqual(invalid, [])
    let out = OutputSink()
    printOperation(module, options: AsmPrinterOptions(), to: out)
    let printed = text(out.bytes)
    for line in [
      "%int3 = torch.constant.int 3", "%float1.000000e00 = torch.constant.float 1.000000e+00",
      "%true = torch.constant.bool true", "%str = torch.constant.str \"some str\"", "%none = torch.constant.none",
      "%0 = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>",
      "%1 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>",
      "%2 = torch.derefine %int3 : !torch.int to !torch.optional<int>",
      "%3 = torch.tensor_static_info_cast %1 : !torch.vtensor<[3],si64> to !torch.vtensor",
    ] {
      XCTAssertTrue(printed.contains("    " + line + "\n"), "missing \(line) in\n\(printed)")
    }
    // A non-elements value makes no literal.
    XCTAssertNil(b.torchVtensorLiteral(ctx.stringAttr("x"), location: .unknown))
  }
}
