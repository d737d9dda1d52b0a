// The pass manager. An `OpPassManager` holds the passes for ops of one name
// (or any op). Nesting (`builtin.module(func.func(cse))`) is a pass of its
// own, `OpToOpPassAdaptor`, which runs a nested manager on each op directly
// inside the regions of the op it runs on — as in MLIR, so instrumentation
// and timing see nested pipelines as one step of their parent.

import TorchIRCore

public final class OpPassManager {
  /// The op name the passes run on, nil for any op (`any(...)`).
  public let anchorName: String?
  public private(set) var passes: [Pass] = []

  public init(anchor: String?) { anchorName = anchor }

  /// `func.func`, or `any` for an op-agnostic manager.
  public var anchorText: String { anchorName ?? "any" }

  /// Adds a pass; fails when the pass is restricted to another op.
  public func addPass(_ pass: Pass) throws(PipelineError) {
    if let restricted = pass.anchorName, let mine = anchorName, restricted != mine {
      throw PipelineError(
        "Can't add pass '\(pass.name)' restricted to '\(restricted)' on a PassManager "
          + "intended to run on '\(mine)', did you intend to nest?")
    }
    if let restricted = pass.anchorName, anchorName == nil {
      throw PipelineError(
        "Can't add pass '\(pass.name)' restricted to '\(restricted)' on a PassManager "
          + "intended to run on 'any', did you intend to nest?")
    }
    passes.append(pass)
  }

  /// Appends a nested manager for `anchor` (nil: any op) and returns it.
  @discardableResult
  public func nest(_ anchor: String?) -> OpPassManager {
    let nested = OpPassManager(anchor: anchor)
    passes.append(OpToOpPassAdaptor(nested))
    return nested
  }

  /// Number of passes, counting a nested pipeline as one (as MLIR's size()).
  public var count: Int { passes.count }

  /// The pipeline as `--dump-pass-pipeline` prints it, indented `indent` levels.
  public func printAsTextualPipeline(pretty: Bool, indent: Int = 0) -> String {
    var out = anchorText + "("
    if pretty {
      let pad = String(repeating: "  ", count: indent + 1)
      let items = passes.map { p -> String in
        if let a = p as? OpToOpPassAdaptor {
          return pad + a.nested.printAsTextualPipeline(pretty: true, indent: indent + 1)
        }
        return pad + p.textualPipeline
      }
      out += "\n" + items.joined(separator: ",\n") + "\n"
      out += String(repeating: "  ", count: indent) + ")"
    } else {
      out += passes.map { p -> String in
        if let a = p as? OpToOpPassAdaptor { return a.nested.printAsTextualPipeline(pretty: false) }
        return p.textualPipeline
      }.joined(separator: ",")
      out += ")"
    }
    return out
  }

  /// Whether this manager's passes run on `op`.
  func canSchedule(on op: Operation) -> Bool {
    if let a = anchorName { return op.name.name == a }
    return passes.allSatisfy { p in
      (p.anchorName.map { $0 == op.name.name } ?? true) && p.canSchedule(on: op)
    }
  }
}

/// Runs a nested pass manager on every matching op directly nested in the op
/// it runs on.
public final class OpToOpPassAdaptor: Pass {
  public let nested: OpPassManager
  init(_ nested: OpPassManager) { self.nested = nested }
  public override var argument: String { nested.anchorText }
  public override var name: String { "'\(nested.anchorText)' Pipeline" }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    guard let runner = state.runner else { return }
    // Collect first: the nested passes may add or erase sibling ops.
    var targets: [Operation] = []
    for r in op.regions {
      for b in r.blocks {
        for child in b where nested.canSchedule(on: child) { targets.append(child) }
      }
    }
    // Every op gets its run even after one fails, so all their diagnostics
    // are reported (as torch-mlir-opt's threaded run does); then we fail.
    var failed = false
    for child in targets {
      do {
        try runner.runPipeline(nested, on: child)
      } catch let d as Diagnostic {
        state.emit(d)
        failed = true
      } catch {
        failed = true
      }
    }
    if failed { throw PassFailure() }
  }
}

/// The top-level pass manager: a root `OpPassManager` plus instrumentation
/// and the verify-after-each-pass setting.
public final class PassManager {
  public let root: OpPassManager
  public let context: MLIRContext
  /// Verify the op after each pass (`--verify-each`, on by default).
  public var verifyEach = true
  public private(set) var instrumentations: [any PassInstrumentation] = []

  public init(context: MLIRContext, anchor: String? = "builtin.module") {
    self.context = context
    root = OpPassManager(anchor: anchor)
  }

  /// A manager running an already built pipeline (e.g. a parsed one).
  public init(context: MLIRContext, root: OpPassManager) {
    self.context = context
    self.root = root
  }

  public func addInstrumentation(_ i: any PassInstrumentation) { instrumentations.append(i) }
  public func addPass(_ pass: Pass) throws(PipelineError) { try root.addPass(pass) }
  @discardableResult
  public func nest(_ anchor: String?) -> OpPassManager { root.nest(anchor) }

  /// Runs the pipeline on `op`; diagnostics go to the context's engine.
  /// Returns false when a pass failed or the IR failed to verify.
  @discardableResult
  public func run(_ op: Operation) -> Bool {
    if let a = root.anchorName, op.name.name != a {
      context.diagnostics.emit(Diagnostic.error(op.location,
        "can't run '\(a)' pass manager on '\(op.name.name)' op"))
      return false
    }
    let runner = PipelineRunner(manager: self)
    do {
      try runner.runPasses(root, on: op)
      return true
    } catch let d as Diagnostic {
      context.diagnostics.emit(d)
      return false
    } catch {
      return false
    }
  }
}

/// One run of a pass manager: walks pipelines, calls instrumentation and the
/// verifier.
final class PipelineRunner {
  let manager: PassManager
  init(manager: PassManager) { self.manager = manager }

  func runPipeline(_ pm: OpPassManager, on op: Operation) throws {
    for i in manager.instrumentations { i.runBeforePipeline(pm, op) }
    defer { for i in manager.instrumentations.reversed() { i.runAfterPipeline(pm, op) } }
    try runPasses(pm, on: op)
  }

  func runPasses(_ pm: OpPassManager, on op: Operation) throws {
    for pass in pm.passes { try runPass(pass, on: op) }
  }

  func runPass(_ pass: Pass, on op: Operation) throws {
    let state = PassExecutionState(context: manager.context)
    state.runner = self
    let instr = manager.instrumentations
    for i in instr { i.runBeforePass(pass, op) }
    var failed = false
    do {
      try pass.run(on: op, state)
    } catch let d as Diagnostic {
      manager.context.diagnostics.emit(d)
      failed = true
    } catch {
      failed = true
    }
    if failed {
      for i in instr.reversed() { i.runAfterPassFailed(pass, op) }
      throw PassFailure()
    }
    for i in instr.reversed() { i.runAfterPass(pass, op) }
    // A nested pipeline's passes verified their own ops already.
    if manager.verifyEach && !(pass is OpToOpPassAdaptor) {
      try Verifier().verify(op)
    }
  }
}
