// Builtin attributes as mlir-opt spells them. Unless noted, expectations come
// from `torch-mlir-opt --allow-unregistered-dialect --mlir-print-local-scope`
// on this op (dictionary values print with their type, as here):
//   "foo.a"() {a = 0, b = -1 : i32, c = 255 : ui8, d = -128 : si8, e = 7 : index,
//     f = true, g = 1 : i1, h = 340282366920938463463374607431768211455 : ui128,
//     i = -1 : i128, j = 1.0, k = 1.5 : f32, l = 0x7FC00000 : f32, m = 0.1 : f64,
//     n = 1.0e10 : bf16, o = "a\"b\\c\n\t\00é", p = "typed" : i32,
//     q = [1, 2.0, "x", true, 3 : i32, [], unit],
//     r = {z = 1, "a b" = unit, _c = "s", "9" = @f},
//     s = @"sym with space"::@nested::@"x-y", t = @plain, u = i32, v = unit,
//     w = #foo.attr<"x">, x = #foo<"quoted body"> : i32, y = array<i32: 1, -2>,
//     z = array<f32: 1.5, 0x7FC00000>, aa = array<i1: true, false>, ab = array<i64>,
//     ac = strided<[?, 1], offset: 0>, ad = strided<[], offset: ?>} : () -> ()

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterAttributeTests: XCTestCase {
  let ctx = makePrinterTestContext()

  func testIntegers() {
    XCTAssertEqual(attributeString(ctx.integerAttr(0, ctx.i64Type)), "0 : i64")
    XCTAssertEqual(attributeString(ctx.integerAttr(-1, ctx.integerType(32))), "-1 : i32")
    XCTAssertEqual(attributeString(ctx.integerAttr(255, ctx.integerType(8, .unsigned))), "255 : ui8")
    XCTAssertEqual(attributeString(ctx.integerAttr(-128, ctx.integerType(8, .signed))), "-128 : si8")
    XCTAssertEqual(attributeString(ctx.integerAttr(7, ctx.indexType)), "7 : index")
    XCTAssertEqual(attributeString(ctx.boolAttr(true)), "true")
    // An i1 integer prints as a keyword, without its type.
    XCTAssertEqual(attributeString(ctx.integerAttr(1, ctx.i1Type)), "true")
    let allOnes = APInt.allOnes(width: 128)
    XCTAssertEqual(
      attributeString(ctx.attribute(.integer(allOnes, ctx.integerType(128, .unsigned)))),
      "340282366920938463463374607431768211455 : ui128")
    XCTAssertEqual(attributeString(ctx.attribute(.integer(allOnes, ctx.integerType(128)))), "-1 : i128")
  }

  func testFloats() {
    XCTAssertEqual(attributeString(floatAttr(ctx, bits: 0x3FF0_0000_0000_0000, .f64)), "1.000000e+00 : f64")
    XCTAssertEqual(attributeString(floatAttr(ctx, bits: 0x3FC0_0000, .f32)), "1.500000e+00 : f32")
    XCTAssertEqual(attributeString(floatAttr(ctx, bits: 0x7FC0_0000, .f32)), "0x7FC00000 : f32")
    XCTAssertEqual(attributeString(floatAttr(ctx, bits: 0x3FB9_9999_9999_999A, .f64)), "1.000000e-01 : f64")
    XCTAssertEqual(attributeString(floatAttr(ctx, bits: 0x5015, .bf16)), "9.999220e+09 : bf16")
  }

  func testStringsAreEscapedByteWise() {
    XCTAssertEqual(
      attributeString(ctx.stringAttr("a\"b\\c\n\t\u{0}é")), #""a\22b\\c\0A\09\00\C3\A9""#)
    XCTAssertEqual(attributeString(ctx.stringAttr("typed", type: ctx.integerType(32))), "\"typed\" : i32")
    // A raw byte kept as U+10FF00+b prints as that byte (corpus raw_bytes.mlir:
    // `e = "\ED\A0\80 surrogate"`).
    XCTAssertEqual(
      attributeString(ctx.stringAttr(decodeBytesLosslessly([0xED, 0xA0, 0x80, 0x20, 0x73]))), #""\ED\A0\80 s""#)
  }

  func testArraysElideDefaultTypes() {
    let a = ctx.arrayAttr([
      ctx.integerAttr(1, ctx.i64Type), floatAttr(ctx, bits: 0x4000_0000_0000_0000, .f64),
      ctx.stringAttr("x"), ctx.boolAttr(true), ctx.integerAttr(3, ctx.integerType(32)),
      ctx.arrayAttr([]), ctx.unitAttr,
    ])
    XCTAssertEqual(attributeString(a), "[1, 2.000000e+00, \"x\", true, 3 : i32, [], unit]")
  }

  func testDictionariesSortAndQuoteNames() {
    let d = ctx.dictionaryAttr([
      named("z", ctx.integerAttr(1, ctx.i64Type)), named("a b", ctx.unitAttr),
      named("_c", ctx.stringAttr("s")), named("9", ctx.symbolRefAttr("f")),
    ])
    XCTAssertEqual(attributeString(d), "{\"9\" = @f, _c = \"s\", \"a b\", z = 1 : i64}")
    XCTAssertEqual(attributeString(ctx.emptyDictionary), "{}")
  }

  func testSymbolRefsTypesUnitAndOpaque() {
    XCTAssertEqual(
      attributeString(ctx.symbolRefAttr("sym with space", nested: ["nested", "x-y"])),
      "@\"sym with space\"::@nested::@\"x-y\"")
    XCTAssertEqual(attributeString(ctx.symbolRefAttr("plain")), "@plain")
    XCTAssertEqual(attributeString(ctx.typeAttr(ctx.integerType(32))), "i32")
    XCTAssertEqual(attributeString(ctx.unitAttr), "unit")
    XCTAssertEqual(
      attributeString(ctx.attribute(.opaque(dialect: "foo", body: "attr<\"x\">", type: nil))),
      "#foo.attr<\"x\">")
    XCTAssertEqual(
      attributeString(ctx.attribute(.opaque(dialect: "foo", body: "\"quoted body\"", type: ctx.integerType(32)))),
      "#foo<\"quoted body\"> : i32")
    XCTAssertEqual(
      attributeString(ctx.attribute(.integer(APInt(width: 32, value: 5), ctx.integerType(32))), elideType: true),
      "5")
  }

  func testDenseArraysAndStridedLayouts() {
    let i32 = ctx.integerType(32)
    XCTAssertEqual(
      attributeString(ctx.attribute(.denseArray(i32, le32([1, UInt32(bitPattern: -2)])))), "array<i32: 1, -2>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.denseArray(ctx.f32Type, le32([0x3FC0_0000, 0x7FC0_0000])))),
      "array<f32: 1.500000e+00, 0x7FC00000>")
    XCTAssertEqual(attributeString(ctx.attribute(.denseArray(ctx.i1Type, [1, 0]))), "array<i1: true, false>")
    XCTAssertEqual(attributeString(ctx.attribute(.denseArray(ctx.i64Type, []))), "array<i64>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.stridedLayout(offset: 0, strides: [kDynamic, 1]))), "strided<[?, 1]>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.stridedLayout(offset: kDynamic, strides: []))), "strided<[], offset: ?>")
  }

  // MARK: Dense elements (corpus dense_elements.mlir, dense_large.mlir, dense_strings.mlir)

  private func dense(_ type: Type, _ raw: [UInt8], splat: Bool = false) -> Attribute {
    ctx.attribute(.denseElements(DenseElements(type: type, isSplat: splat, rawData: raw)))
  }

  func testDenseSplatsAndNesting() {
    let f32 = ctx.f32Type
    // a = dense<1.0> : tensor<4xf32>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([4], f32), le32([0x3F80_0000]), splat: true)),
      "dense<1.000000e+00> : tensor<4xf32>")
    // b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi16>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([2, 2], ctx.integerType(16)), [1, 0, 2, 0, 3, 0, 4, 0])),
      "dense<[[1, 2], [3, 4]]> : tensor<2x2xi16>")
    // d = dense<[true, false, true]> : tensor<3xi1>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([3], ctx.i1Type), [1, 0, 1])), "dense<[true, false, true]> : tensor<3xi1>")
    // h = dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([2], ctx.type(.complex(f32))), le32([0x3F80_0000, 0x4000_0000]), splat: true)),
      "dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>")
    // e = dense<[0.5, -0.25]> : vector<2xf16>
    XCTAssertEqual(
      attributeString(dense(ctx.type(.vector(shape: [2], scalable: [false], element: ctx.floatType(.f16))),
        [0x00, 0x38, 0x00, 0xB4])),
      "dense<[5.000000e-01, -2.500000e-01]> : vector<2xf16>")
    // j = dense<[]> : tensor<0xf32> and k = dense<[[]]> : tensor<1x0xi32>
    XCTAssertEqual(attributeString(dense(ctx.tensorType([0], f32), [])), "dense<> : tensor<0xf32>")
    XCTAssertEqual(attributeString(dense(ctx.tensorType([1, 0], ctx.integerType(32)), [])), "dense<> : tensor<1x0xi32>")
    // g = dense<[[1, 2, 3]]> : tensor<1x3xui8>; d = dense<[1, 0]> : tensor<2xui1>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([1, 3], ctx.integerType(8, .unsigned)), [1, 2, 3])),
      "dense<[[1, 2, 3]]> : tensor<1x3xui8>")
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([2], ctx.integerType(1, .unsigned)), [1, 0])),
      "dense<[true, false]> : tensor<2xui1>")
    // i = dense<"0x0F010203"> : tensor<2x2xi4> prints as dense<[[-1, 1], [2, 3]]>
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([2, 2], ctx.integerType(4)), [0x0F, 1, 2, 3])),
      "dense<[[-1, 1], [2, 3]]> : tensor<2x2xi4>")
  }

  func testDenseWithEqualElementsPrintsAsSplat() {
    // e = dense<"0x0000803F"> : tensor<4xf32> prints as dense<1.000000e+00>:
    // MLIR stores equal elements as a splat.
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([4], ctx.f32Type), le32([0x3F80_0000, 0x3F80_0000, 0x3F80_0000, 0x3F80_0000]))),
      "dense<1.000000e+00> : tensor<4xf32>")
  }

  func testDenseHexAboveOneHundredElements() {
    // "foo.at_limit": 100 elements print as a list; "foo.over_limit": 101 as hex.
    let i32 = ctx.integerType(32)
    let hundred = dense(ctx.tensorType([100], i32), le32((0..<100).map { UInt32($0) }))
    XCTAssertTrue(attributeString(hundred).hasPrefix("dense<[0, 1, 2, 3, "))
    let values = (-50...50).map { UInt32(bitPattern: Int32($0)) }
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([101], i32), le32(values))),
      "dense<\"0xCEFFFFFFCFFFFFFFD0FFFFFFD1FFFFFFD2FFFFFFD3FFFFFFD4FFFFFFD5FFFFFFD6FFFFFFD7FFFFFFD8FFFFFFD9FFFFFFDAFFFFFFDBFFFFFFDCFFFFFFDDFFFFFFDEFFFFFFDFFFFFFFE0FFFFFFE1FFFFFFE2FFFFFFE3FFFFFFE4FFFFFFE5FFFFFFE6FFFFFFE7FFFFFFE8FFFFFFE9FFFFFFEAFFFFFFEBFFFFFFECFFFFFFEDFFFFFFEEFFFFFFEFFFFFFFF0FFFFFFF1FFFFFFF2FFFFFFF3FFFFFFF4FFFFFFF5FFFFFFF6FFFFFFF7FFFFFFF8FFFFFFF9FFFFFFFAFFFFFFFBFFFFFFFCFFFFFFFDFFFFFFFEFFFFFFFFFFFFFF000000000100000002000000030000000400000005000000060000000700000008000000090000000A0000000B0000000C0000000D0000000E0000000F000000100000001100000012000000130000001400000015000000160000001700000018000000190000001A0000001B0000001C0000001D0000001E0000001F000000200000002100000022000000230000002400000025000000260000002700000028000000290000002A0000002B0000002C0000002D0000002E0000002F000000300000003100000032000000\"> : tensor<101xi32>")
    // "foo.bools": 128 x i1 (true, false, false, ...) one byte per element.
    let bools = (0..<128).map { UInt8($0 % 3 == 0 ? 1 : 0) }
    XCTAssertEqual(
      attributeString(dense(ctx.tensorType([128], ctx.i1Type), bools)),
      "dense<\"0x0100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100\"> : tensor<128xi1>")
  }

  func testDenseStrings() {
    let str = opaqueType(ctx, "foo", "str")
    let nested = ctx.attribute(.denseStrings(
      type: ctx.tensorType([2, 2], str),
      values: [Array("x\n".utf8), [], Array("\"q\"".utf8), Array("tab\there".utf8)], isSplat: false))
    XCTAssertEqual(
      attributeString(nested), #"dense<[["x\0A", ""], ["\22q\22", "tab\09here"]]> : tensor<2x2x!foo.str>"#)
    let bytes = ctx.attribute(.denseStrings(
      type: ctx.tensorType([2], opaqueType(ctx, "foo", "bytes")),
      values: [Array("utf8 ✓".utf8), [0, 0xFF]], isSplat: false))
    XCTAssertEqual(attributeString(bytes), #"dense<["utf8 \E2\9C\93", "\00\FF"]> : tensor<2x!foo.bytes>"#)
    let splat = ctx.attribute(.denseStrings(type: ctx.tensorType([3], str), values: [Array("splat".utf8)], isSplat: true))
    XCTAssertEqual(attributeString(splat), "dense<\"splat\"> : tensor<3x!foo.str>")
  }

  func testSparseElements() {
    // a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>; c = sparse<[[1, 1]], [true]>
    // prints as sparse<1, true>; d = sparse<[], []> : tensor<4xf32> as sparse<>.
    let i64 = ctx.i64Type
    let i32 = ctx.integerType(32)
    let indices = dense(ctx.tensorType([2, 2], i64), [0, 0, 1, 2].flatMap { v in (0..<8).map { $0 == 0 ? UInt8(v) : 0 } })
    let values = dense(ctx.tensorType([2], i32), le32([1, 5]))
    XCTAssertEqual(
      attributeString(ctx.attribute(.sparseElements(type: ctx.tensorType([3, 4], i32), indices: indices, values: values))),
      "sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>")
    let one = dense(ctx.tensorType([1, 2], i64), [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    let t = dense(ctx.tensorType([1], ctx.i1Type), [1])
    XCTAssertEqual(
      attributeString(ctx.attribute(.sparseElements(type: ctx.tensorType([2, 2], ctx.i1Type), indices: one, values: t))),
      "sparse<1, true> : tensor<2x2xi1>")
    let none = dense(ctx.tensorType([0, 1], i64), [])
    let noValues = dense(ctx.tensorType([0], ctx.f32Type), [])
    XCTAssertEqual(
      attributeString(ctx.attribute(.sparseElements(type: ctx.tensorType([4], ctx.f32Type), indices: none, values: noValues))),
      "sparse<> : tensor<4xf32>")
  }

  func testElidedElements() {
    // --mlir-elide-elementsattrs-if-larger=2 on
    //   a = dense<[1,2,3,4]> : tensor<4xi32>, b = dense<1> : tensor<10xi32>,
    //   c = dense<["a","b","c","d"]> : tensor<4x!foo.s>, d = array<i32: 1,2,3,4,5>,
    //   i = dense<[(1,2),(3,4)]> : tensor<2xcomplex<i8>>
    let sink = OutputSink()
    let p = AsmPrinter(context: ctx, out: sink, options: AsmPrinterOptions(elideElementsAttrsIfLarger: 2))
    let i32 = ctx.integerType(32)
    let attrs: [Attribute] = [
      dense(ctx.tensorType([4], i32), le32([1, 2, 3, 4])),
      dense(ctx.tensorType([10], i32), le32([1]), splat: true),
      ctx.attribute(.denseStrings(type: ctx.tensorType([4], opaqueType(ctx, "foo", "s")),
        values: ["a", "b", "c", "d"].map { Array($0.utf8) }, isSplat: false)),
      ctx.attribute(.denseArray(i32, le32([1, 2, 3, 4, 5]))),
      dense(ctx.tensorType([2], ctx.type(.complex(ctx.integerType(8)))), [1, 2, 3, 4]),
    ]
    for (i, a) in attrs.enumerated() {
      if i > 0 { sink.write(", ") }
      p.printAttribute(a)
    }
    XCTAssertEqual(
      sink.string,
      "dense_resource<__elided__> : tensor<4xi32>, dense<1> : tensor<10xi32>, "
        + "dense_resource<__elided__> : tensor<4x!foo.s>, array<i32: 1, 2, 3, 4, 5>, "
        + "dense<[(1,2), (3,4)]> : tensor<2xcomplex<i8>>")
  }
}
