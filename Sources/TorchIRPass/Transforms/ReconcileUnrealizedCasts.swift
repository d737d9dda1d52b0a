// `reconcile-unrealized-casts` (MLIR's name): removes the
// `builtin.unrealized_conversion_cast` ops dialect conversion leaves behind
// where they cancel out. A cast whose result types equal its input types is
// an identity; a chain of casts, each fed entirely by the one before, that
// leads back to values of the wanted types (A -> B -> C -> A) folds to those
// values; unused casts go. Casts that still bridge different types stay for
// a later conversion to remove.

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
      guard let replacement = chainSource(cast) else { continue }
      for (r, v) in zip(cast.results, replacement) { r.replaceAllUsesWith(v) }
      cast.erase()
      progress = true
    }
    changed = changed || progress
  }
  return changed
}

/// The values `cast` stands for when it undoes a chain of casts: its own
/// inputs if they have its result types, else the inputs of the nearest
/// cast up the chain (each link feeding all of the next one's operands)
/// whose inputs do.
private func chainSource(_ cast: Operation) -> [Value]? {
  let wanted = cast.resultTypes
  var current = cast
  var steps = 0
  while steps < 10_000 {
    steps += 1
    let inputs = current.operandValues
    if inputs.map(\.type) == wanted { return inputs }
    guard let producer = inputs.first?.definingOp, producer !== cast,
      producer.name.name == unrealizedCastName, producer.numResults == inputs.count,
      zip(producer.results, inputs).allSatisfy({ $0 === $1 })
    else { return nil }
    current = producer
  }
  return nil
}
