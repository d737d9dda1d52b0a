// The shared mixed static/dynamic index list support
// (Sources/TorchIRDialects/Support/DynamicIndexList.swift) used by the slice
// ops here and by other dialects' OffsetSizeAndStride-style lists. Printing
// and parsing are covered byte for byte by the tensor/memref fixtures; these
// tests pin the value-level API. Expected values are hand-computed.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import XCTest

final class DynamicIndexListTests: XCTestCase {
  private func parse(_ text: String) throws -> (MLIRContext, TorchIRCore.Operation) {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    let module = try Parser.parseSourceFile(SourceBuffer(name: "t.mlir", text: text), context: ctx)
    return (ctx, module)
  }

  private func firstOp(_ module: TorchIRCore.Operation, named name: String) -> TorchIRCore.Operation? {
    var found: TorchIRCore.Operation?
    module.walk { op in if found == nil && op.name.name == name { found = op } }
    return found
  }

  func testDenseArraysKeepTheDynamicSentinel() {
    let ctx = MLIRContext()
    let values: [Int64] = [0, kDynamic, 4, -1, Int64.max]
    XCTAssertEqual(denseI64ArrayValues(denseI64ArrayAttr(ctx, values)), values)
    XCTAssertEqual(denseI32ArrayInts(denseI32ArrayAttr(ctx, [1, 0, 2])), [1, 0, 2])
    // An i32 array is not an i64 array and the other way round.
    XCTAssertNil(denseI64ArrayValues(denseI32ArrayAttr(ctx, [1])))
    XCTAssertNil(denseI32ArrayInts(denseI64ArrayAttr(ctx, [1])))
    XCTAssertEqual(kDynamic, -9223372036854775808)
  }

  func testMixedListsFromAParsedSlice() throws {
    let (ctx, module) = try parse("""
      func.func @f(%t: tensor<8x16xf32>, %i: index, %j: index) -> tensor<4x?xf32> {
        %0 = tensor.extract_slice %t[0, %i] [4, %j] [1, 2] : tensor<8x16xf32> to tensor<4x?xf32>
        return %0 : tensor<4x?xf32>
      }
      """)
    defer { withExtendedLifetime(ctx) {} }
    let op = try XCTUnwrap(firstOp(module, named: "tensor.extract_slice"))
    XCTAssertEqual(denseI64ArrayValues(op.attr("static_offsets")), [0, kDynamic])
    XCTAssertEqual(denseI64ArrayValues(op.attr("static_sizes")), [4, kDynamic])
    XCTAssertEqual(denseI64ArrayValues(op.attr("static_strides")), [1, 2])
    XCTAssertEqual(denseI32ArrayInts(op.attr("operandSegmentSizes")), [1, 1, 1, 0])
    let groups = try XCTUnwrap(operandSegments(op, count: 4))
    XCTAssertEqual(groups.map(\.count), [1, 1, 1, 0])
    XCTAssertNoThrow(try verifyOperandSegments(op, count: 4))
    XCTAssertThrowsError(try verifyOperandSegments(op, count: 3))

    let offsets = try XCTUnwrap(mixedIndices([0, kDynamic], groups[1]))
    XCTAssertEqual(offsets, [.constant(0), .value(groups[1][0])])
    let (statics, values) = decomposeMixedIndices(offsets)
    XCTAssertEqual(statics, [0, kDynamic])
    XCTAssertTrue(values.count == 1 && values[0] === groups[1][0])
    XCTAssertEqual(dynamicCount([kDynamic, 3, kDynamic]), 2)
    // One value per kDynamic entry, no more and no fewer.
    XCTAssertNil(mixedIndices([kDynamic, kDynamic], groups[1]))
    XCTAssertNil(mixedIndices([0], groups[1]))
  }

  func testBadListsAreDiagnosed() throws {
    let bad = [
      "func.func @f(%t: tensor<8xf32>) {\n  %0 = tensor.extract_slice %t[x] [4] [1] : tensor<8xf32> to tensor<4xf32>\n  return\n}\n",
      "func.func @f(%t: tensor<8xf32>) {\n  %0 = tensor.extract_slice %t[0 [4] [1] : tensor<8xf32> to tensor<4xf32>\n  return\n}\n",
      "func.func @f(%t: tensor<8xf32>) {\n  %0 = tensor.extract_slice %t[0] [4] : tensor<8xf32> to tensor<4xf32>\n  return\n}\n",
    ]
    for text in bad {
      let run = runDriver(Array(text.utf8), name: "bad.mlir", flags: [])
      XCTAssertEqual(run.code, 1, text)
      XCTAssertTrue(TorchIRDialectsTests.text(run.stderr).contains("bad.mlir:2:"), TorchIRDialectsTests.text(run.stderr))
    }
  }
}
