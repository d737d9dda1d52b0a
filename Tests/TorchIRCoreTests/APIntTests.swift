import XCTest

@testable import TorchIRCore

final class APIntTests: XCTestCase {
  func testConstructionTruncatesAndExtends() {
    XCTAssertEqual(APInt(width: 8, value: 0x1FF).asUInt64, 0xFF)
    XCTAssertEqual(APInt(width: 8, signedValue: -1).asUInt64, 0xFF)
    XCTAssertEqual(APInt(width: 8, signedValue: -1).asInt64, -1)
    XCTAssertEqual(APInt(width: 128, signedValue: -2).words, [~UInt64(1), ~UInt64(0)])
    XCTAssertEqual(APInt(width: 65, signedValue: -1).words, [~UInt64(0), 1])
    XCTAssertEqual(APInt(width: 100, words: [1, ~0, 5]).words, [1, (1 << 36) - 1])
    XCTAssertEqual(APInt(width: 0, value: 7).words, [0])
    XCTAssertEqual(APInt(width: 1, value: 3), APInt(width: 1, value: 1))
    XCTAssertNotEqual(APInt(width: 8, value: 1), APInt(width: 16, value: 1))
    XCTAssertEqual(APInt(width: 64, value: ~0).asInt64, -1)
    XCTAssertEqual(APInt(width: 130, words: [5, 6, 3]).asUInt64, 5)
  }

  func testPredicatesAndBits() {
    XCTAssertTrue(APInt.zero(width: 200).isZero)
    XCTAssertFalse(APInt(width: 200, words: [0, 0, 1]).isZero)
    XCTAssertTrue(APInt(width: 136, words: [0, 0, 1 << 7]).isNegative)
    XCTAssertFalse(APInt(width: 136, words: [0, 0, 1 << 6]).isNegative)
    XCTAssertFalse(APInt(width: 200, words: [0, 0, 0, 1 << 6]).isNegative)
    XCTAssertTrue(APInt(width: 200, words: [0, 0, 0, 1 << 7]).isNegative)
    XCTAssertTrue(APInt(width: 1, value: 1).isNegative)
    XCTAssertFalse(APInt(width: 0, value: 0).isNegative)
    XCTAssertTrue(APInt.allOnes(width: 70).isAllOnes)
    XCTAssertTrue(APInt(width: 70, words: [0, 1 << 5]).getBit(69))
    XCTAssertFalse(APInt(width: 70, words: [0, 1 << 5]).getBit(68))
    XCTAssertEqual(APInt(width: 70, words: [0, 1 << 5]).countLeadingZeros, 0)
    XCTAssertEqual(APInt(width: 70, words: [0, 1]).countLeadingZeros, 5)
    XCTAssertEqual(APInt(width: 70, words: [0, 1]).countTrailingZeros, 64)
    XCTAssertEqual(APInt.zero(width: 70).countLeadingZeros, 70)
  }

  func testWidthChanges() {
    let m1 = APInt(width: 8, signedValue: -3)
    XCTAssertEqual(m1.sext(to: 16).asUInt64, 0xFFFD)
    XCTAssertEqual(m1.zext(to: 16).asUInt64, 0x00FD)
    XCTAssertEqual(m1.sext(to: 130).words, [~UInt64(2), ~0, 3])
    XCTAssertEqual(m1.sext(to: 130).trunc(to: 8), m1)
    XCTAssertEqual(APInt(width: 64, signedValue: -1).sext(to: 128).words, [~0, ~0])
    XCTAssertEqual(APInt(width: 128, words: [0x1234, 0x5678]).trunc(to: 16).asUInt64, 0x1234)
    XCTAssertEqual(APInt(width: 100, signedValue: -5).asInt64, -5)
  }

