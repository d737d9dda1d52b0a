// bufferization: to_tensor, to_buffer, alloc_tensor, clone,
// materialize_in_destination, dealloc_tensor. The boundary between tensors
// (never written in place) and memrefs (written in place) copies, so that
// neither side can see the other's writes: to_tensor copies the memref's
// current contents, to_buffer gives a fresh buffer unless it is marked
// read_only (then a write through it is undefined in MLIR, and the view is
// shared).

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
    let groups = try operandSegments(op, count: 3) ?? [op.operandValues, [], []]
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

/// A kernel whose result is a row-major copy of its operand.
private func copyKernel(_ op: Operation, _ ctx: PrepareContext) -> Kernel {
  let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
  let loc = op.location
  return { frame in
    frame.slots[res] = .buffer(try freshCopy(try shapedOperand(frame.slots[src], loc), loc))
    return .next
  }
}
