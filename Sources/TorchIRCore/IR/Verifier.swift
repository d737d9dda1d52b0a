// The verifier: structure (terminators, successors, graph regions), op
// invariants (traits, then each op's own hook), unregistered-dialect rules and
// SSA dominance. Its messages are MLIR's own, since tests compare them.
// It walks with explicit work lists, never recursion, so nesting depth cannot
// overflow the stack.

/// `'name' op message` at the op's location, as MLIR's `emitOpError`.
public func opError(_ op: Operation, _ message: String) -> Diagnostic {
  opEmitError(op, "'\(op.name.name)' op \(message)")
}

/// An error at the op's location with the note MLIR attaches to every
/// diagnostic emitted on an operation ("see current operation: ...").
public func opEmitError(_ op: Operation, _ message: String) -> Diagnostic {
  Diagnostic(.error, op.location, message, notes: [currentOperationNote(op)])
}

public let currentOperationNotePrefix = "see current operation: "

/// The op in generic form, on a new line when it has regions.
public func currentOperationNote(_ op: Operation) -> Diagnostic {
  let text = op.context.printHooks.operation(op)
  return Diagnostic(.note, op.location,
    currentOperationNotePrefix + (op.regions.isEmpty ? "" : "\n") + text)
}

public struct Verifier {
  public init() {}

  /// Verifies `op` and everything nested in it; throws the first error.
  public func verify(_ op: Operation) throws {
    var isolated: [Operation] = [op]
    while let next = isolated.popLast() {
      let dominanceProved = try verifyOperation(next, collectingIsolated: &isolated)
      if next.regions.count > 0 && !dominanceProved {
        try verifyDominance(next)
      }
    }
  }

  private enum Item {
    case op(Operation)
    case block(Block)
    /// The ops of a block from this one on.
    case ops(Operation)
    case exitOp(Operation)
    case exitBlock(Block)
  }

  /// Structure and invariants of `root` and the ops nested in it, stopping at
  /// nested isolated-from-above ops (collected for the caller). Returns
  /// whether the isolation check of `root` also proved that every use in
  /// that scope is dominated (then `verifyDominance(root)` cannot fail).
  private func verifyOperation(_ root: Operation, collectingIsolated isolated: inout [Operation])
    throws -> Bool
  {
    var dominanceProved = false
    var work: [Item] = [.op(root)]
    while let item = work.popLast() {
      switch item {
      case .op(let op):
        let proved = try verifyOnEntrance(op)
        if op === root { dominanceProved = proved }
        work.append(.exitOp(op))
        for r in op.regions.reversed() {
          for b in r.blocks.reversed() { work.append(.block(b)) }
        }
      case .block(let b):
        try verifyOnEntrance(b)
        work.append(.exitBlock(b))
        if let first = b.first { work.append(.ops(first)) }
      case .ops(let start):
        // Ops without regions are verified in place (entrance, then exit);
        // the walk descends into the next op with regions and resumes after
        // it. Nested isolated ops are left for the caller.
        var cur: Operation? = start
        while let o = cur {
          cur = o.nextInBlock
          if o.regions.count > 0 {
            if o.hasTrait(.isolatedFromAbove) { continue }
            if let rest = cur { work.append(.ops(rest)) }
            work.append(.op(o))
            break
          }
          try verifyOnEntrance(o)
          try verifyOnExit(o)
        }
      case .exitBlock(let b):
        try verifyOnExit(b)
      case .exitOp(let op):
        for r in op.regions {
          for b in r.blocks {
            for o in b where o.regions.count > 0 && o.hasTrait(.isolatedFromAbove) {
              isolated.append(o)
            }
          }
        }
        try verifyOnExit(op)
      }
    }
    return dominanceProved
  }

  private func mayBeValidWithoutTerminator(_ b: Block) -> Bool {
    guard let r = b.parent else { return true }
    if r.blocks.count != 1 { return false }
    guard let op = r.parentOp else { return true }
    return !op.isRegistered || op.hasTrait(.noTerminator)
  }

  private func verifyOnEntrance(_ b: Block) throws {
    if b.isEmpty {
      if mayBeValidWithoutTerminator(b) { return }
      throw Diagnostic.error(b.parentOp?.location ?? .unknown,
        "empty block: expect at least a terminator")
    }
    for op in b where op.successors.count != 0 && op !== b.last {
      throw opEmitError(op, "operation with block successors must terminate its parent block")
    }
  }

