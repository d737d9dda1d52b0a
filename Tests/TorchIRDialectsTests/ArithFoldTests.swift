// The arith folders called directly through OpInfo.fold (the canonicalize
// pass lives in TorchIRPass). Expected values are what
// `torch-mlir-opt --canonicalize` gives for the same ops.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

private let foldInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/arith_fold")

private func parseModule(_ text: String) throws -> (MLIRContext, TorchIRCore.Operation) {
  let ctx = MLIRContext()
  registerAllDialects(ctx)
  installPrintHooks(ctx)
  let module = try Parser.parseSourceFile(SourceBuffer(name: "t.mlir", text: text), context: ctx)
  return (ctx, module)
}

/// Folds the op defining `value`, with the constants its operands come from.
private func foldDefiningOp(_ value: Value) -> String {
  guard let op = value.definingOp, let fold = op.name.info?.fold else { return "no folder" }
  let consts = op.operandValues.map { v -> Attribute? in
    guard let d = v.definingOp, d.name.name == "arith.constant" else { return nil }
    return d.attr("value")
  }
  guard let results = fold(op, consts), let first = results.first else { return "not folded" }
  switch first {
  case .attribute(let a): return attributeString(a)
  case .value(let v):
    if let arg = v as? BlockArgument { return "%arg\(arg.index)" }
    return "value"
  }
}

/// The values returned by the first function of `module`, folded.
private func foldReturned(_ module: TorchIRCore.Operation) -> [String] {
  var out: [String] = []
  module.walk { op in
    if op.name.name == "func.return" { out = op.operandValues.map(foldDefiningOp) }
  }
  return out
}

final class ArithFoldTests: XCTestCase {
  func testConstantFolding() throws {
    let data = try XCTUnwrap(FileManager.default.contents(
      atPath: foldInputs.appendingPathComponent("constant_fold.mlir").path))
    let (ctx, module) = try parseModule(String(decoding: data, as: UTF8.self))
    // Types and attributes point at the context without owning it.
    defer { withExtendedLifetime(ctx) {} }
    XCTAssertEqual(foldReturned(module), [
      "-128 : i8", "-3 : i8", "-3 : i8", "-4 : i8", "-1 : i8", "127 : i8", "-4 : i8", "60 : i8",
      "-2 : i8", "125 : i8", "true", "false", "0.333333343 : f32", "4.000000e+00 : f32", "false",
      "true", "-1 : i32", "255 : i32", "44 : i8", "-7.000000e+00 : f32", "-2 : i32", "-1 : index",
      "1065353216 : i32", "0.000000e+00 : f32", "-0.000000e+00 : f32", "-3.000000e+00 : f32",
      "1.500000e+00 : f16", "1 : i8",
    ])
  }

  /// Identities with one non-constant operand fold to that operand or to a
  /// constant.
  func testIdentities() throws {
    let (ctx, module) = try parseModule("""
      func.func @f(%a: i32, %x: f32, %c: i1) -> (i32, i32, i32, i32, i32, i32, i32, f32, f32, f32, i32, i32, i1, i32, i1, i32, i32) {
        %c0 = arith.constant 0 : i32
        %c1 = arith.constant 1 : i32
        %m1 = arith.constant -1 : i32
        %one = arith.constant 1.0 : f32
        %nz = arith.constant -0.0 : f32
        %t = arith.constant true
        %0 = arith.addi %a, %c0 : i32
        %1 = arith.muli %a, %c1 : i32
        %2 = arith.muli %a, %c0 : i32
        %3 = arith.subi %a, %a : i32
        %4 = arith.andi %a, %m1 : i32
        %5 = arith.ori %a, %m1 : i32
        %6 = arith.xori %a, %a : i32
        %7 = arith.mulf %x, %one : f32
        %8 = arith.addf %x, %nz : f32
        %9 = arith.divf %x, %one : f32
        %10 = arith.select %t, %a, %c0 : i32
        %11 = arith.select %c, %a, %a : i32
        %12 = arith.cmpi sle, %a, %a : i32
        %13 = arith.divsi %a, %c1 : i32
        %14 = arith.cmpi ne, %a, %a : i32
        %15 = arith.maxsi %a, %a : i32
        %16 = arith.remui %a, %c1 : i32
        return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16 : i32, i32, i32, i32, i32, i32, i32, f32, f32, f32, i32, i32, i1, i32, i1, i32, i32
      }
      """)
    // Types and attributes point at the context without owning it.
    defer { withExtendedLifetime(ctx) {} }
    XCTAssertEqual(foldReturned(module), [
      "%arg0", "%arg0", "0 : i32", "0 : i32", "%arg0", "-1 : i32", "0 : i32", "%arg1", "%arg1",
      "%arg1", "%arg0", "%arg0", "true", "%arg0", "false", "%arg0", "0 : i32",
    ])
  }

  /// Undefined behaviour (division by zero, signed overflow of divsi, shifts
  /// by the bit width) is left alone, as MLIR does.
  func testNoFoldOnUndefinedBehaviour() throws {
    let (ctx, module) = try parseModule("""
      func.func @f() -> (i8, i8, i8) {
        %z = arith.constant 0 : i8
        %min = arith.constant -128 : i8
        %m1 = arith.constant -1 : i8
        %c8 = arith.constant 8 : i8
        %0 = arith.divsi %m1, %z : i8
        %1 = arith.divsi %min, %m1 : i8
        %2 = arith.shli %m1, %c8 : i8
        return %0, %1, %2 : i8, i8, i8
      }
      """)
    // Types and attributes point at the context without owning it.
    defer { withExtendedLifetime(ctx) {} }
    XCTAssertEqual(foldReturned(module), ["not folded", "not folded", "not folded"])
  }

  func testMaterializeConstant() throws {
    let (ctx, module) = try parseModule("func.func @f() {\n  return\n}\n")
    var block: Block?
    module.walk { op in if op.name.name == "func.func" { block = op.region(0).entryBlock } }
    let entry = try XCTUnwrap(block)
    let builder = OpBuilder(ctx, at: .atStart(entry))
    let i32 = ctx.integerType(32)
    let dialect = try XCTUnwrap(ctx.dialect("arith"))
    let op = try XCTUnwrap(dialect.materializeConstant(
      builder, value: ctx.integerAttr(5, i32), type: i32, location: .unknown))
    XCTAssertEqual(operationString(op), "%c5_i32 = arith.constant 5 : i32")
    XCTAssertNil(dialect.materializeConstant(
      builder, value: ctx.integerAttr(5, i32), type: ctx.i64Type, location: .unknown))
  }
}
