// Attribute, type and location aliases (`#map`, `#loc3`, `!tuple`): which
// values get one, their names and the order of their definitions (MLIR's
// AliasInitializer / AliasState). The values to consider are found by
// walking the IR exactly as the printer will print it (AliasCollector.swift);
// this file turns what was found into the final table.
//
// Ordering: definitions are sorted (stably, so ties keep first-visit order)
// by alias depth (an alias whose printed form uses other aliases comes after
// them), then types before attributes, then by name; names are numbered per
// base name in that order: `map`, `map1`, `map2`, ...

import TorchIRCore

/// The identity of an aliasable value. Locations are plain values in our IR
/// but attributes in MLIR; a location attribute and the same location used on
/// an op share one key.
enum AliasKey: Hashable {
  case type(Type)
  case attribute(Attribute)
  case location(Location)

  init(_ attr: Attribute) {
    if case .location(let l) = attr.kind { self = .location(l) } else { self = .attribute(attr) }
  }
}

/// A location as a hash key that hashes cheaply: positions and the lengths
/// of names rather than their bytes (equality still compares everything).
/// With debug info every op has its own location, so this hash runs for
/// each op at least twice.
struct LocationKey: Hashable {
  let location: Location

  init(_ location: Location) { self.location = location }

  static func == (a: LocationKey, b: LocationKey) -> Bool { a.location == b.location }

  func hash(into h: inout Hasher) { LocationKey.combine(location, into: &h) }

  private static func combine(_ l: Location, into h: inout Hasher) {
    switch l {
    case .unknown:
      h.combine(0)
    case .fileLineCol(let f, let line, let col):
      h.combine(line &* 31 &+ col)
      h.combine(f.utf8.count)
    case .fileLineColRange(let f, let line, let col, let endLine, let endCol):
      h.combine(line &* 31 &+ col)
      h.combine(endLine &* 31 &+ endCol)
      h.combine(f.utf8.count)
    case .name(let n, let child):
      h.combine(n.utf8.count)
      if let c = child { combine(c, into: &h) }
    case .callSite(let callee, let caller):
      combine(callee, into: &h)
      combine(caller, into: &h)
    case .fused(let locations, _):
      h.combine(locations.count)
      for c in locations { combine(c, into: &h) }
    case .opaqueAttr(let a):
      h.combine(a)
    }
  }
}

struct SymbolAlias {
  let name: String
  let suffix: Int
  let isType: Bool
  /// Whether the definition is printed after the top-level op (only for
  /// aliases reached solely from op locations).
  let isDeferrable: Bool

  func write(to out: OutputSink) {
    out.write(isType ? UInt8(ascii: "!") : UInt8(ascii: "#"))
    out.write(name)
    if suffix != 0 { out.write(decimal: suffix) }
  }
}

/// The aliases of one printing, in definition order. Lookups go through the
/// collector's index of visited values (no second hash table is built).
final class AliasTable {
  let ordered: [(key: AliasKey, alias: SymbolAlias)]
  private let typeIndex: IdentityIntMap?
  private let attributeIndex: IdentityIntMap?
  private let locationIndex: [LocationKey: Int]
  private let operationLocationIndex: IdentityIntMap?
  /// For each visited value (by collector index), its position in `ordered`,
  /// or -1 when it has no alias.
  private let aliasOfValue: [Int]

  var isEmpty: Bool { ordered.isEmpty }

  func alias(for type: Type) -> SymbolAlias? {
    guard !ordered.isEmpty, let v = typeIndex?.value(for: type.identity) else { return nil }
    return alias(ofValue: v)
  }

  func alias(for attr: Attribute) -> SymbolAlias? {
    if ordered.isEmpty { return nil }
    if let v = attributeIndex?.value(for: attr.identity) { return alias(ofValue: v) }
    // Location attributes are keyed by their location.
    guard !locationIndex.isEmpty, case .location(let l) = attr.kind else { return nil }
    return alias(for: l)
  }

  func alias(for loc: Location) -> SymbolAlias? {
    guard !ordered.isEmpty, let v = locationIndex[LocationKey(loc)] else { return nil }
    return alias(ofValue: v)
  }

  /// The alias of `op`'s location (as `alias(for: op.location)`, without
  /// hashing the location).
  func aliasOfLocation(of op: Operation) -> SymbolAlias? {
    guard !ordered.isEmpty else { return nil }
    if let v = operationLocationIndex?.value(for: ObjectIdentifier(op)) { return alias(ofValue: v) }
    return alias(for: op.location)
  }

