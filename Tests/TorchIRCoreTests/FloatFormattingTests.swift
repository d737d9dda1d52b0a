import XCTest

@testable import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Expected strings come from the reference tool: Tests/Fixtures/floats holds
// inputs and torch-mlir-opt's raw output for them (see its README.md). Each op
// there has a dictionary of `name = literal : type` entries; the output lists
// them in the same order.

final class FloatFormattingTests: XCTestCase {
  // MARK: Fixtures from torch-mlir-opt

  func testCuratedFloatAttributesMatchReferenceTool() throws {
    try checkFloatFixture("float_attrs", minimumCount: 600)
  }

  func testFloatBitPatternsMatchReferenceTool() throws {
    try checkFloatFixture("float_bits", minimumCount: 5000)
  }

  func testDecimalLiteralsMatchReferenceTool() throws {
    try checkFloatFixture("float_literals", minimumCount: 1000)
  }

  /// Dense and array elements print with the same function as FloatAttr.
  func testDenseElementsMatchReferenceTool() throws {
    let input = try FloatFixtures.lines("dense_attrs.mlir").filter { $0.hasPrefix("\"t.d\"") }
    let output = try FloatFixtures.lines("dense_attrs.out.mlir").filter { $0.contains("\"t.d\"") }
    XCTAssertEqual(input.count, output.count)
    var checked = 0
    for (inLine, outLine) in zip(input, output) {
      guard let (literals, kind) = denseElements(inLine), let (printed, printedKind) = denseElements(outLine),
        let kind, kind == printedKind, literals.count == printed.count
      else { continue }
      for (literal, expected) in zip(literals, printed) {
        XCTAssertEqual(formatFloatForMLIR(bits: try FloatFixtures.parse(literal, kind), kind: kind), expected, inLine)
        checked += 1
      }
    }
    XCTAssertGreaterThan(checked, 25)
  }

  // MARK: Transcribed spot checks (from the fixture outputs)

  func testSpotChecks() throws {
    let cases: [(String, FloatKind, String)] = [
      ("0.1", .f32, "1.000000e-01"), ("1.0e-10", .f64, "1.000000e-10"),
      ("3.14159265358979", .f64, "3.14159265358979"), ("3.14159265358979", .f32, "3.14159274"),
      ("65504.0", .f16, "6.550400e+04"), ("65520.0", .f16, "0x7C00"), ("0x7C00", .f16, "0x7C00"),
      ("1.0e38", .bf16, "9.969200e+37"), ("1234567.0", .f32, "0x4996B438"),
      ("1.1", .f128, "1.10000000000000008881784197001252323"), ("1.1", .f80, "1.10000000000000008882"),
      ("1.0e400", .f64, "0x7FF0000000000000"), ("1.0e-400", .f64, "0.000000e+00"), ("-0.0", .f16, "-0.000000e+00"),
      ("-0.0", .f8E4M3FNUZ, "0.000000e+00"), ("0.0", .f8E8M0FNU, "5.877470e-39"), ("3.0", .f8E8M0FNU, "4.000000e+00"),
      ("1.0e10", .f8E4M3FN, "0x7F"), ("100.0", .f4E2M1FN, "6.000000e+00"), ("1.000488281250000001", .f16, "1.000000e+00"),
      ("0x7FFF8000000000000000", .f80, "0x7FFF8000000000000000"),
      ("0x40004000000000000000", .f80, "0x7FFF4000000000000000"),
      ("0x00018000000000000000", .f80, "3.36210314311209350626E-4932"),
      ("0x3C00", .f32, "2.152390e-41"), ("0x80", .f8E5M2FNUZ, "0x80"), ("0xFF", .f8E8M0FNU, "0xFF"),
    ]
    for (literal, kind, expected) in cases {
      XCTAssertEqual(formatFloatForMLIR(bits: try FloatFixtures.parse(literal, kind), kind: kind), expected, literal)
    }
  }

