// Ranked buffers: the run-time value of a tensor or memref.
//
// A `Storage` is one contiguous, 64-byte aligned allocation of raw element
// bytes. A `Buffer` is a strided view of it (MLIR's memref descriptor:
// shape, strides and offset in elements), so a tensor is a buffer with the
// identity layout and a memref subview is another Buffer on the same Storage.
// Tensors have value semantics: ops never write into a tensor operand's
// storage; they allocate their result. Memref ops (later) write in place.
// `Storage.deallocate()` frees the bytes at once and marks the storage, so
// that a later access through any view is detected (`checkLive`).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import TorchIRCore

/// A run-time fault: a diagnostic at the op that failed.
public typealias RuntimeFault = Diagnostic

public final class Storage: @unchecked Sendable {
  /// The bytes; nil once deallocated (and for an empty allocation).
  public private(set) var base: UnsafeMutableRawPointer?
  public let byteCount: Int
  public private(set) var isDeallocated = false

  /// Zero-filled storage of `byteCount` bytes; nil when the allocation fails.
  public convenience init?(byteCount: Int) {
    self.init(byteCount: byteCount, zeroed: true)
  }

  /// Storage of `byteCount` bytes, zero-filled unless `zeroed` is false (for
  /// kernels that write every element before anything reads it).
  public init?(byteCount: Int, zeroed: Bool) {
    guard byteCount >= 0 else { return nil }
    self.byteCount = byteCount
    if byteCount == 0 {
      base = nil
      return
    }
    var p: UnsafeMutableRawPointer? = nil
    // Large buffers start on a 2 MB boundary and ask for transparent huge
    // pages (as numpy does), so first touches fault 512x less often.
    let huge = byteCount >= 4 << 20
    guard posix_memalign(&p, huge ? 2 << 20 : 64, byteCount) == 0, let ptr = p else { return nil }
    #if os(Linux)
      if huge { _ = madvise(ptr, byteCount & ~((2 << 20) - 1), 14 /* MADV_HUGEPAGE */) }
    #endif
    if zeroed { memset(ptr, 0, byteCount) }
    base = ptr
  }

  /// Storage holding a copy of `bytes`.
  public convenience init?(copying bytes: UnsafeRawBufferPointer) {
    self.init(byteCount: bytes.count)
    if let b = base, let src = bytes.baseAddress { memcpy(b, src, bytes.count) }
  }

  deinit { free(base) }

  /// Frees the bytes now (memref.dealloc); later accesses fail `checkLive`.
  public func deallocate() {
    free(base)
    base = nil
    isDeallocated = true
  }
}

public struct Buffer {
  public let storage: Storage
  public let elementType: ElementType
  public var shape: [Int]
  /// Strides in elements.
  public var strides: [Int]
  /// Offset of element [0, ..., 0] in elements.
  public var offset: Int

  /// A new zero-filled row-major buffer; throws (at `location`) when the
  /// element count overflows or the memory cannot be allocated.
  public init(allocating elementType: ElementType, shape: [Int], at location: Location) throws {
    guard let n = elementCount(of: shape) else {
      throw RuntimeFault.error(location, "buffer of shape \(shape) is too large")
    }
    let (bytes, overflow) = n.multipliedReportingOverflow(by: elementType.byteWidth)
    guard !overflow, let s = Storage(byteCount: bytes) else {
      throw RuntimeFault.error(
        location, "cannot allocate \(n) elements of \(elementType) (shape \(shape))")
    }
    self.init(storage: s, elementType: elementType, shape: shape)
  }

  /// A new row-major buffer whose elements are not initialised: the caller
  /// writes every one before the buffer is read.
  init(allocatingUninitialized elementType: ElementType, shape: [Int], at location: Location) throws {
    guard let n = elementCount(of: shape) else {
      throw RuntimeFault.error(location, "buffer of shape \(shape) is too large")
    }
    let (bytes, overflow) = n.multipliedReportingOverflow(by: elementType.byteWidth)
    guard !overflow, let s = Storage(byteCount: bytes, zeroed: false) else {
      throw RuntimeFault.error(
        location, "cannot allocate \(n) elements of \(elementType) (shape \(shape))")
    }
    self.init(storage: s, elementType: elementType, shape: shape)
  }

  /// A row-major view of all of `storage`.
  public init(storage: Storage, elementType: ElementType, shape: [Int]) {
    self.storage = storage
    self.elementType = elementType
    self.shape = shape
    self.strides = rowMajorStrides(shape)
    self.offset = 0
  }

  public init(storage: Storage, elementType: ElementType, shape: [Int], strides: [Int], offset: Int) {
    self.storage = storage
    self.elementType = elementType
    self.shape = shape
    self.strides = strides
    self.offset = offset
  }

  public var rank: Int { shape.count }
  /// Number of elements (the shape was checked when the buffer was made).
  public var count: Int { shape.reduce(1, *) }
  /// Whether the view is the row-major identity layout from offset 0.
  public var isContiguousRowMajor: Bool { offset == 0 && strides == rowMajorStrides(shape) }

