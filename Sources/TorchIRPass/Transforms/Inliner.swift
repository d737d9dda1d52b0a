// `inline` (MLIR's InlinerPass). The call graph's SCCs are visited callees
// first; in each, the callables are simplified with the optimization
// pipeline (`canonicalize` by default), then the calls in them are inlined,
// repeatedly (up to `max-iterations`) while calls get inlined. Calls found in
// inlined bodies are considered in the same round, with an inline history
// that stops recursion. A call is inlined when its dialect, the caller's
// dialect and every op of the callee allow it (`Dialect.isLegalToInline`),
// the callee does not call itself or the caller, the call is not inside the
// callee, and the types match. The last use of a private callable is inlined
// in place and the callable erased; private callables left without uses are
// erased at the end.

import TorchIRCore

public final class InlinerPass: Pass {
  public override var argument: String { "inline" }
  public override var name: String { "InlinerPass" }
  public override var summary: String { "Inline function calls" }

  public let defaultPipeline: PassOption<String>
  public let inliningThreshold: PassOption<Int>
  public let maxIterations: PassOption<Int>
  public let opPipelines: PassListOption<String>

  public override init() {
    defaultPipeline = PassOption("default-pipeline", default: "canonicalize",
      help: "The optimizer pipeline used for callables that do not have a dedicated optimizer pipeline in opPipelineList")
    inliningThreshold = PassOption("inlining-threshold", default: 4_294_967_295,
      help: "If the ratio between the number of the operations in the callee and the number of the operations in the caller exceeds this value (in percentage), then the callee is not inlined even if it is legal to inline it")
    maxIterations = PassOption("max-iterations", default: 4,
      help: "Maximum number of iterations when inlining within an SCC")
    opPipelines = PassListOption("op-pipelines",
      help: "Callable operation specific optimizer pipelines (in the form of `dialect.op(pipeline)`)")
    super.init()
    for o: PassOptionBase in [defaultPipeline, inliningThreshold, maxIterations, opPipelines] {
      options.add(o)
    }
  }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    if !op.hasTrait(.symbolTable) {
      throw opError(op, " was scheduled to run under the inliner, but does not define a symbol table")
    }
    var pipelines: [String: OpPassManager] = [:]
    do {
      // The list option split `a.b(x,y)` at its commas; join and re-split
      // at top-level commas only.
      for entry in splitTopLevel(opPipelines.values.joined(separator: ",")) {
        guard let open = entry.firstIndex(of: "("), entry.hasSuffix(")") else {
          throw PipelineError("expected `dialect.op(pipeline)` in op-pipelines, got '\(entry)'")
        }
        let anchor = String(entry[..<open])
        let pm = OpPassManager(anchor: anchor)
        try parsePassPipelineBody(String(entry[entry.index(after: open)..<entry.index(before: entry.endIndex)]), into: pm)
        pipelines[anchor] = pm
      }
      let def = OpPassManager(anchor: nil)
      try parsePassPipelineBody(defaultPipeline.value, into: def)
      pipelines[""] = def
    } catch let e as PipelineError {
      throw Diagnostic.error(op.location, e.message)
    }
    let inliner = Inliner(root: op, state: state, pipelines: pipelines,
      maxIterations: maxIterations.value, threshold: inliningThreshold.value)
    try inliner.run()
  }
}

/// Splits at commas outside parentheses and braces.
private func splitTopLevel(_ text: String) -> [String] {
  var out: [String] = []
  var depth = 0
  var cur = ""
  for c in text {
    if c == "(" || c == "{" { depth += 1 }
    if c == ")" || c == "}" { depth -= 1 }
    if c == "," && depth == 0 {
      if !cur.isEmpty { out.append(cur) }
      cur = ""
    } else {
      cur.append(c)
    }
  }
  if !cur.isEmpty { out.append(cur) }
  return out
}

/// A call with the node it sits in, the node it calls and the inlining that
/// produced it (an index into the history, for recursion checks).
private struct ResolvedCall {
  let call: Operation
  let source: CallGraphNode
  let target: CallGraphNode
  var history: Int?
}

private final class Inliner {
  let root: Operation
  let state: PassExecutionState
  let pipelines: [String: OpPassManager]
  let maxIterations: Int
  let threshold: Int
  let graph: CallGraph
  let uses: CallGraphUseList
  /// Callables found dead, erased at the end (in order found).
  private var deadNodes: [CallGraphNode] = []
  private var deadSet: Set<ObjectIdentifier> = []
  /// (inlined callee, history of the call that was inlined).
  private var history: [(CallGraphNode, Int?)] = []

  init(root: Operation, state: PassExecutionState, pipelines: [String: OpPassManager],
    maxIterations: Int, threshold: Int)
  {
    self.root = root
    self.state = state
    self.pipelines = pipelines
    self.maxIterations = maxIterations
    self.threshold = threshold
    graph = CallGraph(root)
    uses = CallGraphUseList(root, graph)
  }

  func run() throws {
    for scc in graph.postOrderSCCs() {
      var iteration = 0
      repeat {
        try optimize(scc)
        if !inlineCalls(in: scc) { break }
        iteration += 1
      } while iteration < maxIterations
    }
    for node in deadNodes where node.op.block != nil { node.op.erase() }
  }

