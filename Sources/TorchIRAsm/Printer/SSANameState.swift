// SSA value and block names, decided before any text is written (MLIR's
// SSANameState). The rules, as mlir-opt applies them:
//
// - Values are numbered %0, %1, ... in the order they are defined. A nested
//   region starts from the counters its parent region had when the parent
//   was completely numbered, so sibling regions reuse the same numbers and no
//   number is reused along a chain of enclosing regions. Being isolated from
//   above changes nothing. In the generic form the counters are not restored:
//   regions are numbered depth-first, the last-pushed region first (so the
//   last op's regions get the lower numbers), and every number is unique.
// - Entry block arguments are %argN with their own counter, carried into
//   nested regions the same way; other block arguments take the next %N.
// - Only the first result of an op gets a number; uses print `%N#i`. An op
//   that names a later result (asmResultNames) splits its results into
//   groups, each printed `%name:count`.
// - Names from asmResultNames / asmBlockArgumentNames are sanitized and made
//   unique among the names visible from enclosing regions by appending
//   `_K`, with K from a conflict counter that is carried like the others.
// - Blocks are ^bb0, ^bb1, ... per region, in order.
//
// Names live in the `printerSlot` of each value and block, tagged with this
// pass's epoch, so a million values cost no dictionary. A printing started
// while another is under way (say, a custom printer formatting an op with
// `description`) renumbers the values it covers, so printers must not do that.

import TorchIRCore

final class SSANameState {
  private let epochTag: UInt64
  private let printGeneric: Bool
  /// Names given to values; a named value's slot holds its index here.
  @exclusivity(unchecked) private var names: [String] = []
  /// Result group starts of ops with more than one group, by op identity.
  @exclusivity(unchecked) private var resultGroups: [ObjectIdentifier: [Int]] = [:]
  @exclusivity(unchecked) private var usedNames = ScopedNameSet()
  @exclusivity(unchecked) private var nextValueID = 0
  @exclusivity(unchecked) private var nextArgumentID = 0
  @exclusivity(unchecked) private var nextConflictID = 0

  // Slot payload layout: bit 31 named, bit 30 "op has result groups" (set on
  // an op's first result), bits 0-29 the number or the index into `names`.
  private static let namedBit: UInt64 = 1 << 31
  private static let groupsBit: UInt64 = 1 << 30
  private static let payloadMask: UInt64 = (1 << 30) - 1

  init(numbering root: Operation, printGeneric: Bool) {
    let context = root.context
    context.printerEpoch &+= 1
    if context.printerEpoch == 0 { context.printerEpoch = 1 }
    epochTag = UInt64(context.printerEpoch) << 32
    self.printGeneric = printGeneric

    struct Pending {
      let region: Region
      let valueID: Int
      let argumentID: Int
      let conflictID: Int
      let parentScope: Int
    }
    let topScope = usedNames.pushScope()
    var pending: [Pending] = root.regions.map {
      Pending(region: $0, valueID: 0, argumentID: 0, conflictID: 0, parentScope: topScope)
    }
    numberValues(in: root)

    while let next = pending.popLast() {
      // In the generic form mlir-opt keeps counting across sibling regions
      // (regions are numbered last-pushed first), so no number is reused
      // anywhere in the printed op; the custom form restarts each region
      // from its parent's counters.
      if !printGeneric {
        nextValueID = next.valueID
        nextArgumentID = next.argumentID
        nextConflictID = next.conflictID
      }
      usedNames.popScopes(downTo: next.parentScope)
      let scope = usedNames.pushScope()
      numberValues(in: next.region)
      for block in next.region.blocks {
        for op in block where !op.regions.isEmpty {
          for r in op.regions {
            pending.append(
              Pending(
                region: r, valueID: nextValueID, argumentID: nextArgumentID,
                conflictID: nextConflictID, parentScope: scope))
          }
        }
      }
    }
  }

  // MARK: Numbering

  private func numberValues(in region: Region) {
    if !printGeneric, let op = region.parentOp, let hook = op.name.info?.asmBlockArgumentNames {
      hook(op, region) { value, name in
        guard let arg = value as? BlockArgument, arg.owner.parent === region,
          !self.isAssigned(value)
        else { return }
        self.setName(value, name)
      }
    }
    var blockID: UInt64 = 0
    for block in region.blocks {
      block.printerSlot = epochTag | blockID
      blockID += 1
      numberValues(in: block)
    }
  }

  private func numberValues(in block: Block) {
    let isEntry = block.isEntryBlock
    for arg in block.arguments where !isAssigned(arg) {
      if isEntry {
        setName(arg, "arg\(nextArgumentID)")
        nextArgumentID += 1
      } else {
        setNumber(arg)
      }
    }
    for op in block { numberValues(in: op) }
  }

