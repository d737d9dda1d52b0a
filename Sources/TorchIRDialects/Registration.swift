// One place that loads every dialect TorchIR defines into a context.

import TorchIRCore

/// Loads all dialects (builtin is always loaded by the context).
public func registerAllDialects(_ context: MLIRContext) {
  context.loadDialect(FuncDialect())
  context.loadDialect(ArithDialect())
  context.loadDialect(ControlFlowDialect())
  context.loadDialect(MathDialect())
  context.loadDialect(MLProgramDialect())
  context.loadDialect(BufferizationDialect())
  context.loadDialect(TensorDialect())
  context.loadDialect(MemRefDialect())
  context.loadDialect(ScfDialect())
  context.loadDialect(LinalgDialect())
  registerTorchDialects(context)
}
