// Affine maps and sets: MLIR's canonical construction (AffineExprSimplify in
// Core, which the parser uses) and their printed form. Each expression is
// built the way the parser builds it from the text quoted beside it; the
// expected text is what torch-mlir-opt printed for
//   "foo.a"() {m = affine_map<(d0, d1)[s0] -> (<text>, ...)>} : () -> ()
// (files af.mlir, af2.mlir, af3.mlir and the corpus's affine_attrs.mlir).

import TorchIRCore
import XCTest

@testable import TorchIRAsm

final class PrinterAffineTests: XCTestCase {
  let ctx = makePrinterTestContext()
  let d0 = AffineExpr.dim(0)
  let d1 = AffineExpr.dim(1)
  let s0 = AffineExpr.symbol(0)
  let s1 = AffineExpr.symbol(1)

  private func c(_ v: Int64) -> AffineExpr { .constant(v) }

  private func printed(_ e: AffineExpr) -> String {
    let sink = OutputSink()
    AsmPrinter(context: ctx, out: sink, options: AsmPrinterOptions()).printAffineExpr(e)
    return sink.string
  }

  func testConstantFoldingAndCanonicalOrder() {
    typealias E = AffineExpr
    XCTAssertEqual(printed(E.add(c(2), c(3))), "5")  // 2 + 3
    XCTAssertEqual(printed(E.add(E.add(d0, c(2)), c(3))), "d0 + 5")  // d0 + 2 + 3
    XCTAssertEqual(printed(E.add(c(3), d0)), "d0 + 3")  // 3 + d0
    XCTAssertEqual(printed(E.mul(E.mul(d0, c(2)), c(3))), "d0 * 6")  // d0 * 2 * 3
    XCTAssertEqual(printed(E.add(s0, d0)), "d0 + s0")  // s0 + d0
    XCTAssertEqual(printed(E.mul(s0, d0)), "d0 * s0")  // s0 * d0
    XCTAssertEqual(printed(E.mul(c(2), s0)), "s0 * 2")  // 2 * s0
    XCTAssertEqual(printed(E.add(E.add(d0, c(2)), d1)), "d0 + d1 + 2")  // (d0 + 2) + d1
    XCTAssertEqual(printed(E.mul(E.mul(d0, c(2)), s0)), "(d0 * s0) * 2")  // d0 * 2 * s0
    XCTAssertEqual(printed(E.add(d0, c(0))), "d0")
    XCTAssertEqual(printed(E.mul(d0, c(0))), "0")
    XCTAssertEqual(printed(E.mul(d0, c(1))), "d0")
    XCTAssertEqual(printed(E.sub(d0, d0)), "0")  // d0 - d0
    XCTAssertEqual(printed(E.add(E.mul(d0, c(2)), E.mul(d0, c(3)))), "d0 * 5")
  }

  func testDivisionAndModulo() {
    typealias E = AffineExpr
    XCTAssertEqual(printed(E.floorDiv(E.mul(d0, c(4)), c(2))), "d0 * 2")  // (d0 * 4) floordiv 2
    XCTAssertEqual(printed(E.mod(E.mul(d0, c(4)), c(2))), "0")  // (d0 * 4) mod 2
    // d0 - (d0 floordiv 4) * 4 -> d0 mod 4
    XCTAssertEqual(printed(E.sub(d0, E.mul(E.floorDiv(d0, c(4)), c(4)))), "d0 mod 4")
    XCTAssertEqual(printed(E.mod(E.mod(d0, c(8)), c(4))), "d0 mod 4")  // (d0 mod 8) mod 4
    XCTAssertEqual(printed(E.floorDiv(E.add(d0, c(4)), c(4))), "d0 floordiv 4 + 1")
    XCTAssertEqual(printed(E.mod(E.add(E.mul(d0, c(4)), c(1)), c(4))), "1")  // (d0 * 4 + 1) mod 4
    XCTAssertEqual(printed(E.floorDiv(c(7), c(2))), "3")
    XCTAssertEqual(printed(E.floorDiv(c(-7), c(2))), "-4")
    XCTAssertEqual(printed(E.ceilDiv(c(-7), c(2))), "-3")
    XCTAssertEqual(printed(E.mod(c(-7), c(2))), "1")
    XCTAssertEqual(printed(E.ceilDiv(d0, c(1))), "d0")
    XCTAssertEqual(printed(E.floorDiv(d0, c(-2))), "d0 floordiv -2")  // kept as written
    // d0 - (d0 floordiv s0) * s0 -> d0 mod s0
    XCTAssertEqual(printed(E.sub(d0, E.mul(E.floorDiv(d0, s0), s0))), "d0 mod s0")
    XCTAssertEqual(printed(E.ceilDiv(E.mul(d0, c(6)), c(3))), "d0 * 2")
    XCTAssertEqual(printed(E.mod(E.add(d0, c(8)), c(4))), "d0 mod 4")
    XCTAssertEqual(printed(E.floorDiv(E.add(c(8), d0), c(4))), "d0 floordiv 4 + 2")
    XCTAssertEqual(printed(E.mod(d0, c(1))), "0")
    // ((d0 floordiv 2) * 2) mod 2 -> 0; (d0 * 4 + d1 * 8) floordiv 4 -> d0 + d1 * 2
    XCTAssertEqual(printed(E.mod(E.mul(E.floorDiv(d0, c(2)), c(2)), c(2))), "0")
    XCTAssertEqual(
      printed(E.floorDiv(E.add(E.mul(d0, c(4)), E.mul(d1, c(8))), c(4))), "d0 + d1 * 2")
    XCTAssertEqual(printed(E.ceilDiv(E.mul(d0, c(2)), c(4))), "(d0 * 2) ceildiv 4")
    XCTAssertEqual(printed(E.floorDiv(E.floorDiv(d0, s0), c(2))), "(d0 floordiv s0) floordiv 2")
  }

