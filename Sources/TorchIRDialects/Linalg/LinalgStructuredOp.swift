// Every linalg structured op seen as a linalg.generic: its inputs, outputs,
// indexing maps, iterator types and scalar body. This is the interface the
// interpreter and the lowerings use, and the one the shared verifier
// (MLIR's IndexingMapOpInterface and LinalgStructuredInterface checks) runs on.

import TorchIRCore

/// A structured op as a loop nest over a scalar body.
public struct StructuredOpDescription {
  public let inputs: [Value]
  public let outputs: [Value]
  /// One map per operand (inputs, then outputs), from loops to operand indices.
  public let indexingMaps: [AffineMap]
  public let iteratorTypes: [IteratorType]
  /// The scalar body: block arguments are the input and output elements, the
  /// terminator is a linalg.yield of the new output elements. For named ops
  /// this is the region their parser (or `buildNamedOpRegion`) built.
  public let body: Block?
}

/// The description of a linalg structured op; nil for other ops or when the
/// op is too malformed to describe (the verifier reports why).
public func structuredOpDescription(_ op: Operation) -> StructuredOpDescription? {
  guard let io = structuredInputsAndOutputs(op), let maps = structuredIndexingMaps(op),
    let iterators = structuredIteratorTypes(op)
  else { return nil }
  let body = op.regions.first?.entryBlock
  return StructuredOpDescription(
    inputs: io.inputs, outputs: io.outputs, indexingMaps: maps, iteratorTypes: iterators, body: body)
}

/// The operand split of each structured op.
func structuredInputsAndOutputs(_ op: Operation) -> (inputs: [Value], outputs: [Value])? {
  switch op.name.name {
  case "linalg.map":
    let values = op.operandValues
    guard let last = values.last else { return nil }
    return (Array(values.dropLast()), [last])
  case "linalg.reduce":
    let values = op.operandValues
    guard values.count % 2 == 0 else { return nil }
    return (Array(values[..<(values.count / 2)]), Array(values[(values.count / 2)...]))
  case "linalg.transpose", "linalg.broadcast":
    guard op.numOperands == 2 else { return nil }
    return ([op.operand(0)], [op.operand(1)])
  default:
    return segmentedInputsAndOutputs(op)
  }
}

/// The indexing maps of a structured op (before any verification).
func structuredIndexingMaps(_ op: Operation) -> [AffineMap]? {
  let name = op.name.name
  if name == "linalg.generic" || name == "linalg.elementwise" || name == "linalg.contract" {
    return affineMaps(op.attr("indexing_maps"))
  }
  if let def = namedOpDefinitions[name] { return def.indexingMaps(of: op) }
  if let c = contractionOpDefinitions[name] {
    return affineMaps(op.attr("indexing_maps")) ?? c.maps
  }
  guard let io = structuredInputsAndOutputs(op), let initType = io.outputs.first?.type,
    let initRank = initType.shape?.count
  else { return nil }
  switch name {
  case "linalg.map":
    return Array(repeating: AffineMap.identity(initRank), count: op.numOperands)
  case "linalg.reduce":
    guard let inputRank = io.inputs.first?.type.shape?.count,
      let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64)
    else { return nil }
    let kept = (0..<inputRank).filter { !dims.contains(Int64($0)) }.map { AffineExpr.dim($0) }
    let input = AffineMap.identity(inputRank)
    let output = AffineMap(numDims: inputRank, numSymbols: 0, results: kept)
    return Array(repeating: input, count: io.inputs.count) + Array(repeating: output, count: io.outputs.count)
  case "linalg.transpose":
    guard let perm = linalgDenseArrayValues(op.attr("permutation"), width: 64), perm.count == initRank,
      let inverse = inversePermutation(perm.map(Int.init))
    else { return nil }
    let inputMap = AffineMap(numDims: initRank, numSymbols: 0, results: inverse.map { AffineExpr.dim($0) })
    return [inputMap, AffineMap.identity(initRank)]
  case "linalg.broadcast":
    guard let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64) else { return nil }
    let kept = (0..<initRank).filter { !dims.contains(Int64($0)) }.map { AffineExpr.dim($0) }
    return [AffineMap(numDims: initRank, numSymbols: 0, results: kept), AffineMap.identity(initRank)]
  default:
    return nil
  }
}

