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

/// The aliases of one printing, in definition order.
final class AliasTable {
  private(set) var ordered: [(key: AliasKey, alias: SymbolAlias)] = []
  private var byKey: [AliasKey: SymbolAlias] = [:]

  var isEmpty: Bool { ordered.isEmpty }

  func alias(for key: AliasKey) -> SymbolAlias? {
    if ordered.isEmpty { return nil }
    return byKey[key]
  }

  /// Builds the table from what the collector found (MLIR's initializeAliases).
  init(collected: AliasCollector) {
    var entries: [(key: AliasKey, info: AliasCollector.Info)] = []
    entries.reserveCapacity(collected.infos.count)
    for (i, info) in collected.infos.enumerated() where info.name != nil {
      entries.append((collected.keys[i], info))
    }
    // Entries without a name never print, so dropping them before the stable
    // sort leaves the relative order of the others unchanged.
    entries = stableSorted(entries) { a, b in
      if a.info.depth != b.info.depth { return a.info.depth < b.info.depth }
      if a.info.isType != b.info.isType { return a.info.isType }
      return utf8Less(a.info.name ?? "", b.info.name ?? "")
    }
    var counts: [String: Int] = [:]
    for e in entries {
      guard let name = e.info.name else { continue }
      let n = counts[name, default: 0]
      counts[name] = n + 1
      let alias = SymbolAlias(
        name: name, suffix: n, isType: e.info.isType, isDeferrable: e.info.canBeDeferred)
      ordered.append((e.key, alias))
      byKey[e.key] = alias
    }
  }

  init() {}
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
