// tensor: empty, dim, rank, cast, extract, insert, extract_slice,
// insert_slice, from_elements, splat, generate, pad, reshape, expand_shape,
// collapse_shape, concat, bitcast, yield. Tensors have value semantics: an
// op that changes elements (insert, insert_slice, pad, ...) writes a new
// buffer; ops that only relabel elements (cast, reshape, expand/collapse of
// a row-major tensor, bitcast) share the operand's storage, which is safe
// because no tensor op writes into a tensor it did not allocate. A slice is
// copied out, so that a small slice does not keep a large tensor alive.
//
// MLIR's undefined cases, here: tensor.empty is zero-filled; an index or a
// slice outside the source, a dim index outside the rank, a negative size
// or padding, and a cast, reshape or expand_shape whose run-time shape
// contradicts the result type are located faults. A slice may have any
// stride (negative or zero too) as long as every element it reaches is
// inside the source; a slice of size 0 reaches none.

import TorchIRCore
import TorchIRDialects

func registerTensorExecutors(_ r: ExecutorRegistry) {
  r.register("tensor.yield") { op, ctx in
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
  r.register("tensor.empty") { op, ctx in
    guard op.numResults == 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    let e = try ctx.elementType(op.result(0).type, of: op)
    let sizes = ctx.slots(op.operandValues)
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, "tensor.empty")
      frame.slots[res] = .buffer(try Buffer(allocating: e, shape: s, at: loc))
      return .next
    }
  }
  r.register("tensor.dim", prepareDim)
  r.register("tensor.rank", prepareRank)
  r.register("tensor.cast") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    return try prepareShapeCheckedAlias(op, ctx)
  }
  r.register("tensor.extract") { op, ctx in
    guard op.numOperands >= 1, op.numResults == 1 else { throw arityError(op) }
    _ = try ctx.elementType(op.operand(0).type, of: op)
    let t = ctx.slot(op.operand(0))
    let indices = ctx.slots(Array(op.operandValues.dropFirst()))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[t], loc)
      let p = try b.position(of: indices.map { indexValue(frame.slots[$0]) }, at: loc)
      frame.slots[res] = b.load(p)
      return .next
    }
  }
  r.register("tensor.insert") { op, ctx in
    guard op.numOperands >= 2, op.numResults == 1 else { throw arityError(op) }
    _ = try ctx.elementType(op.operand(1).type, of: op)
    let (v, t) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let indices = ctx.slots(Array(op.operandValues.dropFirst(2)))
    let res = ctx.slot(op.result(0))
    let carriedInit = loopCarriedInit(op, dest: op.operand(1), ctx)
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[t], loc)
      let idx = indices.map { indexValue(frame.slots[$0]) }
      let p = try b.position(of: idx, at: loc)
      if let carriedInit, ownsCarried(b, frame.slots[carriedInit]) {
        b.store(p, frame.slots[v])
        frame.slots[res] = .buffer(b)
        return .next
      }
      let out = try freshCopy(b, loc)
      out.store(try out.position(of: idx, at: loc), frame.slots[v])
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.extract_slice") { op, ctx in
    let g = try segments(op, 4)
    guard g[0].count == 1, op.numResults == 1 else { throw arityError(op) }
    let slice = try SliceParameters(op, g, ctx)
    let keep = try slice.keepMask(op.result(0).type, op)
    let src = ctx.slot(g[0][0])
    let res = ctx.slot(op.result(0))
    let loc = op.location
    let name = op.name.name
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      let view = try dropDims(slice.view(of: b, frame, loc, name), keep: keep, loc, name)
      frame.slots[res] = .buffer(try freshCopy(view, loc))
      return .next
    }
  }
  r.register("tensor.insert_slice") { op, ctx in
    let g = try segments(op, 5)
    guard g[0].count == 1, g[1].count == 1, op.numResults == 1 else { throw arityError(op) }
    let slice = try SliceParameters(op, g, ctx)
    let keep = try slice.keepMask(g[0][0].type, op)
    let (src, dst) = (ctx.slot(g[0][0]), ctx.slot(g[1][0]))
    let res = ctx.slot(op.result(0))
    let carriedInit = loopCarriedInit(op, dest: g[1][0], ctx)
    let loc = op.location
    let name = op.name.name
    return { frame in
      let s = try shapedOperand(frame.slots[src], loc)
      let d = try shapedOperand(frame.slots[dst], loc)
      let owned = carriedInit.map { ownsCarried(d, frame.slots[$0]) && s.storage !== d.storage } ?? false
      let out = owned ? d : try freshCopy(d, loc)
      let view = try dropDims(slice.view(of: out, frame, loc, name), keep: keep, loc, name)
      try insertIntoView(s, view, loc, name)
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.from_elements") { op, ctx in
    guard op.numResults == 1, let count = op.result(0).type.staticElementCount, count == op.numOperands else {
      throw arityError(op)
    }
    let shape = try rankedShape(op.result(0).type, of: op).map { Int($0) }
    let e = try ctx.elementType(op.result(0).type, of: op)
    let elements = ctx.slots(op.operandValues)
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let out = try Buffer(allocating: e, shape: shape, at: loc)
      for (i, s) in elements.enumerated() { out.store(i, frame.slots[s]) }
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.splat") { op, ctx in
    guard op.numOperands >= 1, op.numResults == 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    let e = try ctx.elementType(op.result(0).type, of: op)
    let v = ctx.slot(op.operand(0))
    let sizes = ctx.slots(Array(op.operandValues.dropFirst()))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, "tensor.splat")
      let out = try Buffer(allocating: e, shape: s, at: loc)
      let value = frame.slots[v]
      for i in 0..<out.count { out.store(i, value) }
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.generate") { op, ctx in
    guard op.numResults == 1, op.regions.count == 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    let e = try ctx.elementType(op.result(0).type, of: op)
    let sizes = ctx.slots(op.operandValues)
    let body = try ctx.prepareRegion(op.region(0))
    let args = body.entryArgumentSlots
    guard args.count == shape.count else { throw arityError(op) }
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, "tensor.generate")
      let out = try Buffer(allocating: e, shape: s, at: loc)
      try fillFromRegion(out, body, args, frame, loc)
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.pad", preparePad)
  r.register("tensor.reshape") { op, ctx in
    guard op.numOperands == 2, op.numResults == 1 else { throw arityError(op) }
    let expected = try rankedShape(op.result(0).type, of: op)
    let (src, shp) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      let s = try shapedOperand(frame.slots[shp], loc)
      var shape: [Int] = []
      s.forEachPosition { p in shape.append(indexValue(s.load(p))) }
      try checkShape(shape, fits: expected, loc, "tensor.reshape")
      frame.slots[res] = .buffer(try reshaped(b, to: shape, loc, "tensor.reshape"))
      return .next
    }
  }
  r.register("tensor.expand_shape", prepareExpandShape)
  r.register("tensor.collapse_shape", prepareCollapseShape)
  r.register("tensor.concat") { op, ctx in
    guard op.numOperands >= 1, op.numResults == 1, let dimAttr = op.attr("dim")?.integerValue?.asInt64 else {
      throw arityError(op)
    }
    let expected = try rankedShape(op.result(0).type, of: op)
    let dim = Int(dimAttr)
    guard dim >= 0 && dim < expected.count else { throw arityError(op) }
    let e = try ctx.elementType(op.result(0).type, of: op)
    let inputs = ctx.slots(op.operandValues)
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let bs = try inputs.map { try shapedOperand(frame.slots[$0], loc) }
      for (k, b) in bs.enumerated() where b.rank != expected.count {
        throw RuntimeFault.error(loc, "'tensor.concat' op: input #\(k) has rank \(b.rank), expected \(expected.count)")
      }
      var shape = bs[0].shape
      shape[dim] = 0
      for (k, b) in bs.enumerated() {
        for d in 0..<shape.count where d != dim && b.shape[d] != shape[d] {
          throw RuntimeFault.error(
            loc, "'tensor.concat' op: input #\(k) of shape \(b.shape) does not match input #0 of shape \(bs[0].shape) in dimension \(d)")
        }
        shape[dim] += b.shape[dim]
      }
      try checkShape(shape, fits: expected, loc, "tensor.concat")
      let out = try Buffer(allocating: e, shape: shape, at: loc)
      var at = 0
      for b in bs {
        var offsets = [Int](repeating: 0, count: shape.count)
        offsets[dim] = at
        var sizes = shape
        sizes[dim] = b.shape[dim]
        let view = try sliceView(
          out, offsets: offsets, sizes: sizes, strides: [Int](repeating: 1, count: shape.count), loc, "tensor.concat")
        try copyElements(b, into: view, loc)
        at += b.shape[dim]
      }
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.bitcast") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    let from = try ctx.elementType(op.operand(0).type, of: op)
    let to = try ctx.elementType(op.result(0).type, of: op)
    guard from.bitWidth == to.bitWidth else { throw arityError(op) }
    let expected = try rankedShape(op.result(0).type, of: op)
    let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      try checkShape(b.shape, fits: expected, loc, "tensor.bitcast")
      frame.slots[res] = .buffer(
        Buffer(storage: b.storage, elementType: to, shape: b.shape, strides: b.strides, offset: b.offset))
      return .next
    }
  }
}

