// The greedy pattern rewrite driver (MLIR's applyPatternsGreedily): a
// worklist of ops, each erased if trivially dead, else folded, else offered
// to the patterns for its name in benefit order. Every change reported by the
// rewriter puts the affected ops back on the worklist; passes over the whole
// region repeat until one changes nothing or a limit is hit.

import TorchIRCore

public struct GreedyRewriteConfig: Sendable {
  /// Seed the worklist in pre-order (true) or post-order.
  public var useTopDownTraversal = true
  /// Maximum passes over the regions; -1 for no limit.
  public var maxIterations = 10
  /// Maximum pattern applications per pass; -1 for no limit.
  public var maxNumRewrites = -1
  /// Fold ops through their `fold` hooks.
  public var fold = true
  /// Simplify the regions after each pass (see RegionSimplification.swift):
  /// unreachable blocks, dead ops and block arguments.
  public var enableRegionSimplification = true
  /// Also merge identical blocks and drop block arguments that receive the
  /// same value on every edge (canonicalize's `region-simplify=aggressive`).
  public var aggressiveRegionSimplification = false
  public init() {}
}

public struct GreedyRewriteResult: Sendable {
  /// False when a limit stopped the driver while the IR was still changing.
  public var converged: Bool
  /// Whether any change was made.
  public var changed: Bool
  public var iterations: Int
}

/// Patterns grouped by root op name, each group in descending benefit (ties
/// keep insertion order, as MLIR's stable sort does).
public final class FrozenPatternSet {
  private var byName: [String: [any RewritePattern]] = [:]
  private var anyOp: [any RewritePattern] = []
  /// `patterns(for:)` by `OperationName.index` (nil: not looked up yet), so
  /// the driver's per-op lookup hashes nothing. Indices are per context, so
  /// each entry keeps the name it was made for and is used only for it.
  @exclusivity(unchecked) private var byIndex: [(name: OperationName, patterns: [any RewritePattern])?] = []

  public init(_ patterns: [any RewritePattern]) {
    for p in patterns {
      if let n = p.rootName { byName[n, default: []].append(p) } else { anyOp.append(p) }
    }
    for (k, v) in byName { byName[k] = stableSortByBenefit(v) }
    anyOp = stableSortByBenefit(anyOp)
  }

  private func stableSortByBenefit(_ ps: [any RewritePattern]) -> [any RewritePattern] {
    ps.enumerated().sorted { a, b in
      a.element.benefit != b.element.benefit
        ? a.element.benefit > b.element.benefit : a.offset < b.offset
    }.map(\.element)
  }

  /// Patterns for `name`, merged with the any-op patterns by benefit.
  func patterns(for name: String) -> [any RewritePattern] {
    let specific = byName[name] ?? []
    if anyOp.isEmpty { return specific }
    if specific.isEmpty { return anyOp }
    return stableSortByBenefit(specific + anyOp)
  }

  /// `patterns(for: name.name)`, memoized by the name's dense index.
  func patterns(for name: OperationName) -> [any RewritePattern] {
    let i = name.index
    if i < byIndex.count, let cached = byIndex[i], cached.name === name { return cached.patterns }
    let found = patterns(for: name.name)
    if i >= byIndex.count { byIndex.append(contentsOf: repeatElement(nil, count: i + 1 - byIndex.count)) }
    byIndex[i] = (name, found)
    return found
  }

  public var isEmpty: Bool { byName.isEmpty && anyOp.isEmpty }
}

/// Applies `patterns` to the ops nested in `op`'s regions until fixpoint.
/// Diagnostics thrown by a pattern end the run and propagate.
@discardableResult
public func applyPatternsGreedily(
  _ op: Operation, _ patterns: FrozenPatternSet, config: GreedyRewriteConfig = GreedyRewriteConfig()
) throws -> GreedyRewriteResult {
  let driver = GreedyDriver(context: op.context, patterns: patterns, config: config)
  return try driver.simplify(op.regions)
}

final class GreedyDriver: PatternRewriter {
  let patterns: FrozenPatternSet
  let config: GreedyRewriteConfig
  /// Stack-ordered worklist; erased entries become nil rather than shifting.
  /// An op's position is kept in its scratch slot, tagged with `token`
  /// (a fresh token per pass empties the list's bookkeeping at once).
  @exclusivity(unchecked) private var list: [Operation?] = []
  @exclusivity(unchecked) private var token: UInt64 = newScratchToken()
  @exclusivity(unchecked) private var folder: OperationFolder! = nil
  /// The region being simplified: ancestors inside it are revisited too.
  @exclusivity(unchecked) private var scopes: [Region] = []
  /// Pattern applications so far, over all passes (MLIR counts them per run).
  @exclusivity(unchecked) private var numRewrites = 0
  @exclusivity(unchecked) private var foldOperands: [Attribute?] = []
  /// Set when `maxNumRewrites` stopped a pass with work left.
  private var stoppedByRewriteLimit = false

