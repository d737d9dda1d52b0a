// Region simplification (MLIR's simplifyRegions), run by the greedy driver
// after each pass over the IR: erase blocks no path reaches, erase dead ops
// and dead block arguments by a liveness fixpoint (so cycles of unused values
// through branches die too), and — at the `aggressive` level — merge blocks
// that are identical up to values defined outside them, and drop block
// arguments that receive the same value on every incoming edge. All of it
// applies to nested regions as well, with explicit worklists.

import TorchIRCore

/// Simplifies `regions` and every region nested in them; true when changed.
@discardableResult
public func simplifyRegions(_ rewriter: PatternRewriter, _ regions: [Region], mergeBlocks: Bool) -> Bool {
  let erasedBlocks = eraseUnreachableBlocks(rewriter, regions)
  let erasedDead = runRegionDCE(rewriter, regions)
  var merged = false
  var dropped = false
  if mergeBlocks {
    merged = mergeIdenticalBlocks(rewriter, regions)
    dropped = dropRedundantArguments(rewriter, regions)
  }
  return erasedBlocks || erasedDead || merged || dropped
}

/// The blocks of `region` reachable from its entry, in DFS post-order.
private func postOrder(_ region: Region) -> [Block] {
  guard let entry = region.entryBlock else { return [] }
  var out: [Block] = []
  var seen: Set<ObjectIdentifier> = [ObjectIdentifier(entry)]
  var stack: [(Block, [Block], Int)] = [(entry, entry.successors, 0)]
  while let (b, succs, i) = stack.popLast() {
    if i < succs.count {
      stack.append((b, succs, i + 1))
      let s = succs[i]
      if seen.insert(ObjectIdentifier(s)).inserted { stack.append((s, s.successors, 0)) }
    } else {
      out.append(b)
    }
  }
  return out
}

/// Erases a block (its ops are told to the rewriter as erased).
private func eraseBlock(_ rewriter: PatternRewriter, _ block: Block) {
  for op in block { op.walkPostOrder { rewriter.notifyOperationErased($0) } }
  for op in block { op.dropAllReferences() }
  block.parent?.remove(block)
}

// MARK: Unreachable blocks

/// Erases the blocks no path from their region's entry reaches.
@discardableResult
public func eraseUnreachableBlocks(_ rewriter: PatternRewriter, _ regions: [Region]) -> Bool {
  var erased = false
  var worklist = regions
  while let region = worklist.popLast() {
    if region.blocks.isEmpty { continue }
    if region.blocks.count == 1, let only = region.entryBlock {
      for op in only { worklist.append(contentsOf: op.regions) }
      continue
    }
    let reachable = Set(postOrder(region).map(ObjectIdentifier.init))
    let dead = region.blocks.filter { !reachable.contains(ObjectIdentifier($0)) }
    // Values of dead blocks are used only by dead blocks: drop those uses
    // together before anything goes.
    for b in dead {
      for op in b { op.walkPostOrder { rewriter.notifyOperationErased($0) } }
    }
    for b in dead { for op in b { op.dropAllReferences() } }
    for b in dead { b.parent?.remove(b) }
    erased = erased || !dead.isEmpty
    for b in region.blocks { for op in b { worklist.append(contentsOf: op.regions) } }
  }
  return erased
}

// MARK: Liveness-based dead code elimination

/// Liveness marks kept in the ops' and values' scratch slots under a fresh
/// token (no set to hash into). A greedy driver uses the ops' slots for its
/// worklist, so `deleteDeadness` reads every op's mark before it notifies
/// anyone.
private final class LiveMap {
  let token = newScratchToken()
  var changed = false
  func isLive(_ v: Value) -> Bool { v.scratchTag == token }
  func isLive(_ op: Operation) -> Bool { op.scratchTag == token }
  func setLive(_ v: Value) {
    if v.scratchTag != token {
      v.scratchTag = token
      changed = true
    }
  }
  func setLive(_ op: Operation) {
    if op.scratchTag != token {
      op.scratchTag = token
      changed = true
    }
  }
}

