// tensor.gather and tensor.scatter. The last dim of `indices` holds one
// coordinate per dim of `gather_dims` / `scatter_dims`; every other dim of
// `indices` is a batch dim. For each batch point, the slice of the source
// (gather) or destination (scatter) with those dims fixed at the
// coordinates and the other dims whole is copied to or from the batch
// point's slab of the batched tensor. Whether the batched tensor keeps the
// fixed dims as 1s or drops them does not change its row-major order, so
// both forms are one loop. A coordinate outside its dim is a fault.

import TorchIRCore
import TorchIRDialects

func registerTensorGatherScatterExecutors(_ r: ExecutorRegistry) {
  r.register("tensor.gather") { op, ctx in
    guard op.numOperands == 2, op.numResults == 1, let dims = denseI64ArrayValues(op.attr("gather_dims")) else {
      throw arityError(op)
    }
    let e = try ctx.elementType(op.result(0).type, of: op)
    let indexType = try ctx.elementType(op.operand(1).type, of: op)
    let (src, idx, res) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
    let expected = try rankedShape(op.result(0).type, of: op)
    let loc = op.location
    return { frame in
      let source = try shapedOperand(frame.slots[src], loc)
      let points = try coordinates(frame.slots[idx], indexType, dims.count, loc, "tensor.gather")
      let slab = slabShape(source.shape, dims)
      let keptRank = points.batch.count + source.rank
      let shape = points.batch + (expected.count == keptRank ? slab : droppedShape(source.shape, dims))
      try checkShape(shape, fits: expected, loc, "tensor.gather")
      let out = try Buffer(allocating: e, shape: shape, at: loc)
      let rest = slab.reduce(1, *)
      for (b, c) in points.values.enumerated() {
        let from = try slabView(source, dims, c, loc, "tensor.gather")
        let to = Buffer(storage: out.storage, elementType: e, shape: slab, strides: rowMajorStrides(slab), offset: b * rest)
        try copyElements(from, into: to, loc)
      }
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  r.register("tensor.scatter") { op, ctx in
    guard op.numOperands == 3, op.numResults == 1, let dims = denseI64ArrayValues(op.attr("scatter_dims")) else {
      throw arityError(op)
    }
    let indexType = try ctx.elementType(op.operand(2).type, of: op)
    let (src, dst, idx) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.operand(2)))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let source = try shapedOperand(frame.slots[src], loc).contiguous(at: loc)
      let out = try freshCopy(try shapedOperand(frame.slots[dst], loc), loc)
      let points = try coordinates(frame.slots[idx], indexType, dims.count, loc, "tensor.scatter")
      let slab = slabShape(out.shape, dims)
      let rest = slab.reduce(1, *)
      let kept = points.batch + slab
      let dropped = points.batch + droppedShape(out.shape, dims)
      guard source.shape == kept || source.shape == dropped else {
        throw RuntimeFault.error(
          loc, "'tensor.scatter' op: source of shape \(source.shape) does not match \(kept) (indices and destination)")
      }
      for (b, c) in points.values.enumerated() {
        let to = try slabView(out, dims, c, loc, "tensor.scatter")
        let from = Buffer(
          storage: source.storage, elementType: source.elementType, shape: slab, strides: rowMajorStrides(slab),
          offset: b * rest)
        try copyElements(from, into: to, loc)
      }
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
}

/// The coordinates in an indices tensor: its batch shape and one list of
/// `n` signed coordinates per batch point, row-major.
private func coordinates(
  _ v: RuntimeValue, _ e: ElementType, _ n: Int, _ loc: Location, _ name: String
) throws -> (batch: [Int], values: [[Int]]) {
  let b = try shapedOperand(v, loc).contiguous(at: loc)
  guard let last = b.shape.last, last == n else {
    throw RuntimeFault.error(loc, "'\(name)' op: indices of shape \(b.shape) do not end in \(n) coordinates")
  }
  var values: [[Int]] = []
  var i = 0
  while i < b.count {
    values.append((0..<n).map { k in Int(signExtend(b.load(i + k).intBits, e.bitWidth)) })
    i += n
  }
  return (Array(b.shape.dropLast()), values)
}

/// `shape` with the dims of `dims` set to 1.
private func slabShape(_ shape: [Int], _ dims: [Int64]) -> [Int] {
  var s = shape
  for d in dims where Int(d) < s.count && d >= 0 { s[Int(d)] = 1 }
  return s
}

/// `shape` without the dims of `dims`.
private func droppedShape(_ shape: [Int], _ dims: [Int64]) -> [Int] {
  shape.enumerated().filter { !dims.contains(Int64($0.offset)) }.map { $0.element }
}

/// The slice of `b` with dim dims[k] fixed at c[k] (kept as a unit dim).
private func slabView(_ b: Buffer, _ dims: [Int64], _ c: [Int], _ loc: Location, _ name: String) throws -> Buffer {
  var offsets = [Int](repeating: 0, count: b.rank)
  var sizes = b.shape
  for (k, d) in dims.enumerated() {
    guard d >= 0, Int(d) < b.rank else { throw RuntimeFault.error(loc, "'\(name)' op: dimension \(d) out of range") }
    guard c[k] >= 0, c[k] < b.shape[Int(d)] else {
      throw RuntimeFault.error(
        loc, "'\(name)' op: coordinate \(c[k]) is out of bounds for dimension \(d) of size \(b.shape[Int(d)]) (shape \(b.shape))")
    }
    offsets[Int(d)] = c[k]
    sizes[Int(d)] = 1
  }
  return try sliceView(b, offsets: offsets, sizes: sizes, strides: [Int](repeating: 1, count: b.rank), loc, name)
}
