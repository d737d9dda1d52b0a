// Hooks called around every pass and nested pipeline, through which IR
// printing and timing observe a run without the pass manager knowing them.

import TorchIRCore

public protocol PassInstrumentation: AnyObject {
  /// A nested pipeline (`func.func(...)`) is about to run on `op`.
  func runBeforePipeline(_ manager: OpPassManager, _ op: Operation)
  func runAfterPipeline(_ manager: OpPassManager, _ op: Operation)
  func runBeforePass(_ pass: Pass, _ op: Operation)
  /// The pass succeeded (the op is verified after this hook when verifying).
  func runAfterPass(_ pass: Pass, _ op: Operation)
  func runAfterPassFailed(_ pass: Pass, _ op: Operation)
}

extension PassInstrumentation {
  public func runBeforePipeline(_ manager: OpPassManager, _ op: Operation) {}
  public func runAfterPipeline(_ manager: OpPassManager, _ op: Operation) {}
  public func runBeforePass(_ pass: Pass, _ op: Operation) {}
  public func runAfterPass(_ pass: Pass, _ op: Operation) {}
  public func runAfterPassFailed(_ pass: Pass, _ op: Operation) {}
}