// MARK: Loop-carried tensors

/// When `op` updates the tensor an enclosing scf.for carries (`dest` is the
/// loop's iter_arg k, used by `op` only, and `op`'s result is used only as
/// the value yielded for k), the slot of the loop's initial value k. From
/// the second iteration on, `dest` is then a buffer that `op` itself made
/// in this run of the loop and that no other value can see, so `op` may
/// update it in place instead of copying it (see `ownsCarried`).
func loopCarriedInit(_ op: Operation, dest: Value, _ ctx: PrepareContext) -> Int? {
  guard let arg = dest as? BlockArgument, arg.index >= 1, arg.hasOneUse, let loop = arg.owner.parentOp,
    loop.name.name == "scf.for", loop.region(0).entryBlock === arg.owner, op.block === arg.owner,
    op.numResults == 1, op.result(0).hasOneUse, let use = op.result(0).uses.first(where: { _ in true }),
    use.owner.name.name == "scf.yield", use.owner.block === arg.owner, use.index == arg.index - 1,
    loop.numOperands > 2 + arg.index
  else { return nil }
  return ctx.slot(loop.operand(2 + arg.index))
}

/// Whether the carried buffer `b` is one the loop made (not its initial
/// value's storage, which other values may still see) and row-major, as
/// the copies it makes are.
@inline(__always) func ownsCarried(_ b: Buffer, _ initial: RuntimeValue) -> Bool {
  guard case .buffer(let i) = initial else { return false }
  return i.storage !== b.storage && b.isContiguousRowMajor
}

