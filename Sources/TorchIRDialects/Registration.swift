// One place that loads every dialect TorchIR defines into a context.

import TorchIRCore

/// Registers all dialects (builtin is always loaded by the context). Torch
/// and torch_c (about 850 ops) load on first use, as a registered dialect
/// does in MLIR; the others load now.
public func registerAllDialects(_ context: MLIRContext) {
  context.loadDialect(FuncDialect())
  context.loadDialect(ArithDialect())
  context.loadDialect(ControlFlowDialect())
  context.loadDialect(MathDialect())
  context.loadDialect(TMTensorDialect())
  context.loadDialect(MLProgramDialect())
  context.loadDialect(BufferizationDialect())
  context.loadDialect(TensorDialect())
  context.loadDialect(MemRefDialect())
  context.loadDialect(ScfDialect())
  context.loadDialect(LinalgDialect())
  context.registerLazyDialect("torch", registerTorchDialects)
  context.registerLazyDialect("torch_c", registerTorchDialects)
}