  func testActiveAndSignificantBits() {
    XCTAssertEqual(APInt(width: 64, value: 255).activeBits, 8)
    XCTAssertEqual(APInt(width: 64, value: 0).activeBits, 0)
    XCTAssertEqual(APInt(width: 64, value: 127).minSignedBits, 8)
    XCTAssertEqual(APInt(width: 64, value: 128).minSignedBits, 9)
    XCTAssertEqual(APInt(width: 64, signedValue: -128).minSignedBits, 8)
    XCTAssertEqual(APInt(width: 64, signedValue: -129).minSignedBits, 9)
    XCTAssertEqual(APInt(width: 64, value: 0).minSignedBits, 1)
    XCTAssertTrue(APInt(width: 64, value: 255).fitsUnsigned(width: 8))
    XCTAssertFalse(APInt(width: 64, value: 256).fitsUnsigned(width: 8))
    XCTAssertTrue(APInt(width: 64, signedValue: -128).fitsSigned(width: 8))
    XCTAssertFalse(APInt(width: 64, value: 128).fitsSigned(width: 8))
  }

  func testNegation() {
    XCTAssertEqual(APInt(width: 8, value: 1).negated().asUInt64, 0xFF)
    XCTAssertEqual(APInt(width: 8, value: 0x80).negated().asUInt64, 0x80)
    XCTAssertEqual(APInt(width: 8, value: 0).negated().asUInt64, 0)
    XCTAssertEqual(APInt(width: 128, value: 1).negated(), APInt.allOnes(width: 128))
    XCTAssertEqual(APInt(width: 128, words: [0, 1]).negated().words, [0, ~0])
  }

  func testDecimalAndHexParsing() {
    XCTAssertEqual(APInt.fromDecimalString("0"), APInt(width: 1, value: 0))
    XCTAssertEqual(APInt.fromDecimalString("255"), APInt(width: 8, value: 255))
    XCTAssertEqual(APInt.fromDecimalString("000256"), APInt(width: 9, value: 256))
    XCTAssertEqual(
      APInt.fromDecimalString("340282366920938463463374607431768211455"), APInt.allOnes(width: 128))
    XCTAssertEqual(APInt.fromDecimalString("18446744073709551616"), APInt(width: 65, words: [0, 1]))
    XCTAssertNil(APInt.fromDecimalString(""))
    XCTAssertNil(APInt.fromDecimalString("12a"))
    XCTAssertNil(APInt.fromDecimalString("-1"))
    XCTAssertEqual(APInt.fromHexString("ff"), APInt(width: 8, value: 255))
    XCTAssertEqual(APInt.fromHexString("00FF"), APInt(width: 8, value: 255))
    XCTAssertEqual(APInt.fromHexString("1FFFFFFFFFFFFFFFF"), APInt(width: 65, words: [~0, 1]))
    XCTAssertEqual(APInt.fromHexString("0"), APInt(width: 1, value: 0))
    XCTAssertNil(APInt.fromHexString("0x1"))
    XCTAssertNil(APInt.fromHexString(""))
  }

  func testToString() {
    XCTAssertEqual(APInt(width: 8, value: 255).toString(radix: 10, signed: true), "-1")
    XCTAssertEqual(APInt(width: 8, value: 255).toString(radix: 10, signed: false), "255")
    XCTAssertEqual(APInt(width: 8, value: 0x80).toString(radix: 10, signed: true), "-128")
    XCTAssertEqual(APInt(width: 0, value: 0).toString(radix: 10, signed: true), "0")
    XCTAssertEqual(APInt(width: 16, value: 0x7C00).toString(radix: 16, signed: false), "7C00")
    XCTAssertEqual(APInt(width: 16, value: 0x7C00).toString(radix: 16, signed: false, uppercase: false), "7c00")
    XCTAssertEqual(APInt(width: 4, value: 3).toString(radix: 16, signed: false), "3")
    XCTAssertEqual(APInt(width: 5, value: 5).toString(radix: 2, signed: false), "101")
    XCTAssertEqual(APInt.allOnes(width: 128).toString(radix: 10, signed: false), "340282366920938463463374607431768211455")
    XCTAssertEqual(APInt.allOnes(width: 128).toString(radix: 10, signed: true), "-1")
    XCTAssertEqual(
      APInt(width: 128, words: [0, 1 << 63]).toString(radix: 10, signed: true),
      "-170141183460469231731687303715884105728")
    XCTAssertEqual(APInt(width: 80, words: [0x8000000000000000, 0x7FFF]).toString(radix: 16, signed: false),
      "7FFF8000000000000000")
    let big = "123456789012345678901234567890123456789012345678901234567890"
    XCTAssertEqual(APInt.fromDecimalString(Substring(big))?.toString(radix: 10, signed: false), big)
    XCTAssertEqual(APInt(width: 256, words: [1, 2, 3, 4]).toString(radix: 16, signed: false),
      "4000000000000000300000000000000020000000000000001")
  }

