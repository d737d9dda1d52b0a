// bufferization.alloc_tensor and bufferization.dealloc: ops whose operands
// come in several optional/variadic groups recorded by the
// `operandSegmentSizes` property. Their custom forms, segment checks and
// per-group type constraints (ODS's generated verifiers) are written here.

import TorchIRCore

func installSegmentedBufferizationOps(_ hooks: inout DialectHooks) {
  hooks.parsers["bufferization.alloc_tensor"] = parseAllocTensorOp
  hooks.printers["bufferization.alloc_tensor"] = printAllocTensorOp
  hooks.verifiers["bufferization.alloc_tensor"] = verifyAllocTensorOp
  hooks.parsers["bufferization.dealloc"] = parseDeallocOp
  hooks.printers["bufferization.dealloc"] = printDeallocOp
  hooks.verifiers["bufferization.dealloc"] = verifyDeallocOp
}

private let tensorSummary = "tensor of any non-token type values"
private let memrefSummary = "ranked or unranked memref of any non-token type values"

private func isMemref(_ t: Type) -> Bool {
  switch t.kind {
  case .memref, .unrankedMemref: return true
  default: return false
  }
}

// MARK: Segments

/// The operand groups of `op` as `operandSegmentSizes` splits them, after
/// ODS's checks: a missing property counts as all zeros, as in MLIR.
private func segments(_ op: Operation, count: Int, optional: Set<Int>) throws -> [[Value]] {
  let sizes: [Int]
  if let attr = op.attr("operandSegmentSizes") {
    guard let s = denseI32ArrayValues(attr), s.count == count, s.allSatisfy({ $0 >= 0 }) else {
      throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have \(count) elements")
    }
    sizes = s
  } else {
    sizes = Array(repeating: 0, count: count)
  }
  let total = sizes.reduce(0, +)
  if total != op.numOperands {
    throw OpVerifyError(
      "operand count (\(op.numOperands)) does not match with the total size (\(total)) specified in attribute 'operandSegmentSizes'")
  }
  var groups: [[Value]] = []
  var at = 0
  let all = op.operandValues
  for (k, n) in sizes.enumerated() {
    if optional.contains(k) && n > 1 {
      throw OpVerifyError("operand group starting at #\(at) requires 0 or 1 element, but found \(n)")
    }
    groups.append(Array(all[at..<at + n]))
    at += n
  }
  return groups
}

/// Checks each operand of each group with its constraint, numbering
/// operands across groups as ODS does.
private func checkGroups(
  _ groups: [[Value]], _ rules: [(variadic: Bool, summary: String, accepts: (Type) -> Bool)]
) throws {
  var index = 0
  for (k, group) in groups.enumerated() {
    let rule = rules[k]
    for v in group {
      if !rule.accepts(v.type) {
        let what = rule.variadic ? "variadic of \(rule.summary)" : rule.summary
        throw OpVerifyError("operand #\(index) must be \(what), but got '\(v.type)'")
      }
      index += 1
    }
  }
}

private func printProperties(_ op: Operation, _ p: any OpAsmPrinter, elided: [String]) {
  let entries = (op.properties?.dictionaryEntries ?? []).filter { !elided.contains($0.name) }
  guard !entries.isEmpty else { return }
  p.write(" <")
  p.printAttribute(op.context.dictionaryAttr(entries))
  p.write(">")
}

/// `<{...}>` then `{...}`; with strict properties in the assembly format,
/// an inherent attribute may not appear in the second.
private func parsePropertiesAndAttrDict(
  _ p: any OpAsmParser, _ state: inout OperationState, inherent: [String], opName: String
) throws {
  if p.parseOptionalPunctuation("<") {
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(">")
  }
  let loc = p.currentLocation
  var attrs: [NamedAttribute] = []
  try p.parseOptionalAttrDict(into: &attrs)
  if let bad = attrs.first(where: { inherent.contains($0.name) }) {
    throw p.error(at: loc,
      "custom op '\(opName)' inherent attribute '\(bad.name)' cannot be parsed from attr-dict when strict properties in assembly format is enabled")
  }
  state.attributes.append(contentsOf: attrs)
}