  private func markDead(_ node: CallGraphNode) {
    if deadSet.insert(ObjectIdentifier(node)).inserted { deadNodes.append(node) }
  }

  // MARK: Simplification

  /// Runs the optimization pipeline on each callable of the SCC that can
  /// have passes scheduled on it.
  private func optimize(_ scc: [CallGraphNode]) throws {
    var visited: [CallGraphNode] = []
    for node in scc where node.children.isEmpty && node.op.hasTrait(.isolatedFromAbove) {
      if deadSet.contains(ObjectIdentifier(node)) || node.op.block == nil { continue }
      guard let pm = pipelines[node.op.name.name] ?? pipelines[""] else { continue }
      if let runner = state.runner {
        try runner.runPipeline(pm, on: node.op)
      } else {
        for p in pm.passes { try p.run(on: node.op, state) }
      }
      visited.append(node)
    }
    for node in visited { uses.recomputeUses(node) }
  }

  // MARK: Inlining

  /// The direct calls in `blocks` (the blocks of `source`'s region), taking
  /// blocks from the end of a stack as MLIR does; nested callables are
  /// entered only when `nested` is set.
  private func collectCalls(_ blocks: [Block], _ source: CallGraphNode, nested: Bool, into calls: inout [ResolvedCall]) {
    var work: [(Block, CallGraphNode)] = blocks.map { ($0, source) }
    while let (block, node) = work.popLast() {
      for op in block {
        if op.callInterface != nil {
          if let ref = op.callInterface?.callee(op), case .symbolRef(_, let nestedRefs) = ref.kind,
            nestedRefs.isEmpty, let target = graph.resolve(op)
          {
            calls.append(ResolvedCall(call: op, source: node, target: target, history: nil))
          }
          continue
        }
        for r in op.regions {
          let inner = graph.node(for: r)
          if nested || inner == nil { work.append(contentsOf: r.blocks.map { ($0, inner ?? node) }) }
        }
      }
    }
  }

  private func historyIncludes(_ node: CallGraphNode, _ start: Int?) -> Bool {
    var h = start
    while let i = h, i < history.count {
      if history[i].0 === node { return true }
      h = history[i].1
    }
    return false
  }

  private func countOps(_ region: Region) -> Int {
    var n = 0
    for b in region.blocks { for op in b { op.walk { _ in n += 1 } } }
    return n
  }

  private func isProfitable(_ c: ResolvedCall) -> Bool {
    if threshold == 0 { return false }
    if threshold >= 4_294_967_295 || threshold < 0 { return true }
    let callerOps = countOps(c.source.region)
    if callerOps == 0 { return true }
    return countOps(c.target.region) * 100 / callerOps <= threshold
  }

  private func shouldInline(_ c: ResolvedCall) -> Bool {
    if c.call.hasTrait(.isTerminator) { return false }
    if c.target.edges.contains(where: { $0 === c.target || $0 === c.source }) { return false }
    if let r = c.call.parentRegion, c.target.region === r || c.target.region.isAncestor(of: c.call) {
      return false
    }
    if c.target.region.blocks.count >= 2, let callerOp = c.call.parentOp,
      callerOp.name != c.target.op.name, callerOp.hasTrait(.singleBlock)
    {
      return false
    }
    return true
  }

  /// Inlines the calls of the SCC's nodes; true when any was inlined.
  private func inlineCalls(in scc: [CallGraphNode]) -> Bool {
    var calls: [ResolvedCall] = []
    for node in scc {
      if uses.isDead(node) {
        markDead(node)
      } else {
        collectCalls(node.region.blocks, node, nested: false, into: &calls)
      }
    }
    var inlinedAny = false
    var i = 0
    while i < calls.count {
      let c = calls[i]
      i += 1
      if deadSet.contains(ObjectIdentifier(c.source)) || c.call.block == nil { continue }
      if historyIncludes(c.target, c.history) { continue }
      if !isProfitable(c) || !shouldInline(c) { continue }
      let inPlace = uses.hasOneUseAndDiscardable(c.target)
      let before = calls.count
      guard inlineCall(c, inPlace: inPlace, newCalls: &calls) else { continue }
      inlinedAny = true
      history.append((c.target, c.history))
      for k in before..<calls.count { calls[k].history = history.count - 1 }
      uses.dropCallUses(c.source, c.call)
      uses.mergeUses(from: c.target, into: c.source)
      c.call.erase()
      if inPlace {
        uses.eraseNode(c.target)
        markDead(c.target)
      }
    }
    return inlinedAny
  }

  /// Whether every op of `region` (at any depth) may be inlined.
  private func opsAreLegal(_ region: Region) -> Bool {
    var ok = true
    for b in region.blocks {
      for op in b {
        op.walk { nested in
          if ok && !(nested.isRegistered && (op.context.dialect(nested.name.dialectNamespace)?.isLegalToInline ?? false)) {
            ok = false
          }
        }
        if !ok { return false }
      }
    }
    return true
  }

