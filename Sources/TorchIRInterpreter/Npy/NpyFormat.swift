// numpy's .npy format (numpy/lib/format.py): the magic "\x93NUMPY", a
// version (1.0: 2-byte header length; 2.0 and 3.0: 4-byte length, 3.0 with a
// UTF-8 header), a Python dict literal with 'descr', 'fortran_order' and
// 'shape', padded with spaces and a newline so that the data starts at a
// multiple of 64 bytes, then the raw elements.
//
// dtypes: b1 (i1), i1/u1, i2/u2, i4/u4, i8/u8 and f2/f4/f8, little- ('<'),
// big- ('>', read only) or native-endian ('='), '|' for one-byte types.
// bf16 has no numpy dtype: we write it as '<V2', which is what
// `np.save` writes for an ml_dtypes.bfloat16 array (`np.load(f)` gives a
// 2-byte void array; `.view(ml_dtypes.bfloat16)` restores it), and read
// '<V2'/'|V2' and the descr 'bfloat16' as bf16 — never f4 or u2 silently.
// Fortran-order arrays are read (transposed into row-major order); we always
// write C order.
//
// Reading never trusts the header: the header length is capped, the shape
// product and byte count are checked for overflow and against what the file
// holds before anything is allocated, and the data is read straight into
// the buffer.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import TorchIRCore

/// An error reading or writing a .npy file (the message names the problem;
/// callers prefix the file name).
public struct NpyError: Error, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// A numpy dtype we know, as read from a descr.
public struct NpyDType: Hashable, CustomStringConvertible {
  /// 'b', 'i', 'u', 'f', or 'V' (bf16 only).
  public let kind: Character
  public let itemSize: Int
  public let bigEndian: Bool

  /// How numpy spells it in a header.
  public var description: String {
    if itemSize == 1 { return "|\(kind)1" }
    return (bigEndian ? ">" : "<") + "\(kind)\(itemSize)"
  }

  /// The dtype we read and write for `e`; nil when numpy has none (i4, i24...).
  public init?(_ e: ElementType) {
    bigEndian = false
    switch e {
    case .integer(1, _):
      kind = "b"
      itemSize = 1
    case .integer(let w, let s):
      guard w == 8 || w == 16 || w == 32 || w == 64 else { return nil }
      kind = s == .unsigned ? "u" : "i"
      itemSize = w / 8
    case .index:
      kind = "i"
      itemSize = 8
    case .float(let k):
      switch k {
      case .f16, .f32, .f64:
        kind = "f"
        itemSize = k.bitWidth / 8
      case .bf16:
        kind = "V"
        itemSize = 2
      default: return nil
      }
    }
  }

  init(kind: Character, itemSize: Int, bigEndian: Bool) {
    self.kind = kind
    self.itemSize = itemSize
    self.bigEndian = bigEndian
  }

  /// Whether `e`'s elements may be read from this dtype (byte order aside).
  public func matches(_ e: ElementType) -> Bool {
    guard let d = NpyDType(e) else { return false }
    return d.kind == kind && d.itemSize == itemSize
  }

  /// Parses a descr such as '<f4', '|b1', '>i8' or 'bfloat16'.
  static func parse(_ descr: String) throws -> NpyDType {
    if descr == "bfloat16" { return NpyDType(kind: "V", itemSize: 2, bigEndian: false) }
    var chars = Array(descr)
    var big = false
    if let c = chars.first, "<>|=".contains(c) {
      big = c == ">"
      chars.removeFirst()
    }
    guard chars.count >= 2, let size = Int(String(chars.dropFirst())) else {
      throw NpyError("unsupported dtype '\(descr)'")
    }
    let kind = chars[0]
    let ok: Bool
    switch kind {
    case "b": ok = size == 1
    case "i", "u": ok = [1, 2, 4, 8].contains(size)
    case "f": ok = [2, 4, 8].contains(size)
    case "V": ok = size == 2
    default: ok = false
    }
    guard ok else { throw NpyError("unsupported dtype '\(descr)'") }
    return NpyDType(kind: kind, itemSize: size, bigEndian: big && size > 1)
  }
}

/// The header of a .npy file.
public struct NpyHeader {
  public var dtype: NpyDType
  public var fortranOrder: Bool
  public var shape: [Int]
}

/// Longest header we accept (numpy itself refuses more than 10,000 bytes
/// unless told otherwise).
let npyMaxHeaderLength = 1 << 20