private func nonPropertyAttributes(_ op: Operation) -> [NamedAttribute] {
  op.attributes.dictionaryEntries ?? []
}

// MARK: alloc_tensor

/// `(%d, ...) (copy(%t))? (size_hint=%n)? <{memory_space = ...}>? attr-dict : type`.
private func parseAllocTensorOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  let sizesLoc = p.currentLocation
  let sizes = try p.parseOperandList(.paren)
  var copy: UnresolvedOperand?
  if p.parseOptionalKeyword("copy") {
    try p.parsePunctuation("(")
    copy = try p.parseOperand()
    try p.parsePunctuation(")")
  }
  var hint: UnresolvedOperand?
  if p.parseOptionalKeyword("size_hint") {
    try p.parsePunctuation("=")
    hint = try p.parseOperand()
  }
  try parsePropertiesAndAttrDict(
    p, &state, inherent: ["memory_space", "operandSegmentSizes"], opName: "bufferization.alloc_tensor")
  try p.parsePunctuation(":")
  let typeLoc = p.currentLocation
  let type = try p.parseType()
  guard type.isTensor else { throw p.error(at: typeLoc, "invalid kind of type specified") }
  state.resultTypes = [type]
  let index = ctx.indexType
  state.operands = try p.resolveOperands(sizes, Array(repeating: index, count: sizes.count), at: sizesLoc)
  if let copy { state.operands.append(try p.resolveOperand(copy, type)) }
  if let hint { state.operands.append(try p.resolveOperand(hint, index)) }
  state.attributes.removeAll { $0.name == "operandSegmentSizes" }
  state.addAttribute("operandSegmentSizes", denseI32Array(ctx, [sizes.count, copy == nil ? 0 : 1, hint == nil ? 0 : 1]))
}

private func allocTensorGroups(_ op: Operation) -> [[Value]]? {
  guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3,
    sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == op.numOperands
  else { return nil }
  let all = op.operandValues
  return [Array(all[0..<sizes[0]]), Array(all[sizes[0]..<sizes[0] + sizes[1]]),
          Array(all[(sizes[0] + sizes[1])...])]
}

private func printAllocTensorOp(_ op: Operation, _ p: any OpAsmPrinter) {
  let groups = allocTensorGroups(op) ?? [op.operandValues, [], []]
  p.write("(")
  p.printOperands(groups[0])
  p.write(")")
  if let copy = groups[1].first {
    p.write(" copy(")
    p.printOperand(copy)
    p.write(")")
  }
  if let hint = groups[2].first {
    p.write(" size_hint=")
    p.printOperand(hint)
  }
  printProperties(op, p, elided: ["operandSegmentSizes"])
  p.printOptionalAttrDict(nonPropertyAttributes(op), elided: [])
  p.write(" : ")
  if op.numResults > 0 { p.printType(op.result(0).type) }
}

private func verifyAllocTensorOp(_ op: Operation) throws {
  let groups = try segments(op, count: 3, optional: [1, 2])
  try checkGroups(groups, [
    (true, "index", { $0.isIndex }),
    (false, tensorSummary, { $0.isTensor }),
    (false, "index", { $0.isIndex }),
  ])
  let type = op.result(0).type
  guard type.isTensor else { throw OpVerifyError("result #0 must be \(tensorSummary), but got '\(type)'") }
  let copy = groups[1].first
  if copy != nil && !groups[0].isEmpty {
    throw opEmitError(op, "dynamic sizes not needed when copying a tensor")
  }
  let dynamicDims = (type.shape ?? []).filter { $0 == kDynamic }.count
  if copy == nil && dynamicDims != groups[0].count {
    throw OpVerifyError("incorrect number of dynamic sizes, has \(groups[0].count), expected \(dynamicDims)")
  }
  if let copy, copy.type != type {
    throw opEmitError(op, "expected that `copy` and return type match")
  }
}