/// The argument of a successor that operand `index` of terminator `op` is
/// forwarded to, if the op says so through its branch interface.
private func successorArgument(_ op: Operation, _ index: Int) -> BlockArgument? {
  guard let b = op.branchInterface else { return nil }
  for i in 0..<op.successors.count {
    if let r = b.successorOperands(op, i), r.contains(index) {
      let pos = index - r.lowerBound
      let args = op.successor(i).arguments
      return pos < args.count ? args[pos] : nil
    }
  }
  return nil
}

private func processValue(_ v: Value, _ live: LiveMap) {
  for use in v.uses {
    let owner = use.owner
    // A successor operand is live only if the argument it feeds is.
    if owner.hasTrait(.isTerminator), let arg = successorArgument(owner, use.index) {
      if live.isLive(arg) {
        live.setLive(v)
        return
      }
      continue
    }
    if live.isLive(owner) {
      live.setLive(v)
      return
    }
  }
}

private func processTerminator(_ op: Operation, _ live: LiveMap) {
  live.setLive(op)
  guard op.branchInterface != nil else {
    for s in op.successors { for a in s.block.arguments { live.setLive(a) } }
    return
  }
  // Every successor operand of cf ops is forwarded (none is produced by the
  // branch itself), so no argument is live merely by the branch.
  for (i, s) in op.successors.enumerated() where op.forwardedOperands(i) == nil {
    for a in s.block.arguments { live.setLive(a) }
  }
}

private enum LivenessStep {
  case op(Operation)
  case arguments(Block)
}

/// The visiting order of one liveness sweep: for each region, blocks in
/// post-order, ops bottom-up with their nested regions first, then the
/// arguments of non-entry blocks (uses before definitions, to converge fast).
private func livenessOrder(_ regions: [Region]) -> [LivenessStep] {
  enum Task {
    case region(Region)
    case emit(LivenessStep)
  }
  var out: [LivenessStep] = []
  var stack: [Task] = regions.reversed().map { .region($0) }
  while let t = stack.popLast() {
    switch t {
    case .emit(let s):
      out.append(s)
    case .region(let r):
      var tasks: [Task] = []
      for b in postOrder(r) {
        for op in b.operations.reversed() {
          for nested in op.regions { tasks.append(.region(nested)) }
          tasks.append(.emit(.op(op)))
        }
        if !b.isEntryBlock { tasks.append(.emit(.arguments(b))) }
      }
      stack.append(contentsOf: tasks.reversed())
    }
  }
  return out
}

/// Erases ops and non-entry block arguments that nothing live uses.
@discardableResult
public func runRegionDCE(_ rewriter: PatternRewriter, _ regions: [Region]) -> Bool {
  let live = LiveMap()
  let order = livenessOrder(regions)
  repeat {
    live.changed = false
    for step in order {
      switch step {
      case .op(let op):
        if op.hasTrait(.isTerminator) {
          processTerminator(op, live)
          continue
        }
        if live.isLive(op) { continue }
        if !wouldOpBeTriviallyDead(op) {
          live.setLive(op)
          continue
        }
        for r in op.results { processValue(r, live) }
        if op.results.contains(where: { live.isLive($0) }) { live.setLive(op) }
      case .arguments(let b):
        for a in b.arguments where !live.isLive(a) { processValue(a, live) }
      }
    }
  } while live.changed
  return deleteDeadness(rewriter, regions, live)
}

