// Hash tables keyed by the identity of uniqued types and attributes, for the
// printer's per-value lookups (alias index, alias lookup, printed-type
// cache). Types and attributes are compared by identity anyway, so a pointer
// hashed by one multiplication replaces Hasher; the state sits behind a
// pointer so that lookups need no dynamic exclusivity checks. Printing a
// million ops makes several million of these lookups.

import TorchIRCore

/// A map from object identities to Ints (open addressing, linear probing).
final class IdentityIntMap {
  private struct Table {
    var keys: UnsafeMutablePointer<UInt>
    var values: UnsafeMutablePointer<Int>
    var shift: Int
    var count: Int
    var capacity: Int { 1 << (64 - shift) }
  }
  private let table: UnsafeMutablePointer<Table>

  init() {
    table = .allocate(capacity: 1)
    table.initialize(to: IdentityIntMap.makeTable(log2Capacity: 6))
  }

  deinit {
    table.pointee.keys.deallocate()
    table.pointee.values.deallocate()
    table.deallocate()
  }

  var count: Int { table.pointee.count }

  private static func makeTable(log2Capacity: Int) -> Table {
    let n = 1 << log2Capacity
    let keys = UnsafeMutablePointer<UInt>.allocate(capacity: n)
    keys.initialize(repeating: 0, count: n)
    let values = UnsafeMutablePointer<Int>.allocate(capacity: n)
    values.initialize(repeating: 0, count: n)
    return Table(keys: keys, values: values, shift: 64 - log2Capacity, count: 0)
  }

  @inline(__always) private static func slot(_ key: UInt, _ shift: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
  }

  func value(for id: ObjectIdentifier) -> Int? {
    let key = UInt(bitPattern: id)
    let t = table.pointee
    let mask = t.capacity - 1
    var i = IdentityIntMap.slot(key, t.shift)
    while true {
      let k = t.keys[i]
      if k == key { return t.values[i] }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  func set(_ value: Int, for id: ObjectIdentifier) {
    let key = UInt(bitPattern: id)
    if (table.pointee.count + 1) * 4 > table.pointee.capacity * 3 { grow() }
    let t = table.pointee
    let mask = t.capacity - 1
    var i = IdentityIntMap.slot(key, t.shift)
    while true {
      let k = t.keys[i]
      if k == key {
        t.values[i] = value
        return
      }
      if k == 0 {
        t.keys[i] = key
        t.values[i] = value
        table.pointee.count += 1
        return
      }
      i = (i + 1) & mask
    }
  }

  private func grow() {
    let old = table.pointee
    var fresh = IdentityIntMap.makeTable(log2Capacity: 64 - old.shift + 1)
    let mask = fresh.capacity - 1
    for j in 0..<old.capacity where old.keys[j] != 0 {
      var i = IdentityIntMap.slot(old.keys[j], fresh.shift)
      while fresh.keys[i] != 0 { i = (i + 1) & mask }
      fresh.keys[i] = old.keys[j]
      fresh.values[i] = old.values[j]
    }
    fresh.count = old.count
    old.keys.deallocate()
    old.values.deallocate()
    table.pointee = fresh
  }
}

/// Printed bytes by identity (the printed form of each type, which repeats
/// on almost every op), kept in one growing byte pool.
final class PrintedBytesCache {
  private let map = IdentityIntMap()
  private struct Pool {
    var base: UnsafeMutablePointer<UInt8>
    var count: Int
    var capacity: Int
  }
  private let pool: UnsafeMutablePointer<Pool>
  /// Longer forms are not cached (they are rare and would bloat the pool).
  static let maxLength = 1 << 16

  init() {
    pool = .allocate(capacity: 1)
    pool.initialize(to: Pool(base: .allocate(capacity: 4096), count: 0, capacity: 4096))
  }

  deinit {
    pool.pointee.base.deallocate()
    pool.deallocate()
  }

  /// The cached bytes for `id`, valid until the next `store`.
  func bytes(for id: ObjectIdentifier) -> UnsafeRawBufferPointer? {
    guard let packed = map.value(for: id) else { return nil }
    let offset = packed >> 20
    let length = packed & ((1 << 20) - 1)
    return UnsafeRawBufferPointer(start: pool.pointee.base + offset, count: length)
  }

  func store(_ bytes: [UInt8], for id: ObjectIdentifier) {
    guard bytes.count <= PrintedBytesCache.maxLength else { return }
    if pool.pointee.count + bytes.count > pool.pointee.capacity {
      let newCapacity = max(pool.pointee.capacity * 2, pool.pointee.count + bytes.count)
      let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      fresh.update(from: pool.pointee.base, count: pool.pointee.count)
      pool.pointee.base.deallocate()
      pool.pointee.base = fresh
      pool.pointee.capacity = newCapacity
    }
    let offset = pool.pointee.count
    bytes.withUnsafeBufferPointer { src in
      if let s = src.baseAddress { (pool.pointee.base + offset).update(from: s, count: src.count) }
    }
    pool.pointee.count += bytes.count
    map.set(offset << 20 | bytes.count, for: id)
  }
}
