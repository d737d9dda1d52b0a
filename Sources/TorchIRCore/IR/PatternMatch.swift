// Folding and rewrite patterns: the hooks ops register (`OpInfo.fold`,
// `OpInfo.canonicalizationPatterns`) and the rewriter through which patterns
// change IR, so that drivers (the greedy driver, dialect conversion) see every
// change. As in MLIR, these live with the IR; the drivers are passes.

/// What folding an op produced for one of its results.
public enum OpFoldResult {
  case attribute(Attribute)
  case value(Value)
}

/// A pattern that rewrites IR rooted at an op.
public protocol RewritePattern: AnyObject {
  /// The op name the pattern matches (`arith.addi`), nil for any op.
  var rootName: String? { get }
  /// Higher benefit patterns are tried first.
  var benefit: Int { get }
  /// A short name for debugging and statistics.
  var debugName: String { get }
  /// Tries to rewrite `op`; returns true when it changed the IR. All changes
  /// go through `rewriter`.
  func matchAndRewrite(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool
}

extension RewritePattern {
  public var benefit: Int { 1 }
  public var debugName: String { String(describing: Swift.type(of: self)) }
}

/// A rewrite pattern given by a closure.
public final class ClosurePattern: RewritePattern {
  public let rootName: String?
  public let benefit: Int
  public let debugName: String
  private let body: (Operation, PatternRewriter) throws -> Bool

  public init(
    _ rootName: String?, benefit: Int = 1, name: String = "closure",
    _ body: @escaping (Operation, PatternRewriter) throws -> Bool
  ) {
    self.rootName = rootName
    self.benefit = benefit
    self.debugName = name
    self.body = body
  }
  public func matchAndRewrite(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
    try body(op, rewriter)
  }
}

/// Changes IR on behalf of patterns and tells its driver about each change
/// (subclasses override the `notify` hooks; dialect conversion also
/// overrides the replace/erase/modify entry points to defer and journal them).
open class PatternRewriter {
  public var builder: OpBuilder
  public var context: MLIRContext { builder.context }

  public init(_ context: MLIRContext) { builder = OpBuilder(context) }

  // MARK: Notifications (overridden by drivers)

  open func notifyOperationInserted(_ op: Operation) {}
  open func notifyOperationErased(_ op: Operation) {}
  open func notifyOperationModified(_ op: Operation) {}
  /// `op` is about to have its results replaced by `values`.
  open func notifyOperationReplaced(_ op: Operation, with values: [Value]) {}

  // MARK: Creating

  public func setInsertionPoint(before op: Operation) { builder.setInsertionPoint(before: op) }
  public func setInsertionPoint(after op: Operation) { builder.setInsertionPoint(after: op) }
  public func setInsertionPointToStart(_ b: Block) { builder.setInsertionPointToStart(b) }
  public func setInsertionPointToEnd(_ b: Block) { builder.setInsertionPointToEnd(b) }

  /// Creates an op at the insertion point.
  @discardableResult
  public func create(_ state: OperationState) -> Operation {
    let op = builder.create(state)
    notifyOperationInserted(op)
    return op
  }

  /// Inserts an existing, detached op at the insertion point.
  @discardableResult
  public func insert(_ op: Operation) -> Operation {
    builder.insert(op)
    notifyOperationInserted(op)
    return op
  }

  // MARK: Replacing and erasing

  /// Replaces all uses of `op`'s results with `values`, then erases `op`.
  open func replaceOp(_ op: Operation, with values: [Value]) {
    precondition(values.count == op.numResults, "replacement count must match result count")
    notifyOperationReplaced(op, with: values)
    for (r, v) in zip(op.results, values) { replaceAllUsesWith(r, v) }
    eraseOp(op)
  }

  /// Replaces `op` with a new op made from `state`; returns the new op.
  @discardableResult
  public func replaceOp(_ op: Operation, withNew state: OperationState) -> Operation {
    setInsertionPoint(before: op)
    let new = create(state)
    replaceOp(op, with: Array(new.results))
    return new
  }

  /// Erases an op whose results are unused (nested ops are erased with it).
  open func eraseOp(_ op: Operation) {
    precondition(op.results.allSatisfy { $0.useEmpty }, "erasing an op whose results are used")
    if op.regions.allSatisfy({ $0.blocks.isEmpty }) {
      // Nothing nested: the walk below would notify `op` alone.
      notifyOperationErased(op)
      op.erase()
      return
    }
    // Nested ops are notified as MLIR's RewriterBase::eraseOp erases them:
    // post-order, each block's ops last to first, so users before the ops
    // defining their operands.
    var tree: [Operation] = []
    var stack: [(Operation, Bool)] = [(op, false)]
    while let (o, expanded) = stack.popLast() {
      if expanded {
        tree.append(o)
        notifyOperationErased(o)
        continue
      }
      stack.append((o, true))
      for r in o.regions.reversed() {
        for b in r.blocks.reversed() { for c in b { stack.append((c, false)) } }
      }
    }
    if tree.count > 1 {
      // A driver may queue the defining op of an erased op's operand again,
      // even one inside this tree that it was told about before that user
      // (in another block). With the tree's references dropped, telling it
      // once more takes every op of the tree off its lists for good.
      op.dropAllReferences()
      for o in tree { notifyOperationErased(o) }
    }
    op.erase()
  }

  /// Points every use of `from` at `to`, notifying the users as modified.
  open func replaceAllUsesWith(_ from: Value, _ to: Value) {
    for use in from.uses { notifyOperationModified(use.owner) }
    from.replaceAllUsesWith(to)
  }

  /// Runs `body`, which changes `op` in place (attributes, operands).
  open func modifyOpInPlace(_ op: Operation, _ body: () -> Void) {
    body()
    notifyOperationModified(op)
  }

  /// Moves the ops of `source` before `op` (in `op`'s block), replacing the
  /// block's arguments with `arguments`; `source` must be unreachable.
  open func inlineBlock(_ source: Block, before op: Operation, arguments: [Value]) {
    precondition(arguments.count == source.arguments.count, "argument count mismatch")
    for (a, v) in zip(source.arguments, arguments) { replaceAllUsesWith(a, v) }
    while let o = source.first {
      o.remove()
      op.block?.insert(o, before: op)
      notifyOperationInserted(o)
    }
  }

  /// Moves the ops of `source` to the end of `dest`, replacing the block's
  /// arguments with `arguments`, then erases `source`, which must have no
  /// predecessors left (MLIR's mergeBlocks).
  open func mergeBlocks(_ source: Block, into dest: Block, arguments: [Value]) {
    precondition(arguments.count == source.arguments.count, "argument count mismatch")
    for (a, v) in zip(source.arguments, arguments) { replaceAllUsesWith(a, v) }
    while let o = source.first {
      o.remove()
      dest.append(o)
      notifyOperationInserted(o)
    }
    source.parent?.remove(source)
  }

  /// Erases `block` and the ops in it; values it defines must be unused
  /// outside it.
  open func eraseBlock(_ block: Block) {
    for op in block { op.walkPostOrder { notifyOperationErased($0) } }
    for op in block { op.dropAllReferences() }
    block.parent?.remove(block)
  }
}