  /// APFloat::toString's default form (precision 0, padding 3, truncated
  /// zeros): MLIR prints it when the 6-digit form does not round-trip, so
  /// these strings are torch-mlir-opt's output for the same values.
  func testAPFloatToStringDefaultForm() throws {
    let cases: [(String, FloatKind, String)] = [
      ("0.00123456789", .f64, "0.0012345678899999999"), ("0.000123456789", .f64, "1.23456789E-4"),
      ("123456789.5", .f64, "123456789.5"), ("123456789012345678901234.0", .f64, "1.2345678901234569E+23"),
      ("0x3FB999999999999B", .f64, "0.10000000000000002"), ("0x3F89999999999999", .f64, "0.012499999999999999"),
      ("0.0125000000000001", .f64, "0.0125000000000001"), ("1000.0001", .f64, "1000.0001"),
      ("0x44D0000000000001", .f64, "3.0223145490365736E+23"), ("1.0000001", .f32, "1.00000012"),
      ("1000000.1", .f32, "1000000.13"), ("3.14159265358979", .f32, "3.14159274"),
      ("0x00018000000000000000", .f80, "3.36210314311209350626E-4932"),
      ("1.1", .f128, "1.10000000000000008881784197001252323"),
    ]
    for (literal, kind, expected) in cases {
      let bits = try FloatFixtures.parse(literal, kind)
      XCTAssertEqual(formatFloatAPFloatStyle(bits: bits, kind: kind), expected, literal)
      XCTAssertEqual(formatFloatForMLIR(bits: bits, kind: kind), expected, literal)
    }
    // Non-finite values and zero, per IEEEFloat::toString's source (MLIR never
    // prints these forms).
    XCTAssertEqual(formatFloatAPFloatStyle(bits: doubleToFloatBits(.infinity, kind: .f32), kind: .f32), "+Inf")
    XCTAssertEqual(formatFloatAPFloatStyle(bits: doubleToFloatBits(-.infinity, kind: .f32), kind: .f32), "-Inf")
    XCTAssertEqual(formatFloatAPFloatStyle(bits: doubleToFloatBits(.nan, kind: .f32), kind: .f32), "NaN")
    XCTAssertEqual(
      formatFloatAPFloatStyle(
        bits: doubleToFloatBits(0, kind: .f32), kind: .f32, formatPrecision: 6, formatMaxPadding: 0,
        truncateZero: false), "0.000000e+00")
    XCTAssertEqual(
      formatFloatAPFloatStyle(
        bits: doubleToFloatBits(0.5, kind: .f32), kind: .f32, formatPrecision: 3, formatMaxPadding: 0,
        truncateZero: true), "5.0E-1")
    // Decimal rounding is half up on the digit string: 0.125 -> 0.13 at 2 digits.
    XCTAssertEqual(
      formatFloatAPFloatStyle(
        bits: doubleToFloatBits(0.125, kind: .f64), kind: .f64, formatPrecision: 2, formatMaxPadding: 3), "0.13")
  }

  // MARK: Parsing

  func testMalformedLiteralsAreRejected() {
    for text in ["", "1", "1e5", ".5", "-.5", "1.5e", "1.5e+", "1..5", "1.5.", "0x1p3", "inf", "nan", "1.5f", "--1.0", " 1.0"] {
      XCTAssertNil(parseDecimalFloat(Substring(text), kind: .f32), text)
      XCTAssertNil(parseDecimalFloatExact(Substring(text), kind: .f32), text)
    }
    XCTAssertNotNil(parseDecimalFloat("1.", kind: .f32))
    XCTAssertNotNil(parseDecimalFloat("+1.5E-3", kind: .f32))
  }

