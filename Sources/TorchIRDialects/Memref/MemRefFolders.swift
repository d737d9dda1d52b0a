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
    // An identity cast is its source (foldCastInterfaceOp); otherwise a
    // cast of a cast takes the inner source (foldMemRefCast).
    if op.operand(0).type == op.result(0).type { return [.value(op.operand(0))] }
    return foldMemRefCast(op) ? [] : nil
  }
  h.folders["memref.load"] = { op, _ in foldMemRefCast(op) ? [] : nil }
  h.folders["memref.dealloc"] = { op, _ in foldMemRefCast(op) ? [] : nil }
  h.folders["memref.prefetch"] = { op, _ in foldMemRefCast(op) ? [] : nil }
  h.folders["memref.store"] = { op, _ in op.numOperands > 0 && foldMemRefCast(op, except: op.operand(0)) ? [] : nil }
  h.folders["memref.atomic_rmw"] = { op, _ in op.numOperands > 0 && foldMemRefCast(op, except: op.operand(0)) ? [] : nil }
  h.folders["memref.copy"] = { op, _ in
    // CopyOp::fold: only casts that keep static information fold.
    var folded = false
    for i in 0..<op.numOperands {
      if let def = op.operand(i).definingOp, def.name.name == "memref.cast", castFoldsIntoConsumer(def) {
        op.setOperand(i, def.operand(0))
        folded = true
      }
    }
    return folded ? [] : nil
  }
  h.folders["memref.subview"] = foldSubView
  h.folders["memref.reinterpret_cast"] = foldReinterpretCast
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
  if let index = shapedConstantIndex(operands[1]), let shape = op.operand(0).type.shape, index >= 0,
    index < Int64(shape.count)
  {
    let i = Int(index)
    if shape[i] != kDynamic { return [.attribute(op.context.integerAttr(shape[i], op.context.indexType))] }
    let k = shape[..<i].filter { $0 == kDynamic }.count
    if let def = op.operand(0).definingOp, def.name.name == "memref.alloc" || def.name.name == "memref.alloca",
      let g = operandSegments(def, count: 2)
    {
      if k < g[0].count { return [.value(g[0][k])] }
    }
    // A view's sizes follow its source and byte shift.
    if let def = op.operand(0).definingOp, def.name.name == "memref.view", k + 2 < def.numOperands {
      return [.value(def.operand(k + 2))]
    }
  }
  if let source = castSource(op.operand(0)) {
    op.setOperand(0, source)
    return []
  }
  return nil
}

/// foldMemRefCast: operands defined by a memref.cast of a ranked memref
/// take the cast's source (all but `except`); true when one changed.
func foldMemRefCast(_ op: Operation, except: Value? = nil) -> Bool {
  var folded = false
  for i in 0..<op.numOperands {
    let v = op.operand(i)
    if let except, v === except { continue }
    if let source = castSource(v) {
      op.setOperand(i, source)
      folded = true
    }
  }
  return folded
}

/// CastOp::canFoldIntoConsumerOp: a cast between ranked strided memrefs of
/// the same element type and rank that only makes sizes, offset or strides
/// less static.
func castFoldsIntoConsumer(_ cast: Operation) -> Bool {
  guard cast.numOperands == 1, cast.numResults == 1 else { return false }
  let (source, result) = (cast.operand(0).type, cast.result(0).type)
  guard case .memref(let ss, let se, _, _) = source.kind, case .memref(let rs, let re, _, _) = result.kind,
    se == re, ss.count == rs.count,
    let (sStrides, sOffset) = memrefStridesAndOffset(source), let (rStrides, rOffset) = memrefStridesAndOffset(result)
  else { return false }
  func moreStatic(_ a: Int64, _ b: Int64) -> Bool { a != b && a == kDynamic && b != kDynamic }
  if zip(ss, rs).contains(where: moreStatic) { return false }
  if moreStatic(sOffset, rOffset) { return false }
  return !zip(sStrides, rStrides).contains(where: moreStatic)
}

/// SubViewOp::fold: a subview whose type is its static source type, or a subview of a subview
/// with the same sizes, zero offsets and unit strides, is its source.
private func foldSubView(_ op: Operation, _ operands: [Attribute?]) -> [OpFoldResult]? {
  guard op.numOperands >= 1, op.numResults == 1 else { return nil }
  let (source, result) = (op.operand(0).type, op.result(0).type)
  if result == source && result.hasStaticShape { return [.value(op.operand(0))] }
  if let inner = op.operand(0).definingOp, inner.name.name == "memref.subview", result == source,
    let mine = subviewMixed(op), let theirs = subviewMixed(inner),
    mine[0].allSatisfy({ $0 == .constant(0) }), mine[2].allSatisfy({ $0 == .constant(1) }), mine[1] == theirs[1]
  {
    return [.value(op.operand(0))]
  }
  return nil
}

