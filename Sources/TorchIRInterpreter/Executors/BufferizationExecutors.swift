// bufferization: to_tensor, to_buffer, alloc_tensor, clone,
// materialize_in_destination, dealloc_tensor. The boundary between tensors
// (never written in place) and memrefs (written in place) copies, so that
// neither side can see the other's writes: to_tensor copies the memref's
// current contents, to_buffer gives a fresh buffer unless it is marked
// read_only (then a write through it is undefined in MLIR, and the view is
// shared).
//
// bufferization.dealloc (what ownership-based buffer deallocation inserts)
// frees each listed memref whose condition holds, unless it aliases (shares
// its Storage with) a retained memref, freeing each storage once; for each
// retained memref it gives whether it aliases a freed-if-owned one, i.e.
// whether ownership passes to it.

import TorchIRCore
import TorchIRDialects

func registerBufferizationExecutors(_ r: ExecutorRegistry) {
  r.register("bufferization.to_tensor") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    return copyKernel(op, ctx)
  }
  r.register("bufferization.clone") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    return copyKernel(op, ctx)
  }
  r.register("bufferization.to_buffer") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    if op.attr("read_only") != nil { return try prepareShapeCheckedAlias(op, ctx) }
    return copyKernel(op, ctx)
  }
  r.register("bufferization.alloc_tensor") { op, ctx in
    let groups = operandSegments(op, count: 3) ?? [op.operandValues, [], []]
    guard op.numResults == 1, groups[1].count <= 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    let e = try ctx.elementType(op.result(0).type, of: op)
    let sizes = ctx.slots(groups[0])
    let copy = groups[1].first.map { ctx.slot($0) }
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      if let copy {
        let b = try freshCopy(try shapedOperand(frame.slots[copy], loc), loc)
        try checkShape(b.shape, fits: shape, loc, "bufferization.alloc_tensor")
        frame.slots[res] = .buffer(b)
      } else {
        let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, "bufferization.alloc_tensor")
        frame.slots[res] = .buffer(try Buffer(allocating: e, shape: s, at: loc))
      }
      return .next
    }
  }
  r.register("bufferization.materialize_in_destination") { op, ctx in
    guard op.numOperands == 2, op.numResults <= 1 else { throw arityError(op) }
    let (src, dst) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let res = op.numResults == 1 ? ctx.slot(op.result(0)) : nil
    let loc = op.location
    let name = op.name.name
    return { frame in
      let s = try shapedOperand(frame.slots[src], loc)
      let d = try shapedOperand(frame.slots[dst], loc)
      guard s.shape == d.shape else {
        throw RuntimeFault.error(loc, "'\(name)' op: source of shape \(s.shape) and destination of shape \(d.shape) differ")
      }
      if let res {
        // A tensor destination: the result is the source's contents.
        frame.slots[res] = .buffer(try freshCopy(s, loc))
      } else {
        try copyElements(s, into: d, loc)
      }
      return .next
    }
  }
  r.register("bufferization.dealloc", prepareDealloc)
  r.register("bufferization.dealloc_tensor") { op, ctx in
    guard op.numOperands == 1 else { throw arityError(op) }
    let t = ctx.slot(op.operand(0))
    let loc = op.location
    return { frame in
      _ = try shapedOperand(frame.slots[t], loc)
      return .next
    }
  }
}

private func prepareDealloc(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard let g = operandSegments(op, count: 3), g[0].count == g[1].count, op.numResults == g[2].count else { throw arityError(op) }
  let (memrefs, conditions, retained) = (ctx.slots(g[0]), ctx.slots(g[1]), ctx.slots(g[2]))
  let results = ctx.slots(op.results.map { $0 })
  let loc = op.location
  return { frame in
    let kept = try retained.map { try shapedOperand(frame.slots[$0], loc).storage }
    var updated = [Bool](repeating: false, count: kept.count)
    var freed: [Storage] = []
    for (m, c) in zip(memrefs, conditions) where frame.slots[c].intBits & 1 != 0 {
      guard case .buffer(let b) = frame.slots[m] else { throw RuntimeFault.error(loc, "expected a memref value") }
      var aliased = false
      for (j, s) in kept.enumerated() where s === b.storage {
        updated[j] = true
        aliased = true
      }
      if !aliased && !freed.contains(where: { $0 === b.storage }) {
        if b.storage.isDeallocated {
          throw RuntimeFault.error(loc, "'bufferization.dealloc' op: a buffer was already deallocated")
        }
        freed.append(b.storage)
      }
    }
    for s in freed { s.deallocate() }
    for (r, u) in zip(results, updated) { frame.slots[r] = .int(u ? 1 : 0) }
    return .next
  }
}

/// A kernel whose result is a row-major copy of its operand.
private func copyKernel(_ op: Operation, _ ctx: PrepareContext) -> Kernel {
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  return { frame in
    frame.slots[res] = .buffer(try freshCopy(try shapedOperand(frame.slots[src], loc), loc))
    return .next
  }
}
