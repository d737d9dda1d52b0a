// The less common memref ops: alloca_scope and its return, atomic_rmw,
// generic_atomic_rmw and atomic_yield, distinct_objects, dma_start/dma_wait,
// prefetch, realloc and memory_space_cast — custom forms (the hand-written
// parsers and printers of MemRefOps.cpp, or their assembly formats) and
// verifiers with MLIR's messages.

import TorchIRCore

func installMemRefScopeAndAtomicOps(_ h: inout DialectHooks) {
  func add(_ name: String, _ parse: @escaping ShapedOpParser, _ print: @escaping ShapedOpPrinter) {
    h.parsers["memref." + name] = parse
    h.printers["memref." + name] = print
  }
  h.resultNames["memref.extract_aligned_pointer_as_index"] = shapedResultName("intptr")
  h.resultNames["memref.memory_space_cast"] = shapedResultName("memspacecast")

  // (`->` `(` types `)`)? $bodyRegion attr-dict; an operand-less
  // alloca_scope.return is implicit (SingleBlockImplicitTerminator).
  add("alloca_scope", { p, state in
    state.resultTypes = try p.parseOptionalArrowTypeList()
    let body = state.addRegion()
    try p.parseRegion(body, arguments: [], enableNameShadowing: false)
    ensureAllocaScopeTerminator(body, "memref.alloca_scope.return", context: p.context, location: state.location)
    try p.parseOptionalAttrDict(into: &state.attributes)
  }, { op, p in
    p.write(" ")
    if op.numResults > 0 {
      p.write(" -> (")
      p.printTypeList(op.resultTypes)
      p.write(")")
    }
    p.write(" ")
    if op.regions.count == 1 {
      p.printRegion(op.region(0), printEntryBlockArgs: false, printBlockTerminators: op.numResults > 0, printEmptyBlock: false)
    }
    printShapedAttrDict(op, p)
  })
  h.verifiers["memref.alloca_scope"] = { op in
    try requireSingleBlockRegion(op, named: "bodyRegion")
    guard op.regions.count == 1, let last = op.region(0).blocks.first?.last,
      last.name.name == "memref.alloca_scope.return"
    else { return }
    if last.operandTypes != op.resultTypes {
      throw OpVerifyError(
        "along control flow edge from Operation memref.alloca_scope.return to Operation memref.alloca_scope: region branch point has \(last.numOperands) operands, but region successor needs \(op.numResults) inputs")
    }
  }

  // attr-dict ($results^ `:` type($results))?
  add("alloca_scope.return", { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    let loc = p.currentLocation
    let values = try p.parseOperandList(.none)
    if !values.isEmpty {
      let types = try p.parseColonTypeList()
      state.operands = try p.resolveOperands(values, types, at: loc)
    }
  }, { op, p in
    printShapedAttrDict(op, p)
    if op.numOperands > 0 {
      p.printOperandsWithTypes(op.operandValues)
    }
  })
  h.verifiers["memref.alloca_scope.return"] = { op in
    guard op.parentOp?.name.name == "memref.alloca_scope" else {
      throw OpVerifyError("expects parent op 'memref.alloca_scope'")
    }
  }

  // $kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` type($memref) `)` `->` type($result)
  add("atomic_rmw", { p, state in
    let loc = p.currentLocation
    guard let kindName = p.parseOptionalKeyword(), let kind = atomicKinds.firstIndex(of: kindName) else {
      throw p.error(at: loc, "expected string or keyword containing one of the following enum values for attribute 'kind' [\(atomicKinds.joined(separator: ", "))]")
    }
    state.addAttribute("kind", p.context.integerAttr(Int64(kind), p.context.integerType(64)))
    let value = try p.parseOperand()
    try p.parsePunctuation(",")
    let memref = try p.parseOperand()
    let indexLoc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    try p.parsePunctuation("(")
    let valueType = try p.parseType()
    try p.parsePunctuation(",")
    let memrefType = try p.parseType()
    try p.parsePunctuation(")")
    try p.parsePunctuation("->")
    state.resultTypes = [try p.parseType()]
    state.operands = [try p.resolveOperand(value, valueType), try p.resolveOperand(memref, memrefType)]
      + (try p.resolveOperands(indices, Array(repeating: p.context.indexType, count: indices.count), at: indexLoc))
  }, { op, p in
    guard op.numOperands >= 2, op.numResults == 1 else { return }
    p.write(" ")
    if case .integer(let v, _)? = op.attr("kind")?.kind, let k = Int(exactly: v.asInt64), atomicKinds.indices.contains(k) {
      p.write(atomicKinds[k])
    }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write(", ")
    p.printOperand(op.operand(1))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst(2)))
    p.write("]")
    printShapedAttrDict(op, p, elided: ["kind"])
    p.write(" : (")
    p.printType(op.operand(0).type)
    p.write(", ")
    p.printType(op.operand(1).type)
    p.write(") -> ")
    p.printType(op.result(0).type)
  })
  h.verifiers["memref.atomic_rmw"] = { op in
    let (value, memref) = (op.operand(0).type, op.operand(1).type)
    if value != memref.elementType {
      throw OpVerifyError("failed to verify that value type matches element type of memref")
    }
    if op.result(0).type != value {
      throw OpVerifyError("failed to verify that result type matches type of value")
    }
    let rank = memref.shape?.count ?? 0
    if rank != op.numOperands - 2 {
      throw OpVerifyError("invalid number of indices for accessed memref, expected \(rank) but got \(op.numOperands - 2)")
    }
    guard case .integer(let v, _)? = op.attr("kind")?.kind, let k = Int(exactly: v.asInt64),
      atomicKinds.indices.contains(k)
    else { return }
    let name = atomicKinds[k]
    if ["addf", "maximumf", "minimumf", "mulf"].contains(name), !value.isFloat {
      throw OpVerifyError("with kind '\(name)' expects a floating-point type")
    }
    if ["addi", "andi", "maxs", "maxu", "mins", "minu", "muli", "ori", "xori"].contains(name), !value.isInteger {
      throw OpVerifyError("with kind '\(name)' expects an integer type")
    }
  }

  // $memref `[` $indices `]` `:` type($memref) $atomic_body attr-dict
  add("generic_atomic_rmw", { p, state in
    let memref = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    let t = try p.parseColonType()
    state.operands = [try p.resolveOperand(memref, t)]
      + (try p.resolveOperands(indices, Array(repeating: p.context.indexType, count: indices.count), at: loc))
    let body = state.addRegion()
    try p.parseRegion(body, arguments: [], enableNameShadowing: false)
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [t.elementType ?? t]
  }, { op, p in
    guard op.numOperands >= 1, op.regions.count == 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write("] : ")
    p.printType(op.operand(0).type)
    p.write(" ")
    p.printRegion(op.region(0), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    printShapedAttrDict(op, p)
  })
  h.verifiers["memref.generic_atomic_rmw"] = { op in
    if op.regions.count != 1 { throw OpVerifyError("requires one region") }
    guard let body = op.region(0).blocks.first, body.arguments.count == 1 else {
      throw OpVerifyError("expected single number of entry block arguments")
    }
    if op.result(0).type != body.arguments[0].type {
      throw OpVerifyError("expected block argument of the same type result type")
    }
    // Reported at the first op with side effects, as MLIR does.
    var impure: Operation?
    op.walk { nested in
      if impure == nil && nested !== op && !(nested.isRegistered && nested.hasTrait(.pure)) { impure = nested }
    }
    if let impure {
      throw Diagnostic(.error, impure.location,
        "body of 'memref.generic_atomic_rmw' should contain only operations with no side effects")
    }
  }
  h.verifiers["memref.atomic_yield"] = { op in
    guard let parent = op.parentOp, parent.name.name == "memref.generic_atomic_rmw" else {
      throw OpVerifyError("expects parent op 'memref.generic_atomic_rmw'")
    }
    if let parentType = parent.resultTypes.first, parentType != op.operand(0).type {
      throw OpVerifyError("types mismatch between yield op: '\(op.operand(0).type)' and its parent: '\(parentType)'")
    }
  }

  // $operands attr-dict `:` type($operands)
  add("distinct_objects", { p, state in
    let loc = p.currentLocation
    let values = try p.parseOperandList(.none)
    try p.parseOptionalAttrDict(into: &state.attributes)
    let types = try p.parseColonTypeList()
    state.operands = try p.resolveOperands(values, types, at: loc)
    state.resultTypes = types
  }, { op, p in
    p.write(" ")
    p.printOperands(op.operandValues)
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  })
  h.verifiers["memref.distinct_objects"] = { op in
    if op.numOperands != op.numResults {
      throw OpVerifyError("expected \(op.numOperands) results but got \(op.numResults)")
    }
    for (o, r) in zip(op.operandTypes, op.resultTypes) where o != r {
      throw OpVerifyError("operand type \(o) and result type \(r) must match")
    }
  }

  add("dma_start", parseDmaStart, printDmaStart)
  h.verifiers["memref.dma_start"] = verifyDmaStart

  // $tagMemRef `[` $tagIndices `]` `,` $numElements attr-dict `:` type($tagMemRef)
  add("dma_wait", { p, state in
    let tag = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parsePunctuation(",")
    let num = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    let t = try p.parseColonType()
    let index = p.context.indexType
    state.operands = [try p.resolveOperand(tag, t)]
      + (try p.resolveOperands(indices, Array(repeating: index, count: indices.count), at: loc))
      + [try p.resolveOperand(num, index)]
  }, { op, p in
    guard op.numOperands >= 2 else { return }
    let values = op.operandValues
    p.write(" ")
    p.printOperand(values[0])
    p.write("[")
    p.printOperands(Array(values[1..<(values.count - 1)]))
    p.write("], ")
    p.printOperand(values[values.count - 1])
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(values[0].type)
  })
  h.verifiers["memref.dma_wait"] = { op in
    let rank = op.operand(0).type.shape?.count ?? 0
    let n = op.numOperands - 2
    if n != rank {
      throw OpVerifyError("expected tagIndices to have the same number of elements as the tagMemRef rank, expected \(rank), but got \(n)")
    }
  }

  // %m[%i], read|write, locality<N>, data|instr attr-dict : type
  add("prefetch", { p, state in
    let memref = try p.parseOperand()
    let loc = p.currentLocation
    let indices = try p.parseOperandList(.square)
    try p.parsePunctuation(",")
    let rwLoc = p.currentLocation
    let rw = p.parseOptionalKeyword()
    guard rw == "read" || rw == "write" else { throw p.error(at: rwLoc, "rw specifier has to be 'read' or 'write'") }
    try p.parsePunctuation(",")
    try p.parseKeyword("locality")
    try p.parsePunctuation("<")
    let hint = try p.parseInteger()
    try p.parsePunctuation(">")
    try p.parsePunctuation(",")
    let cacheLoc = p.currentLocation
    let cache = p.parseOptionalKeyword()
    guard cache == "data" || cache == "instr" else { throw p.error(at: cacheLoc, "cache type has to be 'data' or 'instr'") }
    // PrefetchOp::parse reads no attribute dictionary (its printer writes one).
    let t = try p.parseColonType()
    let ctx = p.context
    state.operands = [try p.resolveOperand(memref, t)]
      + (try p.resolveOperands(indices, Array(repeating: ctx.indexType, count: indices.count), at: loc))
    state.addAttribute("isWrite", ctx.boolAttr(rw == "write"))
    state.addAttribute("localityHint", ctx.integerAttr(hint, ctx.integerType(32)))
    state.addAttribute("isDataCache", ctx.boolAttr(cache == "data"))
  }, { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    p.write("[")
    p.printOperands(Array(op.operandValues.dropFirst()))
    p.write("], ")
    if case .bool(true)? = op.attr("isWrite")?.kind { p.write("write") } else { p.write("read") }
    p.write(", locality<")
    if case .integer(let v, _)? = op.attr("localityHint")?.kind { p.write(String(v.asInt64)) }
    p.write(">, ")
    if case .bool(false)? = op.attr("isDataCache")?.kind { p.write("instr") } else { p.write("data") }
    printShapedAttrDict(op, p, elided: ["localityHint", "isWrite", "isDataCache"])
    p.write(" : ")
    p.printType(op.operand(0).type)
  })
  h.verifiers["memref.prefetch"] = { op in
    for name in ["isWrite", "isDataCache"] {
      guard let v = op.attr(name) else { throw OpVerifyError("requires attribute '\(name)'") }
      guard case .bool = v.kind else { throw OpVerifyError("attribute '\(name)' failed to satisfy constraint: bool attribute") }
    }
    guard case .integer(let v, let t)? = op.attr("localityHint")?.kind, t.isInteger(width: 32) else {
      throw OpVerifyError("requires attribute 'localityHint'")
    }
    if v.asInt64 < 0 || v.asInt64 > 3 {
      throw OpVerifyError("attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3")
    }
    let rank = op.operand(0).type.shape?.count ?? 0
    if op.numOperands != 1 + rank {
      throw OpVerifyError("invalid number of indices for accessed memref, expected \(rank) but got \(op.numOperands - 1)")
    }
  }

  // $source (`(` $dynamicResultSize^ `)`)? attr-dict `:` type($source) `to` type(results)
  add("realloc", { p, state in
    let source = try p.parseOperand()
    var size: UnresolvedOperand?
    if p.parseOptionalPunctuation("(") {
      size = try p.parseOperand()
      try p.parsePunctuation(")")
    }
    try p.parseOptionalAttrDict(into: &state.attributes)
    let st = try p.parseColonType()
    try p.parseKeyword("to")
    state.resultTypes = [try p.parseType()]
    state.operands = [try p.resolveOperand(source, st)]
    if let size { state.operands.append(try p.resolveOperand(size, p.context.indexType)) }
  }, { op, p in
    guard op.numOperands >= 1 else { return }
    p.write(" ")
    p.printOperand(op.operand(0))
    if op.numOperands > 1 {
      p.write("(")
      p.printOperand(op.operand(1))
      p.write(")")
    }
    printShapedAttrDict(op, p)
    p.write(" : ")
    p.printType(op.operand(0).type)
    p.write(" to ")
    p.printTypeList(op.resultTypes)
  })
  h.verifiers["memref.realloc"] = { op in
    let (source, result) = (op.operand(0).type, op.result(0).type)
    if source.elementType != result.elementType {
      throw OpVerifyError(
        "source element type ('\(source.elementType.map { "\($0)" } ?? "")') does not match result element type ('\(result.elementType.map { "\($0)" } ?? "")')")
    }
    for t in [source, result] where (t.shape?.count ?? 1) != 1 {
      throw OpVerifyError("\(t == source ? "operand #0" : "result #0") must be 1D memref of any type values, but got '\(t)'")
    }
    if case .memref(_, _, let layout?, _) = source.kind, !isIdentityLayout(layout) {
      throw shapedOpError(op, "unsupported layout for source memref type '\(source)'")
    }
    if case .memref(_, _, let layout?, _) = result.kind, !isIdentityLayout(layout) {
      throw shapedOpError(op, "unsupported layout for result memref type '\(result)'")
    }
    if memorySpaceOf(source) != memorySpaceOf(result) {
      throw shapedOpError(op, "different memory spaces specified for source memref type '\(source)' and result memref type '\(result)'")
    }
    let dynamic = result.shape?.contains(kDynamic) ?? false
    if dynamic && op.numOperands < 2 {
      throw shapedOpError(op, "missing dimension operand for result type '\(result)'")
    }
    if !dynamic && op.numOperands > 1 {
      throw shapedOpError(op, "unnecessary dimension operand for result type '\(result)'")
    }
  }

  h.verifiers["memref.memory_space_cast"] = { op in
    let (a, b) = (op.operand(0).type, op.result(0).type)
    var compatible = false
    switch (a.kind, b.kind) {
    case (.memref(let sa, let ea, let la, _), .memref(let sb, let eb, let lb, _)):
      compatible = sa == sb && ea == eb && la == lb
    case (.unrankedMemref(let ea, _), .unrankedMemref(let eb, _)):
      compatible = ea == eb
    default: break
    }
    if !compatible { throw OpVerifyError("operand type '\(a)' and result type '\(b)' are cast incompatible") }
  }
}

/// AtomicRMWKind's cases by value (the I64EnumAttr order of ArithBase.td).
private let atomicKinds = [
  "addf", "addi", "andi", "assign", "maximumf", "maxnumf", "maxs", "maxu", "minimumf", "minnumf", "mins", "minu",
  "mulf", "muli", "ori", "xori",
]

private func isIdentityLayout(_ layout: Attribute) -> Bool {
  if case .affineMap(let m) = layout.kind { return m.isIdentity }
  return false
}

private func memorySpaceOf(_ t: Type) -> Attribute? {
  switch t.kind {
  case .memref(_, _, _, let s), .unrankedMemref(_, let s): return s
  default: return nil
  }
}

/// Appends `terminator` (no operands) to a region whose single block lacks
/// one, creating the block when the region is empty (ensureAllocaScopeTerminator).
private func ensureAllocaScopeTerminator(_ region: Region, _ terminator: String, context: MLIRContext, location: Location) {
  if region.blocks.isEmpty { region.append(Block()) }
  guard let block = region.blocks.last else { return }
  if let last = block.last, last.hasTrait(.isTerminator) { return }
  block.append(Operation(OperationState(context: context, name: terminator, location: location)))
}

// MARK: dma_start

/// The operand groups of a dma_start, split by the memref ranks.
private func dmaGroups(_ op: Operation) -> (src: Value, srcIdx: [Value], dst: Value, dstIdx: [Value], num: Value, tag: Value, tagIdx: [Value], strides: [Value])? {
  let v = op.operandValues
  guard v.count >= 4, let srcRank = v[0].type.shape?.count, v.count > srcRank + 3 else { return nil }
  let dstAt = srcRank + 1
  guard let dstRank = v[dstAt].type.shape?.count, v.count > dstAt + dstRank + 2 else { return nil }
  let numAt = dstAt + dstRank + 1
  let tagAt = numAt + 1
  guard let tagRank = v[tagAt].type.shape?.count, v.count >= tagAt + 1 + tagRank else { return nil }
  let end = tagAt + 1 + tagRank
  return (v[0], Array(v[1..<dstAt]), v[dstAt], Array(v[(dstAt + 1)..<numAt]), v[numAt], v[tagAt],
    Array(v[(tagAt + 1)..<end]), Array(v[end...]))
}

private func parseDmaStart(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let loc = p.currentLocation
  let src = try p.parseOperand()
  let srcIdx = try p.parseOperandList(.square)
  try p.parsePunctuation(",")
  let dst = try p.parseOperand()
  let dstIdx = try p.parseOperandList(.square)
  try p.parsePunctuation(",")
  let num = try p.parseOperand()
  try p.parsePunctuation(",")
  let tag = try p.parseOperand()
  let tagIdx = try p.parseOperandList(.square)
  var strides: [UnresolvedOperand] = []
  while p.parseOptionalPunctuation(",") { strides.append(try p.parseOperand()) }
  if !strides.isEmpty && strides.count != 2 { throw p.error(at: loc, "expected two stride related operands") }
  // DmaStartOp::parse reads no attribute dictionary (its printer writes one).
  let types = try p.parseColonTypeList()
  guard types.count == 3 else { throw p.error(at: loc, "fewer/more types expected") }
  let index = p.context.indexType
  func idx(_ list: [UnresolvedOperand]) throws -> [Value] {
    try p.resolveOperands(list, Array(repeating: index, count: list.count), at: loc)
  }
  state.operands = [try p.resolveOperand(src, types[0])] + (try idx(srcIdx))
    + [try p.resolveOperand(dst, types[1])] + (try idx(dstIdx))
    + [try p.resolveOperand(num, index), try p.resolveOperand(tag, types[2])] + (try idx(tagIdx)) + (try idx(strides))
}

private func printDmaStart(_ op: Operation, _ p: any OpAsmPrinter) {
  guard let g = dmaGroups(op) else { return }
  p.write(" ")
  p.printOperand(g.src)
  p.write("[")
  p.printOperands(g.srcIdx)
  p.write("], ")
  p.printOperand(g.dst)
  p.write("[")
  p.printOperands(g.dstIdx)
  p.write("], ")
  p.printOperand(g.num)
  p.write(", ")
  p.printOperand(g.tag)
  p.write("[")
  p.printOperands(g.tagIdx)
  p.write("]")
  if !g.strides.isEmpty {
    p.write(", ")
    p.printOperands(g.strides)
  }
  printShapedAttrDict(op, p)
  p.write(" : ")
  p.printTypeList([g.src.type, g.dst.type, g.tag.type])
}

/// DmaStartOp::verify.
private func verifyDmaStart(_ op: Operation) throws {
  let v = op.operandValues
  let n = v.count
  if n < 4 { throw OpVerifyError("expected at least 4 operands") }
  guard let srcRank = v[0].type.shape?.count, case .memref = v[0].type.kind else {
    throw OpVerifyError("expected source to be of memref type")
  }
  if n < srcRank + 4 { throw OpVerifyError("expected at least \(srcRank + 4) operands") }
  if !v[1..<(1 + srcRank)].allSatisfy({ $0.type.isIndex }) {
    throw OpVerifyError("expected source indices to be of index type")
  }
  let dstAt = srcRank + 1
  guard let dstRank = v[dstAt].type.shape?.count, case .memref = v[dstAt].type.kind else {
    throw OpVerifyError("expected destination to be of memref type")
  }
  var expected = srcRank + dstRank + 4
  if n < expected { throw OpVerifyError("expected at least \(expected) operands") }
  if !v[(dstAt + 1)..<(dstAt + 1 + dstRank)].allSatisfy({ $0.type.isIndex }) {
    throw OpVerifyError("expected destination indices to be of index type")
  }
  let numAt = dstAt + dstRank + 1
  if !v[numAt].type.isIndex { throw OpVerifyError("expected num elements to be of index type") }
  let tagAt = numAt + 1
  guard let tagRank = v[tagAt].type.shape?.count, case .memref = v[tagAt].type.kind else {
    throw OpVerifyError("expected tag to be of memref type")
  }
  expected += tagRank
  if n < expected { throw OpVerifyError("expected at least \(expected) operands") }
  if !v[(tagAt + 1)..<(tagAt + 1 + tagRank)].allSatisfy({ $0.type.isIndex }) {
    throw OpVerifyError("expected tag indices to be of index type")
  }
  if n != expected && n != expected + 2 { throw OpVerifyError("incorrect number of operands") }
  if n == expected + 2 && !(v[n - 2].type.isIndex && v[n - 1].type.isIndex) {
    throw OpVerifyError("expected stride and num elements per stride to be of type index")
  }
}