  private func verifyOnExit(_ b: Block) throws {
    for s in b.successors where s.parent !== b.parent {
      if let last = b.last { throw opError(last, "branching to block of a different region") }
    }
    if mayBeValidWithoutTerminator(b) { return }
    guard let last = b.last else { return }
    if last.isRegistered && !last.hasTrait(.isTerminator) {
      throw opEmitError(last, "block with no terminator, has \(last)")
    }
  }

  /// Returns whether the op's isolation check proved dominance in its scope.
  @discardableResult
  private func verifyOnEntrance(_ op: Operation) throws -> Bool {
    var dominanceProved = false
    if let info = op.name.info {
      dominanceProved = try verifyTraits(op, info.traits)
      if let v = info.verify { try runHook(op, v) }
    }
    for (i, r) in op.regions.enumerated() {
      if op.isRegistered && op.hasTrait(.graphRegions) && r.blocks.count > 1 {
        throw opError(op, "expects graph region #\(i) to have 0 or 1 blocks")
      }
      if let first = r.entryBlock, !first.hasNoPredecessors {
        throw Diagnostic.error(op.location, "entry block of region may not have predecessors")
      }
    }
    return dominanceProved
  }

  private func verifyOnExit(_ op: Operation) throws {
    if let info = op.name.info {
      if let v = info.verifyRegions { try runHook(op, v) }
      return
    }
    let ctx = op.context
    guard let dialect = ctx.dialect(op.name.dialectNamespace) else {
      if !ctx.allowUnregisteredDialects {
        throw opError(op,
          "created with unregistered dialect. If this is intended, please call "
            + "allowUnregisteredDialects() on the MLIRContext, or use "
            + "-allow-unregistered-dialect with the MLIR opt tool used")
      }
      return
    }
    if !dialect.allowsUnknownOperations {
      throw opEmitError(op,
        "unregistered operation '\(op.name.name)' found in dialect ('\(dialect.namespace)') "
          + "that does not allow unknown operations")
    }
  }

  private func runHook(_ op: Operation, _ hook: (Operation) throws -> Void) throws {
    do {
      try hook(op)
    } catch let e as OpVerifyError {
      throw opError(op, e.message)
    } catch var d as Diagnostic {
      if d.location == op.location
        && !d.notes.contains(where: { $0.message.hasPrefix(currentOperationNotePrefix) })
      {
        d.notes.insert(currentOperationNote(op), at: 0)
      }
      throw d
    }
  }

  /// The checks of the traits the core knows; returns whether the isolation
  /// check proved dominance in the op's scope.
  private func verifyTraits(_ op: Operation, _ traits: OpTraits) throws -> Bool {
    if traits.contains(.isTerminator), let b = op.block, b.last !== op {
      throw opError(op, "must be the last operation in the parent block")
    }
    if traits.contains(.singleBlock) {
      for (i, r) in op.regions.enumerated() where r.blocks.count > 1 {
        throw opError(op, "expects region #\(i) to have 0 or 1 blocks")
      }
    }
    if traits.contains(.symbol) {
      guard let n = op.attr("sym_name") else {
        throw opError(op, "requires string attribute 'sym_name'")
      }
      if n.stringValue == nil { throw opError(op, "requires string attribute 'sym_name'") }
      if let vis = op.attr("sym_visibility") {
        let v = vis.stringValue
        if v != "public" && v != "private" && v != "nested" {
          throw opError(op, "visibility expected to be one of [\"public\", \"private\", \"nested\"], but got \(vis)")
        }
      }
    }
    if traits.contains(.symbolTable) { try verifySymbolTable(op) }
    if traits.contains(.isolatedFromAbove) { return try verifyIsolatedFromAbove(op) }
    return false
  }

  private func verifySymbolTable(_ op: Operation) throws {
    if op.regions.count != 1 {
      throw opError(op, "Operations with a 'SymbolTable' must have exactly one region")
    }
    if op.region(0).blocks.count > 1 {
      throw opError(op, "Operations with a 'SymbolTable' must have exactly one block")
    }
    guard let b = op.region(0).entryBlock else { return }
    var seen: [String: Operation] = [:]
    for child in b {
      guard let name = child.attr("sym_name")?.stringValue else { continue }
      if let prev = seen[name] {
        throw opEmitError(child, "redefinition of symbol named '\(name)'")
          .attachingNote(prev.location, "see existing symbol definition here")
      }
      seen[name] = child
    }
  }