// MARK: dealloc

/// `( (%m, ... : types) if (%c, ...) )? (retain (%r, ... : types))? attr-dict`;
/// one i1 result per retained memref.
private func parseDeallocOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let ctx = p.context
  var memrefs: [Value] = []
  var conditions: [Value] = []
  var retained: [Value] = []
  if p.parseOptionalPunctuation("(") {
    memrefs = try parseOperandsWithTypes(p)
    try p.parseKeyword("if")
    try p.parsePunctuation("(")
    let loc = p.currentLocation
    let conds = try p.parseOperandList(.none)
    try p.parsePunctuation(")")
    conditions = try p.resolveOperands(conds, Array(repeating: ctx.i1Type, count: conds.count), at: loc)
  }
  if p.parseOptionalKeyword("retain") {
    try p.parsePunctuation("(")
    retained = try parseOperandsWithTypes(p)
  }
  try parsePropertiesAndAttrDict(p, &state, inherent: ["operandSegmentSizes"], opName: "bufferization.dealloc")
  state.operands = memrefs + conditions + retained
  state.resultTypes = Array(repeating: ctx.i1Type, count: retained.count)
  state.addAttribute("operandSegmentSizes", denseI32Array(ctx, [memrefs.count, conditions.count, retained.count]))
}

/// `%a, %b : t1, t2)` (after the opening parenthesis).
private func parseOperandsWithTypes(_ p: any OpAsmParser) throws -> [Value] {
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  let types = try p.parseColonTypeList()
  try p.parsePunctuation(")")
  if operands.count != types.count {
    throw p.error(at: loc,
      "number of operands and types do not match: got \(operands.count) operands and \(types.count) types")
  }
  return try p.resolveOperands(operands, types, at: loc)
}

private func printDeallocOp(_ op: Operation, _ p: any OpAsmPrinter) {
  let groups: [[Value]]
  if let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3,
    sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == op.numOperands
  {
    let all = op.operandValues
    groups = [Array(all[0..<sizes[0]]), Array(all[sizes[0]..<sizes[0] + sizes[1]]),
              Array(all[(sizes[0] + sizes[1])...])]
  } else {
    groups = [[], [], op.operandValues]
  }
  if !groups[0].isEmpty {
    p.write(" (")
    p.printOperands(groups[0])
    p.write(" : ")
    p.printTypeList(groups[0].map(\.type))
    p.write(") if (")
    p.printOperands(groups[1])
    p.write(")")
  }
  if !groups[2].isEmpty {
    p.write(" retain (")
    p.printOperands(groups[2])
    p.write(" : ")
    p.printTypeList(groups[2].map(\.type))
    p.write(")")
  }
  printProperties(op, p, elided: ["operandSegmentSizes"])
  p.printOptionalAttrDict(nonPropertyAttributes(op), elided: [])
}

private func verifyDeallocOp(_ op: Operation) throws {
  let groups = try segments(op, count: 3, optional: [])
  try checkGroups(groups, [
    (true, memrefSummary, isMemref),
    (true, "1-bit signless integer", { $0.isInteger(width: 1) && $0.isSignlessInteger }),
    (true, memrefSummary, isMemref),
  ])
  for (i, r) in op.results.enumerated() where !(r.type.isInteger(width: 1) && r.type.isSignlessInteger) {
    throw OpVerifyError("result #\(i) must be variadic of 1-bit signless integer, but got '\(r.type)'")
  }
  if groups[0].count != groups[1].count {
    throw OpVerifyError("must have the same number of conditions as memrefs to deallocate")
  }
  if op.numResults != groups[2].count {
    throw OpVerifyError("must have the same number of updated conditions (results) as retained operands")
  }
}
