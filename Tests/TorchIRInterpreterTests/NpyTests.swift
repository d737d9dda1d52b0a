// The .npy reader and writer against files numpy wrote, and hostile files.

import Foundation
import TorchIRInterpreter
import XCTest

final class NpyTests: XCTestCase {
  /// Every array numpy wrote (all dtypes, 0-d, empty, big-endian, Fortran
  /// order, version 2.0/3.0 headers) reads back and writes the bytes np.save
  /// writes for it.
  func testRoundTripMatchesNumpy() throws {
    let dir = interpFixtures.appendingPathComponent("npy")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".npy") && !$0.hasSuffix(".expected.npy") }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 20)
    for name in names {
      let base = String(name.dropLast(4))
      let buffer = try Npy.read(path: dir.appendingPathComponent(name).path)
      let expected = try [UInt8](Data(contentsOf: dir.appendingPathComponent(base + ".expected.npy")))
      XCTAssertEqual(try Npy.encode(buffer), expected, name)
    }
  }

  /// The inputs and expected results of the op fixtures (bf16 '<V2' files
  /// included) round-trip byte for byte too.
  func testFixtureFilesRoundTrip() throws {
    let dir = interpFixtures.appendingPathComponent("cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".npy") }
    XCTAssertGreaterThan(names.count, 300)
    for name in names {
      let path = dir.appendingPathComponent(name).path
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      XCTAssertEqual(try Npy.encode(try Npy.read(path: path)), bytes, name)
    }
  }

  func testValuesOfKnownFiles() throws {
    let dir = interpFixtures.appendingPathComponent("npy")
    let f = try Npy.read(path: dir.appendingPathComponent("fortran_f4.npy").path)
    XCTAssertEqual(f.shape, [3, 4])
    // np.arange(12).reshape(3, 4) in Fortran order still reads row-major.
    XCTAssertEqual((0..<12).map { f.load($0).floatValue }, (0..<12).map(Double.init))
    let b = try Npy.read(path: dir.appendingPathComponent("bigendian_i4.npy").path)
    XCTAssertEqual((0..<6).map { b.load($0).intBits }, [0, 1, 2, 3, 4, 5])
    let s = try Npy.read(path: dir.appendingPathComponent("scalar_f4.npy").path)
    XCTAssertEqual(s.shape, [])
    XCTAssertEqual(s.load(0).floatValue, 3.5)
  }

  /// A v1.0 header: magic, version, length, then `dict` padded to 64 bytes.
  private func npy(_ dict: String, data: [UInt8] = [], pad: Bool = true) -> [UInt8] {
    var header = Array(dict.utf8)
    if pad {
      while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
      header.append(0x0A)
    }
    let n = header.count
    return [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, UInt8(n & 0xFF), UInt8(n >> 8)] + header + data
  }

  private func expectError(_ bytes: [UInt8], _ fragment: String, as e: ElementType? = nil,
    file: StaticString = #filePath, line: UInt = #line) {
    let path = temporaryFile(bytes)
    do {
      _ = try Npy.read(path: path, as: e)
      XCTFail("no error (expected '\(fragment)')", file: file, line: line)
    } catch let err as NpyError {
      XCTAssertTrue(err.message.contains(fragment), "\(err.message)", file: file, line: line)
    } catch {
      XCTFail("\(error)", file: file, line: line)
    }
  }

  func testMalformedFilesAreDiagnosed() {
    expectError([], "bad magic")
    expectError(Array("not a numpy file at all".utf8), "bad magic")
    expectError([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 9, 0, 0, 0], "version 9.0")
    expectError([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, 0xFF], "truncated header")
    expectError([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, 0xFF, 0x00, 0x7B], "truncated header")
    // A 4 GiB header length (version 2.0) is refused before reading it.
    expectError([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 2, 0, 0xFF, 0xFF, 0xFF, 0xFF], "too long")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", data: [0, 0, 0]), "truncated data")
    // Huge shapes: no allocation, a diagnostic.
    expectError(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776), }"), "too large")
    expectError(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1073741824, 1024), }"), "truncated data")
    expectError(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,), }"), "non-negative integers")
    expectError(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }"), "non-negative integers")
    expectError(npy("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }"), "unsupported dtype '<c8'")
    expectError(npy("{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }"), "unsupported dtype")
    expectError(npy("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }"), "structured")
    expectError(npy("{'descr': '<f4', 'shape': (1,), }"), "must have the keys")
    expectError(npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }"), "True or False")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1}"), "unexpected key")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), } junk"), "after the dictionary")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'descr': '<f4'}"), "twice")
    expectError(npy("{'descr': '<f4\u{e9}', 'fortran_order': False, 'shape': (1,), }"), "not ASCII")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,"), "shape must be")
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", data: [UInt8](repeating: 0, count: 8)),
      "does not match element type f64", as: .float(.f64))
    // bf16 is never read from f4 or u2 silently.
    expectError(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", data: [0, 0, 0, 0]),
      "expected '<V2'", as: .float(.bf16))
    expectError(npy("{'descr': '<u2', 'fortran_order': False, 'shape': (), }", data: [0, 0]),
      "expected '<V2'", as: .float(.bf16))
  }

  func testHeaderVariantsAreRead() throws {
    // Double quotes, no trailing comma, Python 2 long suffix, 'bfloat16'.
    let a = try Npy.read(path: temporaryFile(npy(#"{"descr": "<i2", "fortran_order": False, "shape": (2L,)}"#, data: [1, 0, 0xFF, 0xFF])))
    XCTAssertEqual(a.shape, [2])
    XCTAssertEqual(a.load(1).intBits, 0xFFFF)
    let b = try Npy.read(path: temporaryFile(npy("{'descr': 'bfloat16', 'fortran_order': False, 'shape': (), }", data: [0x80, 0x3F])))
    XCTAssertEqual(b.elementType, .float(.bf16))
    XCTAssertEqual(b.load(0).floatValue, 1.0)
  }

  /// A header too long for version 1.0 (a 2-byte length) is written as
  /// version 2.0, still padded so the data starts at a multiple of 64
  /// (numpy's rule; numpy cannot make such an array, having at most 64
  /// dimensions, so this is checked by hand).
  func testLongHeaderUsesVersion2() throws {
    let b = try Buffer(allocating: .float(.f32), shape: [Int](repeating: 1, count: 30000), at: .unknown)
    b.store(0, .float(2.5))
    let bytes = try Npy.encode(b)
    XCTAssertEqual(Array(bytes[6..<8]), [2, 0])
    let length = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
    XCTAssertEqual((12 + length) % 64, 0)
    XCTAssertEqual(bytes[12 + length - 1], 0x0A)
    XCTAssertEqual(bytes.count, 12 + length + 4)
    XCTAssertEqual(Array(bytes[(12 + length)...]), [0, 0, 0x20, 0x40])  // 2.5 as little-endian f32
  }

  func testWriterRejectsTypesWithoutDtype() throws {
    let b = try Buffer(allocating: .integer(width: 4, signedness: .signless), shape: [2], at: .unknown)
    XCTAssertThrowsError(try Npy.encode(b))
  }
}