  init(context: MLIRContext, patterns: FrozenPatternSet, config: GreedyRewriteConfig) {
    self.patterns = patterns
    self.config = config
    super.init(context)
    folder = OperationFolder(rewriter: self)
  }

  // MARK: Worklist

  @inline(__always) private func push(_ op: Operation) {
    if op.scratchTag == token && op.scratchIndex >= 0 { return }
    op.scratchTag = token
    op.scratchIndex = list.count
    list.append(op)
  }

  private func pop() -> Operation? {
    while let last = list.popLast() {
      if let op = last {
        if op.scratchTag == token { op.scratchIndex = -1 }
        return op
      }
    }
    return nil
  }

  private func removeFromWorklist(_ op: Operation) {
    guard op.scratchTag == token else { return }
    let i = op.scratchIndex
    if i >= 0 && i < list.count && list[i] === op { list[i] = nil }
    op.scratchIndex = -1
  }

  /// Forgets every queued op (they read as absent under a fresh token).
  private func clearWorklist() {
    list.removeAll(keepingCapacity: true)
    token = newScratchToken()
  }

  @inline(__always) private func isScope(_ r: Unmanaged<Region>) -> Bool {
    let p = r.toOpaque()
    return scopes.contains(where: { Unmanaged.passUnretained($0).toOpaque() == p })
  }

  /// Adds `op` and its ancestors up to the simplified regions (ops outside
  /// them are not ours to touch). Runs on every notification, so the walk
  /// up compares identities through unretained references (no reference
  /// counting).
  func addToWorklist(_ op: Operation) {
    guard let region = op.unretainedParentRegion else { return }
    // Common case: `op` sits directly in a simplified region.
    if isScope(region) {
      push(op)
      return
    }
    // Otherwise find the ancestor in a simplified region first, then push
    // `op` and its ancestors up to it (no chain array to allocate).
    var depth = 1
    var r = region
    while true {
      guard let owner = r._withUnsafeGuaranteedRef({ $0.unretainedParentOp }),
        let next = owner._withUnsafeGuaranteedRef({ $0.unretainedParentRegion })
      else { return }
      depth += 1
      if isScope(next) { break }
      r = next
    }
    push(op)
    var cur = Unmanaged.passUnretained(op)
    for _ in 1..<depth {
      guard let region = cur._withUnsafeGuaranteedRef({ $0.unretainedParentRegion }),
        let owner = region._withUnsafeGuaranteedRef({ $0.unretainedParentOp })
      else { return }
      push(owner.takeUnretainedValue())
      cur = owner
    }
  }

  // MARK: Notifications

  override func notifyOperationInserted(_ op: Operation) { addToWorklist(op) }
  override func notifyOperationModified(_ op: Operation) { addToWorklist(op) }
  // As in MLIR, a replaced op's users are queued by the replacement itself
  // (each use is a modification), not by this notification.
  override func notifyOperationReplaced(_ op: Operation, with values: [Value]) {}
  override func notifyOperationErased(_ op: Operation) {
    // Defining ops of the operands may become dead.
    for o in op.operands {
      if let def = o.value.definingOp, def !== op, o.value.hasOneUse { addToWorklist(def) }
    }
    removeFromWorklist(op)
    folder.notifyRemoval(op)
  }

  // MARK: Driving

  func simplify(_ regions: ContiguousArray<Region>) throws -> GreedyRewriteResult {
    scopes = Array(regions)
    var iteration = 0
    var anyChange = false
    var continueRewrites = false
    repeat {
      iteration += 1
      if config.maxIterations >= 0 && iteration > config.maxIterations {
        return GreedyRewriteResult(converged: false, changed: anyChange, iterations: iteration - 1)
      }
      clearWorklist()
      // As in MLIR, each iteration starts with a fresh folder: constants are
      // re-uniqued in block order, so a constant made by a pattern in the
      // previous iteration is never merged into a later, non-dominating one.
      folder = OperationFolder(rewriter: self)
      seed(regions)
      continueRewrites = try processWorklist()
      if stoppedByRewriteLimit {
        // Unlike MLIR (which then reports success), a run cut short by the
        // rewrite limit counts as not converged, so the caller can say so.
        return GreedyRewriteResult(converged: false, changed: true, iterations: iteration)
      }
      if config.enableRegionSimplification {
        if simplifyRegions(self, Array(regions), mergeBlocks: config.aggressiveRegionSimplification) {
          continueRewrites = true
        }
      } else if eraseUnreachableBlocks(self, Array(regions)) {
        // torch-mlir-opt erases unreachable blocks even with
        // region-simplify=disabled (their ops may break dominance).
        continueRewrites = true
      }
      anyChange = anyChange || continueRewrites
    } while continueRewrites
    return GreedyRewriteResult(converged: true, changed: anyChange, iterations: iteration)
  }