private func deleteDeadness(_ rewriter: PatternRewriter, _ regions: [Region], _ live: LiveMap) -> Bool {
  var erasedAnything = false
  var dead: [Operation] = []
  var modified: [Operation] = []
  var worklist = regions
  var visited: [Region] = []
  while let region = worklist.popLast() {
    if region.blocks.isEmpty { continue }
    visited.append(region)
    let single = region.blocks.count == 1
    for b in postOrder(region) {
      if !single, let t = b.last, let iface = t.branchInterface {
        for s in stride(from: t.successors.count - 1, through: 0, by: -1) {
          guard let r = iface.successorOperands(t, s) else { continue }
          let args = t.successor(s).arguments
          for pos in stride(from: r.count - 1, through: 0, by: -1) where pos < args.count {
            if !live.isLive(args[pos]) {
              iface.eraseSuccessorOperand(t, s, pos)
              modified.append(t)
            }
          }
        }
      }
      for op in b.operations.reversed() {
        if !live.isLive(op) {
          dead.append(op)
        } else {
          worklist.append(contentsOf: op.regions)
        }
      }
    }
  }
  for t in modified { rewriter.notifyOperationModified(t) }
  // Dead ops may use each other (cycles in graph regions): drop every
  // reference first, then unlink them.
  for op in dead { op.walkPostOrder { rewriter.notifyOperationErased($0) } }
  for op in dead { op.dropAllReferences() }
  for op in dead { op.remove() }
  erasedAnything = !dead.isEmpty
  // Dead arguments go too; as in MLIR, this alone does not count as a
  // change (their successor operands were dropped above).
  for region in visited {
    for b in region.blocks.dropFirst() {
      for i in stride(from: b.arguments.count - 1, through: 0, by: -1)
      where !live.isLive(b.arguments[i]) && b.arguments[i].useEmpty {
        b.eraseArgument(i)
      }
    }
  }
  return erasedAnything
}

// MARK: Merging identical blocks

/// The terminators branching to `block`, each once (a terminator with two
/// edges to it is listed once; callers visit each edge themselves).
private func uniquePredecessors(_ block: Block) -> [Operation] {
  var seen = Set<ObjectIdentifier>()
  return block.predecessors.filter { seen.insert(ObjectIdentifier($0)).inserted }
}

/// Whether `v` is used outside `block`.
private func isUsedOutside(_ v: Value, _ block: Block) -> Bool {
  v.uses.contains { $0.owner.block !== block }
}

/// Op equivalence for block merging (MLIR's OperationEquivalence with
/// locations ignored and operands compared by the caller): name, attributes,
/// properties, operand/result/region/successor counts and result types.
private func shallowEquivalent(_ a: Operation, _ b: Operation) -> Bool {
  a.name == b.name && a.attributes == b.attributes && a.properties == b.properties
    && a.numOperands == b.numOperands && a.numResults == b.numResults
    && a.regions.count == b.regions.count && a.successors.count == b.successors.count
    && a.resultTypes == b.resultTypes
    && zip(a.regions, b.regions).allSatisfy { $0.blocks.isEmpty && $1.blocks.isEmpty }
}

/// The position of a value defined in `block`: arguments first, then each
/// op's results in order (MLIR's BlockEquivalenceData::getOrderOf).
private func orderIndex(_ block: Block) -> [ObjectIdentifier: Int] {
  var out: [ObjectIdentifier: Int] = [:]
  for a in block.arguments { out[ObjectIdentifier(a)] = a.index }
  var next = block.arguments.count
  for op in block {
    for r in op.results { out[ObjectIdentifier(r)] = next + r.index }
    next += op.numResults
  }
  return out
}

private final class MergeCluster {
  let leader: Block
  let leaderOrder: [ObjectIdentifier: Int]
  var blocks: [Block] = []
  /// (op index, operand index) pairs that differ, sorted and unique.
  var operandsToMerge: [(Int, Int)] = []

  init(_ leader: Block) {
    self.leader = leader
    leaderOrder = orderIndex(leader)
  }

