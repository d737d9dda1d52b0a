// The contractions MLIR defines in ODS rather than OpDSL (LinalgStructuredOps.td):
// matmul, batch_matmul and batch_reduce_matmul. They carry their indexing
// maps as an `indexing_maps` attribute (defaulted when the custom form omits
// it, printed only when it differs from the default) and a `cast` type
// function; their body is C += cast(A) * cast(B), as the OpDSL matmul was.

import TorchIRCore

/// The contractions, in the named-op encoding (defaults from the .td file).
private let contractionOpSpecs: [NamedOpSpec] = [
  NamedOpSpec(
    "matmul", "A:input:T1 B:input:T2 C:output:U", "", "cast:type:cast_signed", "3", "0",
    "d0,d2;d2,d1;d0,d1", "ppr", "C=binary.add(C,binary.mul(type@cast:U(A),type@cast:U(B)))", "contraction"),
  NamedOpSpec(
    "batch_matmul", "A:input:T1 B:input:T2 C:output:U", "", "cast:type:cast_signed", "4", "0",
    "d0,d1,d3;d0,d3,d2;d0,d1,d2", "pppr", "C=binary.add(C,binary.mul(type@cast:U(A),type@cast:U(B)))",
    "contraction"),
  NamedOpSpec(
    "batch_reduce_matmul", "A:input:T1 B:input:T2 C:output:U", "", "cast:type:cast_signed", "4", "0",
    "d0,d1,d3;d0,d3,d2;d1,d2", "rppr", "C=binary.add(C,binary.mul(type@cast:U(A),type@cast:U(B)))",
    "contraction"),
]

let contractionOpDefinitions: [String: NamedOpDefinition] = decodeNamedOps(contractionOpSpecs)

/// linalg.contract: the maps are required and define the loops; the body is
/// matmul's (the loop count here is unused).
private let contractOpDefinition = decodeNamedOps([
  NamedOpSpec(
    "contract", "A:input:T1 B:input:T2 C:output:U", "", "cast:type:cast_signed", "0", "0", ";;", "",
    "C=binary.add(C,binary.mul(type@cast:U(A),type@cast:U(B)))", "contraction")
])["linalg.contract"]

func registerContractionOps(_ context: MLIRContext) {
  for def in contractionOpDefinitions.values {
    let info = OpInfo(inherentAttributes: ["cast", "indexing_maps", "operandSegmentSizes"])
    info.parse = { p, state in try parseContractionOp(p, &state, def) }
    info.print = { op, p in printContractionOp(op, p, def) }
    info.verify = { op in try verifyContractionOp(op, def) }
    context.registerOperation(def.name, info)
  }
  if let def = contractOpDefinition {
    let info = OpInfo(inherentAttributes: ["cast", "indexing_maps", "operandSegmentSizes"])
    info.parse = { p, state in
      try p.parseKeyword("indexing_maps")
      try p.parsePunctuation("=")
      state.addAttribute("indexing_maps", try parseIndexingMapsArray(p))
      try parseNamedStructuredOp(p, &state, def)
    }
    info.print = { op, p in
      p.write(" indexing_maps = [")
      for (i, m) in (affineMaps(op.attr("indexing_maps")) ?? []).enumerated() {
        if i > 0 { p.write(", ") }
        p.printAttribute(op.context.attribute(.affineMap(m)))
      }
      p.write("]")
      printNamedStructuredOp(op, p, elided: ["indexing_maps"])
    }
    info.verify = { op in
      guard op.attr("indexing_maps") != nil else { throw OpVerifyError("requires attribute 'indexing_maps'") }
      try verifyContractMaps(op)
      try verifyContractionOp(op, def)
    }
    context.registerOperation(def.name, info)
  }
}

private func parseContractionOp(_ p: any OpAsmParser, _ state: inout OperationState, _ def: NamedOpDefinition) throws {
  var maps = affineMapArrayAttr(p.context, def.maps)
  if p.parseOptionalKeyword("indexing_maps") {
    try p.parsePunctuation("=")
    maps = try parseIndexingMapsArray(p)
  }
  state.addAttribute("indexing_maps", maps)
  try parseNamedStructuredOp(p, &state, def)
}

private func printContractionOp(_ op: Operation, _ p: any OpAsmPrinter, _ def: NamedOpDefinition) {
  if let attr = op.attr("indexing_maps"), let maps = affineMaps(attr), maps != def.maps {
    p.write(" indexing_maps = [")
    for (i, m) in maps.enumerated() {
      if i > 0 { p.write(", ") }
      p.printAttribute(op.context.attribute(.affineMap(m)))
    }
    p.write("]")
  }
  printNamedStructuredOp(op, p, elided: ["indexing_maps"])
}

