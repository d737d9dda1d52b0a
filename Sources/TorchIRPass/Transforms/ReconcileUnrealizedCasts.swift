// `reconcile-unrealized-casts` (MLIR's name): removes the
// `builtin.unrealized_conversion_cast` ops dialect conversion leaves behind
// where they cancel out. A cast whose result types equal its input types is
// an identity; a cast fed entirely by one other cast whose inputs already
// have the wanted types folds the chain A -> B -> A; unused casts go. Casts
// that still bridge different types stay for a later conversion to remove.

import TorchIRCore

let unrealizedCastName = "builtin.unrealized_conversion_cast"

public final class ReconcileUnrealizedCastsPass: Pass {
  public override var argument: String { "reconcile-unrealized-casts" }
  public override var name: String { "ReconcileUnrealizedCastsPass" }
  public override var summary: String { "Simplify and eliminate unrealized conversion casts" }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    reconcileUnrealizedCasts(op)
  }
}

/// Folds and erases the unrealized casts nested in `root`; returns whether
/// anything changed.
@discardableResult
public func reconcileUnrealizedCasts(_ root: Operation) -> Bool {
  var changed = false
  var progress = true
  while progress {
    progress = false
    var casts: [Operation] = []
    root.walk { if $0 !== root && $0.name.name == unrealizedCastName { casts.append($0) } }
    // Users before producers, so a chain folds from its end in one sweep.
    for cast in casts.reversed() where cast.block != nil {
      if cast.results.allSatisfy({ $0.useEmpty }) {
        cast.erase()
        progress = true
        continue
      }
      let inputs = cast.operandValues
      var source: [Value]? = nil
      if inputs.map(\.type) == cast.resultTypes {
        source = inputs
      } else if let producer = inputs.first?.definingOp, producer.name.name == unrealizedCastName,
        producer.numResults == inputs.count,
        zip(producer.results, inputs).allSatisfy({ $0 === $1 }),
        producer.operandTypes == cast.resultTypes
      {
        source = producer.operandValues
      }
      guard let replacement = source else { continue }
      for (r, v) in zip(cast.results, replacement) { r.replaceAllUsesWith(v) }
      cast.erase()
      progress = true
    }
    changed = changed || progress
  }
  return changed
}