// MARK: Shared with memref

/// tensor.dim / memref.dim: an index outside the rank is a fault.
func prepareDim(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.numOperands == 2, op.numResults == 1 else { throw arityError(op) }
  let (src, idx, res) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
  let loc = op.location
  let name = op.name.name
  return { frame in
    let b = try shapedOperand(frame.slots[src], loc)
    let d = indexValue(frame.slots[idx])
    guard d >= 0 && d < b.rank else {
      throw RuntimeFault.error(loc, "'\(name)' op: dimension index \(d) is out of range for rank \(b.rank)")
    }
    frame.slots[res] = .int(UInt64(b.shape[d]))
    return .next
  }
}

func prepareRank(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  return { frame in
    frame.slots[res] = .int(UInt64(try shapedOperand(frame.slots[src], loc).rank))
    return .next
  }
}

/// A cast: the operand itself, checked against the static dims of the
/// result type (a mismatch is undefined in MLIR; here it is a fault).
func prepareShapeCheckedAlias(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  let name = op.name.name
  let expected: [Int64]? = op.result(0).type.shape
  return { frame in
    let b = try shapedOperand(frame.slots[src], loc)
    if let expected { try checkShape(b.shape, fits: expected, loc, name) }
    frame.slots[res] = .buffer(b)
    return .next
  }
}

/// Writes into every element of `out` (row-major) what `body` yields for
/// its indices (tensor.generate, tensor.pad).
private func fillFromRegion(
  _ out: Buffer, _ body: PreparedRegion, _ args: [Int], _ frame: Frame, _ loc: Location
) throws {
  let rank = out.rank
  let n = out.count
  if n == 0 { return }
  var index = [Int](repeating: 0, count: rank)
  for i in 0..<n {
    for d in 0..<rank { frame.slots[args[d]] = .int(UInt64(index[d])) }
    try body.execute(frame)
    guard frame.results.count == 1 else {
      throw RuntimeFault.error(loc, "region yielded \(frame.results.count) values, expected 1")
    }
    out.store(i, frame.results[0])
    var d = rank - 1
    while d >= 0 {
      index[d] += 1
      if index[d] < out.shape[d] { break }
      index[d] = 0
      d -= 1
    }
  }
}