private func verifyContractionOp(_ op: Operation, _ def: NamedOpDefinition) throws {
  try linalgVerifyRegionCount(op, 1)
  if let message = inherentAttributeError(op.name.name, op.attr) { throw OpVerifyError(message) }
  try verifyOperandSegments(op)
  try verifyStructuredResults(op)
  try verifyOpInterface(op, def.interface, afterShapes: false)
  // MLIR checks user-defined maps before the structured-op shape checks.
  try verifyUserDefinedMaps(op, def)
  try verifyStructuredOp(op)
  try verifyOpInterface(op, def.interface, afterShapes: true)
}

/// Whether `e` uses loop `d` (AffineExpr::isFunctionOfDim).
private func uses(_ e: AffineExpr, _ d: Int) -> Bool {
  switch e {
  case .dim(let x): return x == d
  case .symbol, .constant: return false
  case .add(let a, let b), .mul(let a, let b), .mod(let a, let b), .floorDiv(let a, let b), .ceilDiv(let a, let b):
    return uses(a, d) || uses(b, d)
  }
}

/// With maps other than the defaults, the A and B maps may only drop
/// dimensions of the default maps, as a broadcast MLIR allows
/// (MatmulOp / BatchMatmulOp / BatchReduceMatmulOp::verify).
private func verifyUserDefinedMaps(_ op: Operation, _ def: NamedOpDefinition) throws {
  guard contractionOpDefinitions[def.name] != nil, let maps = affineMaps(op.attr("indexing_maps")), maps != def.maps,
    maps.count >= 2, def.maps.count >= 2
  else { return }
  let isMatmul = def.name == "linalg.matmul"
  for index in 0..<2 {
    let map = maps[index]
    let defaults = def.maps[index]
    if !map.results.allSatisfy({ defaults.results.contains($0) }) {
      throw OpVerifyError(
        isMatmul
          ? "Unexpected dim expression in map result."
          : "Unexpected result dim expression (outside the set of default result dims).")
    }
    guard map.results.count < defaults.results.count else { continue }
    let r = map.results
    if isMatmul {
      if !(r.count == 1 && uses(r[0], 2)) { throw OpVerifyError("Invalid broadcast requested, should be (d2).") }
      continue
    }
    // Batch variants: d0 batch, d1 m, d2 n, d3 k.
    var valid = false
    if r.count == 1 {
      valid = uses(r[0], 3)
    } else if r.count == 2 {
      valid = index == 0
        ? ((uses(r[0], 0) || uses(r[0], 1)) && uses(r[1], 3))
        : ((uses(r[0], 0) && uses(r[1], 3)) || (uses(r[0], 3) && uses(r[1], 2)))
    }
    if !valid { throw OpVerifyError("Invalid broadcast requested.") }
  }
}

/// ContractOp::verify: maps that are projected permutations over one
/// iteration space, each loop used by both inputs (contracting) or by the
/// output (parallel), and at least one contracting loop. MLIR reports these
/// without the op prefix, before the structured-op checks.
private func verifyContractMaps(_ op: Operation) throws {
  guard let maps = affineMaps(op.attr("indexing_maps")) else { return }
  var loops = -1
  var inputUses: [Int] = []
  var outputUses: [Int] = []
  for (k, (map, operand)) in zip(maps, op.operandValues.prefix(3)).enumerated() {
    if map.results.count != operandRank(operand.type) {
      throw opEmitError(op, "ranks of shaped operand and results of corresponding affine_map differ")
    }
    if loops == -1 {
      loops = map.numDims
      inputUses = Array(repeating: 0, count: loops)
      outputUses = Array(repeating: 0, count: loops)
    } else if loops != map.numDims {
      throw opEmitError(op, "iteration spaces of provided affine_maps differ")
    }
    guard isProjectedPermutation(map) else {
      throw opEmitError(op, "provided affine_map is not a projected permutation")
    }
    for r in map.results {
      guard case .dim(let d) = r, d < loops else { continue }
      if k < 2 { inputUses[d] += 1 } else { outputUses[d] += 1 }
    }
  }
  var contracting = false
  for d in 0..<max(loops, 0) {
    contracting = contracting || (inputUses[d] == 2 && outputUses[d] == 0)
    if inputUses[d] == 0 && outputUses[d] == 0 {
      throw opEmitError(op, "iteration space dim at index \(d) not used to access any operand")
    }
    if inputUses[d] == 1 && outputUses[d] != 1 {
      throw opEmitError(
        op, "iteration space dim at index \(d) is neither a contracting dim nor of parallel iteration type")
    }
  }
  if !contracting { throw opEmitError(op, "'indexing_maps' do not specify a contracting dimension") }
}