  /// Throws when the storage was deallocated (use after memref.dealloc).
  @inline(__always) public func checkLive(at location: Location) throws {
    if storage.isDeallocated {
      throw RuntimeFault.error(location, "access to a buffer after it was deallocated")
    }
  }

  /// The element at storage position `i` (in elements, offset included).
  @inline(__always) public func load(_ i: Int) -> RuntimeValue {
    guard let p = storage.base else { return .int(0) }
    switch elementType {
    case .float(let k):
      switch k {
      case .f64: return .float(p.load(fromByteOffset: i * 8, as: Double.self))
      case .f32: return .float(Double(p.load(fromByteOffset: i * 4, as: Float.self)))
      default: return .float(floatFromBits(UInt64(p.load(fromByteOffset: i * 2, as: UInt16.self)), k))
      }
    case .index: return .int(p.load(fromByteOffset: i * 8, as: UInt64.self))
    case .integer(let w, _):
      let mask = lowBitsMask(w)
      switch elementType.byteWidth {
      case 1: return .int(UInt64(p.load(fromByteOffset: i, as: UInt8.self)) & mask)
      case 2: return .int(UInt64(p.load(fromByteOffset: i * 2, as: UInt16.self)) & mask)
      case 4: return .int(UInt64(p.load(fromByteOffset: i * 4, as: UInt32.self)) & mask)
      default: return .int(p.load(fromByteOffset: i * 8, as: UInt64.self) & mask)
      }
    }
  }

  /// Stores `v` (a scalar of the element type) at storage position `i`.
  @inline(__always) public func store(_ i: Int, _ v: RuntimeValue) {
    guard let p = storage.base else { return }
    switch v {
    case .float(let d):
      guard case .float(let k) = elementType else { return }
      switch k {
      case .f64: p.storeBytes(of: d, toByteOffset: i * 8, as: Double.self)
      case .f32: p.storeBytes(of: Float(d), toByteOffset: i * 4, as: Float.self)
      default: p.storeBytes(of: UInt16(truncatingIfNeeded: floatToBits(d, k)), toByteOffset: i * 2, as: UInt16.self)
      }
    case .int(let bits):
      switch elementType.byteWidth {
      case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: bits), toByteOffset: i, as: UInt8.self)
      case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: bits), toByteOffset: i * 2, as: UInt16.self)
      case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: bits), toByteOffset: i * 4, as: UInt32.self)
      default: p.storeBytes(of: bits, toByteOffset: i * 8, as: UInt64.self)
      }
    case .buffer, .function: return
    }
  }

  /// The storage position of the element at `indices` (tensor.extract,
  /// memref.load/store); an index outside the shape is a fault at `location`.
  @inline(__always) public func position(of indices: [Int], at location: Location) throws -> Int {
    guard indices.count == shape.count else {
      throw RuntimeFault.error(location, "\(indices.count) indices for a buffer of rank \(shape.count)")
    }
    var pos = offset
    for d in 0..<indices.count {
      let i = indices[d]
      guard i >= 0 && i < shape[d] else {
        throw RuntimeFault.error(
          location, "index \(i) is out of bounds for dimension \(d) of size \(shape[d]) (shape \(shape))")
      }
      pos += i &* strides[d]
    }
    return pos
  }

  /// Storage positions of the elements in row-major order of the view.
  public func forEachPosition(_ body: (Int) throws -> Void) rethrows {
    if isContiguousRowMajor {
      for i in 0..<count { try body(i) }
      return
    }
    let n = count
    if n == 0 { return }
    var index = [Int](repeating: 0, count: rank)
    var pos = offset
    for _ in 0..<n {
      try body(pos)
      var d = rank - 1
      while d >= 0 {
        index[d] += 1
        pos += strides[d]
        if index[d] < shape[d] { break }
        pos -= strides[d] * shape[d]
        index[d] = 0
        d -= 1
      }
    }
  }

  /// A row-major copy of this view (the buffer itself when it already is one).
  public func contiguous(at location: Location) throws -> Buffer {
    if isContiguousRowMajor { return self }
    let out = try Buffer(allocating: elementType, shape: shape, at: location)
    var j = 0
    forEachPosition { i in
      out.store(j, load(i))
      j += 1
    }
    return out
  }
}

/// Row-major strides of `shape`.
public func rowMajorStrides(_ shape: [Int]) -> [Int] {
  var s = [Int](repeating: 1, count: shape.count)
  var acc = 1
  for d in stride(from: shape.count - 1, through: 0, by: -1) {
    s[d] = acc
    acc = acc &* max(shape[d], 1)
  }
  return s
}

/// The product of `shape`, nil when a dimension is negative or it overflows.
public func elementCount(of shape: [Int]) -> Int? {
  var n = 1
  for d in shape {
    guard d >= 0 else { return nil }
    let (p, o) = n.multipliedReportingOverflow(by: d)
    if o { return nil }
    n = p
  }
  return n
}
