// The call graph the inliner works on (MLIR's CallGraph and the inliner's
// CGUseList). A node is a callable op with a body; its edges go to the
// callables nested in it (child edges) and to the callables its calls
// resolve to (call edges), in the order met. The external node has an edge
// to every top-level callable. The use list counts, for each private
// callable, the symbol references to it from other callables, so the
// inliner knows when one dies.

import TorchIRCore

final class CallGraphNode {
  let op: Operation
  let region: Region
  private(set) var edges: [CallGraphNode] = []
  private(set) var children: [CallGraphNode] = []
  private var edgeSet: Set<ObjectIdentifier> = []

  init(op: Operation, region: Region) {
    self.op = op
    self.region = region
  }

  func addEdge(_ n: CallGraphNode, child: Bool) {
    if child { children.append(n) }
    if edgeSet.insert(ObjectIdentifier(n)).inserted { edges.append(n) }
  }
}

final class CallGraph {
  private(set) var nodes: [CallGraphNode] = []
  /// The callables that are not nested in another callable.
  private(set) var roots: [CallGraphNode] = []
  private var byRegion: [ObjectIdentifier: CallGraphNode] = [:]

  init(_ root: Operation) {
    // Two walks, as MLIR does: nodes first, so calls can resolve to
    // callables defined later or nested.
    walk(root) { op, parent in
      guard let region = op.callableRegion else { return parent }
      let node = CallGraphNode(op: op, region: region)
      self.nodes.append(node)
      self.byRegion[ObjectIdentifier(region)] = node
      if let p = parent { p.addEdge(node, child: true) } else { self.roots.append(node) }
      return node
    }
    walk(root) { op, parent in
      if op.callInterface != nil {
        if let p = parent, let target = self.resolve(op) { p.addEdge(target, child: false) }
        return parent
      }
      return op.callableRegion.flatMap { self.node(for: $0) } ?? parent
    }
  }

  /// Pre-order walk carrying the enclosing node; calls are not entered.
  private func walk(_ root: Operation, _ visit: (Operation, CallGraphNode?) -> CallGraphNode?) {
    var stack: [(Operation, CallGraphNode?)] = [(root, nil)]
    while let (op, parent) = stack.popLast() {
      let inner = visit(op, parent)
      if op.callInterface != nil { continue }
      if op.callableInterface != nil && op.callableRegion == nil { continue }
      for r in op.regions.reversed() {
        for b in r.blocks.reversed() { for c in b.operations.reversed() { stack.append((c, inner)) } }
      }
    }
  }

  func node(for region: Region) -> CallGraphNode? { byRegion[ObjectIdentifier(region)] }

  /// The node a call's callee symbol resolves to, nil for an external or
  /// unknown callee.
  func resolve(_ call: Operation) -> CallGraphNode? {
    guard let ref = call.callInterface?.callee(call),
      let target = SymbolTable.lookupNearest(ref, from: call), let region = target.callableRegion
    else { return nil }
    return node(for: region)
  }

  /// Strongly connected components in post-order (callees before callers),
  /// found by Tarjan's algorithm from the external node, children in order.
  func postOrderSCCs() -> [[CallGraphNode]] {
    var index: [ObjectIdentifier: Int] = [:]
    var low: [ObjectIdentifier: Int] = [:]
    var onStack: Set<ObjectIdentifier> = []
    var stack: [CallGraphNode] = []
    var out: [[CallGraphNode]] = []
    var next = 0
    for root in roots where index[ObjectIdentifier(root)] == nil {
      var frames: [(CallGraphNode, Int)] = [(root, 0)]
      index[ObjectIdentifier(root)] = next
      low[ObjectIdentifier(root)] = next
      next += 1
      stack.append(root)
      onStack.insert(ObjectIdentifier(root))
      while let (node, i) = frames.popLast() {
        let id = ObjectIdentifier(node)
        if i < node.edges.count {
          frames.append((node, i + 1))
          let succ = node.edges[i]
          let sid = ObjectIdentifier(succ)
          if index[sid] == nil {
            index[sid] = next
            low[sid] = next
            next += 1
            stack.append(succ)
            onStack.insert(sid)
            frames.append((succ, 0))
          } else if onStack.contains(sid) {
            low[id] = min(low[id] ?? 0, index[sid] ?? 0)
          }
          continue
        }
        if let parent = frames.last?.0 {
          let pid = ObjectIdentifier(parent)
          low[pid] = min(low[pid] ?? 0, low[id] ?? 0)
        }
        if low[id] == index[id] {
          var scc: [CallGraphNode] = []
          while let top = stack.popLast() {
            onStack.remove(ObjectIdentifier(top))
            scc.append(top)
            if top === node { break }
          }
          out.append(scc)
        }
      }
    }
    return out
  }
}