  /// MLIR reads literals through double; APFloat(semantics, text) does not.
  func testLiteralsRoundThroughDouble() {
    XCTAssertEqual(parseDecimalFloat("1.000488281250000001", kind: .f16)?.asUInt64, 0x3C00)
    XCTAssertEqual(parseDecimalFloatExact("1.000488281250000001", kind: .f16)?.asUInt64, 0x3C01)
    XCTAssertEqual(parseDecimalFloat("2.9802322387695313e-8", kind: .f16)?.asUInt64, 0)
    XCTAssertEqual(parseDecimalFloatExact("2.9802322387695313e-8", kind: .f16)?.asUInt64, 1)
    XCTAssertEqual(parseDecimalFloat("1.1", kind: .f128)?.words, [0xA000000000000000, 0x3FFF199999999999])
    XCTAssertEqual(parseDecimalFloatExact("1.1", kind: .f128)?.words, [0x999999999999999A, 0x3FFF199999999999])
    // Digits far past the 12000 kept still decide a tie.
    let justAboveTie = "1.00048828125" + String(repeating: "0", count: 15000) + "1"
    XCTAssertEqual(parseDecimalFloatExact(Substring(justAboveTie), kind: .f16)?.asUInt64, 0x3C01)
    XCTAssertEqual(parseDecimalFloat(Substring(justAboveTie), kind: .f16)?.asUInt64, 0x3C00)
    let f64Tie = "1.00000000000000011102230246251565404236316680908203125"  // 1 + 2^-53
    XCTAssertEqual(parseDecimalFloat(Substring(f64Tie), kind: .f64)?.asUInt64, 0x3FF0000000000000)
    XCTAssertEqual(
      parseDecimalFloat(Substring(f64Tie + String(repeating: "0", count: 13000) + "1"), kind: .f64)?.asUInt64,
      0x3FF0000000000001)
  }

  func testOverflowUnderflowAndSpecialZeros() {
    func p(_ t: String, _ k: FloatKind) -> UInt64? { parseDecimalFloat(Substring(t), kind: k)?.asUInt64 }
    XCTAssertEqual(p("1.0e400", .f64), 0x7FF0000000000000)
    XCTAssertEqual(p("-1.0e400", .f32), 0xFF800000)
    XCTAssertEqual(p("1.0e99999999999999999999", .f64), 0x7FF0000000000000)
    XCTAssertEqual(p("0.0e99999", .f32), 0)
    XCTAssertEqual(p("-1.0e-400", .f16), 0x8000)
    XCTAssertEqual(p("1.0e10", .f8E4M3FN), 0x7F)
    XCTAssertEqual(p("-1.0e10", .f8E4M3FN), 0xFF)
    XCTAssertEqual(p("464.0", .f8E4M3FN), 0x7E)
    XCTAssertEqual(p("465.0", .f8E4M3FN), 0x7F)
    XCTAssertEqual(p("-1.0e10", .f8E5M2FNUZ), 0x80)
    XCTAssertEqual(p("-0.0", .f8E5M2FNUZ), 0)
    XCTAssertEqual(p("1.0e10", .f4E2M1FN), 0x7)
    XCTAssertEqual(p("-1.0e10", .f6E3M2FN), 0x3F)
    XCTAssertEqual(p("0.0", .f8E8M0FNU), 0)
    XCTAssertEqual(p("1.0e-50", .f8E8M0FNU), 0)
    XCTAssertEqual(p("1.0e39", .f8E8M0FNU), 0xFF)
    XCTAssertEqual(p("1.5", .f8E8M0FNU), 0x80)
    // APFloat keeps a sign f8E8M0FNU cannot store; bitcasting ORs it into bit 7.
    XCTAssertEqual(p("-1.0", .f8E8M0FNU), 0xFF)
    XCTAssertEqual(p("-2.0", .f8E8M0FNU), 0x80)
  }

  func testHexFloatLiterals() {
    XCTAssertEqual(floatBitsFromHexLiteral(APInt(width: 16, value: 0x7C00), kind: .f16)?.asUInt64, 0x7C00)
    XCTAssertEqual(floatBitsFromHexLiteral(APInt(width: 3, value: 7), kind: .f16), APInt(width: 16, value: 7))
    XCTAssertNil(floatBitsFromHexLiteral(APInt(width: 17, value: 0x1FFFF), kind: .f16))
    XCTAssertNil(floatBitsFromHexLiteral(APInt(width: 20, value: 0xFFFFF), kind: .tf32))
    XCTAssertNotNil(floatBitsFromHexLiteral(APInt(width: 19, value: 0x7FFFF), kind: .tf32))
    XCTAssertNil(floatBitsFromHexLiteral(APInt(width: 5, value: 0x10), kind: .f4E2M1FN))
  }

