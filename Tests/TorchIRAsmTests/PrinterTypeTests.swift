// Builtin types as mlir-opt spells them. Expected strings come from
// `torch-mlir-opt --allow-unregistered-dialect --mlir-print-local-scope` on
//   "foo.t"() {a = i1, b = si8, ..., ad = tensor<?x?xf32, #foo.enc>} : () -> ()
// (the type attributes print exactly as the types do).

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterTypeTests: XCTestCase {
  let ctx = makePrinterTestContext()

  func testScalarTypes() {
    XCTAssertEqual(typeString(ctx.integerType(1)), "i1")
    XCTAssertEqual(typeString(ctx.integerType(8, .signed)), "si8")
    XCTAssertEqual(typeString(ctx.integerType(16, .unsigned)), "ui16")
    XCTAssertEqual(typeString(ctx.integerType(0)), "i0")
    XCTAssertEqual(typeString(ctx.indexType), "index")
    XCTAssertEqual(typeString(ctx.noneType), "none")
    XCTAssertEqual(typeString(ctx.floatType(.bf16)), "bf16")
    XCTAssertEqual(typeString(ctx.floatType(.f8E4M3FN)), "f8E4M3FN")
    XCTAssertEqual(typeString(ctx.type(.complex(ctx.f32Type))), "complex<f32>")
  }

  func testTupleAndFunctionTypes() {
    let i32 = ctx.integerType(32)
    XCTAssertEqual(typeString(ctx.tupleType([])), "tuple<>")
    XCTAssertEqual(typeString(ctx.tupleType([i32, ctx.tupleType([ctx.f64Type])])), "tuple<i32, tuple<f64>>")
    XCTAssertEqual(typeString(ctx.functionType([], [])), "() -> ()")
    XCTAssertEqual(typeString(ctx.functionType([i32, ctx.f32Type], [ctx.i1Type])), "(i32, f32) -> i1")
    // A single function-typed result keeps its parentheses.
    XCTAssertEqual(
      typeString(ctx.functionType([], [ctx.functionType([], [])])), "() -> (() -> ())")
    XCTAssertEqual(
      typeString(ctx.functionType([i32], [ctx.i1Type, ctx.integerType(2)])), "(i32) -> (i1, i2)")
  }

  func testShapedTypes() {
    let f32 = ctx.f32Type
    XCTAssertEqual(typeString(ctx.tensorType([4, kDynamic], f32)), "tensor<4x?xf32>")
    XCTAssertEqual(typeString(ctx.tensorType([], f32)), "tensor<f32>")
    XCTAssertEqual(typeString(ctx.type(.unrankedTensor(element: ctx.integerType(8)))), "tensor<*xi8>")
    XCTAssertEqual(
      typeString(ctx.tensorType([2], f32, encoding: ctx.stringAttr("enc"))), "tensor<2xf32, \"enc\">")
    XCTAssertEqual(
      typeString(ctx.tensorType([kDynamic, kDynamic], f32,
        encoding: ctx.attribute(.opaque(dialect: "foo", body: "enc", type: nil)))),
      "tensor<?x?xf32, #foo.enc>")
    XCTAssertEqual(
      typeString(ctx.type(.vector(shape: [4], scalable: [false], element: f32))), "vector<4xf32>")
    XCTAssertEqual(
      typeString(ctx.type(.vector(shape: [2, 4], scalable: [false, true], element: ctx.i1Type))),
      "vector<2x[4]xi1>")
  }

  func testMemrefTypes() {
    let f32 = ctx.f32Type
    func memref(_ shape: [Int64], layout: Attribute? = nil, space: Attribute? = nil) -> Type {
      ctx.type(.memref(shape: shape, element: f32, layout: layout, memorySpace: space))
    }
    XCTAssertEqual(typeString(memref([4, kDynamic])), "memref<4x?xf32>")
    // Memory spaces print with the i64 type elided.
    XCTAssertEqual(typeString(memref([4], space: ctx.integerAttr(1, ctx.i64Type))), "memref<4xf32, 1>")
    XCTAssertEqual(
      typeString(memref([4], space: ctx.integerAttr(1, ctx.integerType(32)))), "memref<4xf32, 1 : i32>")
    XCTAssertEqual(
      typeString(ctx.type(.unrankedMemref(element: f32, memorySpace: ctx.stringAttr("gpu")))),
      "memref<*xf32, \"gpu\">")
    XCTAssertEqual(
      typeString(memref([4, 4], layout: ctx.attribute(.stridedLayout(offset: kDynamic, strides: [4, 1])))),
      "memref<4x4xf32, strided<[4, 1], offset: ?>>")
    XCTAssertEqual(
      typeString(memref([4], layout: affineMapAttr(ctx, dims: 1, [.add(.dim(0), .constant(1))]))),
      "memref<4xf32, affine_map<(d0) -> (d0 + 1)>>")
    // The identity map is the default layout and is not printed.
    XCTAssertEqual(typeString(memref([4], layout: affineMapAttr(ctx, dims: 1, [.dim(0)]))), "memref<4xf32>")
  }

  func testOpaqueDialectTypes() {
    // `!foo<"a b">` stays in angle brackets; `!foo<bar>` prints as `!foo.bar`
    // (from `!foo<bar<"nested">>` -> `!foo.bar<"nested">` in the corpus).
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "bar")), "!foo.bar")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "\"a b\"")), "!foo<\"a b\">")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "bar<\"nested\">")), "!foo.bar<\"nested\">")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "bar baz")), "!foo<bar baz>")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "bar<1>baz")), "!foo<bar<1>baz>")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "")), "!foo<>")
    XCTAssertEqual(typeString(opaqueType(ctx, "foo", "1")), "!foo<1>")
  }

  func testDescriptionUsesPrintHooks() {
    XCTAssertEqual("\(ctx.tensorType([2], ctx.f32Type))", "tensor<2xf32>")
  }
}
