// Dominance of blocks within a region (Cooper, Harvey and Kennedy's iterative
// algorithm over a reverse post-order) and of values over their uses.

/// Dominator trees of the regions asked about, computed on demand.
public final class DominanceInfo {
  private struct RegionInfo {
    var index: [ObjectIdentifier: Int]  // block -> position in reverse post-order
    var idom: [Int]  // immediate dominator by RPO position; entry maps to itself
  }
  @exclusivity(unchecked) private var regions: [ObjectIdentifier: RegionInfo] = [:]

  public init() {}

  private func info(_ region: Region) -> RegionInfo {
    let key = ObjectIdentifier(region)
    if let i = regions[key] { return i }
    var rpo: [Block] = []
    var index: [ObjectIdentifier: Int] = [:]
    if let entry = region.entryBlock, region.blocks.count > 1 {
      // Iterative DFS post-order.
      var visited = Set<ObjectIdentifier>()
      var stack: [(Block, Int)] = [(entry, 0)]
      visited.insert(ObjectIdentifier(entry))
      var post: [Block] = []
      while let (b, i) = stack.popLast() {
        let succ = b.successors
        if i < succ.count {
          stack.append((b, i + 1))
          let s = succ[i]
          if s.parent === region, visited.insert(ObjectIdentifier(s)).inserted {
            stack.append((s, 0))
          }
        } else {
          post.append(b)
        }
      }
      rpo = post.reversed()
    } else if let entry = region.entryBlock {
      rpo = [entry]
    }
    for (i, b) in rpo.enumerated() { index[ObjectIdentifier(b)] = i }
    var idom = [Int](repeating: -1, count: rpo.count)
    if !rpo.isEmpty { idom[0] = 0 }
    var preds: [[Int]] = rpo.map { b in
      b.predecessors.compactMap { p in p.block.flatMap { index[ObjectIdentifier($0)] } }
    }
    if !preds.isEmpty { preds[0] = [] }
    var changed = true
    while changed {
      changed = false
      for i in 1..<max(rpo.count, 1) {
        var newIdom = -1
        for p in preds[i] where idom[p] != -1 {
          if newIdom == -1 {
            newIdom = p
          } else {
            var a = p
            var b = newIdom
            while a != b {
              while a > b { a = idom[a] }
              while b > a { b = idom[b] }
            }
            newIdom = a
          }
        }
        if newIdom != -1 && idom[i] != newIdom {
          idom[i] = newIdom
          changed = true
        }
      }
    }
    let ri = RegionInfo(index: index, idom: idom)
    regions[key] = ri
    return ri
  }

  public func isReachableFromEntry(_ block: Block) -> Bool {
    guard let r = block.parent else { return true }
    if r.blocks.count == 1 { return true }
    return info(r).index[ObjectIdentifier(block)] != nil
  }

  /// Whether block `a` dominates block `b` (both in the same region); every
  /// block dominates an unreachable one.
  public func dominates(_ a: Block, _ b: Block) -> Bool {
    if a === b { return true }
    guard let r = a.parent, b.parent === r else { return false }
    let ri = info(r)
    guard let ib = ri.index[ObjectIdentifier(b)] else { return true }
    guard let ia = ri.index[ObjectIdentifier(a)] else { return false }
    var x = ib
    while true {
      if x == ia { return true }
      let up = ri.idom[x]
      if up == x || up < 0 { return false }
      x = up
    }
  }

  /// Whether `region` of its parent op requires SSA dominance. Regions of
  /// registered ops that declare graph regions do not.
  public static func hasSSADominance(_ region: Region) -> Bool {
    guard let op = region.parentOp else { return true }
    // MLIR does not know the semantics of an unregistered op: a single-block
    // region of one may be a graph region, so it is not checked.
    if !op.isRegistered { return region.blocks.count > 1 }
    return !op.hasTrait(.graphRegions)
  }

  /// Whether `value` is defined before `user` on every path (MLIR's
  /// `properlyDominates(Value, Operation*)`).
  public func properlyDominates(_ value: Value, _ user: Operation) -> Bool {
    if let def = value.definingOp {
      guard let defBlock = def.block, let defRegion = defBlock.parent else { return false }
      // An op uses its own result only in a region without SSA dominance.
      if def === user { return !DominanceInfo.hasSSADominance(defRegion) }
      guard let ancestor = ancestorOp(in: defRegion, of: user) else { return false }
      // A use nested inside the defining op is never dominated by it.
      if ancestor === def { return false }
      guard let ancBlock = ancestor.block else { return false }
      if ancBlock === defBlock {
        if !DominanceInfo.hasSSADominance(defRegion) { return true }
        return def.isBeforeInBlock(ancestor)
      }
      return dominates(defBlock, ancBlock)
    }
    guard let arg = value as? BlockArgument else { return false }
    let defBlock = arg.owner
    guard let defRegion = defBlock.parent else { return false }
    guard let ancestor = ancestorOp(in: defRegion, of: user), let ancBlock = ancestor.block else {
      return false
    }
    if ancBlock === defBlock || !DominanceInfo.hasSSADominance(defRegion) { return true }
    return dominates(defBlock, ancBlock)
  }

  /// `op` or its ancestor whose parent region is `region`.
  func ancestorOp(in region: Region, of op: Operation) -> Operation? {
    var cur: Operation? = op
    while let c = cur {
      if c.block?.parent === region { return c }
      cur = c.parentOp
    }
    return nil
  }
}