/// The offsets, sizes and strides of a subview-like op as mixed lists.
func subviewMixed(_ op: Operation) -> [[MixedIndex]]? {
  guard let lists = sliceLists(op, leading: 1),
    let o = denseI64ArrayValues(op.attr("static_offsets")).flatMap({ mixedIndices($0, lists.offsets) }),
    let s = denseI64ArrayValues(op.attr("static_sizes")).flatMap({ mixedIndices($0, lists.sizes) }),
    let st = denseI64ArrayValues(op.attr("static_strides")).flatMap({ mixedIndices($0, lists.strides) })
  else { return nil }
  return [o, s, st]
}

// MARK: Canonicalization patterns

func installMemRefPatterns(_ context: MLIRContext) {
  context.registeredOperation("memref.copy")?.info?.canonicalizationPatterns += [
    ClosurePattern("memref.copy", name: "FoldSelfCopy") { op, rewriter in
      guard op.numOperands == 2, op.operand(0) === op.operand(1) else { return false }
      rewriter.eraseOp(op)
      return true
    },
    ClosurePattern("memref.copy", name: "FoldEmptyCopy") { op, rewriter in
      guard op.numOperands == 2,
        op.operandTypes.contains(where: { $0.shape?.contains(0) == true })
      else { return false }
      rewriter.eraseOp(op)
      return true
    },
  ]
  context.registeredOperation("memref.view")?.info?.canonicalizationPatterns += [
    ClosurePattern("memref.view", name: "ViewOpShapeFolder", viewConstantSizes)
  ]
  for name in ["memref.collapse_shape", "memref.expand_shape"] {
    context.registeredOperation(name)?.info?.canonicalizationPatterns += [
      ClosurePattern(name, name: "ComposeReassociativeReshapeOps") { op, rewriter in composeReshapes(op, rewriter) }
    ]
  }
  installReshapeCompositionPatterns(context, dialect: "memref")
  installSubViewPatterns(context)
  installMemRefMetadataPatterns(context)
  for name in ["memref.alloc", "memref.alloca"] {
    context.registeredOperation(name)?.info?.canonicalizationPatterns += [
      ClosurePattern(name, name: "SimplifyAllocConst", simplifyAllocConst),
      ClosurePattern(name, name: "SimplifyDeadAlloc", simplifyDeadAlloc),
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

/// Constant non-negative dynamic sizes of an alloc/alloca become static; a
/// memref.cast restores the original type (SimplifyAllocConst).
private func simplifyAllocConst(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numResults == 1, let g = operandSegments(op, count: 2),
    case .memref(let shape, let element, let layout, let space) = op.result(0).type.kind,
    dynamicCount(shape) == g[0].count,
    g[0].contains(where: { (shapedConstantIndex(of: $0) ?? -1) >= 0 })
  else { return false }
  var newShape: [Int64] = []
  var sizes: [Value] = []
  var k = 0
  for d in shape {
    if d != kDynamic {
      newShape.append(d)
      continue
    }
    let v = g[0][k]
    k += 1
    if let c = shapedConstantIndex(of: v), c >= 0 {
      newShape.append(c)
    } else {
      newShape.append(kDynamic)
      sizes.append(v)
    }
  }
  let ctx = op.context
  var state = OperationState(context: ctx, name: op.name.name, location: op.location)
  state.operands = sizes + g[1]
  state.resultTypes = [ctx.type(.memref(shape: newShape, element: element, layout: layout, memorySpace: space))]
  state.attributes = shapedOpAttributes(op).filter { $0.name != "operandSegmentSizes" }
  state.addAttribute("operandSegmentSizes", denseI32ArrayAttr(ctx, [sizes.count, g[1].count]))
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  var cast = OperationState(context: ctx, name: "memref.cast", location: op.location)
  cast.operands = [newOp.result(0)]
  cast.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}

/// Constant dynamic sizes of a view become static; a cast restores the
/// original type (ViewOpShapeFolder).
private func viewConstantSizes(_ op: Operation, _ rewriter: PatternRewriter) -> Bool {
  guard op.numOperands >= 2, op.numResults == 1,
    case .memref(let shape, let element, let layout, let space) = op.result(0).type.kind,
    dynamicCount(shape) == op.numOperands - 2
  else { return false }
  var newShape: [Int64] = []
  var sizes: [Value] = []
  var k = 2
  for d in shape {
    if d != kDynamic {
      newShape.append(d)
      continue
    }
    let v = op.operand(k)
    k += 1
    if let c = shapedConstantIndex(of: v), v.type.isIndex {
      newShape.append(c)
    } else {
      newShape.append(kDynamic)
      sizes.append(v)
    }
  }
  guard newShape != shape else { return false }
  let ctx = op.context
  var state = OperationState(context: ctx, name: "memref.view", location: op.location)
  state.operands = [op.operand(0), op.operand(1)] + sizes
  state.resultTypes = [ctx.type(.memref(shape: newShape, element: element, layout: layout, memorySpace: space))]
  state.attributes = shapedOpAttributes(op)
  rewriter.setInsertionPoint(before: op)
  let newOp = rewriter.create(state)
  var cast = OperationState(context: ctx, name: "memref.cast", location: op.location)
  cast.operands = [newOp.result(0)]
  cast.resultTypes = op.resultTypes
  _ = rewriter.replaceOp(op, withNew: cast)
  return true
}