  /// Swift's Double(String) (the fast path) must agree with the big-integer path.
  func testFastAndExactDoubleParsingAgree() {
    var rng = FloatFixtures.RNG(seed: 42)
    for _ in 0..<3000 {
      let digits = String(rng.next() % 100_000_000_000_000_000)
      let text = "\(digits.prefix(1)).\(digits.dropFirst())e\(Int(rng.next() % 640) - 330)"
      // Padding with zeros defeats the fast path without changing the value.
      let padded = text.split(separator: "e").joined(separator: "0000000000000000000000000000e")
      XCTAssertEqual(
        parseDecimalFloat(Substring(text), kind: .f64), parseDecimalFloat(Substring(padded), kind: .f64), text)
      XCTAssertEqual(
        parseDecimalFloat(Substring(text), kind: .f64), parseDecimalFloatExact(Substring(text), kind: .f64), text)
    }
  }

  // MARK: Round trips

  /// Whatever we print must read back to the same bits (NaN and infinity
  /// print as hex), through both APFloat-style and MLIR-style parsing.
  func testPrintParseRoundTrip() throws {
    var rng = FloatFixtures.RNG(seed: 7)
    for kind in [FloatKind.f16, .bf16, .f32, .f64] {
      for i in 0..<4000 {
        var raw = rng.next()
        if i % 2 == 0 {
          // Short significands exercise the 6-digit form.
          let mantissaBits = kind.precision - 1
          raw &= ~((UInt64(1) << UInt64(mantissaBits - min(mantissaBits, Int(rng.next() % 12)))) - 1)
        }
        let bits = APInt(width: kind.bitWidth, value: raw)
        let text = formatFloatForMLIR(bits: bits, kind: kind)
        let back = try FloatFixtures.parse(text, kind)
        if classifyFloat(bits, kind: kind).0 == .nan {
          XCTAssertEqual(classifyFloat(back, kind: kind).0, .nan)
        } else {
          XCTAssertEqual(back, bits, "\(kind) \(text)")
          XCTAssertEqual(parseDecimalFloatExact(Substring(text), kind: kind) ?? back, bits, "\(kind) \(text)")
        }
      }
    }
  }

  // MARK: Double conversions

  func testF16ConversionsMatchHardware() {
    #if arch(x86_64) || arch(arm64)
      for pattern in 0..<(1 << 16) {
        let h = Float16(bitPattern: UInt16(pattern))
        let d = floatBitsToDouble(APInt(width: 16, value: UInt64(pattern)), kind: .f16)
        if h.isNaN {
          XCTAssertTrue(d.isNaN)
          XCTAssertEqual(d.sign, h.sign)
        } else {
          XCTAssertEqual(d.bitPattern, Double(h).bitPattern)
        }
      }
      var rng = FloatFixtures.RNG(seed: 3)
      for _ in 0..<20000 {
        let d = Double(bitPattern: rng.next() >> UInt64(rng.next() % 3))
        guard !d.isNaN else { continue }
        XCTAssertEqual(doubleToFloatBits(d, kind: .f16).asUInt64, UInt64(Float16(d).bitPattern), "\(d)")
        XCTAssertEqual(doubleToFloatBits(d, kind: .f32).asUInt64, UInt64(Float(d).bitPattern), "\(d)")
      }
    #endif
  }