private func preparePad(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let g = try segments(op, 3)
  guard g[0].count == 1, op.numResults == 1, op.regions.count == 1 else { throw arityError(op) }
  let low = try mixedIndexList(op, "static_low", g[1], ctx)
  let high = try mixedIndexList(op, "static_high", g[2], ctx)
  let expected = try rankedShape(op.result(0).type, of: op)
  guard low.count == expected.count, high.count == expected.count else { throw arityError(op) }
  let e = try ctx.elementType(op.result(0).type, of: op)
  let body = try ctx.prepareRegion(op.region(0))
  let args = body.entryArgumentSlots
  guard args.count == expected.count else { throw arityError(op) }
  // A padding value that does not depend on the indices is computed once.
  let constantPadding = op.region(0).entryBlock?.arguments.allSatisfy { $0.useEmpty } ?? true
  let (src, res) = (ctx.slot(g[0][0]), ctx.slot(op.result(0)))
  let loc = op.location
  return { frame in
    let b = try shapedOperand(frame.slots[src], loc)
    let lo = low.values(frame), hi = high.values(frame)
    guard b.rank == lo.count else {
      throw RuntimeFault.error(loc, "'tensor.pad' op: a source of rank \(b.rank) for \(lo.count) padding sizes")
    }
    var shape: [Int] = []
    for d in 0..<b.rank {
      guard lo[d] >= 0, hi[d] >= 0 else {
        throw RuntimeFault.error(loc, "'tensor.pad' op: negative padding \(lo[d]), \(hi[d]) in dimension \(d)")
      }
      shape.append(lo[d] + b.shape[d] + hi[d])
    }
    try checkShape(shape, fits: expected, loc, "tensor.pad")
    let out = try Buffer(allocating: e, shape: shape, at: loc)
    if constantPadding {
      for a in args { frame.slots[a] = .int(0) }
      try body.execute(frame)
      guard frame.results.count == 1 else {
        throw RuntimeFault.error(loc, "region yielded \(frame.results.count) values, expected 1")
      }
      let v = frame.results[0]
      for i in 0..<out.count { out.store(i, v) }
    } else {
      try fillFromRegion(out, body, args, frame, loc)
    }
    let interior = try sliceView(
      out, offsets: lo, sizes: b.shape, strides: [Int](repeating: 1, count: b.rank), loc, "tensor.pad")
    try copyElements(b, into: interior, loc)
    frame.slots[res] = .buffer(out)
    return .next
  }
}

/// tensor/memref.expand_shape: a view of the source (a row-major copy
/// first, for a tensor that is not row-major).
func prepareExpandShape(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.numOperands >= 1, op.numResults == 1 else { throw arityError(op) }
  let resultShape = try rankedShape(op.result(0).type, of: op)
  let groups = try reassociation(op, expandedRank: resultShape.count)
  let outputShape = try mixedIndexList(op, "static_output_shape", Array(op.operandValues.dropFirst()), ctx)
  guard outputShape.count == resultShape.count else { throw arityError(op) }
  let isTensor = op.result(0).type.isTensor
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  let name = op.name.name
  return { frame in
    var b = try shapedOperand(frame.slots[src], loc)
    if isTensor { b = try b.contiguous(at: loc) }
    let shape = outputShape.values(frame)
    for (d, n) in shape.enumerated() where n < 0 {
      throw RuntimeFault.error(loc, "'\(name)' op: negative output size \(n) in dimension \(d)")
    }
    try checkShape(shape, fits: resultShape, loc, name)
    frame.slots[res] = .buffer(try expandedView(b, groups: groups, shape: shape, loc, name))
    return .next
  }
}

/// tensor/memref.collapse_shape: a view of the source when its groups are
/// contiguous (always, after a row-major copy, for a tensor).
func prepareCollapseShape(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
  let sourceShape = try rankedShape(op.operand(0).type, of: op)
  let groups = try reassociation(op, expandedRank: sourceShape.count)
  let resultShape = try rankedShape(op.result(0).type, of: op)
  guard groups.count == resultShape.count else { throw arityError(op) }
  let isTensor = op.result(0).type.isTensor
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  let name = op.name.name
  return { frame in
    var b = try shapedOperand(frame.slots[src], loc)
    if isTensor { b = try b.contiguous(at: loc) }
    let view = try collapsedView(b, groups: groups, loc, name)
    try checkShape(view.shape, fits: resultShape, loc, name)
    frame.slots[res] = .buffer(view)
    return .next
  }
}
