// Registers the generic transforms of this layer under MLIR's names.

/// Adds canonicalize, cse, symbol-dce, reconcile-unrealized-casts and
/// loop-invariant-code-motion and inline to `registry`.
public func registerTransformPasses(_ registry: PassRegistry = .shared) {
  registry.registerPass { CanonicalizerPass() }
  registry.registerPass { CSEPass() }
  registry.registerPass { SymbolDCEPass() }
  registry.registerPass { ReconcileUnrealizedCastsPass() }
  registry.registerPass { LoopInvariantCodeMotionPass() }
  registry.registerPass { InlinerPass() }
}
