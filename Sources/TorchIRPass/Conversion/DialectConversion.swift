// The dialect conversion driver (MLIR's applyPartialConversion /
// applyFullConversion). Every op under the roots is legalized in pre-order:
// a legal op stays; otherwise it is folded if it folds to legal values, else
// its patterns are tried in benefit order, and a
// pattern counts only if everything it created (and the root, if it was
// updated in place) can be legalized in turn, recursively. A pattern that
// fails is undone before the next is tried; a conversion that fails is
// undone completely, leaving the IR exactly as it was.

import TorchIRCore

/// A pattern that sees the op's operands as already converted (its adaptor).
open class ConversionPattern: RewritePattern {
  public let rootName: String?
  public let benefit: Int
  public let typeConverter: TypeConverter?
  /// Whether the pattern may apply to an op it created itself (MLIR's
  /// hasBoundedRewriteRecursion); otherwise such recursion fails the pattern.
  public var hasBoundedRewriteRecursion = false

  public init(rootName: String?, benefit: Int = 1, typeConverter: TypeConverter? = nil) {
    self.rootName = rootName
    self.benefit = benefit
    self.typeConverter = typeConverter
  }

  open var debugName: String { String(describing: Swift.type(of: self)) }

  /// Rewrites `op` given its converted operands; true when it did.
  open func matchAndRewrite(
    _ op: Operation, _ adaptor: OpAdaptor, _ rewriter: ConversionPatternRewriter
  ) throws -> Bool { false }

  public final func matchAndRewrite(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
    guard let cr = rewriter as? ConversionPatternRewriter else { return false }
    let saved = cr.currentConverter
    cr.currentConverter = typeConverter
    defer { cr.currentConverter = saved }
    guard let adaptor = cr.adaptor(for: op, converter: typeConverter) else { return false }
    return try matchAndRewrite(op, adaptor, cr)
  }
}

/// A conversion pattern given by a closure.
public final class ConversionClosurePattern: ConversionPattern {
  private let name: String
  private let body: (Operation, OpAdaptor, ConversionPatternRewriter) throws -> Bool
  public init(
    _ rootName: String?, benefit: Int = 1, typeConverter: TypeConverter? = nil,
    name: String = "conversion", boundedRecursion: Bool = false,
    _ body: @escaping (Operation, OpAdaptor, ConversionPatternRewriter) throws -> Bool
  ) {
    self.name = name
    self.body = body
    super.init(rootName: rootName, benefit: benefit, typeConverter: typeConverter)
    hasBoundedRewriteRecursion = boundedRecursion
  }
  public override var debugName: String { name }
  public override func matchAndRewrite(
    _ op: Operation, _ adaptor: OpAdaptor, _ rewriter: ConversionPatternRewriter
  ) throws -> Bool {
    try body(op, adaptor, rewriter)
  }
}

public enum ConversionMode {
  /// Ops that cannot be legalized stay unless explicitly illegal.
  case partial
  /// Every op must end up legal.
  case full
}

/// Converts `op` and everything nested in it. Throws the first failure as a
/// diagnostic, with the IR unchanged.
public func applyPartialConversion(
  _ op: Operation, _ target: ConversionTarget, _ patterns: FrozenPatternSet
) throws {
  try applyConversion([op], target, patterns, mode: .partial)
}

public func applyFullConversion(
  _ op: Operation, _ target: ConversionTarget, _ patterns: FrozenPatternSet
) throws {
  try applyConversion([op], target, patterns, mode: .full)
}

public func applyConversion(
  _ roots: [Operation], _ target: ConversionTarget, _ patterns: FrozenPatternSet,
  mode: ConversionMode
) throws {
  guard let context = roots.first?.context else { return }
  let driver = ConversionDriver(context, target, patterns)
  try driver.run(roots, mode: mode)
}

final class ConversionDriver {
  let rewriter: ConversionPatternRewriter
  let target: ConversionTarget
  let patterns: FrozenPatternSet
  /// Patterns being applied (MLIR refuses unbounded recursion of one).
  private var active: Set<ObjectIdentifier> = []
  private let maxDepth = 256

  init(_ context: MLIRContext, _ target: ConversionTarget, _ patterns: FrozenPatternSet) {
    rewriter = ConversionPatternRewriter(context)
    self.target = target
    self.patterns = patterns
  }

  /// The ops to legalize, in pre-order; not looking inside legal ops marked
  /// recursively legal.
  private func conversionSet(_ roots: [Operation]) -> [Operation] {
    var out: [Operation] = []
    var stack = Array(roots.reversed())
    while let op = stack.popLast() {
      out.append(op)
      if target.isLegal(op) == true && target.isRecursivelyLegal(op) { continue }
      for r in op.regions.reversed() {
        for b in r.blocks.reversed() { stack.append(contentsOf: b.operations.reversed()) }
      }
    }
    return out
  }