  func testNonFiniteConversions() {
    func bits(_ d: Double, _ k: FloatKind) -> UInt64 { doubleToFloatBits(d, kind: k).asUInt64 }
    XCTAssertEqual(bits(.nan, .f16), 0x7E00)
    XCTAssertEqual(bits(-.nan, .f16), 0xFE00)
    XCTAssertEqual(bits(.infinity, .bf16), 0x7F80)
    XCTAssertEqual(bits(.infinity, .f8E4M3FN), 0x7F)
    XCTAssertEqual(bits(-.infinity, .f8E4M3FN), 0xFF)
    XCTAssertEqual(bits(-.infinity, .f8E4M3FNUZ), 0x80)
    XCTAssertEqual(bits(.nan, .f8E8M0FNU), 0xFF)
    XCTAssertEqual(bits(.infinity, .f4E2M1FN), 0x7)
    XCTAssertEqual(bits(-.infinity, .f6E2M3FN), 0x3F)
    XCTAssertEqual(bits(.nan, .f4E2M1FN), 0)
    XCTAssertEqual(bits(-0.0, .f8E5M2FNUZ), 0)
    XCTAssertEqual(bits(-0.0, .f8E5M2), 0x80)
    XCTAssertEqual(bits(0, .f8E8M0FNU), 0)
    XCTAssertEqual(doubleToFloatBits(.nan, kind: .f80).words, [0xC000000000000000, 0x7FFF])
    // A signalling NaN is quieted; its top payload bits survive.
    XCTAssertEqual(bits(Double(bitPattern: 0x7FF4000000000000), .f32), 0x7FE00000)
    XCTAssertTrue(floatBitsToDouble(APInt(width: 8, value: 0x7F), kind: .f8E4M3FN).isNaN)
    XCTAssertTrue(floatBitsToDouble(APInt(width: 8, value: 0x80), kind: .f8E4M3FNUZ).isNaN)
    XCTAssertTrue(floatBitsToDouble(APInt(width: 8, value: 0xFF), kind: .f8E8M0FNU).isNaN)
    XCTAssertEqual(floatBitsToDouble(APInt(width: 8, value: 0), kind: .f8E8M0FNU), 0x1p-127)
    XCTAssertEqual(floatBitsToDouble(APInt(width: 4, value: 0xF), kind: .f4E2M1FN), -6)
    XCTAssertEqual(floatBitsToDouble(APInt(width: 80, words: [0x8000000000000000, 0x3FFF]), kind: .f80), 1)
    XCTAssertEqual(floatBitsToDouble(APInt(width: 128, words: [0, 0x7FFF0000_00000000]), kind: .f128), .infinity)
    XCTAssertEqual(
      convertFloatBits(APInt(width: 16, value: 0x3C00), from: .f16, to: .bf16), APInt(width: 16, value: 0x3F80))
    XCTAssertEqual(
      convertFloatBits(APInt(width: 32, value: 0x7F7FFFFF), from: .f32, to: .f16), APInt(width: 16, value: 0x7C00))
  }

  func testSemanticsTable() {
    XCTAssertEqual(FloatKind.allCases.count, 18)
    XCTAssertEqual(FloatKind.tf32.bitWidth, 19)
    XCTAssertEqual(FloatKind.f80.bitWidth, 80)
    XCTAssertEqual(FloatKind.f4E2M1FN.bitWidth, 4)
    XCTAssertEqual(FloatKind(rawValue: "f8E4M3B11FNUZ"), .f8E4M3B11FNUZ)
    XCTAssertEqual(FloatKind.f16.semantics.exponentBias, 15)
    XCTAssertEqual(FloatKind.f8E4M3FNUZ.semantics.exponentBias, 8)
    XCTAssertEqual(FloatKind.f8E8M0FNU.semantics.exponentBias, 127)
    XCTAssertEqual(FloatKind.f80.semantics.exponentBits, 15)
    XCTAssertFalse(FloatKind.f8E4M3FN.hasInfinity)
    XCTAssertTrue(FloatKind.f8E4M3FN.hasNaN)
    XCTAssertFalse(FloatKind.f6E3M2FN.hasNaN)
  }

  // MARK: Helpers

