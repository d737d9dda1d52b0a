// memref.transpose: `%in (d0, d1) -> (d1, d0) : type to type`. The
// permutation is a bare affine map in the custom form (parseAffineMap), an
// `affine_map<...>` attribute in the generic form. TorchIR's op parser has
// no general bare-map entry point, so this reads the map forms a transpose
// can have: dimension names in, dimension names out.

import TorchIRCore

func installMemRefTranspose(_ h: inout DialectHooks) {
  h.parsers["memref.transpose"] = { p, state in
    let input = try p.parseOperand()
    let loc = p.currentLocation
    // `(i, j)`: the dimension names, then `-> (j, i)`.
    var names: [String] = []
    try p.parseCommaSeparatedList(.paren) {
      guard let n = p.parseOptionalKeyword() else { throw p.error("expected bare identifier") }
      names.append(n)
    }
    try p.parsePunctuation("->")
    var results: [AffineExpr] = []
    try p.parseCommaSeparatedList(.paren) {
      let at = p.currentLocation
      guard let n = p.parseOptionalKeyword(), let d = names.firstIndex(of: n) else {
        throw p.error(at: at, "expected a permutation map")
      }
      results.append(.dim(d))
    }
    guard Set(names).count == names.count else { throw p.error(at: loc, "expected a permutation map") }
    let map = AffineMap(numDims: names.count, numSymbols: 0, results: results)
    state.addAttribute("permutation", p.context.attribute(.affineMap(map)))
    try p.parseOptionalAttrDict(into: &state.attributes)
    let t = try p.parseColonType()
    try p.parseKeyword("to")
    state.resultTypes = [try p.parseType()]
    state.operands = [try p.resolveOperand(input, t)]
  }
  h.printers["memref.transpose"] = { op, p in
    guard op.numOperands == 1, op.numResults == 1, case .affineMap(let m)? = op.attr("permutation")?.kind else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(" (" + (0..<m.numDims).map { "d\($0)" }.joined(separator: ", ") + ") -> (")
    p.write(m.results.map { e -> String in
      if case .dim(let d) = e { return "d\(d)" }
      return "?"
    }.joined(separator: ", "))
    p.write(")")
    printShapedAttrDict(op, p, elided: ["permutation"])
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printType(op.result(0).type)
  }
  h.resultNames["memref.transpose"] = shapedResultName("transpose")
  h.verifiers["memref.transpose"] = verifyTranspose
}

/// The dims a permutation map sends results to; nil unless it is one.
private func permutation(_ m: AffineMap) -> [Int]? {
  guard m.numSymbols == 0, m.results.count == m.numDims else { return nil }
  var dims: [Int] = []
  for e in m.results {
    guard case .dim(let d) = e, !dims.contains(d) else { return nil }
    dims.append(d)
  }
  return dims
}

private func verifyTranspose(_ op: Operation) throws {
  guard case .affineMap(let m)? = op.attr("permutation")?.kind else {
    throw OpVerifyError("requires attribute 'permutation'")
  }
  guard let perm = permutation(m) else { throw OpVerifyError("expected a permutation map") }
  let (source, result) = (op.operand(0).type, op.result(0).type)
  guard case .memref(let shape, let element, _, let space) = source.kind else { return }
  if m.numDims != shape.count { throw OpVerifyError("expected a permutation map of same rank as the input") }
  guard let (strides, offset) = memrefStridesAndOffset(source), strides.count == shape.count else { return }
  // inferTransposeResultType, then canonicalizeStridedLayout: the identity
  // layout when the strides are the canonical ones and the offset is 0.
  let newShape = perm.map { shape[$0] }
  let newStrides = perm.map { strides[$0] }
  let ctx = op.context
  let canonical = offset == 0 && newStrides == memrefCanonicalStrides(newShape)
  let expected = ctx.type(.memref(shape: newShape, element: element,
    layout: canonical ? nil : ctx.attribute(.affineMap(stridedLinearLayoutMap(newStrides, offset: offset))),
    memorySpace: space))
  var matches = false
  if case .memref(let rShape, let rElement, _, let rSpace) = result.kind, let (rStrides, rOffset) = memrefStridesAndOffset(result) {
    matches = rShape == newShape && rElement == element && rSpace == space && rStrides == newStrides && rOffset == offset
  }
  if !matches {
    throw OpVerifyError("result type '\(result)' is not equivalent to the canonical transposed input type '\(expected)'")
  }
}

/// makeStridedLinearLayoutMap: offset + sum of d_i * stride_i, with a new
/// symbol for the offset and each stride that is dynamic.
private func stridedLinearLayoutMap(_ strides: [Int64], offset: Int64) -> AffineMap {
  var symbols = 0
  func term(_ v: Int64) -> AffineExpr {
    if v != kDynamic { return .constant(v) }
    symbols += 1
    return .symbol(symbols - 1)
  }
  var expr = term(offset)
  for (i, s) in strides.enumerated() {
    expr = AffineExpr.add(expr, AffineExpr.mul(.dim(i), term(s)))
  }
  return AffineMap(numDims: strides.count, numSymbols: symbols, results: [expr])
}