  /// Fills the worklist for one pass; known constants are merged and hoisted
  /// as they are met (a merged one is not visited).
  private func seed(_ regions: ContiguousArray<Region>) {
    var ops: [Operation] = []
    for r in regions {
      for b in r.blocks {
        for top in b {
          if config.useTopDownTraversal {
            top.walk { ops.append($0) }
          } else {
            top.walkPostOrder { ops.append($0) }
          }
        }
      }
    }
    for op in ops {
      // A merged constant is erased (each op is met once).
      if let value = constantValue(of: op), !folder.insertKnownConstant(op, value: value) {
        continue
      }
      // Pushing in visit order and popping from the back would reverse it:
      // collect, then reverse below.
      push(op)
    }
    // Drop the entries erased meanwhile and reverse in place (no second
    // list, no reference counting), renumbering the positions.
    var kept = 0
    for i in list.indices where list[i] != nil {
      if i != kept { list.swapAt(kept, i) }
      kept += 1
    }
    list.removeLast(list.count - kept)
    list.reverse()
    for i in list.indices { list[i]?.scratchIndex = i }
  }

  /// Runs the worklist dry; true when anything changed.
  private func processWorklist() throws -> Bool {
    var changed = false
    while true {
      if config.maxNumRewrites >= 0 && numRewrites >= config.maxNumRewrites {
        stoppedByRewriteLimit = list.contains { $0 != nil }
        break
      }
      guard let op = pop() else { break }
      if op.block == nil { continue }
      if isOpTriviallyDead(op) {
        eraseOp(op)
        changed = true
        continue
      }
      if config.fold && !op.hasTrait(.constantLike) && foldInPlace(op) {
        changed = true
        continue
      }
      for pattern in patterns.patterns(for: op.name) {
        if try pattern.matchAndRewrite(op, self) {
          changed = true
          numRewrites += 1
          break
        }
      }
    }
    return changed
  }

  /// Folds `op` as MLIR's driver does: attribute results become constants
  /// made by the op's dialect right before `op` (the next pass's seeding
  /// uniques and hoists them, keeping their order); true when `op` was
  /// folded or updated in place.
  private func foldInPlace(_ op: Operation) -> Bool {
    guard let hook = op.name.info?.fold else { return false }
    // One buffer for every op's constant operands (folded per op, so no
    // array is allocated per op).
    foldOperands.removeAll(keepingCapacity: true)
    for o in op.operands { foldOperands.append(constantValue(of: o.value)) }
    guard let results = hook(op, foldOperands) else { return false }
    if results.isEmpty {
      notifyOperationModified(op)
      return true
    }
    guard results.count == op.numResults else { return false }
    // Folding to its own result means nothing changed.
    for (i, r) in results.enumerated() {
      if case .value(let v) = r, v === op.result(i) { return false }
    }
    let saved = builder.insertionPoint
    defer { builder.insertionPoint = saved }
    setInsertionPoint(before: op)
    var replacements: [Value] = []
    var created: [Operation] = []
    for (i, r) in results.enumerated() {
      switch r {
      case .value(let v):
        replacements.append(v)
      case .attribute(let a):
        guard let dialect = op.context.dialect(op.name.dialectNamespace),
          let c = dialect.materializeConstant(builder, value: a, type: op.result(i).type, location: op.location)
        else {
          for c in created.reversed() where c.results.allSatisfy({ $0.useEmpty }) { eraseOp(c) }
          return false
        }
        // The dialect may have built the op detached or already inserted it.
        if c.block == nil { insert(c) } else { notifyOperationInserted(c) }
        created.append(c)
        guard c.numResults == 1 else {
          for c in created.reversed() where c.results.allSatisfy({ $0.useEmpty }) { eraseOp(c) }
          return false
        }
        replacements.append(c.result(0))
      }
    }
    replaceOp(op, with: replacements)
    return true
  }
}