  func testSubtractionAndNegationForms() {
    typealias E = AffineExpr
    // d0 * 3 + d1 * -2 - 7
    XCTAssertEqual(
      printed(E.sub(E.add(E.mul(d0, c(3)), E.mul(d1, c(-2))), c(7))), "d0 * 3 - d1 * 2 - 7")
    XCTAssertEqual(printed(E.neg(d0)), "-d0")
    XCTAssertEqual(printed(E.sub(d0, d1)), "d0 - d1")
    XCTAssertEqual(printed(E.add(E.neg(E.mul(d0, c(2))), c(1))), "d0 * -2 + 1")  // -(d0 * 2) + 1
    XCTAssertEqual(printed(E.neg(E.add(d0, d1))), "-(d0 + d1)")
    XCTAssertEqual(printed(E.sub(d0, E.add(d1, c(1)))), "d0 - (d1 + 1)")
    XCTAssertEqual(printed(E.sub(E.sub(d0, c(3)), E.mul(d1, c(5)))), "d0 - d1 * 5 - 3")
    XCTAssertEqual(printed(E.sub(c(2), d0)), "-d0 + 2")
    XCTAssertEqual(printed(E.sub(s0, E.mul(s1, c(-2)))), "s0 + s1 * 2")
    XCTAssertEqual(printed(E.mul(d1, E.add(s0, s1))), "d1 * (s0 + s1)")  // (s0 + s1) * d1
  }

  func testOverflowingConstantsAreNotFolded() {
    typealias E = AffineExpr
    let max = Int64.max
    XCTAssertEqual(printed(E.mul(c(max), c(2))), "9223372036854775807 * 2")
    XCTAssertEqual(printed(E.mul(c(3), c(max))), "3 * 9223372036854775807")
    XCTAssertEqual(printed(E.add(c(max), c(1))), "9223372036854775807 + 1")
    // Folds into a term wrap, as int64_t arithmetic does in MLIR.
    XCTAssertEqual(printed(E.add(E.add(d0, c(max)), c(1))), "d0 - -9223372036854775808")
    XCTAssertEqual(printed(E.mul(E.mul(d0, c(max)), c(2))), "d0 * -2")
  }

  func testMapsAndSets() {
    typealias E = AffineExpr
    let map = AffineMap(numDims: 2, numSymbols: 2, results: [
      E.mul(d0, s0), E.mod(d0, s0), E.floorDiv(d1, s1), E.ceilDiv(d1, s0), E.mul(s0, s1),
      E.mul(E.add(d0, d1), s0),
    ])
    XCTAssertEqual(
      attributeString(ctx.attribute(.affineMap(map))),
      "affine_map<(d0, d1)[s0, s1] -> (d0 * s0, d0 mod s0, d1 floordiv s1, d1 ceildiv s0, s0 * s1, (d0 + d1) * s0)>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.affineMap(AffineMap(numDims: 0, numSymbols: 0, results: [])))),
      "affine_map<() -> ()>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.affineMap(AffineMap(numDims: 2, numSymbols: 1, results: [])))),
      "affine_map<(d0, d1)[s0] -> ()>")
    XCTAssertEqual(
      attributeString(ctx.attribute(.affineMap(AffineMap(numDims: 0, numSymbols: 2, results: [E.mul(s0, c(2)), s1])))),
      "affine_map<()[s0, s1] -> (s0 * 2, s1)>")
    // affine_set<(d0)[s0] : (d0 mod 2 == 0, s0 floordiv 3 - d0 >= 0)>
    let set = IntegerSet(numDims: 1, numSymbols: 1,
      constraints: [E.mod(d0, c(2)), E.sub(E.floorDiv(s0, c(3)), d0)], isEquality: [true, false])
    XCTAssertEqual(
      attributeString(ctx.attribute(.integerSet(set))),
      "affine_set<(d0)[s0] : (d0 mod 2 == 0, -d0 + s0 floordiv 3 >= 0)>")
    // affine_set<(i)[N] : (N - i - 1 >= 0)>
    let renamed = IntegerSet(numDims: 1, numSymbols: 1, constraints: [E.sub(E.sub(s0, d0), c(1))], isEquality: [false])
    XCTAssertEqual(attributeString(ctx.attribute(.integerSet(renamed))), "affine_set<(d0)[s0] : (-d0 + s0 - 1 >= 0)>")
    let empty = IntegerSet(numDims: 0, numSymbols: 0, constraints: [c(0)], isEquality: [true])
    XCTAssertEqual(attributeString(ctx.attribute(.integerSet(empty))), "affine_set<() : (0 == 0)>")
  }
}
