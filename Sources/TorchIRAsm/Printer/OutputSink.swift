// Where printed text goes: a fixed 1 MB byte buffer that is flushed to a file
// descriptor (or to an in-memory collection) when full. The printer appends
// UTF-8 bytes directly, so printing a 400 MB resource section never builds a
// 400 MB String and no token costs a String concatenation.
//
// The buffer's cursor lives behind a pointer rather than in stored
// properties: writes then need no dynamic exclusivity checks, which would
// otherwise cost more than the copying itself.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public final class OutputSink {
  @usableFromInline struct Buffer {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int
    @usableFromInline init(base: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int) {
      self.base = base
      self.count = count
      self.capacity = capacity
    }
  }

  @usableFromInline let buffer: UnsafeMutablePointer<Buffer>
  private let fileDescriptor: Int32?
  /// Bytes already flushed out of the buffer when collecting in memory.
  @exclusivity(unchecked) private var collected: [UInt8] = []
  /// Enclosing outputs while a capture is active (see `beginCapture`).
  @exclusivity(unchecked) private var captures: [(saved: Buffer, collected: [UInt8])] = []
  /// Whether a write to the file descriptor failed.
  @exclusivity(unchecked) public private(set) var writeFailed = false

  /// A sink that keeps everything in memory (read it with `bytes` or `string`).
  public convenience init() { self.init(capacity: 1 << 20) }

  /// An in-memory sink with a buffer of `capacity` bytes.
  init(capacity: Int) {
    let c = max(capacity, 16)
    buffer = .allocate(capacity: 1)
    buffer.initialize(to: Buffer(base: .allocate(capacity: c), count: 0, capacity: c))
    fileDescriptor = nil
  }

  /// A sink that writes to `fd` (1 for standard output) in 1 MB chunks. The
  /// descriptor is not closed by the sink.
  public init(fileDescriptor fd: Int32) {
    let c = 1 << 20
    buffer = .allocate(capacity: 1)
    buffer.initialize(to: Buffer(base: .allocate(capacity: c), count: 0, capacity: c))
    fileDescriptor = fd
  }

  deinit {
    while !captures.isEmpty { _ = endCapture() }
    flush()
    buffer.pointee.base.deallocate()
    buffer.deallocate()
  }

  // MARK: Writing

  @inlinable public func write(_ byte: UInt8) {
    let b = buffer
    if b.pointee.count == b.pointee.capacity { drain() }
    b.pointee.base[b.pointee.count] = byte
    b.pointee.count += 1
  }

  @inlinable public func write(_ text: String) {
    var text = text
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) }
    if done == nil {
      text.makeContiguousUTF8()
      text.utf8.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) }
    }
  }

  @inlinable public func write(_ text: StaticString) {
    text.withUTF8Buffer { write(UnsafeRawBufferPointer($0)) }
  }

  @inlinable public func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { write($0) }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    let b = buffer
    var offset = 0
    while offset < bytes.count {
      if b.pointee.count == b.pointee.capacity { drain() }
      let n = min(bytes.count - offset, b.pointee.capacity - b.pointee.count)
      (b.pointee.base + b.pointee.count).update(from: source + offset, count: n)
      b.pointee.count += n
      offset += n
    }
  }

  /// `n` spaces (indentation).
  @inlinable public func writeSpaces(_ n: Int) {
    var i = 0
    while i < n {
      write(UInt8(ascii: " "))
      i += 1
    }
  }

  /// A decimal integer, without going through String.
  @inlinable public func write(decimal value: Int) {
    if value < 0 {
      write(UInt8(ascii: "-"))
      write(decimalMagnitude: value.magnitude)
    } else {
      write(decimalMagnitude: UInt(value))
    }
  }

  @inlinable public func write(decimal value: Int64) { write(decimal: Int(value)) }

  @inlinable public func write(decimalMagnitude value: UInt) {
    if value < 10 {
      write(UInt8(ascii: "0") + UInt8(value))
      return
    }
    writeDecimalDigits(value)
  }

  /// The digits of `value` (at least 10), written in place in the buffer.
  @usableFromInline func writeDecimalDigits(_ value: UInt) {
    var n = 2
    var t = value / 100
    while t != 0 {
      t /= 10
      n += 1
    }
    let b = buffer
    if b.pointee.capacity - b.pointee.count < n { drain() }
    if b.pointee.capacity - b.pointee.count >= n {
      var p = b.pointee.base + b.pointee.count + n
      var v = value
      repeat {
        p -= 1
        p.pointee = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
        v /= 10
      } while v != 0
      b.pointee.count += n
      return
    }
    // A buffer too small for the digits (a tiny in-memory sink).
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
    var k = 0
    var w = value
    withUnsafeMutableBytes(of: &digits) { buf in
      while w != 0 {
        buf[23 - k] = UInt8(ascii: "0") + UInt8(w % 10)
        w /= 10
        k += 1
      }
      write(UnsafeRawBufferPointer(rebasing: buf[(24 - k)...]))
    }
  }

  /// Upper-case hex digits of `bytes`, two per byte, in order (llvm::toHex).
  public func writeHex(_ bytes: UnsafeRawBufferPointer) {
    // Two output bytes per input byte from a 256-entry table, written in
    // chunks that fit the buffer (resource blobs can be hundreds of MB).
    guard let src = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    let b = buffer
    var offset = 0
    hexPairTable.withUnsafeBufferPointer { table in
      while offset < bytes.count {
        if b.pointee.capacity - b.pointee.count < 2 { drain() }
        let n = min(bytes.count - offset, (b.pointee.capacity - b.pointee.count) / 2)
        let out = UnsafeMutableRawPointer(b.pointee.base + b.pointee.count)
        var i = 0
        while i < n {
          out.storeBytes(of: table[Int(src[offset + i])], toByteOffset: 2 * i, as: UInt16.self)
          i += 1
        }
        b.pointee.count += 2 * n
        offset += n
      }
    }
  }

  // MARK: Captures

  /// Sends output to a scratch buffer until the matching `endCapture`, which
  /// returns it (used to print a dialect symbol's body before deciding how to
  /// wrap it). Captures nest.
  func beginCapture() {
    captures.append((buffer.pointee, collected))
    collected = []
    buffer.pointee = Buffer(base: .allocate(capacity: 256), count: 0, capacity: 256)
  }

  func endCapture() -> [UInt8] {
    guard let outer = captures.popLast() else { return [] }
    var bytes = collected
    bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count))
    buffer.pointee.base.deallocate()
    buffer.pointee = outer.saved
    collected = outer.collected
    return bytes
  }

  // MARK: Reading back and flushing

  /// Everything written so far (in-memory sinks; empty for descriptor sinks).
  public var bytes: [UInt8] {
    var all = collected
    all.append(contentsOf: UnsafeBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count))
    return all
  }

  /// Everything written so far, decoded as UTF-8 (invalid bytes become U+FFFD).
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Writes buffered bytes to the descriptor (no effect for in-memory sinks,
  /// which keep collecting).
  public func flush() {
    if fileDescriptor != nil && captures.isEmpty { drain() }
  }

  @usableFromInline func drain() {
    let b = buffer
    let count = b.pointee.count
    guard count > 0 else { return }
    if let fd = fileDescriptor, captures.isEmpty {
      var offset = 0
      while offset < count && !writeFailed {
        let n = systemWrite(fd, b.pointee.base + offset, count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          writeFailed = true
        } else {
          offset += n
        }
      }
    } else {
      collected.append(contentsOf: UnsafeBufferPointer(start: b.pointee.base, count: count))
    }
    b.pointee.count = 0
  }
}

private func systemWrite(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
  #if canImport(Darwin)
    return Darwin.write(fd, p, n)
  #elseif canImport(Musl)
    return Musl.write(fd, p, n)
  #else
    return Glibc.write(fd, p, n)
  #endif
}

/// For each byte, its two upper-case hex digits as they lie in memory
/// (little-endian: the first digit in the low byte).
let hexPairTable: [UInt16] = (0..<256).map { v in
  let digits = Array("0123456789ABCDEF".utf8)
  let hi = UInt16(digits[v >> 4])
  let lo = UInt16(digits[v & 15])
  return UInt16(littleEndian: hi | lo << 8)
}