public enum Npy {
  /// Reads a .npy file into a row-major buffer of element type `element`,
  /// which the file's dtype must match; `validateShape` sees the header's
  /// shape before any data is read or allocated.
  ///
  /// Without `element`, the element type follows the dtype (`elementType(for:)`).
  public static func read(
    path: String, as requested: ElementType? = nil, validateShape: ([Int]) throws -> Void = { _ in }
  ) throws -> Buffer {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw NpyError("cannot open file: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    let reader = FileReader(fd: fd)
    let header = try readHeader(reader)
    let element = requested ?? elementType(for: header.dtype)
    guard header.dtype.matches(element) else {
      let expected = NpyDType(element).map { "'\($0)'" } ?? "none (numpy has no dtype for \(element))"
      throw NpyError("dtype '\(header.dtype)' does not match element type \(element) (expected \(expected))")
    }
    try validateShape(header.shape)
    guard let count = elementCount(of: header.shape) else {
      throw NpyError("shape \(header.shape) is too large")
    }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: header.dtype.itemSize)
    guard !overflow else { throw NpyError("shape \(header.shape) is too large") }
    if let size = reader.remainingRegularFileBytes, size < bytes {
      throw NpyError("truncated data: the header promises \(bytes) bytes, the file holds \(size)")
    }
    guard let storage = Storage(byteCount: bytes) else {
      throw NpyError("cannot allocate \(bytes) bytes for shape \(header.shape)")
    }
    if let base = storage.base {
      let got = reader.read(into: base, count: bytes)
      guard got == bytes else {
        throw NpyError("truncated data: the header promises \(bytes) bytes, the file holds \(got)")
      }
      fixUp(base, count: count, dtype: header.dtype)
    }
    if header.fortranOrder && header.shape.count > 1 {
      // Column-major strides over the same bytes, then a row-major copy.
      var strides = [Int](repeating: 1, count: header.shape.count)
      for d in 1..<header.shape.count { strides[d] = strides[d - 1] * max(header.shape[d - 1], 1) }
      let view = Buffer(storage: storage, elementType: element, shape: header.shape, strides: strides, offset: 0)
      do {
        return try view.contiguous(at: .unknown)
      } catch {
        throw NpyError("cannot allocate the row-major copy of a Fortran-order array")
      }
    }
    return Buffer(storage: storage, elementType: element, shape: header.shape)
  }

  /// The element type a dtype reads as on its own: b1 -> i1, iN -> signless
  /// integers, uN -> unsigned integers, fN -> floats, V2 -> bf16.
  public static func elementType(for dtype: NpyDType) -> ElementType {
    switch dtype.kind {
    case "b": return .integer(width: 1, signedness: .signless)
    case "i": return .integer(width: dtype.itemSize * 8, signedness: .signless)
    case "u": return .integer(width: dtype.itemSize * 8, signedness: .unsigned)
    case "V": return .float(.bf16)
    default:
      return .float(dtype.itemSize == 2 ? .f16 : dtype.itemSize == 4 ? .f32 : .f64)
    }
  }

  /// Byte-swaps big-endian data and normalizes booleans to 0/1.
  private static func fixUp(_ base: UnsafeMutableRawPointer, count: Int, dtype: NpyDType) {
    if dtype.kind == "b" {
      let p = base.assumingMemoryBound(to: UInt8.self)
      for i in 0..<count where p[i] > 1 { p[i] = 1 }
    }
    guard dtype.bigEndian else { return }
    let n = dtype.itemSize
    let p = base.assumingMemoryBound(to: UInt8.self)
    for i in 0..<count {
      var lo = i * n
      var hi = lo + n - 1
      while lo < hi {
        let t = p[lo]
        p[lo] = p[hi]
        p[hi] = t
        lo += 1
        hi -= 1
      }
    }
  }

  static func readHeader(_ reader: FileReader) throws -> NpyHeader {
    var prefix = [UInt8](repeating: 0, count: 8)
    let got = reader.read(into: &prefix, count: 8)
    guard got == 8, prefix[0..<6] == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else {
      throw NpyError("not a .npy file (bad magic)")
    }
    let major = prefix[6]
    let lengthBytes: Int
    switch major {
    case 1: lengthBytes = 2
    case 2, 3: lengthBytes = 4
    default: throw NpyError("unsupported .npy format version \(major).\(prefix[7])")
    }
    var lb = [UInt8](repeating: 0, count: 4)
    let gotLen = reader.read(into: &lb, count: lengthBytes)
    guard gotLen == lengthBytes else { throw NpyError("truncated header") }
    var length = 0
    for i in 0..<lengthBytes { length |= Int(lb[i]) << (8 * i) }
    guard length <= npyMaxHeaderLength else {
      throw NpyError("header of \(length) bytes is too long")
    }
    var text = [UInt8](repeating: 0, count: length)
    if length > 0 {
      let n = reader.read(into: &text, count: length)
      guard n == length else { throw NpyError("truncated header") }
    }
    if major < 3 && text.contains(where: { $0 >= 0x80 }) {
      throw NpyError("header is not ASCII")
    }
    var parser = NpyHeaderParser(text)
    return try parser.parse()
  }

