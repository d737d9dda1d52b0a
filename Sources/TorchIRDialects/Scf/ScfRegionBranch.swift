// The checks MLIR's RegionBranchOpInterface and LoopLikeOpInterface make
// once an op's regions are verified: along every control flow edge (from the
// op into a region, from a region's terminator to another region or back to
// the op's results) the values passed match the inputs in number and type.
// Messages are MLIR's (verifyTypesAlongControlFlowEdges,
// verifyLoopLikeOpInterface).

import TorchIRCore

/// One end of a control flow edge, named as MLIR names it.
enum RegionBranchPoint {
  case parent
  case terminator(Operation)

  var name: String {
    switch self {
    case .parent: return "parent"
    case .terminator(let op): return "Operation \(op.name.name)"
    }
  }
}

/// Checks one edge: the values `point` passes to a successor that expects
/// `inputs`. `successor` is `Region #k` or `Operation <op name>`.
func verifyRegionBranchEdge(
  _ op: Operation, from point: RegionBranchPoint, to successor: String, operands: [Type], inputs: [Type]
) throws {
  let pointLocation: Location
  switch point {
  case .parent: pointLocation = op.location
  case .terminator(let t): pointLocation = t.location
  }
  let prefix = "along control flow edge from \(point.name) to \(successor): "
  if operands.count != inputs.count {
    throw opError(op,
      prefix + "region branch point has \(operands.count) operands, but region successor needs \(inputs.count) inputs")
      .attachingNote(pointLocation, "region branch point")
  }
  for (i, (a, b)) in zip(operands, inputs).enumerated() where a != b {
    throw opError(op,
      prefix + "successor operand type #\(i) '\(a)' should match successor input type #\(i) '\(b)'")
      .attachingNote(pointLocation, "region branch point")
  }
}

/// The successor name of an edge back to the op's results.
func parentSuccessorName(_ op: Operation) -> String { "Operation \(op.name.name)" }

/// LoopLikeOpInterface's counts (types are left to the region branch
/// checks, as MLIR does for ops that are both).
func verifyLoopLikeCounts(_ op: Operation, inits: Int, iterArgs: Int, yielded: Int?, results: Int?) throws {
  if inits != iterArgs {
    throw OpVerifyError("different number of inits and region iter_args: \(inits) != \(iterArgs)")
  }
  if let yielded, yielded != 0, iterArgs != yielded {
    throw OpVerifyError("different number of region iter_args and yielded values: \(iterArgs) != \(yielded)")
  }
  if let results, results != iterArgs {
    throw OpVerifyError("different number of loop results and region iter_args: \(results) != \(iterArgs)")
  }
}

/// ODS's SizedRegion<1> constraint, checked after the op's operands.
func verifySizedRegion(_ op: Operation, _ index: Int, _ name: String) throws {
  guard index < op.regions.count else { return }
  if op.region(index).blocks.count != 1 {
    throw OpVerifyError("region #\(index) ('\(name)') failed to verify constraint: region with 1 blocks")
  }
}

/// ODS's MaxSizedRegion<1> constraint.
func verifyMaxSizedRegion(_ op: Operation, _ index: Int, _ name: String) throws {
  guard index < op.regions.count else { return }
  if op.region(index).blocks.count > 1 {
    throw OpVerifyError("region #\(index) ('\(name)') failed to verify constraint: region with at most 1 blocks")
  }
}

/// The op's region count, as the OneRegion / NRegions traits check it.
func verifyRegionCount(_ op: Operation, _ count: Int) throws {
  if op.regions.count != count {
    throw OpVerifyError(count == 1 ? "requires one region" : "expected \(count) regions")
  }
}

/// What MLIR's parser checks when it turns an inherent attribute into the
/// op's typed property: `name`, when present, is an `array<iN: ...>` (with
/// `count` elements when given). MLIR reports these while parsing, as plain
/// errors at the op.
func verifyDenseArrayProperty(_ op: Operation, _ name: String, width: Int, count: Int? = nil) throws {
  guard let a = op.attr(name) else { return }
  let props = op.properties.map { "\($0)" } ?? "{}"
  let prefix = "invalid properties \(props) for op \(op.name.name): "
  guard case .denseArray(let t, let bytes) = a.kind, t.isInteger(width: width) else {
    throw opEmitError(op, prefix + "Invalid attribute `\(name)` in property conversion: \(a)")
  }
  let n = bytes.count / (width / 8)
  if let count, n != count {
    throw opEmitError(op, prefix + "for `\(name)`: size mismatch in attribute conversion: \(n) vs \(count)")
  }
}

/// Installs a region verifier (run after the nested ops are verified).
func setRegionVerifier(_ context: MLIRContext, _ name: String, _ verify: @escaping (Operation) throws -> Void) {
  context.registeredOperation(name)?.info?.verifyRegions = verify
}

/// SingleBlockImplicitTerminator's region check: every non-empty region
/// ends with `name`.
func verifyImplicitTerminator(_ op: Operation, _ name: String) throws {
  for (i, region) in op.regions.enumerated() where !region.isEmpty {
    if region.blocks.count != 1 { throw opError(op, "expects region #\(i) to have 0 or 1 blocks") }
    guard let last = region.entryBlock?.last else { throw opError(op, "expects a non-empty block") }
    if last.name.name == name { continue }
    throw opError(op, "expects regions to end with '\(name)', found '\(last.name.name)'")
      .attachingNote(op.location, "in custom textual format, the absence of terminator implies '\(name)'")
  }
}
