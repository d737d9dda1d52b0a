// The verifiers of linalg's op interfaces (LinalgInterfaces.cpp):
// ConvolutionOpInterface (conv, depthwise conv and pooling ops),
// ContractionOpInterface (matmul-like ops) and FillOpInterface. They check
// that the op's maps have the shape the interface promises, before the
// structured-op shape checks.

import TorchIRCore

/// Runs the verifier of `interface` (`convolution`, `contraction`, `fill`).
/// The reference checks convolution and fill ops before the structured-op
/// shape checks and contractions after them (`afterShapes`).
func verifyOpInterface(_ op: Operation, _ interface: String, afterShapes: Bool) throws {
  guard !interface.isEmpty, (interface == "contraction") == afterShapes, let io = segmentedInputsAndOutputs(op)
  else { return }
  switch interface {
  case "fill":
    if io.inputs.count != 1 || io.outputs.count != 1 {
      throw opEmitError(op, "expected op with 1 input and 1 output")
    }
  case "contraction":
    if io.inputs.count != 2 || io.outputs.count != 1 {
      throw opEmitError(op, "expected op with 2 inputs and 1 output")
    }
    guard let maps = structuredIndexingMaps(op), let iterators = structuredIteratorTypes(op) else { return }
    if !iterators.contains(.reduction) { throw opEmitError(op, "expected at least 1 reduction") }
    if !maps.allSatisfy(isProjectedPermutation) {
      throw opEmitError(op, "expected indexing maps to be projected permutations")
    }
  case "convolution":
    if io.inputs.count < 2 || io.outputs.count != 1 {
      throw opEmitError(op, "expected op with 2 inputs and 1 output")
    }
    guard let maps = structuredIndexingMaps(op), maps.count >= 3, let iterators = structuredIteratorTypes(op)
    else { return }
    if let message = convolutionMismatch(maps, iterators) { throw opEmitError(op, message) }
  default:
    return
  }
}

/// Every result is a distinct loop dimension.
func isProjectedPermutation(_ m: AffineMap) -> Bool {
  var seen = Set<Int>()
  for r in m.results {
    guard case .dim(let d) = r, seen.insert(d).inserted else { return false }
  }
  return true
}

/// Why `maps` do not describe a convolution (isConvolutionInterfaceImpl),
/// nil when they do. The input map's results must each be a loop or a sum
/// of two (possibly scaled) loops; the filter and output maps projected
/// permutations; every loop a batch, output image, output channel, filter,
/// input channel or depth multiplier loop with the matching iterator type.
private func convolutionMismatch(_ maps: [AffineMap], _ iterators: [IteratorType]) -> String? {
  var convolved = Set<Int>()
  var unconvolved = Set<Int>()
  func convolvedDim(_ e: AffineExpr) -> Bool {
    var dim: Int?
    switch e {
    case .dim(let d): dim = d
    case .mul(let a, let b):
      switch (a, b) {
      case (.dim(let d), .symbol), (.dim(let d), .constant), (.symbol, .dim(let d)), (.constant, .dim(let d)):
        dim = d
      default: return false
      }
    default: return false
    }
    guard let d = dim, !convolved.contains(d), !unconvolved.contains(d) else { return false }
    convolved.insert(d)
    return true
  }
  for r in maps[0].results {
    switch r {
    case .dim(let d):
      guard !convolved.contains(d), unconvolved.insert(d).inserted else {
        return "unexpected input index map for convolutions"
      }
    case .add(let a, let b):
      guard convolvedDim(a), convolvedDim(b) else { return "unexpected input index map for convolutions" }
    default:
      return "unexpected input index map for convolutions"
    }
  }
  let filter = maps[1]
  let output = maps[maps.count - 1]
  guard isProjectedPermutation(filter), isProjectedPermutation(output) else {
    return "expected output/filter indexing maps to be projected permutations"
  }
  func dims(_ m: AffineMap) -> Set<Int> {
    Set(m.results.compactMap { if case .dim(let d) = $0 { return d } else { return nil } })
  }
  let outputDims = dims(output)
  let filterDims = dims(filter)
  func iterator(_ d: Int) -> IteratorType? { d < iterators.count ? iterators[d] : nil }
  var all = Set<Int>()
  for d in output.results.compactMap({ e -> Int? in if case .dim(let d) = e { return d } else { return nil } }) {
    let inUnconvolved = unconvolved.contains(d)
    let inConvolved = convolved.contains(d)
    let inFilter = filterDims.contains(d)
    // Batch, output image, output channel or depth multiplier loop.
    if (inUnconvolved && !inFilter) || (inConvolved && !inFilter) || (!inConvolved && !inUnconvolved && inFilter)
      || (inUnconvolved && inFilter)
    {
      if iterator(d) != .parallel { return "expected all iterators used to access outputs to be parallel" }
      all.insert(d)
      continue
    }
    return "unexpected loop dimension for convolution op"
  }
  for d in filter.results.compactMap({ e -> Int? in if case .dim(let d) = e { return d } else { return nil } }) {
    let inOutput = outputDims.contains(d)
    if inOutput && !unconvolved.contains(d) && !convolved.contains(d) { continue }
    if (convolved.contains(d) || unconvolved.contains(d)) && !inOutput {
      // Filter loop or input channel loop.
      if iterator(d) != .reduction { return "expected all iterators not used to access outputs to be reduction" }
      if all.contains(d) { return "unexpected loop dimension for convolution op" }
      all.insert(d)
      continue
    }
    if unconvolved.contains(d) && inOutput { continue }
    return "unexpected loop dimension for convolution op"
  }
  if all.count != iterators.count { return "unexpected loop dimension for convolution op" }
  if convolved.isEmpty { return "expected convolved dim to be non-empty" }
  return nil
}