  /// The bytes of a .npy file holding `buffer` (C order; version 1.0 unless
  /// the header needs 2.0), laid out exactly as numpy's `np.save` writes it.
  public static func encode(_ buffer: Buffer) throws -> [UInt8] {
    guard let dtype = NpyDType(buffer.elementType) else {
      throw NpyError("numpy has no dtype for element type \(buffer.elementType)")
    }
    try buffer.checkLive(at: .unknown)
    var header = "{'descr': '\(dtype)', 'fortran_order': False, 'shape': \(pythonTuple(buffer.shape)), }"
    // numpy leaves room to grow the first axis in place.
    if let first = buffer.shape.first {
      header += String(repeating: " ", count: max(0, 21 - String(first).utf8.count))
    }
    var bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
    let hlen = header.utf8.count + 1
    var pad = 64 - ((8 + 2 + hlen) % 64)
    if pad == 64 { pad = 0 }
    if hlen + pad < 65536 {
      bytes += [1, 0]
      let total = hlen + pad
      bytes += [UInt8(total & 0xFF), UInt8(total >> 8)]
    } else {
      pad = 64 - ((8 + 4 + hlen) % 64)
      if pad == 64 { pad = 0 }
      let total = hlen + pad
      bytes += [2, 0]
      bytes += [UInt8(total & 0xFF), UInt8((total >> 8) & 0xFF), UInt8((total >> 16) & 0xFF), UInt8(total >> 24)]
    }
    bytes += Array(header.utf8)
    bytes += [UInt8](repeating: 0x20, count: pad)
    bytes.append(0x0A)
    let data = try buffer.contiguous(at: .unknown)
    let n = data.count * dtype.itemSize
    if n > 0, let base = data.storage.base {
      bytes += UnsafeRawBufferPointer(start: base, count: n)
    }
    return bytes
  }

  /// Writes `buffer` to `path` (see `encode`).
  public static func write(_ buffer: Buffer, to path: String) throws {
    let bytes = try encode(buffer)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw NpyError("cannot create file: \(String(cString: strerror(errno)))") }
    var written = 0
    let ok = bytes.withUnsafeBytes { p -> Bool in
      guard let base = p.baseAddress else { return true }
      while written < p.count {
        let n = systemWrite(fd, base + written, p.count - written)
        if n <= 0 { return false }
        written += n
      }
      return true
    }
    let closed = close(fd) == 0
    guard ok && closed else { throw NpyError("cannot write file: \(String(cString: strerror(errno)))") }
  }
}

/// Python's repr of a tuple of ints: `()`, `(3,)`, `(2, 3)`.
public func pythonTuple(_ shape: [Int]) -> String {
  if shape.count == 1 { return "(\(shape[0]),)" }
  return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// Reads from a file descriptor, counting what is left of a regular file.
final class FileReader {
  let fd: Int32
  private var position = 0
  private let size: Int?

  init(fd: Int32) {
    self.fd = fd
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
      size = Int(st.st_size)
    } else {
      size = nil
    }
  }

  var remainingRegularFileBytes: Int? { size.map { max(0, $0 - position) } }

  /// Reads up to `count` bytes (at most `bytes.count`) into `bytes`.
  func read(into bytes: inout [UInt8], count: Int) -> Int {
    bytes.withUnsafeMutableBytes { b in
      guard let base = b.baseAddress else { return 0 }
      return read(into: base, count: min(count, b.count))
    }
  }

  /// Reads up to `count` bytes; returns how many were read.
  func read(into p: UnsafeMutableRawPointer, count: Int) -> Int {
    var got = 0
    while got < count {
      let n = systemRead(fd, p + got, min(count - got, 1 << 30))
      if n <= 0 { break }
      got += n
    }
    position += got
    return got
  }
}

@inline(__always) private func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
  #if canImport(Darwin)
    return Darwin.read(fd, p, n)
  #elseif canImport(Musl)
    return Musl.read(fd, p, n)
  #else
    return Glibc.read(fd, p, n)
  #endif
}

@inline(__always) private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
  #if canImport(Darwin)
    return Darwin.write(fd, p, n)
  #elseif canImport(Musl)
    return Musl.write(fd, p, n)
  #else
    return Glibc.write(fd, p, n)
  #endif
}