  private func numberValues(in op: Operation) {
    var groups = [0]
    if !printGeneric, let hook = op.name.info?.asmResultNames {
      hook(op) { value, name in
        guard let result = value as? OpResult, result.owner === op, !self.isAssigned(value) else {
          return
        }
        self.setName(value, name)
        if result.index != 0 { groups.append(result.index) }
      }
    }
    guard let first = op.results.first else { return }
    if !isAssigned(first) { setNumber(first) }
    if groups.count != 1 {
      groups.sort()
      resultGroups[ObjectIdentifier(op)] = groups
      first.printerSlot |= SSANameState.groupsBit
    }
  }

  @inline(__always) private func isAssigned(_ v: Value) -> Bool {
    v.printerSlot & ~UInt64(UInt32.max) == epochTag
  }

  @inline(__always) private func setNumber(_ v: Value) {
    v.printerSlot = epochTag | UInt64(nextValueID)
    nextValueID += 1
  }

  /// MLIR's setValueName: an empty name means "use the next number".
  private func setName(_ v: Value, _ name: String) {
    if name.isEmpty {
      setNumber(v)
      return
    }
    names.append(uniqueName(name))
    v.printerSlot = epochTag | SSANameState.namedBit | UInt64(names.count - 1)
  }

  private func uniqueName(_ raw: String) -> String {
    let name = sanitizeIdentifier(raw)
    var chosen = name
    if usedNames.contains(name) {
      // Probe name_K with the shared conflict counter, as MLIR does.
      repeat {
        chosen = name + "_" + String(nextConflictID)
        nextConflictID += 1
      } while usedNames.contains(chosen)
    }
    usedNames.insert(chosen)
    return chosen
  }

  // MARK: Lookup

  /// Writes `%name` or `%N`, with `#i` for a result inside a group of more
  /// than one result when `printResultNumber` is set.
  func writeValueID(_ value: Value, printResultNumber: Bool, to out: OutputSink) {
    var lookup = value
    var resultNumber: Int? = nil
    if let result = value as? OpResult {
      let owner = result.owner
      let count = owner.numResults
      if count != 1 {
        let first = owner.result(0)
        let hasGroups = first.printerSlot & ~UInt64(UInt32.max) == epochTag
          && first.printerSlot & SSANameState.groupsBit != 0
        if hasGroups, let groups = resultGroups[ObjectIdentifier(owner)] {
          // The group containing the result: the last start <= its index.
          var start = 0
          var end = count
          for g in groups {
            if g <= result.index { start = g } else { end = g; break }
          }
          if end - start != 1 { resultNumber = result.index - start }
          lookup = owner.result(start)
        } else {
          resultNumber = result.index
          lookup = first
        }
      }
    }
    let slot = lookup.printerSlot
    guard slot & ~UInt64(UInt32.max) == epochTag else {
      out.write("<<UNKNOWN SSA VALUE>>")
      return
    }
    out.write(UInt8(ascii: "%"))
    let payload = Int(slot & SSANameState.payloadMask)
    if slot & SSANameState.namedBit != 0 {
      out.write(names[payload])
    } else {
      out.write(decimal: payload)
    }
    if let n = resultNumber, printResultNumber {
      out.write(UInt8(ascii: "#"))
      out.write(decimal: n)
    }
  }

  /// Result group starts of `op` (empty when it has a single group).
  func resultGroupStarts(of op: Operation) -> [Int] {
    // `op.result(0)`, not `op.results`: reading the array from this module
    // costs an exclusivity check.
    guard op.numResults > 0, case let first = op.result(0), first.printerSlot & SSANameState.groupsBit != 0,
      first.printerSlot & ~UInt64(UInt32.max) == epochTag
    else { return [] }
    return resultGroups[ObjectIdentifier(op)] ?? []
  }

  /// The block's position in its region, or nil when it was not numbered.
  func blockNumber(_ block: Block) -> Int? {
    let slot = block.printerSlot
    guard slot & ~UInt64(UInt32.max) == epochTag else { return nil }
    return Int(slot & UInt64(UInt32.max))
  }

  func writeBlockName(_ block: Block, to out: OutputSink) {
    guard let n = blockNumber(block) else {
      out.write("INVALIDBLOCK")
      return
    }
    out.write("^bb")
    out.write(decimal: n)
  }
}

/// A set of names with nested scopes (llvm::ScopedHashTable used as a set):
/// names inserted in a scope disappear when the scope is popped.
struct ScopedNameSet {
  private var counts: [String: Int] = [:]
  private var log: [String] = []
  /// For each open scope: its id and the log height when it was opened.
  private var scopes: [(id: Int, logHeight: Int)] = []
  private var nextScopeID = 0

  mutating func pushScope() -> Int {
    nextScopeID += 1
    scopes.append((nextScopeID, log.count))
    return nextScopeID
  }

  /// Pops scopes until `id` is the innermost open scope.
  mutating func popScopes(downTo id: Int) {
    while let top = scopes.last, top.id != id {
      scopes.removeLast()
      while log.count > top.logHeight {
        let name = log.removeLast()
        if let c = counts[name], c > 1 { counts[name] = c - 1 } else { counts[name] = nil }
      }
    }
  }

  func contains(_ name: String) -> Bool { counts[name] != nil }

  mutating func insert(_ name: String) {
    counts[name, default: 0] += 1
    log.append(name)
  }
}
