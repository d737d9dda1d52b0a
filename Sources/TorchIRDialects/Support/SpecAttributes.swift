// Type constraints and enum attributes declared in Specs/: how a type is
// checked against `signless-integer-like`, and how enum values are stored,
// parsed and printed (plain enums as integer attributes shown as keywords,
// bit enums as `#dialect.mnemonic<flag, flag>` attributes).

import Synchronization
import TorchIRCore

/// A type test implemented in Swift for a constraint's `@name` term.
public typealias TypePredicate = (Type) -> Bool

/// A class, not a struct: constraints are shared by the op models and read
/// for every verified value, and copying one out of a model cost a retain per
/// field.
public final class TypeConstraint {
  public let summary: String
  /// (container, accepted element kinds); container nil for scalars.
  let terms: [(container: String?, kinds: [String])]
  /// The `@name` terms, resolved by the dialect.
  let predicates: [TypePredicate]
  /// Types already checked (types are uniqued, so identity is equality).
  private let cache = AcceptanceCache()

  init(summary: String, terms: String, predicates: [TypePredicate] = []) {
    self.summary = summary
    self.predicates = predicates
    self.terms = terms.split(separator: " ").filter { !$0.hasPrefix("@") }.map { t in
      for c in ["vector", "tensor", "memref"] where t.hasPrefix(c + "<") && t.hasSuffix(">") {
        let inner = t.dropFirst(c.count + 1).dropLast()
        return (c, inner.split(separator: "|").map(String.init))
      }
      return (nil, [String(t)])
    }
  }

  static func scalar(_ t: Type, is kind: String) -> Bool {
    switch kind {
    case "any": return true
    case "int":
      if case .integer(let w, .signless) = t.kind { return w > 0 }
      return false
    case "index": return t.isIndex
    case "float": return t.isFloat
    case "i1": return t.isInteger(width: 1) && t.isSignlessInteger
    default: return false
    }
  }

  public func accepts(_ t: Type) -> Bool {
    if let known = cache.lookupPinned(t) { return known }
    if let known = cache.lookup(t) { return known }
    let ok = check(t)
    cache.insert(t, ok)
    return ok
  }

  private func check(_ t: Type) -> Bool {
    for p in predicates where p(t) { return true }
    for term in terms {
      let element: Type?
      switch term.container {
      case nil:
        if term.kinds.contains(where: { TypeConstraint.scalar(t, is: $0) }) { return true }
        continue
      case "vector":
        if case .vector(_, _, let e) = t.kind { element = e } else { element = nil }
      case "tensor":
        switch t.kind {
        case .rankedTensor(_, let e, _), .unrankedTensor(let e): element = e
        default: element = nil
        }
      default:
        switch t.kind {
        case .memref(_, let e, _, _), .unrankedMemref(let e, _): element = e
        default: element = nil
        }
      }
      if let e = element, term.kinds.contains(where: { TypeConstraint.scalar(e, is: $0) }) { return true }
    }
    return false
  }
}

/// The last few types a constraint has judged. Op models may be shared by
/// contexts on several threads (DecodedDialectSpec), hence the lock.
final class AcceptanceCache: @unchecked Sendable {
  private struct Entries {
    var types: [Type] = []
    var verdicts: [Bool] = []
    var next = 0
  }
  private let entries = Mutex(Entries())

  /// The first few types judged, read without a lock: each slot holds a
  /// type's identity bits with the verdict in the low bit (objects are at
  /// least 16-byte aligned), 0 while empty. A type is published only after
  /// `pinned` keeps it alive for the cache's lifetime, so its address cannot
  /// be reused by another type while a slot holds it.
  private let slot0 = Atomic<UInt>(0)
  private let slot1 = Atomic<UInt>(0)
  private let slot2 = Atomic<UInt>(0)
  private let slot3 = Atomic<UInt>(0)
  private static let pinnedCapacity = 4
  private let pinned = Mutex<[Type]>([])

  @inline(__always)
  func lookupPinned(_ t: Type) -> Bool? {
    let key = UInt(bitPattern: t.identity)
    var v = slot0.load(ordering: .acquiring)
    if v != 0 && v & ~1 == key { return v & 1 == 1 }
    v = slot1.load(ordering: .acquiring)
    if v != 0 && v & ~1 == key { return v & 1 == 1 }
    v = slot2.load(ordering: .acquiring)
    if v != 0 && v & ~1 == key { return v & 1 == 1 }
    v = slot3.load(ordering: .acquiring)
    if v != 0 && v & ~1 == key { return v & 1 == 1 }
    return nil
  }

  private func pin(_ t: Type, _ ok: Bool) {
    let key = UInt(bitPattern: t.identity)
    guard key & 1 == 0 else { return }
    pinned.withLock { list in
      guard list.count < AcceptanceCache.pinnedCapacity, !list.contains(t) else { return }
      list.append(t)
      let value = key | (ok ? 1 : 0)
      switch list.count {
      case 1: slot0.store(value, ordering: .releasing)
      case 2: slot1.store(value, ordering: .releasing)
      case 3: slot2.store(value, ordering: .releasing)
      default: slot3.store(value, ordering: .releasing)
      }
    }
  }

