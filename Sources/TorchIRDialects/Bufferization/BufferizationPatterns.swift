// Canonicalization of the bufferization dialect: unused ops that MLIR's
// canonicalizer erases as trivially dead because of their memory effects
// (MemoryEffectOpInterface), which TorchIR does not model yet: to_tensor only
// reads its buffer, clone only reads its input and allocates its result, and
// materialize_in_destination into a tensor has no effect at all. alloc_tensor,
// dealloc_tensor and dealloc declare no effects and stay.

import TorchIRCore

func installBufferizationPatterns(_ context: MLIRContext) {
  func eraseIfUnused(_ name: String, when condition: @escaping (Operation) -> Bool = { _ in true }) {
    context.registeredOperation(name)?.info?.canonicalizationPatterns = [
      ClosurePattern(name, name: "EraseUnusedWithoutWriteEffects") { op, rewriter in
        guard op.numResults > 0, op.results.allSatisfy({ $0.useEmpty }), condition(op) else { return false }
        rewriter.eraseOp(op)
        return true
      }
    ]
  }
  eraseIfUnused("bufferization.to_tensor")
  eraseIfUnused("bufferization.clone")
  eraseIfUnused("bufferization.materialize_in_destination") { op in
    op.numOperands == 2 && op.operand(1).type.isTensor
  }
}