/// The iterator types of a structured op.
func structuredIteratorTypes(_ op: Operation) -> [IteratorType]? {
  let name = op.name.name
  if name == "linalg.generic" {
    guard let items = op.attr("iterator_types")?.arrayValue else { return nil }
    var out: [IteratorType] = []
    for item in items {
      guard let v = linalgEnumValue(item, "iterator_type"), let t = IteratorType(rawValue: v) else { return nil }
      out.append(t)
    }
    return out
  }
  if let def = namedOpDefinitions[name] { return def.iteratorTypes(of: op) }
  if name == "linalg.elementwise" {
    guard let maps = affineMaps(op.attr("indexing_maps")), let out = maps.last else { return nil }
    return Array(repeating: .parallel, count: out.numDims)
  }
  if name == "linalg.contract" {
    // A loop the output map does not use is a reduction.
    guard let maps = affineMaps(op.attr("indexing_maps")), let out = maps.last else { return nil }
    return (0..<out.numDims).map { out.results.contains(.dim($0)) ? .parallel : .reduction }
  }
  if let c = contractionOpDefinitions[name] { return c.iterators }
  guard let io = structuredInputsAndOutputs(op), let initRank = io.outputs.first?.type.shape?.count else {
    return nil
  }
  switch name {
  case "linalg.map", "linalg.transpose", "linalg.broadcast":
    return Array(repeating: .parallel, count: initRank)
  case "linalg.reduce":
    guard let inputRank = io.inputs.first?.type.shape?.count,
      let dims = linalgDenseArrayValues(op.attr("dimensions"), width: 64)
    else { return nil }
    return (0..<inputRank).map { dims.contains(Int64($0)) ? .reduction : .parallel }
  default:
    return nil
  }
}

/// The inverse of a permutation, nil when `perm` is not one.
func inversePermutation(_ perm: [Int]) -> [Int]? {
  var inverse = Array(repeating: -1, count: perm.count)
  for (i, p) in perm.enumerated() {
    guard p >= 0, p < perm.count, inverse[p] == -1 else { return nil }
    inverse[p] = i
  }
  return inverse
}

// MARK: Verification