  func run(_ roots: [Operation], mode: ConversionMode) throws {
    let ops = conversionSet(roots)
    do {
      for op in ops where !rewriter.isErased(op) {
        if try legalize(op, depth: 0) { continue }
        switch mode {
        case .full:
          throw Diagnostic.error(op.location, "failed to legalize operation '\(op.name.name)'")
        case .partial:
          if target.isIllegal(op) {
            throw Diagnostic.error(op.location,
              "failed to legalize operation '\(op.name.name)' that was explicitly marked illegal")
          }
        }
      }
      try rewriter.commit()
    } catch {
      rewriter.undo(to: 0)
      throw error
    }
  }

  /// Makes `op` legal; false (with the IR as before) when no pattern can.
  func legalize(_ op: Operation, depth: Int) throws -> Bool {
    if target.isLegal(op) == true { return true }
    if depth > maxDepth { return false }
    if try legalizeWithFold(op, depth: depth) { return true }
    for pattern in patterns.patterns(for: op.name.name) {
      let id = ObjectIdentifier(pattern)
      let bounded = (pattern as? ConversionPattern)?.hasBoundedRewriteRecursion ?? false
      if active.contains(id) && !bounded { continue }
      let start = rewriter.mark
      let inserted = active.insert(id).inserted
      defer { if inserted { active.remove(id) } }
      let matched: Bool
      do {
        matched = try pattern.matchAndRewrite(op, rewriter)
      } catch {
        rewriter.undo(to: start)
        throw error
      }
      if !matched {
        rewriter.undo(to: start)
        continue
      }
      if try legalizeResults(of: op, since: start, depth: depth) { return true }
      rewriter.undo(to: start)
    }
    return false
  }

  /// Folds `op` (MLIR folds before trying patterns): an in-place fold must
  /// leave a legal op, folded constants must be legal or legalizable.
  private func legalizeWithFold(_ op: Operation, depth: Int) throws -> Bool {
    guard let fold = op.name.info?.fold, !op.hasTrait(.constantLike) else { return false }
    let start = rewriter.mark
    var folded: [OpFoldResult]?
    rewriter.modifyOpInPlace(op) { folded = fold(op, op.operands.map { constantValue(of: $0.value) }) }
    guard let results = folded else {
      rewriter.undo(to: start)
      return false
    }
    if results.isEmpty {
      if try legalize(op, depth: depth + 1) { return true }
      rewriter.undo(to: start)
      return false
    }
    guard results.count == op.numResults else {
      rewriter.undo(to: start)
      return false
    }
    for (i, r) in results.enumerated() {
      if case .value(let v) = r, v === op.result(i) {
        rewriter.undo(to: start)
        return false
      }
    }
    let saved = rewriter.builder.insertionPoint
    defer { rewriter.builder.insertionPoint = saved }
    rewriter.setInsertionPoint(before: op)
    var values: [Value] = []
    var constants: [Operation] = []
    for (i, r) in results.enumerated() {
      switch r {
      case .value(let v):
        values.append(v)
      case .attribute(let a):
        guard let dialect = op.context.dialect(op.name.dialectNamespace),
          let c = dialect.materializeConstant(
            rewriter.builder, value: a, type: op.result(i).type, location: op.location),
          c.numResults == 1
        else {
          rewriter.undo(to: start)
          return false
        }
        // The dialect may have built it detached or in place.
        if c.block == nil { rewriter.insert(c) } else { rewriter.notifyOperationInserted(c) }
        values.append(c.result(0))
        constants.append(c)
      }
    }
    rewriter.replaceOp(op, with: values)
    for c in constants where !(try legalize(c, depth: depth + 1)) {
      rewriter.undo(to: start)
      return false
    }
    return true
  }

  /// Legalizes what a pattern applied to `root` created or changed.
  private func legalizeResults(of root: Operation, since start: Int, depth: Int) throws -> Bool {
    let changes = rewriter.journal[start...]
    var created: [Operation] = []
    var modified: [Operation] = []
    for c in changes {
      switch c {
      case .created(let o) where !rewriter.materializations.contains(ObjectIdentifier(o)):
        created.append(o)
      case .modified(let o, _):
        if !modified.contains(where: { $0 === o }) { modified.append(o) }
      default: break
      }
    }
    // A pattern must replace, erase or update its root.
    if !rewriter.isErased(root) && !modified.contains(where: { $0 === root }) { return false }
    for o in modified where !rewriter.isErased(o) {
      if !(try legalize(o, depth: depth + 1)) { return false }
    }
    // Ops moved into a created op's regions are legalized on their own turn.
    for o in created where !rewriter.isErased(o) {
      if !(try legalize(o, depth: depth + 1)) { return false }
    }
    return true
  }
}