/// Symbol uses of the discardable (private) callables, per using node.
final class CallGraphUseList {
  private let graph: CallGraph
  /// Remaining uses of each discardable node.
  private var discardableUses: [ObjectIdentifier: Int] = [:]
  /// Uses each node holds, by used node.
  private var innerUses: [ObjectIdentifier: [ObjectIdentifier: Int]] = [:]

  init(_ root: Operation, _ graph: CallGraph) {
    self.graph = graph
    var alwaysLive: Set<ObjectIdentifier> = []
    var tables: [Operation] = []
    root.walk { if $0.hasTrait(.symbolTable) { tables.append($0) } }
    for table in tables {
      for b in table.regions.first?.blocks ?? [] {
        for op in b {
          if let region = op.callableRegion, let node = graph.node(for: region) {
            if op.hasTrait(.symbol) && SymbolTable.visibility(op) == .private {
              discardableUses[ObjectIdentifier(node)] = 0
            }
            continue
          }
          // References from anything but a callable keep their target.
          if op.hasTrait(.symbolTable) { continue }
          for n in referencedNodes(op) { alwaysLive.insert(ObjectIdentifier(n)) }
        }
      }
    }
    for id in alwaysLive { discardableUses[id] = nil }
    for node in graph.nodes { recomputeUses(node) }
  }

  /// The callable nodes the symbol references in `op` resolve to, once per
  /// reference.
  private func referencedNodes(_ op: Operation) -> [CallGraphNode] {
    var out: [CallGraphNode] = []
    for ref in symbolUses(op) {
      if let target = SymbolTable.lookupNearest(ref, from: op), let region = target.callableRegion,
        let n = graph.node(for: region)
      {
        out.append(n)
      }
    }
    return out
  }

  func recomputeUses(_ node: CallGraphNode) {
    let id = ObjectIdentifier(node)
    for (target, count) in innerUses[id] ?? [:] where discardableUses[target] != nil {
      discardableUses[target, default: 0] -= count
    }
    var uses: [ObjectIdentifier: Int] = [:]
    for n in referencedNodes(node.op) {
      let t = ObjectIdentifier(n)
      guard discardableUses[t] != nil else { continue }
      uses[t, default: 0] += 1
      discardableUses[t, default: 0] += 1
    }
    innerUses[id] = uses
  }

  /// Forgets the uses the call `call` inside `source` held.
  func dropCallUses(_ source: CallGraphNode, _ call: Operation) {
    let sid = ObjectIdentifier(source)
    for n in referencedNodes(call) {
      let t = ObjectIdentifier(n)
      guard let c = innerUses[sid]?[t] else { continue }
      innerUses[sid]?[t] = c - 1
      if let d = discardableUses[t] { discardableUses[t] = d - 1 }
    }
  }

  /// After `target` was inlined into `source`, `source` holds its uses too.
  func mergeUses(from target: CallGraphNode, into source: CallGraphNode) {
    let sid = ObjectIdentifier(source)
    for (t, count) in innerUses[ObjectIdentifier(target)] ?? [:] {
      innerUses[sid, default: [:]][t, default: 0] += count
      if let d = discardableUses[t] { discardableUses[t] = d + count }
    }
  }

  /// Drops `node` (and the nodes nested in it) and the uses they held.
  func eraseNode(_ node: CallGraphNode) {
    var work = [node]
    while let n = work.popLast() {
      work.append(contentsOf: n.children)
      let id = ObjectIdentifier(n)
      for (t, count) in innerUses[id] ?? [:] {
        if let d = discardableUses[t] { discardableUses[t] = d - count }
      }
      innerUses[id] = nil
      discardableUses[id] = nil
    }
  }

  func isDead(_ node: CallGraphNode) -> Bool { discardableUses[ObjectIdentifier(node)] == 0 }
  func hasOneUseAndDiscardable(_ node: CallGraphNode) -> Bool {
    discardableUses[ObjectIdentifier(node)] == 1
  }
}