  private func checkFloatFixture(_ name: String, minimumCount: Int) throws {
    let input = try FloatFixtures.ops(name + ".mlir")
    let output = try FloatFixtures.ops(name + ".out.mlir")
    XCTAssertEqual(input.count, output.count)
    var checked = 0
    for (inOp, outOp) in zip(input, output) {
      XCTAssertEqual(inOp.count, outOp.count)
      for ((literal, typeName), (expected, printedType)) in zip(inOp, outOp) {
        guard let typeName, let kind = FloatKind(rawValue: typeName) else {
          XCTFail("no float type in \(literal)")
          continue
        }
        XCTAssertEqual(printedType, typeName)
        let got = formatFloatForMLIR(bits: try FloatFixtures.parse(literal, kind), kind: kind)
        XCTAssertEqual(got, expected, "\(literal) : \(typeName)")
        checked += 1
      }
    }
    XCTAssertGreaterThanOrEqual(checked, minimumCount)
  }

  /// `[name:] values` of `dense<...> : tensor<...xT>` / `array<T: ...>` lines.
  private func denseElements(_ line: String) -> ([String], FloatKind?)? {
    if let a = line.firstRange(of: "array<") {
      let body = line[a.upperBound...].prefix { $0 != ">" }
      guard let colon = body.firstIndex(of: ":") else { return nil }
      return (
        body[body.index(after: colon)...].split(separator: ",").map(FloatFixtures.trim),
        FloatKind(rawValue: String(body[..<colon]))
      )
    }
    guard let d = line.firstRange(of: "dense<"), let t = line.firstRange(of: "tensor<") else { return nil }
    let body = line[d.upperBound...].prefix { $0 != ">" }
    guard !body.hasPrefix("\""), !body.hasPrefix("(") else { return nil }
    let elements = body.filter { $0 != "[" && $0 != "]" }.split(separator: ",").map(FloatFixtures.trim)
    let shape = line[t.upperBound...].prefix { $0 != ">" }
    return (elements, FloatKind(rawValue: String(shape.split(separator: "x").last ?? "")))
  }
}

/// Helpers shared by FloatFormattingTests and APIntTests.
enum FloatFixtures {
  /// A float literal as MLIR reads it: hex is the bit pattern, decimal goes
  /// through double.
  static func parse(_ literal: String, _ kind: FloatKind) throws -> APInt {
    if literal.hasPrefix("0x") {
      let value = try XCTUnwrap(APInt.fromHexString(literal.dropFirst(2)), literal)
      return try XCTUnwrap(floatBitsFromHexLiteral(value, kind: kind), literal)
    }
    return try XCTUnwrap(parseDecimalFloat(Substring(literal), kind: kind), literal)
  }

  enum Missing: Error { case file(String) }

  /// Lines of a file under Tests/Fixtures/floats.
  static func lines(_ name: String, filePath: StaticString = #filePath) throws -> [String] {
    let here = "\(filePath)"
    let testsDir = here.split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/")
    let path = testsDir + "/Fixtures/floats/" + name
    guard let file = fopen(path, "r") else { throw Missing.file(path) }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// The attribute dictionaries of the ops in a fixture, as (value, type)
  /// pairs in order; the type is nil where MLIR printed none (i1 `true`).
  static func ops(_ name: String) throws -> [[(String, String?)]] {
    try lines(name).compactMap { line -> [(String, String?)]? in
      guard !line.hasPrefix("//"), let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}")
      else { return nil }
      return line[line.index(after: open)..<close].split(separator: ",").map { entry in
        let value = entry.split(separator: "=", maxSplits: 1).last.map(trim) ?? ""
        let parts = value.split(separator: ":")
        if parts.count == 2 { return (trim(parts[0]), trim(parts[1])) }
        return (value, nil)
      }
    }
  }

  static func trim<S: StringProtocol>(_ s: S) -> String {
    String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  /// SplitMix64: a small deterministic generator so failures reproduce.
  struct RNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49EB_133B_4CE1
      return z ^ (z >> 31)
    }
  }
}