  /// Inlines one call (MLIR's inlineCall); false, with nothing changed,
  /// when it cannot be.
  private func inlineCall(_ c: ResolvedCall, inPlace: Bool, newCalls: inout [ResolvedCall]) -> Bool {
    let call = c.call
    let callee = c.target.op
    let src = c.target.region
    let ctx = call.context
    guard let callIface = call.callInterface, let callableIface = callee.callableInterface,
      let entry = src.entryBlock, let inlineBlock = call.block, let insertRegion = inlineBlock.parent
    else { return false }
    let argRange = callIface.argumentOperands(call)
    guard argRange.lowerBound >= 0, argRange.upperBound <= call.numOperands else { return false }
    let args = argRange.map { call.operand($0) }
    let resultTypes = callableIface.resultTypes(callee)
    guard args.count == entry.arguments.count, resultTypes.count == call.numResults,
      zip(args, entry.arguments).allSatisfy({ $0.type == $1.type }),
      zip(resultTypes, call.resultTypes).allSatisfy({ $0 == $1 })
    else { return false }
    // Legality: the call's dialect, the dialect of the op whose region
    // receives the body, and every op of the body.
    guard let callDialect = ctx.dialect(call.name.dialectNamespace),
      callDialect.isLegalToInline(call: call, callable: callee),
      let destOp = insertRegion.parentOp, destOp.isRegistered,
      ctx.dialect(destOp.name.dialectNamespace)?.isLegalToInline ?? false,
      opsAreLegal(src)
    else { return false }
    // Terminators that return hand their values back (their dialect says
    // which); other terminators (branches) stay. A single block must return.
    let multiBlock = src.blocks.count > 1
    var returned: [[Value]?] = []
    for b in src.blocks {
      guard let t = b.last else { return false }
      let vs = ctx.dialect(t.name.dialectNamespace)?.inlinedTerminatorResults(t)
      if let v = vs, v.count != call.numResults { return false }
      if vs == nil && !multiBlock { return false }
      returned.append(vs)
    }
    if multiBlock && ctx.registeredOperation("cf.br") == nil { return false }

    // Split the caller's block after the call.
    let post: Block
    if let next = call.nextInBlock {
      post = inlineBlock.split(before: next)
    } else {
      post = Block()
      insertRegion.insert(post, after: inlineBlock)
    }
    guard let postIndex = insertRegion.index(of: post) else { return false }
    let mapping = IRMapping()
    for (a, v) in zip(entry.arguments, args) { mapping.map(a, to: v) }
    let count = src.blocks.count
    var returnedValues = returned
    if inPlace {
      for (k, b) in src.blocks.enumerated() {
        src.remove(b)
        insertRegion.insert(b, at: postIndex + k)
      }
      for (a, v) in zip(entry.arguments, args) { a.replaceAllUsesWith(v) }
    } else {
      cloneRegion(src, into: insertRegion, at: postIndex, mapping)
    }
    returnedValues = returned.map { $0.map { $0.map { mapping.lookupOrDefault($0) } } }
    let newBlocks = Array(insertRegion.blocks[postIndex..<(postIndex + count)])
    if call.location != .unknown { remapLocations(newBlocks, call.location) }
    collectCalls(newBlocks, graph.node(for: insertRegion) ?? nearestNode(insertRegion) ?? c.source,
      nested: true, into: &newCalls)

    let first = newBlocks[0]
    if !multiBlock {
      if let t = first.last, let vs = returnedValues[0] {
        for (r, v) in zip(call.results, vs) { r.replaceAllUsesWith(v) }
        t.erase()
      }
      while let op = post.first {
        op.remove()
        first.append(op)
      }
      insertRegion.remove(post)
    } else {
      for r in call.results { r.replaceAllUsesWith(post.addArgument(r.type, r.location)) }
      for (b, values) in zip(newBlocks, returnedValues) {
        guard let t = b.last, let vs = values else { continue }
        var br = OperationState(context: ctx, name: "cf.br", location: t.location)
        br.operands = vs
        br.successors = [post]
        b.insert(Operation(br), before: t)
        t.erase()
      }
    }
    while let op = first.first {
      op.remove()
      inlineBlock.append(op)
    }
    insertRegion.remove(first)
    return true
  }

  private func nearestNode(_ region: Region) -> CallGraphNode? {
    var r: Region? = region
    while let x = r {
      if let n = graph.node(for: x) { return n }
      r = x.parentOp?.parentRegion
    }
    return nil
  }

  /// Gives inlined ops and block arguments `callsite(loc at caller)`,
  /// stacking onto call sites they already have (MLIR's stackLocations).
  private func remapLocations(_ blocks: [Block], _ caller: Location) {
    func stacked(_ loc: Location) -> Location {
      var chain: [Location] = []
      var last = loc
      while case .callSite(let callee, let inner) = last {
        chain.append(callee)
        last = inner
      }
      var result = Location.callSite(callee: last, caller: caller)
      for callee in chain.reversed() { result = .callSite(callee: callee, caller: result) }
      return result
    }
    for b in blocks {
      for a in b.arguments { a.loc = stacked(a.loc) }
      for op in b { op.walk { $0.location = stacked($0.location) } }
    }
  }
}
