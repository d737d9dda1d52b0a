// Folders of the memref ops (MemRefOps.cpp): dim of static sizes and of
// alloc/alloca sizes, rank of ranked memrefs, identity casts, subviews and
// reshapes, and folding a memref.cast into the ops that use it
// (foldMemRefCast) where MLIR does.

import TorchIRCore

func installMemRefFolders(_ h: inout DialectHooks) {
  h.folders["memref.dim"] = foldMemRefDim
  h.folders["memref.rank"] = { op, _ in
    guard let s = op.operand(0).type.shape else { return nil }
    return [.attribute(op.context.integerAttr(Int64(s.count), op.context.indexType))]
  }
  h.folders["memref.cast"] = { op, _ in
    op.operand(0).type == op.result(0).type ? [.value(op.operand(0))] : nil
  }
  h.folders["memref.subview"] = { op, _ in
    let (source, result) = (op.operand(0).type, op.result(0).type)
    return result.hasStaticShape && result == source ? [.value(op.operand(0))] : nil
  }
  for (name, inverse) in [("memref.collapse_shape", "memref.expand_shape"), ("memref.expand_shape", "memref.collapse_shape")] {
    h.folders[name] = { op, _ in
      guard op.numOperands >= 1, op.numResults == 1 else { return nil }
      let result = op.result(0).type
      if op.operand(0).type == result { return [.value(op.operand(0))] }
      if let def = op.operand(0).definingOp, def.name.name == inverse, def.numOperands >= 1,
        def.operand(0).type == result
      {
        return [.value(def.operand(0))]
      }
      return nil
    }
  }
}

/// The source of a memref.cast from a ranked memref that `v` is the result
/// of, when folding it into a user keeps the IR valid (foldMemRefCast).
private func castSource(_ v: Value) -> Value? {
  guard let def = v.definingOp, def.name.name == "memref.cast", def.numOperands == 1,
    case .memref = def.operand(0).type.kind
  else { return nil }
  return def.operand(0)
}

/// DimOp::fold: a static size, a dynamic size of alloc/alloca, or the dim
/// of a cast's source.
private func foldMemRefDim(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands == 2 else { return nil }
  if let index = constantIndex(operands[1]), let shape = op.operand(0).type.shape, index >= 0,
    index < Int64(shape.count)
  {
    let i = Int(index)
    if shape[i] != kDynamic { return [.attribute(op.context.integerAttr(shape[i], op.context.indexType))] }
    if let def = op.operand(0).definingOp, def.name.name == "memref.alloc" || def.name.name == "memref.alloca",
      let g = operandSegments(def, count: 2)
    {
      let k = shape[..<i].filter { $0 == kDynamic }.count
      if k < g[0].count { return [.value(g[0][k])] }
    }
  }
  if let source = castSource(op.operand(0)) {
    op.setOperand(0, source)
    return []
  }
  return nil
}

// MARK: Canonicalization patterns

func installMemRefPatterns(_ context: MLIRContext) {
  for name in ["memref.alloc", "memref.alloca"] {
    context.registeredOperation(name)?.info?.canonicalizationPatterns += [
      ClosurePattern(name, name: "SimplifyDeadAlloc", simplifyDeadAlloc)
    ]
  }
}

/// An allocation only deallocated or stored into (never stored as a value,
/// never read) is erased with those users (SimplifyDeadAlloc).
private func simplifyDeadAlloc(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1 else { return false }
  let alloc = op.result(0)
  var users: [Operation] = []
  for use in alloc.uses {
    let user = use.owner
    switch user.name.name {
    case "memref.dealloc": break
    case "memref.store" where user.numOperands >= 2 && user.operand(0) !== alloc: break
    default: return false
    }
    if !users.contains(where: { $0 === user }) { users.append(user) }
  }
  for u in users { rewriter.eraseOp(u) }
  rewriter.eraseOp(op)
  return true
}
