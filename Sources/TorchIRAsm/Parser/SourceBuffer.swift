// Source text as bytes. The lexer and parser read bytes, never Swift
// Characters, and report positions as byte columns, as MLIR does.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public final class SourceBuffer: @unchecked Sendable {
  /// The name used in locations: the path as given, or `<stdin>`.
  public let name: String
  public let bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
  public convenience init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// Reads a whole file (or standard input for `-`).
  public static func fromFile(path: String) throws -> SourceBuffer {
    let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
    if fd < 0 {
      throw Diagnostic.error(.unknown, "could not open input file \(path)")
    }
    defer { if fd != 0 { close(fd) } }
    var st = stat()
    var data: [UInt8] = []
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && st.st_size > 0 {
      // A regular file is read straight into its final array.
      let size = Int(st.st_size)
      var failed = false
      data = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
        var done = 0
        while done < size, let base = buf.baseAddress {
          let n = read(fd, base + done, size - done)
          if n < 0 {
            if errno == EINTR { continue }
            failed = true
            break
          }
          if n == 0 { break }
          done += n
        }
        count = done
      }
      if failed { throw Diagnostic.error(.unknown, "could not read input file \(path)") }
      // The file may have grown since fstat: read what follows.
      try readRest(fd, path, into: &data)
    } else {
      try readRest(fd, path, into: &data)
    }
    return SourceBuffer(name: path == "-" ? "<stdin>" : path, bytes: data)
  }

  private static func readRest(_ fd: Int32, _ path: String, into data: inout [UInt8]) throws {
    let chunk = 1 << 20
    var buf = [UInt8](repeating: 0, count: chunk)
    while true {
      let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Diagnostic.error(.unknown, "could not read input file \(path)")
      }
      if n == 0 { return }
      data.append(contentsOf: buf[0..<n])
    }
  }

  /// Offsets where lines start, built on first use (diagnostics, chunk
  /// starts), so that looking up a position is a binary search.
  private var lineStarts: [Int]? = nil

  /// 1-based line and column of a byte offset.
  public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    let starts: [Int]
    if let s = lineStarts {
      starts = s
    } else {
      var s = [0]
      bytes.withUnsafeBufferPointer { p in
        for i in 0..<p.count where p[i] == 10 { s.append(i + 1) }
      }
      lineStarts = s
      starts = s
    }
    let target = min(max(offset, 0), bytes.count)
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= target { lo = mid } else { hi = mid - 1 }
    }
    return (lo + 1, target - starts[lo] + 1)
  }

  /// The text of the line containing `offset`, without its newline.
  public func lineText(containing offset: Int) -> [UInt8] {
    var s = min(offset, bytes.count)
    while s > 0 && bytes[s - 1] != 10 { s -= 1 }
    var e = min(offset, bytes.count)
    while e < bytes.count && bytes[e] != 10 { e += 1 }
    var line = Array(bytes[s..<e])
    if line.last == 13 { line.removeLast() }
    return line
  }
}