  @inline(__always) private func alias(ofValue v: Int) -> SymbolAlias? {
    let a = aliasOfValue[v]
    return a < 0 ? nil : ordered[a].alias
  }

  /// Builds the table from what the collector found (MLIR's initializeAliases).
  init(collected: AliasCollector) {
    let infos = collected.infos
    // Rank the few distinct names once, so that sorting compares integers.
    var nameRank: [String: Int] = [:]
    for info in infos { if let n = info.name { nameRank[n] = 0 } }
    for (i, n) in nameRank.keys.sorted(by: utf8Less).enumerated() { nameRank[n] = i }
    // Values without a name never print; dropping them before sorting leaves
    // the others' order unchanged. The index breaks ties, making it stable.
    var order: [(depth: Int, kind: Int, name: Int, index: Int)] = []
    order.reserveCapacity(infos.count)
    for (i, info) in infos.enumerated() {
      guard let n = info.name, let rank = nameRank[n] else { continue }
      order.append((info.depth, info.isType ? 0 : 1, rank, i))
    }
    order.sort { a, b in
      if a.depth != b.depth { return a.depth < b.depth }
      if a.kind != b.kind { return a.kind < b.kind }
      if a.name != b.name { return a.name < b.name }
      return a.index < b.index
    }
    var counts = [Int](repeating: 0, count: nameRank.count)
    var ordered: [(key: AliasKey, alias: SymbolAlias)] = []
    var aliasOfValue = [Int](repeating: -1, count: infos.count)
    ordered.reserveCapacity(order.count)
    for o in order {
      let info = infos[o.index]
      guard let name = info.name else { continue }
      let alias = SymbolAlias(
        name: name, suffix: counts[o.name], isType: info.isType, isDeferrable: info.canBeDeferred)
      counts[o.name] += 1
      aliasOfValue[o.index] = ordered.count
      ordered.append((collected.keys[o.index], alias))
    }
    self.ordered = ordered
    self.aliasOfValue = aliasOfValue
    typeIndex = collected.typeIndex
    attributeIndex = collected.attributeIndex
    locationIndex = collected.locationIndex
    operationLocationIndex = collected.operationLocationIndex
  }

  init() {
    ordered = []
    aliasOfValue = []
    typeIndex = nil
    attributeIndex = nil
    locationIndex = [:]
    operationLocationIndex = nil
  }
}

/// A merge sort that keeps equal elements in their original order (Swift's
/// `sort` does not promise stability).
func stableSorted<T>(_ items: [T], by less: (T, T) -> Bool) -> [T] {
  if items.count < 2 { return items }
  var a = items
  var b = items
  var width = 1
  while width < a.count {
    var start = 0
    while start < a.count {
      let mid = min(start + width, a.count)
      let end = min(start + 2 * width, a.count)
      var i = start
      var j = mid
      var k = start
      while i < mid && j < end {
        if less(a[j], a[i]) {
          b[k] = a[j]
          j += 1
        } else {
          b[k] = a[i]
          i += 1
        }
        k += 1
      }
      while i < mid {
        b[k] = a[i]
        i += 1
        k += 1
      }
      while j < end {
        b[k] = a[j]
        j += 1
        k += 1
      }
      start += 2 * width
    }
    swap(&a, &b)
    width *= 2
  }
  return a
}

/// The alias name a value would get before sanitizing (the builtin dialect's
/// OpAsmDialectInterface::getAlias, then the other dialects' hooks, which
/// may override it).
func proposedAliasName(for key: AliasKey, dialects: [Dialect]) -> String? {
  var name: String? = nil
  switch key {
  case .location:
    name = "loc"
  case .attribute(let a):
    switch a.kind {
    case .affineMap: name = "map"
    case .integerSet: name = "set"
    case .distinct(_, let referenced): if !referenced.isUnit { name = "distinct" }
    default: break
    }
  case .type(let t):
    if case .tuple(let elements) = t.kind, elements.count > 16 { name = "tuple" }
  }
  for dialect in dialects where dialect.namespace != "builtin" {
    let proposal: String?
    switch key {
    case .type(let t): proposal = dialect.asmAlias(for: t)
    case .attribute(let a): proposal = dialect.asmAlias(for: a)
    case .location: proposal = nil
    }
    if let p = proposal, !p.isEmpty { name = p }
  }
  return name
}
