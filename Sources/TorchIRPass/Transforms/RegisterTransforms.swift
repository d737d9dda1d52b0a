// Registers the generic transforms of this layer under MLIR's names.

/// Adds canonicalize, cse and symbol-dce to `registry`.
public func registerTransformPasses(_ registry: PassRegistry = .shared) {
  registry.registerPass { CanonicalizerPass() }
  registry.registerPass { CSEPass() }
  registry.registerPass { SymbolDCEPass() }
}