  func add(_ block: Block) -> Bool {
    guard leader.argumentTypes == block.argumentTypes, leader.count == block.count else { return false }
    let order = orderIndex(block)
    var mismatched: [(Int, Int)] = []
    for (opIndex, (l, r)) in zip(leader, block).enumerated() {
      if !shallowEquivalent(l, r) { return false }
      for i in 0..<l.numOperands {
        let lv = l.operand(i)
        let rv = r.operand(i)
        if lv === rv { continue }
        if lv.type != rv.type { return false }
        let lIn = lv.parentBlock === leader
        let rIn = rv.parentBlock === block
        if lIn != rIn { return false }
        if !lIn {
          // A value made by the terminator of an immediate predecessor does
          // not dominate the merged block's branch.
          func valid(_ target: Block, _ v: Value) -> Bool {
            guard let d = v.definingOp, let pb = v.parentBlock, pb.last === d else { return true }
            return !target.predecessors.contains { $0.block === pb }
          }
          if !valid(leader, lv) || !valid(block, rv) { return false }
          mismatched.append((opIndex, i))
          continue
        }
        if leaderOrder[ObjectIdentifier(lv)] != order[ObjectIdentifier(rv)] { return false }
      }
      if r.results.contains(where: { isUsedOutside($0, block) })
        || l.results.contains(where: { isUsedOutside($0, leader) })
      {
        return false
      }
    }
    for m in mismatched where !operandsToMerge.contains(where: { $0 == m }) { operandsToMerge.append(m) }
    operandsToMerge.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    blocks.append(block)
    return true
  }

  func merge(_ rewriter: PatternRewriter) -> Bool {
    if blocks.isEmpty { return false }
    func canUpdatePredecessors(_ b: Block) -> Bool {
      b.predecessors.allSatisfy { $0.branchInterface != nil }
    }
    if !operandsToMerge.isEmpty {
      if !canUpdatePredecessors(leader) || !blocks.allSatisfy(canUpdatePredecessors) { return false }
      let all = [leader] + blocks
      let opsOf = all.map { $0.operations }
      let oldCount = leader.arguments.count
      var newArguments: [[Value]] = Array(repeating: [], count: all.count)
      for (opIndex, operandIndex) in operandsToMerge {
        for (i, ops) in opsOf.enumerated() {
          let op = ops[opIndex]
          let v = op.operand(operandIndex)
          newArguments[i].append(v)
          if i == 0 { op.setOperand(operandIndex, leader.addArgument(v.type, v.location)) }
        }
      }
      newArguments = pruneRedundantArguments(newArguments, rewriter, oldCount)
      func updatePredecessors(_ b: Block, _ values: [Value]) {
        for pred in uniquePredecessors(b) {
          guard let iface = pred.branchInterface else { continue }
          for (s, succ) in pred.successors.enumerated() where succ.block === b {
            for v in values { iface.appendSuccessorOperand(pred, s, v) }
          }
          rewriter.notifyOperationModified(pred)
        }
      }
      for (i, b) in all.enumerated() { updatePredecessors(b, newArguments[i]) }
    }
    for b in blocks {
      for pred in uniquePredecessors(b) {
        for (s, succ) in pred.successors.enumerated() where succ.block === b { pred.setSuccessor(s, leader) }
        rewriter.notifyOperationModified(pred)
      }
      eraseBlock(rewriter, b)
    }
    return true
  }

  /// Drops new arguments that repeat an earlier one in every list (MLIR's
  /// pruneRedundantArguments: only the first occurrence in list 0 is tried).
  private func pruneRedundantArguments(_ lists: [[Value]], _ rewriter: PatternRewriter, _ oldCount: Int)
    -> [[Value]]
  {
    guard let first = lists.first else { return lists }
    var firstIndex: [ObjectIdentifier: Int] = [:]
    for (j, v) in first.enumerated() where firstIndex[ObjectIdentifier(v)] == nil {
      firstIndex[ObjectIdentifier(v)] = j
    }
    var replacement: [Int: Int] = [:]
    for j in first.indices {
      guard let k = firstIndex[ObjectIdentifier(first[j])], k != j else { continue }
      if lists.dropFirst().allSatisfy({ $0[k] === $0[j] }) { replacement[j] = k }
    }
    if replacement.isEmpty { return lists }
    for j in replacement.keys.sorted(by: >) {
      guard let k = replacement[j] else { continue }
      rewriter.replaceAllUsesWith(leader.arguments[oldCount + j], leader.arguments[oldCount + k])
      leader.eraseArgument(oldCount + j)
    }
    return lists.map { l in l.indices.filter { replacement[$0] == nil }.map { l[$0] } }
  }
}

