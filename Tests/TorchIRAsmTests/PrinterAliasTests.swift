// Alias definitions (`#map`, `!tuple`, `#loc`, `#distinct`), locations and
// the resource section, against torch-mlir-opt's output for the quoted input.

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterAliasTests: XCTestCase {
  let ctx = makePrinterTestContext()

  private func ints(_ widths: ClosedRange<Int>) -> [Type] { widths.map { ctx.integerType($0) } }
  private func map(_ e: AffineExpr) -> Attribute { affineMapAttr(ctx, dims: 1, [e]) }
  private func file(_ f: String, _ l: Int, _ c: Int) -> Location { .fileLineCol(file: f, line: l, column: c) }

  /* a1.mlir:
    "foo.a"() {t = tuple<i1,...,i16,memref<4xf32, affine_map<(d0)->(d0+3)>>>,
      u = distinct[0]<affine_map<(d0)->(d0+5)>>, s = affine_set<(d0) : (d0 == 0)>}
      : () -> (tuple<i1,...,i17>)
    "foo.b"() {d = {m = affine_map<(d0)->(d0+7)>},
      l = loc(fused<affine_map<(d0)->(d0)>>["a":1:2, callsite("b" at "c":3:4)])} : () -> ()
    "foo.c"() : () -> () loc(fused<{k = affine_map<(d0)->(d0+9)>}>["x":1:2])
    "foo.d"() {z = affine_map<(d0)->(d0+9)>} : () -> ()
    "foo.e"() : () -> tuple<i1,...,i16,tuple<i1,...,i17>>
    "foo.f"() ({
    ^bb0(%a: i32 loc("argloc":1:1)):
      "foo.g"() : () -> () loc("n"(unknown))
    }) : () -> ()
  */
  private func buildA1() -> TorchIRCore.Operation {
    let (m, body) = makeModule(ctx, location: file("a1.mlir", 0, 0))
    let memref = ctx.type(.memref(shape: [4], element: ctx.f32Type, layout: map(.add(.dim(0), .constant(3))), memorySpace: nil))
    let tuple17 = ctx.tupleType(ints(1...17))
    addOp(ctx, body, "foo.a", results: [tuple17], attributes: [
      named("t", ctx.typeAttr(ctx.tupleType(ints(1...16) + [memref]))),
      named("u", ctx.distinctAttribute(map(.add(.dim(0), .constant(5))))),
      named("s", ctx.attribute(.integerSet(IntegerSet(numDims: 1, numSymbols: 0, constraints: [.dim(0)], isEquality: [true])))),
    ], location: file("a1.mlir", 1, 1))
    let fusedLoc = Location.fused(
      [file("a", 1, 2), .callSite(callee: .name("b", child: .unknown), caller: file("c", 3, 4))],
      metadata: map(.dim(0)))
    addOp(ctx, body, "foo.b", attributes: [
      named("d", ctx.dictionaryAttr([named("m", map(.add(.dim(0), .constant(7))))])),
      named("l", ctx.attribute(.location(fusedLoc))),
    ], location: file("a1.mlir", 2, 1))
    let map9 = map(.add(.dim(0), .constant(9)))
    addOp(ctx, body, "foo.c",
      location: .fused([file("x", 1, 2)], metadata: ctx.dictionaryAttr([named("k", map9)])))
    addOp(ctx, body, "foo.d", attributes: [named("z", map9)], location: file("a1.mlir", 4, 1))
    addOp(ctx, body, "foo.e", results: [ctx.tupleType(ints(1...16) + [tuple17])], location: file("a1.mlir", 5, 1))
    let f = addOp(ctx, body, "foo.f", regions: 1, location: file("a1.mlir", 6, 1))
    let b = addBlock(f.region(0), [ctx.integerType(32)], locations: [file("argloc", 1, 1)])
    addOp(ctx, b, "foo.g", location: .name("n", child: .unknown))
    return m
  }

  func testAliasOrderingByDepthKindAndName() {
    let expected = """
      !tuple = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
      #loc = loc("a":1:2)
      #loc1 = loc("b")
      #loc2 = loc("c":3:4)
      #map = affine_map<(d0) -> (d0 + 3)>
      #map1 = affine_map<(d0) -> (d0 + 5)>
      #map2 = affine_map<(d0) -> (d0 + 7)>
      #map3 = affine_map<(d0) -> (d0)>
      #map4 = affine_map<(d0) -> (d0 + 9)>
      #set = affine_set<(d0) : (d0 == 0)>
      !tuple1 = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, !tuple>
      #distinct = distinct[0]<#map1>
      #loc3 = loc(callsite(#loc1 at #loc2))
      !tuple2 = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, memref<4xf32, #map>>
      #loc4 = loc(fused<#map3>[#loc, #loc3])
      module {
        %0 = "foo.a"() {s = #set, t = !tuple2, u = #distinct} : () -> !tuple
        "foo.b"() {d = {m = #map2}, l = #loc4} : () -> ()
        "foo.c"() : () -> ()
        "foo.d"() {z = #map4} : () -> ()
        %1 = "foo.e"() : () -> !tuple1
        "foo.f"() ({
        ^bb0(%arg0: i32):
          "foo.g"() : () -> ()
        }) : () -> ()
      }


      """
    XCTAssertEqual(mlirOptOutput(buildA1()), expected)
  }

  func testDeferredLocationAliasesWithDebugInfo() {
    // a1.mlir with --mlir-print-debuginfo: op locations' aliases go after the
    // module; block argument locations are defined at the top but printed
    // inline; a location also used as an attribute is not deferred.
    let expected = """
      !tuple = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
      #loc3 = loc("a":1:2)
      #loc4 = loc("b")
      #loc5 = loc("c":3:4)
      #loc10 = loc("argloc":1:1)
      #map = affine_map<(d0) -> (d0 + 3)>
      #map1 = affine_map<(d0) -> (d0 + 5)>
      #map2 = affine_map<(d0) -> (d0 + 7)>
      #map3 = affine_map<(d0) -> (d0)>
      #map4 = affine_map<(d0) -> (d0 + 9)>
      #set = affine_set<(d0) : (d0 == 0)>
      !tuple1 = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, !tuple>
      #distinct = distinct[0]<#map1>
      #loc12 = loc(callsite(#loc4 at #loc5))
      !tuple2 = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, memref<4xf32, #map>>
      #loc13 = loc(fused<#map3>[#loc3, #loc12])
      module {
        %0 = "foo.a"() {s = #set, t = !tuple2, u = #distinct} : () -> !tuple loc(#loc1)
        "foo.b"() {d = {m = #map2}, l = #loc13} : () -> () loc(#loc2)
        "foo.c"() : () -> () loc(#loc14)
        "foo.d"() {z = #map4} : () -> () loc(#loc7)
        %1 = "foo.e"() : () -> !tuple1 loc(#loc8)
        "foo.f"() ({
        ^bb0(%arg0: i32 loc("argloc":1:1)):
          "foo.g"() : () -> () loc(#loc11)
        }) : () -> () loc(#loc9)
      } loc(#loc)
      #loc = loc("a1.mlir":0:0)
      #loc1 = loc("a1.mlir":1:1)
      #loc2 = loc("a1.mlir":2:1)
      #loc6 = loc("x":1:2)
      #loc7 = loc("a1.mlir":4:1)
      #loc8 = loc("a1.mlir":5:1)
      #loc9 = loc("a1.mlir":6:1)
      #loc11 = loc("n")
      #loc14 = loc(fused<{k = #map4}>[#loc6])


      """
    XCTAssertEqual(mlirOptOutput(buildA1(), AsmPrinterOptions(printDebugInfo: true)), expected)
  }

  func testLocalScopePrintsEverythingInline() {
    // a1.mlir with --mlir-print-debuginfo --mlir-print-local-scope (first lines).
    let out = mlirOptOutput(buildA1(), AsmPrinterOptions(printDebugInfo: true, printLocalScope: true))
    XCTAssertTrue(out.hasPrefix("""
      module {
        %0 = "foo.a"() {s = affine_set<(d0) : (d0 == 0)>, t = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, memref<4xf32, affine_map<(d0) -> (d0 + 3)>>>, u = distinct[0]<affine_map<(d0) -> (d0 + 5)>>} : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17> loc("a1.mlir":1:1)
        "foo.b"() {d = {m = affine_map<(d0) -> (d0 + 7)>}, l = loc(fused<affine_map<(d0) -> (d0)>>["a":1:2, callsite("b" at "c":3:4)])} : () -> () loc("a1.mlir":2:1)
        "foo.c"() : () -> () loc(fused<{k = affine_map<(d0) -> (d0 + 9)>}>["x":1:2])
      """))
    XCTAssertTrue(out.hasSuffix("""
          "foo.g"() : () -> () loc("n")
        }) : () -> () loc("a1.mlir":6:1)
      } loc("a1.mlir":0:0)

      """))
  }

  func testLocationForms() {
    // locations.mlir with --mlir-print-debuginfo --mlir-print-local-scope.
    let cases: [(Location, String)] = [
      (file("file.mlir", 1, 2), #"loc("file.mlir":1:2)"#),
      (.fileLineColRange(file: "file.mlir", line: 1, column: 2, endLine: 3, endColumn: 4), #"loc("file.mlir":1:2 to 3:4)"#),
      (.fileLineColRange(file: "file.mlir", line: 5, column: 6, endLine: 5, endColumn: 9), #"loc("file.mlir":5:6 to :9)"#),
      (.unknown, "loc(unknown)"),
      (.name("name", child: nil), #"loc("name")"#),
      (.name("name", child: file("child.mlir", 3, 4)), #"loc("name"("child.mlir":3:4))"#),
      (.name("outer", child: .name("inner", child: .unknown)), #"loc("outer"("inner"))"#),
      (.callSite(callee: file("callee.mlir", 1, 1), caller: file("caller.mlir", 2, 2)),
        #"loc(callsite("callee.mlir":1:1 at "caller.mlir":2:2))"#),
      (.fused([file("a.mlir", 1, 1), file("b.mlir", 2, 2)], metadata: nil), #"loc(fused["a.mlir":1:1, "b.mlir":2:2])"#),
      (.fused([file("a.mlir", 1, 1), .name("b", child: nil)], metadata: ctx.stringAttr("metadata")),
        #"loc(fused<"metadata">["a.mlir":1:1, "b"])"#),
      (file("dir with space/file \"q\".mlir", 1, 1), #"loc("dir with space/file \22q\22.mlir":1:1)"#),
      (file("ünïcode.mlir", 1, 1), #"loc("\C3\BCn\C3\AFcode.mlir":1:1)"#),
      (file("f.mlir", 4_294_967_295, 4_294_967_295), #"loc("f.mlir":4294967295:4294967295)"#),
    ]
    for (loc, text) in cases {
      XCTAssertEqual(locationString(loc, in: ctx), text)
      XCTAssertEqual(attributeString(ctx.attribute(.location(loc))), text)
    }
  }

  func testPrettyDebugInfo() {
    /* p.mlir with --mlir-print-debuginfo --mlir-pretty-debuginfo:
      module {
        "foo.a"() : () -> () loc("file.mlir":1:2)
        "foo.b"() : () -> () loc(callsite("x" at "y"))
        "foo.c"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
        "foo.d"() : () -> () loc(callsite("x" at "f.mlir":1:1))
        "foo.e"() : () -> () loc(fused<"m">[unknown, "n"("c.mlir":3:3)])
      } loc("p.mlir":0:0)
    The unknown location is dropped when the fused location is built. */
    let (m, body) = makeModule(ctx, location: file("p.mlir", 0, 0))
    addOp(ctx, body, "foo.a", location: file("file.mlir", 1, 2))
    addOp(ctx, body, "foo.b", location: .callSite(callee: .name("x", child: nil), caller: .name("y", child: nil)))
    addOp(ctx, body, "foo.c", location: .fused([file("a.mlir", 1, 1), file("b.mlir", 2, 2)], metadata: nil))
    addOp(ctx, body, "foo.d", location: .callSite(callee: .name("x", child: nil), caller: file("f.mlir", 1, 1)))
    addOp(ctx, body, "foo.e",
      location: .fused([.name("n", child: file("c.mlir", 3, 3))], metadata: ctx.stringAttr("m")))
    // Nested locations still use aliases, and the definitions are pretty too.
    let expected = """
      module {
        "foo.a"() : () -> () file.mlir:1:2
        "foo.b"() : () -> () #loc2
       at #loc3
        "foo.c"() : () -> () [#loc4, #loc5]
        "foo.d"() : () -> () #loc2 at #loc6
        "foo.e"() : () -> () <"m">[#loc11]
      } p.mlir:0:0
      #loc = p.mlir:0:0
      #loc1 = file.mlir:1:2
      #loc2 = "x"
      #loc3 = "y"
      #loc4 = a.mlir:1:1
      #loc5 = b.mlir:2:2
      #loc6 = f.mlir:1:1
      #loc7 = c.mlir:3:3
      #loc8 = #loc2
       at #loc3
      #loc9 = [#loc4, #loc5]
      #loc10 = #loc2 at #loc6
      #loc11 = "n"(#loc7)
      #loc12 = <"m">[#loc11]


      """
    XCTAssertEqual(mlirOptOutput(m, AsmPrinterOptions(printDebugInfo: true, printPrettyDebugInfo: true)), expected)
  }

  /* distinct_attrs.mlir:
    "foo.distinct"() {a = distinct[0]<42 : i32>, b = distinct[7]<"str">, c = distinct[0]<42 : i32>, d = distinct[3]<#foo.x>} : () -> ()
    "foo.distinct"() {e = distinct[7]<"str">, f = distinct[99]<unit>, g = [distinct[5]<[1, 2]>, distinct[5]<[1, 2]>]} : () -> ()
    "foo.distinct"() {h = distinct[100]<{k = distinct[101]<i32>}>} : () -> ()
  */
  func testDistinctAttributesAreRenumberedInPrintOrder() {
    let (m, body) = makeModule(ctx)
    let i32 = ctx.integerType(32)
    let a = ctx.distinctAttribute(ctx.integerAttr(42, i32))
    let b = ctx.distinctAttribute(ctx.stringAttr("str"))
    let d = ctx.distinctAttribute(ctx.attribute(.opaque(dialect: "foo", body: "x", type: nil)))
    addOp(ctx, body, "foo.distinct", attributes: [named("a", a), named("b", b), named("c", a), named("d", d)])
    let g = ctx.distinctAttribute(ctx.arrayAttr([ctx.integerAttr(1, ctx.i64Type), ctx.integerAttr(2, ctx.i64Type)]))
    addOp(ctx, body, "foo.distinct", attributes: [
      named("e", b), named("f", ctx.distinctAttribute(ctx.unitAttr)), named("g", ctx.arrayAttr([g, g])),
    ])
    let k = ctx.distinctAttribute(ctx.typeAttr(i32))
    addOp(ctx, body, "foo.distinct", attributes: [named("h", ctx.distinctAttribute(ctx.dictionaryAttr([named("k", k)])))])
    let expected = """
      #distinct = distinct[0]<42 : i32>
      #distinct1 = distinct[1]<"str">
      #distinct2 = distinct[2]<#foo.x>
      #distinct3 = distinct[3]<[1, 2]>
      #distinct4 = distinct[4]<i32>
      #distinct5 = distinct[5]<{k = #distinct4}>
      module {
        "foo.distinct"() {a = #distinct, b = #distinct1, c = #distinct, d = #distinct2} : () -> ()
        "foo.distinct"() {e = #distinct1, f = distinct[6]<>, g = [#distinct3, #distinct3]} : () -> ()
        "foo.distinct"() {h = #distinct5} : () -> ()
      }


      """
    XCTAssertEqual(mlirOptOutput(m), expected)
  }

  /* r1.mlir:
    "foo.a"() {a = dense_resource<big> : tensor<8xi8>, b = dense_resource<small> : tensor<1xi8>,
               c = dense_resource<"9x"> : tensor<1xi8>} : () -> ()
    {-# dialect_resources: { builtin: { small: "0x0100000001",
        big: "0x100000000102030405060708", "9x": "0x0400000001" } } #-}
  */
  private func buildR1() -> TorchIRCore.Operation {
    ctx.resources["small"] = ResourceBlob(alignment: 1, bytes: [1])
    ctx.resources["big"] = ResourceBlob(alignment: 16, bytes: [1, 2, 3, 4, 5, 6, 7, 8])
    ctx.resources["9x"] = ResourceBlob(alignment: 4, bytes: [1])
    ctx.resources["unused"] = ResourceBlob(alignment: 4, bytes: [9])
    let (m, body) = makeModule(ctx)
    let i8 = ctx.integerType(8)
    addOp(ctx, body, "foo.a", attributes: [
      named("a", ctx.attribute(.denseResource(handle: "big", type: ctx.tensorType([8], i8)))),
      named("b", ctx.attribute(.denseResource(handle: "small", type: ctx.tensorType([1], i8)))),
      named("c", ctx.attribute(.denseResource(handle: "9x", type: ctx.tensorType([1], i8)))),
      named("d", ctx.attribute(.denseResource(handle: "no_blob", type: ctx.tensorType([1], i8)))),
    ])
    return m
  }

  func testResourceSectionListsReferencedBlobsInPrintOrder() {
    let expected = """
      module {
        "foo.a"() {a = dense_resource<big> : tensor<8xi8>, b = dense_resource<small> : tensor<1xi8>, c = dense_resource<"9x"> : tensor<1xi8>, d = dense_resource<no_blob> : tensor<1xi8>} : () -> ()
      }

      {-#
        dialect_resources: {
          builtin: {
            big: "0x100000000102030405060708",
            small: "0x0100000001",
            "9x": "0x0400000001"
          }
        }
      #-}


      """
    XCTAssertEqual(mlirOptOutput(buildR1()), expected)
    // --mlir-print-local-scope prints no resource section.
    XCTAssertFalse(mlirOptOutput(buildR1(), AsmPrinterOptions(printLocalScope: true)).contains("{-#"))
  }

  func testResourceStringElision() {
    // r1.mlir with --mlir-elide-resource-strings-if-larger=14: only the two
    // 14-character values remain.
    let out14 = mlirOptOutput(buildR1(), AsmPrinterOptions(elideResourceStringsIfLarger: 14))
    XCTAssertTrue(out14.hasSuffix("""
      {-#
        dialect_resources: {
          builtin: {
            small: "0x0100000001",
            "9x": "0x0400000001"
          }
        }
      #-}


      """))
    // ... and with =13 nothing is left but MLIR still opens the section.
    let out13 = mlirOptOutput(buildR1(), AsmPrinterOptions(elideResourceStringsIfLarger: 13))
    XCTAssertTrue(out13.hasSuffix("}\n\n{-#\n\n#-}\n\n"))
  }
}
