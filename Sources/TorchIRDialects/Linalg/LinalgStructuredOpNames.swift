// The names of every op `structuredOpDescription` describes, for clients
// (the interpreter) that register one executor per structured op.

/// Every linalg structured op name (named ops, contractions and the
/// hand-written structured ops), sorted.
public let linalgStructuredOpNames: [String] = {
  var names = Set(namedOpDefinitions.keys).union(contractionOpDefinitions.keys)
  names.formUnion([
    "linalg.generic", "linalg.map", "linalg.reduce", "linalg.transpose", "linalg.broadcast",
    "linalg.elementwise", "linalg.contract",
  ])
  return names.sorted()
}()
