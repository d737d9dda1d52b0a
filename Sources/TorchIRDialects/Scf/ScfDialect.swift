// The scf dialect: ops come from Specs/SCF.spec (Generated/ScfOps.swift);
// this file registers the hand-written parts and holds what the scf files
// share — implicit terminators (MLIR's SingleBlockImplicitTerminator), the
// `(%arg = %init, ...)` assignment lists and the parent checks.
//
// The custom forms and verifiers are split by op: ScfFor.swift (for, while),
// ScfIf.swift (if, execute_region, index_switch), ScfParallel.swift
// (parallel, reduce, reduce.return), ScfForall.swift (forall, in_parallel),
// ScfTerminators.swift (yield, condition); ScfRegionBranch.swift has the
// region checks they share (RegionBranchOpInterface, LoopLikeOpInterface).
// Canonicalizations are in ScfPatterns.swift (the list), ScfIfPatterns.swift,
// ScfLoopPatterns.swift and ScfParallelPatterns.swift.
//
// Loops carry `OpTraits.loopLike` (scf.for, scf.while, scf.forall,
// scf.parallel), set in the spec, for passes that look for loops.

import TorchIRCore

public final class ScfDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "scf")
    // MLIR's inliner interface of this dialect allows inlining all its ops.
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    installScfLoopHooks(&hooks)
    installScfIfHooks(&hooks)
    installScfParallelHooks(&hooks)
    installScfForallHooks(&hooks)
    installScfTerminatorHooks(&hooks)
    runtime = SpecRuntime(scfDialectSpec, context: context, hooks: hooks)
    installScfLoopRegionVerifiers(context)
    installScfIfRegionVerifiers(context)
    installScfParallelRegionVerifiers(context)
    installScfForallRegionVerifiers(context)
    installScfPatterns(context)
    installScfLoopLike(context)
  }
}

/// MLIR's LoopLikeOpInterface for the loops (what loop-invariant-code-motion
/// looks for): the body of for, forall and parallel; both regions of while.
private func installScfLoopLike(_ context: MLIRContext) {
  for name in ["scf.for", "scf.forall", "scf.parallel"] {
    context.registeredOperation(name)?.info?.loopLike = LoopLikeInterface(loopRegions: { op in
      op.regions.isEmpty ? [] : [op.region(0)]
    })
  }
  context.registeredOperation("scf.while")?.info?.loopLike = LoopLikeInterface(loopRegions: { op in
    Array(op.regions)
  })
}

// MARK: Implicit terminators

/// MLIR's `ensureTerminator`: an empty region gets a block, and a block that
/// does not end in a terminator gets `name` (with no operands) appended;
/// `withBodyBlock` gives the terminator one region holding an empty block
/// (what scf.forall.in_parallel's builder makes).
func ensureImplicitTerminator(
  _ region: Region, _ name: String, _ context: MLIRContext, _ location: Location, withBodyBlock: Bool = false
) {
  if region.isEmpty { region.append(Block()) }
  guard let block = region.blocks.last else { return }
  if let last = block.last, last.hasTrait(.isTerminator) { return }
  var state = OperationState(context: context, name: name, location: location)
  if withBodyBlock { state.addRegion().append(Block()) }
  block.append(Operation(state))
}

/// Whether the printer may leave out the terminator of `region`'s block:
/// what ODS-generated printers check for SingleBlockImplicitTerminator ops
/// (a terminator with no operands, results or attributes).
func isElidableTerminator(_ region: Region) -> Bool {
  guard let term = region.entryBlock?.last else { return true }
  return term.numOperands == 0 && term.numResults == 0
    && (term.attributes.dictionaryEntries ?? []).isEmpty
    && (term.properties?.dictionaryEntries ?? []).isEmpty
}

/// The single block's terminator of `region`, if its name is `name`.
func terminator(of region: Region, named name: String) -> Operation? {
  guard region.blocks.count == 1, let last = region.entryBlock?.last, last.name.name == name else {
    return nil
  }
  return last
}

// MARK: Assignment lists

/// `(%arg = %value, ...)` (MLIR's parseAssignmentList).
func parseAssignmentList(_ p: any OpAsmParser) throws -> (args: [OpAsmArgument], values: [UnresolvedOperand]) {
  try p.parsePunctuation("(")
  return try parseAssignmentsAfterParen(p)
}

/// An assignment list if a `(` comes next (MLIR's parseOptionalAssignmentList).
func parseOptionalAssignmentList(_ p: any OpAsmParser) throws
  -> (args: [OpAsmArgument], values: [UnresolvedOperand])?
{
  guard p.parseOptionalPunctuation("(") else { return nil }
  return try parseAssignmentsAfterParen(p)
}