  /// Integer attributes in Tests/Fixtures/floats/int_attrs.mlir against what
  /// torch-mlir-opt printed for them (int_attrs.out.mlir), using MLIR's rules:
  /// the literal's value by fromMLIRIntegerLiteral, printed signed unless the
  /// type is unsigned, i1 as true/false.
  func testIntegerAttributesMatchReferenceTool() throws {
    let input = try FloatFixtures.ops("int_attrs.mlir")
    let output = try FloatFixtures.ops("int_attrs.out.mlir")
    XCTAssertEqual(input.count, output.count)
    XCTAssertGreaterThan(input.count, 50)
    for (inOp, outOp) in zip(input, output) {
      guard let (literal, declaredType) = inOp.first, let (printed, printedType) = outOp.first,
        let typeName = declaredType
      else {
        XCTFail("empty op")
        continue
      }
      let negative = literal.hasPrefix("-")
      let spelling = negative ? literal.dropFirst() : Substring(literal)
      let (width, signedness) = integerType(typeName)
      let value = APInt.fromMLIRIntegerLiteral(
        spelling, negative: negative, width: width, signedOrIndex: signedness == "s" || signedness == "index")
      guard let value else {
        XCTFail("\(literal) : \(typeName) rejected")
        continue
      }
      if typeName == "i1" {
        XCTAssertEqual(value.isZero ? "false" : "true", printed, "\(literal) : \(typeName)")
        XCTAssertNil(printedType)
      } else {
        XCTAssertEqual(value.toString(radix: 10, signed: signedness != "u"), printed, "\(literal) : \(typeName)")
        XCTAssertEqual(printedType, typeName)
      }
    }
  }

  /// The integer literals of errors.mlir that MLIR rejects with "integer
  /// constant out of range for attribute".
  func testOutOfRangeIntegerLiterals() {
    let rejected: [(String, String)] = [
      ("-0", "i32"), ("256", "i8"), ("-129", "i8"), ("128", "si8"), ("0x1FF", "i8"), ("2", "i1"),
      ("1", "si1"), ("-1", "i0"), ("1", "i0"), ("18446744073709551616", "i64"), ("9223372036854775808", "index"),
    ]
    for (literal, typeName) in rejected {
      let negative = literal.hasPrefix("-")
      let (width, signedness) = integerType(typeName)
      XCTAssertNil(
        APInt.fromMLIRIntegerLiteral(
          negative ? literal.dropFirst() : Substring(literal), negative: negative, width: width,
          signedOrIndex: signedness == "s" || signedness == "index"), "\(literal) : \(typeName)")
    }
  }

  /// (width, "s" / "u" / "" / "index") of an integer type keyword.
  private func integerType(_ name: String) -> (Int, String) {
    if name == "index" { return (64, "index") }
    var rest = Substring(name)
    var signedness = ""
    if rest.hasPrefix("si") || rest.hasPrefix("ui") {
      signedness = String(rest.prefix(1))
      rest = rest.dropFirst(2)
    } else {
      rest = rest.dropFirst(1)
    }
    return (Int(rest) ?? -1, signedness)
  }
}
