// The Torch dialect (`torch`) and Torch-MLIR's TorchConversion dialect
// (`torch_c`). Types are complete here; ops are generated from Specs/ and
// registered by their own files.

import TorchIRCore

public final class TorchDialect: Dialect {
  /// Names of the ops with Torch-MLIR's ReadOnly and AllowsTypeRefinement
  /// traits; the canonicalizations of the hand-written ops consult them, and
  /// each file that registers ops adds its own.
  var readOnlyOps: Set<String> = []
  var typeRefinementOps: Set<String> = []

  public init() {
    super.init(namespace: torchDialectNamespace)
    // Torch-MLIR's TorchInlinerInterface allows inlining all torch ops.
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) { registerTorchHandwrittenOps(context) }

  public override func parseType(_ parser: any DialectAsmParser) throws -> Type? {
    try parseTorchType(parser)
  }

  public override func printType(_ type: Type, _ printer: any DialectAsmPrinter) -> Bool {
    printTorchType(type, printer)
  }

  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    materializeTorchConstant(builder, value: value, type: type, location: location)
  }
}

/// `torch_c`: ops that convert between Torch and builtin types. It defines
/// no types of its own; loading it makes the namespace known.
public final class TorchConversionDialect: Dialect {
  public init() {
    super.init(namespace: "torch_c")
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) { registerTorchConversionOps(context) }

  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    materializeTorchConversionConstant(builder, value: value, type: type, location: location)
  }
}

/// Loads `torch` and `torch_c` (called from `registerAllDialects`).
public func registerTorchDialects(_ context: MLIRContext) {
  context.loadDialect(TorchDialect())
  context.loadDialect(TorchConversionDialect())
  registerGeneratedTorchOps(context)
}