/// The checks MLIR's IndexingMapOpInterface and LinalgStructuredInterface
/// make for every structured op, with MLIR's messages.
func verifyStructuredOp(_ op: Operation) throws {
  guard let io = structuredInputsAndOutputs(op) else { return }
  // Operands are tensors (and scalars) or buffers (and scalars), not both.
  let kinds = op.operandTypes
  let hasTensor = kinds.contains { $0.isTensor }
  let hasBuffer = kinds.contains { if case .memref = $0.kind { return true } else { return false } }
  if hasTensor && hasBuffer {
    throw OpVerifyError("expected to have pure tensor or buffer semantics")
  }
  guard let maps = structuredIndexingMaps(op) else {
    throw OpVerifyError("expected indexing_maps to be an array of affine maps")
  }
  if maps.count != op.numOperands {
    throw OpVerifyError(
      "expected the number of indexing_map (\(maps.count)) to be equal to the number of input/output operands (\(op.numOperands))")
  }
  let operands = io.inputs + io.outputs
  let shapes = operands.map { $0.type.shape ?? [] }
  // The loop count is the iterator count (the maps' for ops without one).
  let numLoops = structuredIteratorTypes(op)?.count ?? maps.map(\.numDims).max() ?? 0
  for (k, m) in maps.enumerated() {
    if m.numSymbols != 0 { throw OpVerifyError("unexpected symbols in indexing_map #\(k)") }
    if m.numDims != numLoops {
      throw OpVerifyError("expected indexing_map #\(k) to have \(numLoops) dim(s) to match the number of loops")
    }
    if m.results.count != shapes[k].count {
      throw OpVerifyError(
        "expected operand #\(k) rank (\(shapes[k].count)) to match the result rank of indexing_map (\(m.results.count))")
    }
  }
  // The loops-to-shapes map must be invertible: every loop is some operand
  // dimension on its own.
  var loopRanges = Array(repeating: Int64(0), count: numLoops)
  var found = Array(repeating: false, count: numLoops)
  for (k, m) in maps.enumerated() {
    for (i, r) in m.results.enumerated() {
      guard case .dim(let d) = r, d < numLoops, !found[d] else { continue }
      found[d] = true
      loopRanges[d] = i < shapes[k].count ? shapes[k][i] : Int64.min
    }
  }
  if found.contains(false) {
    let all = AffineMap(numDims: numLoops, numSymbols: 0, results: maps.flatMap(\.results))
    throw OpVerifyError("invalid indexing maps are non-invertible: (\(mapText(op.context, all)))")
  }
  if !loopRanges.contains(where: { $0 < 0 }) {
    let ends = loopRanges.map { $0 &- 1 }
    let starts = Array(repeating: Int64(0), count: numLoops)
    for (k, m) in maps.enumerated() {
      for (dim, size) in shapes[k].enumerated() where size > 0 {
        guard let a = evaluate(m.results[dim], starts), let b = evaluate(m.results[dim], ends) else { continue }
        let inferred = max(a, b) &+ 1
        if min(a, b) < 0 {
          throw OpVerifyError("unexpected result less than 0 at expression #\(dim) in \(mapText(op.context, m))")
        }
        if case .dim = m.results[dim] {
          if inferred != size {
            throw OpVerifyError(
              "inferred input/output operand #\(k) has shape's dimension #\(dim) to be \(inferred), but found \(size)")
          }
        } else if inferred > size {
          throw OpVerifyError(
            "inferred input/output operand #\(k) has shape's dimension #\(dim) to be greater than or equal to \(inferred), but found \(size)")
        }
      }
    }
  }
  guard op.regions.count == 1, op.region(0).blocks.count == 1, let block = op.region(0).entryBlock else {
    throw OpVerifyError("expects to have 1 region with 1 block")
  }
  if block.arguments.count != operands.count {
    throw OpVerifyError(
      "expected as many non-induction variable region arguments as the number of input/output operands")
  }
  for (i, v) in operands.enumerated() {
    let element = elementTypeOrSelf(v.type)
    let arg = block.arguments[i].type
    if element != arg {
      throw OpVerifyError(
        "expected type of bb argument #\(i) ('\(arg)') to match element or self type of the corresponding operand ('\(element)')")
    }
  }
}

/// The value of an affine expression at a point (no symbols).
func evaluate(_ e: AffineExpr, _ dims: [Int64]) -> Int64? {
  switch e {
  case .dim(let d): return d < dims.count ? dims[d] : nil
  case .symbol: return nil
  case .constant(let c): return c
  case .add(let a, let b):
    guard let x = evaluate(a, dims), let y = evaluate(b, dims) else { return nil }
    return x &+ y
  case .mul(let a, let b):
    guard let x = evaluate(a, dims), let y = evaluate(b, dims) else { return nil }
    return x &* y
  case .mod(let a, let b):
    guard let x = evaluate(a, dims), let y = evaluate(b, dims), y > 0 else { return nil }
    let r = x.remainderReportingOverflow(dividingBy: y).partialValue
    return r < 0 ? r &+ y : r
  case .floorDiv(let a, let b):
    guard let x = evaluate(a, dims), let y = evaluate(b, dims), y > 0 else { return nil }
    let q = x.dividedReportingOverflow(by: y).partialValue
    return (x.remainderReportingOverflow(dividingBy: y).partialValue != 0 && x < 0) ? q &- 1 : q
  case .ceilDiv(let a, let b):
    guard let x = evaluate(a, dims), let y = evaluate(b, dims), y > 0 else { return nil }
    let q = x.dividedReportingOverflow(by: y).partialValue
    return (x.remainderReportingOverflow(dividingBy: y).partialValue != 0 && x > 0) ? q &+ 1 : q
  }
}

/// A map as MLIR's `os << map` writes it: `(d0) -> (d0)`, no `affine_map<>`.
func mapText(_ context: MLIRContext, _ m: AffineMap) -> String {
  var text = context.printHooks.attribute(context.attribute(.affineMap(m)))
  if text.hasPrefix("affine_map<") && text.hasSuffix(">") {
    text = String(text.dropFirst("affine_map<".count).dropLast())
  }
  return text
}