private func mergeIdenticalBlocks(_ rewriter: PatternRewriter, in region: Region) -> Bool {
  guard region.blocks.count > 1 else { return false }
  // Group the non-entry blocks by their successor lists, in block order.
  var groups: [[Block]] = []
  for b in region.blocks.dropFirst() {
    let succs = b.successors
    if let i = groups.firstIndex(where: { g in
      let other = g[0].successors
      return other.count == succs.count && zip(other, succs).allSatisfy { $0 === $1 }
    }) {
      groups[i].append(b)
    } else {
      groups.append([b])
    }
  }
  var merged = false
  for blocks in groups where blocks.count > 1 {
    var clusters: [MergeCluster] = []
    for b in blocks {
      if b.contains(where: { op in op.regions.contains { !$0.blocks.isEmpty } }) { continue }
      if b.arguments.contains(where: { isUsedOutside($0, b) }) { continue }
      if !clusters.contains(where: { $0.add(b) }) { clusters.append(MergeCluster(b)) }
    }
    for c in clusters where c.merge(rewriter) { merged = true }
  }
  return merged
}

/// Merges blocks that differ only in values defined outside them, adding
/// block arguments for those values (aggressive region simplification).
@discardableResult
public func mergeIdenticalBlocks(_ rewriter: PatternRewriter, _ regions: [Region]) -> Bool {
  var worklist = regions
  var changed = false
  while let region = worklist.popLast() {
    if mergeIdenticalBlocks(rewriter, in: region) {
      worklist.append(region)
      changed = true
      continue
    }
    for b in region.blocks { for op in b { worklist.append(contentsOf: op.regions) } }
  }
  return changed
}

// MARK: Redundant block arguments

/// Replaces each argument of `block` that receives one same value on every
/// incoming edge by that value, and drops it and its successor operands.
private func dropRedundantArguments(_ rewriter: PatternRewriter, _ block: Block) -> Bool {
  var toErase: [Int] = []
  let preds = block.predecessors
  for (i, arg) in block.arguments.enumerated() {
    var common: Value?
    var same = true
    outer: for pred in preds {
      guard pred.branchInterface != nil else {
        same = false
        break
      }
      for (s, succ) in pred.successors.enumerated() where succ.block === block {
        guard let forwarded = pred.forwardedOperands(s), i < forwarded.count else {
          same = false
          break outer
        }
        let v = forwarded[i]
        if let c = common, c !== v {
          same = false
          break outer
        }
        common = v
      }
    }
    if same, let c = common {
      toErase.append(i)
      rewriter.replaceAllUsesWith(arg, c)
    }
  }
  for i in toErase.reversed() {
    block.eraseArgument(i)
    for pred in uniquePredecessors(block) {
      guard let iface = pred.branchInterface else { continue }
      for (s, succ) in pred.successors.enumerated() where succ.block === block {
        iface.eraseSuccessorOperand(pred, s, i)
      }
      rewriter.notifyOperationModified(pred)
    }
  }
  return !toErase.isEmpty
}

/// Drops block arguments that receive the same value from every predecessor
/// (aggressive region simplification).
@discardableResult
public func dropRedundantArguments(_ rewriter: PatternRewriter, _ regions: [Region]) -> Bool {
  var worklist = regions
  var changed = false
  while let region = worklist.popLast() {
    for b in region.blocks {
      if dropRedundantArguments(rewriter, b) { changed = true }
      for op in b { worklist.append(contentsOf: op.regions) }
    }
  }
  return changed
}