private func parseAssignmentsAfterParen(_ p: any OpAsmParser) throws
  -> (args: [OpAsmArgument], values: [UnresolvedOperand])
{
  var args: [OpAsmArgument] = []
  var values: [UnresolvedOperand] = []
  repeat {
    args.append(try p.parseArgument(allowType: false, allowAttributes: false))
    try p.parsePunctuation("=")
    values.append(try p.parseOperand())
  } while p.parseOptionalPunctuation(",")
  try p.parsePunctuation(")")
  return (args, values)
}

/// `prefix(%arg = %value, ...)`, nothing when there are no values.
func printAssignmentList(_ p: any OpAsmPrinter, _ prefix: String, _ args: [Value], _ values: [Value]) {
  guard !values.isEmpty else { return }
  p.write(prefix + "(")
  for (i, v) in values.enumerated() {
    if i > 0 { p.write(", ") }
    if i < args.count { p.printOperand(args[i]) }
    p.write(" = ")
    p.printOperand(v)
  }
  p.write(")")
}

/// ` -> t` or ` -> (t1, t2)`, nothing for no types.
func printOptionalArrowTypeList(_ p: any OpAsmPrinter, _ types: [Type]) {
  if !types.isEmpty { p.printArrowTypeList(types) }
}

/// All attributes of `op` (properties and discardable), sorted by name as
/// MLIR prints them.
func allAttributes(_ op: Operation) -> [NamedAttribute] {
  var all = op.properties?.dictionaryEntries ?? []
  all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
  all.sort { utf8Less($0.name, $1.name) }
  return all
}

// MARK: Dense arrays

/// `array<i64: ...>` (MLIR's DenseI64ArrayAttr); `denseI64ArrayValues` reads
/// one back (both in Support/DynamicIndexList.swift).
func denseI64Array(_ context: MLIRContext, _ values: [Int64]) -> Attribute {
  denseI64ArrayAttr(context, values)
}

/// Splits `values` by `sizes`; nil when the sizes do not add up.
func splitSegments(_ values: [Value], _ sizes: [Int]) -> [[Value]]? {
  guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == values.count else { return nil }
  var out: [[Value]] = []
  var at = 0
  for n in sizes {
    out.append(Array(values[at..<at + n]))
    at += n
  }
  return out
}

/// The operand groups of an op with `operandSegmentSizes` of `count` groups,
/// with ODS's messages when the attribute is malformed.
func checkedOperandSegments(_ op: Operation, count: Int) throws -> [[Value]] {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == count else {
    throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have \(count) elements")
  }
  guard let groups = splitSegments(op.operandValues, sizes) else {
    throw OpVerifyError(
      "operand count (\(op.numOperands)) does not match with the total size (\(sizes.reduce(0, +))) specified in attribute 'operandSegmentSizes'")
  }
  return groups
}

/// `operand #i must be variadic of index, but got 'T'` for the first
/// non-index value of `group`, whose first operand number is `first`.
func verifyIndexOperands(_ group: [Value], first: Int) throws {
  for (i, v) in group.enumerated() where !v.type.isIndex {
    throw OpVerifyError("operand #\(first + i) must be variadic of index, but got '\(v.type)'")
  }
}

// MARK: Parents

/// HasParent / ParentOneOf: MLIR's messages.
func verifyParent(_ op: Operation, oneOf names: [String]) throws {
  let parent = op.parentOp?.name.name
  if let parent, names.contains(parent) { return }
  if names.count == 1 { throw OpVerifyError("expects parent op '\(names[0])'") }
  throw OpVerifyError("expects parent op to be one of '\(names.joined(separator: ", "))'")
}

// MARK: Constants

/// The value of an integer or index constant operand (MLIR's
/// m_ConstantInt), nil when `v` is not defined by a constant-like op.
func constantIntValue(_ v: Value) -> APInt? {
  guard let def = v.definingOp, def.hasTrait(.constantLike), let a = def.attr("value"),
    case .integer(let i, _) = a.kind
  else { return nil }
  return i
}

/// The value of a constant i1 operand.
func constantBoolValue(_ v: Value) -> Bool? {
  guard let def = v.definingOp, def.hasTrait(.constantLike), let a = def.attr("value") else { return nil }
  switch a.kind {
  case .bool(let b): return b
  case .integer(let i, let t) where t.isInteger(width: 1): return !i.isZero
  default: return nil
  }
}

// MARK: Integers

/// An int64_t literal, sign included, or nil when no integer comes next;
/// out-of-range values are the op's error ("custom op '...' integer value
/// too large"), as MLIR's custom op parser reports them.
func parseOptionalInt64(_ p: any OpAsmParser) throws -> Int64? {
  do {
    return try p.parseOptionalInteger()
  } catch let d as Diagnostic where d.message == "integer value too large" {
    throw p.error(at: d.location, d.message)
  }
}
