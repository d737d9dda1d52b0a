// Where printed text goes: a fixed 1 MB byte buffer that is flushed to a file
// descriptor (or to an in-memory collection) when full. The printer appends
// UTF-8 bytes directly, so printing a 400 MB resource section never builds a
// 400 MB String and no token costs a String concatenation.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public final class OutputSink {
  /// Bytes buffered before a flush: 1 MB, or less for scratch sinks.
  @usableFromInline let capacity: Int
  @usableFromInline let storage: UnsafeMutablePointer<UInt8>
  @usableFromInline var count = 0
  private let fileDescriptor: Int32?
  /// Bytes already flushed out of `storage` when collecting in memory.
  private var collected: [UInt8] = []
  /// Whether every write to the file descriptor so far succeeded.
  public private(set) var writeFailed = false

  /// A sink that keeps everything in memory (read it with `bytes` or `string`).
  public init() {
    capacity = 1 << 20
    storage = .allocate(capacity: capacity)
    fileDescriptor = nil
  }

  /// An in-memory sink with a smaller buffer, for short scratch output.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
    fileDescriptor = nil
  }

  /// A sink that writes to `fd` (1 for standard output) in 1 MB chunks. The
  /// descriptor is not closed by the sink.
  public init(fileDescriptor fd: Int32) {
    capacity = 1 << 20
    storage = .allocate(capacity: capacity)
    fileDescriptor = fd
  }

  deinit {
    flush()
    storage.deallocate()
  }

  // MARK: Writing

  @inlinable public func write(_ byte: UInt8) {
    if count == capacity { drain() }
    storage[count] = byte
    count += 1
  }

  @inlinable public func write(_ text: String) {
    var text = text
    // Native strings are contiguous UTF-8: copy them in one go.
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

  @inlinable public func write(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBytes { write($0) }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
      if count == capacity { drain() }
      let n = min(bytes.count - offset, capacity - count)
      if let base = bytes.baseAddress {
        (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self) + offset, count: n)
      }
      count += n
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
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
    var n = 0
    var v = value
    withUnsafeMutableBytes(of: &digits) { buf in
      while v != 0 {
        buf[23 - n] = UInt8(ascii: "0") + UInt8(v % 10)
        v /= 10
        n += 1
      }
      write(UnsafeRawBufferPointer(rebasing: buf[(24 - n)...]))
    }
  }

  /// Upper-case hex digits of `bytes`, two per byte, in order (llvm::toHex).
  public func writeHex(_ bytes: UnsafeRawBufferPointer) {
    let digits: StaticString = "0123456789ABCDEF"
    digits.withUTF8Buffer { d in
      for b in bytes {
        if count + 2 > capacity { drain() }
        storage[count] = d[Int(b >> 4)]
        storage[count + 1] = d[Int(b & 15)]
        count += 2
      }
    }
  }

  // MARK: Reading back and flushing

  /// Everything written so far (in-memory sinks; empty for descriptor sinks).
  public var bytes: [UInt8] {
    var all = collected
    all.append(contentsOf: UnsafeBufferPointer(start: storage, count: count))
    return all
  }

  /// Everything written so far, decoded as UTF-8 (invalid bytes become U+FFFD).
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Writes buffered bytes to the descriptor (no effect for in-memory sinks,
  /// which keep collecting).
  public func flush() {
    if fileDescriptor != nil { drain() }
  }

  @usableFromInline func drain() {
    guard count > 0 else { return }
    if let fd = fileDescriptor {
      var offset = 0
      while offset < count && !writeFailed {
        let n = systemWrite(fd, storage + offset, count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          writeFailed = true
        } else {
          offset += n
        }
      }
    } else {
      collected.append(contentsOf: UnsafeBufferPointer(start: storage, count: count))
    }
    count = 0
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
