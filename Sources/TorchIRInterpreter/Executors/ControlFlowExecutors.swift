// cf.br, cf.cond_br, cf.switch and cf.assert. A branch copies its operands
// into the destination block's argument slots (all read before any is
// written, since a block may branch to itself with permuted arguments) and
// jumps to the block's index. A failed cf.assert is a fault at the op, with
// its message.

import TorchIRCore

func registerControlFlowExecutors(_ r: ExecutorRegistry) {
  r.register("cf.br") { op, ctx in
    guard op.successors.count == 1 else { throw arityError(op) }
    let edge = try branchEdge(op, ctx, op.successor(0), op.operandValues)
    return { frame in
      edge.take(frame)
      return .jump(edge.block)
    }
  }
  r.register("cf.cond_br") { op, ctx in
    guard op.successors.count == 2, let sizes = denseI32Array(op.attr("operandSegmentSizes")),
      sizes.count == 3, sizes[0] == 1, sizes.reduce(0, +) == op.numOperands
    else { throw arityError(op) }
    let operands = op.operandValues
    let cond = ctx.slot(operands[0])
    let t = try branchEdge(op, ctx, op.successor(0), Array(operands[1..<(1 + sizes[1])]))
    let f = try branchEdge(op, ctx, op.successor(1), Array(operands[(1 + sizes[1])...]))
    return { frame in
      let e = frame.slots[cond].intBits != 0 ? t : f
      e.take(frame)
      return .jump(e.block)
    }
  }
  r.register("cf.switch") { op, ctx in
    let w = try integerWidth(op, ctx)
    guard let sizes = denseI32Array(op.attr("operandSegmentSizes")), sizes.count == 3, sizes[0] == 1,
      sizes.reduce(0, +) == op.numOperands, let caseSizes = denseI32Array(op.attr("case_operand_segments")),
      caseSizes.reduce(0, +) == sizes[2], op.successors.count == caseSizes.count + 1
    else { throw arityError(op) }
    var caseValues: [UInt64] = []
    if let a = op.attr("case_values") {
      guard case .denseElements(let d) = a.kind, d.elementCount == caseSizes.count else { throw arityError(op) }
      let width = (w + 7) / 8
      for i in 0..<d.elementCount {
        let at = d.isSplat ? 0 : i * width
        guard at + width <= d.rawData.count else { throw arityError(op) }
        var v: UInt64 = 0
        for j in 0..<width { v |= UInt64(d.rawData[at + j]) << UInt64(8 * j) }
        caseValues.append(v & lowBitsMask(w))
      }
    } else if !caseSizes.isEmpty {
      throw arityError(op)
    }
    let operands = op.operandValues
    let flag = ctx.slot(operands[0])
    let defaultEdge = try branchEdge(op, ctx, op.successor(0), Array(operands[1..<(1 + sizes[1])]))
    var cases: [BranchEdge] = []
    var start = 1 + sizes[1]
    for (i, n) in caseSizes.enumerated() {
      cases.append(try branchEdge(op, ctx, op.successor(i + 1), Array(operands[start..<(start + n)])))
      start += n
    }
    return { frame in
      let v = frame.slots[flag].intBits
      var e = defaultEdge
      for (i, c) in caseValues.enumerated() where c == v {
        e = cases[i]
        break
      }
      e.take(frame)
      return .jump(e.block)
    }
  }
  r.register("cf.assert") { op, ctx in
    guard op.numOperands == 1 else { throw arityError(op) }
    let arg = ctx.slot(op.operand(0))
    let message = op.attr("msg")?.stringValue ?? ""
    let loc = op.location
    return { frame in
      if frame.slots[arg].intBits == 0 {
        throw RuntimeFault.error(loc, "assertion failed: \(message)")
      }
      return .next
    }
  }
}

/// A successor with the slots its operands come from and go to.
struct BranchEdge {
  let block: Int
  let from: [Int]
  let to: [Int]
  /// Whether a destination slot is also read after it is written (a block
  /// passing its own arguments permuted): then all values are read first.
  let needsParallelCopy: Bool

  init(block: Int, from: [Int], to: [Int]) {
    self.block = block
    self.from = from
    self.to = to
    var overlap = false
    for i in to.indices {
      for j in from.indices where j > i && from[j] == to[i] { overlap = true }
    }
    needsParallelCopy = overlap
  }

  @inline(__always) func take(_ frame: Frame) {
    if !needsParallelCopy {
      for i in from.indices { frame.slots[to[i]] = frame.slots[from[i]] }
      return
    }
    let values = from.map { frame.slots[$0] }
    for (s, v) in zip(to, values) { frame.slots[s] = v }
  }
}

private func branchEdge(
  _ op: Operation, _ ctx: PrepareContext, _ dest: Block, _ operands: [Value]
) throws -> BranchEdge {
  let t = try ctx.target(dest, for: op)
  guard t.argumentSlots.count == operands.count else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op passes \(operands.count) values to a block with \(t.argumentSlots.count) arguments")
  }
  return BranchEdge(block: t.blockIndex, from: ctx.slots(operands), to: t.argumentSlots)
}

/// The values of an `array<i32: ...>` attribute.
func denseI32Array(_ attr: Attribute?) -> [Int]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: 32),
    bytes.count % 4 == 0
  else { return nil }
  var out: [Int] = []
  for i in stride(from: 0, to: bytes.count, by: 4) {
    let v = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    let n = Int(Int32(bitPattern: v))
    guard n >= 0 else { return nil }
    out.append(n)
  }
  return out
}