  /// Every value used inside the op's regions is defined inside them.
  /// Returns whether every use met the fast path of `verifyDominance` (a
  /// value defined earlier in the same block, or an argument of that block):
  /// both walk the same ops, so `verifyDominance` would then pass.
  private func verifyIsolatedFromAbove(_ isolatedOp: Operation) throws -> Bool {
    var dominanceProved = true
    for r in isolatedOp.regions {
      var stack: [Region] = [r]
      while let region = stack.popLast() {
        let ssa = DominanceInfo.hasSSADominance(region)
        for b in region.blocks {
          for op in b {
            for i in 0..<op.numOperands {
              let v = op.operand(i)
              // Common case: defined in this block (so inside `r`).
              if let def = v.definingOp {
                if def.block === b {
                  if def === op || (ssa && !def.isBeforeInBlock(op)) { dominanceProved = false }
                  continue
                }
              } else if let arg = v as? BlockArgument, arg.owner === b {
                continue
              }
              dominanceProved = false
              guard let defRegion = v.parentRegion else { continue }
              if defRegion === region { continue }
              if !r.isAncestor(defRegion) {
                throw opError(op, "using value defined outside the region")
                  .attachingNote(isolatedOp.location, "required by region isolation constraints")
              }
            }
            // Nested isolated ops check their own regions.
            if op.regions.count > 0 && !op.hasTrait(.isolatedFromAbove) {
              stack.append(contentsOf: op.regions)
            }
          }
        }
      }
    }
    return dominanceProved
  }

  private func verifyDominance(_ root: Operation) throws {
    let dom = DominanceInfo()
    var work: [Operation] = [root]
    while let op = work.popLast() {
      for r in op.regions {
        let ssa = DominanceInfo.hasSSADominance(r)
        for b in r.blocks {
          let reachable = dom.isReachableFromEntry(b)
          for o in b {
            if reachable {
              for (i, operand) in o.operands.enumerated() {
                // Fast path for the common case: a value defined earlier in
                // the same block, or an argument of that block.
                let v = operand.value
                if let def = v.definingOp, def.block === b, def !== o {
                  if !ssa || def.isBeforeInBlock(o) { continue }
                  throw dominanceError(o, i)
                }
                if let arg = v as? BlockArgument, arg.owner === b { continue }
                if !dom.properlyDominates(v, o) { throw dominanceError(o, i) }
              }
            }
            if o.regions.count > 0 && !o.hasTrait(.isolatedFromAbove) { work.append(o) }
          }
        }
      }
    }
  }

  private func dominanceError(_ op: Operation, _ index: Int) -> Diagnostic {
    let d = opEmitError(op, "operand #\(index) does not dominate this use")
    let value = op.operand(index)
    if let def = value.definingOp {
      var note = "operand defined here"
      let r1 = op.parentRegion
      let r2 = def.parentRegion
      if op.block === def.block {
        note += " (op in the same block)"
      } else if r1 === r2 {
        note += " (op in the same region)"
      } else if let r2, let r1, r2 !== r1, r2.isAncestor(r1) {
        note += " (op in a parent region)"
      } else if let r1, let r2, r1 !== r2, r1.isAncestor(r2) {
        note += " (op in a child region)"
      } else {
        note += " (op is neither in a parent nor in a child region)"
      }
      return d.attachingNote(def.location, note)
    }
    guard let arg = value as? BlockArgument else { return d }
    let b2 = arg.owner
    let loc = b2.parentOp?.location ?? .unknown
    guard let r2 = b2.parent else { return d.attachingNote(loc, " (block without parent)") }
    let r1 = op.parentRegion
    var note = "operand defined as a block argument (block #\(r2.index(of: b2) ?? 0)"
    if r1 === r2 {
      note += " in the same region)"
    } else if let r1, r2.isAncestor(r1) {
      note += " in a parent region)"
    } else if let r1, r1.isAncestor(r2) {
      note += " in a child region)"
    } else {
      note += " neither in a parent nor in a child region)"
    }
    return d.attachingNote(loc, note)
  }
}

extension Region {
  /// Whether `self` is `other` or encloses it.
  public func isAncestor(_ other: Region) -> Bool {
    var r: Region? = other
    while let x = r {
      if x === self { return true }
      r = x.parentOp?.parentRegion
    }
    return false
  }
}