  func lookup(_ t: Type) -> Bool? {
    entries.withLock { e in
      for i in e.types.indices where e.types[i] == t { return e.verdicts[i] }
      return nil
    }
  }

  func insert(_ t: Type, _ ok: Bool) {
    pin(t, ok)
    entries.withLock { e in
      if e.types.count < 8 {
        e.types.append(t)
        e.verdicts.append(ok)
      } else {
        e.types[e.next] = t
        e.verdicts[e.next] = ok
        e.next = (e.next + 1) % 8
      }
    }
  }
}

public final class EnumModel {
  public let name: String
  public let isBitEnum: Bool
  public let dialect: String
  /// The bit enum's attribute mnemonic (`overflow`).
  public let mnemonic: String
  let storageWidth: Int
  let separator: String
  let summary: String
  public let cases: [(name: String, value: Int64)]

  init(_ spec: EnumSpec, dialect: String) {
    name = spec.name
    isBitEnum = spec.isBitEnum
    // A bit enum mnemonic `other.name` reuses another dialect's attribute
    // (math's `#arith.fastmath<...>`); that dialect parses and prints it.
    if spec.isBitEnum, let dot = spec.storage.firstIndex(of: ".") {
      self.dialect = String(spec.storage[..<dot])
      mnemonic = String(spec.storage[spec.storage.index(after: dot)...])
    } else {
      self.dialect = dialect
      mnemonic = spec.isBitEnum ? spec.storage : ""
    }
    storageWidth = spec.storage == "i32" ? 32 : 64
    separator = spec.separator
    summary = spec.summary
    cases = spec.cases.split(separator: " ").compactMap { item in
      let p = item.split(separator: "=")
      guard p.count == 2, let v = Int64(p[1]) else { return nil }
      return (String(p[0]), v)
    }
  }

  public func attribute(value: Int64, in context: MLIRContext) -> Attribute {
    if isBitEnum {
      return context.attribute(.dialect(DialectAttribute(
        dialect: dialect, mnemonic: mnemonic, parameters: [.int(value)])))
    }
    return context.integerAttr(value, context.integerType(storageWidth))
  }

  public func attribute(forCase name: String, in context: MLIRContext) -> Attribute? {
    guard let c = cases.first(where: { $0.name == name }) else { return nil }
    return attribute(value: c.value, in: context)
  }

  /// The enum value an attribute holds, nil when it is not one of ours.
  public func value(of attr: Attribute) -> Int64? {
    if isBitEnum {
      guard case .dialect(let d) = attr.kind, d.dialect == dialect, d.mnemonic == mnemonic,
        d.parameters.count == 1, case .int(let v) = d.parameters[0]
      else { return nil }
      return v
    }
    guard case .integer(let v, let t) = attr.kind, t.isInteger(width: storageWidth), t.isSignlessInteger
    else { return nil }
    let s = v.signedInt64
    return cases.contains { $0.value == s } ? s : nil
  }

  /// The verifier message of MLIR for a bad value of this enum.
  var constraintMessage: String {
    if isBitEnum { return summary }
    return "allowed \(storageWidth)-bit signless integer cases: "
      + cases.map { String($0.value) }.joined(separator: ", ")
  }

  /// Flags as MLIR prints them: groups of several bits (`fast`) first when
  /// all their bits are set, then single flags in declaration order.
  public func flagsText(_ value: Int64) -> String {
    if value == 0 { return cases.first { $0.value == 0 }?.name ?? "none" }
    var remaining = value
    var names: [String] = []
    for c in cases where c.value.nonzeroBitCount > 1 && (value & c.value) == c.value {
      names.append(c.name)
      remaining &= ~c.value
    }
    for c in cases where c.value.nonzeroBitCount == 1 && (remaining & c.value) != 0 {
      names.append(c.name)
    }
    return names.joined(separator: separator)
  }

  public func caseName(_ value: Int64) -> String? { cases.first { $0.value == value }?.name }

  /// Parses `<flag, flag>` of a bit enum.
  public func parseFlags(_ p: any AsmParserBase) throws -> Attribute {
    try p.parsePunctuation("<")
    return try parseFlagsAfterLess(p)
  }

  /// Parses `flag, flag>` (the `<` already consumed).
  public func parseFlagsAfterLess(_ p: any AsmParserBase) throws -> Attribute {
    var value: Int64 = 0
    repeat {
      let loc = p.currentLocation
      guard let word = p.parseOptionalKeyword(), let c = cases.first(where: { $0.name == word }) else {
        throw p.error(at: loc,
          "expected ::mlir::\(dialect)::\(name) to be one of: \(cases.map(\.name).joined(separator: ", "))")
      }
      value |= c.value
    } while p.parseOptionalPunctuation(",")
    try p.parsePunctuation(">")
    return attribute(value: value, in: p.context)
  }
}

extension APInt {
  /// The value sign-extended to 64 bits (low 64 bits for wider values).
  var signedInt64: Int64 { asInt64 }
}
