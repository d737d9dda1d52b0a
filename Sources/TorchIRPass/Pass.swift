// A pass: a named transformation of one operation (its anchor) and everything
// nested in it. Passes are classes because they carry options and state
// across the ops they run on; a pipeline runs one instance sequentially.

import TorchIRCore

/// Thrown by a pass that failed; any diagnostic was emitted before.
public struct PassFailure: Error, Sendable {
  public init() {}
}

/// What a running pass may use besides its op: diagnostics and the analyses
/// it keeps valid.
public final class PassExecutionState {
  public let context: MLIRContext
  /// The run this pass is part of (nested pipelines run through it).
  var runner: PipelineRunner?
  init(context: MLIRContext) { self.context = context }

  /// Emits `diagnostic` through the context's engine.
  public func emit(_ diagnostic: Diagnostic) { context.diagnostics.emit(diagnostic) }
}

open class Pass {
  /// The command-line argument (`cse`); pipelines name the pass by it.
  open var argument: String { "" }
  /// The class-like name MLIR shows in dumps and timing (`CSEPass`).
  open var name: String { argument }
  open var summary: String { "" }
  /// The op this pass runs on (`func.func`), nil for any op.
  open var anchorName: String? { nil }
  public let options = PassOptions()

  public init() {}

  /// Runs on `op`. Throw `PassFailure` (after emitting diagnostics through
  /// `state`) or a `Diagnostic` (which is emitted for you) to fail.
  open func run(on op: Operation, _ state: PassExecutionState) throws {}

  /// Whether this pass can run on `op` (beyond the anchor name).
  open func canSchedule(on op: Operation) -> Bool { true }

  /// `argument{options}` as it appears in a textual pipeline.
  public var textualPipeline: String {
    let opts = options.printed
    return options.all.isEmpty ? argument : "\(argument){\(opts)}"
  }
}

/// A pass given by a closure, for tests and one-off pipelines.
public final class ClosurePass: Pass {
  private let arg: String
  private let anchor: String?
  private let body: (Operation, PassExecutionState) throws -> Void
  public init(
    _ argument: String, anchor: String? = nil,
    _ body: @escaping (Operation, PassExecutionState) throws -> Void
  ) {
    arg = argument
    self.anchor = anchor
    self.body = body
  }
  public override var argument: String { arg }
  public override var anchorName: String? { anchor }
  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    try body(op, state)
  }
}
